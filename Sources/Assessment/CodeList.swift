/// A closed vocabulary of codes with a fixed order (rule IDs, `because` codes, notes, ...).
///
/// Every conforming type is a payload-free enum with `String` raw values and fewer than 64 cases;
/// its declaration order is the order the assessment format lists the codes in.
public protocol OrderedCode: RawRepresentable, CaseIterable, Hashable, Sendable, Codable where RawValue == String {}

extension OrderedCode {
    /// Position of the case in its declaration (0-based): its index in `allCases`.
    public var ordinal: Int { Array(Self.allCases).firstIndex(of: self)! }

    static func fromOrdinal(_ ordinal: Int) -> Self { Array(Self.allCases)[ordinal] }
}

/// An ordered set of codes held in one machine word: inserting never allocates, and iterating
/// gives the codes in declaration order, which is the order the format lists them in
/// (for example the `because` codes of a red flag, or the DXA rules that fired).
public struct CodeList<Code: OrderedCode>: Sequence, Hashable, Sendable, Codable, ExpressibleByArrayLiteral,
    CustomStringConvertible
{
    public private(set) var bits: UInt64

    public init() { bits = 0 }

    public init(bits: UInt64) { self.bits = bits }

    /// A list of one code (no array is built, unlike an array literal).
    public init(_ code: Code) { bits = 1 << UInt64(code.ordinal) }

    public init<S: Sequence>(_ codes: S) where S.Element == Code {
        bits = 0
        for code in codes { insert(code) }
    }

    public init(arrayLiteral codes: Code...) { self.init(codes) }

    /// This list with `code` added. The rules' fixed lists are written as `CodeList(.a).adding(.b)`
    /// in computed properties, which fold to a constant where they are read; a `static let` of an
    /// array literal is a lazily initialised global, checked (`swift_once`) on every read.
    public func adding(_ code: Code) -> CodeList {
        CodeList(bits: bits | 1 << UInt64(code.ordinal))
    }

    public mutating func insert(_ code: Code) {
        bits |= 1 << UInt64(code.ordinal)
    }

    public mutating func insert(_ code: Code, if condition: Bool) {
        if condition { insert(code) }
    }

    public func contains(_ code: Code) -> Bool {
        bits & (1 << UInt64(code.ordinal)) != 0
    }

    public var isEmpty: Bool { bits == 0 }
    public var count: Int { bits.nonzeroBitCount }
    public var first: Code? { bits == 0 ? nil : Code.fromOrdinal(bits.trailingZeroBitCount) }

    public struct Iterator: IteratorProtocol {
        var remaining: UInt64
        public mutating func next() -> Code? {
            guard remaining != 0 else { return nil }
            let ordinal = remaining.trailingZeroBitCount
            remaining &= remaining - 1
            return Code.fromOrdinal(ordinal)
        }
    }

    public func makeIterator() -> Iterator { Iterator(remaining: bits) }

    /// The raw values in order, as the JSON shows them.
    public var codes: [String] { map(\.rawValue) }

    public var description: String { "[" + codes.joined(separator: ", ") + "]" }

    public init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        self.init()
        while !container.isAtEnd { insert(try container.decode(Code.self)) }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        for code in self { try container.encode(code.rawValue) }
    }
}
