import Catalog
import Foundation
@testable import IntakeApp
import IntakeModel
import IntakeTestSupport
import Questionnaire
import TerminalUI
import Testing

/// Issue 15: no English word left on any Spanish screen. Every step field by field with the help
/// (F1) of each field, the summary, every kind of validation message, the emergency alert and the
/// kiosk screens of a Spanish intake at 80x24 are searched for the English text of any catalog
/// entry. A Spanish screen may show an English text only where Spanish writes it the same way on
/// purpose: the names, units and codes of `allowed`, each with its reason.
@Suite("Sweep: no English word on a Spanish screen", .serialized)
struct NoEnglishOnSpanishScreensTests {
    static let size = Size(width: 80, height: 24)

    /// English texts a Spanish screen may show, and why.
    static let allowed: [String: String] = [
        "OsteoIntake": "the program's name",
        "STarT Back": "the name of the screening tool (Keele STarT Back), never translated",
        "Esc": "a key name printed on the keyboard",
        "Enter": "a key name printed on the keyboard",
        "Shift": "a key name printed on the keyboard",
        "PgDn": "a key name printed on the keyboard",
        "PgUp": "a key name printed on the keyboard",
        "Ctrl": "a key name printed on the keyboard",
        "osteoporosis": "the same word in Spanish (the glossary keeps it, explained once to patients)",
        "osteopenia": "the same word in Spanish (the glossary's staff word; T-score bar)",
        "normal": "the same word in Spanish (T-score bar: normal)",
        "Denosumab": "a medicine's generic name, written the same in Spanish",
        "Pelvis": "the same word in Spanish (a broken bone's site)",
        "4 cm": "a measure and its unit",
        "8 cm": "a measure and its unit (the height-loss bar's end; \"= 178 cm\" beside a height in metres ends so)",
        "mL/min": "a unit symbol, written the same in Spanish (kidney function)",
        "kg/m²": "a unit symbol, written the same in Spanish (BMI)",
    ]

