import IntakeModel

extension IntakeItems {
    private static let medicationList = RecordFields.ListAccess<Medication>(
        get: { $0.medications }, set: { record, list in record.medications = list })

    private static func classIs(_ medicationClass: MedicationClass) -> EnableCondition {
        when("medications.classes", .equals, .code(medicationClass.rawValue))
    }

    /// Classes whose rules read the route: glucocorticoids (only oral counts), ibandronate among the
    /// bisphosphonates and medroxyprogesterone (oral or injection), HRT (oral or transdermal).
    static let routeClasses: [MedicationClass] = [.glucocorticoid, .bisphosphonate, .medroxyprogesterone, .hrt]

    /// The classes the bundled vocabulary gives a medication name, in `MedicationClass` order.
    static let medicationClasses = ItemBinding(
        pointer: "/medications/*/name",
        read: { record, instance in
            guard let instance, let list = record.medications, list.indices.contains(instance),
                  let name = list[instance].name,
                  let entry = MedicationVocabulary.bundled.entry(named: name) else { return nil }
            return .codes(MedicationClass.allCases.filter(entry.classes.contains).map(\.rawValue))
        },
        write: nil)

    /// Medications: a list; each entry asks its name (type-ahead from the bundled vocabulary) and
    /// status, and the follow-ups its class needs.
    static let medications: [QuestionItem] = [
        QuestionItem(
            linkId: "medications", type: .repeatingGroup, repeats: true,
            entries: RecordFields.entries("/medications", medicationList),
            items: [
                QuestionItem(linkId: "medications.name", type: .openChoice, required: true,
                             textLength: IntakeLimits.medicationNameLength,
                             binding: RecordFields.entryField("/medications/*/name", medicationList, \.name),
                             suggestions: .medicationNames),
                QuestionItem(linkId: "medications.classes", type: .derived, repeats: true,
                             options: MedicationClass.allCases.map { AnswerOption($0.rawValue) },
                             binding: medicationClasses),
                .choice("medications.status", MedicationStatus.self,
                        RecordFields.entryField("/medications/*/status", medicationList, \.status)),
                .number("medications.doseMgPerDay", .decimal,
                        RecordFields.entryField("/medications/*/doseMgPerDay", medicationList, \.doseMgPerDay),
                        limit: IntakeLimits.doseMgPerDay),
                .choice("medications.route", Route.self,
                        RecordFields.entryField("/medications/*/route", medicationList, \.route),
                        when: routeClasses.map(classIs), behavior: .any),
                .number("medications.months", .decimal,
                        RecordFields.entryField("/medications/*/months", medicationList, \.months),
                        limit: IntakeLimits.durationMonths,
                        when: [when("medications.status", .notEquals, .code(MedicationStatus.planned.rawValue))]),
                .number("medications.years", .decimal,
                        RecordFields.entryField("/medications/*/years", medicationList, \.years),
                        limit: IntakeLimits.durationYears,
                        when: [when("medications.status", .notEquals, .code(MedicationStatus.planned.rawValue)),
                               when("medications.months", .exists, .boolean(false))]),
                .date("medications.lastDoseDate",
                      RecordFields.entryField("/medications/*/lastDoseDate", medicationList, \.lastDoseDate),
                      when: [when("medications.status", .equals, .code(MedicationStatus.past.rawValue)),
                             classIs(.denosumab), classIs(.bisphosphonate)],
                      behavior: .any),
                .yesNo("medications.wantsToStop",
                       RecordFields.entryField("/medications/*/wantsToStop", medicationList, \.wantsToStop),
                       when: [classIs(.denosumab)]),
            ]),
    ]
}
