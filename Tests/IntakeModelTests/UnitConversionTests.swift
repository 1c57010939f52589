import Testing
@testable import IntakeModel

@Suite("Unit conversion to canonical values")
struct UnitConversionTests {
    @Test("1.5 in is exactly 3.81 cm and 1.6 in is 4.06 cm")
    func inches() {
        #expect(Length(value: 1.5, unit: .inch).centimetreHundredths == 381)
        #expect(Length(value: 1.6, unit: .inch).centimetreHundredths == 406)
        #expect(Length(value: 0.8, unit: .inch).centimetreHundredths == 203)
        #expect(Length(value: 64, unit: .inch).centimetreHundredths == 16256)
    }

    @Test("metres and feet")
    func metresAndFeet() {
        #expect(Length(value: 1.68, unit: .m).centimetreHundredths == 16800)
        #expect(Length(value: 5, unit: .ft).centimetreHundredths == 15240)
        #expect(Length(value: 168, unit: .cm).centimetreHundredths == 16800)
    }

    @Test("pounds to kilograms, rounded half away from zero")
    func pounds() {
        #expect(Mass(value: 150, unit: .lb).kilogramHundredths == 6804)   // 68.0388555
        #expect(Mass(value: 1, unit: .lb).kilogramHundredths == 45)       // 0.45359237
        #expect(Mass(value: 74, unit: .kg).kilogramHundredths == 7400)
    }

    @Test("alcohol to UK units")
    func alcohol() {
        #expect(AlcoholAmount(value: 2, unit: .usDrinks).ukUnitHundredths == 350)
        #expect(AlcoholAmount(value: 24, unit: .grams).ukUnitHundredths == 300)
        #expect(AlcoholAmount(value: 3, unit: .ukUnits).ukUnitHundredths == 300)
    }

    @Test("100.4 F is exactly 38.0 C")
    func fahrenheit() {
        #expect(Temperature(value: 100.4, unit: .fahrenheit).celsiusTenths == 380)
        #expect(Temperature(value: 100.3, unit: .fahrenheit).celsiusTenths == 379)
        #expect(Temperature(value: 36.8, unit: .celsius).celsiusTenths == 368)
    }
}
