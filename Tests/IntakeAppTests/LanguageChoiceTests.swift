import Catalog
import IntakeModel
import IntakeStore
import Questionnaire
import TerminalUI
import Testing
@testable import IntakeApp

/// Issue 15, item 2: the language is chosen, never guessed wrong. A kiosk patient chooses it
/// before any question; a front desk asks it first, as a choice; switching it keeps every answer;
/// the summary a member of staff reads speaks the clinic's language.
@Suite("The language of an intake is chosen by the patient, and the summary speaks the clinic's")
struct LanguageChoiceTests {
    static let visit = CalendarDate(year: 2026, month: 12, day: 7)
    static let spanish = Catalog(.spanish), english = Catalog(.english)

    // MARK: Kiosk

    @Test("kiosk: the first screen is the choice 'English / Español', each in its own words, before any question")
    func kioskAsksFirst() throws {
        let h = try ShellHarness.realScreens(kiosk: true, kioskLanguage: nil)
        #expect(h.openRecordID == nil, "no draft before the language is chosen")
        #expect(h.shell.isChoosingLanguage)
        let screen = h.screen
        #expect(screen.contains("English / Español"))
        #expect(screen.contains("> English"))
        #expect(screen.contains("  Español"))
        #expect(screen.contains("Use the arrow keys and Enter, or press E or S. / Use las"))
        #expect(screen.contains("flechas y Enter, o pulse E o S."))
        let nameCaption = try #require(QuestionnaireDefinition.intake.item(linkId: "patient.name")).caption(.english)
        #expect(!screen.contains(nameCaption), "no question yet")
        #expect(try h.store.list(RecordQuery()).isEmpty, "nothing stored yet")
    }

    @Test("kiosk: Down and Enter choose Español: the draft's patient.language is es and the questions are in Spanish")
    func kioskArrowsChooseSpanish() throws {
        var h = try ShellHarness.realScreens(kiosk: true, kioskLanguage: nil)
        h.press(.down)
        #expect(h.screen.contains("> Español"))
        h.press(.enter)
        let id = try #require(h.openRecordID)
        #expect(try h.store.load(id).record.patient?.language == "es")
        #expect(h.screen.contains("Paso 1 de 8"))
        #expect(!h.screen.contains("Step 1 of 8"))
    }

    @Test("kiosk: S and E choose at once; other letters do nothing", arguments: [("s", "es"), ("S", "es"), ("e", "en"), ("E", "en")])
    func kioskLetters(letter: String, tag: String) throws {
        var h = try ShellHarness.realScreens(kiosk: true, kioskLanguage: nil)
        h.type("x")
        #expect(h.shell.isChoosingLanguage)
        h.type(letter)
        let id = try #require(h.openRecordID)
        #expect(try h.store.load(id).record.patient?.language == tag)
    }

    @Test("kiosk --language es: no choice; every draft is Spanish")
    func kioskLanguageGiven() throws {
        let h = try ShellHarness.realScreens(kiosk: true, kioskLanguage: .spanish)
        let id = try #require(h.openRecordID)
        #expect(try h.store.load(id).record.patient?.language == "es")
        #expect(h.screen.contains("Paso 1 de 8"))
    }

    @Test("kiosk in Spanish: a red flag answered Sí raises the emergency alert in Spanish")
    func kioskSpanishAlert() throws {
        var h = try ShellHarness.realScreens(kiosk: true, kioskLanguage: nil)
        h.type("s")
        for _ in 0..<4 { h.press(.control("n")) }
        #expect(h.screen.contains("5/8 Señales de alarma"))
        h.press(.character(" "))  // Sí on the first red-flag question
        #expect(h.screen.contains(String(Self.spanish(.sessionAlertKiosk).prefix(30))), "\(h.screen)")
        #expect(!h.screen.contains(String(Self.english(.sessionAlertKiosk).prefix(30))))
    }

    @Test("kiosk: the next patient chooses again; idle on the choice does not lock")
    func kioskNextPatientChoosesAgain() throws {
        var h = try ShellHarness.realScreens(kiosk: true, kioskLanguage: nil)
        h.clock.advance(minutes: 30)
        h.tick()
        #expect(h.shell.isChoosingLanguage, "nothing of a patient on screen: no lock")
        h.type("s")
        #expect(h.openRecordID != nil)
    }

