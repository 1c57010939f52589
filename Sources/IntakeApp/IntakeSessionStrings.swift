import Catalog

/// The session's own words (field messages, dates, the emergency alert): `session.*` entries of the
/// string catalog, for the keys the session makes from data (`session.month.<n>`,
/// `session.alert.<rule>`, a message chosen by the problem). `{field}`, `{allowed}` and similar are
/// filled in by the session.
enum IntakeSessionStrings {
    static func text(_ key: String, _ language: Language) -> String {
        Catalog(language).text(forDataKey: "session." + key) ?? ""
    }
}
