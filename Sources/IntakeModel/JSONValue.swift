import Foundation

/// A JSON value of any shape, decoded with Foundation's `JSONDecoder`, so that validation can look
/// at a record whatever its types are, and list every problem at once with its path.
///
/// Key order is not kept (objects decode into a dictionary); validation walks keys in the order the
/// format defines them, so problems are listed in a fixed order whatever order the sender used.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The JSON type named for people, as in "must be a number, not a string".
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "true/false"
        case .number: return "a number"
        case .string: return "text"
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}

extension JSONValue {
    /// Parses JSON text (any value at the top level); throws when it is not JSON.
    public init(parsing data: Data) throws {
        self = JSONValue(foundation: try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
    }

    /// Converts what `JSONSerialization` returns. Booleans arrive as NSNumber with the C type 'c'.
    init(foundation value: Any) {
        switch value {
        case let text as String:
            self = .string(text)
        case let number as NSNumber:
            self = UInt8(bitPattern: number.objCType.pointee) == UInt8(ascii: "c") ? .bool(number.boolValue) : .number(number.doubleValue)
        case let members as [String: Any]:
            var object: [String: JSONValue] = [:]
            object.reserveCapacity(members.count)
            for (key, member) in members { object[key] = JSONValue(foundation: member) }
            self = .object(object)
        case let elements as [Any]:
            self = .array(elements.map(JSONValue.init(foundation:)))
        default:
            self = .null
        }
    }
}

extension JSONValue: Codable {
    /// Decodes any JSON value. `JSONDecoder` has no way to ask a value's type, so each kind is tried
    /// in turn; a miss costs a thrown error, so the kind a key normally holds is tried first
    /// (`JSONKind.expected(forKey:)`) and a valid record decodes without a single miss.
    public init(from decoder: Decoder) throws {
        self = try JSONValue.decode(decoder, expecting: .object)
    }

    static func decode(_ decoder: Decoder, expecting kind: JSONKind) throws -> JSONValue {
        if let value = try? decodeAs(kind, decoder) { return value }
        for other in JSONKind.fallbackOrder where other != kind {
            if let value = try? decodeAs(other, decoder) { return value }
        }
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { return .null }
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a JSON value")
    }

    private static func decodeAs(_ kind: JSONKind, _ decoder: Decoder) throws -> JSONValue {
        switch kind {
        case .object:
            return try members(of: decoder.container(keyedBy: JSONKey.self))
        case .array, .arrayOfObjects, .arrayOfStrings:
            var container = try decoder.unkeyedContainer()
            return try elements(of: &container, kind: kind)
        case .bool:
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { return .null }
            return .bool(try container.decode(Bool.self))
        case .number:
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { return .null }
            return .number(try container.decode(Double.self))
        case .string:
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { return .null }
            return .string(try container.decode(String.self))
        }
    }

    /// The members of an object, each decoded as the kind its key normally holds. Objects and lists
    /// of the expected kind are read through nested containers and scalars straight from the keyed
    /// container (no nested decoder for them); anything else takes the general path, so every value
    /// decodes exactly as it would through `decode(_:expecting:)`.
    private static func members(of container: KeyedDecodingContainer<JSONKey>) throws -> JSONValue {
        let keys = container.allKeys  // built afresh on every call: read once
        // Sized at creation: `reserveCapacity` on an empty dictionary runs the standard library's
        // unspecialised resize (about 1,500 instructions per object, generic metadata look-ups).
        var members = [String: JSONValue](minimumCapacity: keys.count)
        for key in keys {
            let kind = JSONKind.expected(forKey: key.stringValue)
            switch kind {
            case .object:
                if let nested = try? container.nestedContainer(keyedBy: JSONKey.self, forKey: key) {
                    members[key.stringValue] = try JSONValue.members(of: nested)
                } else {
                    members[key.stringValue] = try container.decode(ExpectedObject.self, forKey: key).value
                }
            case .arrayOfObjects, .arrayOfStrings, .array:
                if var nested = try? container.nestedUnkeyedContainer(forKey: key) {
                    members[key.stringValue] = try elements(of: &nested, kind: kind == .arrayOfObjects ? .arrayOfObjects : .arrayOfStrings)
                } else if kind == .arrayOfObjects {
                    members[key.stringValue] = try container.decode(ExpectedObjects.self, forKey: key).value
                } else {
                    members[key.stringValue] = try container.decode(ExpectedStrings.self, forKey: key).value
                }
            case .bool:
                if let flag = try? container.decode(Bool.self, forKey: key) {
                    members[key.stringValue] = .bool(flag)
                } else {
                    members[key.stringValue] = try container.decode(ExpectedBool.self, forKey: key).value
                }
            case .number:
                if let number = try? container.decode(Double.self, forKey: key) {
                    members[key.stringValue] = .number(number)
                } else {
                    members[key.stringValue] = try container.decode(ExpectedNumber.self, forKey: key).value
                }
            case .string:
                if let text = try? container.decode(String.self, forKey: key) {
                    members[key.stringValue] = .string(text)
                } else {
                    members[key.stringValue] = try container.decode(ExpectedString.self, forKey: key).value
                }
            }
        }
        return .object(members)
    }

