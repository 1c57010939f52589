import Testing
@testable import IntakeModel

@Suite("Numbers as a patient types them: decimal point or comma, never a thousands separator")
struct TypedNumberTests {
    func read(_ text: String, spanish: Bool) -> Result<Double, TypedNumberProblem> {
        TypedNumber.decimal(text, commaIsDecimalMark: spanish)
    }

    @Test("a decimal comma is read in Spanish and in English: 65,5 kg, -2,3 T-score, 37,8 °C", arguments: [false, true])
    func decimalComma(_ spanish: Bool) {
        #expect(read("65,5", spanish: spanish) == .success(65.5))
        #expect(read("-2,3", spanish: spanish) == .success(-2.3))
        #expect(read("37,8", spanish: spanish) == .success(37.8))
        #expect(read(" 37,85 ", spanish: spanish) == .success(37.85))
        #expect(read("0,125", spanish: spanish) == .success(0.125), "a leading zero cannot start a thousands group")
        #expect(read("65.5", spanish: spanish) == .success(65.5))
        #expect(read("72", spanish: spanish) == .success(72))
    }

    @Test("1,234 is never read as 1234 (nor as 1.234): it could be a thousands separator", arguments: [false, true])
    func thousandsComma(_ spanish: Bool) {
        for text in ["1,234", "12,500", "-1,234", "1.234,5", "1,234.5", "1,234,567", "1 234"] {
            #expect(read(text, spanish: spanish) == .failure(.thousandsSeparator), "\(text)")
        }
    }

    @Test("a point before three digits is a decimal point in English, a possible thousands separator in Spanish")
    func pointBeforeThreeDigits() {
        #expect(read("1.234", spanish: false) == .success(1.234))
        #expect(read("1.234", spanish: true) == .failure(.thousandsSeparator))
        #expect(read("0.125", spanish: true) == .success(0.125))
        #expect(read("1.25", spanish: true) == .success(1.25))
    }

    @Test("words, exponents, two signs and a lone mark are not numbers", arguments: [false, true])
    func unreadable(_ spanish: Bool) {
        for text in ["seventy", "", ",", "1e3", "--2", "72 kg", "7,2,", "inf", "nan", "65,5,"] {
            #expect(read(text, spanish: spanish) == .failure(.unreadable), "\(text)")
        }
    }
}
