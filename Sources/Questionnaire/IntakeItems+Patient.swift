import Catalog
import IntakeModel

extension IntakeItems {
    /// Patient: name first, the visit date (staff), date of birth or age, sex, the preferred
    /// language (a choice among the languages the program speaks).
    static let patient: [QuestionItem] = [
        .text("patient.name", RecordFields.field("/patient/name", \.patient, \.name),
              length: IntakeLimits.patientNameLength, required: true),
        .date("visitDate", RecordFields.top("/visitDate", \.visitDate), audience: .staff, required: true),
        .date("patient.birthDate", RecordFields.field("/patient/birthDate", \.patient, \.birthDate)),
        .number("patient.age", .integer, RecordFields.field("/patient/age", \.patient, \.age),
                limit: IntakeLimits.age, when: [when("patient.birthDate", .exists, .boolean(false))]),
        .choice("patient.sex", Sex.self, RecordFields.field("/patient/sex", \.patient, \.sex), required: true),
        QuestionItem(linkId: "patient.language", type: .choice,
                     options: Language.allCases.map { AnswerOption($0.rawValue) },
                     binding: RecordFields.patientLanguage),
        .text("patient.identifier", RecordFields.field("/patient/identifier", \.patient, \.identifier),
              length: IntakeLimits.patientIdentifierLength, audience: .staff),
        .text("patient.phone", RecordFields.field("/patient/phone", \.patient, \.phone),
              length: IntakeLimits.phoneLength),
    ]
}
