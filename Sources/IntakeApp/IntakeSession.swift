import Catalog
import Assessment
import IntakeModel
import Questionnaire

/// Who is typing: staff see every item; a patient in kiosk mode sees patient items only and
/// cannot dismiss an emergency alert.
public enum SessionMode: String, Hashable, Sendable {
    case staff, kiosk

    /// The audience filter of the questionnaire for this mode (nil = everything).
    public var audience: Audience? { self == .kiosk ? .patient : nil }
}

/// How a step looks in the side list.
public enum StepStatus: String, Hashable, Sendable {
    case incomplete, complete, hasErrors = "has-errors", skipped
}

/// The pure model of one intake being typed: the record, where the cursor is, the messages shown,
/// the live assessment and the emergency alert. No terminal, no rendering: the screens draw it and
/// pilot tests drive it. Change it only through `apply(_:)`.
public struct IntakeSession: Sendable {
    public let definition: QuestionnaireDefinition
    /// The engine, speaking the intake's language (a new one when the language is switched).
    var engine: AssessmentEngine

    /// The record being edited.
    public internal(set) var record: IntakeRecord {
        didSet {
            shown = ShownItems(definition: definition, record: record, audience: mode.audience)
            if !fieldPointers.fits(record, in: definition) { fieldPointers = FieldPointers(definition: definition, record: record) }
        }
    }
    public internal(set) var mode: SessionMode {
        didSet { shown = ShownItems(definition: definition, record: record, audience: mode.audience) }
    }
    /// What the record and mode show, kept in step with both.
    private(set) var shown: ShownItems
    public internal(set) var currentStep: StepID
    /// The focused item (nil on a step with nothing to answer, such as the summary).
    public internal(set) var focus: ItemAddress?
    /// Messages shown next to fields: errors found when leaving a field or finishing.
    public internal(set) var errors: [ItemAddress: String]
    /// Soft-limit and other warnings shown next to fields (the record is still accepted).
    public internal(set) var warnings: [ItemAddress: String]
    /// Text typed that could not be read (kept so nothing typed is lost), by field.
    public internal(set) var pendingText: [ItemAddress: String]
    /// The assessment of the current record, re-run after every change (with the validator's
    /// warnings first, as `intake assess` gives them).
    public internal(set) var assessment: IntakeAssessment
    /// The validator's outcome for the current record, re-run after every change.
    public internal(set) var validation: IntakeCheck
    /// Which field each JSON Pointer names, kept in step with the record (redone when a list gains
    /// or loses an entry).
    private(set) var fieldPointers: FieldPointers
    /// The emergency alert waiting for acknowledgement, if any. While it is pending only
    /// `acknowledgeAlert` (and saving) act.
    public internal(set) var pendingAlert: EmergencyAlert?
    /// The EMERGENCY rules firing after the last change (an alert shows when one newly fires).
    public internal(set) var firingEmergencies: Set<RedFlagRule>
    /// The emergency alerts a member of staff acknowledged on this record (here, or before it was
    /// opened, from the audit trail).
    public internal(set) var acknowledgedEmergencies: Set<RedFlagRule> = []
    /// Yes/no questions answered "Unknown" in this session (left out of the record).
    public internal(set) var unknownAnswers: Set<ItemAddress> = []
    /// Answers of questions that stopped applying, kept to come back if they apply again.
    public internal(set) var setAsideAnswers: [ItemAddress: AnswerValue] = [:]
    /// F10 with red-flag questions unanswered: the questions, while the screen asks whether to go
    /// back to them or finish and leave them for staff.
    public internal(set) var finishCheck: [RedFlagQuestion]?
    /// Kiosk F10 with answers still open: their questions, while the screen offers to leave them
    /// for staff (the draft is handed over, not completed).
    public internal(set) var handOver: [String]?
    /// The steps shown to the person in this sitting.
    public internal(set) var visitedSteps: Set<StepID>
    /// The steps that already held answers when the session opened (a resumed draft): they were
    /// shown to whoever answered them.
    let answeredBefore: Set<StepID>
    public internal(set) var skippedSteps: Set<StepID>
    public internal(set) var isCompleted: Bool
    /// A one-line notice for the status bar ("No field matches ..."), cleared by the next action.
    public internal(set) var notice: String?
    /// The language of the patient's screens: the record's `patient.language` when the program
    /// speaks it, else `programLanguage`. Answering "Preferred language" switches it at once,
    /// keeping every answer (`recordChanged`).
    public internal(set) var language: Language
    /// The language of an intake whose record names none the program speaks (`--language`, else
    /// the clinic's).
    public let programLanguage: Language
    /// How typed dates are read and shown (the clinic's `date_order`; ISO only by default).
    public let dateConvention: DateConvention

