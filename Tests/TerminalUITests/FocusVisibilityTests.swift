import Catalog
import Testing
@testable import TerminalUI

/// The focused field and the focused option are always on screen, under the cursor, and drawn as a
/// reverse-video bar (what whiptail and huh do), whatever the terminal's height.
@Suite("Focus: always visible, always highlighted")
struct FocusVisibilityTests {
    static let options = (1...40).map { "Option \($0)" }

    /// A name, a 40-option checklist (taller than any screen here) and a phone number.
    static func pilot(size: Size) -> Pilot<FormApp> {
        let fields: [any FormField] = [
            TextField(id: "name", caption: "Full name", boxWidth: 20),
            ChecklistField(id: "conditions", caption: "Conditions", options: options),
            TextField(id: "phone", caption: "Phone", boxWidth: 20),
        ]
        return Pilot(FormApp(form: FormView(title: "Focus", fields: fields, size: size)), size: size)
    }

    /// The row showing `text`, if any.
    static func row(of text: String, in screen: Screen) -> Int? {
        (0..<screen.size.height).first { screen.line($0).contains(text) }
    }

    static func isReverse(_ role: Role?) -> Bool { role.map { Theme.builtIn.style($0).reverse } ?? false }

    @Test("30 x Down in a long checklist, then Space: the ticked option is on screen, under the cursor, in a reverse bar",
          arguments: [Size(width: 80, height: 24), Size(width: 60, height: 16)])
    func checklistOptionScrolledIntoView(size: Size) throws {
        var p = Self.pilot(size: size)
        p.press(.tab)
        for _ in 0..<30 { p.press(.down) }
        p.press(.character(" "))
        #expect(p.model.form.value(of: "conditions") == .checked([30]))
        let row = try #require(Self.row(of: "[x] Option 31", in: p.screen), "the ticked option is not on screen:\n\(p.text)")
        #expect(p.cursor?.row == row)
        // the bar runs across the mark and the text, as wide as the widest option
        let start = try #require(p.screen.line(row).range(of: "[x] Option 31")).lowerBound.utf16Offset(in: p.screen.line(row))
        #expect((start..<start + 13).allSatisfy { Self.isReverse(p.screen[row, $0].role) })
        #expect(!Self.isReverse(p.screen[row, start + 13].role))
        // only that row: the option above is plain
        #expect(!Self.isReverse(p.screen.role(of: "Option 30")))
    }

    @Test("moving back up the checklist keeps the focused option on screen, and the question shows again at the top")
    func checklistBackUp() throws {
        var p = Self.pilot(size: Size(width: 60, height: 16))
        p.press(.tab)
        for _ in 0..<39 { p.press(.down) }
        #expect(Self.row(of: "Option 40", in: p.screen) != nil)
        for expected in stride(from: 39, through: 1, by: -1) {
            p.press(.up)
            let row = Self.row(of: "] Option \(expected)", in: p.screen)
            #expect(row != nil && p.cursor?.row == row, "Option \(expected) is not under the cursor")
        }
        #expect(p.text.contains("Conditions"))
    }

    @Test("a focused text field gets the bar on its caption; a field without focus has none")
    func textFieldCaptionBar() {
        var p = Self.pilot(size: Size(width: 80, height: 24))
        #expect(Self.isReverse(p.screen.role(of: "Full name")))
        #expect(!Self.isReverse(p.screen.role(of: "Conditions")))
        p.press(.tab)
        #expect(!Self.isReverse(p.screen.role(of: "Full name")))
        #expect(Self.isReverse(p.screen.role(of: "] Option 1")))
    }

    @Test("choices and list rows draw the highlighted option as a bar only while focused")
    func optionBars() {
        let strings = Catalog()
        var screen = Screen(size: Size(width: 40, height: 6))
        let choice = ChoiceField(id: "c", caption: "C", options: ["Red", "Green", "Blue"], selected: 1)
        let focused = RenderContext(origin: Position(row: 0, column: 0), width: 30, clip: screen.bounds, focused: true, strings: strings)
        choice.render(into: &screen, context: focused)
        #expect(Self.isReverse(screen.role(of: "(*) Green")))
        #expect((0..<9).allSatisfy { Self.isReverse(screen[1, $0].role) })  // as wide as the widest option
        #expect(!Self.isReverse(screen[1, 9].role))
        #expect(!Self.isReverse(screen.role(of: "( ) Red")))
        #expect(screen.cursor?.row == 1)

        var plain = Screen(size: Size(width: 40, height: 6))
        var unfocused = focused
        unfocused.focused = false
        choice.render(into: &plain, context: unfocused)
        #expect(!Self.isReverse(plain.role(of: "(*) Green")))

        var list = ListEditorField(id: "l", caption: "L", rows: ["aspirin", "ibuprofen"])
        _ = list.handle(.up, strings: strings)
        var rows = Screen(size: Size(width: 40, height: 6))
        list.render(into: &rows, context: focused)
        #expect(Self.isReverse(rows.role(of: "2. ibuprofen")))
        #expect(!Self.isReverse(rows.role(of: "1. aspirin")))
    }

    @Test("the status bar leaves out whole hints that do not fit instead of cutting one")
    func statusBarWholeHints() {
        var screen = Screen(size: Size(width: 40, height: 1))
        StatusBar(commands: [.help, .save], extra: [KeyHint("Space", .uiKeyChoose), KeyHint("Ctrl-D", .uiKeyRemove)])
            .render(into: &screen, row: 0, strings: Catalog())
        #expect(screen.line(0) == " F1 Help  F2 Save  Space Choose")
    }
}
