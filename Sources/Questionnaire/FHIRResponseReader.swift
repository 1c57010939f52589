import Catalog
import Foundation
import IntakeModel

/// Why a FHIR resource could not be read as an intake: a catalog text, said in words for the
/// person importing it in their language (`message(in:)`).
public struct FHIRReadProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// A catalog text with its values.
    public struct Text: Hashable, Sendable {
        public var key: TextKey
        public var values: [String: String]
        public init(_ key: TextKey, _ values: [String: String] = [:]) {
            self.key = key
            self.values = values
        }
    }

    /// What is wrong.
    public var text: Text
    /// The linkId of the question the answer belongs to: its caption fills `{question}`, in the reader's language.
    public var question: String?
    /// Why, said after the text (`{reason}`): an answer that cannot be stored, a shape FHIR does not give.
    public var reason: Text?

    public init(_ key: TextKey, _ values: [String: String] = [:], question: QuestionItem? = nil, reason: Text? = nil) {
        self.text = Text(key, values)
        self.question = question?.linkId
        self.reason = reason
    }

    /// The problem in `language`: "the answer to "Smoking" is a String; the question takes choice".
    public func message(in language: Language) -> String {
        let catalog = Catalog(language)
        var values = text.values
        if let question { values["question"] = catalog(.questionCaption(linkId: question)) ?? "" }
        if let reason { values["reason"] = catalog(reason.key, reason.values) }
        return catalog(text.key, values)
    }

    public var description: String { message(in: .english) }
}

