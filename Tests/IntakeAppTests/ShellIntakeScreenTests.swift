import Catalog
import Foundation
import IntakeApp
import IntakeModel
import IntakeStore
import Questionnaire
import Testing
import TerminalUI

@Suite("Shell over the real intake screens")
struct ShellIntakeScreenTests {
    func harness(kiosk: Bool = false) throws -> ShellHarness { try ShellHarness.realScreens(kiosk: kiosk) }

    @Test("A name typed on the Patient step is committed with its linkId when the field is left")
    func nameCommitted() throws {
        var h = try harness()
        h.press(.enter)
        let id = try #require(h.openRecordID)
        #expect(h.screen.contains("Step 1 of 8"))
        h.pastPreferredLanguage()
        h.type("Grace Hopper")
        #expect(try h.store.load(id).record.patient?.name == nil)
        h.press(.tab)
        #expect(try h.store.load(id).record.patient?.name == "Grace Hopper")
        let row = try #require(try h.store.auditTrail(id).last { $0.action == .answer })
        #expect(row.field == "patient.name")
        #expect(row.newValue == "Grace Hopper")
        #expect(try h.store.load(id).record.visitDate == CalendarDate(year: 2026, month: 12, day: 2))
    }

    @Test("A hang-up in the middle of a typed field saves it and ends the program")
    func hangUpMidField() throws {
        var h = try harness()
        h.press(.enter)
        let id = try #require(h.openRecordID)
        h.pastPreferredLanguage()
        h.type("Alan Turing")
        h.press(.hangUp)
        #expect(h.shell.isFinished)
        #expect(try h.store.load(id).record.patient?.name == "Alan Turing")
    }

    @Test("Kiosk mode on the real screens hides staff items such as the visit date")
    func kioskHidesStaffItems() throws {
        var staff = try harness()
        staff.press(.enter)
        var kiosk = try harness(kiosk: true)
        _ = try #require(kiosk.openRecordID)
        let visitCaption = try #require(Catalog(.english)(.questionCaption(linkId: "visitDate")))
        #expect(staff.screen.contains(visitCaption))
        #expect(!kiosk.screen.contains(visitCaption))
        kiosk.press(.control("c"))
        #expect(!kiosk.shell.isFinished)
    }
}