    /// The literal pieces of every English text (between placeholders) that a Spanish reader would
    /// see as English: a piece its own Spanish text does not also contain, at least a word of four
    /// letters, or any piece whose Spanish text is the English one (not translated).
    static let englishPieces: [String] = {
        var pieces = Set<String>()
        let english = Catalog(.english), spanish = Catalog(.spanish)
        for key in TextKey.allCases {
            let englishText = english(key), spanishText = spanish(key)
            for piece in englishText.split(separator: /\{[a-zA-Z]+\}/)
                .map({ $0.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)) }) {
                guard piece.count >= 4, piece.contains(where: \.isLetter), !spanishText.contains(piece) || englishText == spanishText,
                      allowed[piece] == nil else { continue }
                pieces.insert(piece)
            }
        }
        return pieces.sorted { $0.count > $1.count }
    }()

    /// The first English piece shown in `frame` as whole words, nil when none is.
    static func english(in frame: String) -> String? { allEnglish(in: frame).first }

    /// Every English piece shown in `frame` as whole words; a piece inside a code
    /// ("REC-EMERGENCY", "RF-CES") is a code, not English.
    static func allEnglish(in frame: String) -> [String] {
        englishPieces.filter { piece in
            var searched = frame[...]
            while let found = searched.range(of: piece) {
                let before = found.lowerBound == frame.startIndex ? nil : frame[frame.index(before: found.lowerBound)]
                let after = found.upperBound == frame.endIndex ? nil : frame[found.upperBound]
                if !(before?.isLetter ?? false) && before != "-" && !(after?.isLetter ?? false) { return true }
                searched = frame[found.upperBound...]
            }
            return false
        }
    }

    static func report(_ frames: [String], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var reported = Set<String>()
        for frame in frames {
            for piece in allEnglish(in: frame) where reported.insert(piece).inserted {
                Issue.record("\(what): English \"\(piece)\" in\n\(frame)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test("the sweep finds an English text on a screen and lets Spanish words and the allowed names be")
    func pattern() {
        let height = ItemAddress("body.height").linkId
        #expect(Self.english(in: "│ " + (Catalog(.english)(.questionCaption(linkId: height)) ?? "") + ": 160 cm") != nil)
        #expect(Self.english(in: "│ " + (Catalog(.spanish)(.questionCaption(linkId: height)) ?? "") + ": 160 cm") == nil)
        #expect(Self.english(in: "OsteoIntake - STarT Back  Esc Enter") == nil)
        #expect(Self.englishPieces.count > 500)
    }


    static func spanish(_ record: IntakeRecord, mode: SessionMode = .staff) -> Pilot<IntakeScreen> {
        var record = record
        if record.patient == nil { record.patient = Patient() }
        record.patient?.language = "es"
        let session = IntakeSession(record: record, clock: FixedIntakeClock(record.visitDate ?? CalendarDate(year: 2026, month: 3, day: 2)),
                                    mode: mode, step: .patient, language: .spanish)
        return Pilot(IntakeScreen(session: session, size: size), size: size)
    }

    @Test("each shared example in Spanish: every step with each field's help, and the summary")
    func sharedExamples() throws {
        let names = SessionExamples.validNames
        try #require(!names.isEmpty, "the shared examples are missing: the sweep needs them")
        for name in names {
            let (record, _) = try SessionExamples.fileAssessment(name)
            var pilot = Self.spanish(record)
            let frames = ScreenWalk.framesWithHelp(&pilot)
            #expect(pilot.model.currentStep == .summary, "\(name)")
            Self.report(frames, name)
        }
    }

    @Test("each shared example at the kiosk in Spanish: every step, each field's help and the patient's review")
    func kioskScreens() throws {
        let names = SessionExamples.validNames
        try #require(!names.isEmpty, "the shared examples are missing: the sweep needs them")
        for name in names {
            let (record, _) = try SessionExamples.fileAssessment(name)
            var pilot = Self.spanish(record, mode: .kiosk)
            let frames = ScreenWalk.framesWithHelp(&pilot)
            Self.report(frames, "kiosk \(name)")
        }
        // a patient who finishes with questions left open is told to hand over to the front desk
        var open = Self.spanish(IntakeRecord(id: "ES-K"), mode: .kiosk)
        open.press(.function(10))
        var frames = [open.text]
        open.press(.enter)
        frames.append(open.text)
        Self.report(frames + open.model.session.handOverLines(), "kiosk hand-over")
    }

    @Test("an empty Spanish intake finished at once: every step with its required-answer messages")
    func requiredMessages() {
        var pilot = Self.spanish(IntakeRecord(id: "ES-V"))
        pilot.press(.function(10))
        #expect(!pilot.model.session.errors.isEmpty)
        var frames = [pilot.text]
        pilot.press(.escape)
        for _ in 0..<8 {
            for _ in 0..<40 where pilot.model.currentStep != .summary {
                pilot.press(.tab)
                frames.append(pilot.text)
            }
            pilot.press(.control("n"))
            frames.append(pilot.text)
        }
        Self.report(frames + Array(pilot.model.session.errors.values), "required")
    }

    /// Typed answers that each give one kind of message: out of range, not a date, not a number, a
    /// point that may be a thousands separator, a date in the future, a medicine not in the list.
    /// A medicine not in the list is kept as typed (no message): the screen around it is swept.
    static let badAnswers: [(linkId: String, typed: String, kind: String)] = [
        ("body.height", "400", "out of range"),
        ("body.weight", "abc", "not a number"),
        ("body.weight", "1.500", "thousands separator"),
        ("patient.birthDate", "31/02/1950", "a date that does not exist"),
        ("patient.birthDate", "hoy", "not a date"),
        ("patient.birthDate", "02/03/50", "a two-digit year"),
        ("patient.birthDate", "01/01/2030", "a date after the visit"),
        ("patient.age", "150", "age out of range"),
        ("patient.age", "35", "an unusual age"),
        ("body.weight", "900", "weight out of range"),
        ("redFlags.temperature", "46", "temperature out of range"),
        ("history.alcoholPerDay", "30", "alcohol above the usual amount"),
        ("symptoms.startDate", "01/01/1900", "pain that began too long ago"),
        ("medications.name", "xyzzy", "unknown medicine"),
        ("boneDensity.lowestTScore", "-9", "T-score out of range"),
    ]

    @Test("every kind of typed-answer message in Spanish", arguments: badAnswers.indices)
    func typedAnswerMessages(index: Int) throws {
        let bad = Self.badAnswers[index]
        let (record, _) = try SessionExamples.fileAssessment("urgent-fracture")
        var withSpanish = record
        withSpanish.patient?.language = "es"
        // a Spanish patient at a Spanish clinic: the summary after F10 is Spanish too
        var typist = ScreenTypist(resuming: withSpanish, staffLanguage: .spanish)
        if bad.linkId.hasPrefix("medications.") {
            for _ in 0..<6 where typist.session.currentStep != .medications { typist.press(.control("n")) }
            typist.press(.insert)
            typist.type(bad.typed)
        } else {
            typist.fill(bad.linkId, with: bad.typed)
        }
        typist.press(.tab)
        var frames = [typist.pilot.text]
        typist.press(.function(10))
        frames.append(typist.pilot.text)
        let messages = Array(typist.session.errors.values) + Array(typist.session.warnings.values) + [typist.session.notice].compactMap { $0 }
        #expect(!messages.isEmpty || bad.kind == "unknown medicine", "\(bad.kind) gives a message")
        Self.report(frames + messages, bad.kind)
    }

    @Test("the emergency alert in Spanish")
    func emergencyAlert() throws {
        let (record, _) = try SessionExamples.fileAssessment("emergency-cauda-equina")
        var start = IntakeRecord(id: record.id)
        start.patient = Patient(language: "es")
        for mode in [SessionMode.staff, .kiosk] {
            let session = IntakeSession(record: start, clock: FixedIntakeClock(record.visitDate!), mode: mode, language: .spanish)
            var typist = KeyboardTypist(screen: IntakeScreen(session: session, size: Self.size), target: record)
            typist.acknowledgesAlerts = false
            for _ in 0..<300 where typist.session.pendingAlert == nil && typist.session.currentStep != .summary {
                guard let focus = typist.session.focus else { typist.press(.pageDown); continue }
                typist.answer(focus)
                typist.press(.tab)
            }
            #expect(typist.session.pendingAlert != nil, "\(mode)")
            var frames = [typist.pilot.text]
            typist.press(.enter)
            frames.append(typist.pilot.text)
            Self.report(frames, "emergency alert \(mode)")
        }
    }
}
