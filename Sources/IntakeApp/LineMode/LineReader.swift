import Glibc
import TerminalUI

/// Where the accessible intake reads its lines. `nil` means end of input (a closed terminal, a
/// dropped SSH link): the intake stops asking, saves through the effect handler and returns.
public protocol LineReader {
    /// The next line typed, without its line ending, or nil at end of input.
    mutating func readLine(for prompt: LinePrompt) -> String?
}

/// Lines from standard input (the terminal the screen reader follows), read in the terminal's
/// character set (the locale's codeset): a Latin-1 terminal's "Müller" is "Müller", not
/// "M\u{FFFD}ller"; the C locale's bytes 0x80-0xFF are Latin-1.
public struct StandardInputReader: LineReader {
    public let charset: TerminalCharset
    private let file: UnsafeMutablePointer<FILE>?

    /// Reads `file` (standard input unless told) in `charset` (the environment's unless told).
    public init(charset: TerminalCharset = .ofEnvironment(), file: UnsafeMutablePointer<FILE>? = nil) {
        self.charset = charset
        self.file = file
    }

    public mutating func readLine(for prompt: LinePrompt) -> String? {
        var bytes: [UInt8] = []
        while true {
            let c = file.map { getc($0) } ?? getchar()
            if c == EOF {
                if bytes.isEmpty { return nil }
                break
            }
            if c == 0x0A { break }
            bytes.append(UInt8(c))
        }
        if bytes.last == 0x0D { bytes.removeLast() }
        return charset.decode(bytes)
    }
}

extension LineReader where Self == StandardInputReader {
    /// Reads standard input.
    public static var standardInput: StandardInputReader { StandardInputReader() }
}
