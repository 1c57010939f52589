import Foundation
import TextTemplates

/// Every text the app shell itself shows (home, lock, prompts, messages), keyed by language.
/// Screens bring their own texts from the questionnaire; store errors bring theirs from the store.
public struct ShellStrings: Sendable {
    public enum Language: String, Sendable, CaseIterable {
        case english = "en"
        case spanish = "es"
    }

    public enum Text: String, Sendable, CaseIterable {
        case homeTitle, homeToday, homeSearchResults, homeSearchPrompt, homeNewIntake, homeNoneToday, homeNoMatch, homeDateForms
        case homeColumns, homeKeys, homeAge, homeLineCommands, homeLineNoSuch, homeLineUnknown
        case statusInProgress, statusCompleted, statusSigned, statusAmended, sessionEnded, sessionActive
        case lockTitle, lockBody, lockKeys, lockDesk
        case saved, saveFailed, printed, printFailed, finished, signedBy, readOnly, amended, kioskReady
        case conflictTitle, conflictKeys, reloaded, overwritten, conflictFieldBody, conflictFieldKeys, conflictAnotherDesk
        case takenOverTitle, takenOverBody, takenOverNothingLost, takenOverKeys, takenOverCleared
        case takeOverTitle, takeOverEnded, takeOverActive, yesNoKeys, notTakenOver, takeOverKeys, readOnlyHeld
        case signTitle, signBody, signKeys, amendTitle, amendBody, nameNeeded
        case openFailed, alertAcknowledged, minute, minutes, oneTry, tries, second, seconds
        case kioskHandedOver
        case notSavedUnreadableOne, notSavedUnreadable, notSavedStore
        case signInChecking, signInLogin, signInSecret, signInKeys, signInKeysNoCancel, signInRefused, signInLocked, signInNeeded
        case signInAlertTitle, signInAlertBody, signInKioskTitle, signInKioskBody, alertNeedsStaff
        case standIns
        case offlineWaiting, offlineWaitingOne, offlineQuit, notSignedOffline, notFinishedOffline
    }

    public let language: Language
    public init(language: Language = .english) { self.language = language }

    public subscript(_ key: Text) -> String {
        Self.table[language]?[key] ?? Self.table[.english]?[key] ?? key.rawValue
    }

    /// A text with `{1}`, `{2}` ... replaced by arguments.
    public func format(_ key: Text, _ args: String...) -> String {
        PlaceholderText.fill(self[key], args)
    }

