import Catalog
import Foundation
@testable import IntakeApp
import IntakeModel
import IntakeTestSupport
import TerminalUI
import Testing

/// Issue 14, item 2: a text the catalog lacks is never shown as its key. Every frame of every step
/// (each shared example, in English and in Spanish, where untranslated texts show in English) and
/// the whole summary are searched for any catalog key, with or without its area prefix
/// (`shell.homeTitle`, `homeTitle`, `questionnaire.body.height`, `body.height`, `step.patient`).
@Suite("Sweep: no catalog key on any screen, in any language")
struct CatalogKeySweepTests {
    static let size = Size(width: 80, height: 24)

    /// Every key, and every key without its area ("body.height.help", "message.required").
    static let keys: Set<String> = {
        var keys = Set<String>()
        for key in TextKey.allCases {
            keys.insert(key.rawValue)
            if let dot = key.rawValue.firstIndex(of: ".") {
                let rest = String(key.rawValue[key.rawValue.index(after: dot)...])
                if rest.contains(".") || rest.contains("=") { keys.insert(rest) }
            }
        }
        return keys
    }()

    /// The first key shown in `text`, nil when none is.
    static func key(in text: String) -> String? {
        let pattern = #"[A-Za-z][A-Za-z0-9-]*(?:[.=/][A-Za-z0-9-]+)+"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        for match in regex.matches(in: text, range: range) {
            guard let found = Range(match.range, in: text) else { continue }
            let token = String(text[found])
            if keys.contains(token) { return token }
        }
        return nil
    }

    @Test("the sweep finds a key wherever it stands, and not in ordinary words")
    func pattern() {
        #expect(Self.key(in: "  Full name: body.height (required)") == "body.height")
        #expect(Self.key(in: "[shell.homeTitle]") == "shell.homeTitle")
        #expect(Self.key(in: "history.fractures.site=hip") == "history.fractures.site=hip")
        #expect(Self.key(in: "Height now 1.73 m, e.g. 5 ft; mL/min/1.73 m2") == nil)
    }

    @Test("each shared example at 80x24, in each language: every step field by field, the summary and F10",
          .enabled(if: SessionExamples.directory != nil), arguments: Language.allCases)
    func sharedExamples(language: Language) throws {
        for name in SessionExamples.validNames {
            let (record, _) = try SessionExamples.fileAssessment(name)
            let session = IntakeSession(record: record, clock: FixedIntakeClock(record.visitDate!), step: .patient,
                                        language: language)
            var pilot = Pilot(IntakeScreen(session: session, size: Self.size), size: Self.size)
            pilot.press(.function(1))
            var frames = [pilot.text]
            pilot.press(.escape)
            frames += PlainWordsSweepTests.frames(&pilot)
            pilot.press(.function(10))
            frames.append(pilot.text)
            for frame in frames {
                if let key = Self.key(in: frame) { Issue.record("\(name), \(language.rawValue): \(key) in\n\(frame)") }
            }
        }
    }

    @Test("an empty intake finished at once shows every message in words, never a key")
    func emptyIntakeMessages() {
        let session = IntakeSession(clock: FixedIntakeClock(CalendarDate(year: 2026, month: 3, day: 2)))
        var pilot = Pilot(IntakeScreen(session: session, size: Self.size), size: Self.size)
        pilot.press(.function(10))
        for _ in 0..<8 {
            for _ in 0..<40 where pilot.model.currentStep != .summary {
                pilot.press(.down)
                if let key = Self.key(in: pilot.text) { Issue.record("\(key) in\n\(pilot.text)") }
            }
            pilot.press(.control("n"))
        }
    }
}