/// Reads a FHIR R4 `QuestionnaireResponse` of our questionnaire (alone, or the one inside a
/// `Bundle`) back into an intake record: the inverse of `FHIRQuestionnaireResponse`, so a response
/// filled in elsewhere can be imported and assessed. Options may carry our own codes or the
/// standard ones of `StandardCodes`; the record it gives still goes through `IntakeValidator`.
public enum FHIRResponseReader {
    /// The `resourceType` of a JSON object, or nil when the data is not a FHIR resource (an
    /// `osteo-intake/1` record has none).
    public static func resourceType(of data: Data) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return object["resourceType"] as? String
    }

    /// The record a `QuestionnaireResponse`, or a `Bundle` holding exactly one, answers.
    public static func record(from data: Data, definition: QuestionnaireDefinition = .intake) throws(FHIRReadProblem) -> IntakeRecord {
        let response = try responseData(from: data)
        let incoming: Incoming
        do { incoming = try JSONDecoder().decode(Incoming.self, from: response) } catch {
            throw FHIRReadProblem(.fhirReadShape, reason: describe(error))
        }
        let named = incoming.questionnaire?.split(separator: "|").first.map(String.init) ?? ""
        guard named.hasSuffix("/Questionnaire/intake") || named == definition.url else {
            throw FHIRReadProblem(.fhirReadOtherQuestionnaire, ["questionnaire": IntakeText.printable(named)])
        }
        var record = IntakeRecord(id: incoming.identifier?.value)
        try Walker(definition: definition).read(incoming.item ?? [], instance: nil, into: &record)
        return record
    }

    /// The QuestionnaireResponse itself, taken out of a Bundle when it is one.
    static func responseData(from data: Data) throws(FHIRReadProblem) -> Data {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw FHIRReadProblem(.fhirReadNotObject)
        }
        switch object["resourceType"] as? String {
        case "QuestionnaireResponse": return data
        case "Bundle":
            let responses = (object["entry"] as? [[String: Any]] ?? []).compactMap { $0["resource"] as? [String: Any] }
                .filter { $0["resourceType"] as? String == "QuestionnaireResponse" }
            guard responses.count == 1, let only = try? JSONSerialization.data(withJSONObject: responses[0]) else {
                throw FHIRReadProblem(.fhirReadBundleCount, ["count": String(responses.count)])
            }
            return only
        case let other?:
            throw FHIRReadProblem(.fhirReadOtherResource, ["type": IntakeText.printable(other)])
        case nil:
            throw FHIRReadProblem(.fhirReadNoResourceType)
        }
    }

    /// Where the decoder found the response's shape wrong.
    static func describe(_ error: Error) -> FHIRReadProblem.Text {
        guard let decoding = error as? DecodingError else { return .init(.fhirReadReasonUnreadable) }
        switch decoding {
        case .keyNotFound(let key, _): return .init(.fhirReadReasonMissing, ["name": IntakeText.printable(key.stringValue)])
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? .init(.fhirReadReasonAtTop) : .init(.fhirReadReasonAt, ["path": IntakeText.printable(path)])
        @unknown default: return .init(.fhirReadReasonUnreadable)
        }
    }

    struct Incoming: Decodable {
        var questionnaire: String?
        var identifier: FHIRIdentifier?
        var item: [FHIRQuestionnaireResponse.Item]?
    }

    /// Walks the response's items in order, storing each answer through the questionnaire's binding.
    struct Walker {
        let definition: QuestionnaireDefinition

        func read(_ items: [FHIRQuestionnaireResponse.Item], instance: Int?, into record: inout IntakeRecord) throws(FHIRReadProblem) {
            for item in items {
                if item.linkId.hasPrefix("step.") {
                    try read(item.item ?? [], instance: instance, into: &record)
                    continue
                }
                guard let question = definition.item(linkId: item.linkId) else {
                    throw FHIRReadProblem(.fhirReadNotOurQuestion, ["linkId": IntakeText.printable(item.linkId)])
                }
                switch question.type {
                case .group:
                    try read(item.item ?? [], instance: instance, into: &record)
                case .repeatingGroup:
                    guard let entries = question.entries else { continue }
                    entries.append(to: &record)
                    let noneListed = (item.extension ?? []).contains {
                        $0.url.hasSuffix("/StructureDefinition/" + FHIRQuestionnaireResponse.noneListedName) && $0.value.boolean == true
                    }
                    if noneListed && (item.item ?? []).isEmpty {
                        entries.remove(at: entries.count(in: record) - 1, from: &record)  // the list, empty
                        continue
                    }
                    try read(item.item ?? [], instance: entries.count(in: record) - 1, into: &record)
                case .derived:
                    continue
                default:
                    let value = try answer(item.answer ?? [], for: question)
                    do {
                        try definition.set(value, at: ItemAddress(question.linkId, instance: instance), in: &record)
                    } catch {
                        throw FHIRReadProblem(.fhirReadCannotStore, question: question, reason: FHIRResponseReader.explain(error))
                    }
                }
            }
        }

        /// The answer of one question from its FHIR answers, by the question's type.
        func answer(_ answers: [FHIRAnswer], for question: QuestionItem) throws(FHIRReadProblem) -> AnswerValue? {
            let values = answers.map(\.value)
            func wrongKind() -> FHIRReadProblem {
                let type = FHIRQuestionnaire.fhirType(question.type)
                guard let given = values.first?.typeName else { return FHIRReadProblem(.fhirReadNoKnownValue, ["type": type], question: question) }
                return FHIRReadProblem(.fhirReadWrongKind, ["given": given, "type": type], question: question)
            }
            func code(_ coding: FHIRCoding) throws(FHIRReadProblem) -> String {
                if let ours = StandardCodes.ourCode(for: coding, of: question.linkId) { return ours }
                // an option, or a code under one (the language es-MX under es)
                guard question.optionIndex(of: coding.code) != nil || coding.code == FHIRQuestionnaire.noneOfTheseCode
                else {
                    throw FHIRReadProblem(.fhirReadNotOption, [
                        "given": IntakeText.printable(coding.code), "options": question.options.map(\.code).joined(separator: ", "),
                    ], question: question)
                }
                return coding.code
            }
            guard let first = values.first else { return nil }
            switch question.type {
            case .multipleChoice:
                var codes: [String] = []
                for value in values {
                    guard let coding = value.coding else { throw wrongKind() }
                    let ours = try code(coding)
                    if ours != FHIRQuestionnaire.noneOfTheseCode { codes.append(ours) }
                }
                return .codes(question.options.map(\.code).filter(codes.contains))
            case .choice:
                guard let coding = first.coding else { throw wrongKind() }
                return .code(try code(coding))
            case .openChoice:
                if let coding = first.coding {
                    guard question.suggestions == .medicationNames else { return .string(coding.code) }
                    return .string(Self.typedName(answers[0]) ?? MedicationNames.vocabularyName(forSent: coding.display ?? coding.code))
                }
                guard let text = first.string else { throw wrongKind() }
                return .string(text)
            case .boolean:
                guard let flag = first.boolean else { throw wrongKind() }
                return .boolean(flag)
            case .integer, .scale:
                guard let number = first.integer else { throw wrongKind() }
                return .integer(number)
            case .decimal:
                guard let number = first.decimal ?? first.integer.map(Double.init) else { throw wrongKind() }
                return .decimal(number)
            case .date:
                guard let text = first.date else { throw wrongKind() }
                guard let date = CalendarDate(iso: text) else {
                    throw FHIRReadProblem(.fhirReadNotDate, ["given": IntakeText.printable(text)], question: question)
                }
                return .date(date)
            case .string:
                guard let text = first.string else { throw wrongKind() }
                return .string(text)
            case .quantity:
                guard let quantity = first.quantity else { throw wrongKind() }
                guard let unit = question.units.first(where: { $0.ucum == quantity.code || $0.code == quantity.code }) else {
                    throw FHIRReadProblem(.fhirReadNotUnit, [
                        "given": IntakeText.printable(quantity.code), "units": question.units.map(\.display).joined(separator: ", "),
                    ], question: question)
                }
                return .quantity(value: quantity.value, unit: unit.code)
            case .group, .repeatingGroup, .derived:
                return nil
            }
        }

        /// A medication name as typed, kept beside the generic name sent (the `typed-name` extension).
        static func typedName(_ answer: FHIRAnswer) -> String? {
            answer.extension?.first { $0.url.hasSuffix("/StructureDefinition/" + FHIRAnswerMapping.typedNameName) }?.value.string
        }
    }

    /// Why an answer cannot be stored.
    static func explain(_ error: AnswerError) -> FHIRReadProblem.Text {
        switch error {
        case .wrongKind(let expected): return .init(.fhirReadReasonWrongKind, ["type": FHIRQuestionnaire.fhirType(expected)])
        case .unknownOption(let code, let allowed):
            return .init(.fhirReadReasonNotOption, ["given": IntakeText.printable(code), "options": allowed.joined(separator: ", ")])
        case .unknownUnit(let unit, let allowed):
            return .init(.fhirReadReasonNotUnit, ["given": IntakeText.printable(unit), "units": allowed.joined(separator: ", ")])
        case .noSuchEntry: return .init(.fhirReadReasonNoSuchEntry)
        case .readOnly: return .init(.fhirReadReasonReadOnly)
        case .noSuchItem(let linkId): return .init(.fhirReadReasonNoSuchItem, ["linkId": IntakeText.printable(linkId)])
        }
    }
}
