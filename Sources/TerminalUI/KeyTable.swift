/// What a key means to a form, independent of which key was pressed.
public enum Command: String, Hashable, Sendable, CaseIterable {
    case help, save, print, finish, nextStep, previousStep, nextField, previousField, jump, scroll
}

/// One row of the keys table: a command, its key and the alternatives that survive PuTTY and SSH.
public struct KeyBinding: Hashable, Sendable {
    public let command: Command
    public let label: UIStrings.Text
    public let keys: [Key]
    /// How the keys are written in the status bar and the help screen, first the main key.
    public let keyNames: [String]
}

/// The one keys table of the architecture (status bar and help screen both read it).
public enum KeyTable {
    public static let bindings: [KeyBinding] = [
        KeyBinding(command: .help, label: .keyHelp, keys: [.function(1), .control("g")], keyNames: ["F1", "Ctrl-G"]),
        KeyBinding(command: .save, label: .keySave, keys: [.function(2), .control("s")], keyNames: ["F2", "Ctrl-S"]),
        KeyBinding(command: .print, label: .keyPrint, keys: [.function(5)], keyNames: ["F5", "Esc 5"]),
        KeyBinding(command: .finish, label: .keyFinish, keys: [.function(10), .control("x")], keyNames: ["F10", "Ctrl-X"]),
        KeyBinding(command: .nextStep, label: .keyNextStep, keys: [.pageDown, .control("n")], keyNames: ["PgDn", "Ctrl-N"]),
        KeyBinding(command: .previousStep, label: .keyPreviousStep, keys: [.pageUp, .control("p")], keyNames: ["PgUp", "Ctrl-P"]),
        KeyBinding(command: .nextField, label: .keyNextField, keys: [.tab, .down], keyNames: ["Tab", "Down"]),
        KeyBinding(command: .previousField, label: .keyPreviousField, keys: [.backTab, .up], keyNames: ["Shift-Tab", "Up"]),
        KeyBinding(command: .jump, label: .keyJump, keys: [.control("f"), .alt("/")], keyNames: ["Ctrl-F", "Esc /"]),
        KeyBinding(command: .scroll, label: .keyScroll, keys: [], keyNames: ["Down/Up", "PgDn/PgUp", "Home/End"]),
    ]

    /// The command a key stands for, if any (Esc 5 arrives as F5 from the decoder).
    public static func command(for key: Key) -> Command? {
        bindings.first { $0.keys.contains(key) }?.command
    }

    public static func binding(_ command: Command) -> KeyBinding {
        bindings.first { $0.command == command }!
    }

    /// Lines of the keys table for the help screen.
    public static func helpLines(_ strings: UIStrings) -> [String] {
        bindings.map { b in
            let name = strings[b.label]
            return name.padding(toWidth: 16) + b.keyNames.joined(separator: ", ")
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
