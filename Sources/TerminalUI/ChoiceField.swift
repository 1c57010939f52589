import Catalog
/// One answer from a few options: radio buttons `(*) Yes  ( ) No  ( ) Unknown` in a row, or one
/// option per line (a long one wrapped onto lines indented under its text, `OptionLines`).
import Foundation

/// Arrows move, Space or Enter choose, an option's shortcut letter chooses it (`shortcutLetters`:
/// its first letter, or another of its letters where an earlier option took that one).
public struct ChoiceField: FormField {
    public let id: String
    public var caption: String
    public var help: String
    public var options: [String]
    public var selected: Int?
    public var highlighted: Int
    public var isHorizontal: Bool
    public var isRequired: Bool
    /// More letters that choose an option (lower case, accents folded): a Spanish intake's S and
    /// N on a yes/no question. An option's own shortcut letter wins over these.
    public var letterAliases: [Character: Int] = [:]

    public init(id: String, caption: String, help: String = "", options: [String], selected: Int? = nil,
                isHorizontal: Bool = false, isRequired: Bool = false) {
        self.id = id
        self.caption = caption
        self.help = help
        self.options = options
        self.selected = selected
        self.highlighted = selected ?? 0
        self.isHorizontal = isHorizontal
        self.isRequired = isRequired
    }

    /// Yes / No / Unknown in a row, texts from the string table (options 0, 1, 2).
    public static func yesNoUnknown(id: String, caption: String, help: String = "", strings: Catalog,
                                    selected: Int? = nil) -> ChoiceField {
        ChoiceField(id: id, caption: caption, help: help, options: [strings(.uiYes), strings(.uiNo), strings(.uiUnknown)],
                    selected: selected, isHorizontal: true)
    }

    public var value: FieldValue {
        get { selected.map { .choice($0) } ?? .empty }
        set {
            if case .choice(let i) = newValue, options.indices.contains(i) { selected = i; highlighted = i } else { selected = nil }
        }
    }

    public var hints: [KeyHint] { [KeyHint("Space", .uiKeyChoose)] }

    public func height(width: Int) -> Int { isHorizontal ? 1 : max(1, OptionLines(options, width: width).height) }

    /// Stacked: every line of the highlighted option.
    public func focusedRows(width: Int) -> Range<Int> {
        guard !isHorizontal else { return 0..<1 }
        let rows = OptionLines(options, width: width).rows(of: highlighted)
        return rows.isEmpty ? 0..<1 : rows
    }

    public var drawsSelection: Bool { true }

    public mutating func handle(_ key: Key, strings: Catalog) -> FieldOutcome {
        let back: Key = isHorizontal ? .left : .up, forward: Key = isHorizontal ? .right : .down
        switch key {
        case back:
            guard highlighted > 0 else { return isHorizontal ? .handled : .ignored }
            highlighted -= 1; return .handled
        case forward:
            guard highlighted < options.count - 1 else { return isHorizontal ? .handled : .ignored }
            highlighted += 1; return .handled
        case .character(" "), .enter:
            if key == .enter && selected == highlighted { return .next }
            selected = highlighted
            return .changed
        case .character(let c):
            guard let typed = Self.folded(String(c)).first,
                  let i = Self.shortcutLetters(options).firstIndex(of: typed) ?? letterAliases[typed],
                  options.indices.contains(i) else { return .ignored }
            highlighted = i; selected = i
            return .changed
        default: return .ignored
        }
    }

    public func render(into screen: inout Screen, context: RenderContext) {
        if !isHorizontal {
            let layout = OptionLines(options, width: context.width)
            for index in options.indices {
                // the highlighted option is a bar across every line of it
                layout.draw(index, mark: selected == index ? "(*) " : "( ) ", isBar: context.focused && index == highlighted,
                            into: &screen, context: context)
            }
            if options.indices.contains(highlighted) {
                context.placeCursor(&screen, row: layout.tops[highlighted], column: 1)
            }
            return
        }
        var col = 0
        for (i, option) in options.enumerated() {
            let mark = selected == i ? "(*) " : "( ) "
            // options sharing a row: the bar is over the highlighted option alone
            let role: Role = context.focused && i == highlighted ? .selection : .text
            let used = screen.write(mark + option, at: context.at(0, col), role: role, clip: context.clip)
            if i == highlighted { context.placeCursor(&screen, row: 0, column: col + 1) }
            col += used + 2
        }
    }

    public func validate(strings: Catalog) -> String? {
        selected == nil && isRequired ? strings(.uiRequired, ["field": caption]) : nil
    }

    public func lineModeChoices(strings: Catalog) -> [String] { options }

    /// The letter that chooses each option, from the texts shown: first every option takes its
    /// first letter unless an earlier option has it (so options with distinct first letters keep
    /// them), then each option left without one takes the first free initial of its other words,
    /// then the first free letter of its text ("Sí", "No", "No sé": s, n, o). Lower case, accents
    /// folded; nil for an option with no free letter.
    public static func shortcutLetters(_ options: [String]) -> [Character?] {
        let texts = options.map { folded($0).filter { $0.isLetter || $0.isNumber || $0 == " " } }
        var letters: [Character?] = Array(repeating: nil, count: options.count)
        var taken: Set<Character> = []
        for (index, text) in texts.enumerated() {
            if let first = text.first(where: { $0 != " " }), !taken.contains(first) { letters[index] = first; taken.insert(first) }
        }
        for (index, text) in texts.enumerated() where letters[index] == nil {
            let initials = text.split(separator: " ").compactMap(\.first)
            let others = text.filter { $0 != " " }
            if let free = (initials + others).first(where: { !taken.contains($0) }) { letters[index] = free; taken.insert(free) }
        }
        return letters
    }

    /// Lower case without accents: how typed letters and option texts are compared.
    public static func folded(_ text: String) -> String {
        text.folding(options: .diacriticInsensitive, locale: nil).lowercased()
    }

    public mutating func acceptLine(_ line: String, strings: Catalog) -> String? {
        let t = line.trimmingSpaces
        if let n = Int(t), options.indices.contains(n - 1) { selected = n - 1; highlighted = n - 1; return nil }
        if let i = options.firstIndex(where: { $0.lowercased() == t.lowercased() }) { selected = i; highlighted = i; return nil }
        return strings(.uiLineModeChoose)
    }
}
