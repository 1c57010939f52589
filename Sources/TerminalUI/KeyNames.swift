import Catalog

/// A key's name as the keycap of the screen's language reads ("Space" is "Espacio", "PgDn/PgUp"
/// "AvPág/RePág", "Shift-Tab" "Mayús-Tab"): the words of a key name are said from the catalog,
/// the rest (F10, Ctrl-, Tab, Esc, "/") stays as typed.
enum KeyNames {
    static let words: [String: TextKey] = [
        "Down": .uiKeyNameDown, "Up": .uiKeyNameUp, "Home": .uiKeyNameHome, "End": .uiKeyNameEnd,
        "PgDn": .uiKeyNamePgDn, "PgUp": .uiKeyNamePgUp, "Shift": .uiKeyNameShift, "Space": .uiKeyNameSpace,
        "Arrows": .uiKeyNameArrows, "Del": .uiKeyNameDel, "Enter": .uiKeyNameEnter,
    ]

    static func said(_ name: String, _ strings: Catalog) -> String {
        var result = "", word = ""
        func flush() {
            result += words[word].map { strings($0) } ?? word
            word = ""
        }
        for character in name {
            if character.isLetter || character.isNumber { word.append(character) } else { flush(); result.append(character) }
        }
        flush()
        return result
    }
}
