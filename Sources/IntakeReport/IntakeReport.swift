import Assessment
import IntakeModel

/// Everything a clinician reads about one intake, built once (`IntakeReport.make`) and shown by
/// every output: the summary screen, line mode, `intake assess` text, the text sheet and the PDF.
/// The outputs only lay it out; none of them assesses, names a rule or words a reason itself.
///
/// Texts are in the report's `language`. Strings that came from the record (names, medication
/// names, warning texts that quote answers) are kept as entered: each output removes control
/// characters with its own sanitizer where it writes them.
public struct IntakeReport: Sendable {
    /// The BCP 47 primary tag the texts are in ("en").
    public var language: String
    public var header: PatientHeader
    /// The answers grouped by the questionnaire's steps, in its order, with its labels.
    public var answers: [AnsweredStep]
    /// The engine's result with the validator's soft-limit warnings included (as `intake assess`
    /// gives it), for the details an output lays out in its own way (BMI, OST, the T-score bar).
    public var assessment: IntakeAssessment
    public var urgency: Urgency
    /// Red flags in the engine's order, each with its reasons in words.
    public var redFlags: [Finding]
    /// The red-flag questions not asked, in words, in the format's order.
    public var unaskedRedFlags: [String]
    public var dxa: Indication
    /// "osteopenia", "below the expected range for age"; nil without a score.
    public var tScoreClass: String?
    /// "T-score not classified: menopause status not given": why a T-score entered has no class
    /// (format spec 6.5); nil when it has one or none was entered.
    public var tScoreNotClassified: String?
    public var zScoreClass: String?
    /// "STarT Back not scored: items 3 to 9 not answered": why a STarT Back begun has no score
    /// (all nine items are needed); nil when it has one or was not given.
    public var startBackNotScored: String?
    /// The lowest T-score entered (for the outputs that draw or say it), nil when none was.
    public var lowestTScore: Double?
    public var spineImaging: Indication
    /// Medication alerts in the engine's order (high priority first), each with its medicines and notes.
    public var medicationAlerts: [Finding]
    public var recommendations: [Recommendation]
    /// The whole seed cost table (format spec 6.8), marked where this patient was recommended it.
    public var priceTable: [PriceRow]
    /// "Please check": the validator's and the engine's warnings, in their order; the unasked
    /// red-flag questions are in `unaskedRedFlags` instead.
    public var warnings: [Warning]
    /// The assessment's notices (decision support, never a diagnosis, first).
    public var notices: [Notice]
    /// That prices change: set when a recommendation carries a cost estimate.
    public var pricesNotice: String?
    /// Labels of the report's own lines ("Red flags", "Please check"), in its language.
    public var text: ReportText

    /// The patient and visit, as the top of every output shows them.
    public struct PatientHeader: Hashable, Sendable {
        public var recordID: String?
        public var name: String?
        public var birthDate: CalendarDate?
        public var age: Int?
        public var sex: String?
        public var visitDate: CalendarDate?
    }

    /// One step of the questionnaire with the answers given on it.
    public struct AnsweredStep: Hashable, Sendable {
        /// The step's code ("red-flags") and its title ("Red flags").
        public var step: String
        public var title: String
        /// The answers in the questionnaire's order: single answers, and each repeating group
        /// (medicines, broken bones) as one list of its entries.
        public var items: [AnsweredItem]

        /// Every answer of the step in order, the entries of its lists included.
        public var answers: [Answer] {
            items.flatMap { item -> [Answer] in
                switch item {
                case .answer(let answer): [answer]
                case .list(let list): list.entries.flatMap { $0 }
                }
            }
        }
    }

    public enum AnsweredItem: Hashable, Sendable {
        case answer(Answer)
        case list(AnsweredList)
    }

    /// A repeating group's answers: one entry per medicine or broken bone, each with the answers
    /// given for it.
    public struct AnsweredList: Hashable, Sendable {
        public var linkId: String
        /// "Broken bones".
        public var label: String
        public var entries: [[Answer]]
        /// Every question of the group, in the questionnaire's order, with its short label.
        private var questions: [Column]

