/// Where the accessible intake reads its lines. `nil` means end of input (a closed terminal, a
/// dropped SSH link): the intake stops asking, saves through the effect handler and returns.
public protocol LineReader {
    /// The next line typed, without its line ending, or nil at end of input.
    mutating func readLine(for prompt: LinePrompt) -> String?
}

/// Lines from standard input (the terminal the screen reader follows).
public struct StandardInputReader: LineReader {
    public init() {}
    public mutating func readLine(for prompt: LinePrompt) -> String? {
        Swift.readLine(strippingNewline: true)
    }
}

extension LineReader where Self == StandardInputReader {
    /// Reads standard input.
    public static var standardInput: StandardInputReader { StandardInputReader() }
}
