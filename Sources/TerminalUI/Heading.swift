/// A section heading inside a form; it never takes focus.
public struct Heading: FormField {
    public let id: String
    public var caption: String
    public var help: String = ""
    public var role: Role

    public init(id: String, text: String, role: Role = .label) {
        self.id = id
        self.caption = text
        self.role = role
    }

    public var isFocusable: Bool { false }
    public var value: FieldValue { get { .empty } set {} }
    public mutating func handle(_ key: Key, strings: UIStrings) -> FieldOutcome { .ignored }
    public func render(into screen: inout Screen, context: RenderContext) {}
    public func validate(strings: UIStrings) -> String? { nil }
    public mutating func acceptLine(_ line: String, strings: UIStrings) -> String? { nil }
}
