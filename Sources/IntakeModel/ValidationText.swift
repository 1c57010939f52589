import Catalog
import Foundation

/// Every message of validation, in a language: the texts are in the string catalog
/// (`validation.<message>`, and `validation.withoutValues.<message>` for logs). Placeholders are
/// named; quoted values from a record arrive already stripped of control characters.
public struct ValidationText: Sendable {
    public enum Message: String, CaseIterable, Sendable {
        case notJSON, notReadable, mustBeObject, unknownKey, mustBeBool, mustBeNumber, mustBeInteger, mustBeText, mustBeList
        case lengthAtMost, lengthBetween, notBlank, noControlCharacters, notOneOf, listedTwice, notARealDate, afterVisitDate
        case visitBeforeBirth, outsideRange, mustBeBetween, mustBeBetweenUnit, unusual, convertedValue, notUsableNumber
        case valueRequired, unitRequired, atLeastZero, aboveZero, keyRequired, formatRequired, visitDateRequired
        case patientRequired, bodyRequired, symptomsRequired, heightRequired, weightRequired
        case ageOrBirthDateNotBoth, ageOrBirthDateRequired, sexRequired, notLanguageTag, ageOnVisitDate
        case tallestBelowHeight, heightLoss, bmi
        case menopauseRequiredForWomen, menopauseForMan, menopauseStatusRequired, fractureSiteRequired, eventTypeRequired
        case pastAgeAboveCurrentAge, ageAtMenopause, ageAtFracture
        case monthsOrYearsNotBoth, medicineNameRequired, denosumabTooLongAgo, glucocorticoidDose, glucocorticoidConverted
        case glucocorticoidOutside, glucocorticoidUnusual
        case startDateOrDaysAgoNotBoth, startDateOrDaysAgoRequired, episodeTooLong, onsetRequired, triggerRequired
        case scoreRequired, startBackItemRequired
        case nestedTooDeeply, keyGivenTwice, notACharacter, numberTooLargeOrSmall
    }

    public let language: Language
    /// True for the messages without any value of the record (`withoutValues`).
    let leavesOutValues: Bool

    public init(language: Language = .english) { self.init(language: language, leavesOutValues: false) }

    init(language: Language, leavesOutValues: Bool) {
        self.language = language
        self.leavesOutValues = leavesOutValues
    }

    /// The message with its `{name}` placeholders filled in. Filled in one pass, so a value that
    /// itself holds "{value}" (a sender's text) is shown as sent, never filled again.
    public func say(_ message: Message, _ values: [String: String] = [:]) -> String {
        let catalog = Catalog(language)
        if leavesOutValues, let valueFree = catalog(.validationMessageWithoutValues(message.rawValue), values) { return valueFree }
        return catalog(.validationMessage(message.rawValue), values) ?? ""
    }

    /// "the height is required": the message for a required key of the record, in words. A key
    /// without words of its own (none the validator requires today) falls back to naming the key.
    public func required(_ key: String) -> String {
        switch key {
        case "patient": return say(.patientRequired)
        case "body": return say(.bodyRequired)
        case "symptoms": return say(.symptomsRequired)
        case "height": return say(.heightRequired)
        case "weight": return say(.weightRequired)
        default: return say(.keyRequired, ["key": key])
        }
    }

    /// The kind of a JSON value in words, as in "must be an object, not a list".
    public func kind(of value: JSONValue) -> String {
        let catalog = Catalog(language)
        switch value {
        case .null: return catalog(.validationKindNull)
        case .bool: return catalog(.validationKindBool)
        case .number: return catalog(.validationKindNumber)
        case .string: return catalog(.validationKindText)
        case .array: return catalog(.validationKindList)
        case .object: return catalog(.validationKindObject)
        }
    }

    public static func table(for language: Language) -> ValidationText { ValidationText(language: language) }

    /// The same messages with every value of the record left out: the field and the rule only
    /// ("is not a real date (YYYY-MM-DD)", never "'1961-02-30' is not a real date"). For standard
    /// error and logs, which must carry no patient data; the caller names the field from the path.
    /// Limits, units, type names and the format's own keys are not patient data and stay.
    public var withoutValues: ValidationText { ValidationText(language: language, leavesOutValues: true) }

    public static let english = ValidationText(language: .english)
}
