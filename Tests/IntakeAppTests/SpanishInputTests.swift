import Catalog
import Foundation
import IntakeModel
import IntakeStore
import Questionnaire
import TerminalUI
import Testing
@testable import IntakeApp

/// Issue 15, item 3: a patient whose intake is in Spanish (`patient.language` "es") types S for
/// yes, 65,5 for a number, 07/12/1950 for a date and alendronato for a medicine.
@Suite("Spanish input conventions")
struct SpanishInputTests {
    static let visit = CalendarDate(year: 2026, month: 12, day: 7)
    static let birth = ItemAddress("patient.birthDate")
    static let weight = ItemAddress("body.weight")
    static let tScore = ItemAddress("boneDensity.lowestTScore")

    /// A new intake whose patient answers in `language` (a BCP 47 tag; nil: none given).
    static func record(language: String?) -> IntakeRecord {
        var record = IntakeRecord(id: "ES-1")
        record.visitDate = visit
        record.patient = Patient(language: language)
        return record
    }

    /// A session message as the catalog words it in `language`, its field named by the caption in
    /// that language ("Peso actual: ..." in Spanish).
    static func said(_ key: String, _ language: Language, field linkId: String, _ values: [String: String]) -> String? {
        let caption = QuestionnaireDefinition.intake.item(linkId: linkId)!.caption(language)
        return Catalog(language).text(forDataKey: "session." + key, values.merging(["field": caption]) { given, _ in given })
    }

    /// A date in words as the session spells it in `language` ("7 de diciembre de 1950").
    static func spelled(_ day: Int, month: Int, _ year: Int, _ language: Language) -> String {
        Catalog(language)(.sessionDateSpelled, [
            "day": String(day), "month": Catalog(language).text(forDataKey: "session.month.\(month)")!, "year": String(year),
        ])
    }

    /// "DD/MM/YYYY or YYYY-MM-DD" in the words of `language` ("DD/MM/AAAA o AAAA-MM-DD": año).
    static func dayFirstOrISO(_ language: Language) -> String {
        Catalog(language).text(forDataKey: "session.date.pattern-or-iso",
                               ["pattern": DateConvention.dayMonthYear.pattern(language), "iso": DateConvention.yearMonthDay.pattern(language)])!
    }

    static func session(language: String?, clinic: DateConvention = .yearMonthDay, step: StepID = .patient) -> IntakeSession {
        IntakeSession(record: record(language: language), clock: FixedIntakeClock(visit), step: step, dateConvention: clinic)
    }

    // MARK: Numbers

    @Test("65,5 kg, -2,3 and 37,8 °C reach the record in a Spanish intake (es-MX too)", arguments: ["es", "es-MX"])
    func decimalComma(_ tag: String) {
        var session = Self.session(language: tag)
        _ = session.apply(.enterQuantity(Self.weight, "65,5", unit: "kg"))
        _ = session.apply(.enterText(Self.tScore, "-2,3"))
        _ = session.apply(.enterQuantity(ItemAddress("redFlags.temperature"), "37,8", unit: "C"))
        #expect(session.record.body?.weight == Mass(value: 65.5, unit: .kg))
        #expect(session.value(at: Self.tScore) == .decimal(-2.3))
        #expect(session.value(at: ItemAddress("redFlags.temperature")) == .quantity(value: 37.8, unit: "C"))
        #expect(session.errors.isEmpty)
    }