    static let table: [Language: [Text: String]] = [
        .english: [
            .homeTitle: "OsteoIntake - front desk",
            .homeToday: "Today's intakes ({1})",
            .homeSearchResults: "Intakes matching \"{1}\"",
            .homeSearchPrompt: "Search name or date of birth:",
            .homeNewIntake: "+ New intake",
            .homeNoneToday: "No intakes yet today.",
            .homeNoMatch: "No intake matches. Search ignores accents and case; a date of birth is {1}.",
            .homeDateForms: "{1} or {2}",
            .homeColumns: "Urgency      Status            Time   Age  Name",
            .homeKeys: "Up/Down choose  Enter open  type to search  Esc clear  Ctrl-C quit",
            .homeAge: "{1}",
            .homeLineCommands: "Type new, open N (its number above), search TEXT, list, or quit.",
            .homeLineNoSuch: "There is no intake {1} in the list; it has {2}.",
            .homeLineUnknown: "Not understood: \"{1}\". Type new, open N, search TEXT, list, or quit.",
            .statusInProgress: "draft", .statusCompleted: "completed", .statusSigned: "signed", .statusAmended: "amended",
            .sessionEnded: "draft (left open)", .sessionActive: "open at a desk",
            .lockTitle: "Screen locked",
            .lockBody: "Locked after {1} without a key press, to keep patient data private. A member of staff signs in to unlock.",
            .lockKeys: "Press Enter to unlock.",
            .lockDesk: "Locked at {1}.",
            .kioskHandedOver: "Thank you. Staff will finish the intake with you at the front desk.",
            .notSavedUnreadableOne: "Not saved: what was typed in {1} could not be read; type it again.",
            .notSavedUnreadable: "Not saved: what was typed in {1} could not be read; type them again.",
            .notSavedStore: "Some answers could not be saved; open the intake again and press F2.",
            .minute: "1 minute", .minutes: "{1} minutes", .oneTry: "1 try", .tries: "{1} tries",
            .second: "1 second", .seconds: "{1} seconds",
            .signInChecking: "Checking...",
            .signInLogin: "User name:",
            .signInSecret: "Password or PIN:",
            .signInKeys: "Tab next field   Enter sign in   Esc cancel",
            .signInKeysNoCancel: "Tab next field   Enter sign in",
            .signInRefused: "Not recognised: check the user name and the password or PIN. {1} left before signing in locks for a minute.",
            .signInLocked: "Too many wrong tries: signing in is locked for {1}.",
            .signInNeeded: "Type your user name, then your password or PIN.",
            .signInAlertTitle: "Acknowledge the emergency",
            .signInAlertBody: "A member of staff acknowledges the emergency alert with their own sign-in, once a clinician has been told.",
            .signInKioskTitle: "Leave kiosk mode",
            .signInKioskBody: "Staff only: sign in to end the kiosk. The patient's answers are saved.",
            .alertNeedsStaff: "The emergency alert stays until a member of staff acknowledges it (Enter).",
            .standIns: "Characters this terminal's locale cannot show are shown as '?'.",
            .saved: "Saved.",
            .saveFailed: "Not saved: {1} Your answers stay on screen; press F2 to try again.",
            .printed: "Printed: {1}",
            .printFailed: "Not printed: {1}",
            .finished: "Intake finished and marked completed.",
            .signedBy: "Signed by {1} at {2}. Read-only now; Esc: back to the list.",
            .readOnly: "Signed, read-only. F4 or Ctrl-T amends it (signed version kept); Esc: back to the list.",
            .amended: "Amending: the signed version is kept; changes are saved as a new version.",
            .kioskReady: "Thank you. Please give the terminal back to the front desk.",
            .conflictTitle: "Changed in another session",
            .conflictKeys: "R  reload theirs     K  keep mine and overwrite",
            .reloaded: "Reloaded the version saved by the other session.",
            .overwritten: "Your answers were saved over the other session's version.",
            .conflictFieldBody: "{1} changed {2} since this desk read it. This desk: {3} / other desk: {4}.",
            .conflictFieldKeys: "R  reload theirs     K  keep mine and overwrite",
            .conflictAnotherDesk: "Another desk",
            .takenOverTitle: "Taken over at another desk",
            .takenOverBody: "{1} took this intake over, so this desk can no longer save it. Not saved here: {2}.",
            .takenOverNothingLost: "{1} took this intake over, so this desk can no longer save it. "
                + "Everything typed here before that was saved.",
            .takenOverKeys: "Enter  back to the list",
            .takenOverCleared: "(cleared)",
            .takeOverTitle: "Draft open elsewhere",
            .takeOverEnded: "This draft was left open by {1}, whose session has ended. Take it over?",
            .takeOverActive: "This draft is open at {1} right now. Take it over only if that desk is no longer in use.",
            .yesNoKeys: "Y  yes     N  no",
            .takeOverKeys: "Y  take it over     R  read only     N  no",
            .readOnlyHeld: "Read only: open at {1}. Esc: back to the list.",
            .notTakenOver: "Not opened: the draft stays with the other desk.",
            .signTitle: "Sign the intake",
            .signBody: "Sign in to sign the intake (the record becomes read-only), or Esc to sign later.",
            .signKeys: "Enter sign     Esc later",
            .amendTitle: "Amend a signed intake",
            .amendBody: "Reason for the amendment (kept in the audit trail), or Esc to cancel:",
            .nameNeeded: "Type a name or initials (1 to 60 characters) and press Enter.",
            .openFailed: "Could not open the intake: {1}",
            .alertAcknowledged: "Alert acknowledged by {1}.",
            .offlineWaiting: "Offline: {1} answers waiting",
            .offlineWaitingOne: "Offline: 1 answer waiting",
            .offlineQuit: "{1}, kept in {2}; they are sent when the records server is back "
                + "(the next time intake starts). Quit again to leave now.",
            .notSignedOffline: "Not signed: the records server cannot be reached; try again when it is back.",
            .notFinishedOffline: "Not finished: the records server cannot be reached; try again when it is back. "
                + "Your answers are kept.",
        ],
        .spanish: [:],
    ]
}
