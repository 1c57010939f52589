import Assessment
import Foundation
import IntakeApp
import IntakeModel
import IntakeSheet
import IntakeStore
import IntakeTestSupport
import PlainText
import Questionnaire
import TerminalUI
import Testing

/// Issue 14 item 3 ("one sanitizer") and issue 12 items 1 and 6: hostile text gives the same safe
/// text through every output path this target can reach: the screen, the printed sheet (text),
/// the store's messages and the engine's messages. The command line's paths (assess, list, import,
/// open, FHIR export) are in EndToEndTests/HostileTextCommandTests.
@Suite("Hostile text: one safe text on the screen, the sheet, store and engine messages", .serialized)
struct HostileTextTests {
    /// (what a record or a keyboard could hold, the text every path shows)
    static let table: [(hostile: String, safe: String)] = [
        ("Ann\u{1B}[2J\u{1B}[31mLee\u{1B}[0m", "AnnLee"),                    // CSI: clear screen, colour
        ("Ann\u{1B}]0;pwned\u{07}Lee", "AnnLee"),                              // OSC title, ended by BEL
        ("Ann\u{1B}]8;;http://evil\u{1B}\\Lee", "AnnLee"),                     // OSC 8 link, ended by ST
        ("Ann\u{9B}2JLee\u{9D}0;x\u{9C}", "AnnLee"),                           // C1 CSI and C1 OSC
        ("Ann\u{07}\u{08}\u{00}\u{7F}\u{85}\u{80}Lee", "Ann Lee"),              // C0, DEL, NEL (a line break), C1
        ("Ann \u{202E}eeL\u{202C} \u{2066}Wu\u{2069}\u{200F}\u{200E}\u{061C}", "Ann eeL Wu"),  // bidi
        ("Ann\u{2028}Lee\u{2029}Wu", "Ann Lee Wu"),                                 // line and paragraph separators
        ("A\u{200B}nn\u{FEFF} \u{E0041}Lee", "Ann Lee"),                        // zero-width space, BOM, tag
        ("Ann 👩‍⚕️ Lee", "Ann 👩‍⚕️ Lee"),                                      // a zero-width joiner stays
        (String(decoding: [0x41, 0x6E, 0x6E, 0xFF, 0xC0, 0x4C], as: UTF8.self), "Ann\u{FFFD}\u{FFFD}L"),  // bad UTF-8
    ]

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool { Sanitizer.isUnsafe(scalar) && scalar != "\n" && scalar != "\u{0C}" }

    @Test("the sanitizer itself", arguments: 0..<table.count)
    func sanitizer(_ index: Int) {
        let (hostile, safe) = Self.table[index]
        #expect(Sanitizer.collapsedLine(hostile) == safe)
        #expect(!Sanitizer.displayLine(hostile).unicodeScalars.contains(where: Self.isUnsafe))
    }

    @Test("the screen: pasted into the name field, shown safe", arguments: 0..<table.count)
    func screen(_ index: Int) {
        let (hostile, safe) = Self.table[index]
        var pilot = Pilot(IntakeScreen(session: IntakeSession(clock: FixedIntakeClock(CalendarDate(year: 2026, month: 3, day: 2)))))
        pilot.pastPreferredLanguage()
        pilot.paste(hostile)
        pilot.press(.tab)
        #expect(pilot.text.contains(safe), "\(pilot.text)")
        #expect(!pilot.screen.cells.contains { $0.text.unicodeScalars.contains(where: Self.isUnsafe) })
        #expect(pilot.model.session.record.patient?.name == safe)
    }

    @Test("the printed sheet (text): the name and a medicine name", arguments: 0..<table.count)
    func sheet(_ index: Int) throws {
        let (hostile, safe) = Self.table[index]
        var record = try SharedExamples.record("routine-mechanical")
        record.patient?.name = hostile
        record.medications = (record.medications ?? []) + [Medication(name: "pill " + hostile)]
        let sheet = IntakeSheet(record: record, context: SheetContext(recordID: nil, status: "final", clinicName: "Clinic"))
        let text = TextSheetRenderer().render(sheet)
        #expect(text.contains(safe))
        #expect(text.contains("pill " + safe))
        #expect(!text.unicodeScalars.contains(where: Self.isUnsafe))
    }

    @Test("the store's messages: an ID that is not there is said safe", arguments: 0..<table.count)
    func storeMessage(_ index: Int) throws {
        let (hostile, safe) = Self.table[index]
        let folder = ShellFolder()
        let store = try SQLiteIntakeStore(path: folder.databasePath)
        #expect {
            _ = try store.load(hostile)
        } throws: { error in
            let message = (error as? StoreError)?.message() ?? ""
            return message.contains(safe) && !message.unicodeScalars.contains(where: Self.isUnsafe)
        }
    }

    @Test("the engine's messages: an unknown medicine is named safe", arguments: 0..<table.count)
    func engineMessage(_ index: Int) throws {
        let (hostile, safe) = Self.table[index]
        var record = try SharedExamples.record("routine-mechanical")
        record.medications = [Medication(name: "pill " + hostile)]
        let warning = try #require(AssessmentEngine().assess(record).warnings.first { $0.code == .unrecognisedMedication })
        #expect(warning.message.contains("pill " + safe))
        #expect(!warning.message.unicodeScalars.contains(where: Self.isUnsafe))
    }

    @Test("a 1 MiB paste: the sanitizer keeps its text whole; the screen stays safe and still answers")
    func megabytePaste() throws {
        let chunk = "Ann\u{1B}[2J\u{202E}\u{85}\u{2028}中 "
        let paste = String(repeating: chunk, count: (1 << 20) / chunk.utf8.count)
        let cleaned = try #require(Deadline.run(seconds: 60) { Sanitizer.displayLine(paste) })
        #expect(cleaned == String(repeating: "Ann  中 ", count: (1 << 20) / chunk.utf8.count))
        let screen = try #require(Deadline.run(seconds: 120) { () -> [String] in
            var pilot = Pilot(IntakeScreen(session: IntakeSession(clock: FixedIntakeClock(CalendarDate(year: 2026, month: 3, day: 2)))))
            pilot.pastPreferredLanguage()
            pilot.paste(paste)
            pilot.type("Eve")
            return [pilot.text] + pilot.screen.cells.map(\.text)
        }, "the paste was not taken in time")
        #expect(screen[0].contains("Eve") && !screen[0].contains("[2J"), "\(screen[0])")
        #expect(!screen.dropFirst().contains { $0.unicodeScalars.contains(where: Self.isUnsafe) })
    }
}