    @Test("1,234 is never 1234 nor 1.234: the field keeps the text and says to type it without a thousands separator",
          arguments: [nil, "es"])
    func thousandsRefused(_ tag: String?) throws {
        var session = Self.session(language: tag)
        _ = session.apply(.enterQuantity(Self.weight, "1,234", unit: "kg"))
        _ = session.apply(.enterText(Self.tScore, "1.234,5"))
        #expect(session.record.body?.weight == nil)
        #expect(session.value(at: Self.tScore) == nil)
        #expect(session.pendingText[Self.weight] == "1,234")
        let message = try #require(session.errors[Self.weight])
        let language = try Language(tag: tag ?? "en")
        #expect(message.hasPrefix(QuestionnaireDefinition.intake.item(linkId: "body.weight")!.caption(language)), "names the field: \(message)")
        #expect(message == Self.said("message.number-thousands", language, field: "body.weight", ["typed": "1,234", "example": "70"]),
                "the thousands message in the intake's language, with the weight's example")
        #expect(!message.contains("/body"), "no JSON key in the message")
        if tag == nil {
            #expect(message == "Weight now: 1,234 could be read two ways; type it without a thousands separator, for example 70.")
        } else {
            #expect(!message.contains("thousands separator"), "in Spanish, not English: \(message)")
        }
    }

    @Test("an English intake also takes 65,5 (a comma that cannot be a thousands separator) and still 1.234 as a decimal")
    func englishComma() throws {
        var session = Self.session(language: "en")
        _ = session.apply(.enterQuantity(Self.weight, "65,5", unit: "kg"))
        _ = session.apply(.enterText(ItemAddress("labs.egfr"), "60.125"))
        #expect(session.record.body?.weight == Mass(value: 65.5, unit: .kg))
        var spanish = Self.session(language: "es")
        _ = spanish.apply(.enterText(ItemAddress("labs.egfr"), "60.125"))
        // the Spanish thousands message up to its example: "<eGFR caption>: 60.125 se puede leer de dos maneras; ..."
        let template = try #require(Catalog(.spanish).text(forDataKey: "session.message.number-thousands"))
        let example = try #require(template.range(of: "{example}"))
        let untilExample = String(template[..<example.lowerBound])
        let caption = QuestionnaireDefinition.intake.item(linkId: "labs.egfr")!.caption(.spanish)
        let expected = PlaceholderText.fill(untilExample, named: ["field": caption, "typed": "60.125"])
        #expect(spanish.errors[ItemAddress("labs.egfr")]?.hasPrefix(expected) == true,
                "in Spanish 60.125 could be sixty thousand: \(spanish.errors[ItemAddress("labs.egfr")] ?? "no message")")
    }

    // MARK: Dates

    @Test("in Spanish 07/12/2026 is 7 December at any desk; ISO is read too")
    func spanishDates() {
        for clinic in DateConvention.allCases {
            for typed in ["07/12/1950", "7/12/1950", "07121950", "1950-12-07"] {
                var session = Self.session(language: "es", clinic: clinic)
                _ = session.apply(.enterText(Self.birth, typed))
                #expect(session.record.patient?.birthDate == CalendarDate(year: 1950, month: 12, day: 7), "\(typed) at \(clinic)")
            }
        }
    }

    @Test("--language es types the Spanish way before the patient has said a language; an answer 'en' turns it back")
    func programLanguageBeforeAnswer() {
        var session = IntakeSession(record: Self.record(language: nil), clock: FixedIntakeClock(Self.visit),
                                    step: .patient, language: .spanish, dateConvention: .yearMonthDay)
        _ = session.apply(.enterText(Self.birth, "07/12/1950"))
        #expect(session.record.patient?.birthDate == CalendarDate(year: 1950, month: 12, day: 7))
        var english = IntakeSession(record: Self.record(language: "en"), clock: FixedIntakeClock(Self.visit),
                                    step: .patient, language: .spanish, dateConvention: .yearMonthDay)
        _ = english.apply(.enterText(Self.birth, "07/12/1950"))
        #expect(english.record.patient?.birthDate == nil)
    }

    @Test("in English the clinic's convention decides as before: 07/12/1950 is refused by default, 12 July at a US desk")
    func englishDates() {
        var iso = Self.session(language: "en")
        _ = iso.apply(.enterText(Self.birth, "07/12/1950"))
        #expect(iso.record.patient?.birthDate == nil)
        var us = Self.session(language: nil, clinic: .monthDayYear)
        _ = us.apply(.enterText(Self.birth, "07/12/1950"))
        #expect(us.record.patient?.birthDate == CalendarDate(year: 1950, month: 7, day: 12))
    }

    @Test("an impossible date in Spanish names the field and both accepted forms")
    func impossibleDate() throws {
        var session = Self.session(language: "es")
        _ = session.apply(.enterText(Self.birth, "31/02/1950"))
        let noSuchDate = try #require(session.errors[Self.birth])
        #expect(noSuchDate == Self.said("message.date-no-such-date", .spanish, field: "patient.birthDate", ["date": Self.spelled(31, month: 2, 1950, .spanish)]))
        _ = session.apply(.enterText(Self.birth, "13/13/1950"))
        let message = try #require(session.errors[Self.birth])
        #expect(message == Self.said("message.date-no-such-month", .spanish, field: "patient.birthDate", [
            "month": "13", "pattern": Self.dayFirstOrISO(.spanish), "example": DateConvention.dayMonthYear.example,
        ]))
        #expect(message.contains(Self.dayFirstOrISO(.spanish)), "both accepted forms: \(message)")
    }

    @Test("a stored date is shown as the clinic writes it; where a Spanish reader would misread it (US desk), in ISO")
    func datesShown() throws {
        for (clinic, shown) in [(DateConvention.dayMonthYear, "07/12/1950"), (.yearMonthDay, "1950-12-07"), (.monthDayYear, "1950-12-07")] {
            var record = Self.record(language: "es")
            record.patient?.birthDate = CalendarDate(year: 1950, month: 12, day: 7)
            let session = IntakeSession(record: record, clock: FixedIntakeClock(Self.visit), dateConvention: clinic)
            let pilot = Pilot(IntakeScreen(session: session), size: Size(width: 80, height: 24))
            #expect(pilot.text.contains("[\(shown)"), "\(clinic)")
            #expect(pilot.text.contains(Self.spelled(7, month: 12, 1950, .spanish)), "in Spanish words beside it")
        }
        var english = Self.record(language: "en")
        english.patient?.birthDate = CalendarDate(year: 1950, month: 12, day: 7)
        let us = Pilot(IntakeScreen(session: IntakeSession(record: english, clock: FixedIntakeClock(Self.visit), dateConvention: .monthDayYear)),
                       size: Size(width: 80, height: 24))
        #expect(us.text.contains("[12/07/1950"))
    }

    @Test("Español chosen on the Patient step changes the date box beside it at once: DD/MM/AAAA, 07/12/1950 echoed in Spanish")
    func languageAnsweredOnTheStep() {
        var typist = ScreenTypist(resuming: Self.record(language: nil))
        #expect(typist.pilot.text.contains("[___________] YYYY-MM-DD"))
        typist.pick(1, for: "patient.language")
        typist.press(.tab)
        #expect(typist.pilot.text.contains("[___________] DD/MM/"), "\(typist.pilot.text)")
        typist.jump(to: "patient.birthDate")
        typist.type("07/12/1950")
        #expect(typist.pilot.text.contains("[07/12/1950_] " + Self.spelled(7, month: 12, 1950, .spanish)), "echoed while typed")
    }

    // MARK: Yes / no

    @Test("S answers yes and N no on a yes/no question in Spanish; in English S does nothing")
    func yesNoLetters() throws {
        for (tag, key, expected) in [("es", "S", true), ("es", "s", true), ("es", "n", false), ("es", "y", true),
                                     ("en", "y", true), ("en", "n", false)] as [(String, Character, Bool)] {
            var typist = ScreenTypist(resuming: Self.record(language: tag))
            typist.jump(to: "history.parentalHipFracture")
            typist.press(.character(key))
            #expect(typist.session.value(at: ItemAddress("history.parentalHipFracture")) == .boolean(expected), "\(tag) \(key)")
        }
        var english = ScreenTypist(resuming: Self.record(language: "en"))
        english.jump(to: "history.parentalHipFracture")
        english.press(.character("s"))
        #expect(english.session.value(at: ItemAddress("history.parentalHipFracture")) == nil)
    }

    @Test("the real questionnaire's English options keep their first-letter shortcuts")
    func englishShortcutsUnchanged() {
        for item in QuestionnaireDefinition.intake.allItems where item.type == .choice || item.type == .boolean {
            let labels = item.type == .boolean ? ["Yes", "No", "Unknown"] : item.options.map { item.optionLabel($0.code) }
            let letters = ChoiceField.shortcutLetters(labels)
            for (index, label) in labels.enumerated() {
                let first = ChoiceField.folded(label).first { $0.isLetter || $0.isNumber }
                // what the first letter chose before: the first option starting with it
                let before = labels.firstIndex { ChoiceField.folded($0).first { $0.isLetter || $0.isNumber } == first }
                if before == index { #expect(letters[index] == first, "\(item.linkId): \(label)") }
            }
        }
    }

    // MARK: Home search

    @Test("a home screen in Spanish reads a searched date of birth day first (04/05/1956 is 4 May), one in English as the clinic says")
    func homeSearch() throws {
        var h = try ShellHarness()
        for (name, born) in [("Ada Lovelace", "1956-04-05"), ("Grace Hopper", "1956-05-04")] {
            _ = try h.store.createDraft(IntakeRecord(visitDate: Self.visit, patient: Patient(name: name, birthDate: CalendarDate(iso: born))),
                                        actor: deskActor)
        }
        h.shell = IntakeShell(services: ShellHarness.services(h.store, clock: h.clock, session: h.session, printer: h.printer),
                              configuration: ShellConfiguration(strings: Catalog(.spanish), dateConvention: .monthDayYear))
        h.type("04/05/1956")
        #expect(h.screen.contains("Grace Hopper"))
        #expect(!h.screen.contains("Ada Lovelace"))
        h.press(.escape)
        h.type("31/02/1956")
        #expect(h.screen.contains(Catalog(.spanish)(.shellHomeDateForms, ["pattern": "DD/MM/AAAA", "iso": "AAAA-MM-DD"])),
                "the forms a date of birth is typed in, in Spanish")

        h.shell = IntakeShell(services: ShellHarness.services(h.store, clock: h.clock, session: h.session, printer: h.printer),
                              configuration: ShellConfiguration(dateConvention: .monthDayYear))
        h.type("04/05/1956")
        #expect(h.screen.contains("Ada Lovelace"), "a US desk in English: 5 April")
        #expect(!h.screen.contains("Grace Hopper"))
    }

    @Test("a Spanish home list names each intake's urgency in Spanish, an English one in English")
    func homeUrgencyWords() throws {
        for language in [Language.spanish, .english] {
            var h = try ShellHarness()
            _ = try h.store.createDraft(IntakeRecord(visitDate: Self.visit, patient: Patient(name: "Ada Lovelace")), actor: deskActor)
            h.shell = IntakeShell(services: ShellHarness.services(h.store, clock: h.clock, session: h.session, printer: h.printer),
                                  configuration: ShellConfiguration(strings: Catalog(language)))
            h.type("Ada")
            let row = try #require(h.screen.split(separator: "\n").first { $0.contains("Ada Lovelace") })
            #expect(row.contains(UrgencyOrder.label(.notScreened, strings: ScreenStrings(language: language))), "\(language): \(row)")
        }
        #expect(UrgencyOrder.label(.notScreened, strings: ScreenStrings(language: .spanish)) != UrgencyOrder.label(.notScreened))
    }

    // MARK: Medicines

    @Test("alendronato, Ácido zoledrónico and acido zoledronico are stored as the vocabulary's names")
    func medicationNames() {
        var session = Self.session(language: "es", step: .medications)
        _ = session.apply(.addEntry(group: "medications"))
        _ = session.apply(.addEntry(group: "medications"))
        _ = session.apply(.addEntry(group: "medications"))
        _ = session.apply(.enterText(ItemAddress("medications.name", instance: 0), "alendronato"))
        _ = session.apply(.enterText(ItemAddress("medications.name", instance: 1), "Ácido zoledrónico"))
        _ = session.apply(.enterText(ItemAddress("medications.name", instance: 2), "calcio y vitamina D"))
        #expect(session.record.medications?.map(\.name) == ["alendronate", "zoledronic acid", "calcium and vitamin d"])
        _ = session.apply(.addEntry(group: "medications"))
        _ = session.apply(.enterText(ItemAddress("medications.name", instance: 3), "Prednisona 5 mg al día"))
        #expect(session.record.medications?.last?.name == "prednisone")
        #expect(session.record.medications?.last?.doseMgPerDay == 5)
    }

    @Test("type-ahead offers the Spanish names in a Spanish intake only")
    func typeAhead() throws {
        for (tag, expected) in [("es", true), ("en", false)] {
            var typist = ScreenTypist(resuming: Self.record(language: tag), step: .medications)
            typist.press(.insert)
            typist.type("acido zol")
            let field = try #require(typist.screen.focusedField as? TypeAheadField)
            #expect(field.suggestions.contains("ácido zoledrónico") == expected, "\(tag)")
        }
    }
}
