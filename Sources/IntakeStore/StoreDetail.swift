import Catalog

/// A part of a store message: words the system or the database gave (strerror, SQLite's or the
/// server's own message, a setting's name), shown as they are; or a text of the catalog, said in
/// the language the message is said in.
public enum StoreDetail: Hashable, Sendable {
    case system(String)
    case text(TextKey, [String: String] = [:])

    /// The words in `language`.
    public func said(in language: Language) -> String {
        switch self {
        case .system(let words): words
        case .text(let key, let values): Catalog(language)(key, values)
        }
    }
}
