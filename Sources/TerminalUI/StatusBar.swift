import Catalog
import PlainText

/// The bottom line: the key labels of the moment, from the keys table plus the focused widget's.
public struct StatusBar: Hashable, Sendable {
    public var commands: [Command]
    public var extra: [KeyHint]

    public init(commands: [Command] = [.help, .save, .finish, .nextField], extra: [KeyHint] = []) {
        self.commands = commands
        self.extra = extra
    }

    /// `F1 Help  F2 Save  F10 Finish  Tab Next field  Space Toggle`; with `width`, the hints that
    /// would not fit whole are left out (the line never ends in half a hint).
    public func text(_ strings: Catalog, width: Int = .max) -> String {
        var line = ""
        var isFull = false
        func add(_ keyName: String, _ label: TextKey) {
            guard !isFull else { return }
            var hint = line.isEmpty ? "" : "  "
            hint += KeyNames.said(keyName, strings)
            hint += " "
            hint += strings(label)
            if DisplayWidth.of(line) + DisplayWidth.of(hint) > width { isFull = true; return }
            line += hint
        }
        for command in commands {
            let binding = KeyTable.binding(command)
            add(binding.keyNames[0], binding.label)
        }
        for hint in extra { add(hint.keyName, hint.label) }
        return line
    }

    public func render(into screen: inout Screen, row: Int, strings: Catalog) {
        guard row >= 0 && row < screen.size.height else { return }
        screen.fill(Rect(row: row, column: 0, width: screen.size.width, height: 1), role: .muted)
        screen.write(text(strings, width: screen.size.width - 1), at: Position(row: row, column: 1), role: .muted)
    }
}
