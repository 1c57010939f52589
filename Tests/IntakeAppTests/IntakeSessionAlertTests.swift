import Assessment
import IntakeApp
import IntakeModel
import Questionnaire
import Testing

@Suite("The emergency alert")
struct IntakeSessionAlertTests {
    /// A session on a valid routine record (no red flag fires), new pain 10 days ago.
    func routineSession(mode: SessionMode = .staff) throws -> IntakeSession {
        let (record, _) = try SessionExamples.fileAssessment("routine-mechanical")
        var session = IntakeSession(record: record, clock: FixedIntakeClock(record.visitDate!), mode: mode)
        _ = session.apply(.enterText(ItemAddress("symptoms.daysAgo"), "10"))
        #expect(session.assessment.redFlags.isEmpty)
        #expect(session.pendingAlert == nil)
        return session
    }

    static let emergencies: [(RedFlagRule, [SessionAction])] = [
        (.ces, [.setAnswer(ItemAddress("redFlags.saddleNumbness"), .boolean(true))]),
        (.neuro, [.setAnswer(ItemAddress("redFlags.legWeakness"), .boolean(true))]),
        (.mscc, [.setAnswer(ItemAddress("history.conditions"), .codes(["cancer"])),
                 .setAnswer(ItemAddress("symptoms.radiation"), .code("left-leg"))]),
        (.infection, [.setAnswer(ItemAddress("redFlags.feverOrRigors"), .boolean(true))]),
        (.fracture, [.setAnswer(ItemAddress("symptoms.trigger"), .code("major-trauma"))]),
        (.aorticAneurysm, [.setAnswer(ItemAddress("redFlags.pulsatileAbdominalMass"), .boolean(true))]),
    ]

    @Test("each emergency rule raises the alert when it newly fires", arguments: 0..<emergencies.count)
    func emergencyRaisesAlert(index: Int) throws {
        let (rule, actions) = IntakeSessionAlertTests.emergencies[index]
        var session = try routineSession()
        var effects: [SessionEffect] = []
        for action in actions { effects += session.apply(action) }
        let alert = try #require(session.pendingAlert, "no alert for \(rule)")
        #expect(alert.rules == [rule])
        #expect(effects.contains(.showAlert(alert)))
        #expect(effects.contains(.audit(.alertShown([rule]))))
        #expect(session.alertLines().contains { $0.contains("EMERGENCY") })
    }

    @Test("urgent and routine findings raise no alert")
    func nonEmergencies() throws {
        var session = try routineSession()
        _ = session.apply(.setAnswer(ItemAddress("redFlags.unexplainedWeightLoss"), .boolean(true)))  // RF-MAL
        _ = session.apply(.setAnswer(ItemAddress("redFlags.ivDrugUse"), .boolean(true)))  // RF-INF, urgent
        #expect(session.assessment.redFlag(.malignancy)?.tier == .urgent)
        #expect(session.assessment.redFlag(.infection)?.tier == .urgent)
        #expect(session.pendingAlert == nil)
    }

    @Test("while the alert is pending nothing else happens; staff acknowledge it by name")
    func acknowledge() throws {
        var session = try routineSession()
        _ = session.apply(.setAnswer(ItemAddress("redFlags.saddleNumbness"), .boolean(true)))
        let alert = try #require(session.pendingAlert)
        #expect(session.apply(.nextStep).isEmpty)
        #expect(session.apply(.setAnswer(ItemAddress("redFlags.legWeakness"), .boolean(true))).isEmpty)
        #expect(session.record.redFlags?.legWeakness == false)
        #expect(session.apply(.acknowledgeAlert(staffName: "  ")).isEmpty)
        #expect(session.pendingAlert != nil)
        let effects = session.apply(.acknowledgeAlert(staffName: "Nurse Ada"))
        #expect(effects == [.alertAcknowledged(alert, staffName: "Nurse Ada"), .audit(.alertAcknowledged([.ces]))])
        #expect(session.pendingAlert == nil)
        // A rule that keeps firing does not alert again; another emergency rule does.
        _ = session.apply(.setAnswer(ItemAddress("redFlags.urinaryRetention"), .boolean(true)))
        #expect(session.pendingAlert == nil)
        _ = session.apply(.setAnswer(ItemAddress("redFlags.legWeakness"), .boolean(true)))
        #expect(session.pendingAlert?.rules == [.neuro])
    }

    @Test("in kiosk mode the patient cannot dismiss the alert; after staff acknowledge it the session is still the patient's")
    func kiosk() throws {
        var session = try routineSession(mode: .kiosk)
        _ = session.apply(.setAnswer(ItemAddress("redFlags.bilateralSciatica"), .boolean(true)))
        #expect(session.alertLines() == ["Please go to the front desk now and tell them this screen appeared. Do not wait."])
        #expect(session.apply(.dismissAlert).isEmpty)
        #expect(session.pendingAlert != nil)
        _ = session.apply(.acknowledgeAlert(staffName: "Dr Lee"))
        #expect(session.pendingAlert == nil)
        #expect(session.mode == .kiosk, "staff items and the triage stay hidden from the patient")
    }
}
