import Catalog
import TerminalUI

/// A date typed in the clinic's convention (or ISO) in a box wide enough to show the whole date
/// when the field is not focused. Beside the box: the date in words once the text is one ("4 April
/// 1956, age 69", as it is typed), else the expected pattern ("MM/DD/YYYY"). The session parses and
/// checks the date when the field is left (an invalid date stays as typed, with its message).
public struct DateEntryField: FormField {
    public var field: TextField
    var format: String
    /// Reads the text and words it; nil shows the pattern only.
    public var echo: DateEcho?

    public init(id: String, caption: String, help: String, isRequired: Bool, format: String, echo: DateEcho? = nil) {
        self.field = TextField(id: id, caption: caption, help: help, maxLength: 10, boxWidth: 11, isRequired: isRequired)
        self.format = format
        self.echo = echo
    }

    public var id: String { field.id }
    public var caption: String { field.caption }
    public var help: String { field.help }
    public var text: String { field.text }
    public var hints: [KeyHint] { field.hints }
    public var value: FieldValue {
        get { field.value }
        set { field.value = newValue }
    }

    /// What is shown beside the box: the date in words, or the pattern.
    public var note: String { echo?.text(forTyped: field.text) ?? format }

    public mutating func handle(_ key: Key, strings: Catalog) -> FieldOutcome { field.handle(key, strings: strings) }
    public mutating func selectForReplacing() { field.selectForReplacing() }

    public func render(into screen: inout Screen, context: RenderContext) {
        field.render(into: &screen, context: context)
        let words = echo?.text(forTyped: field.text)
        // "7 de diciembre de 1950, 76 años" may be longer than the room beside the box: cut between words
        var room = context.clip
        room.width = min(room.right, context.origin.column + context.width) - room.column
        screen.writeWords(words ?? format, at: context.at(0, field.boxWidth + 3), role: words == nil ? .muted : .text, clip: room)
    }

    public func validate(strings: Catalog) -> String? { field.validate(strings: strings) }
    public mutating func acceptLine(_ line: String, strings: Catalog) -> String? { field.acceptLine(line, strings: strings) }
}
