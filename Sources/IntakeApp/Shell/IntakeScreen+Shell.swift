import Catalog
import Assessment
import Foundation
import IntakeModel
import IntakeStore
import Questionnaire
import TerminalUI

/// The intake screens as the shell drives them: their `SessionEffect`s become the shell's
/// effects (commit an answer, save, print, finish, alert acknowledged, leave).
extension IntakeScreen: ShellRecordScreen {
    public var record: IntakeRecord { session.record }
    public var step: StepID { session.currentStep }

    public mutating func respond(to key: Key) -> [ShellScreenEffect] {
        handle(key).compactMap(Self.shellEffect)
    }

    public var hasPendingAlert: Bool { session.pendingAlert != nil }

    /// The patient's language on the patient's steps, the clinic's on a staff summary.
    public var wordsLanguage: Language? { shownLanguage }

    public var unreadableFields: [String] {
        session.allFields.filter { session.pendingText[$0] != nil }.compactMap {
            session.definition.item(linkId: $0.linkId)?.caption(session.language)
        }
    }

    public func caption(ofField field: String) -> String? {
        guard let address = session.allFields.first(where: { $0.description == field }) else { return nil }
        return session.definition.item(linkId: address.linkId)?.caption(session.language)
    }

    /// The item address a `FieldChange.field` names in `record` (its description), if it has an answer binding.
    func address(ofField field: String, in record: IntakeRecord) -> ItemAddress? {
        guard let address = session.definition.allAddresses(in: record).first(where: { $0.description == field }),
              session.definition.item(linkId: address.linkId)?.binding != nil else { return nil }
        return address
    }

    public func answerText(ofField field: String, in record: IntakeRecord) -> String?? {
        guard let address = address(ofField: field, in: record) else { return nil }
        return .some(session.definition.value(at: address, in: record).map(Self.answerText))
    }

    public func putting(_ field: String, onto record: IntakeRecord) -> IntakeRecord? {
        guard let mine = address(ofField: field, in: session.record), let theirs = address(ofField: field, in: record)
        else { return nil }
        var copy = record
        do {
            try session.definition.set(session.definition.value(at: mine, in: session.record), at: theirs, in: &copy)
        } catch {
            return nil
        }
        return copy
    }

    public func list(ofField field: String) -> ShellList? {
        let definition = session.definition
        let language = session.language
        guard let group = definition.listGroup(ofField: field), let entries = group.entries else { return nil }
        return ShellList(id: group.linkId, caption: group.caption(language),
                         same: { entries.same(in: $0, and: $1) },
                         copying: { entries.copying(from: $0, onto: $1) },
                         words: { definition.listWords(group, in: $0, language: language) })
    }

    @discardableResult
    public mutating func adopt(_ record: IntakeRecord) -> [ShellScreenEffect] {
        guard record != session.record else { return [] }
        // The field under the cursor keeps what the clerk typed in it; one the clerk has not
        // touched shows the other desk's answer, so leaving it never writes the old one back.
        let untouched = focusedFieldShowsStoredAnswer
        session.record = record
        let effects = session.recordChanged()
        showSession()
        if untouched { showStoredAnswerInFocusedField() }
        return effects.compactMap(Self.shellEffect)
    }

    public var isShowingOverlay: Bool {
        form.isShowingHelp || isShowingSummaryHelp || form.jumpEditor != nil || session.pendingAlert != nil
            || session.finishCheck != nil
    }

    public mutating func showStatus(_ status: RecordStatus) { recordStatus = status }

    public mutating func acknowledgeAlert(staffName: String) -> [ShellScreenEffect] {
        acknowledgeAlert(signedInAs: staffName).compactMap(Self.shellEffect)
    }

    public mutating func showUnacknowledgedAlert(acknowledgedRules: Set<String>) -> [ShellScreenEffect] {
        let rules = Set(acknowledgedRules.compactMap(RedFlagRule.init(rawValue:)))
        return session.raiseUnacknowledgedAlert(acknowledged: rules).compactMap(Self.shellEffect)
    }

