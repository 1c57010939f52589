import Foundation

/// Looks over a JSON text before Foundation parses it, for what Foundation either crashes on or
/// quietly gets wrong, so that every such record is rejected with a problem at its own path:
///
/// - nesting deeper than `deepestNesting` (Foundation traps on some texts 513 deep; an intake
///   record is never more than 4 levels deep), reported at "" with the line, and nothing else is
///   looked at;
/// - a key given twice in one object (Foundation silently keeps one of them): `duplicate`;
/// - a number Foundation cannot hold (`1e400`, `1e-400`) and a `\u` escape that is not a character
///   (a lone surrogate such as `\ud800`): both valid JSON, and `range` at the value's path.
///
/// It tracks only strings, brackets, commas and colons; whether the text is JSON at all is left
/// to Foundation, and the values the guard doubts are handed to Foundation one by one.
public enum JSONTextGuard {
    /// Objects and lists inside each other, counting the record itself as 1.
    public static let deepestNesting = 10

    /// The problems found, in the order of the text; empty when Foundation may parse it.
    public static func problems(in data: Data, messages: ValidationText = .english) -> [Problem] {
        data.withUnsafeBytes { bytes in
            var scan = Scan(bytes: bytes, messages: messages)
            scan.run()
            return scan.problems
        }
    }

    /// What a whole input looks like, from one look over it (for standard input, which holds one
    /// record or JSON Lines).
    public enum Shape: Sendable {
        /// One object or list, within `deepestNesting`, with nothing but white space around it: one
        /// record even if Foundation refuses a value inside it (a pretty-printed record holding
        /// 1e400 is one record with one problem, not a line-by-line rejection).
        case oneContainer
        /// Nested deeper than `deepestNesting`: never to be given to Foundation whole.
        case tooDeep
        /// Anything else: several values (JSON Lines), a bare value, or not JSON.
        case other
    }

    public static func shape(of data: Data) -> Shape {
        data.withUnsafeBytes { bytes in
            var scan = Scan(bytes: bytes, messages: .english)
            scan.run()
            if scan.problems.contains(where: { $0.code == .syntax }) { return .tooDeep }
            return scan.topLevelContainers == 1 && !scan.strayTopLevelBytes && scan.stack.isEmpty ? .oneContainer : .other
        }
    }

    private struct Container {
        var path: String
        var isObject: Bool
        var keys: Set<String> = []
        var index = 0
        /// In an object: the next string is a key (after `{` or `,`), not a value.
        var expectsKey = true
        var key = ""
    }

    private struct Scan {
        let bytes: UnsafeRawBufferPointer
        let messages: ValidationText
        var problems: [Problem] = []
        var stack: [Container] = []
        var position = 0
        /// Objects and lists opened outside any other, and anything else found there.
        var topLevelContainers = 0
        var strayTopLevelBytes = false

        init(bytes: UnsafeRawBufferPointer, messages: ValidationText) {
            self.bytes = bytes
            self.messages = messages
        }

        /// Where the next value sits: the record itself, a member or a list element.
        var valuePath: String {
            guard let top = stack.last else { return "" }
            return top.isObject ? JSONPointer.appending(top.key, to: top.path) : JSONPointer.appending(top.index, to: top.path)
        }

        mutating func run() {
            while position < bytes.count {
                let byte = bytes[position]
                switch byte {
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    if stack.count == JSONTextGuard.deepestNesting {
                        problems = [Problem(path: "", code: .syntax, message: messages.say(.nestedTooDeeply, [
                            "depth": String(JSONTextGuard.deepestNesting), "line": String(lineNumber(at: position))]))]
                        return
                    }
                    if stack.isEmpty { topLevelContainers += 1 }
                    stack.append(Container(path: valuePath, isObject: byte == UInt8(ascii: "{")))
                    position += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    // Unbalanced: not JSON, which Foundation will say.
                    guard stack.popLast() != nil else {
                        strayTopLevelBytes = true
                        return
                    }
                    position += 1
                case UInt8(ascii: ","):
                    if let last = stack.indices.last {
                        if stack[last].isObject { stack[last].expectsKey = true } else { stack[last].index += 1 }
                    }
                    position += 1
                case UInt8(ascii: "\""):
                    if stack.isEmpty { strayTopLevelBytes = true }
                    string()
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    if stack.isEmpty { strayTopLevelBytes = true }
                    number()
                default:
                    if stack.isEmpty && ![0x20, 0x09, 0x0A, 0x0D].contains(byte) { strayTopLevelBytes = true }
                    position += 1
                }
            }
        }

        /// A string: a key (checked for repeats) or a value (checked when it holds a `\u` escape).
        mutating func string() {
            let start = position
            var escaped = false, hasEscape = false, hasUnicodeEscape = false
            position += 1
            while position < bytes.count {
                let byte = bytes[position]
                position += 1
                if escaped {
                    escaped = false
                    if byte == UInt8(ascii: "u") { hasUnicodeEscape = true }
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                    hasEscape = true
                } else if byte == UInt8(ascii: "\"") {
                    break
                }
            }
            let token = UnsafeRawBufferPointer(rebasing: bytes[start..<position])
            // Foundation reads the escapes: a key's (to compare it), a value's `\u` only (to try it).
            func decoded() -> String? { try? JSONDecoder().decode(String.self, from: Data(token)) }
            let raw = String(decoding: token.dropFirst().dropLast(), as: UTF8.self)
            guard let last = stack.indices.last, stack[last].isObject, stack[last].expectsKey else {
                if hasUnicodeEscape && decoded() == nil {
                    problems.append(Problem(path: valuePath, code: .range, message: messages.say(.notACharacter)))
                }
                return
            }
            stack[last].expectsKey = false
            let key = hasEscape ? decoded() : raw
            // A key that is not text at all cannot be a key of this format; it keeps its place.
            stack[last].key = key ?? raw
            if key == nil && hasUnicodeEscape {
                problems.append(Problem(path: valuePath, code: .unknownKey, message: messages.say(.notACharacter)))
            } else if let key, !stack[last].keys.insert(key).inserted {
                problems.append(Problem(path: valuePath, code: .duplicate, message: messages.say(.keyGivenTwice)))
            }
        }

        /// A number: one with an exponent or hundreds of digits is handed to Foundation alone, as a
        /// number that fits a Double always parses.
        mutating func number() {
            let start = position
            var hasExponent = false
            while position < bytes.count {
                let byte = bytes[position]
                guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
                        || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
                        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { break }
                if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { hasExponent = true }
                position += 1
            }
            guard hasExponent || position - start > 300 else { return }
            let token = Data(UnsafeRawBufferPointer(rebasing: bytes[start..<position]))
            // A token that is not a JSON number at all is Foundation's to report, as not JSON.
            let grammar = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/  // RFC 8259
            guard (try? JSONDecoder().decode(Double.self, from: token)) == nil,
                  String(decoding: token, as: UTF8.self).wholeMatch(of: grammar) != nil else { return }
            problems.append(Problem(path: valuePath, code: .range, message: messages.say(.numberTooLargeOrSmall)))
        }

        func lineNumber(at offset: Int) -> Int {
            1 + bytes[..<offset].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        }
    }

}
