import Catalog
/// What the form tells the app after a key.
public enum FormEvent: Hashable, Sendable {
    case none
    /// A field's value changed (re-run the live assessment, save a draft...).
    case changed(fieldID: String)
    /// A command of the keys table the form does not handle itself: save, print, finish,
    /// next and previous step.
    case command(Command)
    case alertClosed(alertID: String)
    /// End of input: save and exit.
    case hangUp
}

/// A generic long, scrolling form of labelled widgets with a title, a step indicator, an
/// optional side panel, a message line, a status bar, help, "jump to field" and modal alerts.
/// A value: `handle` is the reducer, `render(size:)` is pure.
public struct FormView: Sendable {
    public var title: String
    /// "Step 4 of 8: Symptoms"
    public var step: String
    /// A word at the right end of the title row, after the step, in its own colour (a screen
    /// without its side panel shows the urgency there); empty for none.
    public var titleBadge: String = ""
    public var titleBadgeRole: Role = .warning
    public var fields: [any FormField]
    /// Field IDs not shown (conditional questions whose condition is false).
    public var hidden: Set<String> = []
    public var errors: [String: String] = [:]
    public var sidePanelTitle: String = ""
    public var sidePanel: String = ""
    public var message: String?
    public var messageRole: Role = .warning
    public var alert: Alert?
    public var isShowingHelp = false
    public var jumpEditor: LineEditor?
    public var strings: Catalog
    public var captionWidth = 22
    public var minimumSize = Size(width: 60, height: 16)
    public var statusCommands: [Command] = [.help, .save, .finish, .nextField]
    /// The keys the help screen lists (every key that works on the screen; the status bar has
    /// room for a few only).
    public var helpCommands: [Command] = KeyTable.formCommands
    /// Hints the screen adds to the status bar before the focused widget's (a list's keys).
    public var extraHints: [KeyHint] = []
    public private(set) var focus: Int
    public private(set) var scrollTop = 0
    public private(set) var viewSize: Size
    private var valueOnFocus: FieldValue?

    public init(title: String, step: String = "", fields: [any FormField], strings: Catalog = Catalog(),
                size: Size = Size(width: 80, height: 24)) {
        self.title = title
        self.step = step
        self.fields = fields
        self.strings = strings
        self.viewSize = size
        self.focus = fields.firstIndex(where: { $0.isFocusable }) ?? 0
        self.valueOnFocus = fields.indices.contains(focus) ? fields[focus].value : nil
    }

    public var hasSidePanel: Bool { !sidePanel.isEmpty || !sidePanelTitle.isEmpty }
    public var focusedField: (any FormField)? { fields.indices.contains(focus) ? fields[focus] : nil }
    public var isTooSmall: Bool { viewSize.width < minimumSize.width || viewSize.height < minimumSize.height }

    public func index(of id: String) -> Int? { fields.firstIndex { $0.id == id } }
    public func value(of id: String) -> FieldValue? { index(of: id).map { fields[$0].value } }
    public mutating func setValue(_ value: FieldValue, of id: String) {
        if let i = index(of: id) { fields[i].value = value }
    }

    /// Moves focus to a field (never validates; the app uses it to show the first error).
    public mutating func focus(on id: String) {
        guard let i = index(of: id), fields[i].isFocusable, !hidden.contains(id) else { return }
        setFocus(i)
    }

    /// Checks every visible field, shows each error inline, focuses the first one.
    /// Returns true when there is none.
    @discardableResult
    public mutating func validateAll() -> Bool {
        var first: Int?
        for (i, f) in fields.enumerated() where !hidden.contains(f.id) {
            if let e = f.validate(strings: strings) {
                errors[f.id] = e
                if first == nil { first = i }
            } else { errors[f.id] = nil }
        }
        if let first { setFocus(first) }
        return first == nil
    }

