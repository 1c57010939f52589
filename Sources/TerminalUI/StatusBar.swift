/// The bottom line: the key labels of the moment, from the keys table plus the focused widget's.
public struct StatusBar: Hashable, Sendable {
    public var commands: [Command]
    public var extra: [KeyHint]

    public init(commands: [Command] = [.help, .save, .finish, .nextField], extra: [KeyHint] = []) {
        self.commands = commands
        self.extra = extra
    }

    /// `F1 Help  F2 Save  F10 Finish  Tab Next field  Space Toggle`
    public func text(_ strings: UIStrings) -> String {
        var parts = commands.map { c -> String in
            let b = KeyTable.binding(c)
            return "\(b.keyNames[0]) \(strings[b.label])"
        }
        parts += extra.map { "\($0.keyName) \(strings[$0.label])" }
        return parts.joined(separator: "  ")
    }

    public func render(into screen: inout Screen, row: Int, strings: UIStrings) {
        guard row >= 0 && row < screen.size.height else { return }
        screen.fill(Rect(row: row, column: 0, width: screen.size.width, height: 1), role: .muted)
        screen.write(text(strings), at: Position(row: row, column: 1), role: .muted)
    }
}
