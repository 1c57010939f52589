import IntakeModel

extension QuestionnaireStrings {
    static let medications: [String: String] = [
        "medications": "Medicines",
        "medications.help": "One entry per medicine (a medicine taken in two separate courses may be entered twice).",
        "medications.name": "Medicine name",
        "medications.name.help": "Generic or brand name; suggestions appear as you type. Put the strength in the dose field, not in the name.",
        "medications.classes": "Kind of medicine",
        "medications.classes.help": "Found from the name; not typed.",
        "medications.status": "Taking it",
        "medications.status.help": "Now, in the past, or planned. Denosumab stays 'now' while on the 6-monthly schedule, even when a dose is late.",
        "medications.status=current": "Now",
        "medications.status=past": "In the past",
        "medications.status=planned": "Planned",
        "medications.doseMgPerDay": "Dose (mg per day)",
        "medications.doseMgPerDay.help": "Milligrams of this medicine a day. Needed for steroid tablets such as prednisolone.",
        "medications.route": "How it is taken",
        "medications.route.help": "By mouth, by injection or drip, inhaled, on the skin or as a patch. Only steroid tablets count for bone loss.",
        "medications.route=oral": "By mouth",
        "medications.route=injection": "Injection or drip",
        "medications.route=inhaled": "Inhaled",
        "medications.route=topical": "On the skin",
        "medications.route=transdermal": "Patch",
        "medications.months": "For how many months",
        "medications.months.help": "How long this course has lasted (or lasted). Give months or years, not both.",
        "medications.years": "For how many years",
        "medications.years.help": "Only when months were not given.",
        "medications.lastDoseDate": "Date of the last dose",
        "medications.lastDoseDate.help": "For denosumab, the last 6-monthly injection; for a bisphosphonate, the last tablet or infusion; for a stopped medicine, when it was stopped.",
        "medications.wantsToStop": "Does the patient want to stop denosumab?",
        "medications.wantsToStop.help": "Stopping denosumab without a follow-on treatment can cause several spine fractures.",
    ]

    static let medicationClasses: [String: String] = Dictionary(
        uniqueKeysWithValues: MedicationClass.allCases.map { medicationClass in
            let label: String
            switch medicationClass {
            case .glucocorticoid: label = "Steroid (glucocorticoid)"
            case .other: label = "Other"
            case .osteoporosisDrug: label = "Osteoporosis treatment"
            case .bisphosphonate: label = "Bisphosphonate"
            case .denosumab: label = "Denosumab"
            case .romosozumab: label = "Romosozumab"
            case .pthAnalogue: label = "Teriparatide or abaloparatide"
            case .raloxifene: label = "Raloxifene"
            case .hrt: label = "Hormone replacement therapy"
            case .aromataseInhibitor: label = "Aromatase inhibitor"
            case .androgenDeprivation: label = "Androgen deprivation therapy"
            case .enzymeInducingAnticonvulsant: label = "Enzyme-inducing anticonvulsant"
            case .antiepileptic: label = "Antiepileptic"
            case .medroxyprogesterone: label = "Medroxyprogesterone"
            case .thiazolidinedione: label = "Thiazolidinedione"
            case .heparin: label = "Heparin"
            case .anticoagulant: label = "Anticoagulant"
            case .thyroidHormone: label = "Thyroid hormone"
            case .calcineurinInhibitor: label = "Calcineurin inhibitor"
            case .ppi: label = "Proton pump inhibitor"
            case .ssri: label = "SSRI antidepressant"
            case .antidepressant: label = "Antidepressant"
            case .antiplatelet: label = "Antiplatelet"
            case .opioid: label = "Opioid"
            case .benzodiazepine: label = "Benzodiazepine"
            case .zDrug: label = "Z-drug sleeping tablet"
            case .gabapentinoid: label = "Gabapentinoid"
            case .antipsychotic: label = "Antipsychotic"
            case .sedatingAntihistamine: label = "Sedating antihistamine"
            case .muscleRelaxant: label = "Muscle relaxant"
            case .alphaBlocker: label = "Alpha blocker"
            case .antihypertensive: label = "Blood pressure medicine"
            case .vitaminD: label = "Vitamin D"
            }
            return ("medications.classes=" + medicationClass.rawValue, label)
        })
}
