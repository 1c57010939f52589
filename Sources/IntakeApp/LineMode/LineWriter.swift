import Foundation
import PlainText
import TerminalUI
#if canImport(Glibc)
import Glibc
#endif

/// Where the accessible intake writes its lines. It only ever receives one sanitised line at a
/// time: no control character, escape sequence, cursor movement or colour.
public protocol LineWriter {
    func write(line: String)
}

/// Lines to standard output, each written at once (no buffering, so a screen reader hears the
/// question before the program waits for the answer). A terminal that has gone away (hang-up) is
/// not an error here: the write is dropped and the end of input that follows stops the intake.
/// Written in the terminal's character set; a character it has not is written '?'. A line wider
/// than the terminal is wrapped between words (`WrappedLines`), never by the terminal inside one.
public struct StandardOutputWriter: LineWriter {
    public let charset: TerminalCharset
    public init(charset: TerminalCharset = .ofEnvironment()) { self.charset = charset }
    public func write(line: String) {
        WrappedLines(width: Self.terminalWidth(), into: Unwrapped(charset: charset)).write(line: line)
    }

    /// The columns of the terminal on standard output; 80 when it is not a terminal (a pipe).
    static func terminalWidth() -> Int {
        #if canImport(Glibc)
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        #endif
        return 80
    }

    /// One line as given.
    struct Unwrapped: LineWriter {
        let charset: TerminalCharset
        func write(line: String) {
            try? FileHandle.standardOutput.write(contentsOf: Data(charset.encode(line + "\n").bytes))
        }
    }
}

/// Lines wrapped between words to a width (the last column left free, so no terminal wraps them
/// again): a Spanish question a quarter longer than its English text is never cut inside a word.
public struct WrappedLines<Inner: LineWriter>: LineWriter {
    public let width: Int
    public let inner: Inner
    public init(width: Int, into inner: Inner) {
        self.width = width
        self.inner = inner
    }

    public func write(line: String) {
        let room = max(20, width - 1)
        guard DisplayWidth.of(line) > room else { return inner.write(line: line) }
        for part in TextWrap.lines(line, width: room) { inner.write(line: part) }
    }
}

extension LineWriter where Self == StandardOutputWriter {
    /// Writes to standard output.
    public static var standardOutput: StandardOutputWriter { StandardOutputWriter() }
}
