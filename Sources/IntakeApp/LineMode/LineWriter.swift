import Foundation
import TerminalUI

/// Where the accessible intake writes its lines. It only ever receives one sanitised line at a
/// time: no control character, escape sequence, cursor movement or colour.
public protocol LineWriter {
    func write(line: String)
}

/// Lines to standard output, each written at once (no buffering, so a screen reader hears the
/// question before the program waits for the answer). A terminal that has gone away (hang-up) is
/// not an error here: the write is dropped and the end of input that follows stops the intake.
/// Written in the terminal's character set; a character it has not is written '?'.
public struct StandardOutputWriter: LineWriter {
    public let charset: TerminalCharset
    public init(charset: TerminalCharset = .ofEnvironment()) { self.charset = charset }
    public func write(line: String) {
        try? FileHandle.standardOutput.write(contentsOf: Data(charset.encode(line + "\n").bytes))
    }
}

extension LineWriter where Self == StandardOutputWriter {
    /// Writes to standard output.
    public static var standardOutput: StandardOutputWriter { StandardOutputWriter() }
}
