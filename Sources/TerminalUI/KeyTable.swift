import Catalog
import PlainText

/// What a key means to a form, independent of which key was pressed.
public enum Command: String, Hashable, Sendable, CaseIterable {
    case help, save, print, finish, nextStep, previousStep, nextField, previousField, jump, scroll
    /// Add an entry to the list the cursor is in; remove the entry the cursor is in.
    case addEntry, removeEntry
    /// Skip an optional step.
    case skipStep
    /// Sign a finished record (F10 on a record already finished).
    case sign
    /// Amend a signed record (F4 on a read-only record).
    case amend
    /// Back to the list from a finished record's summary (Esc).
    case backToList
    /// Back to the list from a signed, read-only record (Esc, and F10 which has nothing to finish).
    case closeSigned
    /// Leave the record at any time, saving what was typed (staff).
    case leave
    /// A member of staff ends kiosk mode.
    case leaveKiosk
}

/// One row of the keys table: a command, its key and the alternatives that survive PuTTY and SSH.
public struct KeyBinding: Hashable, Sendable {
    public let command: Command
    /// The label in the status bar ("Add").
    public let label: TextKey
    /// The label in the help screen where a longer one says more ("Add to the list").
    public let helpLabel: TextKey
    public let keys: [Key]
    /// How the keys are written in the status bar and the help screen, first the main key.
    public let keyNames: [String]

    init(command: Command, label: TextKey, helpLabel: TextKey? = nil, keys: [Key], keyNames: [String]) {
        self.command = command
        self.label = label
        self.helpLabel = helpLabel ?? label
        self.keys = keys
        self.keyNames = keyNames
    }
}

/// The one keys table of the architecture: the status bar, the help screen and the app shell all
/// read it. A key may stand for more than one command, by state (F10 finishes a draft, signs a
/// finished record, goes back to the list from a signed one; Esc closes a modal first, then cancels
/// an edit or goes back to the list): `command(for:)` gives the first row, the screen that knows
/// the state decides.
public enum KeyTable {
    public static let bindings: [KeyBinding] = [
        KeyBinding(command: .help, label: .uiKeyHelp, keys: [.function(1), .control("g")], keyNames: ["F1", "Ctrl-G"]),
        KeyBinding(command: .save, label: .uiKeySave, keys: [.function(2), .control("s")], keyNames: ["F2", "Ctrl-S"]),
        KeyBinding(command: .print, label: .uiKeyPrint, keys: [.function(5), .control("r")], keyNames: ["F5", "Ctrl-R", "Esc 5"]),
        KeyBinding(command: .finish, label: .uiKeyFinish, keys: [.function(10), .control("x")], keyNames: ["F10", "Ctrl-X"]),
        KeyBinding(command: .nextStep, label: .uiKeyNextStep, keys: [.pageDown, .control("n")], keyNames: ["PgDn", "Ctrl-N"]),
        KeyBinding(command: .previousStep, label: .uiKeyPreviousStep, keys: [.pageUp, .control("p")], keyNames: ["PgUp", "Ctrl-P"]),
        KeyBinding(command: .nextField, label: .uiKeyNextField, keys: [.tab, .down], keyNames: ["Tab", "Down"]),
        KeyBinding(command: .previousField, label: .uiKeyPreviousField, keys: [.backTab, .up], keyNames: ["Shift-Tab", "Up"]),
        KeyBinding(command: .jump, label: .uiKeyJump, keys: [.control("f"), .alt("/")], keyNames: ["Ctrl-F", "Esc /"]),
        KeyBinding(command: .scroll, label: .uiKeyScroll, keys: [], keyNames: ["Down/Up", "PgDn/PgUp", "Home/End"]),
        KeyBinding(command: .addEntry, label: .uiKeyAdd, helpLabel: .uiKeyAddEntry, keys: [.insert, .control("o")],
                   keyNames: ["Insert", "Ctrl-O"]),
        KeyBinding(command: .removeEntry, label: .uiKeyRemove, helpLabel: .uiKeyRemoveEntry, keys: [.control("d")],
                   keyNames: ["Ctrl-D"]),
        KeyBinding(command: .skipStep, label: .uiKeySkip, keys: [.function(4), .control("t")], keyNames: ["F4", "Ctrl-T", "Esc 4"]),
        KeyBinding(command: .sign, label: .uiKeySign, keys: [.function(10), .control("x")], keyNames: ["F10", "Ctrl-X"]),
        KeyBinding(command: .amend, label: .uiKeyAmend, keys: [.function(4), .control("t")], keyNames: ["F4", "Ctrl-T", "Esc 4"]),
        KeyBinding(command: .backToList, label: .uiKeyBackToList, keys: [.escape], keyNames: ["Esc"]),
        KeyBinding(command: .closeSigned, label: .uiKeyBackToList, keys: [.escape, .function(10), .control("x")],
                   keyNames: ["Esc", "F10", "Ctrl-X"]),
        KeyBinding(command: .leave, label: .uiKeyLeave, keys: [.control("c")], keyNames: ["Ctrl-C"]),
        KeyBinding(command: .leaveKiosk, label: .uiKeyLeaveKiosk, keys: [.function(12), .control("]")], keyNames: ["F12", "Ctrl-]"]),
    ]

    /// The command a key stands for, if any (Esc 5 arrives as F5 from the decoder); the first row
    /// that has the key.
    public static func command(for key: Key) -> Command? {
        bindings.first { $0.keys.contains(key) }?.command
    }

    public static func binding(_ command: Command) -> KeyBinding {
        bindings.first { $0.command == command }!
    }

    /// Whether `key` is one of the keys of `command`.
    public static func key(_ key: Key, means command: Command) -> Bool {
        binding(command).keys.contains(key)
    }

    /// What a form's help lists unless its screen says otherwise: the form's own keys.
    public static let formCommands: [Command] = [
        .help, .save, .print, .finish, .nextStep, .previousStep, .nextField, .previousField, .jump, .scroll,
    ]

    /// Lines of the keys table for the help screen: the label, then every key that does it.
    public static func helpLines(_ strings: Catalog, commands: [Command] = formCommands) -> [String] {
        let rows = commands.map(binding)
        let labelWidth = max(16, rows.reduce(0) { max($0, DisplayWidth.of(strings($1.helpLabel)) + 2) })
        return rows.map { b in
            strings(b.helpLabel).padding(toWidth: labelWidth) + b.keyNames.map { KeyNames.said($0, strings) }.joined(separator: ", ")
        }
    }
}

extension String {
    /// Pads with spaces to a display width (never truncates).
    func padding(toWidth width: Int) -> String {
        let w = DisplayWidth.of(self)
        return w >= width ? self + " " : self + String(repeating: " ", count: width - w)
    }
}
