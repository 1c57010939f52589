import Assessment
@testable import IntakeApp
import IntakeModel
import Questionnaire
import Testing

@Suite("The intake session: fields, steps, messages")
struct IntakeSessionTests {
    let visit = CalendarDate(year: 2025, month: 10, day: 6)

    func newSession(mode: SessionMode = .staff) -> IntakeSession {
        IntakeSession(clock: FixedIntakeClock(visit), mode: mode)
    }

    @Test("a new intake opens on the Patient step with Preferred language focused (so the rest is read in it) and today's visit date")
    func newIntake() {
        let session = newSession()
        #expect(session.currentStep == .patient)
        #expect(session.focus == ItemAddress("patient.language"))
        #expect(session.fields(in: .patient).prefix(2) == [ItemAddress("patient.language"), ItemAddress("patient.name")])
        #expect(session.record.visitDate == visit)
        #expect(session.stepIndicator == "Step 1 of 8: Patient")
        #expect(session.pendingAlert == nil)
    }

    @Test("kiosk: the language was chosen before the first question, so the focus starts on the name")
    func kioskStartsOnTheName() {
        let record = IntakeRecord(visitDate: visit, patient: Patient(language: "es"))
        let session = IntakeSession(record: record, clock: FixedIntakeClock(visit), mode: .kiosk)
        #expect(session.focus == ItemAddress("patient.name"))
        let staff = IntakeSession(record: record, clock: FixedIntakeClock(visit), mode: .staff)
        #expect(staff.focus == ItemAddress("patient.language"), "at the front desk it is asked first, answered or not")
    }

    @Test("a resumed draft keeps its own visit date")
    func resumedDraft() {
        let earlier = CalendarDate(year: 2025, month: 9, day: 1)
        let session = IntakeSession(record: IntakeRecord(visitDate: earlier), clock: FixedIntakeClock(visit), step: .symptoms)
        #expect(session.record.visitDate == earlier)
        #expect(session.stepIndicator == "Step 4 of 8: Symptoms")
        #expect(session.focus == ItemAddress("symptoms.painScore"))
    }

