import IntakeApp
import IntakeModel
import IntakeStore
import Questionnaire
import TerminalUI

/// A small record screen with the shell's shape (`ShellRecordScreen`): the patient's name and
/// date of birth on the Patient step, and a plain Review step. The shell tests drive autosave,
/// conflicts, lock, kiosk and print through it with known keys; `ShellIntakeScreenTests` runs
/// the same shell over the real `IntakeScreen`.
public struct StandInRecordScreen: ShellRecordScreen {
    public private(set) var record: IntakeRecord
    public private(set) var step: StepID
    public let kiosk: Bool
    private var nameEditor: LineEditor
    private var birthDateEditor: LineEditor
    private var focus = 0
    private var message: String?

    public init(record: IntakeRecord, step: StepID = .patient, kiosk: Bool = false) {
        self.record = record
        self.step = step
        self.kiosk = kiosk
        nameEditor = LineEditor(text: record.patient?.name ?? "", maxLength: IntakeLimits.patientNameLength.upperBound)
        birthDateEditor = LineEditor(text: record.patient?.birthDate?.description ?? "", maxLength: 10)
    }

    public mutating func respond(to key: Key) -> [ShellScreenEffect] {
        message = nil
        if key == .hangUp { return commitFocused() }
        switch KeyTable.command(for: key) {
        case .save: return commitFocused() + [.saveNow]
        case .finish: return commitFocused() + [.finish]
        case .print: return step == .summary ? [.print] : []
        case .nextStep: let e = commitFocused(); move(by: 1); return e
        case .previousStep: let e = commitFocused(); move(by: -1); return e
        default: break
        }
        guard step == .patient else { return [] }
        switch key {
        case .tab, .enter, .down:
            let e = commitFocused(); focus = (focus + 1) % 2; return e
        case .backTab, .up:
            let e = commitFocused(); focus = (focus + 1) % 2; return e
        default:
            if focus == 0 { _ = nameEditor.handle(key) } else { _ = birthDateEditor.handle(key) }
            return []
        }
    }

    // No red-flag questions here, so no emergency alert.
    public var hasPendingAlert: Bool { false }
    public var unreadableFields: [String] {
        !birthDateEditor.text.isEmpty && CalendarDate(iso: birthDateEditor.text) == nil ? ["Date of birth"] : []
    }
    public mutating func acknowledgeAlert(staffName: String) -> [ShellScreenEffect] { [] }
    public func answerText(ofField field: String, in record: IntakeRecord) -> String?? {
        switch field {
        case "patient.name": return .some(record.patient?.name)
        case "patient.birthDate": return .some(record.patient?.birthDate?.description)
        default: return nil
        }
    }
    public func putting(_ field: String, onto record: IntakeRecord) -> IntakeRecord? {
        var copy = record
        var patient = copy.patient ?? Patient()
        switch field {
        case "patient.name": patient.name = self.record.patient?.name
        case "patient.birthDate": patient.birthDate = self.record.patient?.birthDate
        default: return nil
        }
        copy.patient = patient
        return copy
    }
    /// The stored record in place of this one; the field being typed keeps its text (one not
    /// typed in shows the stored answer, as the real screens do).
    @discardableResult
    public mutating func adopt(_ record: IntakeRecord) -> [ShellScreenEffect] {
        let nameTyped = nameEditor.text != (self.record.patient?.name ?? "")
        let birthDateTyped = birthDateEditor.text != (self.record.patient?.birthDate?.description ?? "")
        self.record = record
        if focus != 0 || !nameTyped { nameEditor = LineEditor(text: record.patient?.name ?? "", maxLength: IntakeLimits.patientNameLength.upperBound) }
        if focus != 1 || !birthDateTyped {
            birthDateEditor = LineEditor(text: record.patient?.birthDate?.description ?? "", maxLength: 10)
        }
        return []
    }
    public func caption(ofField field: String) -> String? {
        ["patient.name": "Name", "patient.birthDate": "Date of birth"][field]
    }
    public mutating func showUnacknowledgedAlert(acknowledgedRules: Set<String>) -> [ShellScreenEffect] { [] }

