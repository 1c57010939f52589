import Testing
@testable import TerminalUI

/// Issue 13, item 3: Esc then a digit works at human speed (up to 1 s, as mc); a lone Esc is
/// delivered when the hold runs out; another key delivers Esc, then itself. Issue 13, item 4:
/// every back-tab form.
@Suite("Esc held for a following digit (timed input)")
struct EscapeHoldTests {
    @Test("Esc, 300 ms pause, 2 is F2; Esc, 900 ms, 0 is F10")
    func digitAtHumanSpeed() {
        var d = KeyDecoder()
        #expect(d.feed(bytes: [0x1B], at: 10.0) == [])
        #expect(d.advance(to: 10.3) == [])
        #expect(d.feed(bytes: Array("2".utf8), at: 10.3) == [.function(2)])
        #expect(d.feed(bytes: [0x1B], at: 20.0) == [])
        #expect(d.feed(bytes: Array("0".utf8), at: 20.9) == [.function(10)])
    }

    @Test("Esc, 1.2 s pause, 2 is Esc then the character 2")
    func digitTooLate() {
        var d = KeyDecoder()
        #expect(d.feed(bytes: [0x1B], at: 5.0) == [])
        #expect(d.feed(bytes: Array("2".utf8), at: 6.2) == [.escape, .character("2")])
    }

    @Test("a lone Esc is delivered when the hold runs out, not before; the deadline says when")
    func loneEscAfterHold() {
        var d = KeyDecoder()
        #expect(d.feed(bytes: [0x1B], at: 1.0) == [])
        #expect(d.escapeDeadline == 1.0 + KeyDecoder.escapeDelay)
        #expect(d.advance(to: 1.5) == [])
        #expect(d.escapeDeadline == 2.0)
        #expect(d.advance(to: 2.0) == [.escape])
        #expect(d.escapeDeadline == nil)
        #expect(!d.isPending)
    }

    @Test("a letter after the ESC delay is Esc then the letter (not Alt); within it, Alt")
    func letterAfterEsc() {
        var d = KeyDecoder()
        #expect(d.feed(bytes: [0x1B], at: 1.0) == [])
        #expect(d.feed(bytes: Array("a".utf8), at: 1.4) == [.escape, .character("a")])
        #expect(d.feed(bytes: [0x1B, 0x61], at: 3.0) == [.alt("a")])
    }

    @Test("Esc / at human speed still jumps; Esc then an arrow sequence is Esc, then the arrow")
    func slashAndArrow() {
        var d = KeyDecoder()
        #expect(d.feed(bytes: [0x1B], at: 1.0) == [])
        #expect(d.feed(bytes: Array("/".utf8), at: 1.5) == [.alt("/")])
        #expect(d.feed(bytes: [0x1B], at: 2.0) == [])
        #expect(d.feed(bytes: Array("\u{1B}[A".utf8), at: 2.5) == [.escape, .up])
        #expect(d.feed(bytes: [0x1B], at: 3.0) == [])
        #expect(d.feed(bytes: [0x1B], at: 3.5) == [.escape])
        #expect(d.advance(to: 4.5) == [.escape])
    }

    @Test("Shift-Tab as ESC [ Z, ESC [ 1 ; 2 Z, ESC O Z and ESC Tab decodes to back-tab")
    func backTabForms() {
        var d = KeyDecoder()
        #expect(d.feed(bytes: Array("\u{1B}[Z".utf8), at: 1) == [.backTab])
        #expect(d.feed(bytes: Array("\u{1B}[1;2Z".utf8), at: 2) == [.backTab])
        #expect(d.feed(bytes: Array("\u{1B}OZ".utf8), at: 3) == [.backTab])
        #expect(d.feed(bytes: [0x1B, 0x09], at: 4) == [.backTab], "ESC Tab, the Linux console's kcbt")
    }

    @Test("a pilot: Esc, 300 ms, 2 is F2 (save); Esc, 1.2 s, 2 is Esc then 2; a lone Esc arrives after the 1 s hold")
    func pilotTimed() {
        var saves = Pilot(SaveCounter())
        saves.send(bytes: [0x1B])
        saves.wait(0.3)
        saves.send(bytes: Array("2".utf8))
        #expect(saves.model.keys == [.function(2)])
        saves.send(bytes: [0x1B])
        saves.wait(1.2)
        #expect(saves.model.keys == [.function(2), .escape])
        saves.send(bytes: Array("2".utf8))
        #expect(saves.model.keys == [.function(2), .escape, .character("2")])
        saves.send(bytes: [0x1B])
        saves.wait(0.5)
        #expect(saves.model.keys.count == 3, "a lone Esc waits while the hold lasts")
        saves.wait(0.5)
        #expect(saves.model.keys.last == .escape)
    }
}

