/// A language OsteoIntake speaks. The one language type of the program: the session, the
/// validator's messages, the engine's texts, the shell, line mode, the sheet and the CLI all take it.
public enum Language: String, CaseIterable, Sendable {
    case english = "en"
    case spanish = "es"

    /// The language's own name, as a person choosing it reads it.
    public var name: String {
        switch self {
        case .english: "English"
        case .spanish: "Español"
        }
    }

    /// The language of a BCP 47 tag: `es`, `es-MX` and `ES_mx` are Spanish. A language the program
    /// does not speak is an error that lists the ones it does, never a silent fallback.
    public init(tag: String) throws(UnknownLanguage) {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        guard let language = Language(rawValue: primary) else { throw UnknownLanguage(tag: tag) }
        self = language
    }
}

/// A language tag the program does not speak.
public struct UnknownLanguage: Error, Equatable, CustomStringConvertible, Sendable {
    /// The tag as given (shown without control characters).
    public let tag: String

    public init(tag: String) { self.tag = tag }

    /// "Unknown language 'fr'. Supported: en (English), es (Español)."
    public var description: String { message(in: .english) }

    /// The message in a language (the tag shown without control characters).
    public func message(in language: Language) -> String {
        let shown = String(String.UnicodeScalarView(tag.unicodeScalars.filter { !$0.properties.generalCategory.isControlLike }).prefix(40))
        return Catalog(language)(.languageUnknown, ["tag": shown, "supported": Language.supportedList])
    }
}

extension Language {
    /// "en (English), es (Español)": every language with its tag, for messages.
    public static var supportedList: String {
        allCases.map { "\($0.rawValue) (\($0.name))" }.joined(separator: ", ")
    }
}

extension Unicode.GeneralCategory {
    /// Controls, format characters (bidi overrides among them) and unassigned code points: never shown.
    var isControlLike: Bool {
        switch self {
        case .control, .format, .unassigned, .surrogate, .privateUse, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }
}

extension Language {
    /// The language of the POSIX locale settings: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// that is set and not empty decides (`es_ES.UTF-8` is Spanish). Nil when that one names a
    /// language the program does not speak (`fr_FR`, `C`, `POSIX`) or none is set: the caller
    /// then uses English. Staff-facing text falls back to this when clinic.toml names no language.
    public static func ofLocale(environment: [String: String]) -> Language? {
        let setting = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        guard let setting else { return nil }
        let tag = setting.prefix { $0 != "." && $0 != "@" }
        return try? Language(tag: String(tag))
    }
}
