import TerminalUI

/// A date typed as `YYYY-MM-DD` in a box wide enough to show the whole date when the field is
/// not focused, with the expected format beside it. The session parses and checks the date when
/// the field is left (an invalid date stays as typed, with its message).
public struct DateEntryField: FormField {
    public var field: TextField
    var format: String

    public init(id: String, caption: String, help: String, isRequired: Bool, format: String) {
        self.field = TextField(id: id, caption: caption, help: help, maxLength: 10, boxWidth: 11, isRequired: isRequired)
        self.format = format
    }

    public var id: String { field.id }
    public var caption: String { field.caption }
    public var help: String { field.help }
    public var text: String { field.text }
    public var value: FieldValue {
        get { field.value }
        set { field.value = newValue }
    }

    public mutating func handle(_ key: Key, strings: UIStrings) -> FieldOutcome { field.handle(key, strings: strings) }

    public func render(into screen: inout Screen, context: RenderContext) {
        field.render(into: &screen, context: context)
        screen.write(format, at: context.at(0, field.boxWidth + 3), role: .muted, clip: context.clip)
    }

    public func validate(strings: UIStrings) -> String? { field.validate(strings: strings) }
    public mutating func acceptLine(_ line: String, strings: UIStrings) -> String? { field.acceptLine(line, strings: strings) }
}
