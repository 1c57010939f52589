import Catalog
import IntakeStore
import Questionnaire
import TerminalUI
import PlainText

/// A question the shell asks over whatever screen is showing. It never carries patient data
/// beyond what is already on that screen.
public enum ShellPrompt: Sendable {
    /// A save found the record changed in another session: reload theirs or keep mine. With a
    /// `FieldConflict` the other desk changed the same answer, shown side by side; without, the
    /// change (an entry added or removed) is not one answer, and the whole record is at stake.
    case conflict(SaveConflict, FieldConflict?)
    /// The draft is held by another desk (alive or ended): take it over?
    case takeOver(StoredRecord, step: StepID)
    /// A member of staff signs in: to unlock, acknowledge an alert, sign, or leave kiosk mode.
    case signIn(StaffSignIn)
    /// A signed record is being amended: the reason.
    case amend(LineEditor)
    /// Something this desk must read (another desk took its draft over); any key closes it.
    case notice(title: String, body: String, keys: String)

    /// The title, the body, the editor (if any) and the keys line, ready to draw.
    func content(_ strings: Catalog) -> (title: String, body: String, editor: LineEditor?, keys: String) {
        switch self {
        case .conflict(let c, nil):
            return (strings(.shellConflictTitle), c.message, nil, strings(.shellConflictKeys))
        case .conflict(let c, let field?):
            let who = c.lastChangedBy ?? strings(.shellConflictAnotherDesk)
            let body = strings(.shellConflictFieldBody, ["desk": who, "field": field.caption, "mine": field.mine ?? strings(.shellTakenOverCleared), "theirs": field.theirs ?? strings(.shellTakenOverCleared)])
            return (strings(.shellConflictTitle), body, nil, strings(.shellConflictFieldKeys))
        case .takeOver(let stored, _):
            let holder = stored.session.holder?.label(in: strings.language) ?? "?"
            let body = stored.session.hasEnded
                ? strings(.shellTakeOverEnded, ["desk": holder]) : strings(.shellTakeOverActive, ["desk": holder])
            return (strings(.shellTakeOverTitle), body, nil, strings(.shellTakeOverKeys))
        case .signIn:
            return ("", "", nil, "")  // drawn by StaffSignIn
        case .amend(let editor):
            return (strings(.shellAmendTitle), strings(.shellAmendBody), editor, strings(.shellSignKeys))
        case .notice(let title, let body, let keys):
            return (title, body, nil, keys)
        }
    }

    /// Draws the prompt as a box centred on `screen`, the cursor on its editor or keys line.
    func draw(on screen: inout Screen, strings: Catalog) {
        if case .signIn(let signIn) = self {
            signIn.draw(on: &screen, strings: strings, role: signIn.purpose == .acknowledgeAlert ? .urgent : .warning)
            return
        }
        let (title, body, editor, keys) = content(strings)
        ShellBox.draw(on: &screen, title: title, body: body, editor: editor, keys: keys, role: .warning)
    }
}

/// Both desks changed the same answer: this desk's value and the one stored by the other.
public struct FieldConflict: Sendable {
    public var change: FieldChange
    public var caption: String
    public var mine: String?
    public var theirs: String?
    /// Set when the answer both desks changed is a whole list (`ShellList.id`).
    public var listID: String?

    public init(change: FieldChange, caption: String, mine: String?, theirs: String?, listID: String? = nil) {
        self.change = change
        self.caption = caption
        self.mine = mine
        self.theirs = theirs
        self.listID = listID
    }
}

/// A framed box of text in the middle of the screen (prompts, lock screen).
enum ShellBox {
    /// The filled box with its frame and title.
    static func frame(on screen: inout Screen, box: Rect, title: String, role: Role) {
        screen.fill(box, role: role)
        let rule = "+" + String(repeating: "-", count: max(0, box.width - 2)) + "+"
        screen.write(rule, at: Position(row: box.row, column: box.column), role: role)
        screen.write(" \(title) ", at: Position(row: box.row, column: box.column + 2), role: role, clip: box)
        screen.write(rule, at: Position(row: box.bottom - 1, column: box.column), role: role)
        for row in box.row + 1..<max(box.row + 1, box.bottom - 1) {
            screen.write("|", at: Position(row: row, column: box.column), role: role)
            screen.write("|", at: Position(row: row, column: box.right - 1), role: role)
        }
    }

    static func draw(on screen: inout Screen, title: String, body: String, editor: LineEditor?, keys: String,
                     role: Role) {
        let size = screen.size
        let width = max(20, min(size.width - 2, 72))
        let lines = TextWrap.lines(body, width: width - 4)
        let height = min(size.height, lines.count + (editor == nil ? 4 : 5))
        let box = Rect(row: max(0, (size.height - height) / 2), column: max(0, (size.width - width) / 2),
                       width: width, height: height)
        frame(on: &screen, box: box, title: title, role: role)
        let inner = Rect(row: box.row + 1, column: box.column + 2, width: width - 4, height: max(0, height - 2))
        var row = inner.row
        for line in lines where row < box.bottom - 2 {
            screen.write(line, at: Position(row: row, column: inner.column), role: role, clip: inner)
            row += 1
        }
        if let editor, row < box.bottom - 1 {
            let (shown, cursor) = editor.visible(width: inner.width)
            screen.fill(Rect(row: row, column: inner.column, width: inner.width, height: 1), role: .focus)
            screen.write(shown, at: Position(row: row, column: inner.column), role: .focus, clip: inner)
            screen.cursor = Position(row: row, column: inner.column + cursor)
            row += 1
        }
        let keysRow = box.bottom - 2
        if keysRow > box.row {
            screen.write(keys, at: Position(row: keysRow, column: inner.column), role: role, clip: inner)
            if editor == nil { screen.cursor = Position(row: keysRow, column: inner.column) }
        }
    }
}
