import IntakeModel

/// A record field type that an answer converts to and from.
public protocol AnswerConvertible: Sendable {
    init?(answer: AnswerValue)
    var answer: AnswerValue { get }
}

extension Bool: AnswerConvertible {
    public init?(answer: AnswerValue) { guard case .boolean(let value) = answer else { return nil }; self = value }
    public var answer: AnswerValue { .boolean(self) }
}

extension Int: AnswerConvertible {
    public init?(answer: AnswerValue) { guard case .integer(let value) = answer else { return nil }; self = value }
    public var answer: AnswerValue { .integer(self) }
}

extension Double: AnswerConvertible {
    public init?(answer: AnswerValue) {
        switch answer {
        case .decimal(let value): self = value
        case .integer(let value): self = Double(value)
        default: return nil
        }
    }
    public var answer: AnswerValue { .decimal(self) }
}

extension String: AnswerConvertible {
    public init?(answer: AnswerValue) { guard case .string(let value) = answer else { return nil }; self = value }
    public var answer: AnswerValue { .string(self) }
}

extension CalendarDate: AnswerConvertible {
    public init?(answer: AnswerValue) { guard case .date(let value) = answer else { return nil }; self = value }
    public var answer: AnswerValue { .date(self) }
}

/// Enumerations of the record: answered by their raw value.
public protocol CodedAnswer: AnswerConvertible, RawRepresentable, CaseIterable where RawValue == String {}

extension CodedAnswer {
    public init?(answer: AnswerValue) { guard case .code(let code) = answer else { return nil }; self.init(rawValue: code) }
    public var answer: AnswerValue { .code(rawValue) }
    /// Every value as an option, in declaration order.
    public static var answerOptions: [AnswerOption] { allCases.map { AnswerOption($0.rawValue) } }
}

extension Sex: CodedAnswer {}
extension Condition: CodedAnswer {}
extension MenopauseStatus: CodedAnswer {}
extension FractureSite: CodedAnswer {}
extension CardiovascularEventType: CodedAnswer {}
extension Smoking: CodedAnswer {}
extension ActivityLevel: CodedAnswer {}
extension CalciumIntake: CodedAnswer {}
extension MedicationStatus: CodedAnswer {}
extension Route: CodedAnswer {}
extension Onset: CodedAnswer {}
extension Trigger: CodedAnswer {}
extension PainLocation: CodedAnswer {}
extension Radiation: CodedAnswer {}
extension Numbness: CodedAnswer {}
extension Aggravator: CodedAnswer {}
extension Reliever: CodedAnswer {}
extension NightPain: CodedAnswer {}
extension Mobility: CodedAnswer {}
extension BoneDensitySite: CodedAnswer {}
extension Bothersomeness: CodedAnswer {}

/// Sets of enumeration values (`conditions`, `locations`, `worsenedBy`, `relievedBy`).
extension Array: AnswerConvertible where Element: CodedAnswer {
    public init?(answer: AnswerValue) {
        guard case .codes(let codes) = answer else { return nil }
        var values: [Element] = []
        for code in codes {
            guard let value = Element(rawValue: code) else { return nil }
            values.append(value)
        }
        self = values
    }
    public var answer: AnswerValue { .codes(map(\.rawValue)) }
}

/// Quantities: the record keeps the value and unit as entered.
protocol QuantityAnswer: AnswerConvertible {
    associatedtype QuantityUnit: RawRepresentable where QuantityUnit.RawValue == String
    var value: Double { get }
    var unit: QuantityUnit { get }
    init(value: Double, unit: QuantityUnit)
}

extension QuantityAnswer {
    public init?(answer: AnswerValue) {
        guard case .quantity(let value, let code) = answer, let unit = QuantityUnit(rawValue: code) else { return nil }
        self.init(value: value, unit: unit)
    }
    public var answer: AnswerValue { .quantity(value: value, unit: unit.rawValue) }
}

extension Length: QuantityAnswer {}
extension Mass: QuantityAnswer {}
extension AlcoholAmount: QuantityAnswer {}
extension Temperature: QuantityAnswer {}
