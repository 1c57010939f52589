import Foundation

/// The JSON every `--json` (and `--format json|fhir`) output of the command line prints: written by
/// `JSONEncoder` (keys sorted, so the same record always prints the same bytes), then with every
/// character that can move or hide text on a terminal or in a log written as a `\u00XX` escape.
///
/// `JSONEncoder` escapes C0 controls but writes DEL, the C1 controls (one of them, U+009B, starts
/// a terminal command on its own), the line and paragraph separators U+2028/U+2029 (line breaks to
/// many log readers and to JavaScript before ES2019) and the bidirectional controls (which reorder
/// what a reader sees: "Trojan Source") as raw characters. The escaped text parses to the same
/// value.
public enum JSONOutput {
    /// One value as JSON text: compact (one line, for JSON Lines) or pretty-printed.
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = false) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return escapingControls(try encoder.encode(value))
    }

    /// JSON text with every character `mustEscape` says as `\uXXXX`. Outside strings JSON text is
    /// ASCII without DEL, so every such character sits inside a string, where the escape means it.
    public static func escapingControls(_ json: Data) -> Data {
        // Most output is plain ASCII: nothing to look at.
        guard json.contains(where: { $0 >= 0x7F }) else { return json }
        var escaped = String.UnicodeScalarView()
        for scalar in String(decoding: json, as: UTF8.self).unicodeScalars {
            if mustEscape(scalar) {
                escaped.append(contentsOf: String(format: "\\u%04x", scalar.value).unicodeScalars)
            } else {
                escaped.append(scalar)
            }
        }
        return Data(String(escaped).utf8)
    }

    /// DEL, the C1 controls, U+2028/U+2029 and the bidirectional controls (ALM, LRM, RLM, the
    /// embeddings and overrides U+202A-U+202E, the isolates U+2066-U+2069). C0 controls inside
    /// strings `JSONEncoder` escapes itself; outside them they are the pretty-printer's line breaks.
    public static func mustEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7F...0x9F, 0x2028, 0x2029, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
            return true
        default:
            return false
        }
    }
}
