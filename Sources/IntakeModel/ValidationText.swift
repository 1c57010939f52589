import Foundation
import TextTemplates

/// Every message of validation, keyed by language ("en" now; a Spanish table is added beside it).
/// Templates take their arguments as `{0}`, `{1}`, ...; quoted values from a record arrive
/// already stripped of control characters.
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

    public let language: String
    let templates: [Message: String]

    /// The message with its arguments filled in.
    public func say(_ message: Message, _ arguments: String...) -> String {
        let template = templates[message] ?? ValidationText.english.templates[message] ?? message.rawValue
        // `{0}` is the first argument. Filled in one pass, so a value that itself holds "{1}" (a
        // sender's text) is shown as sent, never filled again.
        return PlaceholderText.fill(template) { name in Int(name).flatMap { arguments.indices.contains($0) ? arguments[$0] : nil } }
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
        default: return say(.keyRequired, key)
        }
    }

    public static func table(for language: String) -> ValidationText {
        switch language {
        default: return .english
        }
    }

    /// The same messages with every value of the record left out: the field and the rule only
    /// ("is not a real date (YYYY-MM-DD)", never "'1961-02-30' is not a real date"). For standard
    /// error and logs, which must carry no patient data; the caller names the field from the path.
    /// Limits, units, type names and the format's own keys are not patient data and stay.
    public var withoutValues: ValidationText {
        ValidationText(language: language, templates: templates.merging(ValidationText.englishWithoutValues) { _, valueFree in valueFree })
    }

    static let englishWithoutValues: [Message: String] = [
        .unknownKey: "is not a field of this format",
        .lengthBetween: "must be {0}-{1} characters",
        .notOneOf: "is not one of: {1}",
        .listedTwice: "is listed more than once",
        .notARealDate: "is not a real date (YYYY-MM-DD)",
        .outsideRange: "is outside {1}",
        .unusual: "is unusual ({1}): please confirm",
        .notUsableNumber: "is not a usable number",
        .notLanguageTag: "is not a language tag such as en, es or pt-BR",
        .tallestBelowHeight: "the tallest adult height is below today's height: please ask again",
        .pastAgeAboveCurrentAge: "{0} is above the patient's age",
        .episodeTooLong: "the pain began longer before the visit date than allowed ({1})",
        .glucocorticoidOutside: "the dose is outside {1} prednisolone-equivalent",
        .glucocorticoidUnusual: "the dose is unusual ({1} prednisolone-equivalent): please confirm",
    ]

    public static let english = ValidationText(language: "en", templates: [
        .notJSON: "is not valid JSON",
        .notReadable: "could not be read",
        .mustBeObject: "must be an object, not {0}",
        .unknownKey: "unknown key '{0}'",
        .mustBeBool: "must be true or false, not {0}",
        .mustBeNumber: "must be a number, not {0}",
        .mustBeInteger: "must be an integer",
        .mustBeText: "must be text, not {0}",
        .mustBeList: "must be a list, not {0}",
        .lengthAtMost: "must be at most {0} characters",
        .lengthBetween: "must be {0}-{1} characters, not {2}",
        .notBlank: "must not be blank",
        .noControlCharacters: "must not contain control characters (tabs, line breaks, escapes)",
        .notOneOf: "'{0}' is not one of: {1}",
        .listedTwice: "'{0}' is listed more than once",
        .notARealDate: "'{0}' is not a real date (YYYY-MM-DD)",
        .afterVisitDate: "is after the visit date",
        .visitBeforeBirth: "is after the visit date (a visit before birth)",
        .outsideRange: "{0} is outside {1}",
        .mustBeBetween: "must be between {0} and {1}",
        .mustBeBetweenUnit: "must be between {0} and {1} {2}",
        .unusual: "{0} is unusual ({1}): please confirm",
        .convertedValue: "{0} ({1})",
        .notUsableNumber: "{0} is not a usable number",
        .valueRequired: "a number is required",
        .unitRequired: "a unit is required (one of: {0})",
        .atLeastZero: "must be 0 or more",
        .aboveZero: "must be more than 0",
        .keyRequired: "'{0}' is required",
        .patientRequired: "the patient's details are required (name, sex, and age or date of birth)",
        .bodyRequired: "the height and weight are required",
        .symptomsRequired: "the pain is required: when it began, how it started and what set it off",
        .heightRequired: "the height is required",
        .weightRequired: "the weight is required",
        .formatRequired: "the format tag '{0}' is required",
        .visitDateRequired: "the visit date is required",
        .ageOrBirthDateNotBoth: "give either the age or the date of birth, not both",
        .ageOrBirthDateRequired: "give the age or the date of birth",
        .sexRequired: "sex is required (female or male)",
        .notLanguageTag: "'{0}' is not a language tag such as en, es or pt-BR",
        .ageOnVisitDate: "age on the visit date {0}",
        .tallestBelowHeight: "tallest adult height {0} is below today's height {1}: please ask again",
        .heightLoss: "height loss {0}",
        .bmi: "BMI {0}",
        .menopauseRequiredForWomen: "menopause status is required for female patients",
        .menopauseForMan: "menopause does not apply to a male patient",
        .menopauseStatusRequired: "menopause status is required (premenopausal, perimenopausal or postmenopausal)",
        .fractureSiteRequired: "the fracture site is required",
        .eventTypeRequired: "the type of event is required (heart attack or stroke)",
        .pastAgeAboveCurrentAge: "{0} {1} years is above the patient's age {2} years",
        .ageAtMenopause: "age at menopause",
        .ageAtFracture: "age at fracture",
        .monthsOrYearsNotBoth: "give how long it was taken in months or in years, not both",
        .medicineNameRequired: "the medicine's name is required",
        .denosumabTooLongAgo: "the last denosumab dose is more than {0} months before the visit date",
        .glucocorticoidDose: "{0} mg/day",
        .glucocorticoidConverted: "{0} mg/day of {1} ({2} prednisolone-equivalent)",
        .glucocorticoidOutside: "{0} is outside {1} prednisolone-equivalent",
        .glucocorticoidUnusual: "{0} is unusual ({1} prednisolone-equivalent): please confirm",
        .startDateOrDaysAgoNotBoth: "give either the date the pain began or how many days ago it began, not both",
        .startDateOrDaysAgoRequired: "give the date the pain began, or how many days ago it began",
        .episodeTooLong: "the pain began {0} days before the visit date; allowed {1}",
        .onsetRequired: "onset is required (sudden or gradual)",
        .triggerRequired: "trigger is required",
        .scoreRequired: "give the lowest T-score or the lowest Z-score (or both)",
        .startBackItemRequired: "STarT Back item {0} is required when the questionnaire is given",
        .nestedTooDeeply: "has lists or objects inside each other more than {0} deep (line {1}); a record needs far fewer",
        .keyGivenTwice: "is given twice in the same place; give it once",
        .notACharacter: "holds a character code that is not a character (an unpaired surrogate)",
        .numberTooLargeOrSmall: "is a number too large or too small to use",
    ])
}
