import Assessment
import Catalog
import IntakeModel
import Questionnaire

extension IntakeSession {
    /// The language of an intake: the record's `patient.language` when it names a language the
    /// program speaks (`es-MX` is Spanish), else `fallback`.
    public static func language(of record: IntakeRecord, otherwise fallback: Language) -> Language {
        record.patient?.language.flatMap { try? Language(tag: $0) } ?? fallback
    }

    /// "Preferred language" was answered (or another desk's answer came in): the screens, the
    /// validator's messages and the engine's texts speak `new` from now on. The record is not
    /// touched: every answer stays as it is, only the words around it change. Messages already
    /// shown next to fields are said again in the new language.
    mutating func switchLanguage(to new: Language) {
        language = new
        engine = AssessmentEngine(vocabulary: engine.vocabulary, language: new)
        validation = IntakeValidator.check(record, language: new)
        let found = problemsByField()
        for shown in Array(errors.keys) where pendingText[shown] == nil {
            errors[shown] = found.errors[shown] ?? errors[shown].flatMap { _ in requiredMessage(shown) }
        }
        for shown in Array(warnings.keys) { warnings[shown] = found.warnings[shown] }
    }

    /// "Name: an answer is needed." for a required field still empty, in the session's language.
    private func requiredMessage(_ address: ItemAddress) -> String? {
        guard let item = definition.item(linkId: address.linkId), item.required, value(at: address) == nil else { return nil }
        return fill("message.required", item)
    }

    /// The Preferred language field, when the record names a language the program does not speak
    /// (the format allows any BCP 47 tag, `pt-BR`): "'pt-BR' is not a language this program
    /// speaks; the screens are in English. Choose English or Español." The record keeps the tag
    /// until a language is chosen.
    func unspokenLanguageWarning() -> [ItemAddress: String] {
        guard let tag = record.patient?.language, (try? Language(tag: tag)) == nil else { return [:] }
        let address = ItemAddress("patient.language")
        guard definition.item(linkId: address.linkId) != nil else { return [:] }
        let choices = Language.allCases.map(\.name).joined(separator: ", ")
        return [address: Catalog(language)(.sessionMessageLanguageNotSpoken, [
            "tag": IntakeText.printable(String(tag.prefix(35))), "language": language.name, "choices": choices,
        ])]
    }
}