    public mutating func handle(_ key: Key) -> FormEvent {
        switch key {
        case .hangUp: return .hangUp
        case .resize(let s): viewSize = s; keepFocusVisible(); return .none
        case .pasteRefused(let n):
            message = strings(.uiPasteRefused, ["bytes": String(n)]); messageRole = .error
            return .none
        default: break
        }
        if let a = alert {
            if a.closes(on: key) { alert = nil; return .alertClosed(alertID: a.id) }
            return .none
        }
        if isShowingHelp {
            if [.escape, .enter, .function(1), .control("g")].contains(key) { isShowingHelp = false }
            return .none
        }
        if jumpEditor != nil { return handleJump(key) }
        if isTooSmall { return .none } // nothing can be seen, so nothing is changed
        message = nil
        switch KeyTable.command(for: key) {
        case .help: isShowingHelp = true; return .none
        case .jump: jumpEditor = LineEditor(maxLength: 40); return .none
        case .save: return .command(.save)
        case .print: return .command(.print)
        case .finish: return .command(.finish)
        default: break
        }
        switch key {
        case .tab: moveFocus(forward: true, wrap: true); return .none
        case .backTab: moveFocus(forward: false, wrap: true); return .none
        case .control("n"): return .command(.nextStep)
        case .control("p"): return .command(.previousStep)
        default: break
        }
        guard fields.indices.contains(focus) else { return .none }
        let id = fields[focus].id
        switch fields[focus].handle(key, strings: strings) {
        case .changed:
            errors[id] = nil
            keepFocusVisible()
            return .changed(fieldID: id)
        case .handled: keepFocusVisible(); return .none
        case .next: moveFocus(forward: true, wrap: false); return .none
        case .ignored: break
        }
        switch key {
        case .down, .enter: moveFocus(forward: true, wrap: false)
        case .up: moveFocus(forward: false, wrap: false)
        case .pageDown: return page(forward: true)
        case .pageUp: return page(forward: false)
        case .escape:
            if let v = valueOnFocus, fields[focus].value != v {
                fields[focus].value = v
                errors[id] = nil
                return .changed(fieldID: id)
            }
        default: break
        }
        return .none
    }

    private mutating func handleJump(_ key: Key) -> FormEvent {
        switch key {
        case .escape: jumpEditor = nil
        case .enter:
            let wanted = (jumpEditor?.text ?? "").lowercased().trimmingSpaces
            jumpEditor = nil
            if !wanted.isEmpty, let i = fields.firstIndex(where: {
                $0.isFocusable && !hidden.contains($0.id) && $0.caption.lowercased().contains(wanted)
            }) { leaveFocused(); setFocus(i); fields[i].selectForReplacing() }
        default: _ = jumpEditor?.handle(key)
        }
        return .none
    }

    private mutating func page(forward: Bool) -> FormEvent {
        let layout = FormLayout(form: self, size: viewSize)
        if forward ? scrollTop >= layout.maximumTop : scrollTop <= 0 {
            return .command(forward ? .nextStep : .previousStep)
        }
        let pageRows = max(1, layout.body.height - 1)
        scrollTop = min(layout.maximumTop, max(0, scrollTop + (forward ? pageRows : -pageRows)))
        let visible = layout.entries.filter { fields[$0.index].isFocusable && $0.top >= scrollTop && $0.top < scrollTop + layout.body.height }
        if let target = forward ? visible.first : visible.last, target.index != focus {
            leaveFocused()
            focus = target.index
            valueOnFocus = fields[focus].value
            fields[focus].selectForReplacing()
        }
        return .none
    }

    private var focusOrder: [Int] {
        fields.indices.filter { fields[$0].isFocusable && !hidden.contains(fields[$0].id) }
    }

    private mutating func moveFocus(forward: Bool, wrap: Bool) {
        let order = focusOrder
        guard !order.isEmpty else { return }
        let pos = order.firstIndex(of: focus)
        var next: Int
        if let pos {
            next = pos + (forward ? 1 : -1)
            if next < 0 || next >= order.count {
                guard wrap else { return }
                next = (next + order.count) % order.count
            }
        } else {
            next = forward ? (order.firstIndex(where: { $0 > focus }) ?? 0) : (order.lastIndex(where: { $0 < focus }) ?? order.count - 1)
        }
        leaveFocused()
        setFocus(order[next])
        fields[focus].selectForReplacing()
    }

    /// The focused field selects its text, so typing replaces it: a screen that moves the focus
    /// itself calls it when the focus arrives on another field.
    public mutating func selectFocusedForReplacing() {
        guard fields.indices.contains(focus) else { return }
        fields[focus].selectForReplacing()
    }

    /// Leaving a field shows its error (but never keeps the user there).
    private mutating func leaveFocused() {
        guard fields.indices.contains(focus) else { return }
        errors[fields[focus].id] = fields[focus].validate(strings: strings)
    }

    private mutating func setFocus(_ i: Int) {
        focus = i
        valueOnFocus = fields[i].value
        keepFocusVisible()
    }

    /// Scrolls so the focused field (or, in a field taller than the view, its focused option) is
    /// on screen. `handle` does it after every key; a screen that hands keys to the fields
    /// itself calls it after each.
    public mutating func keepFocusVisible() {
        scrollTop = visibleTop(layout: FormLayout(form: self, size: viewSize))
    }

    /// The scroll offset that shows the focus, from the current one.
    func visibleTop(layout: FormLayout) -> Int {
        let rows = focusedField.map { $0.focusedRows(width: layout.widgetWidth) } ?? 0..<1
        return layout.scrollTop(showing: focus, focusedRows: rows, from: scrollTop)
    }
}