/// Records the keys it gets.
struct SaveCounter: AppModel {
    var keys: [Key] = []
    var isFinished: Bool { false }
    mutating func update(_ key: Key) -> [Never] {
        if case .resize = key { return [] }
        keys.append(key)
        return []
    }
    func render(size: Size) -> Screen { Screen(size: size) }
}

/// Issue 13, item 3: where the screen can take an Esc back, a lone Esc acts after the ESC delay
/// (not after the 1 s hold), and a digit within the hold takes it back and is the F-key.
@Suite("Esc at once, taken back by a digit")
struct EscapeAtOnceTests {
    @Test("a lone Esc is delivered when the 25 ms ESC delay passes, not after the hold")
    func loneEscAtOnce() {
        var d = KeyDecoder()
        d.escapeActsAtOnce = true
        #expect(d.feed(bytes: [0x1B], at: 1.0) == [])
        #expect(d.escapeDeadline == 1.0 + KeyDecoder.escapeDelay)
        #expect(d.advance(to: 1.0 + KeyDecoder.escapeDelay) == [.escape])
        #expect(!d.isPending)
    }

    @Test("an Esc ncurses already waited the ESC delay for is delivered (or held) without a second wait")
    func escapeDelayAlreadyWaited() {
        var d = KeyDecoder()
        d.escapeActsAtOnce = true
        #expect(d.feed(bytes: [0x1B], at: 1.0) == [])
        #expect(d.escapeDelayPassed() == [.escape])
        var held = KeyDecoder()
        #expect(held.feed(bytes: [0x1B], at: 1.0) == [])
        #expect(held.escapeDelayPassed() == [])
        #expect(held.escapeDeadline == 1.0 + KeyDecoder.escapeHold)
        #expect(held.feed(bytes: Array("[A".utf8), at: 1.01) == [.escape, .character("["), .character("A")],
                "after the delay, bytes are keys of their own")
    }

    @Test("Esc, 300 ms, 2: the Esc, then take it back and F2; Esc, 900 ms, / takes back and jumps")
    func digitTakesEscBack() {
        var d = KeyDecoder()
        d.escapeActsAtOnce = true
        #expect(d.feed(bytes: [0x1B], at: 1.0) == [])
        #expect(d.advance(to: 1.1) == [.escape])
        #expect(d.feed(bytes: Array("2".utf8), at: 1.3) == [.takeBackEscape, .function(2)])
        #expect(d.feed(bytes: [0x1B], at: 5.0) == [])
        #expect(d.advance(to: 5.1) == [.escape])
        #expect(d.feed(bytes: Array("/".utf8), at: 5.9) == [.takeBackEscape, .alt("/")])
    }

    @Test("a digit after the hold, or after another key, is only the digit")
    func lateDigitIsText() {
        var d = KeyDecoder()
        d.escapeActsAtOnce = true
        _ = d.feed(bytes: [0x1B], at: 1.0)
        #expect(d.advance(to: 1.1) == [.escape])
        #expect(d.feed(bytes: Array("2".utf8), at: 2.2) == [.character("2")])
        _ = d.feed(bytes: [0x1B], at: 3.0)
        #expect(d.advance(to: 3.1) == [.escape])
        #expect(d.feed(bytes: Array("a2".utf8), at: 3.3) == [.character("a"), .character("2")])
    }

    @Test("a pilot on a model that can take Esc back: Esc acts at once and Esc 2 restores it before F2")
    func pilotTakesEscBack() {
        var pilot = Pilot(EscapeUndoCounter())
        pilot.send(bytes: [0x1B])
        pilot.wait(0.05)
        #expect(pilot.model.escapes == 1, "Esc acted within 50 ms")
        pilot.wait(0.25)
        pilot.send(bytes: Array("2".utf8))
        #expect(pilot.model.escapes == 0, "the Esc was taken back")
        #expect(pilot.model.functionKeys == [2])
    }

    @Test("the runner takes an Esc back the same way on a terminal")
    func runnerTakesEscBack() {
        let terminal = MemoryTerminal()
        terminal.enqueue(.character("a"), .escape, .takeBackEscape, .function(2), .escape)
        var model = EscapeUndoCounter()
        AppRunner().run(&model, on: terminal)
        #expect(model.escapes == 1)
        #expect(model.functionKeys == [2])
        #expect(model.typed == "a")
    }
}

/// Counts Escs (which it can take back) and F-keys.
struct EscapeUndoCounter: AppModel {
    var escapes = 0
    var functionKeys: [Int] = []
    var typed = ""
    var isFinished = false
    var escapeCanBeTakenBack: Bool { true }
    mutating func update(_ key: Key) -> [Never] {
        switch key {
        case .escape: escapes += 1
        case .function(let n): functionKeys.append(n)
        case .character(let c): typed.append(c)
        case .hangUp: isFinished = true
        default: break
        }
        return []
    }
    func render(size: Size) -> Screen { Screen(size: size) }
}
