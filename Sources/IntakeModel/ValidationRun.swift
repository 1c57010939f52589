/// The state of one validation pass: problems found so far and the facts other checks compare
/// against (visit date, sex, current age), read before the walk so that every problem can be
/// reported at its own place in the record.
struct ValidationRun {
    var errors: [Problem] = []
    var warnings: [Problem] = []
    var visitDate: CalendarDate?
    var sex: Sex?
    /// Completed years on visitDate, when age or birthDate is usable.
    var currentAge: Int?
    /// The message table (by language).
    var messages = ValidationText.english

    mutating func error(_ path: String, _ code: ProblemCode, _ message: String) {
        errors.append(Problem(path: path, code: code, message: message))
    }

    mutating func softLimit(_ path: String, _ message: String) {
        let problem = Problem(path: path, code: .softLimit, message: message)
        if !warnings.contains(where: { $0.path == path && $0.code == .softLimit }) { warnings.append(problem) }
    }

    /// Checks that `value` is an object, runs `body` over its keys, then reports every key that is not
    /// in `keys` (the keys this format defines there).
    mutating func object<T>(_ value: JSONValue, at path: String, keys: Set<String>,
                            _ body: (inout ValidationRun, JSONObject) -> T) -> T? {
        guard case .object(let members) = value else {
            error(path, .type, messages.say(.mustBeObject, ["kind": messages.kind(of: value)]))
            return nil
        }
        let reader = JSONObject(members: members, path: path)
        let result = body(&self, reader)
        if members.keys.contains(where: { !keys.contains($0) }) {
            for key in members.keys.sorted() where !keys.contains(key) {
                error(reader.path(key), .unknownKey, messages.say(.unknownKey, ["key": IntakeText.printable(key)]))
            }
        }
        return result
    }

    // MARK: Scalars

    mutating func bool(_ object: JSONObject, _ key: String) -> Bool? {
        guard let value = object[key] else { return nil }
        guard case .bool(let flag) = value else {
            error(object.path(key), .type, messages.say(.mustBeBool, ["kind": messages.kind(of: value)]))
            return nil
        }
        return flag
    }

    mutating func number(_ object: JSONObject, _ key: String) -> Double? {
        guard let value = object[key] else { return nil }
        guard case .number(let number) = value, number.isFinite else {
            error(object.path(key), .type, messages.say(.mustBeNumber, ["kind": messages.kind(of: value)]))
            return nil
        }
        return number
    }

    /// A whole number inside `limit`'s hard range ("7.5" is a type error: it must be an integer).
    mutating func integer(_ object: JSONObject, _ key: String, limit: IntakeLimit) -> Int? {
        guard let value = object[key] else { return nil }
        guard case .number(let number) = value, number.isFinite, number == number.rounded() else {
            error(object.path(key), .type, messages.say(.mustBeInteger))
            return nil
        }
        guard abs(number) < 9.0e15 else {
            error(object.path(key), .range, messages.outsideRange(messages.number(number), limit))
            return nil
        }
        let whole = Int(number)
        guard limit.isWithinHardLimits(whole) else {
            error(object.path(key), .range, messages.outsideRange(messages.quantity(whole, limit), limit))
            return nil
        }
        return whole
    }

    /// A number (any decimals) inside `limit`'s hard range, compared exactly.
    mutating func bounded(_ object: JSONObject, _ key: String, limit: IntakeLimit) -> Double? {
        guard let number = number(object, key) else { return nil }
        guard limit.contains(raw: number) else {
            error(object.path(key), .range, messages.mustBeBetween(limit))
            return nil
        }
        if limit.isOutsideSoftLimits(raw: number) {
            softLimit(object.path(key), messages.unusual(limit.quantity(raw: number, in: messages.language), limit))
        }
        return number
    }

    mutating func string(_ object: JSONObject, _ key: String) -> String? {
        guard let value = object[key] else { return nil }
        guard case .string(let text) = value else {
            error(object.path(key), .type, messages.say(.mustBeText, ["kind": messages.kind(of: value)]))
            return nil
        }
        return text
    }

