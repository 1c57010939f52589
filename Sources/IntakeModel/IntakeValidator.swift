import Catalog
import Foundation

/// Checks an intake record (format `osteo-intake/1`) and lists every problem at once, each with its
/// JSON Pointer path, a stable code and a message a front desk understands (format spec section 8).
///
/// Problems are listed in the order the format defines its keys (a record written in that order is
/// reported in document order): per object, "one of two keys" problems of the object itself first,
/// then each key, then keys the format does not define. Children of a value with the wrong type are
/// not examined; checks that need a value that is itself in error are skipped.
public enum IntakeValidator {
    static let topLevelKeys: Set<String> = [
        "format", "id", "visitDate", "patient", "body", "history", "medications", "symptoms", "redFlags",
        "boneDensity", "labs", "startBack",
    ]

    /// Checks raw JSON (one record). Not JSON at all gives a single `syntax` problem at path "".
    ///
    /// `JSONTextGuard` looks first: a text nested too deep never reaches Foundation, and repeated
    /// keys, numbers no Double holds and unpaired surrogates are reported at their own paths.
    public static func check(_ data: Data, language: Language = .english) -> IntakeCheck {
        check(data, messages: ValidationText.table(for: language))
    }

    /// Checks raw JSON with these messages (`ValidationText.withoutValues` for standard error).
    public static func check(_ data: Data, messages: ValidationText) -> IntakeCheck {
        let guarded = JSONTextGuard.problems(in: data, messages: messages)
        if guarded.contains(where: { $0.code == .syntax }) {
            return IntakeCheck(record: nil, errors: guarded, warnings: [])
        }
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            // Foundation refuses the values the guard found; those are the problems to report.
            let errors = guarded.isEmpty ? [Problem(path: "", code: .syntax, message: messages.say(.notJSON))] : guarded
            return IntakeCheck(record: nil, errors: errors, warnings: [])
        }
        var outcome = check(value, messages: messages)
        if !guarded.isEmpty {
            outcome.errors = guarded + outcome.errors
            outcome.record = nil
        }
        return outcome
    }

    /// Checks a record the screens built in memory, with exactly the rules, messages and order a
    /// file gets, on its typed values (`ValidationRun+Record`): the JSON-shape checks are for files
    /// and pipes, where a value can be of any kind.
    public static func check(_ record: IntakeRecord, language: Language = .english) -> IntakeCheck {
        var run = ValidationRun()
        run.messages = ValidationText.table(for: language)
        run.readFacts(record)
        run.check(record)
        return IntakeCheck(record: run.errors.isEmpty ? record : nil, errors: run.errors, warnings: run.warnings, id: record.id)
    }

    /// Checks a decoded JSON value.
    public static func check(_ value: JSONValue, language: Language = .english) -> IntakeCheck {
        check(value, messages: ValidationText.table(for: language))
    }

    static func check(_ value: JSONValue, messages: ValidationText) -> IntakeCheck {
        var run = ValidationRun()
        run.messages = messages
        var id: String?
        if case .object(let members) = value {
            if case .string(let text)? = members["id"] { id = text }
            run.readFacts(members)
        }
        let record: IntakeRecord?? = run.object(value, at: "", keys: topLevelKeys) { run, top in run.record(top) }
        let errors = run.errors
        return IntakeCheck(record: errors.isEmpty ? (record ?? nil) : nil, errors: errors, warnings: run.warnings, id: id)
    }
}

extension ValidationRun {
    /// Reads visitDate, sex and age before the walk, without reporting anything (the walk does that).
    mutating func readFacts(_ top: [String: JSONValue]) {
        if case .string(let text)? = top["visitDate"] { visitDate = CalendarDate(iso: text) }
        guard case .object(let patient)? = top["patient"] else { return }
        if case .string(let text)? = patient["sex"] { sex = Sex(rawValue: text) }
        switch (patient["age"], patient["birthDate"]) {
        case (.number(let age)?, nil):
            if age == age.rounded(), IntakeLimits.age.contains(raw: age) { currentAge = Int(age) }
        case (nil, .string(let text)?):
            if let birth = CalendarDate(iso: text), let visit = visitDate, birth <= visit {
                let years = birth.completedYears(until: visit)
                if IntakeLimits.age.isWithinHardLimits(years) { currentAge = years }
            }
        default:
            break
        }
    }

    mutating func record(_ top: JSONObject) -> IntakeRecord {
        var record = IntakeRecord()
        if let value = top["format"] {
            if case .string(let tag) = value, tag != IntakeRecord.formatTag {
                error(top.path("format"), .enumeration, messages.say(.notOneOf, ["value": IntakeText.printable(tag), "allowed": IntakeRecord.formatTag]))
            } else if let tag = string(top, "format") {
                record.format = tag
            }
        } else {
            error(top.path("format"), .required, messages.say(.formatRequired, ["format": IntakeRecord.formatTag]))
        }
        record.id = text(top, "id", length: IntakeLimits.idLength, notBlank: true)
        if top.has("visitDate") {
            record.visitDate = date(top, "visitDate", notAfterVisit: false)
        } else {
            error(top.path("visitDate"), .required, messages.say(.visitDateRequired))
        }
        record.patient = section(top, "patient", required: true, keys: ValidationRun.patientKeys) { $0.patient($1) }
        record.body = section(top, "body", required: true, keys: ValidationRun.bodyKeys) { $0.body($1) }
        if top.has("history") {
            record.history = section(top, "history", keys: ValidationRun.historyKeys) { $0.history($1) }
        } else if sex == .female {
            error(top.path("history") + "/menopause", .required, messages.say(.menopauseRequiredForWomen))
        }
        record.medications = list(top, "medications") { run, value, path in run.medication(value, at: path) }
        record.symptoms = section(top, "symptoms", required: true, keys: ValidationRun.symptomsKeys) { $0.symptoms($1) }
        record.redFlags = section(top, "redFlags", keys: ValidationRun.redFlagKeys) { $0.redFlags($1) }
        record.boneDensity = section(top, "boneDensity", keys: ValidationRun.boneDensityKeys) { $0.boneDensity($1) }
        record.labs = section(top, "labs", keys: ValidationRun.labKeys) { $0.labs($1) }
        record.startBack = section(top, "startBack", keys: ValidationRun.startBackKeys) { $0.startBack($1) }
        return record
    }

    /// A nested object of the record: required when `required`, then checked by `body`.
    mutating func section<T>(_ parent: JSONObject, _ key: String, required: Bool = false, keys: Set<String>,
                             _ body: (inout ValidationRun, JSONObject) -> T) -> T? {
        guard let value = parent[key] else {
            if required { error(parent.path(key), .required, messages.required(key)) }
            return nil
        }
        return object(value, at: parent.path(key), keys: keys, body)
    }
}
