import Testing
@testable import TerminalUI

/// Whole screens compared with files under Golden/ (`RECORD_GOLDEN=1 swift test` re-records).
@Suite("Golden screens")
struct GoldenScreenTests {
    func filled(size: Size) -> Pilot<FormApp> {
        var form = Sample.form(size: size)
        form.sidePanelTitle = "Summary"
        form.sidePanel = "Nothing to report yet.\nAnswers appear here as they are given."
        var p = Pilot(FormApp(form: form), size: size)
        p.type("José Müller 中文"); p.press(.tab); p.type("1950-13-01"); p.press(.tab, .character(" "), .down, .down)
        return p
    }

    @Test("a filled form at 80x24 with an inline error")
    func form80() {
        Golden.check(filled(size: Size(width: 80, height: 24)).text, named: "form-80x24")
    }

    @Test("the same form at 120x40 grows and shows the side panel")
    func form120() {
        Golden.check(filled(size: Size(width: 120, height: 40)).text, named: "form-120x40")
    }

    @Test("the help screen lists the field help and the keys table")
    func help() {
        var p = filled(size: Size(width: 80, height: 24))
        p.press(.function(1))
        Golden.check(p.text, named: "help-80x24")
    }

    @Test("a modal alert over the form")
    func alert() {
        var p = filled(size: Size(width: 80, height: 24))
        p.model.form.alert = Alert(id: "a", title: "URGENT", message: "Possible spinal cord compression: see a clinician today.", role: .urgent)
        p.press(.character("x"))
        Golden.check(p.text, named: "alert-80x24")
    }

    @Test("below the minimum size only the enlarge notice shows")
    func tooSmall() {
        var p = filled(size: Size(width: 80, height: 24))
        p.resize(to: Size(width: 30, height: 8))
        Golden.check(p.text, named: "too-small-30x8")
    }
}
