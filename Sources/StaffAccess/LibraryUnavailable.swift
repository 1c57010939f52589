/// A system library a credential check needs could not be loaded, or lacks a function: the check
/// is not offered, and this says why (shown to whoever runs the clinic, never to a patient).
public struct LibraryUnavailable: Error, CustomStringConvertible, Hashable, Sendable {
    /// The library's file name, for example `libpam.so.0`.
    public var library: String
    /// Functions the library lacks; empty when the library itself could not be loaded.
    public var missingFunctions: [String]
    /// What the library is for and the Debian package that ships it.
    public var purpose: String

    public var description: String {
        missingFunctions.isEmpty
            ? "\(library) could not be loaded (\(purpose))"
            : "\(library) lacks \(missingFunctions.joined(separator: ", ")) (\(purpose))"
    }
}
