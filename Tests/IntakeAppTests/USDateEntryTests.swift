import Foundation
import IntakeApp
import IntakeModel
import IntakeSheet
import Questionnaire
import TerminalUI
import Testing

/// A US front desk: clinic.toml says `date_order = "MDY"`.
@Suite("Dates a US front desk types")
struct USDateEntryTests {
    static let visit = CalendarDate(year: 2025, month: 10, day: 6)
    static let birth = ItemAddress("patient.birthDate")

    /// The convention of a clinic.toml with `date_order = "MDY"`, read as the `intake` commands read it.
    static func usClinic() throws -> DateConvention {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("us-clinic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: config.appendingPathComponent("osteo-intake"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: config) }
        try "name = \"Riverside Spine Clinic\"\ndate_order = \"MDY\"\n"
            .write(to: config.appendingPathComponent("osteo-intake/clinic.toml"), atomically: true, encoding: .utf8)
        return try ClinicConfiguration.load(environment: ["XDG_CONFIG_HOME": config.path, "HOME": "/nonexistent"]).dateConvention
    }

    static func session(_ convention: DateConvention = .monthDayYear, step: StepID = .patient) -> IntakeSession {
        IntakeSession(clock: FixedIntakeClock(visit), step: step, dateConvention: convention)
    }

    @Test("04/04/1956 typed into the date of birth is 1956-04-04 in the record and '4 April 1956, age 69' on screen")
    func typedOnScreen() throws {
        let convention = try Self.usClinic()
        #expect(convention == .monthDayYear)
        var pilot = Pilot(IntakeScreen(session: Self.session(convention)), size: Size(width: 80, height: 24))
        pilot.pastPreferredLanguage()
        pilot.press(.tab, .tab)  // name, visit date, date of birth
        #expect(pilot.model.focusedAddress == Self.birth)
        #expect(pilot.text.contains("[___________] MM/DD/YYYY"))
        pilot.type("04/04/1956")
        #expect(pilot.text.contains("[04/04/1956_] 4 April 1956, age 69"), "echoed as it is typed")
        pilot.press(.tab)
        #expect(pilot.model.session.record.patient?.birthDate == CalendarDate(year: 1956, month: 4, day: 4))
        #expect(pilot.model.session.errors[Self.birth] == nil)
        #expect(pilot.text.contains("[04/04/1956_] 4 April 1956, age 69"))
        #expect(pilot.text.contains("[10/06/2025_] 6 October 2025"), "the visit date in the clinic's order, in words beside it")
        // the stored record keeps ISO (osteo-intake/1)
        let json = String(decoding: try JSONEncoder().encode(pilot.model.session.record), as: UTF8.self)
        #expect(json.contains("\"birthDate\":\"1956-04-04\""))
        #expect(pilot.effects.contains { effect in
            if case .saveAnswer(let change) = effect {
                return change.pointer == "/patient/birthDate" && change.newValue == .date(CalendarDate(year: 1956, month: 4, day: 4))
            }
            return false
        })
    }

    @Test("every accepted form reaches the record at a US desk", arguments: ["04/04/1956", "4/4/1956", "04-04-1956", "4.4.1956",
                                                                           "04041956", "19560404", "1956-04-04", "1956/4/4"])
    func acceptedForms(_ typed: String) {
        var session = Self.session()
        _ = session.apply(.enterText(Self.birth, typed))
        #expect(session.record.patient?.birthDate == CalendarDate(year: 1956, month: 4, day: 4))
        #expect(session.errors[Self.birth] == nil)
        #expect(session.dateEcho(at: Self.birth) == "4 April 1956, age 69")
    }

    @Test("refusals say why in words, with the US example, and keep what was typed", arguments: [
        ("02/30/2025", "Date of birth: 30 February 2025 does not exist."),
        ("04/31/1956", "Date of birth: 31 April 1956 does not exist."),
        ("4/4/56", "Date of birth: type all four digits of the year, as MM/DD/YYYY, for example 03/14/1958."),
        ("14/03/1958", "Date of birth: there is no month 14; type it as MM/DD/YYYY, for example 03/14/1958."),
        ("03/32/1958", "Date of birth: there is no day 32 in a month; type it as MM/DD/YYYY, for example 03/14/1958."),
        ("born in spring", "Date of birth: enter a date as MM/DD/YYYY, for example 03/14/1958."),
        ("10111210", "Date of birth: 10111210 could be 10 December 1011 or 11 October 1210; "
            + "type it as MM/DD/YYYY, for example 03/14/1958."),
    ])
    func refusals(_ typed: String, _ message: String) {
        var session = Self.session()
        _ = session.apply(.enterText(Self.birth, typed))
        #expect(session.record.patient?.birthDate == nil)
        #expect(session.pendingText[Self.birth] == typed)
        #expect(session.errors[Self.birth] == message)
    }

    @Test("a day-first desk (DMY) gives its own example")
    func dayFirstExample() {
        var session = Self.session(.dayMonthYear)
        _ = session.apply(.enterText(Self.birth, "4/4/56"))
        #expect(session.errors[Self.birth] == "Date of birth: type all four digits of the year, as DD/MM/YYYY, for example 14/03/1958.")
        _ = session.apply(.enterText(Self.birth, "14/03/1958"))
        #expect(session.record.patient?.birthDate == CalendarDate(year: 1958, month: 3, day: 14))
        #expect(session.dateEcho(at: Self.birth) == "14 March 1958, age 67")
    }

    @Test("other dates are echoed without an age")
    func otherDates() {
        var session = Self.session(step: .symptoms)
        let start = ItemAddress("symptoms.startDate")
        _ = session.apply(.enterText(start, "09/28/2025"))
        #expect(session.record.symptoms?.startDate == CalendarDate(year: 2025, month: 9, day: 28))
        #expect(session.dateEcho(at: start) == "28 September 2025")
        #expect(session.dateEcho(at: ItemAddress("visitDate")) == "6 October 2025")
    }

    @Test("date problems found by the checks name no JSON key: a birth after the visit, an age out of range")
    func checkMessagesInWords() {
        var session = Self.session()
        _ = session.apply(.focus(Self.birth))
        _ = session.apply(.enterText(Self.birth, "04/04/2027"))
        _ = session.apply(.nextField)
        let after = session.errors[Self.birth] ?? ""
        #expect(after == "Date of birth: 4 April 2027 is after the visit date, 6 October 2025.")
        _ = session.apply(.focus(Self.birth))
        _ = session.apply(.enterText(Self.birth, "01/15/2012"))
        _ = session.apply(.nextField)
        #expect(session.errors[Self.birth]
                == "Date of birth: 15 January 2012 gives an age of 13 on the visit date; the age must be 18-120 years.")
        _ = session.apply(.focus(Self.birth))
        _ = session.apply(.enterText(Self.birth, "01/15/1995"))
        _ = session.apply(.nextField)
        #expect(session.errors[Self.birth] == nil)
        #expect(session.warnings[Self.birth]
                == "Date of birth: 15 January 1995 gives an age of 30 on the visit date, which is unusual (below 40 years or above 100 years): please confirm.")
        for message in [after] + Array(session.errors.values) + Array(session.warnings.values) {
            #expect(!message.contains("visitDate") && !message.contains("birthDate") && !message.contains("/"), "\(message)")
        }
    }

    @Test("line mode at a US desk says the format, reads 04/04/1956 and says it back in words")
    func lineMode() throws {
        let run = try TypedIntake(["", "Jane Doe", "", "04/04/1956"], session: Self.session())
        #expect(run.output.lines.contains("Type a date as MM/DD/YYYY, for example 03/14/1958, or as YYYY-MM-DD."))
        #expect(run.output.lines.contains("Visit date (required) [now: 6 October 2025]"))
        #expect(run.output.lines.contains("Read as 4 April 1956, age 69."))
        #expect(run.record.patient?.birthDate == CalendarDate(year: 1956, month: 4, day: 4))
    }

    @Test("with no date order set, a patient at the kiosk is told the date form, never the clinic's setting; staff are told both")
    func noDateOrderSaidToThePatient() {
        var record = IntakeRecord(visitDate: Self.visit)
        record.patient = Patient(language: "en")
        var messages: [SessionMode: String] = [:]
        for mode in [SessionMode.kiosk, .staff] {
            var typist = ScreenTypist(resuming: record, mode: mode)
            typist.fill("patient.birthDate", with: "04/05/1956")
            typist.press(.tab)
            messages[mode] = typist.session.errors[Self.birth] ?? ""
        }
        #expect(messages[.kiosk]?.contains("YYYY-MM-DD") == true, "\(messages)")
        #expect(messages[.kiosk]?.contains("clinic.toml") == false && messages[.kiosk]?.contains("date_order") == false)
        #expect(messages[.staff]?.contains("date_order in clinic.toml") == true, "\(messages)")
    }
}
