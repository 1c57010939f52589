/// Builds the `JSONValue` a value's `Encodable` conformance describes, in memory.
///
/// The intake screens check the record they hold by exactly the rules a file gets (the validator
/// walks a `JSONValue`). Printing the record as JSON text with `JSONEncoder` and parsing it back
/// gave the same tree at ten times the cost, on every answer; this encoder hands the tree over
/// directly. It reads and writes no JSON text: that stays Foundation's job.
struct JSONValueEncoder {
    func encode<Value: Encodable>(_ value: Value) throws -> JSONValue {
        let root = JSONValueNode()
        try value.encode(to: TreeEncoder(node: root, codingPath: []))
        return root.value
    }
}

/// One value being built: set once as a scalar, or filled as an object or a list.
private final class JSONValueNode {
    enum Content {
        case scalar(JSONValue)
        case object([String: JSONValueNode])
        case array([JSONValueNode])
    }

    var content = Content.scalar(.null)

    var value: JSONValue {
        switch content {
        case .scalar(let value): return value
        case .object(let members): return .object(members.mapValues(\.value))
        case .array(let elements): return .array(elements.map(\.value))
        }
    }

    /// The members, turning this node into an object on first use (a second keyed container on
    /// the same encoder adds to the same object, as `JSONEncoder` does).
    func setMember(_ key: String, _ node: JSONValueNode) {
        guard case .object(var members) = content else {
            content = .object([key: node])
            return
        }
        content = .scalar(.null)  // gives up the reference so the dictionary is changed in place
        members[key] = node
        content = .object(members)
    }

    func append(_ node: JSONValueNode) {
        guard case .array(var elements) = content else {
            content = .array([node])
            return
        }
        content = .scalar(.null)
        elements.append(node)
        content = .array(elements)
    }

    func becomeObject() { if case .object = content {} else { content = .object([:]) } }
    func becomeArray() { if case .array = content {} else { content = .array([]) } }

    static func scalar(_ value: JSONValue) -> JSONValueNode {
        let node = JSONValueNode()
        node.content = .scalar(value)
        return node
    }

    /// A child for a nested `Encodable`: scalars the child writes land in it.
    static func encoding<Value: Encodable>(_ value: Value, at codingPath: [CodingKey]) throws -> JSONValueNode {
        let node = JSONValueNode()
        try value.encode(to: TreeEncoder(node: node, codingPath: codingPath))
        return node
    }
}

private struct TreeEncoder: Encoder {
    let node: JSONValueNode
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.becomeObject()
        return KeyedEncodingContainer(KeyedTreeContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        node.becomeArray()
        return UnkeyedTreeContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        SingleTreeContainer(node: node, codingPath: codingPath)
    }
}

/// The scalar a primitive encodes as, or nil for a value that encodes itself.
private func scalar<Value: Encodable>(_ value: Value) -> JSONValue? {
    switch value {
    case let text as String: return .string(text)
    case let flag as Bool: return .bool(flag)
    case let number as Double: return .number(number)
    case let number as Int: return .number(Double(number))
    case let number as Float: return .number(Double(number))
    case let number as Int64: return .number(Double(number))
    case let number as Int32: return .number(Double(number))
    case let number as UInt: return .number(Double(number))
    case let number as UInt64: return .number(Double(number))
    case let number as UInt32: return .number(Double(number))
    case let number as Int16: return .number(Double(number))
    case let number as UInt16: return .number(Double(number))
    case let number as Int8: return .number(Double(number))
    case let number as UInt8: return .number(Double(number))
    default: return nil
    }
}

private func node<Value: Encodable>(for value: Value, at codingPath: [CodingKey]) throws -> JSONValueNode {
    if let scalar = scalar(value) { return .scalar(scalar) }
    return try .encoding(value, at: codingPath)
}

private struct KeyedTreeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONValueNode
    let codingPath: [CodingKey]

    mutating func encodeNil(forKey key: Key) throws { node.setMember(key.stringValue, .scalar(.null)) }

    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        node.setMember(key.stringValue, try IntakeModel.node(for: value, at: codingPath + [key]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey> {
        let child = JSONValueNode()
        node.setMember(key.stringValue, child)
        return TreeEncoder(node: child, codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        let child = JSONValueNode()
        node.setMember(key.stringValue, child)
        return TreeEncoder(node: child, codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> Encoder { superEncoder(named: "super") }

    mutating func superEncoder(forKey key: Key) -> Encoder { superEncoder(named: key.stringValue) }

    private func superEncoder(named name: String) -> Encoder {
        let child = JSONValueNode()
        node.setMember(name, child)
        return TreeEncoder(node: child, codingPath: codingPath)
    }
}

private struct UnkeyedTreeContainer: UnkeyedEncodingContainer {
    let node: JSONValueNode
    let codingPath: [CodingKey]
    var count: Int {
        if case .array(let elements) = node.content { return elements.count }
        return 0
    }

    mutating func encodeNil() throws { node.append(.scalar(.null)) }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        node.append(try IntakeModel.node(for: value, at: codingPath))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = JSONValueNode()
        node.append(child)
        return TreeEncoder(node: child, codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        let child = JSONValueNode()
        node.append(child)
        return TreeEncoder(node: child, codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> Encoder {
        let child = JSONValueNode()
        node.append(child)
        return TreeEncoder(node: child, codingPath: codingPath)
    }
}

private struct SingleTreeContainer: SingleValueEncodingContainer {
    let node: JSONValueNode
    let codingPath: [CodingKey]

    mutating func encodeNil() throws { node.content = .scalar(.null) }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        if let scalar = scalar(value) {
            node.content = .scalar(scalar)
        } else {
            try value.encode(to: TreeEncoder(node: node, codingPath: codingPath))
        }
    }
}
