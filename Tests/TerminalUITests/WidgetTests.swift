import Catalog
import Testing
@testable import TerminalUI
import PlainText

@Suite("Widgets")
struct WidgetTests {
    let strings = Catalog()

    @Test("list editor: type-ahead picks a suggestion, rows can be edited, removed and reordered")
    func listEditor() {
        var list = ListEditorField(id: "meds", caption: "Medications", suggest: { p in
            ["Alendronate", "Alfacalcidol", "Prednisolone"].filter { $0.lowercased().hasPrefix(p.lowercased()) }
        })
        for c in "al" { _ = list.handle(.character(c), strings: strings) }
        #expect(list.suggestions == ["Alendronate", "Alfacalcidol"])
        _ = list.handle(.down, strings: strings); _ = list.handle(.down, strings: strings)
        #expect(list.handle(.enter, strings: strings) == .changed)
        for c in "Pred 5 mg" { _ = list.handle(.character(c), strings: strings) }
        _ = list.handle(.enter, strings: strings)
        #expect(list.rows == ["Alfacalcidol", "Pred 5 mg"])
        _ = list.handle(.up, strings: strings) // to the last row
        _ = list.handle(.character("["), strings: strings)
        #expect(list.rows == ["Pred 5 mg", "Alfacalcidol"])
        _ = list.handle(.enter, strings: strings) // edit row 1: back on the input line
        #expect(list.input.text == "Pred 5 mg" && list.rows == ["Alfacalcidol"])
        _ = list.handle(.backspace, strings: strings); _ = list.handle(.character("0"), strings: strings)
        _ = list.handle(.enter, strings: strings)
        _ = list.handle(.up, strings: strings); _ = list.handle(.delete, strings: strings)
        #expect(list.rows == ["Alfacalcidol"])
        #expect(list.handle(.enter, strings: strings) == .next) // empty input: move on
    }

    @Test("scale: arrows, digits (1 then 0 is 10), ends, and a bar that shows the value")
    func scale() {
        var s = ScaleField(id: "pain", caption: "Pain")
        _ = s.handle(.right, strings: strings); _ = s.handle(.right, strings: strings)
        #expect(s.selected == 1)
        _ = s.handle(.character("1"), strings: strings); _ = s.handle(.character("0"), strings: strings)
        #expect(s.selected == 10)
        _ = s.handle(.character("6"), strings: strings)
        #expect(s.selected == 6)
        var screen = Screen(size: Size(width: 30, height: 1))
        s.render(into: &screen, context: RenderContext(origin: Position(row: 0, column: 0), width: 30, clip: screen.bounds, focused: true, strings: strings))
        #expect(screen.line(0) == "[######----]  6 / 10")
        _ = s.handle(.end, strings: strings)
        #expect(s.selected == 10)
    }

    @Test("choice: the first letter chooses, arrows stay inside a row, Enter on the chosen option moves on")
    func choice() {
        var c = ChoiceField.yesNoUnknown(id: "x", caption: "Insured", strings: strings)
        #expect(c.handle(.character("u"), strings: strings) == .changed)
        #expect(c.selected == 2)
        #expect(c.handle(.right, strings: strings) == .handled)
        #expect(c.handle(.up, strings: strings) == .ignored)
        #expect(c.handle(.enter, strings: strings) == .next)
    }

    @Test("checklist: Up at the first option and Down at the last pass to the form")
    func checklistEdges() {
        var c = ChecklistField(id: "c", caption: "C", options: ["a", "b"])
        #expect(c.handle(.up, strings: strings) == .ignored)
        #expect(c.handle(.down, strings: strings) == .handled)
        #expect(c.handle(.down, strings: strings) == .ignored)
    }

    @Test("text view wraps words, scrolls, and passes Down on at its end")
    func textView() {
        var t = TextView(id: "t", text: "one two three four five six seven eight nine ten", visibleRows: 2)
        t.wrapWidth = 10
        #expect(TextWrap.lines(t.text, width: 10) == ["one two", "three four", "five six", "seven", "eight nine", "ten"])
        #expect(t.handle(.pageDown, strings: strings) == .handled)
        _ = t.handle(.end, strings: strings)
        #expect(t.top == 4)
        #expect(t.handle(.down, strings: strings) == .ignored)
    }

    @Test("dates: leap years and month lengths are checked")
    func dates() {
        #expect(DateField.parse("2024-02-29") != nil)
        #expect(DateField.parse("2023-02-29") == nil)
        #expect(DateField.parse("1950-13-01") == nil)
        #expect(DateField.parse("1950-3-1") == nil)
        #expect(DateField.parse("１９５０-03-01") == nil)
    }

    @Test("numbers: digits with one optional decimal point only")
    func numbers() {
        #expect(NumberField.isWellFormed("72.5", allowsDecimals: true))
        #expect(!NumberField.isWellFormed("72.5", allowsDecimals: false))
        #expect(!NumberField.isWellFormed("-3", allowsDecimals: true))
        #expect(!NumberField.isWellFormed("1e3", allowsDecimals: true))
        #expect(!NumberField.isWellFormed("7.", allowsDecimals: true))
    }

    @Test("the keys table has an alternative for every function key")
    func keysTable() {
        for b in KeyTable.bindings where b.keys.contains(where: { if case .function = $0 { true } else { false } }) {
            #expect(b.keyNames.count >= 2, "\(b.command) needs a Ctrl or Esc alternative")
        }
        #expect(KeyTable.command(for: .function(10)) == .finish)
        #expect(KeyTable.command(for: .control("x")) == .finish)
        #expect(KeyTable.command(for: .control("g")) == .help)
    }
}
