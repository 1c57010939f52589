import IntakeModel

/// The answers of a record to items that have a standard concept (``StandardCodes/items``), as
/// FHIR values: the bundle export sends each as an `Observation` coded with that concept (body
/// height as LOINC 8302-2 with its UCUM quantity), which an EHR files without reading the response.
public struct FHIRCodedAnswer: Sendable {
    public var linkId: String
    public var code: FHIRCoding
    public var value: FHIRValue
}

extension FHIRQuestionnaireResponse {
    /// Every shown, answered item of `record` outside the patient's details (those are the Patient
    /// resource) whose concept has a standard code, in questionnaire order.
    public static func codedAnswers(_ record: IntakeRecord, definition: QuestionnaireDefinition = .intake,
                                    settings: FHIRSettings = .default) -> [FHIRCodedAnswer] {
        definition.allItems.compactMap { item in
            guard !item.linkId.hasPrefix("patient."), let code = StandardCodes.items[item.linkId],
                  definition.repeatingGroup(of: item.linkId) == nil,
                  definition.isEnabled(ItemAddress(item.linkId, instance: nil), in: record),
                  let answer = definition.value(at: ItemAddress(item.linkId, instance: nil), in: record) else { return nil }
            var value = FHIRAnswerMapping.value(answer, for: item, language: .english, settings: settings)
            if let number = value.decimal, let unit = StandardCodes.observationUnits[item.linkId] {
                value = FHIRValue(quantity: FHIRQuantity(value: number, unit: unit.unit, code: unit.code))
            }
            return FHIRCodedAnswer(linkId: item.linkId, code: code, value: value)
        }
    }
}
