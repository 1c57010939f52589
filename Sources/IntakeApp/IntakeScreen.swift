import Catalog
import Assessment
import IntakeModel
import IntakeStore
import Questionnaire
import TerminalUI
import PlainText

/// The intake as a front desk sees it: the steps of the questionnaire as forms, a side list of
/// steps with their status and the current urgency, the emergency alert, and the summary.
///
/// A value: `handle(_:)` is the reducer (keys in, `SessionEffect`s out for the app shell to
/// perform), `render(size:)` is pure. The record, focus, messages and the live assessment live
/// in `session`; this type adds what only a screen has: the widgets with what is being typed,
/// scrolling, help, the jump line and the staff name typed into the alert.
public struct IntakeScreen: Sendable {
    /// The intake being typed (record, step, focus, messages, assessment, alert, kiosk mode).
    public internal(set) var session: IntakeSession
    /// The screen's words, in `shownLanguage` (made again when it changes).
    public internal(set) var strings: ScreenStrings
    var ui: Catalog
    var factory: IntakeFieldFactory
    /// The language of the staff-facing summary: the clinic's (`clinic.toml`, else the locale),
    /// while the patient's steps speak `session.language`.
    public let staffLanguage: Language
    /// The language the words on screen were made in (`screenLanguage` when last shown).
    var shownLanguage: Language
    /// The form of the current step (its widgets hold what is being typed).
    var form: FormView
    /// The items shown on the form, and the step they belong to.
    var shownItems: [ItemAddress] = []
    var shownStep: StepID
    var shownMode: SessionMode
    /// How the patient types, as the widgets were built for it (`InputConventions`): a language
    /// answered on the Patient step rebuilds them (date pattern, yes/no letters, medicine names).
    var shownConventions: InputConventions?
    /// Field id -> item address.
    var addresses: [String: ItemAddress] = [:]
    /// Ctrl-D was pressed once on this filled list entry (the address of the field it was pressed
    /// on): a second Ctrl-D removes the entry, any other key keeps it.
    var removalAsked: ItemAddress?
    /// What was typed in a field before Esc put back the record's value: Esc again, as the next
    /// key on that field, brings it back (Esc never destroys typed text without a way back).
    var revertedEdit: (fieldID: String, typed: FieldValue)?

    /// First line of the summary shown (it scrolls).
    var summaryTop = 0
    /// The summary's lines for the record and width last shown.
    var summaryLayout: SummaryLayout?
    var isShowingSummaryHelp = false
    /// Complete / incomplete / has errors of each step (`IntakeSession.status(of:)`), worked out
    /// after each key, not on every frame.
    var stepStatuses: [StepID: StepStatus] = [:]
    public internal(set) var size: Size
    /// The field the focus last arrived on: when the session's focus moves to another, that
    /// field's text is selected, so typing replaces the answer shown (70 with 72 typed is 72).
    var focusArrivedAt: ItemAddress?
    /// The visit date the date fields' echoes were last brought up to date with.
    var echoedVisitDate: CalendarDate?
    /// The session changed during this key (`apply`): the widgets are brought to it once, at the
    /// end of the key (`showSession`).
    var sessionChanged = false
    /// Set once an `.exit` effect was returned (the runner's loop ends).
    public internal(set) var hasExited = false
    /// The stored record's status as the app shell knows it (a draft when there is no shell):
    /// a finished record's F10 signs, a signed record's keys only look and go back to the list.
    public internal(set) var recordStatus: RecordStatus = .inProgress

    /// Opens the screens on a session (a new intake, a resumed draft, kiosk mode...). The summary
    /// speaks `staffLanguage` (nil: the session's program language, the clinic's).
    public init(session: IntakeSession, size: Size = Size(width: 80, height: 24), staffLanguage: Language? = nil) {
        self.session = session
        self.staffLanguage = staffLanguage ?? session.programLanguage
        let language = Self.screenLanguage(session: session, staffLanguage: self.staffLanguage)
        self.shownLanguage = language
        self.strings = ScreenStrings(language: language)
        self.ui = Catalog(language)
        self.factory = IntakeFieldFactory(definition: session.definition, language: language, strings: strings, ui: ui,
                                          dateConvention: session.dateConvention)
        self.size = size
        self.shownStep = session.currentStep
        self.shownMode = session.mode
        self.form = FormView(title: "", fields: [], strings: ui, size: size)
        focusListHeadingOnEmptyStep()
        showSession(rebuilding: true)
    }

    /// The language of what is on screen: the staff's on the summary a member of staff reads,
    /// the patient's (`session.language`) on every step the patient answers, and everywhere in
    /// kiosk mode.
    static func screenLanguage(session: IntakeSession, staffLanguage: Language) -> Language {
        session.currentStep == .summary && session.mode == .staff ? staffLanguage : session.language
    }

