import Catalog
import Foundation
import IntakeModel

/// A FHIR R4 `Questionnaire` resource built from the questionnaire definition: one group per step,
/// items with their linkId, text, type, options, units (UCUM), limits, enableWhen, required and
/// repeats, help as a `display` child with item control `help`. Every text (title, item text,
/// option display) carries its other languages in the `translation` extension (`FHIRTranslation`).
public struct FHIRQuestionnaire: Codable, Sendable {
    public var resourceType = "Questionnaire"
    /// The language of the texts (`title`, `text`, `display`); the others are in their translations.
    public var language: String
    public var url: String
    public var version: String
    public var name: String
    public var title: String
    /// `_title`: the title in the other languages.
    public var titleTranslations: FHIRTranslations?
    public var status = "active"
    public var item: [Item]

    enum CodingKeys: String, CodingKey {
        case resourceType, language, url, version, name, title, status, item
        case titleTranslations = "_title"
    }

    /// One `Questionnaire.item`.
    public struct Item: Codable, Sendable {
        public var linkId: String
        public var text: String?
        /// `_text`: the text in the other languages.
        public var textTranslations: FHIRTranslations? = nil
        public var type: String
        /// The standard concept the item asks about (LOINC, SNOMED CT), when it has one.
        public var code: [FHIRCoding]?
        public var required: Bool?
        public var repeats: Bool?
        public var readOnly: Bool?
        public var maxLength: Int?
        public var enableWhen: [EnableWhen]?
        public var enableBehavior: String?
        public var answerOption: [FHIRAnswer]?
        public var `extension`: [FHIRExtension]?
        public var item: [Item]?

        enum CodingKeys: String, CodingKey {
            case linkId, text, type, code, required, repeats, readOnly, maxLength, enableWhen, enableBehavior,
                 answerOption, `extension`, item
            case textTranslations = "_text"
        }
    }

    /// One `Questionnaire.item.enableWhen`.
    public struct EnableWhen: Codable, Sendable {
        public var question: String
        public var `operator`: String
        public var answer: FHIRValue

        enum Keys: String, CodingKey { case question, `operator` }

