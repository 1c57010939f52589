import Foundation
import IntakeModel
import Testing
@testable import IntakeStore

@Suite("Finding a birth date typed as the desk types dates")
struct BirthDateSearchTests {

    func populated(_ folder: TestDatabase) throws -> any IntakeRecordStore {
        let store = try makeStore(folder)
        _ = try store.createDraft(sampleRecord(name: "MÜLLER, Greta", birthDate: "1939-11-02"), actor: frontDesk)
        _ = try store.createDraft(sampleRecord(name: "Ana Joseph", birthDate: "1939-02-11"), actor: frontDesk)
        return store
    }

    @Test("the clinic's order, ISO and eight digits find the patient born that day", arguments: Backend.allCases, [
        ("11/02/1939", DateConvention.monthDayYear, ["MÜLLER, Greta"]), ("11021939", .monthDayYear, ["MÜLLER, Greta"]),
        ("11/02/1939", .dayMonthYear, ["Ana Joseph"]), ("2.11.1939", .dayMonthYear, ["MÜLLER, Greta"]),
        ("1939-11-02", .monthDayYear, ["MÜLLER, Greta"]), ("19391102", .dayMonthYear, ["MÜLLER, Greta"]),
        ("1939/2/11", .yearMonthDay, ["Ana Joseph"]),
        // no order chosen: 11/02/1939 is not guessed (and matches no name)
        ("11/02/1939", .yearMonthDay, []),
    ])
    func typedBirthDate(_ backend: Backend, _ search: (typed: String, convention: DateConvention, expected: [String])) throws {
        let folder = try TestDatabase(backend)
        let (typed, convention, expected) = search
        let found = try populated(folder).list(RecordQuery(search: typed, dateConvention: convention))
        #expect(found.compactMap(\.name) == expected)
    }
}
