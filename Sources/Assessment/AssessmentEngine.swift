import IntakeModel

/// The assessment engine: a pure function from an intake record to its assessment
/// (clinical reference section 10, intake-format.md sections 4-7). It never reads the clock:
/// `visitDate` is the reference for every age and duration.
///
/// Records normally come from `IntakeValidator`, but the engine is total on any `IntakeRecord`
/// (the screens re-assess a half-filled draft on every keystroke): an unanswered question counts
/// as "no" (except bilateral sciatica, format spec 6.1), and a rule that needs a missing age, sex or
/// visit date simply does not fire.
public struct AssessmentEngine: Sendable {
    public let vocabulary: MedicationVocabulary
    /// Every generic and listed name, already normalised, -> position in `vocabulary.entries`:
    /// the common case (a name typed exactly, any letter case) is found without normalising.
    let entryPositions: [String: Int]
    /// What the rules need of each vocabulary entry, in the vocabulary's order.
    let entryFacts: [VocabularyEntryFacts]

    public init(vocabulary: MedicationVocabulary = .bundled) {
        self.vocabulary = vocabulary
        var positions: [String: Int] = [:]
        for (position, entry) in vocabulary.entries.enumerated() {
            if positions[entry.generic] == nil { positions[entry.generic] = position }
            for name in entry.names where positions[name] == nil { positions[name] = position }
        }
        entryPositions = positions
        entryFacts = vocabulary.entries.map(VocabularyEntryFacts.init)
    }

    /// Assesses a record. `priorWarnings` (the validator's soft-limit warnings) come first in
    /// `warnings`, then the engine's own; each (path, code) pair appears once.
    public func assess(_ record: IntakeRecord, priorWarnings: [Problem] = []) -> IntakeAssessment {
        var rules = RuleEvaluation(facts: facts(of: record), warnings: priorWarnings)
        return rules.run()
    }

    /// Applies the rules to prepared facts (see `facts(of:)`).
    public func assess(_ facts: IntakeFacts, priorWarnings: [Problem] = []) -> IntakeAssessment {
        var rules = RuleEvaluation(facts: facts, warnings: priorWarnings)
        return rules.run()
    }

    /// The vocabulary position a medication name means, or nil when the dictionary does not know
    /// it: the same answer as `vocabulary.entry(named:)`. A name in plain ASCII with single spaces
    /// is already normalised once lower-cased, so it is looked up directly; anything else (other
    /// scripts, tabs, double spaces) goes through `vocabulary.entry(named:)`. Dose text in the name
    /// ("prednisone 5mg") makes it unrecognised, as format spec section 3.4 says.
    public func entryPosition(named name: String) -> Int? {
        guard let key = AssessmentEngine.plainLowercased(name) else {
            return vocabulary.entry(named: name).flatMap { entryPositions[$0.generic] }
        }
        return entryPositions[key]
    }

    /// The name in lower case when it is printable ASCII with single spaces between words (then
    /// lower-casing is all that normalising would do); nil otherwise.
    static func plainLowercased(_ name: String) -> String? {
        let result = name.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var hasUpper = false
            var previousSpace = true
            for byte in bytes {
                if byte == 0x20 {
                    if previousSpace { return nil }
                    previousSpace = true
                    continue
                }
                guard byte > 0x20, byte < 0x7F else { return nil }
                previousSpace = false
                if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
            }
            if previousSpace { return nil }
            guard hasUpper else { return name }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (index, byte) in bytes.enumerated() {
                    buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                }
                return bytes.count
            }
        }
        return result ?? nil
    }
}

/// The parts of a `MedicationEntry` the rules read, without strings or sets.
struct VocabularyEntryFacts: Sendable {
    var classes: CodeList<MedicationClass>
    var prednisoloneFactor: Fraction?
    var defaultRoute: Route?
    var fixedRoute: Route?
    /// Kidney-function limit in mL/min of a bisphosphonate (MA-BP-RENAL), 0 for anything else.
    var renalLimit: Int

    init(_ entry: MedicationEntry) {
        classes = CodeList(entry.classes)
        prednisoloneFactor = entry.prednisoloneFactor
        defaultRoute = entry.defaultRoute
        fixedRoute = entry.fixedRoute
        switch entry.generic {
        case "alendronate", "zoledronic acid": renalLimit = 35
        case "risedronate", "ibandronate": renalLimit = 30
        default: renalLimit = 0
        }
    }
}