        public init(question: String, operator op: String, answer: FHIRValue) {
            self.question = question; self.operator = op; self.answer = answer
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(question, forKey: .question)
            try container.encode(`operator`, forKey: .operator)
            try answer.encode(to: encoder, prefix: "answer")
        }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Keys.self)
            question = try container.decode(String.self, forKey: .question)
            `operator` = try container.decode(String.self, forKey: .operator)
            answer = try FHIRValue(from: decoder, prefix: "answer")
        }
    }

    /// Builds the resource from `definition`, texts in `language`, URLs under the clinic's base.
    public init(_ definition: QuestionnaireDefinition = .intake, language: Language = .english,
                settings: FHIRSettings = .default) {
        self.language = language.rawValue
        url = settings.questionnaireURL
        version = settings.questionnaireVersion
        name = definition.name
        title = Catalog(language)(.exportQuestionnaireTitle, ["name": definition.name])
        titleTranslations = FHIRTranslations.of(besides: language) {
            Catalog($0)(.exportQuestionnaireTitle, ["name": definition.name])
        }
        item = definition.steps.filter { !$0.items.isEmpty }.map { step in
            Item(linkId: FHIRQuestionnaire.stepLinkId(step.id), text: step.title(language),
                 textTranslations: FHIRTranslations.of(besides: language) { step.title($0) }, type: "group",
                 repeats: nil, item: FHIRQuestionnaire.helpItems(FHIRQuestionnaire.stepLinkId(step.id), language, { step.help($0) })
                     + step.items.map { FHIRQuestionnaire.item($0, definition, language, settings) })
        }
    }

    /// The linkId of a step's group (`step.red-flags`), distinct from every item's linkId.
    public static func stepLinkId(_ step: StepID) -> String { "step." + step.rawValue }

    /// The resource as JSON.
    public func jsonData() throws -> Data { try FHIRJSON.encoder.encode(self) }

    static func item(_ source: QuestionItem, _ definition: QuestionnaireDefinition,
                     _ language: Language, _ settings: FHIRSettings) -> Item {
        var result = Item(linkId: source.linkId, text: source.caption(language),
                          textTranslations: FHIRTranslations.of(besides: language) { source.caption($0) },
                          type: fhirType(source.type))
        result.code = StandardCodes.items[source.linkId].map { [$0] }
        if source.required { result.required = true }
        if source.repeats || source.type == .multipleChoice { result.repeats = true }
        if source.type == .derived { result.readOnly = true }
        result.maxLength = source.textLength?.upperBound
        if !source.options.isEmpty {
            result.answerOption = source.options.map { option in
                FHIRAnswer(value: FHIRValue(coding: optionCoding(option.code, of: source, language, settings)))
            }
            if source.type == .multipleChoice {
                result.answerOption?.append(FHIRAnswer(value: noneOfThese(source, language, settings)))
            }
        }
        if source.suggestions == .medicationNames {
            // the generic names an answer may carry as a Coding (a name typed otherwise is a string)
            result.answerOption = MedicationNames.sentGenericNames.map { name in
                FHIRAnswer(value: FHIRValue(coding: FHIRCoding(system: settings.codeSystem(source.linkId), code: name, display: name)))
            }
        }
        if !source.enableWhen.isEmpty {
            result.enableWhen = source.enableWhen.map { condition in
                EnableWhen(question: condition.question, operator: condition.op.rawValue,
                           answer: FHIRAnswerMapping.value(condition.answer, for: definition.item(linkId: condition.question),
                                                           language: language, settings: settings))
            }
            if source.enableWhen.count > 1 { result.enableBehavior = source.enableBehavior.rawValue }
        }
        var extensions: [FHIRExtension] = source.units.map { unit in
            FHIRExtension(url: FHIRExtensionURL.unitOption,
                          value: FHIRValue(coding: FHIRCoding(system: FHIRQuantity.ucumSystem, code: unit.ucum,
                                                               display: unit.display)))
        }
        extensions += limitExtensions(source)
        if let short = Catalog(language)(.questionShortLabel(linkId: source.linkId)) {
            extensions.append(FHIRExtension(url: FHIRExtensionURL.shortText, value: FHIRValue(string: short)))
        }
        if source.type == .derived { extensions.append(FHIRExtension(url: FHIRExtensionURL.hidden, value: FHIRValue(boolean: true))) }
        if source.type == .scale {
            extensions.append(FHIRExtension(url: FHIRExtensionURL.itemControl, value: FHIRValue(codeableConcept:
                FHIRCodeableConcept(coding: [FHIRCoding(system: itemControlSystem, code: "slider", display: nil)]))))
        }
        extensions.append(FHIRExtension(url: settings.extensionURL(FHIRExtensionURL.audienceName),
                                        value: FHIRValue(code: source.audience.rawValue)))
        if let pointer = source.binding?.pointer ?? source.entries?.pointer, source.type != .derived {
            extensions.append(FHIRExtension(url: settings.extensionURL(FHIRExtensionURL.recordPointerName),
                                            value: FHIRValue(string: pointer)))
        }
        result.extension = extensions
        let children = helpItems(source.linkId, language, { source.help($0) })
            + source.items.map { item($0, definition, language, settings) }
        result.item = children.isEmpty ? nil : children
        return result
    }

    /// The code a multiple-choice answer "none of these" (an empty set in the record) is sent as.
    public static let noneOfTheseCode = "none-of-these"

    static func noneOfThese(_ item: QuestionItem, _ language: Language, _ settings: FHIRSettings) -> FHIRValue {
        let display = { (language: Language) in Catalog(language)(.questionnaireWords("answer.none-of-these")) ?? "" }
        return FHIRValue(coding: FHIRCoding(system: codeSystem(item, settings), code: noneOfTheseCode, display: display(language),
                                            displayTranslations: FHIRTranslations.of(besides: language, display)))
    }

    static let itemControlSystem = "http://hl7.org/fhir/questionnaire-item-control"

    /// Help text as a `display` child with item control `help` (the FHIR R4 way).
    static func helpItems(_ linkId: String, _ language: Language, _ help: (Language) -> String?) -> [Item] {
        guard let text = help(language) else { return [] }
        var display = Item(linkId: linkId + ".help", text: text,
                           textTranslations: FHIRTranslations.of(besides: language, help), type: "display")
        display.extension = [FHIRExtension(url: FHIRExtensionURL.itemControl, value: FHIRValue(codeableConcept:
            FHIRCodeableConcept(coding: [FHIRCoding(system: itemControlSystem, code: "help", display: "Help-Button")])))]
        return [display]
    }

    /// Numeric limits for integer and decimal items, exactly the validator's hard limits; no
    /// `maxValue` for a limit without an upper bound (a dose). Quantities are limited in their
    /// canonical unit, which FHIR cannot say per unit; the validator checks them.
    static func limitExtensions(_ source: QuestionItem) -> [FHIRExtension] {
        guard let limit = source.limit else {
            if let length = source.textLength, length.lowerBound > 0 {
                return [FHIRExtension(url: FHIRExtensionURL.minLength, value: FHIRValue(integer: length.lowerBound))]
            }
            return []
        }
        let bounds = limit.hasUpperBound ? [limit.hardMinimum, limit.hardMaximum] : [limit.hardMinimum]
        let urls = [FHIRExtensionURL.minValue, FHIRExtensionURL.maxValue]
        switch source.type {
        case .integer, .scale:
            return zip(urls, bounds).map { FHIRExtension(url: $0, value: FHIRValue(integer: Int($1))) }
        case .decimal:
            return zip(urls, bounds).map { FHIRExtension(url: $0, value: FHIRValue(decimal: $1)) }
        default:
            return []
        }
    }

    /// The FHIR R4 item type of an item type.
    public static func fhirType(_ type: ItemType) -> String {
        switch type {
        case .string: return "string"
        case .date: return "date"
        case .integer, .scale: return "integer"
        case .decimal: return "decimal"
        case .quantity: return "quantity"
        case .boolean: return "boolean"
        case .choice, .multipleChoice, .derived: return "choice"
        case .openChoice: return "open-choice"
        case .group, .repeatingGroup: return "group"
        }
    }

    /// The code system of an item's own options: the record's own enum values for that field, under
    /// the clinic's base URL (languages are BCP-47 tags).
    public static func codeSystem(_ item: QuestionItem, _ settings: FHIRSettings = .default) -> String {
        if item.linkId == "patient.language" { return StandardCodes.bcp47 }
        return settings.codeSystem(item.linkId)
    }

    /// The coding of one option: the standard one where the option has a standard concept, else ours.
    static func coding(_ code: String, of item: QuestionItem, _ language: Language,
                       _ settings: FHIRSettings) -> FHIRCoding {
        StandardCodes.option(code, of: item.linkId)
            ?? FHIRCoding(system: codeSystem(item, settings), code: code, display: item.optionLabel(code, language))
    }

    /// The coding of one `answerOption`: `coding(_:of:_:_:)`, its display in the other languages the
    /// option's label in each (responses and enableWhen carry the coding without them).
    static func optionCoding(_ code: String, of item: QuestionItem, _ language: Language,
                             _ settings: FHIRSettings) -> FHIRCoding {
        var option = coding(code, of: item, language, settings)
        option.displayTranslations = FHIRTranslations.of(besides: language) { item.optionLabel(code, $0) }
        return option
    }
}

enum FHIRJSON {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
