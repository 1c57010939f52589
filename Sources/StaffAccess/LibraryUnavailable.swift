import Catalog

/// A system library a credential check needs could not be loaded, or lacks a function: the check
/// is not offered, and this says why (shown to whoever runs the clinic, never to a patient).
public struct LibraryUnavailable: Error, CustomStringConvertible, Hashable, Sendable {
    /// The library's file name, for example `libpam.so.0`.
    public var library: String
    /// Functions the library lacks; empty when the library itself could not be loaded.
    public var missingFunctions: [String]
    /// What the library is for and the Debian package that ships it.
    public var purpose: TextKey

    /// "libpam.so.0 could not be loaded (Linux-PAM, which checks account passwords; ...)".
    public var description: String { message(in: .english) }

    /// Why the library cannot be used, in `language`.
    public func message(in language: Language) -> String {
        let catalog = Catalog(language)
        let values = ["library": library, "functions": missingFunctions.joined(separator: ", "), "purpose": catalog(purpose)]
        return catalog(missingFunctions.isEmpty ? .staffLibraryNotLoaded : .staffLibraryLacks, values)
    }
}
