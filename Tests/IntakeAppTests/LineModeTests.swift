import Assessment
import Foundation
import IntakeApp
import IntakeModel
import Questionnaire
import Testing

/// Lines typed in advance; nil (end of input) once they run out. Records what each was typed for.
struct TypedLines: LineReader {
    var lines: [String]
    var prompts: [LinePrompt] = []
    init(_ lines: [String]) { self.lines = lines }
    mutating func readLine(for prompt: LinePrompt) -> String? {
        prompts.append(prompt)
        return lines.isEmpty ? nil : lines.removeFirst()
    }
}

/// Everything the intake wrote, line by line.
final class WrittenLines: LineWriter {
    var lines: [String] = []
    func write(line: String) { lines.append(line) }
    var text: String { lines.joined(separator: "\n") }
    /// Lines written after the first one containing `marker`.
    func after(_ marker: String) -> [String] {
        guard let index = lines.firstIndex(where: { $0.contains(marker) }) else { return [] }
        return Array(lines[(index + 1)...])
    }
}

/// Runs a new intake (visit date 2026-03-02) over typed lines and collects output and effects.
struct TypedIntake {
    let outcome: AccessibleIntakeOutcome
    let output: WrittenLines
    let effects: [SessionEffect]

    init(_ lines: [String], session: IntakeSession? = nil, mode: SessionMode = .staff) throws {
        let start = session ?? IntakeSession(clock: FixedIntakeClock(CalendarDate(year: 2026, month: 3, day: 2)), mode: mode)
        let output = WrittenLines()
        var effects: [SessionEffect] = []
        outcome = try AccessibleIntake(session: start, input: TypedLines(lines), output: output).run { effects.append($0) }
        self.output = output
        self.effects = effects
    }

    var record: IntakeRecord { outcome.session.record }
}

