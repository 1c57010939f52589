import Catalog
import Foundation
import Testing
@testable import IntakeModel

/// Issue 15: the limits of validation messages in the message's language. A Spanish patient reads
/// "150 años está fuera de 18-120 años" and "37,5 °C", never "years" or "37.5"; English reads as
/// the format spec writes it.
@Suite("Limits, units and numbers of validation messages in the message's language")
struct LimitWordsTests {
    func message(_ edits: [String: Any?], at path: String, _ language: Language) -> String? {
        let check = IntakeValidator.check(RecordFixture.json(edits), language: language)
        return (check.errors + check.warnings).first { $0.path == path }?.message
    }

    @Test("ranges: English as the spec writes them, Spanish in Spanish words")
    func ranges() {
        #expect(IntakeLimits.age.hardRangeText(in: .english) == "18-120 years")
        #expect(IntakeLimits.age.hardRangeText(in: .spanish) == "18-120 años")
        #expect(IntakeLimits.tScore.hardRangeText(in: .spanish) == "de -6 a 4")
        #expect(IntakeLimits.age.softRangeText(in: .english) == "below 40 years or above 100 years")
        #expect(IntakeLimits.age.softRangeText(in: .spanish) == "menos de 40 años o más de 100 años")
        #expect(IntakeLimits.historicalHeightLoss.softRangeText(in: .spanish) == "más de 15 cm")
        #expect(IntakeLimits.episodeDays.hardRangeText(in: .spanish) == "0-36500 días")
        #expect(IntakeLimits.doseMgPerDay.hardRangeText(in: .english) == "0 or more mg/day", "a dose has no upper bound of its own")
        #expect(IntakeLimits.doseMgPerDay.hardRangeText(in: .spanish) == "0 o más mg/día")
    }

    @Test("a number before a unit: one or many, and the decimal comma in Spanish")
    func quantities() {
        #expect(IntakeLimits.fractureAge.quantity(1, in: .english) == "1 year")
        #expect(IntakeLimits.fractureAge.quantity(1, in: .spanish) == "1 año")
        #expect(IntakeLimits.fractureAge.quantity(2, in: .spanish) == "2 años")
        #expect(IntakeLimits.temperature.quantity(375, in: .english) == "37.5 °C")
        #expect(IntakeLimits.temperature.quantity(375, in: .spanish) == "37,5 °C")
        #expect(IntakeLimits.bmi.quantity(255, in: .spanish) == "25,5 kg/m²")
        #expect(IntakeLimits.durationYears.quantity(150, in: .spanish) == "1,5 años")
        #expect(IntakeLimits.alcoholPerDay.quantity(raw: 30, in: .spanish) == "30 unidades del Reino Unido al día")
    }

    @Test("every limit with a unit has its words in the catalog; Spanish says the unit words in Spanish")
    func everyUnitHasWords() {
        for limit in IntakeLimits.all where !limit.unit.isEmpty {
            let words = limit.unitWords
            #expect(words != nil, "\(limit.name): unit \(limit.unit) has no catalog words")
            guard let words else { continue }
            #expect(Catalog(.english)(words.many) == limit.unit, "\(limit.name): English keeps the spec's label")
            if ["years", "months", "days", "UK units/day", "mg/day"].contains(limit.unit) {
                #expect(Catalog(.spanish)(words.many) != limit.unit, "\(limit.name): \(limit.unit) in Spanish")
            }
        }
    }

    @Test("an age out of range: the whole message in the record's language")
    func ageOutOfRange() {
        let edits: [String: Any?] = ["/patient/age": 150, "/history/menopause/age": nil]
        #expect(message(edits, at: "/patient/age", .english) == "150 years is outside 18-120 years")
        #expect(message(edits, at: "/patient/age", .spanish) == "150 años está fuera de 18-120 años")
    }

    @Test("an unusual age and a temperature out of range in Spanish")
    func unusualAndTemperature() {
        #expect(message(["/patient/age": 35, "/history/menopause/age": nil], at: "/patient/age", .spanish)
            == "35 años es poco habitual (menos de 40 años o más de 100 años): confírmelo")
        let fever: [String: Any?] = ["/redFlags/temperature": ["value": 45.5, "unit": "C"]]
        let spanish = message(fever, at: "/redFlags/temperature", .spanish) ?? ""
        #expect(spanish.contains("45,5 °C") && spanish.contains("30-45 °C"), "\(spanish)")
        #expect(message(fever, at: "/redFlags/temperature", .english)?.contains("45.5 °C") == true)
    }

    @Test("alcohol above the usual amount in Spanish names the unit in words")
    func alcohol() {
        let spanish = message(["/history/alcoholPerDay": ["value": 25, "unit": "uk-units"]], at: "/history/alcoholPerDay", .spanish) ?? ""
        #expect(spanish.contains("25 unidades del Reino Unido al día"), "\(spanish)")
        #expect(!spanish.contains("UK"), "\(spanish)")
    }
}
