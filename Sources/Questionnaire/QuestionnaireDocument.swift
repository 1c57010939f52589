import Catalog
import Foundation
import IntakeModel

/// The questionnaire definition as plain JSON (`intake questionnaire --format json`): what a clinic
/// reviews when it changes questions. Texts in one language; limits in canonical units.
public struct QuestionnaireDocument: Encodable, Sendable {
    public struct Step: Encodable, Sendable {
        public var id: String
        public var title: String
        public var help: String?
        public var skippable: Bool
        public var items: [Item]
    }

    public struct Item: Encodable, Sendable {
        public var linkId: String
        public var text: String
        public var help: String?
        public var type: String
        public var audience: String
        public var required: Bool
        public var repeats: Bool
        public var pointer: String?
        public var options: [Option]?
        public var units: [String]?
        public var limits: Limits?
        public var enableWhen: [Condition]?
        public var enableBehavior: String?
        public var items: [Item]?
    }

    public struct Option: Encodable, Sendable { public var code: String; public var label: String }

    public struct Limits: Encodable, Sendable {
        public var minimum: Double
        public var maximum: Double?  // nil: no upper bound (a dose)
        public var softMinimum: Double?
        public var softMaximum: Double?
        public var unit: String
    }

    public struct Condition: Encodable, Sendable {
        public var question: String
        public var `operator`: String
        public var answer: String
    }

    public var url: String
    public var version: String
    public var language: String
    public var steps: [Step]

    public init(_ definition: QuestionnaireDefinition = .intake, language: Language = .english) {
        url = definition.url
        version = definition.version
        self.language = language.rawValue
        steps = definition.steps.map { step in
            Step(id: step.id.rawValue, title: step.title(language), help: step.help(language),
                 skippable: step.skippable, items: step.items.map { QuestionnaireDocument.item($0, language) })
        }
    }

    public func jsonData() throws -> Data { try FHIRJSON.encoder.encode(self) }

    static func item(_ source: QuestionItem, _ language: Language) -> Item {
        Item(linkId: source.linkId, text: source.caption(language), help: source.help(language),
             type: source.type.rawValue, audience: source.audience.rawValue, required: source.required,
             repeats: source.repeats,
             pointer: source.type == .derived ? nil : source.binding?.pointer ?? source.entries?.pointer,
             options: source.options.isEmpty ? nil
                : source.options.map { Option(code: $0.code, label: source.optionLabel($0.code, language)) },
             units: source.units.isEmpty ? nil : source.units.map(\.code),
             limits: source.limit.map { Limits(minimum: $0.hardMinimum, maximum: $0.hasUpperBound ? $0.hardMaximum : nil,
                                               softMinimum: $0.softMinimum, softMaximum: $0.softMaximum, unit: $0.unit) },
             enableWhen: source.enableWhen.isEmpty ? nil : source.enableWhen.map {
                 Condition(question: $0.question, operator: $0.op.rawValue, answer: describe($0.answer))
             },
             enableBehavior: source.enableWhen.count > 1 ? source.enableBehavior.rawValue : nil,
             items: source.items.isEmpty ? nil : source.items.map { item($0, language) })
    }

    static func describe(_ answer: AnswerValue) -> String {
        switch answer {
        case .string(let text), .code(let text): return text
        case .codes(let codes): return codes.joined(separator: ",")
        case .date(let date): return date.description
        case .integer(let number): return String(number)
        case .decimal(let number): return String(number)
        case .quantity(let value, let unit): return "\(value) \(unit)"
        case .boolean(let flag): return flag ? "true" : "false"
        }
    }
}