    /// The words of the screen made again in `language` (the patient's language was answered, or
    /// the summary opened for staff); the summary is laid out again.
    private mutating func speak(_ language: Language) {
        shownLanguage = language
        strings = ScreenStrings(language: language)
        ui = Catalog(language)
        factory = IntakeFieldFactory(definition: session.definition, language: language, strings: strings, ui: ui,
                                     dateConvention: session.dateConvention)
        summaryLayout = nil
    }

    /// True in kiosk mode: a patient types; staff items are hidden.
    public var isKiosk: Bool { session.mode == .kiosk }
    /// The step on screen.
    public var currentStep: StepID { session.currentStep }
    /// The item the cursor is on, if any.
    public var focusedAddress: ItemAddress? { session.focus }
    /// The widget of the focused item (tests read its kind to know how to answer it).
    public var focusedField: (any FormField)? {
        focusedFormField.map { ($0 as? QuestionField)?.inner ?? $0 }
    }

    /// The focused entry of the form (the question with its widget).
    var focusedFormField: (any FormField)? {
        guard let focus = session.focus else { return nil }
        return form.index(of: IntakeFieldFactory.fieldID(focus)).map { form.fields[$0] }
    }
    /// True while the emergency alert holds the screen.
    public var isShowingAlert: Bool { session.pendingAlert != nil }

    // MARK: Keeping the form in step with the session

    /// Width of the side list of steps at a terminal width (none on narrow terminals).
    static func sideWidth(for width: Int) -> Int {
        width >= 100 ? 30 : (width >= 76 ? 25 : 0)
    }

    /// The toolkit's narrowest caption column: questions are drawn above their widgets (QuestionField).
    static let captionWidth = 2

    static func formSize(for size: Size) -> Size {
        Size(width: size.width - sideWidth(for: size.width), height: size.height)
    }

    /// Brings the form to the session after a key: the widgets are built again when the step
    /// shows other items; then the list entries' titles, errors, focus, the message and the
    /// titles. Answers are not copied into the widgets: `shownForm` reads them from the session
    /// when the screen is drawn, and the focused field takes its answer when the cursor arrives.
    mutating func showSession(rebuilding: Bool = false) {
        sessionChanged = false
        let language = Self.screenLanguage(session: session, staffLanguage: staffLanguage)
        let speaksAnew = language != shownLanguage
        if speaksAnew { speak(language) }
        let visible = session.visibleItems(in: session.currentStep)
        if rebuilding || speaksAnew || session.currentStep != shownStep || visible != shownItems || session.mode != shownMode
            || session.inputConventions != shownConventions {
            buildForm(visible, keepingFocused: !speaksAnew)
        } else {
            showEntryTitles()
        }
        refreshDecorations()
    }

