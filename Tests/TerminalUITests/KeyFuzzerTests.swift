import Testing
@testable import TerminalUI

/// Issue 12: the key fuzzer's generator repeats from its seed, keeps its resizes in bounds and
/// makes the inputs it promises; the pilot's check finds a raw control in a cell.
@Suite("Key fuzzer")
struct KeyFuzzerTests {
    static func inputs(seed: UInt64, count: Int, minimum: Size = Size(width: 1, height: 1)) -> [FuzzInput] {
        var fuzzer = KeyFuzzer(seed: seed, minimumSize: minimum, signIn: "jm\t2468\r")
        return (0..<count).map { _ in fuzzer.next() }
    }

    @Test("the same seed gives the same inputs; another seed, others")
    func seeded() {
        #expect(Self.inputs(seed: 7, count: 500) == Self.inputs(seed: 7, count: 500))
        #expect(Self.inputs(seed: 7, count: 500) != Self.inputs(seed: 8, count: 500))
    }

    @Test("resizes stay within the bounds; there are keys, Esc, strings, pastes (some unterminated), pauses")
    func variety() {
        let inputs = Self.inputs(seed: 3, count: 5000, minimum: Size(width: 13, height: 2))
        let sizes = inputs.compactMap { if case .resize(let s) = $0 { s } else { nil } }
        #expect(!sizes.isEmpty)
        #expect(sizes.allSatisfy { (13...200).contains($0.width) && (2...60).contains($0.height) })
        let bytes = inputs.compactMap { if case .bytes(let b) = $0 { b } else { nil } }
        let starts = { (prefix: String) in bytes.contains { $0.starts(with: Array(prefix.utf8)) } }
        #expect(starts("\u{1B}]") && starts("\u{1B}[200~") && starts("\u{1B}P") && bytes.contains([0x1B]))
        #expect(bytes.contains { $0.starts(with: Array("\u{1B}[200~".utf8)) && !$0.ends(with: Array("\u{1B}[201~".utf8)) })
        #expect(inputs.contains { if case .pause = $0 { true } else { false } })
        #expect(inputs.contains(.key(.tab)) && inputs.contains(.key(.pageDown)))
    }

    @Test("the pilot finds an ESC, a C1 control or DEL in a cell, and nothing in plain text")
    func rawControlCheck() {
        var pilot = Pilot(StaticText(text: "plain é 中"))
        #expect(pilot.cellsWithRawControls.isEmpty)
        for bad in ["a\u{1B}", "\u{9B}", "\u{7F}", "\u{07}"] {
            pilot.model.text = bad
            pilot.press(.enter)
            #expect(pilot.cellsWithRawControls == [Position(row: 0, column: 0)], "\(bad.unicodeScalars.map(\.value))")
        }
    }
}

/// Shows one text in its first cell, unfiltered (as a buggy screen would).
struct StaticText: AppModel {
    var text: String
    var isFinished: Bool { false }
    mutating func update(_ key: Key) -> [Never] { [] }
    func render(size: Size) -> Screen {
        var screen = Screen(size: size)
        screen[0, 0] = Cell(text: text)  // the subscript writes a cell as it is (write() would sanitize)
        return screen
    }
}

extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool { count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix }
}
