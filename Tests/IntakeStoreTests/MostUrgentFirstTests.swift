import Assessment
import Foundation
import IntakeModel
import IntakeTestSupport
import Testing
@testable import IntakeStore

/// Every list comes from the store most urgent first (emergency, urgent, not screened, routine, as
/// `UrgencyTier` ranks them), then newest, on both backends: so a home-screen search can ask for
/// only the rows that fit and still never leave out an older emergency for a newer routine intake.
@Suite("The store lists most urgent first, then newest")
struct MostUrgentFirstTests {
    /// A shared example under another name, the clock moved on a minute before it is stored.
    func store(_ example: String, as name: String, in store: any IntakeRecordStore, clock: ManualClock) throws -> String {
        var record = try SharedExamples.record(example)
        record.patient?.name = name
        clock.advance(by: 60)
        return try store.createDraft(record, actor: frontDesk).id
    }

    @Test("an old emergency among 30 newer routine matches comes first at a limit of 3", arguments: Backend.allCases)
    func oldEmergencyFirst(_ backend: Backend) throws {
        let database = try TestDatabase(backend)
        let clock = ManualClock()
        let intakes = try makeStore(database, clock: clock)
        _ = try store("emergency-cauda-equina", as: "Maria Old", in: intakes, clock: clock)
        for number in 1...30 { _ = try store("routine-mechanical", as: "Maria \(number)", in: intakes, clock: clock) }
        let page = try intakes.list(RecordQuery(search: "maria", limit: 3))
        #expect(page.map(\.name) == ["Maria Old", "Maria 30", "Maria 29"])
        #expect(page.map(\.urgency.tier) == [.emergency, .routine, .routine])
        // the same order without a search or a limit (`intake list`)
        #expect(try intakes.list(RecordQuery(limit: 2)).map(\.name) == ["Maria Old", "Maria 30"])
        #expect(try intakes.list(RecordQuery(search: "maria")).first?.name == "Maria Old")
    }

    @Test("urgent comes before not screened and routine, whatever was saved last", arguments: Backend.allCases)
    func urgentBeforeRoutine(_ backend: Backend) throws {
        let database = try TestDatabase(backend)
        let clock = ManualClock()
        let intakes = try makeStore(database, clock: clock)
        _ = try store("urgent-fracture", as: "Ana Urgent", in: intakes, clock: clock)
        _ = try store("routine-mechanical", as: "Ana Routine", in: intakes, clock: clock)
        clock.advance(by: 60)
        _ = try intakes.createDraft(sampleRecord(name: "Ana Unscreened"), actor: frontDesk)
        _ = try store("emergency-cauda-equina", as: "Ana Emergency", in: intakes, clock: clock)
        let listed = try intakes.list(RecordQuery(search: "ana", limit: 10))
        #expect(listed.map(\.name) == ["Ana Emergency", "Ana Urgent", "Ana Unscreened", "Ana Routine"])
        // the store's order is the assessment's: each tier after the one above it
        #expect(listed.map(\.urgency.tier) == [.emergency, .urgent, .notScreened, .routine])
        #expect(listed.map(\.urgency.tier) == listed.map(\.urgency.tier).sorted(by: >))
        #expect(try intakes.list(RecordQuery(search: "ana", limit: 2)).map(\.name) == ["Ana Emergency", "Ana Urgent"])
    }

    @Test("within one urgency the newest comes first, and an answer that raises the urgency moves the record up",
          arguments: Backend.allCases)
    func newestWithinOneUrgency(_ backend: Backend) throws {
        let database = try TestDatabase(backend)
        let clock = ManualClock()
        let intakes = try makeStore(database, clock: clock)
        let first = try store("routine-mechanical", as: "Li First", in: intakes, clock: clock)
        for name in ["Li Second", "Li Third"] { _ = try store("emergency-cauda-equina", as: name, in: intakes, clock: clock) }
        for number in 1...5 { _ = try store("routine-mechanical", as: "Li Routine \(number)", in: intakes, clock: clock) }
        #expect(try intakes.list(RecordQuery(search: "li", limit: 3)).map(\.name) == ["Li Third", "Li Second", "Li Routine 5"])
        // the oldest routine record becomes an emergency: first now, as the newest emergency
        var record = try SharedExamples.record("emergency-cauda-equina")
        record.patient?.name = "Li First"
        clock.advance(by: 60)
        _ = try intakes.saveAnswer(FieldChange(field: "redFlags", oldValue: nil, newValue: "changed"), record: record,
                                   recordID: first, expectedVersion: 1, actor: frontDesk)
        #expect(try intakes.list(RecordQuery(search: "li", limit: 3)).map(\.name) == ["Li First", "Li Third", "Li Second"])
    }

    @Test("a record copied into another store keeps its place in the order", arguments: Backend.allCases)
    func restoredRecordsKeepTheirRank(_ backend: Backend) throws {
        let database = try TestDatabase(backend)
        let clock = ManualClock()
        let intakes = try makeStore(database, clock: clock)
        let emergency = try store("emergency-cauda-equina", as: "Rosa Early", in: intakes, clock: clock)
        _ = try store("routine-mechanical", as: "Rosa Later", in: intakes, clock: clock)
        let copy = try TestDatabase(backend == .sqlite ? .postgres : .sqlite)
        let target = try makeStore(copy, clock: clock)
        _ = try RecordCopy.copy(from: try #require(intakes as? any RecordArchiving), to: try #require(target as? any RecordArchiving))
        #expect(try target.list(RecordQuery(search: "rosa", limit: 1)).map(\.id) == [emergency])
    }
}
