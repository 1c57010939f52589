/// Makes text from data safe to show: no control character, no escape sequence and no bidi
/// control ever reaches the terminal (a name could otherwise move the cursor, recolour the
/// screen or reorder what the clinician reads).
public enum Sanitizer {
    /// Bidi embedding, override, isolate and mark characters (Unicode UAX #9).
    public static func isBidiControl(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// C0, DEL, C1 controls, bidi controls, and the line and paragraph separators.
    public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (v >= 0x7F && v < 0xA0) || v == 0x2028 || v == 0x2029 || isBidiControl(s)
    }

    /// One line of display text: escape sequences removed whole, other unsafe scalars removed,
    /// tabs and newlines turned into spaces.
    public static func displayLine(_ text: String) -> String {
        if isPrintableASCII(text) { return text }
        return clean(text, keepNewlines: false)
    }

    /// Printable ASCII only: safe as it is, one column per byte.
    public static func isPrintableASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Pasted text: escape sequences and controls removed, CR LF and CR made LF (kept only when
    /// `keepNewlines`), tabs made spaces.
    public static func clean(_ text: String, keepNewlines: Bool) -> String {
        var out = String.UnicodeScalarView()
        var it = Array(text.unicodeScalars)[...]
        while let s = it.popFirst() {
            switch s.value {
            case 0x1B:
                skipEscapeSequence(&it)
            case 0x9B: // C1 CSI
                skipCSIBody(&it)
            case 0x0D:
                if it.first?.value == 0x0A { it.removeFirst() }
                out.append(keepNewlines ? "\n" : " ")
            case 0x0A:
                out.append(keepNewlines ? "\n" : " ")
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
            while let s = it.popFirst() {
                if s.value == 0x07 { break }
                if s.value == 0x1B { if it.first == "\\" { it.removeFirst() }; break }
            }
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
}
