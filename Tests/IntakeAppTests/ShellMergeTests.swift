import Foundation
import IntakeApp
import IntakeModel
import IntakeStore
import Testing
import TerminalUI

/// Desk A (the harness) and desk B (`OtherDesk`) on one store: A opens a draft and saves a name;
/// B takes the draft over, changes what `bTypes` says and leaves it (Ctrl-C releases it); A,
/// still on its screen, then changes answers of its own. The store sees A's saves come from an
/// older version than the one B stored.
@Suite("Shell: two desks change one draft; answers merge per field and the audit tells the truth")
struct ShellMergeTests {
    func bothDesks(bName: String?, bBirthDate: String?) throws -> (ShellHarness, String) {
        var a = try ShellHarness()
        a.press(.enter)
        let id = try #require(a.openRecordID)
        a.type("Anna")
        a.press(.tab, .backTab)  // name saved; the cursor back on the name
        var b = OtherDesk(a)
        b.takeOver(id)
        if let bName {
            for _ in 0..<4 { b.press(.backspace) }
            b.type(bName)
        }
        b.press(.tab)
        if let bBirthDate {
            b.type(bBirthDate)
            b.press(.tab)
        }
        b.press(.control("c"))
        #expect(try a.store.load(id).session == .none, "B left and released the draft")
        return (a, id)
    }

    @Test("A changes the name, B changed the date of birth: both are kept, nothing is asked")
    func differentFieldsMerge() throws {
        var (a, id) = try bothDesks(bName: nil, bBirthDate: "1940-05-06")
        for _ in 0..<4 { a.press(.backspace) }
        a.type("Mine")
        a.press(.tab)
        let stored = try a.store.load(id)
        #expect(stored.record.patient?.name == "Mine")
        #expect(stored.record.patient?.birthDate == CalendarDate(year: 1940, month: 5, day: 6))
        #expect(!a.screen.contains("Changed in another session"))
        #expect(a.shell.prompt.map { _ in true } == nil, "no prompt")
        #expect(a.openRecordID == id)
        if case .record(let open) = a.shell.mode {
            #expect(open.screen.record.patient?.birthDate == CalendarDate(year: 1940, month: 5, day: 6),
                    "A's screen now holds B's answer")
            #expect(open.version == stored.version)
        }
        let last = try #require(try a.store.auditTrail(id).last)
        #expect(last.action == .answer)
        #expect(last.field == "patient.name")
        #expect(last.oldValue == "Anna")
        #expect(last.newValue == "Mine")
        // the date box under A's cursor now shows B's date; A types over it and saves from the merged version
        #expect(a.screen.contains("1940-05-06"))
        for _ in 0..<10 { a.press(.backspace) }
        a.type("1951-02-03")
        a.press(.tab)
        #expect(try a.store.load(id).record.patient?.birthDate == CalendarDate(year: 1951, month: 2, day: 3))
    }

    @Test("Both change the name: the prompt shows both; keep mine writes the name only, audited over theirs")
    func sameFieldAsksAndKeepsMine() throws {
        var (a, id) = try bothDesks(bName: "Theirs", bBirthDate: "1940-05-06")
        for _ in 0..<4 { a.press(.backspace) }
        a.type("Mine")
        a.press(.tab)
        #expect(a.screen.contains("Changed in another session"))
        #expect(flatText(a.screen).contains("This desk: Mine / other desk: Theirs"))
        #expect(flatText(a.screen).contains("Name"))
        #expect(try a.store.load(id).record.patient?.name == "Theirs", "nothing written before the clerk chooses")
        a.press(.character("k"))
        let stored = try a.store.load(id)
        #expect(stored.record.patient?.name == "Mine")
        #expect(stored.record.patient?.birthDate == CalendarDate(year: 1940, month: 5, day: 6),
                "B's other answer is not erased")
        let last = try #require(try a.store.auditTrail(id).last)
        #expect(last.action == .overwrite)
        #expect(last.field == "patient.name")
        #expect(last.oldValue == "Theirs", "the value actually replaced")
        #expect(last.newValue == "Mine")
    }

    @Test("Both change the name: take theirs keeps theirs, updates A's screen, and writes nothing")
    func sameFieldTakeTheirs() throws {
        var (a, id) = try bothDesks(bName: "Theirs", bBirthDate: nil)
        for _ in 0..<4 { a.press(.backspace) }
        a.type("Mine")
        a.press(.tab)
        let before = try a.store.load(id)
        a.press(.character("r"))
        #expect(try a.store.load(id).version == before.version)
        #expect(try a.store.load(id).record.patient?.name == "Theirs")
        #expect(a.screen.contains("Theirs"), "A's screen shows their name")
        #expect(!a.screen.contains("Mine"))
    }

    /// Each answer's new value, in order, gives the stored answers; each row's old value is the
    /// one the row before it wrote.
    @Test("The audit replays to the record",
          arguments: [false, true])
    func auditReplays(sameField: Bool) throws {
        var (a, id) = try bothDesks(bName: sameField ? "Theirs" : nil, bBirthDate: "1940-05-06")
        for _ in 0..<4 { a.press(.backspace) }
        a.type("Mine")
        a.press(.tab)
        if sameField { a.press(.character("k")) }
        for _ in 0..<10 { a.press(.backspace) }  // the box shows B's date once merged
        a.type("1951-02-03")
        a.press(.tab)
        var replayed: [String: String?] = [:]
        for row in try a.store.auditTrail(id) where row.action == .answer || row.action == .overwrite {
            let field = try #require(row.field)
            #expect(row.oldValue == (replayed[field] ?? nil), "row \(field): old value is the one replaced")
            replayed[field] = .some(row.newValue)
        }
        let stored = try a.store.load(id).record
        #expect((replayed["patient.name"] ?? nil) == stored.patient?.name)
        #expect((replayed["patient.birthDate"] ?? nil) == stored.patient?.birthDate?.description)
        #expect(stored.patient?.name == "Mine")
        #expect(stored.patient?.birthDate == CalendarDate(year: 1951, month: 2, day: 3))
    }
}