    @Test("setting an answer emits a save effect with old and new values")
    func saveEffect() {
        var session = newSession()
        let effects = session.apply(.enterText(ItemAddress("patient.name"), "  María José\u{1B}[31m "))
        // the escape sequence goes whole (PlainText's Sanitizer), not just its ESC
        #expect(session.record.patient?.name == "María José")
        #expect(effects == [.saveAnswer(AnswerChange(address: ItemAddress("patient.name"), pointer: "/patient/name",
                                                     oldValue: nil, newValue: .string("María José")))])
    }

    @Test("menopause questions appear for a woman and vanish, answers dropped, for a man")
    func conditionalItems() {
        var session = newSession()
        _ = session.apply(.setAnswer(ItemAddress("patient.sex"), .code("female")))
        #expect(session.fields(in: .history).contains(ItemAddress("history.menopause.status")))
        _ = session.apply(.setAnswer(ItemAddress("history.menopause.status"), .code("postmenopausal")))
        #expect(session.fields(in: .history).contains(ItemAddress("history.menopause.age")))
        _ = session.apply(.enterText(ItemAddress("history.menopause.age"), "48"))
        let effects = session.apply(.setAnswer(ItemAddress("patient.sex"), .code("male")))
        #expect(session.record.history?.menopause == nil)
        #expect(!session.fields(in: .history).contains(ItemAddress("history.menopause.status")))
        let dropped = effects.compactMap { effect -> ItemAddress? in
            if case .saveAnswer(let change) = effect, change.droppedAsHidden { return change.address }
            return nil
        }
        #expect(Set(dropped) == [ItemAddress("history.menopause.status"), ItemAddress("history.menopause.age")])
    }

    @Test("medication follow-ups appear for the class typed and their answers go when the name changes")
    func medicationFollowUps() {
        var session = newSession()
        _ = session.apply(.goToStep(.medications))
        _ = session.apply(.addEntry(group: "medications"))
        #expect(session.focus == ItemAddress("medications.name", instance: 0))
        _ = session.apply(.enterText(ItemAddress("medications.name", instance: 0), "denosumab"))
        #expect(session.fields(in: .medications).contains(ItemAddress("medications.wantsToStop", instance: 0)))
        _ = session.apply(.setAnswer(ItemAddress("medications.wantsToStop", instance: 0), .boolean(true)))
        #expect(session.record.medications?[0].wantsToStop == true)
        _ = session.apply(.enterText(ItemAddress("medications.name", instance: 0), "naproxen"))
        #expect(session.record.medications?[0].wantsToStop == nil)
        #expect(!session.fields(in: .medications).contains(ItemAddress("medications.wantsToStop", instance: 0)))
        _ = session.apply(.removeEntry(group: "medications", index: 0))
        #expect(session.record.medications == [])
    }

    @Test("text that does not parse is kept with a message naming the field and what is allowed")
    func badText() {
        var session = newSession()
        let address = ItemAddress("patient.birthDate")
        _ = session.apply(.enterText(address, "14/03/1958"))
        #expect(session.record.patient?.birthDate == nil)
        #expect(session.pendingText[address] == "14/03/1958")
        // no date_order in clinic.toml: day and month are never guessed
        #expect(session.errors[address] == "Date of birth: enter a date as YYYY-MM-DD, for example 1958-03-14 "
                + "(the order of day and month is not set: date_order in clinic.toml).")
        _ = session.apply(.enterText(address, "next March"))
        #expect(session.pendingText[address] == "next March")
        #expect(session.errors[address] == "Date of birth: enter a date as YYYY-MM-DD, for example 1958-03-14.")
        _ = session.apply(.enterText(address, "1958-03-14"))
        #expect(session.errors[address] == nil)
        #expect(session.pendingText[address] == nil)
        #expect(session.record.patient?.birthDate == CalendarDate(year: 1958, month: 3, day: 14))
    }

    @Test("leaving a field shows its error; going back never validates")
    func leavingValidates() {
        var session = newSession()
        _ = session.apply(.goToStep(.history))
        let height = ItemAddress("body.height")
        _ = session.apply(.focus(height))
        _ = session.apply(.enterQuantity(height, "900", unit: "cm"))
        _ = session.apply(.previousStep)
        #expect(session.errors[height] == nil)
        _ = session.apply(.focus(height))
        _ = session.apply(.nextField)
        #expect(session.errors[height]?.hasPrefix("Height now:") == true)
        #expect(session.status(of: .history) == .hasErrors)
        _ = session.apply(.enterQuantity(height, "168", unit: "cm"))
        #expect(session.errors[height] == nil)
    }

    @Test("finishing jumps to the first problem, and completes once there is none")
    func finish() {
        var session = newSession()
        _ = session.apply(.goToStep(.redFlags))
        let effects = session.apply(.finish)
        #expect(effects.contains(.audit(.finishBlocked(errorCount: session.errors.count))))
        #expect(session.focus == ItemAddress("patient.name"))
        #expect(session.currentStep == .patient)
        #expect(session.errors[ItemAddress("patient.name")] == "Full name: an answer is needed.")
        #expect(!session.isCompleted)
    }

    @Test("Tab runs through the fields of a step and on to the next step")
    func tabOrder() {
        var session = newSession()
        _ = session.apply(.goToStep(.startBack))
        for _ in 0..<8 { _ = session.apply(.nextField) }
        #expect(session.focus == ItemAddress("startBack.item9"))
        _ = session.apply(.nextField)
        #expect(session.currentStep == .summary)
        _ = session.apply(.previousField)
        #expect(session.focus == ItemAddress("startBack.item9"))
    }

    @Test("STarT Back can be skipped as a whole, and still counts as a step")
    func skipStartBack() {
        var session = newSession()
        _ = session.apply(.goToStep(.startBack))
        _ = session.apply(.setAnswer(ItemAddress("startBack.item1"), .boolean(true)))
        let effects = session.apply(.skipStep)
        #expect(session.record.startBack == nil)
        #expect(effects.contains(.audit(.stepSkipped(.startBack))))
        #expect(session.status(of: .startBack) == .skipped)
        #expect(session.currentStep == .summary)
        #expect(session.stepIndicator == "Step 8 of 8: Review")
        _ = session.apply(.goToStep(.patient))
        #expect(session.apply(.skipStep).isEmpty)
    }

    @Test("typing part of a caption jumps there, ignoring case and accents")
    func jump() {
        var session = newSession()
        _ = session.apply(.jump(caption: "TÁLLEST"))
        #expect(session.focus == ItemAddress("body.tallestAdultHeight"))
        #expect(session.currentStep == .history)
        _ = session.apply(.jump(caption: "night"))
        #expect(session.focus == ItemAddress("symptoms.nightPain"))
        _ = session.apply(.jump(caption: "zebra"))
        #expect(session.notice == "No field matches \"zebra\".")
        #expect(session.focus == ItemAddress("symptoms.nightPain"))
    }

    @Test("kiosk mode hides staff items")
    func kiosk() {
        let session = newSession(mode: .kiosk)
        #expect(!session.fields(in: .history).contains(ItemAddress("body.kyphosis")))
        #expect(!session.fields(in: .patient).contains(ItemAddress("visitDate")))
        #expect(session.fields(in: .boneDensity) == [ItemAddress("history.plannedDentalSurgery"),
                                                      ItemAddress("history.poorDentalHealth")])
    }
}