    /// Lines typed in order, whatever is asked.
    struct TypedLines: LineReader {
        var lines: [String]
        mutating func readLine(for prompt: LinePrompt) -> String? { lines.isEmpty ? nil : lines.removeFirst() }
    }

    @Test("kiosk line mode: the bilingual question is asked again until a language is given; 2, s, Español choose Spanish")
    func kioskLineModeAsks() {
        for answers in [["x", "2"], ["s"], ["Español"], ["", "espanol"]] {
            var input = TypedLines(lines: answers)
            let output = WrittenLines()
            #expect(KioskLanguageChoice.ask(input: &input, output: output) == .spanish, "\(answers)")
            #expect(output.lines.first == "English / Español")
            #expect(output.lines.filter { $0.hasPrefix("Type 1 or E for English.") }.count == answers.count)
        }
        var english = TypedLines(lines: ["1"]), nothing = TypedLines(lines: [])
        #expect(KioskLanguageChoice.ask(input: &english, output: WrittenLines()) == .english)
        #expect(KioskLanguageChoice.ask(input: &nothing, output: WrittenLines()) == nil, "end of input: no language guessed")
    }

    // MARK: Front desk

    @Test("front desk: Preferred language is a choice of English and Español")
    func askedAsAChoice() throws {
        let session = IntakeSession(clock: FixedIntakeClock(Self.visit))
        let item = try #require(session.definition.item(linkId: "patient.language"))
        #expect(item.type == .choice)
        #expect(item.options.map(\.code) == Language.allCases.map(\.rawValue))
    }

    @Test("front desk: 'm' typed on Preferred language is not kept; a choice is")
    func freeTextNotKept() throws {
        var typist = ScreenTypist(resuming: IntakeRecord(visitDate: Self.visit))
        typist.jump(to: "patient.language")
        #expect(typist.screen.focusedField is ChoiceField)
        typist.type("m")
        typist.press(.tab)
        #expect(typist.session.record.patient?.language == nil)
        typist.pick(1, for: "patient.language")
        #expect(typist.session.record.patient?.language == "es")
        #expect(typist.session.language == .spanish)
    }

    @Test("a record whose language the program does not speak (pt-BR): screens in the program's language, the field says so, the tag is kept")
    func unspokenTag() throws {
        var record = IntakeRecord(visitDate: Self.visit)
        record.patient = Patient(name: "Ana", language: "pt-BR")
        let session = IntakeSession(record: record, clock: FixedIntakeClock(Self.visit), language: .english)
        #expect(session.language == .english)
        let note = try #require(session.warnings[ItemAddress("patient.language")])
        #expect(note.contains("'pt-BR'") && note.contains("English, Español"))
        let pilot = Pilot(IntakeScreen(session: session), size: Size(width: 80, height: 24))
        #expect(pilot.text.contains("'pt-BR' is not a language"))
        #expect(pilot.model.session.record.patient?.language == "pt-BR", "kept until a language is chosen")
        var typist = ScreenTypist(resuming: record)
        typist.pick(1, for: "patient.language")
        #expect(typist.session.record.patient?.language == "es")
        #expect(typist.session.warnings[ItemAddress("patient.language")] == nil)
    }

    @Test("es-MX is shown as Español and kept as written")
    func regionalTagKept() {
        var record = IntakeRecord(visitDate: Self.visit)
        record.patient = Patient(name: "Ana", language: "es-MX")
        var typist = ScreenTypist(resuming: record)
        #expect(typist.session.language == .spanish)
        typist.jump(to: "patient.language")
        #expect(typist.screen.focusedField?.value == .choice(1))
        typist.press(.tab)
        #expect(typist.session.record.patient?.language == "es-MX")
    }

    // MARK: Switching in the middle

