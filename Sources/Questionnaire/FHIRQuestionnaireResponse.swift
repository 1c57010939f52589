import Catalog
import Foundation
import IntakeModel

/// A FHIR R4 `QuestionnaireResponse` for one intake record: items nested as in `FHIRQuestionnaire`
/// (step groups, then groups and one group item per entry of a repeating group), answers typed by
/// their item's type, and no answers for items that enableWhen hides.
public struct FHIRQuestionnaireResponse: Codable, Sendable {
    /// FHIR `QuestionnaireResponse.status`, from the record's lifecycle.
    public enum Status: String, Codable, Sendable, CaseIterable {
        case inProgress = "in-progress"
        case completed
        case amended

        /// The status for a stored record's lifecycle state: a draft is in progress, a finished
        /// record completed, a finished record changed afterwards amended.
        public init(lifecycle: String) {
            switch lifecycle.lowercased() {
            case "completed", "finished", "final": self = .completed
            case "amended", "corrected": self = .amended
            default: self = .inProgress
            }
        }
    }

    public var resourceType = "QuestionnaireResponse"
    /// The language the patient answered in: the record's `patient.language`, else `en`.
    public var language: String?
    /// The patient, when the response stands alone (`subject` is then `#patient`).
    public var contained: [FHIRPatient]?
    /// `url|version` of the questionnaire.
    public var questionnaire: String
    public var status: Status
    /// The intake ID, with the system `BASE/NamingSystem/intake-id`.
    public var identifier: FHIRIdentifier?
    public var subject: FHIRReference?
    public var authored: String?
    public var item: [Item]?

    /// One `QuestionnaireResponse.item`: answers for a question, items for a group.
    public struct Item: Codable, Sendable {
        public var linkId: String
        /// On a list with no entries: `none-listed` (asked, and there are none).
        public var `extension`: [FHIRExtension]?
        public var text: String?
        public var answer: [FHIRAnswer]?
        public var item: [Item]?
    }

    /// The response for `record`. Its subject is the Patient at `patientReference` (an entry of the
    /// same bundle), or without one a Patient contained in the response.
    public init(record: IntakeRecord, status: Status, definition: QuestionnaireDefinition = .intake,
                language: Language = .english, settings: FHIRSettings = .default,
                patientReference: String? = nil) {
        questionnaire = settings.questionnaireCanonical
        self.language = record.patient?.language ?? Language.english.rawValue
        self.status = status
        identifier = record.id.map { FHIRIdentifier(system: FHIRQuestionnaireResponse.intakeIdSystem(settings), value: $0) }
        if let patientReference {
            subject = FHIRReference(patientReference)
        } else {
            contained = [FHIRPatient(record: record, id: "patient", settings: settings)]
            subject = FHIRReference("#patient")
        }
        authored = record.visitDate?.description
        let builder = Builder(definition: definition, record: record, language: language, settings: settings)
        item = definition.steps.compactMap { step in
            let children = step.items.flatMap { builder.items(for: $0, instance: nil) }
            guard !children.isEmpty else { return nil }
            return Item(linkId: FHIRQuestionnaire.stepLinkId(step.id), text: step.title(language), answer: nil, item: children)
        }
    }

    public func jsonData() throws -> Data { try FHIRJSON.encoder.encode(self) }

    /// The name of the extension that marks a list asked and empty (no fractures).
    public static let noneListedName = "none-listed"

    static func noneListed(_ settings: FHIRSettings) -> FHIRExtension {
        FHIRExtension(url: settings.extensionURL(noneListedName), value: FHIRValue(boolean: true))
    }

    /// The system of the intake IDs (`QuestionnaireResponse.identifier`).
    public static func intakeIdSystem(_ settings: FHIRSettings) -> String { settings.baseURL + "/NamingSystem/intake-id" }

    struct Builder {
        let definition: QuestionnaireDefinition
        let record: IntakeRecord
        let language: Language
        let settings: FHIRSettings

        /// Response items for one questionnaire item: none when hidden or unanswered.
        func items(for source: QuestionItem, instance: Int?) -> [Item] {
            let address = ItemAddress(source.linkId, instance: instance)
            guard definition.isEnabled(address, in: record) else { return [] }
            switch source.type {
            case .group:
                let children = source.items.flatMap { items(for: $0, instance: instance) }
                return children.isEmpty ? [] : [Item(linkId: source.linkId, text: source.caption(language), item: children)]
            case .repeatingGroup:
                let count = source.entries?.count(in: record) ?? 0
                if count == 0, source.entries?.isPresent(in: record) == true {
                    return [Item(linkId: source.linkId, extension: [FHIRQuestionnaireResponse.noneListed(settings)],
                                 text: source.caption(language))]
                }
                return (0..<count).compactMap { index in
                    let children = source.items.flatMap { items(for: $0, instance: index) }
                    return children.isEmpty ? nil
                        : Item(linkId: source.linkId, text: source.caption(language), item: children)
                }
            default:
                guard let value = definition.value(at: address, in: record) else { return [] }
                let answers = FHIRAnswerMapping.answers(value, for: source, language: language, settings: settings)
                return answers.isEmpty ? [] : [Item(linkId: source.linkId, text: source.caption(language), answer: answers)]
            }
        }
    }
}
