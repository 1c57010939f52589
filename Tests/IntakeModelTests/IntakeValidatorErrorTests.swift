import Foundation
import Testing
@testable import IntakeModel

@Suite("Validation errors: every code with its path and message")
struct IntakeValidatorErrorTests {
    @Test("the fixture record is valid and keeps every answer")
    func fixtureIsValid() throws {
        let check = RecordFixture.check()
        #expect(check.errors == [])
        let record = try #require(check.record)
        #expect(record.patient?.age == 61)
        #expect(record.body?.height == Length(value: 168, unit: .cm))
        #expect(record.history?.menopause?.status == .postmenopausal)
        #expect(record.medications?.first?.name == "naproxen")
        #expect(record.symptoms?.daysAgo == 63)
        #expect(check.id == "fixture")
    }

    @Test("input that is not JSON is one syntax problem at the empty path")
    func syntax() {
        let check = IntakeValidator.check(Data("{\"format\": ".utf8))
        #expect(check.errorKeys == [" syntax"])
        #expect(check.record == nil)
    }

    @Test("a record that is not an object is a type problem at the empty path")
    func nonObjectRecord() {
        #expect(IntakeValidator.check(Data("[1, 2]".utf8)).errorKeys == [" type"])
        #expect(IntakeValidator.check(Data("\"hello\"".utf8)).errorKeys == [" type"])
    }

    @Test("wrong JSON types: 7.5 for an integer, a string for a boolean, a number for text")
    func wrongTypes() {
        let check = RecordFixture.check([
            "/symptoms/painScore": 7.5, "/body/kyphosis": "yes", "/history/smoking": 3, "/patient/age": "61",
        ])
        #expect(check.errorKeys == ["/patient/age type", "/body/kyphosis type", "/history/smoking type", "/symptoms/painScore type"])
        #expect(check.message(at: "/symptoms/painScore") == "must be an integer")
        #expect(check.message(at: "/body/kyphosis") == "must be true or false, not text")
    }

    @Test("children of a value with the wrong type are not examined")
    func childrenOfWrongType() {
        let check = RecordFixture.check(["/body/height": "168 cm", "/history": ["menopause", "smoking"]])
        #expect(check.errorKeys == ["/body/height type", "/history type"])
    }

    @Test("missing required keys point at the missing key")
    func required() {
        let check = RecordFixture.check(["/visitDate": nil, "/patient/sex": nil, "/body/weight": nil, "/symptoms/onset": nil])
        #expect(check.errorKeys == ["/visitDate required", "/patient/sex required", "/body/weight required", "/symptoms/onset required"])
        #expect(RecordFixture.check(["/body/height/unit": nil]).errorKeys == ["/body/height/unit required"])
        #expect(RecordFixture.check(["/medications/0/name": nil]).errorKeys == ["/medications/0/name required"])
        #expect(RecordFixture.check(["/symptoms": nil]).errorKeys == ["/symptoms required"])
    }

    @Test("one of two keys missing points at the containing object")
    func oneOfTwoRequired() {
        #expect(RecordFixture.check(["/patient/age": nil]).errorKeys == ["/patient required"])
        #expect(RecordFixture.check(["/symptoms/daysAgo": nil]).errorKeys == ["/symptoms required"])
        #expect(RecordFixture.check(["/boneDensity": ["site": "total-hip"]]).errorKeys == ["/boneDensity required"])
    }

    @Test("menopause is required for women, at /history/menopause, with or without a history object")
    func menopauseRequired() {
        let check = RecordFixture.check(["/history/menopause": nil])
        #expect(check.errorKeys == ["/history/menopause required"])
        #expect(check.message(at: "/history/menopause") == "menopause status is required for female patients")
        #expect(RecordFixture.check(["/history": nil]).errorKeys == ["/history/menopause required"])
        #expect(RecordFixture.check(["/history/menopause/status": nil]).errorKeys == ["/history/menopause/status required"])
    }

    @Test("conflicts: age with birthDate, startDate with daysAgo, months with years, menopause for a man")
    func conflicts() {
        #expect(RecordFixture.check(["/patient/birthDate": "1964-02-11"]).errorKeys == ["/patient conflict"])
        #expect(RecordFixture.check(["/symptoms/startDate": "2025-09-01"]).errorKeys == ["/symptoms conflict"])
        #expect(RecordFixture.check(["/medications/0/months": 3, "/medications/0/years": 1]).errorKeys == ["/medications/0 conflict"])
        let man = RecordFixture.check(["/patient/sex": "male"])
        #expect(man.errorKeys == ["/history/menopause conflict"])
        #expect(man.message(at: "/history/menopause") == "menopause does not apply to a male patient")
    }

