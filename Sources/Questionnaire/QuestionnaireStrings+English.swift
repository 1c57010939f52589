extension QuestionnaireStrings {
    /// English: every caption, help text and option label of the intake.
    static let english: [String: String] = steps
        .merging(patient) { $1 }.merging(history) { $1 }.merging(historyOptions) { $1 }
        .merging(medications) { $1 }.merging(medicationClasses) { $1 }
        .merging(symptoms) { $1 }.merging(symptomOptions) { $1 }
        .merging(redFlags) { $1 }.merging(boneDensityAndLabs) { $1 }.merging(startBack) { $1 }
        .merging(common) { $1 }.merging(pointerWords) { $1 }

    static let steps: [String: String] = [
        "step.patient": "Patient",
        "step.patient.help": "Who the patient is. The name comes first; give the date of birth, or the age if the date is not known.",
        "step.history": "History",
        "step.history.help": "Height and weight, past broken bones, lifestyle and long-term conditions.",
        "step.medications": "Medications",
        "step.medications.help": "Every medicine taken now, taken in the past for bones or steroids, or planned. Start typing a name to see suggestions.",
        "step.symptoms": "Symptoms",
        "step.symptoms.help": "The back pain as it is now: when it began, how it started, where it hurts and what changes it.",
        "step.red-flags": "Red flags",
        "step.red-flags.help": "Warning signs that need a clinician quickly. Answer every question; say yes if unsure.",
        "step.bone-density": "Bone density and labs",
        "step.bone-density.help": "The latest bone density scan (DXA) and laboratory results, as the clinician reads the reports.",
        "step.start-back": "STarT Back",
        "step.start-back.help": "Optional: nine questions about the last 2 weeks (Keele STarT Back Screening Tool). You may skip the whole step. The tool is copyright Keele University; it is free for non-commercial use, and commercial use needs Keele's permission. Keep this notice.",
        "step.summary": "Review",
        "step.summary.help": "The summary of this intake. Decision support for clinicians, never a diagnosis.",
    ]

    /// What a pointer of the record is about, where no question names it (`words(forPointer:)`):
    /// the record's sections, the entries of the lists, a field of an entry.
    static let pointerWords: [String: String] = [
        "record": "The record",
        "list.none": "none",
        "words/format": "The format tag",
        "words/id": "The record ID",
        "words/patient": "Patient",
        "words/body": "Height and weight",
        "words/history": "History",
        "words/history/menopause": "Menopause",
        "words/medications": "Medicines",
        "words/symptoms": "The pain",
        "words/redFlags": "Red flags",
        "words/boneDensity": "Bone density scan",
        "words/labs": "Laboratory results",
        "words/startBack": "STarT Back",
        "words.field-of-entry": "{field}, {entry}",
        "medications.entry": "Medicine {n}",
        "medications.entry-named": "Medicine {n} ({name})",
        "history.fractures.entry": "Broken bone {n}",
        "history.fractures.entry-named": "Broken bone {n} ({name})",
        "history.cardiovascularEvents.entry": "Heart attack or stroke {n}",
        "history.cardiovascularEvents.entry-named": "Heart attack or stroke {n} ({name})",
    ]

    static let common: [String: String] = [
        "answer.yes": "Yes",
        "answer.no": "No",
        "answer.unknown": "Not known",
        "answer.none-of-these": "None of these",
    ]

    static let patient: [String: String] = [
        "patient.name": "Full name",
        "patient.name.help": "The patient's name as they write it, in any script.",
        "visitDate": "Visit date",
        "visitDate.help": "The date of this visit (filled in automatically). All ages and durations are counted to this date.",
        "patient.birthDate": "Date of birth",
        "patient.birthDate.help": "If the date is not known, leave it empty and give the age.",
        "patient.age": "Age in years",
        "patient.age.help": "Only when the date of birth is not known. Must be 18 to 120.",
        "patient.sex": "Sex",
        "patient.sex.help": "Sex recorded for bone health (several screening rules differ for women and men).",
        "patient.sex=female": "Female",
        "patient.sex=male": "Male",
        "patient.language": "Preferred language",
        "patient.language.help": "The language for the screens and the printed sheet.",
        "patient.language=en": "English",
        "patient.language=es": "Spanish",
        "patient.identifier": "Patient number",
        "patient.identifier.help": "The clinic's own patient number (medical record number), if there is one.",
        "patient.phone": "Phone",
        "patient.phone.help": "A phone number to reach the patient.",
    ]
}
