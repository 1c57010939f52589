import Catalog
import IntakeModel
import Questionnaire
import TerminalUI

/// How the patient of an intake types answers, from the intake's language: the record's
/// `patient.language` (a BCP 47 tag, primary subtag `es` is Spanish), read afresh from the record
/// so a language answered on the Patient step applies to the next answer.
///
/// In Spanish: yes/no also take S (sí) and N (no); a point followed by three digits could be a
/// thousands separator (`TypedNumber`); dates are typed day first (DD/MM/AAAA) or in ISO order,
/// whatever the clinic's `date_order`; medication names are also found by their Spanish generic
/// names. In English everything is as the clinic set it.
struct InputConventions: Hashable, Sendable {
    /// True when the patient types in Spanish.
    let typesSpanish: Bool
    /// The clinic's `date_order`: how dates are shown.
    let clinicDates: DateConvention

    init(languageTag: String?, clinicDates: DateConvention) {
        self.typesSpanish = (try? Language(tag: languageTag ?? "")) == .spanish
        self.clinicDates = clinicDates
    }

    init(record: IntakeRecord, clinicDates: DateConvention) {
        self.init(languageTag: record.patient?.language, clinicDates: clinicDates)
    }

    /// How a typed date is read: day first in Spanish ("07/12/2026" is 7 December), the clinic's
    /// convention otherwise; ISO `2026-12-07` in both.
    var datesTyped: DateConvention { typesSpanish ? .dayMonthYear : clinicDates }

    /// How a stored date is written into its entry box: the clinic's convention, except where the
    /// patient would read it back as another date (a US desk's `12/07/2026` typed in Spanish is 12
    /// July): then ISO, which reads the same in every convention.
    var datesInBoxes: DateConvention {
        typesSpanish && clinicDates == .monthDayYear ? .yearMonthDay : clinicDates
    }

    /// True where a point followed by three digits could be a thousands separator (`TypedNumber`).
    var commaIsDecimalMark: Bool { typesSpanish }

    /// Letters that answer a yes/no question beside each option's own shortcut: in Spanish the
    /// initials of the Spanish and English words for yes and no (S and Y for yes, N for no), so a
    /// patient types S whether the options read "Sí" or "Yes". Keys are lower case; values are the
    /// options of `ChoiceField.yesNoUnknown` (0 yes, 1 no).
    var yesNoLetters: [Character: Int] {
        guard typesSpanish else { return [:] }
        var letters: [Character: Int] = [:]
        for language in [Language.spanish, .english] {
            let strings = Catalog(language)
            for (option, word) in [(0, strings(.uiYes)), (1, strings(.uiNo))] {
                if let initial = ChoiceField.folded(word).first, letters[initial] == nil { letters[initial] = option }
            }
        }
        return letters
    }

    /// The words that answer yes, no or unknown in line mode beside the line mode's own: "sí"
    /// (or "s"), "no" (or "n") and "no sé" in Spanish (accents and case are ignored by the caller).
    var yesNoWords: (yes: [String], no: [String], unknown: [String]) {
        guard typesSpanish else { return ([], [], []) }
        let strings = Catalog(.spanish)
        return ([strings(.uiYes)], [strings(.uiNo)], [strings(.uiUnknown)])
    }

    /// True where medication type-ahead also offers the Spanish generic names.
    var findsSpanishMedicationNames: Bool { typesSpanish }
}

extension IntakeSession {
    /// How this intake's patient types: from the answer to "Preferred language" when given, else
    /// the intake's language (`--language es` types the Spanish way before the patient has said),
    /// and the clinic's date order.
    var inputConventions: InputConventions {
        InputConventions(languageTag: record.patient?.language ?? language.rawValue, clinicDates: dateConvention)
    }
}