    /// English answers on several steps: text, a date, a choice, a number with its unit, a yes/no,
    /// a medicine and a red flag.
    static func englishIntake() -> ScreenTypist {
        var typist = ScreenTypist(resuming: IntakeRecord(visitDate: visit))
        typist.pick(0, for: "patient.language")
        typist.fill("patient.name", with: "Ana Pérez")
        typist.fill("patient.birthDate", with: "1950-03-04")
        typist.press(.tab)
        typist.pick(0, for: "patient.sex")
        typist.fill("body.weight", with: "65.5")
        typist.press(.tab)
        typist.pick(0, for: "history.parentalHipFracture")
        for _ in 0..<6 where typist.session.currentStep != .medications { typist.press(.control("n")) }
        typist.press(.insert)
        typist.type("Alendronate")
        typist.press(.tab)
        typist.pick(1, for: "redFlags.saddleNumbness")
        return typist
    }

    @Test("switching to Spanish mid-intake keeps every answer, shown the Spanish way; switching back gives the same record")
    func switchKeepsAnswers() throws {
        var typist = Self.englishIntake()
        let before = typist.session.record
        #expect(before.patient?.birthDate == CalendarDate(year: 1950, month: 3, day: 4))
        #expect(before.body?.weight == Mass(value: 65.5, unit: .kg))
        #expect(before.history?.parentalHipFracture == true)
        #expect(before.medications?.first?.name == "Alendronate")
        #expect(before.redFlags?.saddleNumbness == false)

        typist.pick(1, for: "patient.language")
        #expect(typist.session.language == .spanish)
        var expected = before
        expected.patient?.language = "es"
        #expect(typist.session.record == expected, "only the language changed")
        #expect(typist.pilot.text.contains("Paso 1 de 8"))
        typist.jump(to: "patient.birthDate")
        let spelled = Self.spanish(.sessionDateSpelled, ["day": "4", "month": Self.spanish.text(forDataKey: "session.month.3")!, "year": "1950"])
        #expect(typist.pilot.text.contains("[1950-03-04_] " + spelled), "the date as the clinic writes it, in Spanish words beside it")
        #expect(typist.pilot.text.contains(Self.spanish.text(forDataKey: "questionnaire.patient.language")!), "the caption in Spanish too")
        typist.jump(to: "patient.sex")
        #expect((typist.screen.focusedField as? ChoiceField)?.options.first == "Mujer" || typist.pilot.text.contains("Mujer"))
        typist.jump(to: "history.parentalHipFracture")
        let yesNo = try #require(typist.screen.focusedField as? ChoiceField)
        #expect(yesNo.options.prefix(2) == ["Sí", "No"])
        #expect(yesNo.value == .choice(0), "still yes, shown Sí")
        #expect(typist.session.record == expected)

        typist.pick(0, for: "patient.language")
        #expect(typist.session.language == .english)
        #expect(typist.session.record == before, "back in English: the record as it was")
        #expect(typist.pilot.text.contains("Step"))
    }

    // MARK: Summary in the clinic's language

    static func finishedRecord(language: String) -> IntakeRecord {
        var record = IntakeRecord(visitDate: visit)
        record.patient = Patient(name: "Ana Pérez", language: language, sex: .female, age: 70)
        return record
    }

    @Test("patient es, clinic en: the patient's steps are Spanish, the summary English; and the reverse",
          arguments: [("es", Language.english), ("en", Language.spanish)])
    func summaryInClinicLanguage(patient: String, clinic: Language) throws {
        let session = IntakeSession(record: Self.finishedRecord(language: patient), clock: FixedIntakeClock(Self.visit),
                                    language: clinic)
        var pilot = Pilot(IntakeScreen(session: session, staffLanguage: clinic), size: Size(width: 80, height: 24))
        let patientWords = Catalog(try Language(tag: patient)), clinicWords = Catalog(clinic)
        let onPatientStep = pilot.text
        #expect(onPatientStep.contains(patientWords.text(forDataKey: "questionnaire.step.patient")!))
        pilot.apply { $0.perform(.goToStep(.summary)) }
        pilot.press(.down)  // the screen is brought up to the session at the end of a key
        let summary = pilot.text
        let review = clinicWords.text(forDataKey: "session.step-indicator", [
            "n": "8", "total": "8", "title": clinicWords.text(forDataKey: "questionnaire.step.summary")!])!
        #expect(summary.contains(review), "\(summary)")
        let patientReview = patientWords.text(forDataKey: "session.step-indicator", [
            "n": "8", "total": "8", "title": patientWords.text(forDataKey: "questionnaire.step.summary")!])!
        #expect(!summary.contains(patientReview))
    }
}
