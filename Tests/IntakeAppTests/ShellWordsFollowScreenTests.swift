import Catalog
import Foundation
import IntakeModel
import Testing
@testable import IntakeApp

/// Issue 15, found by a cold trial: over a Spanish patient's steps at an English clinic, the
/// shell's own boxes and messages (the staff sign-in that acknowledges an emergency, its refusal)
/// were English. They follow the language of the screen they are on; the home screen stays the
/// clinic's.
@Suite("The shell's words follow the language of the screen they are on", .serialized)
struct ShellWordsFollowScreenTests {
    static let spanish = Catalog(.spanish), english = Catalog(.english)

    /// The literal start of a catalog text, before its first placeholder.
    static func start(_ text: String) -> String { String(text.prefix { $0 != "{" }.prefix(30)) }

    @Test("kiosk in Spanish at an English clinic: the sign-in over the emergency alert and its refusal are Spanish")
    func signInOverSpanishAlert() throws {
        var h = try ShellHarness.realScreens(kiosk: true, kioskLanguage: .spanish, staffLanguage: .english)
        for _ in 0..<4 { h.press(.control("n")) }
        h.press(.character(" "))  // Sí on the first red-flag question: the emergency alert
        #expect(h.screen.contains(Self.start(Self.spanish(.sessionAlertKiosk))), "\(h.screen)")
        h.press(.enter)
        #expect(h.screen.contains(Self.spanish(.shellSignInAlertTitle)), "\(h.screen)")
        #expect(!h.screen.contains(Self.english(.shellSignInAlertTitle)))
        #expect(h.screen.contains(Self.spanish(.shellSignInLogin)))
        h.signIn("jm", "9999")
        #expect(h.screen.contains(Self.start(Self.spanish(.shellSignInRefused))), "\(h.screen)")
        #expect(!h.screen.contains(Self.start(Self.english(.shellSignInRefused))))
    }

    /// A new intake at an English clinic's desk whose patient answers Spanish (Español), with the
    /// name "Ana" typed.
    static func spanishIntakeAtEnglishDesk() throws -> (ShellHarness, String) {
        var h = try ShellHarness.realScreens(staffLanguage: .english)
        h.press(.enter)
        let id = try #require(h.openRecordID)
        h.press(.down, .character(" "), .tab)  // Preferred language: Spanish (Español)
        #expect(try h.store.load(id).record.patient?.language == "es", "\(h.screen)")
        h.type("Ana")
        return (h, id)
    }

    @Test("front desk of an English clinic: a Spanish intake's steps get Spanish messages, the home screen English ones")
    func frontDesk() throws {
        var (h, _) = try Self.spanishIntakeAtEnglishDesk()
        h.press(.function(2))
        #expect(h.screen.contains(Self.spanish(.shellSaved)), "\(h.screen)")
        #expect(!h.screen.contains(Self.english(.shellSaved)))
        h.press(.control("c"))
        #expect(h.isHome, "\(h.screen)")
        #expect(!h.screen.contains(Self.spanish(.shellSaved)))
        #expect(h.screen.contains(Self.english(.shellHomeNewIntake)) && !h.screen.contains(Self.spanish(.shellHomeNewIntake)),
                "the home screen is the clinic's, in English: \(h.screen)")
    }

    @Test("a Spanish intake taken over by another desk: the notice's title, body and keys are all Spanish (the cold trial read 'Enter  back to the list' under a Spanish body)")
    func takenOverNoticeIsOneLanguage() throws {
        var (h, id) = try Self.spanishIntakeAtEnglishDesk()
        h.press(.tab)
        var other = OtherDesk(h)
        other.takeOver(id)
        h.press(.backTab)
        h.type("Eva")
        h.press(.tab)
        #expect(h.isHome, "\(h.screen)")
        let flat = flatText(h.screen)
        #expect(flat.contains(Self.spanish(.shellTakenOverTitle)), "\(h.screen)")
        #expect(flat.contains(Self.spanish(.shellTakenOverKeys)), "\(h.screen)")
        #expect(!flat.contains(Self.english(.shellTakenOverKeys)), "\(h.screen)")
        #expect(flat.contains("ben@desk-2 (proceso 4242)"), "the desk in Spanish words too: \(h.screen)")
    }
}
