import Foundation
@testable import IntakeApp
import IntakeModel
import Questionnaire
import Testing
import TerminalUI

/// One source of truth on screen: after every key, every answer box but the one being typed in
/// shows what the session's record holds (or the text kept because it could not be read).
@Suite("The screen shows the record")
struct ScreenShowsTheRecordTests {
    /// The fields whose box differs from the session, by field id (the focused one left out).
    static func boxesNotShowingTheRecord(_ screen: IntakeScreen) -> [String] {
        let session = screen.session
        let focusID = session.focus.map(IntakeFieldFactory.fieldID)
        return screen.form.fields.compactMap { field in
            guard field.id != focusID, let address = screen.addresses[field.id],
                  let item = session.definition.item(linkId: address.linkId), !item.type.isGroup else { return nil }
            let wanted = session.pendingText[address].map { IntakeFieldFactory.pendingValue($0, for: item, current: field.value, language: session.language) }
                ?? screen.factory.fieldValue(at: address, in: session, for: item)
            // a widget keeps a value in its own form (no box ticked is `.checked([])`): compare as shown
            var showingWanted = field
            showingWanted.value = wanted
            return field.value == showingWanted.value ? nil : field.id
        }
    }

    @Test("2,000 keys of typing, choosing, lists, steps, Esc and finish: no box but the focused one ever differs from the record")
    func everyBoxShowsTheRecordAfterEveryKey() {
        let keys: [Key] = [
            .character("7"), .character("a"), .character("1"), .character("-"), .character(" "), .backspace,
            .tab, .backTab, .down, .up, .enter, .escape, .pageDown, .pageUp, .insert, .control("d"), .right, .left,
            .function(10), .function(4),
        ]
        var screen = IntakeScreen(session: IntakeSession(clock: FixedClock()))
        var seed: UInt64 = 2026
        for index in 0..<2000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let key = keys[Int((seed >> 33) % UInt64(keys.count))]
            _ = screen.handle(key)
            if screen.session.pendingAlert != nil { _ = screen.acknowledgeAlert(signedInAs: "J. Martin") }
            let differing = Self.boxesNotShowingTheRecord(screen)
            #expect(differing.isEmpty, "after key \(index) (\(key)) on \(screen.session.currentStep): \(differing)")
            if !differing.isEmpty { return }
        }
    }
}

private struct FixedClock: IntakeSessionClock {
    func today() -> CalendarDate { CalendarDate(year: 2026, month: 12, day: 2) }
}
