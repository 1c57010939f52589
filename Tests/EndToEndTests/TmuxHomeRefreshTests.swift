import Foundation
import Testing

/// Two programs on one database: the front desk's idle home list shows what the kiosk saves.
@Suite("The home list in tmux follows another desk", .serialized)
struct TmuxHomeRefreshTests {
    @Test("a kiosk patient raises an emergency; the idle front desk lists it first within seconds, without a key")
    func kioskEmergencyAppearsAtTheDesk() throws {
        let desk = try ShellTmux([])
        defer { desk.close() }
        try desk.waitFor("Today's intakes")
        let kiosk = try ShellTmux(["kiosk"], environment: ["INTAKE_DB": desk.databasePath])
        defer { kiosk.close() }
        try kiosk.waitFor("English / Español")   // the patient chooses the language first
        try kiosk.press("e")
        try kiosk.waitFor("Step 1 of 8")
        try kiosk.type("Kiosk Patient")
        try kiosk.press("Tab")
        try TmuxEmergencyAlertTests.raiseEmergency(kiosk)
        try kiosk.waitFor("Please go to the front desk now")
        let shown = try desk.waitFor("Kiosk Patient", timeout: 8)
        let row = try #require(shown.split(separator: "\n").first { $0.contains("Kiosk Patient") })
        #expect(row.contains("EMERGENCY"), "\(shown)")
        #expect(shown.contains("New intake"), "still the home list, no key was pressed")
    }
}
