import Questionnaire

/// What the accessible intake is waiting for when it reads a line. The real reader (standard input)
/// ignores it; a test typist uses it to answer the question actually asked.
public enum LinePrompt: Hashable, Sendable {
    /// The answer to a question (or a command typed instead).
    case question(ItemAddress)
    /// "Add a medication?" for a repeating group that has `existing` entries.
    case addEntry(group: String, existing: Int)
    /// A number picking one of the vocabulary's suggestions for a typed name, or an empty line.
    case pickSuggestion(ItemAddress, suggestions: [String])
    /// The name of the staff member acknowledging an emergency alert.
    case staffName
    /// A command on the Review step (`finish`, `back`, `jump TEXT` ...).
    case review
    /// Kiosk: the language of the intake, before any question (`KioskLanguageChoice.ask`).
    case language
    /// A command of the home list (`new`, `open N`, `search TEXT`, `quit`).
    case home
}
