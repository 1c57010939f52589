import Catalog
import IntakeModel

extension IntakeItems {
    /// Patient: the preferred language first (a choice among the languages the program speaks,
    /// so the rest of the step can be read in it), then the name, the visit date (staff), date
    /// of birth or age, sex. The kiosk asks the language before the first question, so there
    /// the focus starts on the name.
    static let patient: [QuestionItem] = [
        QuestionItem(linkId: "patient.language", type: .choice,
                     options: Language.allCases.map { AnswerOption($0.rawValue) },
                     binding: RecordFields.patientLanguage),
        .text("patient.name", RecordFields.field("/patient/name", \.patient, \.name),
              length: IntakeLimits.patientNameLength, required: true),
        .date("visitDate", RecordFields.top("/visitDate", \.visitDate), audience: .staff, required: true),
        .date("patient.birthDate", RecordFields.field("/patient/birthDate", \.patient, \.birthDate)),
        .number("patient.age", .integer, RecordFields.field("/patient/age", \.patient, \.age),
                limit: IntakeLimits.age, when: [when("patient.birthDate", .exists, .boolean(false))]),
        .choice("patient.sex", Sex.self, RecordFields.field("/patient/sex", \.patient, \.sex), required: true),
        .text("patient.identifier", RecordFields.field("/patient/identifier", \.patient, \.identifier),
              length: IntakeLimits.patientIdentifierLength, audience: .staff),
        .text("patient.phone", RecordFields.field("/patient/phone", \.patient, \.phone),
              length: IntakeLimits.phoneLength),
    ]
}
