import Foundation
import IntakeModel
import Testing
@testable import IntakeStore

@Suite("Finding records: list and search")
struct ListAndSearchTests {
    let folder = TemporaryFolder()

    func populated() throws -> SQLiteIntakeStore {
        let store = try makeStore(folder)
        _ = try store.createDraft(sampleRecord(name: "José Álvarez", birthDate: "1948-03-14"), actor: frontDesk)
        _ = try store.createDraft(sampleRecord(name: "MÜLLER, Greta", birthDate: "1939-11-02", visitDate: "2026-12-01"),
                                  actor: frontDesk)
        _ = try store.createDraft(sampleRecord(name: "Ana Joseph", birthDate: "1960-01-20"), actor: frontDesk)
        return store
    }

    @Test("a name search ignores accents and case", arguments: [
        ("jose", ["José Álvarez", "Ana Joseph"]), ("ALVAREZ", ["José Álvarez"]), ("muller", ["MÜLLER, Greta"]),
        ("Müll", ["MÜLLER, Greta"]), ("nobody", []),
    ])
    func nameSearch(text: String, expected: [String]) throws {
        let names = try populated().list(RecordQuery(search: text)).compactMap(\.name)
        #expect(Set(names) == Set(expected))
    }

    @Test("a search that is a date finds the patient born that day")
    func birthDateSearch() throws {
        let found = try populated().list(RecordQuery(search: "1939-11-02"))
        #expect(found.map(\.name) == ["MÜLLER, Greta"])
    }

    @Test("a visit date keeps that day's intakes only")
    func visitDateFilter() throws {
        let found = try populated().list(RecordQuery(visitDate: CalendarDate(iso: "2026-12-01")))
        #expect(found.map(\.name) == ["MÜLLER, Greta"])
    }

    @Test("a status filter keeps records in that status only")
    func statusFilter() throws {
        let store = try populated()
        let one = try #require(try store.list(RecordQuery(search: "greta")).first)
        _ = try store.complete(one.id, expectedVersion: one.version, actor: frontDesk)
        #expect(try store.list(RecordQuery(status: .completed)).map(\.name) == ["MÜLLER, Greta"])
        #expect(try store.list(RecordQuery(status: .inProgress)).count == 2)
    }

    @Test("the search columns follow the answers: a renamed patient is found by the new name")
    func searchFollowsSaves() throws {
        let store = try populated()
        let one = try #require(try store.list(RecordQuery(search: "greta")).first)
        var record = try store.load(one.id).record
        record.patient?.name = "Greta Żuławska"
        _ = try store.saveAnswer(FieldChange(field: "patient.name", oldValue: "MÜLLER, Greta", newValue: "Greta Żuławska"),
                                 record: record, recordID: one.id, expectedVersion: one.version, actor: frontDesk)
        #expect(try store.list(RecordQuery(search: "zulawska")).map(\.id) == [one.id])
        #expect(try store.list(RecordQuery(search: "muller")).isEmpty)
    }

    @Test("the most recently updated record comes first")
    func order() throws {
        let clock = ManualClock()
        let store = try makeStore(folder, clock: clock)
        let first = try store.createDraft(sampleRecord(name: "First"), actor: frontDesk)
        clock.advance(by: 60)
        _ = try store.createDraft(sampleRecord(name: "Second"), actor: frontDesk)
        clock.advance(by: 60)
        _ = try store.saveAnswer(FieldChange(field: "patient.phone", oldValue: nil, newValue: "1"),
                                 record: first.record, recordID: first.id, expectedVersion: 1, actor: frontDesk)
        #expect(try store.list(RecordQuery()).map(\.name) == ["First", "Second"])
    }
}

@Suite("Name folding")
struct NameFoldingTests {
    @Test("accents, case and letters without a decomposition fold to what a plain keyboard types", arguments: [
        ("JOSÉ Álvarez", "jose alvarez"), ("Żuławska", "zulawska"), ("Søren Ørsted", "soren orsted"),
        ("Straße", "strasse"), ("  Nguyễn Thị  ", "nguyen thi"),
    ])
    func fold(name: String, expected: String) {
        #expect(NameFolding.fold(name) == expected)
    }
}