    /// The elements of a list whose key normally holds objects (`.arrayOfObjects`) or text.
    private static func elements(of container: inout UnkeyedDecodingContainer, kind: JSONKind) throws -> JSONValue {
        var elements: [JSONValue] = []
        if let count = container.count { elements.reserveCapacity(count) }
        while !container.isAtEnd {
            if kind == .arrayOfStrings, let text = try? container.decode(String.self) {
                elements.append(.string(text))
            } else if kind == .arrayOfStrings {
                elements.append(try container.decode(ExpectedString.self).value)
            } else if let nested = try? container.nestedContainer(keyedBy: JSONKey.self) {
                elements.append(try members(of: nested))
            } else {
                elements.append(try container.decode(ExpectedObject.self).value)
            }
        }
        return .array(elements)
    }

    public func encode(to encoder: Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let flag):
            var container = encoder.singleValueContainer()
            try container.encode(flag)
        case .number(let number):
            var container = encoder.singleValueContainer()
            try container.encode(number)
        case .string(let text):
            var container = encoder.singleValueContainer()
            try container.encode(text)
        case .array(let elements):
            var container = encoder.unkeyedContainer()
            for element in elements { try container.encode(element) }
        case .object(let members):
            var container = encoder.container(keyedBy: JSONKey.self)
            for (key, value) in members { try container.encode(value, forKey: JSONKey(key)) }
        }
    }
}

/// The JSON kinds, and the kind each key of the intake format normally holds.
enum JSONKind: Equatable {
    case object, array, arrayOfObjects, arrayOfStrings, bool, number, string

    static let fallbackOrder: [JSONKind] = [.string, .bool, .number, .object, .array]

    static func expected(forKey key: String) -> JSONKind { kinds[key] ?? .string }

    private static let kinds: [String: JSONKind] = {
        var kinds: [String: JSONKind] = [:]
        for key in ["patient", "body", "history", "menopause", "symptoms", "redFlags", "boneDensity", "labs", "startBack",
                    "height", "weight", "tallestAdultHeight", "measuredHeightLoss", "alcoholPerDay", "temperature"] {
            kinds[key] = .object
        }
        for key in ["medications", "fractures", "cardiovascularEvents"] { kinds[key] = .arrayOfObjects }
        for key in ["conditions", "locations", "worsenedBy", "relievedBy"] { kinds[key] = .arrayOfStrings }
        for key in ["age", "value", "fallsPast12Months", "doseMgPerDay", "months", "years", "daysAgo", "painScore",
                    "lowestTScore", "lowestZScore", "egfr", "creatinineClearance"] {
            kinds[key] = .number
        }
        for key in ["kyphosis", "parentalHipFracture", "vitaminDSupplement", "plannedDentalSurgery", "poorDentalHealth",
                    "lowTrauma", "documented", "wantsToStop", "newThighOrGroinPain", "noticedHeightLoss", "postureChange",
                    "breathingDifficulty", "balanceProblems", "fatigue", "cannotStayUpright30Min", "saddleNumbness",
                    "urinaryRetention", "urinaryIncontinence", "faecalIncontinence", "bilateralSciatica", "sexualDysfunction",
                    "legWeakness", "gaitDisturbance", "unexplainedWeightLoss", "feverOrRigors", "ivDrugUse",
                    "recentInfectionOrProcedure", "immunosuppressed", "pulsatileAbdominalMass", "collapseOrHypotension",
                    "dialysis", "hypocalcaemia", "vitaminDDeficient", "tshSuppressed", "alpRaisedUnexplained",
                    "item1", "item2", "item3", "item4", "item5", "item6", "item7", "item8"] {
            kinds[key] = .bool
        }
        return kinds
    }()
}

/// Members decoded with the kind their key normally holds tried first.
private struct ExpectedObject: Decodable {
    let value: JSONValue
    init(from decoder: Decoder) throws { value = try JSONValue.decode(decoder, expecting: .object) }
}

private struct ExpectedObjects: Decodable {
    let value: JSONValue
    init(from decoder: Decoder) throws { value = try JSONValue.decode(decoder, expecting: .arrayOfObjects) }
}

private struct ExpectedStrings: Decodable {
    let value: JSONValue
    init(from decoder: Decoder) throws { value = try JSONValue.decode(decoder, expecting: .arrayOfStrings) }
}

private struct ExpectedBool: Decodable {
    let value: JSONValue
    init(from decoder: Decoder) throws { value = try JSONValue.decode(decoder, expecting: .bool) }
}

private struct ExpectedNumber: Decodable {
    let value: JSONValue
    init(from decoder: Decoder) throws { value = try JSONValue.decode(decoder, expecting: .number) }
}

private struct ExpectedString: Decodable {
    let value: JSONValue
    init(from decoder: Decoder) throws { value = try JSONValue.decode(decoder, expecting: .string) }
}

struct JSONKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}

/// JSON Pointer (RFC 6901) paths: `~` is written `~0` and `/` is written `~1` inside a key.
public enum JSONPointer {
    public static func appending(_ key: String, to path: String) -> String {
        // Scanning bytes, not Characters: "~" and "/" are ASCII, and a grapheme walk of every key
        // cost more than the rest of the path building.
        guard key.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else {
            var plain = path
            plain.append("/")
            plain.append(key)
            return plain
        }
        var escaped = ""
        for character in key {
            switch character {
            case "~": escaped += "~0"
            case "/": escaped += "~1"
            default: escaped.append(character)
            }
        }
        return path + "/" + escaped
    }

    public static func appending(_ index: Int, to path: String) -> String { path + "/" + String(index) }
}
