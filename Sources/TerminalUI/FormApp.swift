/// The simplest app: one `FormView`. Its effects are the form's events; it finishes on
/// finish (F10, Ctrl-X) when every field is valid, on hang-up, or when `quit()` is called.
public struct FormApp: AppModel, Sendable {
    public var form: FormView
    public private(set) var isFinished = false
    /// True when the form was finished with valid fields (false on hang-up or quit).
    public private(set) var isCompleted = false
    /// Ctrl-C quits without finishing (off in kiosk mode).
    public var allowsQuit = true

    public init(form: FormView) { self.form = form }

    public mutating func update(_ key: Key) -> [FormEvent] {
        if allowsQuit && key == .control("c") && form.alert == nil { isFinished = true; return [] }
        if case .resize(let s) = key { _ = form.handle(.resize(s)); return [] }
        let event = form.handle(key)
        switch event {
        case .hangUp: isFinished = true
        case .command(.finish):
            if form.validateAll() { isFinished = true; isCompleted = true }
        default: break
        }
        return event == .none ? [] : [event]
    }

    public mutating func quit() { isFinished = true }

    public func render(size: Size) -> Screen { form.render(size: size) }
}
