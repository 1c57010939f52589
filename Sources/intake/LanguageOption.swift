import ArgumentParser
import Catalog

/// `--language TAG`: the language of what the command shows (en, es; a BCP 47 tag such as es-MX
/// works). An unknown tag is refused with the list of supported languages, never replaced by English.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: staffHelp(.cliHelpOptionLanguage))
    var language: String?

    /// The language given, or nil when none was (the record's or the clinic's then applies).
    var given: Language? { language.flatMap { try? Language(tag: $0) } }

    /// The language given, else English.
    var chosen: Language { given ?? .english }

    func validate() throws {
        guard let language else { return }
        do { _ = try Language(tag: language) } catch { throw ValidationError(error.description) }
    }
}
