/// Makes text from data safe to show: no control character, no escape sequence and no bidi
/// control ever reaches the terminal, the sheet, a log or stderr (a name could otherwise move the
/// cursor, recolour the screen or reorder what the clinician reads). The one rule set of the
/// program: the screen, the sheet, the command line, the store's messages and the engine use it.
public enum Sanitizer {
    /// Bidi embedding, override, isolate and mark characters (Unicode UAX #9).
    public static func isBidiControl(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// Invisible format characters that can hide or smuggle text: zero-width space, word joiner
    /// and invisible operators, deprecated format controls, byte-order mark, interlinear
    /// annotation, tag characters. The zero-width joiner and non-joiner stay (emoji, Persian).
    public static func isHidingFormat(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x200B, 0x2060...0x2064, 0x206A...0x206F, 0xFEFF, 0xFFF9...0xFFFB, 0xE0000...0xE007F: return true
        default: return false
        }
    }

    /// C0, DEL, C1 controls, bidi controls, hiding format characters, and the line and paragraph
    /// separators: nothing of these is ever shown.
    public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (v >= 0x7F && v < 0xA0) || v == 0x2028 || v == 0x2029 || isBidiControl(s) || isHidingFormat(s)
    }

    /// One line of display text: escape sequences removed whole, other unsafe scalars removed,
    /// tabs and line breaks turned into spaces.
    public static func displayLine(_ text: some StringProtocol) -> String {
        if isPrintableASCII(text) { return String(text) }
        return clean(String(text), keepNewlines: false)
    }

    /// One line for print or for a stored answer: `displayLine`, then every run of white space made
    /// one space and white space at either end dropped ("  Ann\t\tLee\n" is "Ann Lee").
    public static func collapsedLine(_ text: some StringProtocol) -> String {
        displayLine(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Printable ASCII only: safe as it is, one column per byte.
    public static func isPrintableASCII(_ text: some StringProtocol) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Text made safe: escape sequences removed whole (ESC and C1 CSI, OSC, DCS, SOS, PM, APC),
    /// other unsafe scalars removed, tabs made spaces; CR LF, CR, LF, VT, FF, NEL and U+2028/2029
    /// made one line break (kept only when `keepNewlines`, for multi-line free text; else a space).
    public static func clean(_ text: String, keepNewlines: Bool) -> String {
        if isPrintableASCII(text) { return text }
        var out = String.UnicodeScalarView()
        var it = Array(text.unicodeScalars)[...]
        let lineBreak: Unicode.Scalar = keepNewlines ? "\n" : " "
        while let s = it.popFirst() {
            switch s.value {
            case 0x1B:
                skipEscapeSequence(&it)
            case 0x9B: // C1 CSI
                skipCSIBody(&it)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F: // C1 DCS, SOS, OSC, PM, APC
                skipStringBody(&it)
            case 0x0D:
                if it.first?.value == 0x0A { it.removeFirst() }
                out.append(lineBreak)
            case 0x0A, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                out.append(lineBreak)
            case 0x09:
                out.append(" ")
            default:
                if !isUnsafe(s) { out.append(s) }
            }
        }
        return String(out)
    }

    private static func skipEscapeSequence(_ it: inout ArraySlice<Unicode.Scalar>) {
        guard let next = it.first else { return }
        switch next {
        case "[":
            it.removeFirst()
            skipCSIBody(&it)
        case "]", "P", "X", "^", "_": // OSC, DCS, SOS, PM, APC: up to BEL or ST
            it.removeFirst()
            skipStringBody(&it)
        default:
            if next.value >= 0x20 && next.value < 0x7F { it.removeFirst() }
        }
    }

    private static func skipCSIBody(_ it: inout ArraySlice<Unicode.Scalar>) {
        while let s = it.popFirst() {
            if s.value >= 0x40 && s.value <= 0x7E { return }
            if s.value < 0x20 || s.value > 0x7E { return }
        }
    }

    /// The body of an OSC, DCS, SOS, PM or APC string: up to BEL, ST (ESC \ or C1 ST) or the end.
    private static func skipStringBody(_ it: inout ArraySlice<Unicode.Scalar>) {
        while let s = it.popFirst() {
            if s.value == 0x07 || s.value == 0x9C { return }
            if s.value == 0x1B { if it.first == "\\" { it.removeFirst() }; return }
        }
    }
}