    /// The screens for a record as the `intake` commands open them (staff, or kiosk for a patient),
    /// in the record's language, else `language` (`--language`).
    /// `language` is the staff's (the clinic's, or `--language`): the summary speaks it, and so do
    /// the patient's steps until the record names the patient's language.
    public static func shellFactory(clock: any ShellClock, dateConvention: DateConvention = .yearMonthDay,
                                    language: Language = .english) -> ShellScreenFactory {
        { record, step, kiosk in
            let session = IntakeSession(record: record, clock: ShellSessionClock(clock: clock),
                                        mode: kiosk ? .kiosk : .staff, step: step, language: language,
                                        dateConvention: dateConvention)
            return IntakeScreen(session: session, staffLanguage: language)
        }
    }

    /// The shell's effect for a session effect (nil: nothing for the shell to do).
    public static func shellEffect(_ effect: SessionEffect) -> ShellScreenEffect? {
        switch effect {
        case .saveAnswer(let change):
            return .commit(FieldChange(field: change.address.description,
                                                    oldValue: change.oldValue.map(answerText),
                                                    newValue: change.newValue.map(answerText)))
        case .entryAdded(let group, let index):
            return .commit(FieldChange(field: "\(group)[\(index)]", oldValue: nil, newValue: "added"))
        case .entryRemoved(let group, let index):
            return .commit(FieldChange(field: "\(group)[\(index)]", oldValue: "removed", newValue: nil))
        case .alertAcknowledged(let alert, let staffName):
            return .alertAcknowledged(rules: alert.rules.map(\.rawValue), staffName: staffName)
        case .audit(.alertShown(let rules)): return .alertShown(rules: rules.map(\.rawValue))
        case .alertNeedsStaff: return .staffNeededForAlert
        case .saveNow: return .saveNow
        case .print: return .print
        case .finish: return .finish
        case .handOver: return .handOver
        case .exit: return .leave
        case .audit, .showAlert: return nil
        }
    }

    /// An answer as the audit trail writes it: ISO dates, codes, numbers with their unit.
    static func answerText(_ value: AnswerValue) -> String {
        switch value {
        case .string(let s): return s
        case .date(let d): return d.description
        case .integer(let i): return String(i)
        case .decimal(let d): return String(d)
        case .quantity(let v, let unit): return "\(v) \(unit)"
        case .boolean(let b): return b ? "true" : "false"
        case .code(let c): return c
        case .codes(let cs): return cs.joined(separator: ",")
        }
    }
}

/// Today's date for a new intake, read from the shell's (injected) clock.
struct ShellSessionClock: IntakeSessionClock {
    let clock: any ShellClock
    func today() -> CalendarDate { clock.today() }
}

extension IntakeScreen {
    /// Moves to an audited field ("patient.birthDate", "medications.route[2]") on its step,
    /// without validating the field left (nothing was typed yet). False when it is not shown.
    public mutating func focus(onField field: String) -> Bool {
        guard session.focus(onAuditField: field) else { return false }
        showSession()
        return true
    }
}

extension IntakeScreen {
    /// The focused answer field: its index in the form and the value its box shows when it holds
    /// the session's answer (nothing typed in it); nil for a heading or a group.
    private var focusedAnswerField: (index: Int, stored: FieldValue)? {
        guard let focus = session.focus, let item = session.definition.item(linkId: focus.linkId), !item.type.isGroup,
              let index = form.fields.firstIndex(where: { $0.id == IntakeFieldFactory.fieldID(focus) }) else { return nil }
        return (index, factory.fieldValue(at: focus, in: session, for: item))
    }

    /// The focused field's box holds the session's answer (nothing typed in it yet).
    var focusedFieldShowsStoredAnswer: Bool {
        guard let focus = session.focus, session.pendingText[focus] == nil, let field = focusedAnswerField else { return false }
        return form.fields[field.index].value == field.stored
    }

    /// Puts the session's answer in the focused field's box.
    mutating func showStoredAnswerInFocusedField() {
        guard let field = focusedAnswerField else { return }
        form.fields[field.index].value = field.stored
    }
}
