import Foundation
import IntakeModel
import Testing
@testable import IntakeStore

@Suite("Finding records: list and search")
struct ListAndSearchTests {

    func populated(_ folder: TestDatabase) throws -> any IntakeRecordStore {
        let store = try makeStore(folder)
        _ = try store.createDraft(sampleRecord(name: "José Álvarez", birthDate: "1948-03-14"), actor: frontDesk)
        _ = try store.createDraft(sampleRecord(name: "MÜLLER, Greta", birthDate: "1939-11-02", visitDate: "2026-12-01"),
                                  actor: frontDesk)
        _ = try store.createDraft(sampleRecord(name: "Ana Joseph", birthDate: "1960-01-20"), actor: frontDesk)
        return store
    }

    @Test("a name search ignores accents and case; % and _ are letters, not wildcards", arguments: Backend.allCases, [
        ("jose", ["José Álvarez", "Ana Joseph"]), ("ALVAREZ", ["José Álvarez"]), ("muller", ["MÜLLER, Greta"]),
        ("Müll", ["MÜLLER, Greta"]), ("nobody", []), ("j%z", []), ("jos_", []),
    ])
    func nameSearch(_ backend: Backend, _ search: (text: String, expected: [String])) throws {
        let folder = try TestDatabase(backend)
        let (text, expected) = search
        let names = try populated(folder).list(RecordQuery(search: text)).compactMap(\.name)
        #expect(Set(names) == Set(expected))
    }

    @Test("a search that is a date finds the patient born that day", arguments: Backend.allCases)
    func birthDateSearch(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
        let found = try populated(folder).list(RecordQuery(search: "1939-11-02"))
        #expect(found.map(\.name) == ["MÜLLER, Greta"])
    }

    @Test("a visit date keeps that day's intakes only", arguments: Backend.allCases)
    func visitDateFilter(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
        let found = try populated(folder).list(RecordQuery(visitDate: CalendarDate(iso: "2026-12-01")))
        #expect(found.map(\.name) == ["MÜLLER, Greta"])
    }

    @Test("a status filter keeps records in that status only", arguments: Backend.allCases)
    func statusFilter(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
        let store = try populated(folder)
        let one = try #require(try store.list(RecordQuery(search: "greta")).first)
        _ = try store.complete(one.id, expectedVersion: one.version, actor: frontDesk)
        #expect(try store.list(RecordQuery(status: .completed)).map(\.name) == ["MÜLLER, Greta"])
        #expect(try store.list(RecordQuery(status: .inProgress)).count == 2)
    }

    @Test("the search columns follow the answers: a renamed patient is found by the new name", arguments: Backend.allCases)
    func searchFollowsSaves(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
        let store = try populated(folder)
        let one = try #require(try store.list(RecordQuery(search: "greta")).first)
        var record = try store.load(one.id).record
        record.patient?.name = "Greta Żuławska"
        _ = try store.saveAnswer(FieldChange(field: "patient.name", oldValue: "MÜLLER, Greta", newValue: "Greta Żuławska"),
                                 record: record, recordID: one.id, expectedVersion: one.version, actor: frontDesk)
        #expect(try store.list(RecordQuery(search: "zulawska")).map(\.id) == [one.id])
        #expect(try store.list(RecordQuery(search: "muller")).isEmpty)
    }

    @Test("a search with a limit returns the most recently updated matches, in that order", arguments: Backend.allCases)
    func limitedSearch(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
        let clock = ManualClock()
        let store = try makeStore(folder, clock: clock)
        for name in ["Ana Joseph", "Other Person", "José Álvarez", "Josefa Ruiz"] {
            _ = try store.createDraft(sampleRecord(name: name), actor: frontDesk)
            clock.advance(by: 60)
        }
        #expect(try store.list(RecordQuery(search: "jose", limit: 2)).map(\.name) == ["Josefa Ruiz", "José Álvarez"])
        #expect(try store.list(RecordQuery(search: "jose", limit: 5)).map(\.name) == ["Josefa Ruiz", "José Álvarez", "Ana Joseph"])
    }

    @Test("the most recently updated record comes first", arguments: Backend.allCases)
    func order(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
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
