@testable import IntakeApp
import IntakeModel
import Questionnaire
import TerminalUI
import Testing

@Suite("The side list of steps")
struct StepStatusListTests {
    @Test("the one-pass statuses agree with IntakeSession.status(of:) at every key of every example")
    func agreesWithTheSession() throws {
        for name in SessionExamples.validNames {
            let (record, _) = try SessionExamples.fileAssessment(name)
            var typist = KeyboardTypist(target: record, visitDate: record.visitDate!)
            typist.typeWholeIntake()
            let session = IntakeSession(record: IntakeRecord(id: record.id), clock: FixedIntakeClock(record.visitDate!))
            var screen = IntakeScreen(session: session)
            var checked = 0
            for key in typist.keys {
                _ = screen.handle(key)
                for step in StepID.allCases {
                    #expect(screen.stepStatuses[step] == screen.session.status(of: step), "\(name) \(step)")
                }
                checked += 1
            }
            _ = screen.handle(.function(10))
            for step in StepID.allCases {
                #expect(screen.stepStatuses[step] == screen.session.status(of: step), "\(name) \(step) after F10")
            }
            #expect(checked > 50)
        }
    }
}
