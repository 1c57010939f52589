import Catalog
import Testing
@testable import TerminalUI
import PlainText

/// Long options are wrapped onto lines indented under their text, never cut; the focused one is a
/// reverse bar over all its lines and is scrolled into view whole.
@Suite("Options wrap instead of being cut")
struct OptionWrapTests {
    /// 60 characters: more than a 40-column widget leaves after the 4-column mark.
    static let long = "No periods for 12 months or more (after natural menopause ok)"
    static let strings = Catalog()

    static func isReverse(_ role: Role?) -> Bool { role.map { Theme.builtIn.style($0).reverse } ?? false }

    static func context(_ screen: Screen, width: Int = 40, focused: Bool = true) -> RenderContext {
        RenderContext(origin: Position(row: 0, column: 0), width: width, clip: screen.bounds, focused: focused, strings: strings)
    }

    /// Every cell of `row` from `start` for `count` columns is in reverse video.
    static func reverseRun(_ screen: Screen, row: Int, from start: Int, count: Int) -> Bool {
        (start..<start + count).allSatisfy { isReverse(screen[row, $0].role) }
    }

    @Test("a 60-character option at width 40 takes 2 lines, the second indented under the text, nothing cut")
    func choiceWraps() throws {
        #expect(Self.long.count == 61)
        var choice = ChoiceField(id: "c", caption: "C", options: ["Still having periods", Self.long, "Not sure"])
        #expect(choice.height(width: 40) == 4)
        _ = choice.handle(.down, strings: Self.strings)  // the long option is highlighted
        #expect(choice.focusedRows(width: 40) == 1..<3)
        var screen = Screen(size: Size(width: 50, height: 6))
        choice.render(into: &screen, context: Self.context(screen))
        #expect(screen.line(0).hasPrefix("( ) Still having periods"))
        let first = screen.line(1), second = screen.line(2)
        #expect(first.hasPrefix("( ) No periods for 12 months or more"))
        #expect(second.hasPrefix("    "), "the continuation is indented under the text")
        let joined = String(first.dropFirst(4)).trimmingSpaces + " " + String(second.dropFirst(4)).trimmingSpaces
        #expect(joined == Self.long, "nothing of the option is cut")
        #expect(first.count <= 40 && second.count <= 40)
        #expect(screen.line(3).hasPrefix("( ) Not sure"))
        // the focused option is a bar over both its lines, as wide as the widest line; the cursor on its mark
        let barOverBoth = Self.reverseRun(screen, row: 1, from: 0, count: first.count)
            && Self.reverseRun(screen, row: 2, from: 0, count: first.count)
        #expect(barOverBoth, "the bar covers both lines of the focused option")
        #expect(!Self.isReverse(screen[0, 4].role) && !Self.isReverse(screen[3, 4].role))
        #expect(screen.cursor == Position(row: 1, column: 1))
    }

    @Test("a long checklist option wraps the same way and its bar covers all its lines")
    func checklistWraps() throws {
        let option = "Swallowing problem of the gullet (stricture, achalasia)"
        var list = ChecklistField(id: "l", caption: "L", options: ["Kidney stones", option, "None"], checked: [1])
        #expect(list.height(width: 40) == 4)
        _ = list.handle(.down, strings: Self.strings)
        var screen = Screen(size: Size(width: 50, height: 6))
        list.render(into: &screen, context: Self.context(screen))
        #expect(screen.line(1).hasPrefix("[x] Swallowing problem of the gullet"))
        #expect(screen.line(2).hasPrefix("    "))
        let joined = String(screen.line(1).dropFirst(4)).trimmingSpaces + " " + String(screen.line(2).dropFirst(4)).trimmingSpaces
        #expect(joined == option)
        let barOverBoth = Self.reverseRun(screen, row: 1, from: 0, count: screen.line(1).count)
            && Self.reverseRun(screen, row: 2, from: 0, count: screen.line(1).count)
        #expect(barOverBoth, "the bar covers both lines of the focused option")
        #expect(!Self.isReverse(screen[3, 4].role))
        #expect(screen.line(3).hasPrefix("[ ] None"))
    }

    @Test("options that fit take one line each and keep their bar as wide as the widest option")
    func shortOptionsUnchanged() {
        let choice = ChoiceField(id: "c", caption: "C", options: ["Red", "Green"], selected: 1)
        #expect(choice.height(width: 40) == 2)
        #expect(choice.focusedRows(width: 40) == 1..<2)
    }

    @Test("in a short form the focused wrapped option is scrolled into view with all its lines, highlighted",
          arguments: [Size(width: 60, height: 16), Size(width: 80, height: 24)])
    func wrappedOptionScrolledIntoView(size: Size) throws {
        let options = (1...12).map { "Option \($0)" } + [Self.long + " and more words at the very end of it", Self.long]
        let fields: [any FormField] = [
            TextField(id: "name", caption: "Full name", boxWidth: 20),
            ChecklistField(id: "list", caption: "Conditions", options: options),
        ]
        var p = Pilot(FormApp(form: FormView(title: "Wrap", fields: fields, size: size)), size: size)
        p.press(.tab)
        for _ in 0..<12 { p.press(.down) }
        let layout = FormLayout(form: p.model.form, size: size)
        let wrapped = TextWrap.lines(options[12], width: layout.widgetWidth - 4)
        #expect(wrapped.count >= 2, "the option is wider than the widget: \(layout.widgetWidth)")
        let top = try #require((0..<size.height).first { p.screen.line($0).contains("[ ] " + wrapped[0]) },
                               "the focused option is not on screen:\n\(p.text)")
        #expect(p.cursor?.row == top)
        for (offset, line) in wrapped.enumerated() {
            let row = top + offset
            #expect(row < size.height - 2, "line \(offset + 1) of the focused option is below the form:\n\(p.text)")
            #expect(p.screen.line(row).contains(line))
            let column = layout.widgetColumn + 4
            let highlighted = Self.reverseRun(p.screen, row: row, from: column, count: DisplayWidth.of(line))
            #expect(highlighted, "line \(offset + 1) of the focused option is not highlighted")
        }
    }
}
