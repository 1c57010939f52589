import Catalog
import Foundation
import TerminalUI

/// A one-line text field with type-ahead: the suggestions for the typed text show on the line
/// below; Down and Up pick one, Enter or Tab takes the picked one. Used for medication names
/// (suggestions from `MedicationVocabulary.bundled`) and the rows of other lists.
public struct TypeAheadField: FormField {
    public var field: TextField
    /// The picked suggestion, if any.
    public var picked: Int?
    public var suggest: @Sendable (String) -> [String]
    var pickHint: TextKey

    public init(id: String, caption: String, help: String, text: String, maxLength: Int?,
                suggest: @escaping @Sendable (String) -> [String]) {
        self.field = TextField(id: id, caption: caption, help: help, text: text, maxLength: maxLength, boxWidth: 30)
        self.suggest = suggest
        self.pickHint = .uiKeyChoose
    }

    public var id: String { field.id }
    public var caption: String { field.caption }
    public var help: String { field.help }
    public var text: String { field.text }

    public var value: FieldValue {
        get { field.value }
        set { field.value = newValue; picked = nil }
    }

    /// At most five suggestions for the text typed so far (none once it equals one of them).
    public var suggestions: [String] {
        let typed = field.text.trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else { return [] }
        let list = Array(suggest(typed).prefix(5))
        if list.count == 1, list[0].lowercased() == typed.lowercased() { return [] }
        return list
    }

    public var hints: [KeyHint] { field.hints + (suggestions.isEmpty ? [] : [KeyHint("Down/Up", .uiKeyChoose)]) }

    public func height(width: Int) -> Int { 2 }

    public mutating func selectForReplacing() { field.selectForReplacing() }

    public mutating func handle(_ key: Key, strings: Catalog) -> FieldOutcome {
        let list = suggestions
        switch key {
        case .down where !list.isEmpty && (picked ?? -1) < list.count - 1:
            picked = (picked ?? -1) + 1
            return .handled
        case .up where picked != nil:
            picked = picked! > 0 ? picked! - 1 : nil
            return .handled
        case .enter, .tab:
            if let index = picked, list.indices.contains(index) {
                field.value = .text(list[index])
                picked = nil
                return .changed
            }
            return key == .enter ? .next : .ignored
        default:
            let outcome = field.handle(key, strings: strings)
            if outcome == .changed { picked = nil }
            return outcome
        }
    }

    public func render(into screen: inout Screen, context: RenderContext) {
        field.render(into: &screen, context: context)
        guard context.focused else { return }
        var column = 1
        for (index, name) in suggestions.enumerated() {
            let chosen = index == picked
            column += screen.write(chosen ? "[\(name)]" : name, at: context.at(1, column),
                                   role: chosen ? .focus : .muted, clip: context.clip) + 2
        }
    }

    public func validate(strings: Catalog) -> String? { field.validate(strings: strings) }

    public mutating func acceptLine(_ line: String, strings: Catalog) -> String? {
        field.acceptLine(line, strings: strings)
    }
}
