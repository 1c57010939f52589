import Catalog
import IntakeModel

extension QuestionnaireDefinition {
    /// The repeating group (the medicines, the broken bones, ...) a changed field belongs to, as
    /// the audit trail names the field: an entry added or removed (`medications[2]`) or a field of
    /// an entry (`medications.route[2]`); nil for a field outside any list.
    public func listGroup(ofField field: String) -> QuestionItem? {
        var linkId = field
        if field.hasSuffix("]"), let open = field.lastIndex(of: "[") { linkId = String(field[..<open]) }
        if let group = item(linkId: linkId), group.entries != nil { return group }
        return repeatingGroup(of: linkId).flatMap { item(linkId: $0) }
    }

    /// A list's entries in words, for a person choosing between two desks' lists:
    /// "Medicine 1 (alendronate), Medicine 2 (prednisolone)", or "none".
    public func listWords(_ group: QuestionItem, in record: IntakeRecord, language: Language = .english) -> String {
        guard let entries = group.entries else { return "" }
        let count = entries.count(in: record)
        guard count > 0 else { return Catalog(language)(.questionnaireWords("list.none")) ?? "" }
        let pointer = entries.pointer
        return (0..<count).map { words(forPointer: pointer + "/\($0)", in: record, language: language) }.joined(separator: ", ")
    }
}
