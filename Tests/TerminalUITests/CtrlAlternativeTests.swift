import Testing
@testable import TerminalUI

/// Issue 13, item 3: every F-key has a Ctrl alternative (F4 and F5 had only Esc-digit).
@Suite("Ctrl alternatives of the F-keys")
struct CtrlAlternativeTests {
    @Test("F5 and F4 have Ctrl alternatives (Ctrl-R print, Ctrl-T skip or amend) that clash with no other binding or line editing")
    func ctrlAlternatives() {
        #expect(KeyTable.key(.control("r"), means: .print))
        #expect(KeyTable.key(.control("t"), means: .skipStep))
        #expect(KeyTable.key(.control("t"), means: .amend))
        #expect(KeyTable.binding(.print).keyNames == ["F5", "Ctrl-R", "Esc 5"])
        #expect(KeyTable.binding(.skipStep).keyNames == ["F4", "Ctrl-T", "Esc 4"])
        for c in ["r", "t"] {
            let owners = Set(KeyTable.bindings.filter { $0.keys.contains(.control(Character(c))) }.map(\.command))
            #expect(owners.isSubset(of: [.print, .skipStep, .amend]), "\(c): \(owners)")
        }
        var editor = LineEditor(maxLength: 40)
        for ch in "abc" { _ = editor.handle(.character(ch)) }
        for c in ["r", "t"] { _ = editor.handle(.control(Character(c))) }
        #expect(editor.text == "abc")
        // every F-key in the table has a Ctrl alternative
        for b in KeyTable.bindings where b.keys.contains(where: { if case .function = $0 { return true }; return false }) {
            #expect(b.keys.contains { if case .control = $0 { return true }; return false }, "\(b.command)")
        }
    }
}
