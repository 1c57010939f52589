import Foundation
import IntakeModel

/// Why a FHIR resource could not be read as an intake, in words for the person importing it.
public struct FHIRReadProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Reads a FHIR R4 `QuestionnaireResponse` of our questionnaire (alone, or the one inside a
/// `Bundle`) back into an intake record: the inverse of `FHIRQuestionnaireResponse`, so a response
/// filled in elsewhere can be imported and assessed. Options may carry our own codes or the
/// standard ones of `StandardCodes`; the record it gives still goes through `IntakeValidator`.
public enum FHIRResponseReader {
    /// The `resourceType` of a JSON object, or nil when the data is not a FHIR resource (an
    /// `osteo-intake/1` record has none).
    public static func resourceType(of data: Data) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return object["resourceType"] as? String
    }

    /// The record a `QuestionnaireResponse`, or a `Bundle` holding exactly one, answers.
    public static func record(from data: Data, definition: QuestionnaireDefinition = .intake) throws(FHIRReadProblem) -> IntakeRecord {
        let response = try responseData(from: data)
        let incoming: Incoming
        do { incoming = try JSONDecoder().decode(Incoming.self, from: response) } catch {
            throw FHIRReadProblem("the QuestionnaireResponse does not have the shape FHIR R4 gives it ("
                + describe(error) + ")")
        }
        let named = incoming.questionnaire?.split(separator: "|").first.map(String.init) ?? ""
        guard named.hasSuffix("/Questionnaire/intake") || named == definition.url else {
            throw FHIRReadProblem("the QuestionnaireResponse answers the questionnaire \"\(IntakeText.printable(named))\"; "
                + "only responses to the OsteoIntake questionnaire (BASE/Questionnaire/intake) can be imported")
        }
        var record = IntakeRecord(id: incoming.identifier?.value)
        try Walker(definition: definition).read(incoming.item ?? [], instance: nil, into: &record)
        return record
    }

    /// The QuestionnaireResponse itself, taken out of a Bundle when it is one.
    static func responseData(from data: Data) throws(FHIRReadProblem) -> Data {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw FHIRReadProblem("it is not a JSON object")
        }
        switch object["resourceType"] as? String {
        case "QuestionnaireResponse": return data
        case "Bundle":
            let responses = (object["entry"] as? [[String: Any]] ?? []).compactMap { $0["resource"] as? [String: Any] }
                .filter { $0["resourceType"] as? String == "QuestionnaireResponse" }
            guard responses.count == 1, let only = try? JSONSerialization.data(withJSONObject: responses[0]) else {
                throw FHIRReadProblem("the Bundle holds \(responses.count) QuestionnaireResponse resources; "
                    + "it must hold exactly one to be imported")
            }
            return only
        case let other:
            throw FHIRReadProblem("it is a FHIR \(IntakeText.printable(other ?? "resource without a resourceType")); "
                + "only a QuestionnaireResponse, or a Bundle holding one, can be imported")
        }
    }

    static func describe(_ error: Error) -> String {
        guard let decoding = error as? DecodingError else { return "not readable" }
        switch decoding {
        case .keyNotFound(let key, _): return "\(key.stringValue) is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "at " + (context.codingPath.map(\.stringValue).joined(separator: ".").nilIfEmpty ?? "the top")
        @unknown default: return "not readable"
        }
    }

    struct Incoming: Decodable {
        var questionnaire: String?
        var identifier: FHIRIdentifier?
        var item: [FHIRQuestionnaireResponse.Item]?
    }

    /// Walks the response's items in order, storing each answer through the questionnaire's binding.
    struct Walker {
        let definition: QuestionnaireDefinition

        func read(_ items: [FHIRQuestionnaireResponse.Item], instance: Int?, into record: inout IntakeRecord) throws(FHIRReadProblem) {
            for item in items {
                if item.linkId.hasPrefix("step.") {
                    try read(item.item ?? [], instance: instance, into: &record)
                    continue
                }
                guard let question = definition.item(linkId: item.linkId) else {
                    throw FHIRReadProblem("it answers \"\(IntakeText.printable(item.linkId))\", which is not a question of the "
                        + "OsteoIntake questionnaire")
                }
                switch question.type {
                case .group:
                    try read(item.item ?? [], instance: instance, into: &record)
                case .repeatingGroup:
                    guard let entries = question.entries else { continue }
                    entries.append(to: &record)
                    let noneListed = (item.extension ?? []).contains {
                        $0.url.hasSuffix("/StructureDefinition/" + FHIRQuestionnaireResponse.noneListedName) && $0.value.boolean == true
                    }
                    if noneListed && (item.item ?? []).isEmpty {
                        entries.remove(at: entries.count(in: record) - 1, from: &record)  // the list, empty
                        continue
                    }
                    try read(item.item ?? [], instance: entries.count(in: record) - 1, into: &record)
                case .derived:
                    continue
                default:
                    let value = try answer(item.answer ?? [], for: question)
                    do {
                        try definition.set(value, at: ItemAddress(question.linkId, instance: instance), in: &record)
                    } catch {
                        throw FHIRReadProblem("the answer to \"\(question.caption())\" cannot be stored: "
                            + FHIRResponseReader.explain(error))
                    }
                }
            }
        }

        /// The answer of one question from its FHIR answers, by the question's type.
        func answer(_ answers: [FHIRAnswer], for question: QuestionItem) throws(FHIRReadProblem) -> AnswerValue? {
            let values = answers.map(\.value)
            let caption = question.caption()
            func wrongKind() -> FHIRReadProblem {
                FHIRReadProblem("the answer to \"\(caption)\" is a \(values.first?.typeName ?? "nothing"); "
                    + "the question takes \(FHIRQuestionnaire.fhirType(question.type))")
            }
            func code(_ coding: FHIRCoding) throws(FHIRReadProblem) -> String {
                if let ours = StandardCodes.ourCode(for: coding, of: question.linkId) { return ours }
                // an option, or a code under one (the language es-MX under es)
                guard question.optionIndex(of: coding.code) != nil || coding.code == FHIRQuestionnaire.noneOfTheseCode
                else {
                    throw FHIRReadProblem("the answer to \"\(caption)\" is \"\(IntakeText.printable(coding.code))\", which is not "
                        + "one of its options: " + question.options.map(\.code).joined(separator: ", "))
                }
                return coding.code
            }
            guard let first = values.first else { return nil }
            switch question.type {
            case .multipleChoice:
                var codes: [String] = []
                for value in values {
                    guard let coding = value.coding else { throw wrongKind() }
                    let ours = try code(coding)
                    if ours != FHIRQuestionnaire.noneOfTheseCode { codes.append(ours) }
                }
                return .codes(question.options.map(\.code).filter(codes.contains))
            case .choice:
                guard let coding = first.coding else { throw wrongKind() }
                return .code(try code(coding))
            case .openChoice:
                if let coding = first.coding {
                    guard question.suggestions == .medicationNames else { return .string(coding.code) }
                    return .string(Self.typedName(answers[0]) ?? MedicationNames.vocabularyName(forSent: coding.display ?? coding.code))
                }
                guard let text = first.string else { throw wrongKind() }
                return .string(text)
            case .boolean:
                guard let flag = first.boolean else { throw wrongKind() }
                return .boolean(flag)
            case .integer, .scale:
                guard let number = first.integer else { throw wrongKind() }
                return .integer(number)
            case .decimal:
                guard let number = first.decimal ?? first.integer.map(Double.init) else { throw wrongKind() }
                return .decimal(number)
            case .date:
                guard let text = first.date else { throw wrongKind() }
                guard let date = CalendarDate(iso: text) else {
                    throw FHIRReadProblem("the answer to \"\(caption)\" is \"\(IntakeText.printable(text))\", which is not a date "
                        + "written YYYY-MM-DD")
                }
                return .date(date)
            case .string:
                guard let text = first.string else { throw wrongKind() }
                return .string(text)
            case .quantity:
                guard let quantity = first.quantity else { throw wrongKind() }
                guard let unit = question.units.first(where: { $0.ucum == quantity.code || $0.code == quantity.code }) else {
                    throw FHIRReadProblem("the answer to \"\(caption)\" is in \"\(IntakeText.printable(quantity.code))\"; "
                        + "the question takes " + question.units.map(\.display).joined(separator: ", "))
                }
                return .quantity(value: quantity.value, unit: unit.code)
            case .group, .repeatingGroup, .derived:
                return nil
            }
        }

        /// A medication name as typed, kept beside the generic name sent (the `typed-name` extension).
        static func typedName(_ answer: FHIRAnswer) -> String? {
            answer.extension?.first { $0.url.hasSuffix("/StructureDefinition/" + FHIRAnswerMapping.typedNameName) }?.value.string
        }
    }

    static func explain(_ error: AnswerError) -> String {
        switch error {
        case .wrongKind(let expected): return "the question takes \(FHIRQuestionnaire.fhirType(expected))"
        case .unknownOption(let code, let allowed):
            return "\"\(IntakeText.printable(code))\" is not one of its options: " + allowed.joined(separator: ", ")
        case .unknownUnit(let unit, let allowed):
            return "\"\(IntakeText.printable(unit))\" is not one of its units: " + allowed.joined(separator: ", ")
        case .noSuchEntry: return "it is outside the list it belongs to"
        case .readOnly: return "it is worked out from other answers"
        case .noSuchItem(let linkId): return "\"\(IntakeText.printable(linkId))\" is not a question of this questionnaire"
        }
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