    @Test("unknown keys are errors everywhere, quantities, fractures and medications included")
    func unknownKeys() {
        let check = RecordFixture.check([
            "/nickname": "M", "/body/height/precision": 1, "/history/fractures": [["site": "hip", "when": 2019]],
            "/medications/0/dose": "5 mg", "/redFlags": ["urinaryIncontinance": false],
        ])
        #expect(check.errorKeys == [
            "/body/height/precision unknown-key", "/history/fractures/0/when unknown-key",
            "/medications/0/dose unknown-key", "/redFlags/urinaryIncontinance unknown-key", "/nickname unknown-key",
        ])
        #expect(check.message(at: "/nickname") == "unknown key 'nickname'")
    }

    @Test("keys with / and ~ are escaped in the path (RFC 6901)")
    func pointerEscaping() {
        let check = RecordFixture.check(["/labs": ["a/b": 1, "c~d": 2]])
        #expect(check.errorKeys == ["/labs/a~1b unknown-key", "/labs/c~0d unknown-key"])
    }

    @Test("enumerations: unknown values, units not allowed for the quantity, a wrong format tag")
    func enumerations() {
        let check = RecordFixture.check([
            "/format": "osteo-intake/2", "/body/height/unit": "feet", "/body/weight/unit": "cm",
            "/history/conditions": ["osteoporosis"], "/symptoms/onset": "slow",
        ])
        #expect(check.errorKeys == [
            "/format enum", "/body/height/unit enum", "/body/weight/unit enum", "/history/conditions/0 enum", "/symptoms/onset enum",
        ])
        #expect(check.message(at: "/body/height/unit") == "'feet' is not one of: cm, m, in, ft")
        #expect(check.message(at: "/body/weight/unit") == "'cm' is not one of: kg, lb")
        #expect(check.message(at: "/symptoms/onset") == "'slow' is not one of: sudden, gradual")
    }

    @Test("impossible dates are format errors: 2025-02-30, 2023-02-29, 2025-13-01, 6/10/2025")
    func impossibleDates() {
        for text in ["2025-02-30", "2023-02-29", "2025-13-01", "6/10/2025", "2025-1-01"] {
            let check = RecordFixture.check(["/visitDate": text])
            #expect(check.errorKeys.first == "/visitDate format", "\(text)")
        }
        #expect(RecordFixture.check(["/visitDate": "2024-02-29"]).errors == [])
        #expect(RecordFixture.check(["/boneDensity": ["lowestTScore": -1.0, "date": "2025-02-30"]]).errorKeys == ["/boneDensity/date format"])
        #expect(RecordFixture.check(["/visitDate": "2025-02-30"]).message(at: "/visitDate") == "'2025-02-30' is not a real date (YYYY-MM-DD)")
    }

    @Test("dates after visitDate are date-order errors; a birth after the visit is a visit before birth")
    func dateOrder() {
        let check = RecordFixture.check([
            "/patient/age": nil, "/patient/birthDate": "2025-10-07", "/symptoms/daysAgo": nil, "/symptoms/startDate": "2025-10-12",
            "/medications/0/lastDoseDate": "2025-11-01", "/history/cardiovascularEvents": [["type": "stroke", "date": "2026-01-01"]],
            "/boneDensity": ["lowestTScore": -1.0, "date": "2025-10-07"],
        ])
        #expect(check.errorKeys == [
            "/patient/birthDate date-order", "/history/cardiovascularEvents/0/date date-order",
            "/medications/0/lastDoseDate date-order", "/symptoms/startDate date-order", "/boneDensity/date date-order",
        ])
        #expect(check.message(at: "/patient/birthDate") == "is after the visit date (a visit before birth)")
        #expect(check.message(at: "/symptoms/startDate") == "is after the visit date")
        #expect(RecordFixture.check(["/symptoms/daysAgo": nil, "/symptoms/startDate": "2025-10-06"]).errors == [])
    }

    @Test("negative durations and counts are range errors")
    func negativeDurations() {
        let check = RecordFixture.check([
            "/symptoms/daysAgo": -3, "/medications/0/months": -1, "/history/fallsPast12Months": -2,
        ])
        #expect(check.errorKeys == ["/history/fallsPast12Months range", "/medications/0/months range", "/symptoms/daysAgo range"])
        #expect(check.message(at: "/symptoms/daysAgo") == "-3 days is outside 0-36500 days")
        #expect(check.message(at: "/medications/0/months") == "must be between 0 and 600 months")
        #expect(RecordFixture.check(["/medications/0/years": 51]).errorKeys == ["/medications/0/years range"])
    }

    @Test("a negative quantity is one problem, at the quantity's own path, never a second one at its value")
    func negativeQuantities() {
        let check = RecordFixture.check(["/body/height/value": -170, "/body/weight/value": 0, "/body/tallestAdultHeight": ["value": -1, "unit": "cm"]])
        #expect(check.errorKeys == ["/body/height range", "/body/weight range", "/body/tallestAdultHeight range"])
        #expect(check.message(at: "/body/height") == "-170 cm is outside 100-230 cm")
        #expect(check.message(at: "/body/weight") == "0 kg is outside 25-300 kg")
        #expect(check.message(at: "/body/tallestAdultHeight") == "must be 0 or more")
    }

    @Test("every quantity below its limits is reported once, at the quantity", arguments: [
        ("/body/measuredHeightLoss", -0.1, "cm", "-0.1 cm is outside 0-15 cm"),
        ("/history/alcoholPerDay", -1, "g", "-1 g (-0.13 UK units/day) is outside 0-60 UK units/day"),
        ("/redFlags/temperature", -5, "F", "-5 °F (-20.6 °C) is outside 30-45 °C"),
        ("/body/height", -1.5, "in", "-1.5 in (-3.81 cm) is outside 100-230 cm"),
        ("/body/weight", -2, "lb", "-2 lb (-0.91 kg) is outside 25-300 kg"),
    ])
    func negativeQuantityOnce(path: String, value: Double, unit: String, message: String) {
        let check = RecordFixture.check([path: ["value": value, "unit": unit]])
        #expect(check.errorKeys == ["\(path) range"])
        #expect(check.message(at: path) == message)
    }

    @Test("repeated set elements are duplicates at the repeated element")
    func duplicates() {
        let check = RecordFixture.check([
            "/history/conditions": ["copd", "hiv", "copd"], "/symptoms/relievedBy": ["rest", "rest"],
        ])
        #expect(check.errorKeys == ["/history/conditions/2 duplicate", "/symptoms/relievedBy/1 duplicate"])
        #expect(check.message(at: "/history/conditions/2") == "'copd' is listed more than once")
    }

    @Test("text: blank ids and names, lengths, control characters in a name")
    func text() {
        #expect(RecordFixture.check(["/id": "   "]).errorKeys == ["/id range"])
        #expect(RecordFixture.check(["/id": ""]).errorKeys == ["/id range"])
        #expect(RecordFixture.check(["/id": String(repeating: "x", count: 101)]).errorKeys == ["/id range"])
        #expect(RecordFixture.check(["/id": String(repeating: "x", count: 100)]).errors == [])
        #expect(RecordFixture.check(["/medications/0/name": " "]).errorKeys == ["/medications/0/name range"])
        let control = RecordFixture.check(["/patient/name": "Maria\u{1B}[2J Santos"])
        #expect(control.errorKeys == ["/patient/name range"])
        #expect(control.message(at: "/patient/name")?.contains("\u{1B}") == false)
        #expect(RecordFixture.check(["/patient/name": "José Ñúñez 李"]).errors == [])
        #expect(RecordFixture.check(["/patient/language": "English"]).errorKeys == ["/patient/language format"])
        #expect(RecordFixture.check(["/patient/language": "pt-BR"]).errors == [])
    }

    @Test("messages quote unknown values without their control characters")
    func messagesAreSafe() {
        let check = RecordFixture.check(["/history/smoking": "ne\u{1B}]0;x\u{07}ver", "/bad\u{1B}key": 1])
        for problem in check.errors { #expect(!problem.message.unicodeScalars.contains { $0.value < 0x20 }) }
    }

    @Test("every problem is listed at once, in the order the format defines its keys")
    func everyProblemAtOnce() {
        let check = RecordFixture.check([
            "/patient/sex": "unknown", "/body/weight/value": 900, "/symptoms/painScore": 11, "/labs": ["egfr": 0],
        ])
        #expect(check.errorKeys == ["/patient/sex enum", "/body/weight range", "/symptoms/painScore range", "/labs/egfr range"])
        #expect(check.message(at: "/body/weight") == "900 kg is outside 25-300 kg")
        #expect(check.record == nil)
    }
}

@Suite("Validation of absurd magnitudes")
struct AbsurdMagnitudeTests {
    @Test("huge numbers are range errors with a readable message, never a crash")
    func hugeNumbers() {
        let check = RecordFixture.check([
            "/patient/age": 1e300, "/body/height/value": 1e300, "/medications/0": ["name": "prednisolone", "doseMgPerDay": 1e30],
        ])
        #expect(check.errorKeys == ["/patient/age range", "/body/height range", "/medications/0/doseMgPerDay range"])
        #expect(check.message(at: "/body/height") == "1e+300 cm is outside 100-230 cm")
        #expect(RecordFixture.check(["/medications/0": ["name": "naproxen", "doseMgPerDay": 1e13]]).errors == [])
        #expect(RecordFixture.check(["/medications/0": ["name": "naproxen", "doseMgPerDay": -1]]).message(at: "/medications/0/doseMgPerDay") == "must be 0 or more")
    }
}
