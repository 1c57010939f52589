/// The medication dictionary bundled with the program (format spec, Appendix A): generic and brand
/// names mapped to the class tags the rules read.

/// An exact ratio, used for prednisolone-equivalent factors (dexamethasone is 20/3).
public struct Fraction: Hashable, Sendable {
    public var numerator: Int
    public var denominator: Int
    public init(_ numerator: Int, _ denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }
}

public struct MedicationEntry: Hashable, Sendable {
    public var generic: String
    public var classes: Set<MedicationClass>
    /// Other accepted names, brands included, lower case.
    public var names: [String]
    /// mg prednisolone-equivalent per mg, for class `glucocorticoid`.
    public var prednisoloneFactor: Fraction?
    /// The route assumed when the record gives none.
    public var defaultRoute: Route?
    /// The only route this product has (zoledronic acid and the depot medroxyprogesterone names).
    public var fixedRoute: Route?

    public init(generic: String, classes: Set<MedicationClass>, names: [String], prednisoloneFactor: Fraction? = nil,
                defaultRoute: Route? = nil, fixedRoute: Route? = nil) {
        self.generic = generic
        self.classes = classes
        self.names = names
        self.prednisoloneFactor = prednisoloneFactor
        self.defaultRoute = defaultRoute
        self.fixedRoute = fixedRoute
    }

    /// The route that applies to an entry of the record: a fixed route wins, then what was entered,
    /// then the default.
    public func effectiveRoute(entered: Route?) -> Route? {
        fixedRoute ?? entered ?? defaultRoute
    }
}

public struct MedicationVocabulary: Sendable {
    public let entries: [MedicationEntry]
    private let index: [String: Int]

    public init(entries: [MedicationEntry]) {
        self.entries = entries
        var index: [String: Int] = [:]
        for (position, entry) in entries.enumerated() {
            index[entry.generic] = position
            for name in entry.names where index[name] == nil { index[name] = position }
        }
        self.index = index
    }

    /// The dictionary bundled with the program.
    public static let bundled = MedicationVocabulary(entries: bundledEntries)

    /// Lower-cased, trimmed, runs of white space collapsed to one space (format spec section 3.4).
    public static func normalise(_ name: String) -> String {
        if let plain = normalisedPlainASCII(name) { return plain }
        var result = ""
        result.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for character in name.lowercased() {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" "); pendingSpace = false }
                result.append(character)
            }
        }
        return result
    }

    /// The usual name, printable ASCII with single inner spaces, needs nothing but lower-casing;
    /// nil for anything else (other scripts, tabs, runs of spaces, leading or trailing space), which
    /// takes the general path above.
    static func normalisedPlainASCII(_ name: String) -> String? {
        let bytes = name.utf8
        guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return nil }
        var previous: UInt8 = 0
        var hasUpper = false
        for byte in bytes {
            guard byte >= 0x20, byte < 0x7F, !(byte == 0x20 && previous == 0x20) else { return nil }
            hasUpper = hasUpper || (byte >= 0x41 && byte <= 0x5A)
            previous = byte
        }
        guard hasUpper else { return name }
        return String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// The entry a name means, or nil when the dictionary does not know it.
    ///
    /// The name must equal a generic or listed name after normalising (format spec section 3.4).
    /// A name with the strength in it ("Prednisone 5mg daily") is not in the dictionary: it is kept,
    /// printed and warned about as `unrecognised-medication`, and the strength belongs in
    /// `doseMgPerDay`.
    public func entry(named name: String) -> MedicationEntry? {
        index[MedicationVocabulary.normalise(name)].map { entries[$0] }
    }

    /// Names for type-ahead: every generic and listed name that starts with `prefix` (normalised),
    /// generics first, at most `limit`.
    public func suggestions(forPrefix prefix: String, limit: Int = 8) -> [String] {
        let key = MedicationVocabulary.normalise(prefix)
        guard !key.isEmpty else { return [] }
        var generics: [String] = []
        var others: [String] = []
        for entry in entries {
            if entry.generic.hasPrefix(key) { generics.append(entry.generic) }
            for name in entry.names where name.hasPrefix(key) { others.append(name) }
        }
        return Array((generics.sorted() + others.sorted()).prefix(limit))
    }
}
