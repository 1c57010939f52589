import Catalog
import Testing
@testable import TerminalUI

@Suite("Choice shortcut letters that do not collide")
struct ChoiceShortcutTests {
    let strings = Catalog(.english)

    func chosen(_ field: ChoiceField, typing letter: Character) -> Int? {
        var field = field
        guard field.handle(.character(letter), strings: strings) == .changed else { return nil }
        return field.selected
    }

    @Test("Spanish yes/no/don't know (Sí, No, No sé): S, N and O each choose their own option")
    func spanishYesNoUnknown() {
        let field = ChoiceField.yesNoUnknown(id: "x", caption: "¿Fuma?", strings: Catalog(.spanish))
        #expect(field.options == ["Sí", "No", "No sé"])
        #expect(ChoiceField.shortcutLetters(field.options) == ["s", "n", "o"])
        #expect(chosen(field, typing: "S") == 0)
        #expect(chosen(field, typing: "s") == 0)
        #expect(chosen(field, typing: "n") == 1)
        #expect(chosen(field, typing: "o") == 2, "'No sé' is reachable by a letter, not hidden behind 'No'")
        #expect(chosen(field, typing: "y") == nil)
    }

    @Test("a later option sharing a first letter takes the initial of its next word, then a free letter")
    func collidingOptions() {
        #expect(ChoiceField.shortcutLetters(["Never", "Now and then", "Nightly"]) == ["n", "a", "i"])
        #expect(ChoiceField.shortcutLetters(["Dolor de espalda", "Dolor de pierna", "Debilidad"]) == ["d", "p", "e"])
        #expect(ChoiceField.shortcutLetters(["Ácido", "acción"]) == ["a", "c"], "accents fold: Á and a are one letter")
    }

    @Test("options with distinct first letters keep them, whatever comes later in the list")
    func distinctFirstLettersKept() {
        #expect(ChoiceField.shortcutLetters(["Yes", "No", "Unknown"]) == ["y", "n", "u"])
        // "Not sure" may not take "s" before "Sometimes" had its own first letter
        #expect(ChoiceField.shortcutLetters(["No", "Not sure", "Sometimes"]) == ["n", "o", "s"])
    }

    @Test("letter aliases choose an option (a Spanish S on English Yes/No), an option's own letter wins")
    func aliases() {
        var field = ChoiceField.yesNoUnknown(id: "x", caption: "Smoker", strings: strings)
        #expect(chosen(field, typing: "s") == nil, "in English S does nothing")
        field.letterAliases = ["s": 0, "n": 1, "u": 0]
        #expect(chosen(field, typing: "S") == 0)
        #expect(chosen(field, typing: "y") == 0)
        #expect(chosen(field, typing: "u") == 2, "the option's own letter wins over an alias")
    }
}
