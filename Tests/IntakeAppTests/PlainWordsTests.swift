import Catalog
import Assessment
@testable import IntakeApp
import IntakeModel
import Questionnaire
import TerminalUI
import Testing

/// Issue 11, item 5: every screen and message says things in words a person understands: no
/// record key or JSON pointer, examples that fit the quantity, plurals, rule names with rule IDs,
/// messages wrapped, the patient's name kept in the header, required questions marked.
@Suite("Words a person understands")
struct PlainWordsTests {
    static let visitDate = CalendarDate(year: 2026, month: 3, day: 2)

    static func newIntake(size: Size = Size(width: 80, height: 24)) -> Pilot<IntakeScreen> {
        Pilot(IntakeScreen(session: IntakeSession(clock: FixedIntakeClock(visitDate)), size: size), size: size)
    }

    @Test("F10 on an empty intake: the date of birth and the pain's start say what is needed, naming no record key")
    func emptyIntakeInWords() {
        var pilot = Self.newIntake()
        pilot.press(.function(10))
        let errors = pilot.model.session.errors
        #expect(errors[ItemAddress("patient.birthDate")] == "Date of birth: give the date of birth, or the age.")
        #expect(errors[ItemAddress("symptoms.startDate")]
                == "Date the pain began: give the date the pain began, or how many days ago.")
        // the whole body section missing: said at the weight as every empty required question is
        #expect(errors[ItemAddress("body.weight")] == "Weight now: an answer is needed.")
        for message in errors.values {
            #expect(!message.contains("'"), "\(message)")
        }
        #expect(pilot.text.contains("Date of birth: give the date of birth, or"))
        // moving on keeps the messages of the required questions still empty
        pilot.press(.control("n"))
        #expect(pilot.model.session.errors[ItemAddress("body.height")] == "Height now: an answer is needed.")
        #expect(pilot.model.session.errors[ItemAddress("body.weight")] == "Weight now: an answer is needed.")
        #expect(pilot.model.session.errors[ItemAddress("patient.name")] == "Full name: an answer is needed.")
    }

    /// A record with warnings: an unusual height, a glucocorticoid without a dose, an unknown medicine.
    static func recordWithWarnings() -> IntakeRecord {
        var record = IntakeRecord(visitDate: visitDate)
        record.patient = Patient(name: "Ana Test", sex: .female, age: 61)
        record.body = Body(height: Length(value: 210, unit: .cm), weight: Mass(value: 74, unit: .kg))
        record.history = History(menopause: Menopause(status: .postmenopausal, age: 52))
        record.medications = [Medication(name: "prednisolone", status: .current, months: 6), Medication(name: "turmeric tea")]
        record.symptoms = Symptoms(daysAgo: 20, onset: .gradual, trigger: Trigger.none)
        return record
    }

    static let warningLines = [
        "Height now: 210 cm is unusual (below 135 cm or above 205 cm): please confirm",
        "Medicine 1 (prednisolone): glucocorticoid without a daily dose in mg: the glucocorticoid rules could not use it",
        "Medicine 2 (turmeric tea): 'turmeric tea' is not in the medication dictionary: no rule could use it",
    ]

    @Test("the summary screen's warnings say the question, not the record's pointer")
    func summaryWarningsInWords() {
        let session = IntakeSession(record: Self.recordWithWarnings(), clock: FixedIntakeClock(Self.visitDate), step: .summary)
        let screen = IntakeScreen(session: session, size: Size(width: 132, height: 43))
        let lines = screen.summaryLines(width: 200).map { $0.text.trimmingCharacters(in: .whitespaces) }
        for line in Self.warningLines { #expect(lines.contains(line), "\(line)") }
        #expect(!lines.contains { $0.contains("(/") }, "no pointer: \(lines)")
    }

    @Test("line mode's summary says the warnings in the same words")
    func lineModeWarningsInWords() throws {
        let session = IntakeSession(record: Self.recordWithWarnings(), clock: FixedIntakeClock(Self.visitDate))
        let run = try TypedIntake(["summary", "exit"], session: session)
        for line in Self.warningLines { #expect(run.output.lines.contains(line), "\(line)") }
        #expect(!run.output.lines.contains { $0.contains("(/") })
    }

    /// The summary of a shared example, every line at a wide width.
    static func summaryLines(_ name: String) throws -> [String] {
        let (record, _) = try SessionExamples.fileAssessment(name)
        let session = IntakeSession(record: record, clock: FixedIntakeClock(record.visitDate!), step: .summary)
        return IntakeScreen(session: session, size: Size(width: 132, height: 43)).summaryLines(width: 300)
            .map { $0.text.trimmingCharacters(in: .whitespaces) }
    }

    @Test("the summary screen names every rule beside its ID and says the DXA report kind in words",
          .enabled(if: SessionExamples.directory != nil))
    func summaryRuleNames() throws {
        let alerts = try Self.summaryLines("medication-alerts")
        for line in ["DXA bone density scan: indicated (report as a T-score)",
                     "DX-5: fragility fracture, glucocorticoid, or a bone-loss medicine or disease",
                     "SI-5: glucocorticoid use",
                     "[HIGH] MA-BP-RENAL: bisphosphonate with low kidney function",
                     "[standard] MA-GC: glucocorticoid bone loss",
                     "citalopram, gabapentin, tramadol: Age 65 or over with fall-risk-increasing medicines: review."] {
            #expect(alerts.contains(line), "\(line)")
        }
        #expect(alerts.contains { $0.hasPrefix("REC-DXA: ") && $0.contains("reported as a T-score;") })
        #expect(!alerts.contains { $0.contains("dxa.report") || $0.contains("(s)") })
        let emergency = try Self.summaryLines("emergency-cauda-equina")
        #expect(emergency.contains { $0.hasPrefix("RF-CES: possible cauda equina syndrome (EMERGENCY), because ") })
        let fracture = try Self.summaryLines("urgent-fracture")
        #expect(fracture.contains("amitriptyline: Age 65 or over with a fall-risk-increasing medicine: review."))
    }

    @Test("line mode's summary names the rules and the report kind as the screen does",
          .enabled(if: SessionExamples.directory != nil))
    func lineModeRuleNames() throws {
        let (record, _) = try SessionExamples.fileAssessment("medication-alerts")
        let session = IntakeSession(record: record, clock: FixedIntakeClock(record.visitDate!))
        let run = try TypedIntake(["summary", "exit"], session: session)
        for line in ["  DX-5: fragility fracture, glucocorticoid, or a bone-loss medicine or disease",
                     "  SI-5: glucocorticoid use", "[HIGH] MA-BP-RENAL: bisphosphonate with low kidney function"] {
            #expect(run.output.lines.contains(line), "\(line)")
        }
        #expect(run.output.lines.contains { $0.hasPrefix("REC-DXA: ") && $0.contains("reported as a T-score;") })
        #expect(!run.output.lines.contains { $0.contains("dxa.report") })
    }

    @Test("a number that does not parse: the example fits the quantity and the unit chosen, never 72.5 for all")
    func numberExamples() throws {
        var session = IntakeSession(clock: FixedIntakeClock(Self.visitDate))
        func message(_ linkId: String, unit: String?) -> String {
            let address = ItemAddress(linkId)
            if let unit { _ = session.apply(.enterQuantity(address, "abc", unit: unit)) } else { _ = session.apply(.enterText(address, "abc")) }
            return session.errors[address] ?? ""
        }
        let temperature = QuestionnaireDefinition.intake.item(linkId: "redFlags.temperature")?.caption() ?? "?"
        #expect(message("redFlags.temperature", unit: "C") == "\(temperature): enter a number (30-45 °C), for example 37.5 °C.")
        #expect(message("redFlags.temperature", unit: "F").hasSuffix(", for example 99.5 °F."))
        #expect(message("body.height", unit: "cm").hasSuffix(", for example 165 cm."))
        #expect(message("body.height", unit: "in").hasSuffix(", for example 65 in."))
        #expect(message("body.height", unit: "m").hasSuffix(", for example 1.65 m."))
        #expect(message("body.weight", unit: "lb").hasSuffix(", for example 154 lb."))
        #expect(message("history.alcoholPerDay", unit: "us-drinks").hasSuffix(", for example 1.14 US drinks."))
        #expect(message("boneDensity.lowestTScore", unit: nil).hasSuffix(", for example -1.5."))
        #expect(message("labs.egfr", unit: nil).hasSuffix(", for example 60."))
        // every number question: its example lies inside its own limits, in every unit
        for item in QuestionnaireDefinition.intake.allItems where item.type == .decimal || item.type == .quantity {
            let limit = try #require(item.limit, "\(item.linkId)")
            #expect(limit.hard.contains(limit.exampleScaled) && !limit.isOutsideSoftLimits(limit.exampleScaled), "\(item.linkId)")
        }
    }

    @Test("line mode: one answer needing attention is said in the singular")
    func lineModeOneAnswer() throws {
        var record = Self.recordWithWarnings()
        record.patient?.name = nil
        let session = IntakeSession(record: record, clock: FixedIntakeClock(Self.visitDate))
        let run = try TypedIntake(["finish"], session: session)
        #expect(run.outcome.session.errors.count == 1)
        #expect(run.output.lines.contains("The intake cannot be finished yet: 1 answer needs attention. It follows."))
        #expect(!run.output.lines.contains { $0.contains("(s)") })
    }

    @Test("signing in locked: the seconds left are counted in the singular at one")
    func oneSecondLeft() throws {
        var h = try ShellHarness(idleMinutes: 1)
        h.clock.advance(minutes: 1)
        h.tick()
        for attempt in 1...5 {
            h.signIn("jm", "000\(attempt)")
            h.press(.backTab)
            for _ in 0..<2 { h.press(.backspace) }
        }
        h.clock.advance(minutes: 59.0 / 60.0)
        h.press(.backTab, .backspace, .backspace)
        h.signIn()
        #expect(h.screen.contains("locked for 1 second."), "\(h.screen)")
    }

    /// A session on the Sex question of a woman whose menopause is answered: typing "m" sets two
    /// answers aside with a message longer than the message line.
    static func pilotBeforeSetAside(size: Size) -> Pilot<IntakeScreen> {
        var session = IntakeSession(clock: FixedIntakeClock(visitDate))
        _ = session.apply(.setAnswer(ItemAddress("patient.sex"), .code("female")))
        _ = session.apply(.setAnswer(ItemAddress("history.menopause.status"), .code("postmenopausal")))
        _ = session.apply(.enterText(ItemAddress("history.menopause.age"), "51"))
        _ = session.apply(.focus(ItemAddress("patient.sex")))
        return Pilot(IntakeScreen(session: session, size: size), size: size)
    }

    @Test("a message longer than the line wraps above the status bar instead of being cut at the edge",
          arguments: [Size(width: 80, height: 24), Size(width: 60, height: 20), Size(width: 132, height: 43)])
    func longMessageWraps(size: Size) {
        var pilot = Self.pilotBeforeSetAside(size: size)
        pilot.type("m")
        let message = try! #require(pilot.model.session.notice)
        #expect(message.hasSuffix("they come back if that answer is changed back."))
        // every word of the message is on screen, in order, on the rows just above the status bar
        let formWidth = size.width - IntakeScreen.sideWidth(for: size.width)
        let rows = (0..<size.height - 1).map { String(pilot.screen.line($0).prefix(formWidth)) }
        let shown = rows.suffix(6).joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(shown.contains(message), "\(pilot.text)")
        #expect(pilot.screen.line(size.height - 1).contains("F1 Help"), "the status bar stays on the last row")
        #expect(pilot.model.focusedAddress == ItemAddress("patient.sex"))
        #expect(pilot.cursor.map { $0.row < size.height - 2 } == true, "the cursor stays on the field, above the message")
    }

    @Test("on the summary a long notice wraps above the status bar too")
    func summaryNoticeWraps() {
        let session = IntakeSession(record: Self.recordWithWarnings(), clock: FixedIntakeClock(Self.visitDate), step: .summary)
        var pilot = Pilot(IntakeScreen(session: session))
        let notice = "Printed: job 42 on the printer at the front desk, 2 pages; collect the sheet before the patient leaves."
        pilot.apply { screen in screen.session.notice = notice; return [] }
        let shown = (20...22).map { pilot.screen.line($0) }.joined(separator: " ")
            .split(separator: " ").joined(separator: " ")
        #expect(shown.contains(notice), "\(pilot.text)")
        #expect(pilot.screen.line(23).contains("F1 Help"))
    }

    static func header(name: String, step: StepID, size: Size = Size(width: 80, height: 24)) -> String {
        var record = IntakeRecord(visitDate: visitDate)
        record.patient = Patient(name: name)
        let session = IntakeSession(record: record, clock: FixedIntakeClock(visitDate), step: step)
        return Pilot(IntakeScreen(session: session, size: size), size: size).screen.line(0)
    }

    @Test("the header keeps the patient's name whole: the title goes first, then the step shortens, the name last")
    func headerKeepsTheName() {
        let short = Self.header(name: "Ana Test", step: .symptoms)
        #expect(short.hasPrefix(" OsteoIntake - Ana Test  ") && short.hasSuffix("  Step 4 of 8: Symptoms"))
        let long = "Margaret Featherstonehaugh-Smith"
        let shortened = Self.header(name: long, step: .symptoms)
        #expect(shortened.hasPrefix(" \(long)  ") && shortened.hasSuffix("  4/8 Symptoms"), "\(shortened)")
        let number = Self.header(name: "Maria de los Angeles Gonzalez", step: .boneDensity)
        #expect(number.hasPrefix(" Maria de los Angeles Gonzalez  ") && number.hasSuffix("  6/8"), "\(number)")
        let huge = "Maria de los Angeles Gonzalez Fernandez de la Torre y Ruiz"
        let cut = Self.header(name: huge, step: .redFlags)
        #expect(cut.hasSuffix("  5/8") && cut.hasPrefix(" Maria de los Angeles") && cut.contains("…"), "\(cut)")
        // the summary is drawn at the full width: the whole title fits there
        #expect(Self.header(name: long, step: .summary).contains("OsteoIntake - \(long)"))
        #expect(Self.header(name: long, step: .summary).hasSuffix("Step 8 of 8: Review"))
    }

    @Test("required questions are marked on screen as line mode marks them, \"(required)\"; the others are not")
    func requiredMarked() {
        var pilot = Self.newIntake()
        let text = pilot.text
        for caption in ["Full name", "Visit date", "Sex"] { #expect(text.contains("\(caption) (required)"), "\(caption)") }
        for caption in ["Date of birth", "Age in years", "Phone"] {
            #expect(text.contains(caption) && !text.contains("\(caption) (required)"), "\(caption)")
        }
        pilot.press(.control("n"))
        #expect(pilot.text.contains("Height now (required)") && pilot.text.contains("Weight now (required)"))
        #expect(!pilot.text.contains("Tallest height as an adult (required)"))
        // line mode says the same of the same question
        let lineMode = LineModeStrings(language: .english)(.lineModeQuestionRequired, ["caption": "Full name"])
        #expect(lineMode == "Full name (required)")
    }
}