    /// Builds the widgets of the current step from the questionnaire, keeping the focused widget
    /// (with its text) when it is still shown and speaks the same language.
    private mutating func buildForm(_ visible: [ItemAddress], keepingFocused: Bool = true) {
        let step = session.currentStep
        // a heading is not kept: its text ("(none)") follows the list
        let kept = (step == shownStep && keepingFocused) ? focusedFormField.flatMap { $0 is Heading ? nil : $0 } : nil
        let formSize = Self.formSize(for: size)
        var probe = FormView(title: "", fields: [], strings: ui, size: formSize)
        probe.captionWidth = Self.captionWidth
        let widgetWidth = FormLayout(form: probe, size: formSize).widgetWidth
        var fields = factory.fields(for: visible, record: session.record, session: session, widgetWidth: widgetWidth)
        if let kept, let index = fields.firstIndex(where: { $0.id == kept.id }) { fields[index] = kept }
        var newForm = FormView(title: "", fields: fields, strings: ui, size: formSize)
        newForm.minimumSize = Size(width: 50, height: 16)
        newForm.captionWidth = Self.captionWidth
        form = newForm
        shownItems = visible
        shownStep = step
        shownMode = session.mode
        shownConventions = session.inputConventions
        addresses = Dictionary(visible.map { (IntakeFieldFactory.fieldID($0), $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// A list entry's title ("Alendronate 70 mg") follows its answers: the titles are the layout
    /// (they may wrap), so they are kept up to date in the form itself.
    private mutating func showEntryTitles() {
        for index in form.fields.indices {
            let id = form.fields[index].id
            guard id.hasPrefix("entry:"), let address = addresses[String(id.dropFirst(6))],
                  let group = session.definition.repeatingGroup(of: address.linkId), let entry = address.instance else { continue }
            form.fields[index] = Heading(id: id, text: factory.entryTitle(group: group, index: entry, record: session.record), role: .muted)
        }
    }

    /// What a field's box shows from the session: the record's answer, or the text kept because
    /// it could not be read (nil for headings and groups).
    func sessionValue(of field: any FormField) -> FieldValue? {
        guard let address = addresses[field.id], let item = session.definition.item(linkId: address.linkId),
              !item.type.isGroup else { return nil }
        return session.pendingText[address].map { IntakeFieldFactory.pendingValue($0, for: item, current: field.value, language: session.language) }
            ?? factory.fieldValue(at: address, in: session, for: item)
    }

    /// The form as it is drawn: every field but the focused one shows the session's answer, read
    /// now (one source of truth: the widgets' own values are never shown stale); the focused
    /// field shows its edit buffer, which reaches the session only through `commitFocused`.
    var shownForm: FormView {
        var shown = form
        let focusID = session.focus.map(IntakeFieldFactory.fieldID)
        for index in shown.fields.indices where shown.fields[index].id != focusID {
            if let value = sessionValue(of: shown.fields[index]), shown.fields[index].value != value { shown.fields[index].value = value }
        }
        return shown
    }

    /// The cursor arrived on a field: its edit buffer starts from the session's answer, selected
    /// so that typing replaces it.
    private mutating func focusArrived() {
        guard let index = form.focusedIndex else { return }
        if let value = sessionValue(of: form.fields[index]), form.fields[index].value != value { form.fields[index].value = value }
        form.selectFocusedForReplacing()
    }

    /// Errors and warnings next to fields, the focus, the message line and the titles.
    private mutating func refreshDecorations() {
        refreshDateEchoes()
        stepStatuses = Dictionary(uniqueKeysWithValues: StepID.allCases.map { ($0, session.status(of: $0)) })
        var errors: [String: String] = [:]
        for (address, message) in session.warnings { errors[IntakeFieldFactory.fieldID(address)] = message }
        for (address, message) in session.errors { errors[IntakeFieldFactory.fieldID(address)] = message }
        form.errors = errors
        if let focus = session.focus {
            form.focus(on: IntakeFieldFactory.fieldID(focus))
            if focus != focusArrivedAt { focusArrived() }
        }
        focusArrivedAt = session.focus
        form.message = session.notice
        form.messageRole = .warning
        (form.title, form.step) = header(width: Self.formSize(for: size).width)
    }

    /// The age beside the date of birth follows the visit date.
    private mutating func refreshDateEchoes() {
        guard let visit = session.record.visitDate, visit != echoedVisitDate else { return }
        echoedVisitDate = visit
        for index in form.fields.indices {
            guard var question = form.fields[index] as? QuestionField, var date = question.inner as? DateEntryField,
                  let address = addresses[date.id] else { continue }
            let wanted = session.dateEcho(for: address.linkId)
            guard date.echo != wanted else { continue }
            date.echo = wanted
            question.inner = date
            form.fields[index] = question
        }
    }

    var titleText: String {
        if isKiosk { return strings(.screenAppKiosk) }
        if let name = session.record.patient?.name, !name.isEmpty { return strings(.screenAppTitleWithName, ["name": name]) }
        return strings(.screenAppTitle)
    }

    /// The title and the step indicator for a header `width` columns wide (title from column 1,
    /// the step right-aligned, at least two spaces between). The patient's name is cut last: first
    /// "OsteoIntake - " goes, then the step shortens ("4/8 Symptoms", then "4/8"); only then is the
    /// name shortened, ending in "…".
    func header(width: Int) -> (title: String, step: String) {
        let long = session.stepIndicator(.long, in: shownLanguage)
        func fits(_ title: String, _ step: String) -> Bool { DisplayWidth.of(title) + DisplayWidth.of(step) + 4 <= width }
        guard !isKiosk, let name = session.record.patient?.name, !name.isEmpty else {
            let title = titleText
            let step = IntakeSession.StepIndicatorLength.allCases.map { session.stepIndicator($0, in: shownLanguage) }
                .first { fits(title, $0) }
            return (title, step ?? session.stepIndicator(.number, in: shownLanguage))
        }
        if fits(titleText, long) { return (titleText, long) }
        for length in IntakeSession.StepIndicatorLength.allCases {
            let step = session.stepIndicator(length, in: shownLanguage)
            if fits(name, step) { return (name, step) }
        }
        let step = session.stepIndicator(.number, in: shownLanguage)
        return (Self.shortened(name, to: width - DisplayWidth.of(step) - 4), step)
    }

    /// `text` cut to `width` columns, ending in "…" when cut.
    static func shortened(_ text: String, to width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var kept = "", used = 0
        for character in text {
            let columns = DisplayWidth.of(character)
            if used + columns > width - 1 { break }
            kept.append(character)
            used += columns
        }
        return width >= 1 ? kept + "…" : ""
    }

    mutating func resize(_ newSize: Size) {
        let rewrap = Self.formSize(for: newSize).width != Self.formSize(for: size).width
        size = newSize
        if rewrap { showSession(rebuilding: true) }
        _ = form.handle(.resize(Self.formSize(for: newSize)))
        if session.currentStep == .summary { summaryTop = min(summaryTop, maximumSummaryTop) }
    }
}

/// The summary laid out for one record at one width.
struct SummaryLayout: Sendable {
    var width: Int
    var record: IntakeRecord
    var lines: [SummaryContent.Line]

    func fits(width: Int, record: IntakeRecord) -> Bool { self.width == width && self.record == record }
}