        /// The group's questions answered in at least one entry, in the questionnaire's order,
        /// with their short labels: the columns of a table.
        public var columns: [Column] {
            let answered = Set(entries.joined().map(\.linkId))
            return questions.filter { answered.contains($0.linkId) }
        }

        public struct Column: Hashable, Sendable {
            public var linkId: String
            public var label: String
        }

        init(linkId: String, label: String, questions: [(linkId: String, label: String)]) {
            self.linkId = linkId; self.label = label
            self.questions = questions.map { Column(linkId: $0.linkId, label: $0.label) }
            entries = []
        }

        mutating func add(_ answer: Answer, entry: Int) {
            while entries.count <= entry { entries.append([]) }
            entries[entry].append(answer)
        }

        /// An entry's answer in a column, "" when the entry has none.
        public func cell(_ entry: [Answer], _ column: Column) -> String {
            entry.first { $0.linkId == column.linkId }?.value ?? ""
        }
    }

    /// One answered question: the questionnaire's caption and the answer in words.
    public struct Answer: Hashable, Sendable {
        public var linkId: String
        /// The caption, as the screen asks it ("How did the pain start?").
        public var label: String
        /// The question in a few words ("Onset"), as a sheet prints it.
        public var shortLabel: String
        public var value: String
        /// The entry number (from 1) of a repeating group's answer ("medicine 2"), nil otherwise.
        public var entry: Int?
        /// A yes/no question's answer, nil for any other kind (a sheet lists these by answer).
        public var yes: Bool?
    }

    public struct Urgency: Hashable, Sendable {
        public var tier: UrgencyTier
        /// "URGENT - clinician review within days", "Red-flag screen not done (3 of 15 questions not asked)".
        public var text: String
    }

    /// A rule that fired: its ID, its name and why, in words.
    public struct Finding: Hashable, Sendable {
        public enum Level: String, Hashable, Sendable { case emergency, urgent, routine, high, standard, indicated }
        /// "RF-FX", "DX-5", "MA-BP-RENAL".
        public var rule: String
        /// "possible vertebral fracture": the rule's reason in words.
        public var reason: String
        public var level: Level
        /// "URGENT", "HIGH" (empty for bone-health rules).
        public var levelText: String
        /// The inputs that fired it, in words: a red flag's reasons ("sudden onset with minor or no
        /// trauma"), an alert's medicines; empty for bone-health rules (their name says it).
        public var inputs: [String]
        /// An alert's message for the clinician; nil for other findings.
        public var message: String?
        /// An alert's notes in words ("patient wants to stop").
        public var notes: [String]

        /// "RF-FX: possible vertebral fracture".
        public var title: String { rule + ": " + reason }
    }

    /// DXA or spine imaging: indicated or not, and the rules that say so.
    public struct Indication: Hashable, Sendable {
        public var indicated: Bool
        /// "indicated (report as a T-score)", "not indicated".
        public var text: String
        public var findings: [Finding]
    }

    public struct Recommendation: Hashable, Sendable {
        /// "REC-DXA".
        public var id: String
        public var text: String
        public var cost: CostEstimate?
        /// "Estimated cost: USD 125-300 per scan (radiology centers)", nil without a cost.
        public var costText: String?
    }

    /// One row of the seed cost table.
    public struct PriceRow: Hashable, Sendable {
        public var id: String
        public var cost: CostEstimate
        /// What the price is for and who charges it, in the report's language ("DXA bone density
        /// scan", "radiology centers"; "Densitometría ósea (DXA)", "centros de radiología").
        public var service: String
        public var provider: String
        /// "USD 125-300 per scan".
        public var price: String
        public var recommended: Bool
    }

    /// A warning as a person reads it: what it is about in the questionnaire's words, and the message.
    public struct Warning: Hashable, Sendable {
        public var code: String
        /// "Height now", "Medicine 2 (alendronate): how long".
        public var about: String
        public var message: String

        public init(code: String, about: String, message: String) {
            self.code = code; self.about = about; self.message = message
        }

        /// "Height now: 250 cm is unusual (above 205 cm): please confirm".
        public var text: String { about + ": " + message }
    }

    public struct Notice: Hashable, Sendable {
        public var id: String
        public var text: String
    }
}
