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

    /// The JSON type named for people in English, as in "must be a number, not text"
    /// (`ValidationText.kind(of:)` in any language).
    public var typeName: String { ValidationText.english.kind(of: self) }
}

extension JSONValue {
    /// Parses JSON text (any value at the top level); throws when it is not JSON.
    public init(parsing data: Data) throws {
        self = try JSONDecoder().decode(JSONValue.self, from: data)
    }
}

extension JSONValue: Codable {
    /// Decodes any JSON value. `JSONDecoder` cannot be asked a value's type, so each kind is tried
    /// in turn: null, true/false, number, text, list, object.
    public init(from decoder: Decoder) throws {
        if let scalar = try? decoder.singleValueContainer() {
            if scalar.decodeNil() { self = .null; return }
            if let flag = try? scalar.decode(Bool.self) { self = .bool(flag); return }
            if let number = try? scalar.decode(Double.self) { self = .number(number); return }
            if let text = try? scalar.decode(String.self) { self = .string(text); return }
        }
        if var list = try? decoder.unkeyedContainer() {
            var elements: [JSONValue] = []
            while !list.isAtEnd { elements.append(try list.decode(JSONValue.self)) }
            self = .array(elements)
            return
        }
        let object = try decoder.container(keyedBy: JSONKey.self)
        var members: [String: JSONValue] = [:]
        for key in object.allKeys { members[key.stringValue] = try object.decode(JSONValue.self, forKey: key) }
        self = .object(members)
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
