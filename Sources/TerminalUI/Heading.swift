import Catalog
/// A section heading inside a form. It takes no answer; it takes focus only when asked to (the
/// heading of a list, where a key adds an entry), and is then drawn as the selection bar.
public struct Heading: FormField {
    public let id: String
    public var caption: String
    public var help: String = ""
    public var role: Role
    public var isFocusable: Bool

    public init(id: String, text: String, role: Role = .label, isFocusable: Bool = false) {
        self.id = id
        self.caption = text
        self.role = role
        self.isFocusable = isFocusable
    }

    public var value: FieldValue { get { .empty } set {} }
    public mutating func handle(_ key: Key, strings: Catalog) -> FieldOutcome { .ignored }
    public func render(into screen: inout Screen, context: RenderContext) {}
    public func validate(strings: Catalog) -> String? { nil }
    public mutating func acceptLine(_ line: String, strings: Catalog) -> String? { nil }
}
