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

    @Test("the Spanish yes/no/don't know of the catalog: each option has its own letter, and that letter chooses it")
    func spanishYesNoUnknown() throws {
        let spanish = Catalog(.spanish)
        let field = ChoiceField.yesNoUnknown(id: "x", caption: "¿Fuma?", strings: spanish)
        #expect(field.options == [spanish(.uiYes), spanish(.uiNo), spanish(.uiUnknown)])
        #expect(field.options != [strings(.uiYes), strings(.uiNo), strings(.uiUnknown)], "the Spanish words, not the English")
        let letters = ChoiceField.shortcutLetters(field.options)
        #expect(Set(letters.compactMap { $0 }).count == field.options.count, "distinct letters: \(letters)")
        for (index, letter) in letters.enumerated() {
            let letter = try #require(letter, "\(field.options[index]) has no letter")
            #expect(chosen(field, typing: letter) == index, "\(letter) chooses \(field.options[index])")
            #expect(chosen(field, typing: Character(letter.uppercased())) == index, "upper case too")
        }
        #expect(letters.first == "s", "Sí answers to S")
        #expect(chosen(field, typing: "y") == nil)
    }

    @Test("Sí, No, No sé: S, N and O, so 'No sé' is reachable by a letter, not hidden behind 'No'")
    func siNoNoSe() {
        let field = ChoiceField(id: "x", caption: "¿Fuma?", options: ["Sí", "No", "No sé"], isHorizontal: true)
        #expect(ChoiceField.shortcutLetters(field.options) == ["s", "n", "o"])
        #expect(chosen(field, typing: "S") == 0)
        #expect(chosen(field, typing: "n") == 1)
        #expect(chosen(field, typing: "o") == 2)
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