    /// Opens a session on `record` (a new intake when empty). A record without a visit date gets
    /// today's date from `clock`; a resumed draft keeps its own. The intake's language is the
    /// record's `patient.language` when the program speaks it, else `language` (the program's
    /// `--language` or the clinic's); the validator, the engine and every screen use it, and follow
    /// it when "Preferred language" is answered.
    public init(record: IntakeRecord = IntakeRecord(), definition: QuestionnaireDefinition = .intake,
                clock: some IntakeSessionClock = SystemIntakeClock(), mode: SessionMode = .staff,
                step: StepID = .patient, language: Language = .english,
                dateConvention: DateConvention = .yearMonthDay,
                engine: AssessmentEngine = AssessmentEngine()) {
        var record = record
        if record.visitDate == nil { record.visitDate = clock.today() }
        let fallback = language
        let language = IntakeSession.language(of: record, otherwise: language)
        self.definition = definition
        self.engine = engine.language == language ? engine : AssessmentEngine(vocabulary: engine.vocabulary, language: language)
        self.record = record
        self.mode = mode
        let shown = ShownItems(definition: definition, record: record, audience: mode.audience)
        self.shown = shown
        self.currentStep = step
        self.focus = nil
        self.errors = [:]
        self.warnings = [:]
        self.pendingText = [:]
        self.validation = IntakeValidator.check(record, language: language)
        self.fieldPointers = FieldPointers(definition: definition, record: record)
        self.assessment = self.engine.assess(record, priorWarnings: validation.warnings)
        self.pendingAlert = nil
        self.finishCheck = nil
        self.handOver = nil
        self.firingEmergencies = IntakeSession.emergencies(in: assessment)
        self.visitedSteps = [step]
        self.skippedSteps = []
        self.isCompleted = false
        self.notice = nil
        self.language = language
        self.programLanguage = fallback
        self.dateConvention = dateConvention
        self.answeredBefore = Set(StepID.allCases.filter { step in
            shown.answerable[step]?.contains { definition.value(at: $0, in: record) != nil } ?? false
        })
        // a kiosk patient chose the language before the first question: it is not asked again first
        let chosen = mode == .kiosk && record.patient?.language != nil
        self.focus = fields(in: step).first { !(chosen && $0.linkId == "patient.language") } ?? fields(in: step).first
        self.warnings = unspokenLanguageWarning()
    }

    // MARK: What the screens show

    /// The answerable fields of a step for this record and mode, in order.
    public func fields(in step: StepID) -> [ItemAddress] { shown.answerable[step] ?? [] }

    /// Where the screens' cursor stops on a step, in order: its answerable fields and the heading
    /// of each list (medicines, broken bones...), where Insert adds an entry. Line mode asks
    /// "Add a ...?" instead and stops at `fields(in:)` only.
    public func stops(in step: StepID) -> [ItemAddress] { shown.stops[step] ?? [] }

    /// Every item shown on a step (groups and repeating-group headers included), in order.
    public func visibleItems(in step: StepID) -> [ItemAddress] { shown.visible[step] ?? [] }

    /// The current answer of a field.
    public func value(at address: ItemAddress) -> AnswerValue? { definition.value(at: address, in: record) }

    /// "Step 4 of 8: Symptoms".
    public var stepIndicator: String { stepIndicator(.long) }

    /// How much of the step indicator a narrow header keeps.
    public enum StepIndicatorLength: CaseIterable, Sendable {
        /// "Step 4 of 8: Symptoms"
        case long
        /// "4/8 Symptoms"
        case short
        /// "4/8"
        case number
    }

    /// The step indicator at a length: "Step 4 of 8: Symptoms", "4/8 Symptoms" or "4/8".
    public func stepIndicator(_ length: StepIndicatorLength, in shown: Language? = nil) -> String {
        let language = shown ?? language
        let key = switch length {
        case .long: "step-indicator"
        case .short: "step-indicator.short"
        case .number: "step-indicator.number"
        }
        return PlaceholderText.fill(IntakeSessionStrings.text(key, language), named: [
            "n": String(currentStep.number), "total": String(StepID.allCases.count),
            "title": definition.step(currentStep)?.title(language) ?? "",
        ])
    }

    /// Complete, incomplete, has errors or skipped, for the side list. A step is ticked (complete)
    /// only when it was shown to the person (visited, or answered in an earlier sitting), holds at
    /// least one answer and has every required answer: passing through a step, or a step with
    /// nothing this person can answer (bone density at the kiosk), is never ticked as done.
    public func status(of step: StepID) -> StepStatus {
        if skippedSteps.contains(step) { return .skipped }
        if step == .summary { return isCompleted ? .complete : .incomplete }
        if errors.keys.contains(where: { definition.step(ofItem: $0.linkId) == step }) { return .hasErrors }
        if step == .redFlags && !unaskedShownRedFlags.isEmpty { return .incomplete }
        guard visitedSteps.contains(step) || answeredBefore.contains(step), hasAnswers(on: step) else { return .incomplete }
        return missingRequired(in: step).isEmpty ? .complete : .incomplete
    }

    /// Whether any question shown on the step has an answer.
    func hasAnswers(on step: StepID) -> Bool {
        fields(in: step).contains { value(at: $0) != nil }
    }

    /// "12/15": how many of the red-flag questions this desk shows were asked, for the side list.
    /// A kiosk patient is shown 14 (staff examine the abdomen), and counts to 14/14; the staff
    /// question is asked at the desk, where F10 names it.
    public var redFlagProgress: String {
        let shown = Set(fields(in: .redFlags).map(\.linkId))
        let total = RedFlagQuestion.allCases.filter { shown.contains(IntakeSession.linkId(of: $0)) }.count
        return "\(total - unaskedShownRedFlags.count)/\(total)"
    }

    /// Required fields of a step that are shown and unanswered.
    func missingRequired(in step: StepID) -> [ItemAddress] {
        fields(in: step).filter { address in
            (definition.item(linkId: address.linkId)?.required ?? false) && value(at: address) == nil
                && pendingText[address] == nil
        }
    }

    static func emergencies(in assessment: IntakeAssessment) -> Set<RedFlagRule> {
        Set(assessment.redFlags.filter { $0.tier == .emergency }.map(\.rule))
    }
}
