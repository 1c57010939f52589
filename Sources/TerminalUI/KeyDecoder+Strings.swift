import PlainText
/// Pastes, terminal strings (OSC, DCS, SOS, PM, APC) and overlong CSI sequences: consumed whole,
/// and ended when their end does not come (`KeyDecoder.unterminatedLimit`, `stringLimit`).
extension KeyDecoder {
    static let pasteEnd: [Unicode.Scalar] = ["\u{1B}", "[", "2", "0", "1", "~"]

    mutating func pasteScalar(_ s: Unicode.Scalar) -> [Key] {
        pasteTail.append(s)
        if pasteTail.count > 6 { pasteTail.removeFirst() }
        pasteBytes += UTF8.width(s)
        if pasteBytes <= Key.pasteLimit + 6 { pasteBuffer.append(s) }
        guard pasteTail == Self.pasteEnd else { return [] }
        return endPaste(markerBytes: 6)
    }

    /// The paste as one event (refused when over the limit), less its end marker if it came.
    mutating func endPaste(markerBytes: Int) -> [Key] {
        state = .ground
        let total = pasteBytes - markerBytes
        defer { pasteBuffer = .init(); pasteTail = [] }
        if total > Key.pasteLimit { return [.pasteRefused(byteCount: total)] }
        var raw = pasteBuffer
        raw.removeLast(markerBytes)
        return total == 0 ? [] : [.paste(Sanitizer.clean(String(raw), keepNewlines: true))]
    }

    /// A paste, string or long CSI whose end did not come in time: a paste is what came (an Esc
    /// at its end, the start of a lost end marker, is dropped); the rest is dropped.
    mutating func endUnterminated() -> [Key] {
        guard case .paste = state else { state = .ground; return [] }
        var marker = 0
        while marker < pasteTail.count, pasteTail[pasteTail.count - 1 - marker] != "\u{1B}" { marker += 1 }
        let partialMarker = marker < pasteTail.count
            && Array(pasteTail[(pasteTail.count - 1 - marker)...]) == Array(Self.pasteEnd.prefix(marker + 1))
        return endPaste(markerBytes: partialMarker ? marker + 1 : 0)
    }

    // MARK: terminal strings (OSC, DCS, SOS, PM, APC)

    mutating func startTerminalString() {
        state = .terminalString(bytes: 0)
        lastByteAt = now
    }

    mutating func terminalString(_ s: Unicode.Scalar, count: Int) -> [Key] {
        lastByteAt = now
        switch s.value {
        case 0x07, 0x9C, 0x18, 0x1A: state = .ground // BEL or ST ends it; CAN and SUB cancel it
        case 0x1B: state = .terminalStringEscape
        default:
            let bytes = count + UTF8.width(s)
            state = bytes >= Self.stringLimit ? .ground : .terminalString(bytes: bytes)
        }
        return []
    }

    mutating func terminalStringEscape(_ s: Unicode.Scalar) -> [Key] {
        state = .ground
        if s == "\\" { return [] }
        state = .escape
        return afterEscape(s)
    }

    /// The rest of a CSI too long for a key, up to its final byte (or a control that ends it).
    mutating func overlongCSI(_ s: Unicode.Scalar) -> [Key] {
        lastByteAt = now
        switch s.value {
        case 0x20...0x3F: return []
        case 0x40...0x7E: state = .ground; return []
        default: state = .ground; return ground(s)
        }
    }
}
