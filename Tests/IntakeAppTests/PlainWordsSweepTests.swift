import Foundation
@testable import IntakeApp
import IntakeModel
import IntakeTestSupport
import Questionnaire
import TerminalUI
import Testing

/// Issue 11, item 5, the sweep: every frame a person sees while going through the intake at 80x24
/// with each shared example loaded (every field of every step, then the whole summary), an empty
/// intake finished too early (every message shown) and line mode's output: no JSON Pointer and no
/// quoted camelCase record key anywhere.
@Suite("Sweep: no JSON pointer or record key on any screen")
struct PlainWordsSweepTests {
    static let size = Size(width: 80, height: 24)

    /// What a JSON Pointer or a record key looks like in text; nil when the text has none. Units
    /// written with slashes ("mL/min/1.73 m²") are words, not pointers.
    static func leak(in text: String) -> String? {
        let cleaned = text.replacingOccurrences(of: "mL/min/1.73", with: "")
        for pattern in ["/[a-z]+/", "(^|[\\s(\\[])/[a-z][A-Za-z]*", "'[a-z]+[A-Z][A-Za-z]*'"] {
            if let range = cleaned.range(of: pattern, options: .regularExpression) { return String(cleaned[range]) }
        }
        return nil
    }

    @Test("the sweep's patterns catch what they are for")
    func patterns() {
        #expect(Self.leak(in: "Height 250 cm is unusual (/body/height)") != nil)
        #expect(Self.leak(in: "  /patient [required]: 'patient' is required") != nil)
        #expect(Self.leak(in: "give either 'startDate' or 'daysAgo'") != nil)
        #expect(Self.leak(in: "eGFR (mL/min/1.73 m²)  hip/groin  mg/day  kg/m2") == nil)
    }

    /// Every frame from the first field of the Patient step to the end of the summary, by Tab
    /// through the steps and Down through the summary.
    static func frames(_ pilot: inout Pilot<IntakeScreen>) -> [String] {
        var frames = [pilot.text]
        for _ in 0..<400 where pilot.model.currentStep != .summary {
            pilot.press(.tab)
            frames.append(pilot.text)
        }
        for _ in 0..<80 {
            pilot.press(.down)
            frames.append(pilot.text)
        }
        return frames
    }

    @Test("each shared example at 80x24: every step, field by field, and the whole summary",
          .enabled(if: SessionExamples.directory != nil))
    func sharedExamples() throws {
        for name in SessionExamples.validNames {
            let (record, _) = try SessionExamples.fileAssessment(name)
            let session = IntakeSession(record: record, clock: FixedIntakeClock(record.visitDate!), step: .patient)
            var pilot = Pilot(IntakeScreen(session: session, size: Self.size), size: Self.size)
            let frames = Self.frames(&pilot)
            #expect(pilot.model.currentStep == .summary, "\(name)")
            for frame in frames {
                if let leak = Self.leak(in: frame) { Issue.record("\(name): \(leak) in\n\(frame)") }
            }
            // F10 at the end (the finish check or the summary) says nothing in keys either
            pilot.press(.function(10))
            if let leak = Self.leak(in: pilot.text) { Issue.record("\(name) after F10: \(leak)") }
        }
    }

    @Test("an empty intake finished at once: every step with its messages, and the summary")
    func emptyIntakeFinished() {
        let session = IntakeSession(clock: FixedIntakeClock(CalendarDate(year: 2026, month: 3, day: 2)))
        var pilot = Pilot(IntakeScreen(session: session, size: Self.size), size: Self.size)
        pilot.press(.function(10))
        #expect(!pilot.model.session.errors.isEmpty)
        var frames = [pilot.text]
        for _ in 0..<8 {
            for _ in 0..<40 where pilot.model.currentStep != .summary {
                pilot.press(.down)
                frames.append(pilot.text)
            }
            pilot.press(.control("n"))
            frames.append(pilot.text)
        }
        for message in pilot.model.session.errors.values { frames.append(message) }
        for frame in frames {
            if let leak = Self.leak(in: frame) { Issue.record("\(leak) in\n\(frame)") }
        }
    }

    @Test("a record with warnings: the summary's warnings and every message of the session",
          .enabled(if: SessionExamples.directory != nil))
    func warnings() {
        let session = IntakeSession(record: PlainWordsTests.recordWithWarnings(), clock: FixedIntakeClock(PlainWordsTests.visitDate),
                                    step: .summary)
        var pilot = Pilot(IntakeScreen(session: session, size: Self.size), size: Self.size)
        var text = pilot.text
        for _ in 0..<60 { pilot.press(.down); text += "\n" + pilot.text }
        #expect(text.contains("Height now: 210 cm is unusual"))
        if let leak = Self.leak(in: text) { Issue.record("\(leak) in\n\(text)") }
        for message in Array(session.warnings.values) + Array(session.errors.values) {
            if let leak = Self.leak(in: message) { Issue.record("\(leak) in \(message)") }
        }
    }

    @Test("line mode: the questions, the messages and the summary of each example and of an empty intake",
          .enabled(if: SessionExamples.directory != nil))
    func lineMode() throws {
        var outputs: [(String, [String])] = []
        for name in SessionExamples.validNames {
            let (record, _) = try SessionExamples.fileAssessment(name)
            let session = IntakeSession(record: record, clock: FixedIntakeClock(record.visitDate!))
            outputs.append((name, try TypedIntake(["summary", "exit"], session: session).output.lines))
        }
        outputs.append(("empty", try TypedIntake(["finish", "", "", "next step", "abc", "summary", "exit"]).output.lines))
        outputs.append(("warnings", try TypedIntake(["summary", "exit"], session: IntakeSession(
            record: PlainWordsTests.recordWithWarnings(), clock: FixedIntakeClock(PlainWordsTests.visitDate))).output.lines))
        for (name, lines) in outputs {
            for line in lines {
                if let leak = Self.leak(in: line) { Issue.record("\(name): \(leak) in \(line)") }
            }
        }
    }
}