    /// Its two fields, both on the Patient step.
    public mutating func focus(onField field: String) -> Bool {
        guard let index = ["patient.name", "patient.birthDate"].firstIndex(of: field) else { return false }
        step = .patient
        focus = index
        return true
    }
    /// The field with the cursor (for the tests): "patient.name" or "patient.birthDate".
    public var focusedField: String { focus == 0 ? "patient.name" : "patient.birthDate" }

    private mutating func move(by delta: Int) {
        let all = StepID.allCases
        let index = (all.firstIndex(of: step) ?? 0) + delta
        step = all[max(0, min(all.count - 1, index))]
    }

    /// The field being left: its answer goes into the record and out as a commit, if it changed.
    private mutating func commitFocused() -> [ShellScreenEffect] {
        guard step == .patient else { return [] }
        var patient = record.patient ?? Patient()
        if focus == 0 {
            let new = nameEditor.text.isEmpty ? nil : nameEditor.text
            guard new != patient.name else { return [] }
            let change = FieldChange(field: "patient.name", oldValue: patient.name, newValue: new)
            patient.name = new
            record.patient = patient
            return [.commit(change)]
        }
        let text = birthDateEditor.text
        let new = CalendarDate(iso: text)
        if !text.isEmpty && new == nil {
            message = "Date of birth: not a date. Type it as YYYY-MM-DD, for example 1950-03-31."
            return []
        }
        guard new != patient.birthDate else { return [] }
        let change = FieldChange(field: "patient.birthDate", oldValue: patient.birthDate?.description,
                                  newValue: new?.description)
        patient.birthDate = new
        record.patient = patient
        return [.commit(change)]
    }

    public func render(size: Size) -> Screen {
        var screen = Screen(size: size)
        let title = QuestionnaireDefinition.intake.step(step)?.title() ?? step.rawValue
        screen.write("Step \(step.number) of \(StepID.allCases.count): \(title)", at: Position(row: 0, column: 1), role: .label)
        switch step {
        case .patient:
            drawField("Name", nameEditor, row: 2, focused: focus == 0, on: &screen)
            drawField("Date of birth", birthDateEditor, row: 4, focused: focus == 1, on: &screen)
            screen.write("Visit date      \(record.visitDate?.description ?? "-")", at: Position(row: 6, column: 1), role: .text)
        case .summary:
            screen.write("Name            \(record.patient?.name ?? "-")", at: Position(row: 2, column: 1), role: .text)
            screen.write("Date of birth   \(record.patient?.birthDate?.description ?? "-")",
                         at: Position(row: 3, column: 1), role: .text)
            screen.write("Visit date      \(record.visitDate?.description ?? "-")", at: Position(row: 4, column: 1), role: .text)
            screen.write("Decision support for clinicians, never a diagnosis.", at: Position(row: 6, column: 1), role: .muted)
            screen.cursor = Position(row: 2, column: 17)
        default:
            screen.write("(This step is on the full intake screens.)", at: Position(row: 2, column: 1), role: .muted)
            screen.cursor = Position(row: 2, column: 1)
        }
        if let message { screen.write(message, at: Position(row: size.height - 2, column: 1), role: .error) }
        let keys = step == .summary ? "F5 Print  F10 Finish  PgUp Previous" : "Tab Next field  PgDn Next step  F2 Save  F10 Finish"
        screen.write(keys, at: Position(row: size.height - 1, column: 1), role: .muted)
        return screen
    }

    private func drawField(_ caption: String, _ editor: LineEditor, row: Int, focused: Bool, on screen: inout Screen) {
        screen.write(caption, at: Position(row: row, column: 1), role: .label)
        let width = max(10, min(40, screen.size.width - 18))
        screen.fill(Rect(row: row, column: 17, width: width, height: 1), role: focused ? .focus : .text)
        let (shown, cursor) = editor.visible(width: width)
        screen.write(shown, at: Position(row: row, column: 17), role: focused ? .focus : .text)
        if focused { screen.cursor = Position(row: row, column: 17 + cursor) }
    }
}
