import Catalog
import IntakeModel

extension QuestionnaireDefinition {
    /// What a JSON Pointer of a record is about, in the words of the questionnaire, for a person
    /// reading a warning or an error (the pointer itself stays in the machine formats):
    /// `/body/height` -> "Height now", `/medications/1` -> "Medicine 2 (prednisolone)",
    /// `/medications/1/doseMgPerDay` -> "Dose (mg per day), medicine 2 (prednisolone)", `/body` ->
    /// "Height and weight", `/history/menopause` -> "Menopause". A pointer below a field (a unit,
    /// an unknown key) is said as the nearest field or section above it; the root is "The record".
    public func words(forPointer pointer: String, in record: IntakeRecord, language: Language = .english) -> String {
        var tokens = pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        while true {
            if let words = exactWords(tokens, in: record, language: language) { return words }
            if tokens.isEmpty { return Catalog(language)(.questionnaireWords("record")) ?? "" }
            tokens.removeLast()
        }
    }

    /// The words of exactly this pointer, or nil when it names no field, list, entry or section.
    private func exactWords(_ tokens: [String], in record: IntakeRecord, language: Language) -> String? {
        let catalog = Catalog(language)
        guard !tokens.isEmpty else { return nil }
        // a list entry's own field (`/medications/1/doseMgPerDay`) or the entry (`/medications/1`)
        for group in repeatingGroups {
            guard let entries = group.entries else { continue }
            let listTokens = Array(entries.pointer.split(separator: "/").map(String.init))
            guard tokens.count > listTokens.count, Array(tokens.prefix(listTokens.count)) == listTokens,
                  let index = Int(tokens[listTokens.count]), index >= 0 else { continue }
            let entry = entryWords(group, index: index, in: record, language: language)
            let rest = tokens.dropFirst(listTokens.count + 1)
            if rest.isEmpty { return entry }
            let template = entries.pointer + "/*/" + rest.joined(separator: "/")
            // the entry's first question (a medicine's name) is what the entry is called: said once
            if group.items.first?.binding?.pointer == template { return entry }
            if let item = group.items.first(where: { $0.type != .derived && $0.binding?.pointer == template }) {
                return catalog(.questionnaireWords("words.field-of-entry"),
                               ["field": item.caption(language), "entry": lowercasedFirst(entry)]) ?? entry
            }
            return entry
        }
        let pointer = "/" + tokens.joined(separator: "/")
        if let item = allItems.first(where: { $0.binding?.pointer == pointer && $0.type != .derived }) {
            return item.caption(language)
        }
        if let group = repeatingGroups.first(where: { $0.entries?.pointer == pointer }) { return group.caption(language) }
        if let section = catalog(.questionnaireWords("words" + pointer)) { return section }
        return nil
    }

    /// "Medicine 2 (prednisolone)", or "Medicine 2" while it has no name.
    private func entryWords(_ group: QuestionItem, index: Int, in record: IntakeRecord, language: Language) -> String {
        var name: String?
        if let first = group.items.first {
            switch value(at: ItemAddress(first.linkId, instance: index), in: record) {
            case .string(let text)?: name = first.shownText(text, language)
            case .code(let code)?: name = first.optionLabel(code, language)
            default: break
            }
        }
        let key = group.linkId + (name == nil ? ".entry" : ".entry-named")
        return Catalog(language)(.questionnaireWords(key), ["n": String(index + 1), "name": name ?? ""]) ?? ""
    }

    private func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