@Suite("The intake line by line")
struct LineModeTests {
    @Test("announces the step, asks Preferred language first and the name next, and a hang-up saves and stops")
    func firstQuestionAndHangUp() throws {
        let run = try TypedIntake(["", "Jane Doe", ""])
        #expect(run.output.lines.contains("Step 1 of 8: Patient"))
        #expect(run.output.after("Step 1 of 8: Patient").first == "Preferred language")
        #expect(run.output.lines.contains("Full name (required)"))
        #expect(run.record.patient?.name == "Jane Doe")
        #expect(run.outcome.ending == .hungUp)
        #expect(Array(run.effects.suffix(2)) == [.saveNow, .exit])
        #expect(run.effects.contains { effect in
            if case .saveAnswer(let change) = effect { return change.pointer == "/patient/name" && change.newValue == .string("Jane Doe") }
            return false
        })
        #expect(run.output.lines.contains { $0.hasPrefix("Date of birth") })
    }

    @Test("the handler can see the session right after each effect's action, for saving its record")
    func effectsWithSession() throws {
        var savedNames: [String?] = []
        let session = IntakeSession(clock: FixedIntakeClock(CalendarDate(year: 2026, month: 3, day: 2)))
        _ = try AccessibleIntake(session: session, input: TypedLines(["", "Ann", "back", "Anna"]), output: WrittenLines())
            .run(effectsWithSession: { effect, now in
                if case .saveAnswer = effect { savedNames.append(now.record.patient?.name) }
            })
        #expect(savedNames.prefix(2) == ["Ann", "Anna"])
    }

    @Test("end of input at the first question stops at once, saving through the handler")
    func immediateEndOfInput() throws {
        let run = try TypedIntake([])
        #expect(run.outcome.ending == .hungUp)
        #expect(run.effects == [.saveNow, .exit])
    }

    @Test("a date that does not parse gets the field's message and the question again; earlier answers stay")
    func badDateAskedAgain() throws {
        let run = try TypedIntake(["", "Jane Doe", "", "14/03/58", "1958-03-14"])
        let afterBad = run.output.after("Date of birth: type all four digits of the year, as YYYY-MM-DD, for example 1958-03-14.")
        #expect(afterBad.first == "Date of birth [typed: 14/03/58]")
        #expect(afterBad.dropFirst().first == "Type a date as YYYY-MM-DD, for example 1958-03-14.")
        #expect(run.record.patient?.name == "Jane Doe")
        #expect(run.record.patient?.birthDate == CalendarDate(year: 1958, month: 3, day: 14))
    }

    @Test("a choice typed wrongly gets the session's message naming the allowed options")
    func badChoice() throws {
        let run = try TypedIntake(["jump sex", "unsure", "2"])
        #expect(run.output.lines.contains("Sex: choose one of Female, Male."))
        #expect(run.record.patient?.sex == .male)
    }

    @Test("a number with its unit is stored in that unit; a wrong unit names the allowed ones")
    func quantityUnits() throws {
        let run = try TypedIntake(["jump weight", "160 stone", "160 lb"])
        #expect(run.output.contains { $0.hasPrefix("Type a number and its unit: kg or lb") })
        #expect(run.output.lines.contains { $0.contains("the unit must be one of") })
        #expect(run.record.body?.weight == Mass(value: 160, unit: .lb))
    }

    @Test("line mode reads a unit as the screen does: '150 lbs' is 150 lb (the second cold trial was told the unit must be kg or lb)")
    func quantityUnitsAsOnScreen() throws {
        let run = try TypedIntake(["jump weight", "150 lbs"])
        #expect(run.record.body?.weight == Mass(value: 150, unit: .lb))
        #expect(!run.output.lines.contains { $0.contains("the unit must be one of") })
    }

    @Test("? prints the help of the question and the commands, then asks it again")
    func help() throws {
        let run = try TypedIntake(["", "?"])
        let help = try #require(QuestionnaireDefinition.intake.item(linkId: "patient.name")?.help())
        let afterHelp = run.output.after(help)
        #expect(afterHelp.first?.hasPrefix("Commands") == true)
        #expect(afterHelp.dropFirst().first == "Full name (required)")
    }

    @Test("an empty line on a required question says an answer is needed; on an optional one it moves on")
    func emptyLines() throws {
        let run = try TypedIntake(["", "", "Jane Doe", "", ""])
        #expect(run.output.lines.contains { $0.hasPrefix("Full name: an answer is needed") })
        #expect(run.output.lines.filter { $0.hasPrefix("Date of birth") && !$0.hasPrefix("Date of birth:") }.count == 1)
        #expect(run.output.lines.contains { $0.hasPrefix("Age in years") })
    }

    @Test("back goes to the previous question without checking it; the typed text is kept")
    func backNeverValidates() throws {
        let run = try TypedIntake(["", "Jane Doe", "", "not a date", "back", "", "1958-03-14"])
        let dateQuestions = run.output.lines.filter { $0.hasPrefix("Date of birth") }
        #expect(dateQuestions.last == "Date of birth [typed: not a date]")
        #expect(run.output.lines.filter { $0 == "Visit date (required) [now: 2 March 2026]" }.count == 2)
        #expect(run.output.lines.filter { $0.hasPrefix("Date of birth: enter a date") }.count == 2)
        #expect(run.record.patient?.birthDate == CalendarDate(year: 1958, month: 3, day: 14))
    }

    @Test("a yes/no question accepts the words or their first letters and says what is allowed otherwise")
    func yesNo() throws {
        let run = try TypedIntake(["jump between the legs", "perhaps", "n"])
        #expect(run.output.lines.contains("Answer yes / no / unknown."))
        #expect(run.output.lines.contains { $0.hasSuffix(": answer yes, no or unknown.") })
        #expect(run.record.redFlags?.saddleNumbness == false)
    }

    @Test("an emergency answer prints the marked alert at once and it needs a staff name")
    func emergencyAlert() throws {
        let run = try TypedIntake(["jump between the legs", "yes", "", "finish", "Dr Okafor"])
        let block = run.output.after("*** EMERGENCY ALERT ***")
        #expect(block.first == "EMERGENCY: get a clinician now")
        #expect(block.contains { $0.hasPrefix("RF-CES: ") && $0.contains("Because:") })
        #expect(block.contains("*** END OF EMERGENCY ALERT ***"))
        // An empty name does not acknowledge; any typed line is taken as the name (not a command).
        #expect(run.output.lines.contains("Enter the name of the staff member acknowledging the alert."))
        #expect(run.effects.contains { effect in
            if case .alertAcknowledged(let alert, let name) = effect { return alert.rules == [.ces] && name == "finish" }
            return false
        })
        #expect(run.outcome.session.pendingAlert == nil)
        #expect(run.output.lines.contains("Alert acknowledged by finish."))
    }

    @Test("in kiosk mode the alert tells the patient to go to the front desk and still needs a staff name")
    func kioskAlert() throws {
        let run = try TypedIntake(["jump between the legs", "yes"], mode: .kiosk)
        let block = run.output.after("*** EMERGENCY ALERT ***")
        #expect(block.first?.contains("front desk") == true)
        // the note for staff is said in words (it was the key "alert.kioskStaffNote")
        #expect(block.contains("Acknowledge with the staff member's name once a clinician has been told."))
        #expect(!run.output.lines.contains { $0.contains("alert.") })
        #expect(run.output.lines.last == "Input ended; the answers are saved.")
        #expect(run.outcome.session.pendingAlert != nil)
        #expect(run.outcome.ending == .hungUp)
    }

    @Test("medications: add one, pick a suggested name, and the questions its class needs follow")
    func medicationGroup() throws {
        let run = try TypedIntake(["next step", "next step", "no"])
        #expect(run.output.lines.contains("Add a medication? (yes / no)"))
        #expect(run.output.lines.contains("Step 4 of 8: Symptoms"))
        let prefix = "predniso"
        let suggestions = MedicationVocabulary.bundled.suggestions(forPrefix: prefix)
        try #require(!suggestions.isEmpty)
        let picked = try TypedIntake(["next step", "next step", "yes", prefix, "1", "1", "7.5", "1"])
        #expect(picked.record.medications?.first?.name == suggestions[0])
        #expect(picked.output.lines.contains("Known names starting like that:"))
        #expect(picked.output.lines.contains("Medicines: entry 1"))
        #expect(picked.output.lines.contains { $0.hasPrefix("How it is taken") })
        #expect(picked.record.medications?.first?.doseMgPerDay == 7.5)
    }

    @Test("jump says when nothing matches; summary says the live assessment and asks the question again")
    func jumpAndSummary() throws {
        let run = try TypedIntake(["", "jump zzz", "summary", "exit"])
        #expect(run.output.lines.contains("No field matches \"zzz\"."))
        let afterSummary = run.output.after("End of summary.")
        #expect(afterSummary.first == "Full name (required)")
        #expect(run.output.lines.contains("Urgency: Red-flag screen not done (15 of 15 questions not asked)"))
        #expect(!run.output.lines.contains { $0.contains("ROUTINE") })
        #expect(run.outcome.ending == .exited)
        #expect(Array(run.effects.suffix(2)) == [.saveNow, .exit])
    }

    @Test("in kiosk mode exit is refused and staff questions are not asked")
    func kioskExit() throws {
        let run = try TypedIntake(["exit", "jump kyphosis"], mode: .kiosk)
        #expect(run.output.lines.contains("Please ask at the front desk to leave the intake."))
        #expect(run.output.lines.contains("No field matches \"kyphosis\"."))
        #expect(run.outcome.ending == .hungUp)
    }

    @Test("skip works on STarT Back only")
    func skip() throws {
        let run = try TypedIntake(["skip", "jump bothersome", "skip"])
        #expect(run.output.lines.contains("Only the STarT Back step can be skipped."))
        #expect(run.output.lines.contains { $0.contains("copyright Keele University") })
        #expect(run.outcome.session.skippedSteps.contains(.startBack))
        #expect(run.outcome.session.currentStep == .summary)
        #expect(run.output.lines.contains("Step 8 of 8: Review"))
    }

    @Test("finish with the name missing asks the name again with its message")
    func finishBlocked() throws {
        let run = try TypedIntake(["finish"])
        #expect(run.output.lines.contains { $0.hasPrefix("The intake cannot be finished yet") })
        #expect(run.output.lines.contains("Full name: an answer is needed."))
        #expect(run.outcome.session.isCompleted == false)
    }

    @Test("hostile text never reaches the output: escape sequences, control characters, bidi overrides")
    func hostileText() throws {
        let hostile = "Eve\u{1B}[2J\u{1B}]0;owned\u{07}\u{9B}31m\u{202E}lirpa\u{2066}x\u{0008}"
        let run = try TypedIntake(["", hostile, "back", "", "summary", "jump \u{1B}[31mweight", "70 kg\u{1B}[H"])
        #expect(run.record.patient?.name?.contains("\u{1B}") == false)
        for line in run.output.lines {
            for scalar in line.unicodeScalars {
                let value = scalar.value
                #expect(value >= 0x20 && !(0x7F...0x9F).contains(value), "control \(value) in \(line.debugDescription)")
                #expect(!(0x202A...0x202E).contains(value) && !(0x2066...0x2069).contains(value))
            }
        }
        #expect(run.output.lines.contains { $0.contains("[now: Eve") })
    }
}

extension WrittenLines {
    func contains(where predicate: (String) -> Bool) -> Bool { lines.contains(where: predicate) }
}
