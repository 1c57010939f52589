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
    /// Generic name -> position in the vocabulary, to tell distinct generics apart cheaply.
    let genericOrdinals: [String: Int]

    public init(vocabulary: MedicationVocabulary = .bundled) {
        self.vocabulary = vocabulary
        var ordinals: [String: Int] = [:]
        for (position, entry) in vocabulary.entries.enumerated() { ordinals[entry.generic] = position }
        genericOrdinals = ordinals
    }

    /// Assesses a record. `priorWarnings` (the validator's soft-limit warnings) come first in
    /// `warnings`, then the engine's own; each (path, code) pair appears once.
    public func assess(_ record: IntakeRecord, priorWarnings: [Problem] = []) -> IntakeAssessment {
        assess(facts(of: record), priorWarnings: priorWarnings)
    }

    /// Applies the rules to prepared facts (see `facts(of:)`).
    public func assess(_ facts: IntakeFacts, priorWarnings: [Problem] = []) -> IntakeAssessment {
        var rules = RuleEvaluation(facts: facts)
        return rules.run(id: facts.record.id, priorWarnings: priorWarnings)
    }
}
