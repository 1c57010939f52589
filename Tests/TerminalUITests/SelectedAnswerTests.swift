import Testing
@testable import TerminalUI

/// The cold trial typed 72 into a weight box that held 70 and stored 7072 kg: a field the focus
/// arrives on selects its text, as a browser's form does, so typing replaces the answer shown.
@Suite("A field's text is selected when the focus arrives: typing replaces it")
struct SelectedAnswerTests {
    @Test("Typed after the focus arrives, 72 replaces 70 (not 7072); a second key adds to the new text")
    func typingReplaces() {
        var e = LineEditor(text: "70", maxLength: 8)
        e.selectAll()
        _ = e.handle(.character("7"))
        _ = e.handle(.character("2"))
        #expect(e.text == "72")
    }

    @Test("A paste replaces the selected text too, up to the field's limit")
    func pasteReplaces() {
        var e = LineEditor(text: "Grace", maxLength: 10)
        e.selectAll()
        _ = e.handle(.paste("Ada Lovelace"))
        #expect(e.text == "Ada Lovela")
    }

    @Test("End, Home, Left or Right keep the text to edit it where the cursor goes",
          arguments: [(Key.end, "Grace Hopper"), (.right, "Grace Hopper"), (.home, " HopperGrace"), (.left, "Grac Hoppere")])
    func movingKeeps(key: Key, expected: String) {
        var e = LineEditor(text: "Grace")
        e.selectAll()
        _ = e.handle(key)
        _ = e.handle(.paste(" Hopper"))
        #expect(e.text == expected)
    }

    @Test("Backspace takes the last character, not the whole answer (70 becomes 7)")
    func backspaceTakesOne() {
        var e = LineEditor(text: "70")
        e.selectAll()
        _ = e.handle(.backspace)
        #expect(e.text == "7")
        #expect(!e.isAllSelected)
    }

    @Test("A paste of nothing but control characters leaves the answer as it was")
    func emptyPasteKeeps() {
        var e = LineEditor(text: "70")
        e.selectAll()
        _ = e.handle(.paste("\u{1B}\u{07}"))
        #expect(e.text == "70")
    }

    @Test("An empty field has nothing to select")
    func emptyField() {
        var e = LineEditor()
        e.selectAll()
        #expect(!e.isAllSelected)
    }

    @Test("In a form, Tab onto a filled number field selects it: reverse video and 'End Edit' on the status bar; 72 typed replaces 70")
    func formSelectsOnTab() throws {
        let fields: [any FormField] = [TextField(id: "name", caption: "Name", text: "Ada"),
                                       NumberField(id: "weight", caption: "Weight", text: "70", units: ["kg", "lb"])]
        var pilot = Pilot(FormApp(form: FormView(title: "T", fields: fields)), size: Size(width: 80, height: 24))
        pilot.press(.tab)
        let row = try #require((0..<24).first { pilot.screen.line($0).contains("[70") })
        let column = try #require(pilot.screen.line(row).range(of: "[70").map { pilot.screen.line(row).distance(from: pilot.screen.line(row).startIndex, to: $0.lowerBound) + 1 })
        #expect(Theme.builtIn.style(pilot.screen[row, column].role).reverse, "the selected 70 is in reverse video")
        #expect(pilot.screen.line(23).contains("End Edit"), "\(pilot.screen.line(23))")
        pilot.type("72")
        #expect(pilot.model.form.value(of: "weight") == .quantity("72", unit: "kg"))
        #expect(!pilot.screen.line(23).contains("End Edit"), "the hint goes with the selection")
    }
}