@Suite("The intake session: step list and hostile text")
struct IntakeSessionStepStatusTests {
    @Test("the side list shows steps incomplete until visited with their required answers, then complete")
    func stepStatus() {
        var session = IntakeSession(clock: FixedIntakeClock(CalendarDate(year: 2025, month: 10, day: 6)))
        #expect(session.status(of: .patient) == .incomplete)
        #expect(session.status(of: .redFlags) == .incomplete)
        _ = session.apply(.enterText(ItemAddress("patient.name"), "Ana"))
        _ = session.apply(.setAnswer(ItemAddress("patient.sex"), .code("female")))
        #expect(session.status(of: .patient) == .complete)
        _ = session.apply(.goToStep(.redFlags))
        #expect(session.status(of: .redFlags) == .incomplete)
        #expect(session.redFlagProgress == "0/15")
        let questions = RedFlagQuestion.allCases
        for question in questions.dropLast() {
            _ = session.apply(.setAnswer(ItemAddress("redFlags." + question.rawValue), .boolean(false)))
        }
        #expect(session.redFlagProgress == "14/15")
        #expect(session.status(of: .redFlags) == .incomplete, "never ticked while a question is unasked")
        _ = session.apply(.setAnswer(ItemAddress("redFlags." + questions.last!.rawValue), .boolean(false)))
        #expect(session.status(of: .redFlags) == .complete)
        #expect(session.status(of: .summary) == .incomplete)
    }

    @Test("at the kiosk the red-flag count is of the 14 questions the patient is shown, and reaches 14/14 (cold trial: it stopped at 14/15)")
    func kioskRedFlagCount() {
        var kiosk = IntakeSession(clock: FixedIntakeClock(CalendarDate(year: 2025, month: 10, day: 6)), mode: .kiosk)
        var desk = IntakeSession(clock: FixedIntakeClock(CalendarDate(year: 2025, month: 10, day: 6)))
        _ = kiosk.apply(.goToStep(.redFlags))
        _ = desk.apply(.goToStep(.redFlags))
        #expect(kiosk.redFlagProgress == "0/14" && desk.redFlagProgress == "0/15")
        for question in RedFlagQuestion.allCases where question != .pulsatileAbdominalMass {
            _ = kiosk.apply(.setAnswer(ItemAddress("redFlags." + question.rawValue), .boolean(false)))
            _ = desk.apply(.setAnswer(ItemAddress("redFlags." + question.rawValue), .boolean(false)))
        }
        #expect(kiosk.redFlagProgress == "14/14")
        #expect(kiosk.status(of: .redFlags) == .complete, "everything the patient was shown is answered")
        #expect(desk.redFlagProgress == "14/15")
        #expect(desk.status(of: .redFlags) == .incomplete, "staff still examine the abdomen")
        #expect(kiosk.assessment.unaskedRedFlagQuestions == [.pulsatileAbdominalMass], "the record is still not screened")
    }

    @Test("control characters and direction overrides never reach the record, however the answer arrives")
    func hostileText() {
        var session = IntakeSession(clock: FixedIntakeClock(CalendarDate(year: 2025, month: 10, day: 6)))
        _ = session.apply(.setAnswer(ItemAddress("patient.name"), .string("Eve\u{202E}lin\u{7}\u{9B}2J")))
        #expect(session.record.patient?.name == "Evelin", "a C1 CSI goes with its sequence")
        _ = session.apply(.setAnswer(ItemAddress("patient.name"), .string("\u{1B}\u{0}")))
        #expect(session.record.patient?.name == nil)
        let long = String(repeating: "a", count: 201)
        _ = session.apply(.enterText(ItemAddress("patient.name"), long))
        #expect(session.pendingText[ItemAddress("patient.name")] == long)
        #expect(session.errors[ItemAddress("patient.name")] == "Full name: at most 200 characters.")
    }
}