    /// Free text of `length` characters (Unicode code points, as JSON Schema counts them).
    mutating func text(_ object: JSONObject, _ key: String, length: ClosedRange<Int>, notBlank: Bool = false,
                       noControlCharacters: Bool = false) -> String? {
        guard let text = string(object, key) else { return nil }
        let count = text.unicodeScalars.count
        if count < length.lowerBound || count > length.upperBound {
            error(object.path(key), .range, length.lowerBound == 0 ? messages.say(.lengthAtMost, ["max": String(length.upperBound)])
                : messages.say(.lengthBetween, ["min": String(length.lowerBound), "max": String(length.upperBound), "length": String(count)]))
            return nil
        }
        if notBlank, text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            error(object.path(key), .range, messages.say(.notBlank))
            return nil
        }
        if noControlCharacters, text.unicodeScalars.contains(where: IntakeText.isControl) {
            error(object.path(key), .range, messages.say(.noControlCharacters))
            return nil
        }
        return text
    }

    /// One of an enumeration's values ("'feet' is not one of: cm, m, in, ft").
    mutating func choice<E: RawRepresentable & CaseIterable>(_ type: E.Type, _ object: JSONObject, _ key: String) -> E?
    where E.RawValue == String {
        guard let value = object[key] else { return nil }
        return choice(type, value, at: object.path(key))
    }

    mutating func choice<E: RawRepresentable & CaseIterable>(_ type: E.Type, _ value: JSONValue, at path: String) -> E?
    where E.RawValue == String {
        guard case .string(let text) = value else {
            error(path, .type, messages.say(.mustBeText, ["kind": messages.kind(of: value)]))
            return nil
        }
        guard let chosen = E(rawValue: text) else {
            let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
            error(path, .enumeration, messages.say(.notOneOf, ["value": IntakeText.printable(text), "allowed": allowed]))
            return nil
        }
        return chosen
    }

    /// A set of enumeration values: no repeats (the repeated element is reported).
    mutating func set<E: RawRepresentable & CaseIterable & Hashable>(_ type: E.Type, _ object: JSONObject, _ key: String) -> [E]?
    where E.RawValue == String {
        guard let value = object[key] else { return nil }
        guard case .array(let elements) = value else {
            error(object.path(key), .type, messages.say(.mustBeList, ["kind": messages.kind(of: value)]))
            return nil
        }
        var chosen: [E] = []
        var seen: Set<String> = []
        var failed = false
        for (index, element) in elements.enumerated() {
            // A known value is taken without building its path; the path is built for a problem only.
            if case .string(let text) = element, let one = E(rawValue: text), seen.insert(text).inserted {
                chosen.append(one)
                continue
            }
            let elementPath = JSONPointer.appending(index, to: object.path(key))
            if case .string(let text) = element, !seen.insert(text).inserted {
                error(elementPath, .duplicate, messages.say(.listedTwice, ["value": IntakeText.printable(text)]))
                failed = true
                continue
            }
            if let one = choice(type, element, at: elementPath) { chosen.append(one) } else { failed = true }
        }
        return failed ? nil : chosen
    }

    /// A real YYYY-MM-DD date; with `notAfterVisit`, a date after visitDate is a `date-order` error.
    mutating func date(_ object: JSONObject, _ key: String, notAfterVisit: Bool = true) -> CalendarDate? {
        guard let text = string(object, key) else { return nil }
        guard let date = CalendarDate(iso: text) else {
            error(object.path(key), .format, messages.say(.notARealDate, ["value": IntakeText.printable(text)]))
            return nil
        }
        if notAfterVisit, let visit = visitDate, date > visit {
            error(object.path(key), .dateOrder, messages.say(.afterVisitDate))
            return nil
        }
        return date
    }

    /// An array of objects, each checked by `element`; nil when anything inside was in error.
    mutating func list<T>(_ object: JSONObject, _ key: String, _ element: (inout ValidationRun, JSONValue, String) -> T?) -> [T]? {
        guard let value = object[key] else { return nil }
        let path = object.path(key)
        guard case .array(let elements) = value else {
            error(path, .type, messages.say(.mustBeList, ["kind": messages.kind(of: value)]))
            return nil
        }
        var result: [T] = []
        var failed = false
        for (index, item) in elements.enumerated() {
            if let one = element(&self, item, JSONPointer.appending(index, to: path)) { result.append(one) } else { failed = true }
        }
        return failed ? nil : result
    }
}

/// The members of one JSON object and where it sits in the record.
struct JSONObject {
    let members: [String: JSONValue]
    let path: String

    subscript(key: String) -> JSONValue? { members[key] }
    func has(_ key: String) -> Bool { members[key] != nil }
    func path(_ key: String) -> String { JSONPointer.appending(key, to: path) }
}
