import Testing
@testable import TerminalUI

@Suite("Form: focus, editing, errors")
struct FormViewTests {
    @Test("the first focused field is the name, with the cursor inside its box")
    func firstFocus() {
        let p = Sample.pilot()
        #expect(p.model.form.focusedField?.id == "name")
        #expect(p.cursor == Position(row: 2, column: 26))
        #expect(p.text.contains("> Full name"))
    }

    @Test("the tuibench key script fills the form as a user would")
    func benchScript() {
        var p = Sample.pilot()
        p.type("JohnSmithX")
        p.press(.tab); p.type("1990-01-31")
        p.press(.tab, .character(" "), .down, .down, .down, .character(" "), .tab, .character(" "), .tab)
        p.type("72")
        p.press(.tab)
        let f = p.model.form
        #expect(f.value(of: "name") == .text("JohnSmithX"))
        #expect(f.value(of: "dob") == .text("1990-01-31"))
        #expect(f.value(of: "conditions") == .checked([0, 3]))
        #expect(f.value(of: "insured") == .choice(0))
        #expect(f.value(of: "weight") == .quantity("72", unit: "kg"))
        #expect(f.focusedField?.id == "phone")
        #expect(f.errors.isEmpty)
    }

    @Test("leaving a bad date shows an inline error naming the field and the format, and keeps the text")
    func dateError() {
        var p = Sample.pilot()
        p.press(.tab); p.type("1990-02-30"); p.press(.tab)
        #expect(p.text.contains("! Date of birth: not a date. Type it as YYYY-MM-DD"))
        #expect(p.model.form.value(of: "dob") == .text("1990-02-30"))
        #expect(p.model.form.focusedField?.id == "conditions") // never trapped
        p.press(.backTab, .backspace, .backspace); p.type("28"); p.press(.tab)
        #expect(!p.text.contains("not a date"))
    }

    @Test("Space switches the unit and the range check follows the unit")
    func unitSwitch() {
        var p = Sample.pilot()
        p.model.form.focus(on: "weight")
        p.type("150")
        p.press(.character(" "))
        #expect(p.model.form.value(of: "weight") == .quantity("150", unit: "lb"))
        #expect(p.text.contains("150") && p.text.contains("(lb)"))
        p.press(.character(" "), .tab)
        #expect(p.model.form.errors["weight"] == nil)
        p.press(.backTab, .control("u")); p.type("400"); p.press(.tab)
        #expect(p.model.form.errors["weight"] == "Weight: must be from 20 to 300 kg (44 to 660 lb).")
    }

    @Test("finishing with errors jumps to the first one and does not finish")
    func finishJumps() {
        var p = Sample.pilot()
        p.press(.tab, .tab, .tab)
        p.press(.function(10))
        #expect(!p.model.isFinished)
        #expect(p.model.form.focusedField?.id == "name")
        #expect(p.text.contains("! Full name: this answer is needed."))
        p.type("Ann Lee"); p.press(.control("x"))
        #expect(p.model.isFinished && p.model.isCompleted)
    }

    @Test("Esc cancels the edit of the focused field and never quits")
    func escapeCancels() {
        var p = Sample.pilot()
        p.type("Ann"); p.press(.tab); p.press(.backTab)
        p.type(" Lee")
        p.press(.escape)
        #expect(p.model.form.value(of: "name") == .text("Ann"))
        p.press(.escape, .escape)
        #expect(!p.model.isFinished)
    }

    @Test("F-key alternatives: Ctrl-G and Esc 1 open help; Esc or Enter close it")
    func helpAlternatives() {
        var p = Sample.pilot()
        p.press(.control("g"))
        #expect(p.text.contains("As on the ID card."))
        #expect(p.text.contains("Ctrl-X"))
        p.press(.escape)
        #expect(!p.text.contains("As on the ID card."))
        p.feed(bytes: [0x1B, 0x31])
        #expect(p.model.form.isShowingHelp)
        p.press(.enter)
        #expect(!p.model.form.isShowingHelp)
    }

    @Test("Ctrl-F jumps to a field by part of its caption")
    func jump() {
        var p = Sample.pilot()
        p.press(.control("f")); p.type("phon"); p.press(.enter)
        #expect(p.model.form.focusedField?.id == "phone")
    }

    @Test("save, print and step keys reach the app as commands")
    func commands() {
        var p = Sample.pilot()
        p.press(.function(2), .control("s"), .function(5), .control("n"), .control("p"))
        #expect(p.effects == [.command(.save), .command(.save), .command(.print), .command(.nextStep), .command(.previousStep)])
    }

    @Test("a modal alert takes every key until it is acknowledged with Enter")
    func alert() {
        var p = Sample.pilot()
        p.model.form.alert = Alert(id: "urgent", title: "EMERGENCY", message: "Go to the front desk now.", role: .urgent)
        p.type("x"); p.press(.escape, .tab)
        #expect(p.model.form.alert != nil)
        #expect(p.model.form.value(of: "name") == .empty)
        #expect(p.text.contains("Go to the front desk now."))
        p.press(.enter)
        #expect(p.effects.last == .alertClosed(alertID: "urgent"))
        #expect(p.model.form.alert == nil)
    }

    @Test("a long form scrolls to keep the focused field visible, and PgDn scrolls before it moves on")
    func scrolling() {
        var p = Pilot(FormApp(form: Sample.longForm()))
        for _ in 0..<25 { p.press(.tab) }
        #expect(p.text.contains("Field 26"))
        #expect(!p.text.contains("Field 1 "))
        #expect(p.cursor?.row ?? 0 < 22)
        p.press(.home) // home inside the text field: no scroll change
        var q = Pilot(FormApp(form: Sample.longForm()))
        q.press(.pageDown)
        #expect(q.effects.isEmpty)
        #expect(q.text.contains("Field 25"))
        q.press(.pageDown, .pageDown)
        #expect(q.effects.last == .command(.nextStep))
    }
}
