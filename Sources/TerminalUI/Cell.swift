/// One terminal cell. A grapheme two columns wide fills its cell and marks the next one as
/// a continuation (`text` empty, `isContinuation` true).
public struct Cell: Hashable, Sendable {
    public var text: String
    public var role: Role
    public var isContinuation: Bool

    public init(text: String = " ", role: Role = .text, isContinuation: Bool = false) {
        self.text = text
        self.role = role
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
    static func continuation(_ role: Role) -> Cell { Cell(text: "", role: role, isContinuation: true) }
}
