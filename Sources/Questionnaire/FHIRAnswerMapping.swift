import Catalog
import IntakeModel

/// Maps answers to FHIR `value[x]`, by the type of the item they answer (`FHIRResponseReader` maps
/// them back).
enum FHIRAnswerMapping {
    /// One FHIR value for one answer. Choice codes become Codings with the item's code system;
    /// quantities carry their UCUM code.
    static func value(_ answer: AnswerValue, for item: QuestionItem?, language: Language,
                      settings: FHIRSettings) -> FHIRValue {
        values(answer, for: item, language: language, settings: settings).first ?? FHIRValue()
    }

    /// The name of the answer extension that keeps a medication name as typed where the generic
    /// name sent differs from it (`BASE/StructureDefinition/typed-name`).
    static let typedNameName = "typed-name"

    /// The answers of one response item. A medication name the vocabulary knows is sent as its
    /// generic name (a Coding in our `medications.name` system), with the name as typed in the
    /// `typed-name` extension where it differs; every other answer as `values` gives it.
    static func answers(_ answer: AnswerValue, for item: QuestionItem, language: Language,
                        settings: FHIRSettings) -> [FHIRAnswer] {
        if item.suggestions == .medicationNames, case .string(let typed) = answer,
           let generic = MedicationNames.genericName(forTyped: typed) {
            let coding = FHIRCoding(system: settings.codeSystem(item.linkId), code: generic, display: generic)
            // the import reads a generic without the extension as the vocabulary's own generic
            let readsBack = typed == generic && MedicationNames.vocabularyName(forSent: generic) == typed
            let kept = readsBack ? nil
                : [FHIRExtension(url: settings.extensionURL(typedNameName), value: FHIRValue(string: typed))]
            return [FHIRAnswer(value: FHIRValue(coding: coding), extension: kept)]
        }
        return values(answer, for: item, language: language, settings: settings).map { FHIRAnswer(value: $0) }
    }

    /// All FHIR values of one answer (a multiple choice set gives one per code).
    static func values(_ answer: AnswerValue, for item: QuestionItem?, language: Language,
                       settings: FHIRSettings) -> [FHIRValue] {
        func coding(_ code: String) -> FHIRValue {
            guard let item else { return FHIRValue(coding: FHIRCoding(system: nil, code: code, display: nil)) }
            return FHIRValue(coding: FHIRQuestionnaire.coding(code, of: item, language, settings))
        }
        switch answer {
        case .boolean(let value): return [FHIRValue(boolean: value)]
        case .integer(let value):
            if item?.type == .decimal { return [FHIRValue(decimal: Double(value))] }
            return [FHIRValue(integer: value)]
        case .decimal(let value): return [FHIRValue(decimal: value)]
        case .date(let value): return [FHIRValue(date: value.description)]
        case .string(let value):
            if let item, item.type == .openChoice, item.options.contains(where: { $0.code == value }) {
                return [coding(value)]
            }
            return [FHIRValue(string: value)]
        case .code(let code): return [coding(code)]
        case .codes(let codes):
            if codes.isEmpty, let item { return [FHIRQuestionnaire.noneOfThese(item, language, settings)] }
            return codes.map(coding)
        case .quantity(let value, let unit):
            let choice = item?.units.first { $0.code == unit }
            return [FHIRValue(quantity: FHIRQuantity(value: value, unit: choice?.display ?? unit, code: choice?.ucum ?? unit))]
        }
    }
}
