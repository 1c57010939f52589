import Catalog
import IntakeApp
import IntakeModel
import Questionnaire
import TerminalUI

typealias ScreenTypist = KeyboardTypist

extension KeyboardTypist {
    /// Opens a screen on a stored record (a resumed draft) on a step.
    /// `staffLanguage` is the clinic's, in which staff read the summary (nil: English).
    init(resuming record: IntakeRecord, step: StepID = .patient, size: Size = Size(width: 80, height: 24),
         mode: SessionMode = .staff, staffLanguage: Language? = nil) {
        let session = IntakeSession(record: record, clock: FixedIntakeClock(record.visitDate!), mode: mode, step: step)
        self.init(screen: IntakeScreen(session: session, size: size, staffLanguage: staffLanguage), target: record)
    }

    /// Ctrl-F, the whole caption of the item, Enter: the ScreenMan-style jump.
    mutating func jump(to linkId: String) {
        // the caption in the intake's language; another caption may contain this one ("Sex" in "problems with sex"): jump again
        let caption = QuestionnaireDefinition.intake.item(linkId: linkId)!.caption(session.language)
        for _ in 0..<4 where session.focus?.linkId != linkId {
            press(.control("f"))
            type(caption)
            press(.enter)
        }
    }

    /// Jumps to a choice (or yes/no) item and picks option `index` with the arrows and Space.
    mutating func pick(_ index: Int, for linkId: String) {
        jump(to: linkId)
        guard let choice = screen.focusedField as? ChoiceField else { return }
        let forward: Key = choice.isHorizontal ? .right : .down, back: Key = choice.isHorizontal ? .left : .up
        press(Array(repeating: index > choice.highlighted ? forward : back, count: abs(index - choice.highlighted)))
        press(.character(" "))
    }

    /// Jumps to a checklist item and ticks the option with this code.
    mutating func tick(_ code: String, for linkId: String) {
        jump(to: linkId)
        guard let list = screen.focusedField as? ChecklistField,
              let index = QuestionnaireDefinition.intake.item(linkId: linkId)!.options.firstIndex(where: { $0.code == code })
        else { return }
        press(Array(repeating: index > list.highlighted ? Key.down : Key.up, count: abs(index - list.highlighted)))
        press(.character(" "))
    }

    /// Jumps to a typed field, clears it and types the text (it reaches the record on leaving).
    mutating func fill(_ linkId: String, with text: String) {
        jump(to: linkId)
        press(.end, .control("u"))
        type(text)
    }
}

extension Pilot where Model == IntakeScreen {
    /// Tab from Preferred language, the Patient step's first question, onto the name.
    mutating func pastPreferredLanguage() { press(.tab) }
}
