/// One input event after decoding: a key, a paste, a resize or the end of input.
public enum Key: Hashable, Sendable {
    /// Printable text: one grapheme (or one combining scalar that joins the previous one).
    case character(Character)
    case enter, tab, backTab, backspace, delete, insert, escape
    case up, down, left, right, home, end, pageUp, pageDown
    /// F1...F12 (also Esc followed by a digit within a second: Esc 1 = F1, Esc 0 = F10).
    case function(Int)
    /// The Esc just delivered was the start of Esc-digit (or Esc /): the runner puts the screen
    /// back as it was before that Esc; the F-key (or the jump) comes next. Screens never see it.
    case takeBackEscape
    /// Ctrl with a lowercase letter, or one of `@ [ \ ] ^ _`.
    case control(Character)
    /// Alt (Meta) with a character: Esc followed by it within the ESC delay.
    case alt(Character)
    /// A bracketed paste, as one event; escape sequences and controls already removed,
    /// newlines kept as "\n" (a single-line field turns them into spaces).
    case paste(String)
    /// A paste over the limit (64 KiB) was refused; the count of bytes it had.
    case pasteRefused(byteCount: Int)
    /// The terminal has a new size.
    case resize(Size)
    /// End of input (a dropped SSH link, SIGHUP, SIGTERM): save and exit.
    case hangUp

    /// The largest paste accepted, in bytes of UTF-8.
    public static let pasteLimit = 64 * 1024
}
