import Catalog
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
    /// The language of the engine's warnings (findings and recommendations keep the format's
    /// fixed English text; people read them through `AssessmentText` in their language).
    public let language: Language
    /// Generic name -> position in `vocabulary.entries`, for names the vocabulary resolves itself.
    let genericPositions: [String: Int]
    /// What the rules need of each vocabulary entry, in the vocabulary's order.
    let entryFacts: [VocabularyEntryFacts]

    public init(vocabulary: MedicationVocabulary = .bundled, language: Language = .english) {
        self.vocabulary = vocabulary
        self.language = language
        var positions: [String: Int] = [:]
        for (position, entry) in vocabulary.entries.enumerated() where positions[entry.generic] == nil {
            positions[entry.generic] = position
        }
        genericPositions = positions
        entryFacts = vocabulary.entries.map(VocabularyEntryFacts.init)
    }

    /// Assesses a record. `priorWarnings` (the validator's soft-limit warnings) come first in
    /// `warnings`, then the engine's own; each (path, code) pair appears once.
    public func assess(_ record: IntakeRecord, priorWarnings: [Problem] = []) -> IntakeAssessment {
        assess(facts(of: record), priorWarnings: priorWarnings)
    }

    /// Applies the rules to prepared facts (see `facts(of:)`).
    public func assess(_ facts: IntakeFacts, priorWarnings: [Problem] = []) -> IntakeAssessment {
        var rules = RuleEvaluation(facts: facts, warnings: priorWarnings, text: AssessmentText(language: language))
        return rules.run()
    }

    /// The vocabulary position a medication name means, or nil when the dictionary does not know
    /// it (`vocabulary.entry(named:)`). Dose text in the name ("prednisone 5mg") makes it
    /// unrecognised, as format spec section 3.4 says.
    public func entryPosition(named name: String) -> Int? {
        vocabulary.entry(named: name).flatMap { genericPositions[$0.generic] }
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
