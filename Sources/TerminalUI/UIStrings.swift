import TextTemplates

/// Every user-facing text of the toolkit, keyed by language. Screens built on the toolkit bring
/// their own texts (from the questionnaire); this table holds only what the toolkit itself says.
public struct UIStrings: Sendable {
    public enum Language: String, Sendable, CaseIterable {
        case english = "en"
        case spanish = "es"
    }

    public enum Text: String, Sendable, CaseIterable {
        case keyHelp, keySave, keyPrint, keyFinish, keyNextStep, keyPreviousStep, keyNextField
        case keyPreviousField, keyJump, keyScroll, keyToggle, keyAdd, keyRemove, keyMove, keyOK
        case keyUnit, keyChoose, keyAddEntry, keyRemoveEntry, keySkip, keySign, keyAmend, keyBackToList, keyLeave
        case keyLeaveKiosk
        case enlargeWindow, pasteRefused, helpTitle, helpFooter, noHelp, keysHeading
        case invalidDate, dateFormat, notANumber, tooLong, required, yes, no, unknown
        case outOfRange, noRows, listInputPrompt, suggestions, lineModeIntro, lineModeHelpHint
        case lineModeChoose, lineModeChecklist, lineModeList, lineModeKeep, pressEnter
        case termUnset, termUnknown, termUnusable, themeFallback
    }

    public let language: Language
    public init(language: Language = .english) { self.language = language }

    /// The text in this language, falling back to English where a translation is missing.
    public subscript(_ key: Text) -> String {
        if let t = Self.table[language]?[key] { return t }
        return Self.table[.english]?[key] ?? key.rawValue
    }

    /// A text with `{1}`, `{2}` ... replaced by arguments.
    public func format(_ key: Text, _ args: String...) -> String {
        PlaceholderText.fill(self[key], args)
    }

    static let table: [Language: [Text: String]] = [
        .english: [
            .keyHelp: "Help", .keySave: "Save", .keyPrint: "Print", .keyFinish: "Finish",
            .keyNextStep: "Next step", .keyPreviousStep: "Previous step", .keyNextField: "Next field",
            .keyPreviousField: "Previous field", .keyJump: "Jump to field", .keyScroll: "Scroll",
            .keyToggle: "Toggle", .keyAdd: "Add", .keyRemove: "Remove", .keyMove: "Move",
            .keyOK: "OK", .keyUnit: "Unit", .keyChoose: "Choose",
            .keyAddEntry: "Add to the list", .keyRemoveEntry: "Remove the entry", .keySkip: "Skip step",
            .keySign: "Sign", .keyAmend: "Amend", .keyBackToList: "Back to list", .keyLeave: "Leave the record",
            .keyLeaveKiosk: "Staff: leave kiosk",
            .enlargeWindow: "Please enlarge the window to at least {1} columns by {2} rows.",
            .pasteRefused: "Paste refused: {1} bytes is more than the 64 KiB allowed. Nothing was changed.",
            .helpTitle: "Help", .helpFooter: "Esc or Enter closes this help.",
            .noHelp: "No help for this field.", .keysHeading: "Keys",
            .invalidDate: "{1}: not a date. Type it as YYYY-MM-DD, for example 1950-03-31.",
            .dateFormat: "YYYY-MM-DD",
            .notANumber: "{1}: not a number. Type digits, with a point for decimals, for example 72.5.",
            .tooLong: "{1}: at most {2} characters.",
            .required: "{1}: this answer is needed.",
            .yes: "Yes", .no: "No", .unknown: "Unknown",
            .outOfRange: "{1}: must be from {2} to {3} {4}.",
            .noRows: "(none yet)", .listInputPrompt: "Add:", .suggestions: "Suggestions",
            .lineModeIntro: "Answer each question and press Enter. Type ? for help; an empty answer keeps the current one.",
            .lineModeHelpHint: "(? for help)",
            .lineModeChoose: "Type the number of your answer.",
            .lineModeChecklist: "Type the numbers that apply, separated by commas, or 0 for none.",
            .lineModeList: "Type one entry per line; an empty line ends the list.",
            .lineModeKeep: "current", .pressEnter: "Press Enter.",
            .termUnset: "TERM is not set; set it to your terminal type, for example TERM=xterm-256color",
            .termUnknown: "TERM '{1}' is not known to terminfo; try TERM=xterm-256color",
            .termUnusable: "TERM '{1}' cannot be used as a full-screen terminal; try TERM=xterm-256color or --accessible",
            .themeFallback: "Using the built-in theme: {1}",
        ],
        .spanish: [
            .yes: "Sí", .no: "No", .unknown: "No sé",
        ],
    ]
}

extension Substring {
    func range(of target: String) -> Range<Substring.Index>? {
        guard !target.isEmpty else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(target) {
                return i..<index(i, offsetBy: target.count)
            }
            i = index(after: i)
        }
        return nil
    }
}

extension String {
    func range(of target: String) -> Range<String.Index>? {
        guard let r = self[...].range(of: target) else { return nil }
        return r
    }
}
