import Catalog
import Testing
@testable import IntakeStore

@Suite("Database messages come from the string catalog, in the language asked for")
struct StoreMessagesTests {
    @Test("every message the store can give has a text in the catalog")
    func everyMessageHasText() {
        for key in StoreMessages.Key.allCases {
            #expect(Catalog(.english)(.storeMessage(key.rawValue)) != nil, "no text for store.\(key.rawValue)")
        }
    }

    @Test("placeholders are filled by name, values shown without control characters, in English or Spanish")
    func filled() {
        let desk = DeskSession(pid: 4242, host: "desk-2", osUser: "ben", terminal: "pts/3", sshClient: nil, sshPort: nil)
        let error = StoreError.heldByAnotherSession(id: "A1\u{1B}[2J", holder: desk)
        #expect(error.message() == "Intake A1 is open at another desk (ben@desk-2 on pts/3).")
        #expect(error.message(language: .spanish)
                == Catalog(.spanish)(.storeHeldByAnotherSession, ["id": "A1", "holder": "ben@desk-2 en pts/3"]))
        #expect(error.message(language: .spanish) != error.message())
    }
}
