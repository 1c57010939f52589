import Catalog
import Foundation
import TerminalUI
import PlainText

/// The first screen of `intake kiosk`, before any question: the patient chooses the language of
/// their intake. Each language is written in its own words ("English", "Español") and the line
/// that says how to choose is bilingual, since no language is chosen yet. Up/Down (or Left/Right,
/// Tab) move, Enter chooses; E and S choose at once. `intake kiosk --language es` skips it.
public struct KioskLanguageChoice: Sendable, Equatable {
    /// The language the cursor is on.
    public internal(set) var selected: Language

    public init(selected: Language = .english) { self.selected = selected }

    /// The letter that chooses each language at once.
    static func shortcut(_ language: Language) -> Character {
        switch language {
        case .english: "e"
        case .spanish: "s"
        }
    }

    /// One key: the language chosen (Enter, or its letter), or nil while the patient is choosing.
    public mutating func handle(_ key: Key) -> Language? {
        let all = Language.allCases
        let index = all.firstIndex(of: selected) ?? 0
        switch key {
        case .down, .right, .tab: selected = all[(index + 1) % all.count]
        case .up, .left, .backTab: selected = all[(index + all.count - 1) % all.count]
        case .enter: return selected
        case .character(let letter):
            return all.first { String(Self.shortcut($0)) == letter.lowercased() }
        default: break
        }
        return nil
    }

    /// A framed box in the middle of an empty screen, the cursor on the language selected.
    public func render(size: Size) -> Screen {
        var screen = Screen(size: size)
        screen.clearsHistory = true
        let strings = Catalog(.english)  // the texts of this screen are bilingual
        let how = TextWrap.lines(strings(.kioskLanguageHow), width: max(10, min(size.width - 2, 64) - 4))
        let width = max(20, min(size.width - 2, 64))
        let height = min(size.height, Language.allCases.count + how.count + 5)
        let box = Rect(row: max(0, (size.height - height) / 2), column: max(0, (size.width - width) / 2),
                       width: width, height: height)
        ShellBox.frame(on: &screen, box: box, title: strings(.kioskLanguageTitle), role: .label)
        let inner = Rect(row: box.row + 1, column: box.column + 2, width: width - 4, height: max(0, height - 2))
        var row = inner.row + 1
        for language in Language.allCases where row < box.bottom - 1 {
            let isSelected = language == selected
            let line = (isSelected ? "> " : "  ") + "\(language.name)  (\(Self.shortcut(language).uppercased()))"
            screen.write(line, at: Position(row: row, column: inner.column), role: isSelected ? .focus : .label, clip: inner)
            if isSelected { screen.cursor = Position(row: row, column: inner.column + 2) }
            row += 1
        }
        row += 1
        for line in how where row < box.bottom - 1 {
            screen.write(line, at: Position(row: row, column: inner.column), role: .label, clip: inner)
            row += 1
        }
        return screen
    }
}

extension KioskLanguageChoice {
    /// Line mode (`intake kiosk --accessible`): the same choice as one bilingual question, asked
    /// again until a language is given ("1", "e", "English"; "2", "s", "es", "Español"). Nil at
    /// the end of input.
    public static func ask(input: inout some LineReader, output: some LineWriter) -> Language? {
        let strings = Catalog(.english)  // bilingual texts
        output.write(line: Sanitizer.displayLine(strings(.kioskLanguageTitle)))
        while true {
            output.write(line: Sanitizer.displayLine(strings(.kioskLanguageLine)))
            guard let line = input.readLine(for: .language) else { return nil }
            if let language = language(typed: line) { return language }
        }
    }

    /// The language a typed line names, if any: its number, its letter, its tag or its name
    /// (in either language, with or without the accent).
    static func language(typed line: String) -> Language? {
        let typed = line.trimmingCharacters(in: .whitespaces).lowercased()
        let names: [Language: [String]] = [
            .english: ["1", "e", "en", "english", "inglés", "ingles"],
            .spanish: ["2", "s", "es", "español", "espanol", "spanish"],
        ]
        return Language.allCases.first { names[$0]?.contains(typed) ?? false }
    }
}
