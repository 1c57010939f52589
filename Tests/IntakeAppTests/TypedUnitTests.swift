import Catalog
@testable import IntakeApp
import IntakeModel
import Questionnaire
import TerminalUI
import Testing

/// A cold trial typed "70 kg" into Weight now: the Space switched the unit beside the box to lb and
/// the record could have said 70 lb (31.75 kg) once "kg" was rubbed out. A unit typed after the
/// number is the unit meant, whatever the Space did.
@Suite("A unit typed after the number is the unit stored")
struct TypedUnitTests {
    static func historyStep() -> Pilot<IntakeScreen> {
        var pilot = Pilot(IntakeScreen(session: IntakeSession(clock: FixedIntakeClock(CalendarDate(year: 2026, month: 3, day: 2)), mode: .staff)),
                          size: Size(width: 80, height: 24))
        pilot.press(.control("n"))
        return pilot
    }

    @Test("typed on the screen: '160 cm' and '70 kg' with their Spaces are 160 cm and 70 kg; '150 lbs' is 150 lb")
    func onScreen() {
        var pilot = Self.historyStep()
        #expect(pilot.model.focusedAddress == ItemAddress("body.height"))
        pilot.type("160 cm")
        pilot.press(.tab)
        pilot.type("70 kg")
        pilot.press(.tab)
        let body = pilot.model.session.record.body
        #expect(body?.height == Length(value: 160, unit: .cm), "\(String(describing: body?.height))")
        #expect(body?.weight == Mass(value: 70, unit: .kg), "\(String(describing: body?.weight))")
        #expect(pilot.model.session.errors.isEmpty, "\(pilot.model.session.errors)")
        pilot.press(.backTab)
        pilot.type("150 lbs")
        pilot.press(.tab)
        #expect(pilot.model.session.record.body?.weight == Mass(value: 150, unit: .lb))
    }

    @Test("a stray Space after '70' switches Weight now to lb, and the box says '= 31.75 kg' beside it before anything is stored")
    func conversionBesideTheBox() {
        var pilot = Self.historyStep()
        pilot.press(.tab)
        #expect(pilot.model.focusedAddress == ItemAddress("body.weight"))
        pilot.type("70")
        #expect(!pilot.text.contains("= "), "kg is the usual unit: nothing beside it")
        pilot.type(" ")
        let row = pilot.text.split(separator: "\n").first { $0.contains("[70") }.map(String.init) ?? ""
        #expect(row.contains("(lb)") && row.contains("= 31.75 kg"), "\(row)")
    }

    @Test("the value in the rules' unit is shown whole or not at all: never cut at the edge of the form")
    func noteWholeOrNotAtAll() {
        var field = NumberField(id: "w", caption: "Weight now", units: ["kg", "lb"], unit: "lb")
        field.value = .quantity("70", unit: "lb")
        field.note = { _, _ in "= 31.75 kg" }
        for width in [40, 30] {
            var screen = Screen(size: Size(width: 80, height: 1))
            let context = RenderContext(origin: Position(row: 0, column: 0), width: width, clip: Rect(row: 0, column: 0, width: 80, height: 1),
                                        focused: false, strings: Catalog())
            field.render(into: &screen, context: context)
            let row = screen.line(0)
            #expect(row.contains("= 31.75 kg") == (width == 40), "width \(width): \(row)")
            #expect(row.contains("= 31.75 kg") || !row.contains("="), "width \(width): nothing cut: \(row)")
        }
    }

    @Test("the unit words of each item, any case, in English and Spanish", arguments: [
        ("body.height", "5.5 ft", "5.5", "ft"), ("body.height", "1,62m", "1,62", "m"), ("body.weight", "64KG", "64", "kg"),
        ("redFlags.temperature", "98.6 °F", "98.6", "F"), ("redFlags.temperature", "37.5c", "37.5", "C"),
        ("history.alcoholPerDay", "2 UK units", "2", "uk-units"), ("history.alcoholPerDay", "2 unid. RU", "2", "uk-units"),
        ("history.alcoholPerDay", "1 US drink", "1", "us-drinks"), ("history.alcoholPerDay", "2 US drin", "2", "us-drinks"),
        ("history.alcoholPerDay", "2USdrin", "2", "us-drinks"),
        ("history.alcoholPerDay", "2 US", "2", "us-drinks"), ("history.alcoholPerDay", "2 UK", "2", "uk-units"),
        ("body.height", "5'4", "64", "in"), ("body.height", "5 ft 4 in", "64", "in"), ("body.height", "5ft11\"", "71", "in"),
    ])
    func unitWords(_ linkId: String, _ typed: String, _ number: String, _ unit: String) throws {
        let item = try #require(QuestionnaireDefinition.intake.item(linkId: linkId))
        let found = IntakeSession.typedUnit(in: typed, item: item, language: .spanish)
        #expect(found?.number == number && found?.unit == unit, "\(String(describing: found))")
    }

    @Test("no unit, or words that are no unit of the item, leave the unit beside the box alone")
    func noUnit() throws {
        let weight = try #require(QuestionnaireDefinition.intake.item(linkId: "body.weight"))
        #expect(IntakeSession.typedUnit(in: "70", item: weight, language: .english) == nil)
        #expect(IntakeSession.typedUnit(in: "70 cm", item: weight, language: .english) == nil)
        let height = try #require(QuestionnaireDefinition.intake.item(linkId: "body.height"))
        #expect(IntakeSession.typedUnit(in: "5'13", item: height, language: .english) == nil, "13 inches is no part of a foot")
        let alcohol = try #require(QuestionnaireDefinition.intake.item(linkId: "history.alcoholPerDay"))
        #expect(IntakeSession.typedUnit(in: "2 u", item: alcohol, language: .english) == nil, "one letter begins two units: neither is guessed")
    }
}
