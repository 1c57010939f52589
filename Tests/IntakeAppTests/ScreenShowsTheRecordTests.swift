import Foundation
@testable import IntakeApp
import IntakeModel
import Questionnaire
import Testing
import TerminalUI

/// One source of truth on screen: every answer box but the one being typed in shows what the
/// session's record holds (or the text kept because it could not be read), read when the screen
/// is drawn; the focused box starts from it when the cursor arrives.
@Suite("The screen shows the record")
struct ScreenShowsTheRecordTests {
    /// The fields whose box as drawn differs from the session, by field id (the focused one left
    /// out, unless `focusedToo`).
    static func boxesNotShowingTheRecord(_ screen: IntakeScreen, focusedToo: Bool = false) -> [String] {
        let session = screen.session
        let focusID = focusedToo ? nil : session.focus.map(IntakeFieldFactory.fieldID)
        return screen.shownForm.fields.compactMap { field in
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
            let focusBefore = screen.session.focus
            _ = screen.handle(key)
            if screen.session.pendingAlert != nil { _ = screen.acknowledgeAlert(signedInAs: "J. Martin") }
            let differing = Self.boxesNotShowingTheRecord(screen)
            #expect(differing.isEmpty, "after key \(index) (\(key)) on \(screen.session.currentStep): \(differing)")
            // the box the cursor just arrived on starts from the record too
            let arrived = screen.session.focus != focusBefore
                && Self.boxesNotShowingTheRecord(screen, focusedToo: true).contains { $0 == screen.session.focus.map(IntakeFieldFactory.fieldID) }
            #expect(!arrived, "after key \(index) (\(key)): the focused box does not start from the record")
            if !differing.isEmpty || arrived { return }
        }
    }

    @Test("an answer the session takes without a key to the screen (another desk's, merged) is drawn at once: the widgets hold no copy to bring up to date")
    func answersAreReadWhenDrawn() {
        var screen = IntakeScreen(session: IntakeSession(clock: FixedClock()))
        #expect(screen.session.focus == ItemAddress("patient.language"))
        _ = screen.session.apply(.enterText(ItemAddress("patient.name"), "Ada Lovelace"))
        #expect(screen.render(size: Size(width: 80, height: 24)).text.contains("[Ada Lovelace"))
        _ = screen.handle(.tab)
        #expect(screen.form.focusedField?.value == .text("Ada Lovelace"), "the cursor arriving on the name starts from the record")
    }
}

private struct FixedClock: IntakeSessionClock {
    func today() -> CalendarDate { CalendarDate(year: 2026, month: 12, day: 2) }
}
