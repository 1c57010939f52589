import Assessment
import IntakeApp
import IntakeModel
import Questionnaire
import TerminalUI
import Testing

@Suite("The emergency alert on screen")
struct IntakeScreenAlertTests {
    /// The routine example resumed on the Red flags step: no red flag fires.
    static func routine(mode: SessionMode = .staff) throws -> ScreenTypist {
        var (record, _) = try SessionExamples.fileAssessment("routine-mechanical")
        record.symptoms?.daysAgo = 10
        let typist = ScreenTypist(resuming: record, step: .redFlags, mode: mode)
        #expect(typist.session.assessment.redFlags.isEmpty)
        return typist
    }

    /// Keys (through the keyboard helpers) that make each EMERGENCY rule fire.
    static let emergencies: [(RedFlagRule, @Sendable (inout ScreenTypist) -> Void)] = [
        (.ces, { $0.pick(0, for: "redFlags.saddleNumbness") }),
        (.neuro, { $0.pick(0, for: "redFlags.legWeakness") }),
        (.mscc, { $0.tick("cancer", for: "history.conditions"); $0.pick(2, for: "symptoms.radiation") }),
        (.infection, { $0.pick(0, for: "redFlags.feverOrRigors") }),
        (.fracture, { typist in
            let trigger = QuestionnaireDefinition.intake.item(linkId: "symptoms.trigger")!
            typist.pick(trigger.options.firstIndex { $0.code == "major-trauma" }!, for: "symptoms.trigger")
        }),
        (.aorticAneurysm, { $0.pick(0, for: "redFlags.pulsatileAbdominalMass") }),
    ]

    @Test("each emergency rule interrupts at once with a modal naming what to do", arguments: 0..<emergencies.count)
    func emergencyInterrupts(index: Int) throws {
        let (rule, keys) = Self.emergencies[index]
        var typist = try Self.routine()
        keysWithoutAcknowledging(&typist, keys)
        var pilot = typist.pilot
        let alert = try #require(pilot.model.session.pendingAlert, "no alert for \(rule.rawValue)")
        #expect(alert.rules == [rule])
        #expect(pilot.model.isShowingAlert)
        #expect(pilot.text.contains("EMERGENCY: get a clinician now"))
        #expect(pilot.text.contains("Staff: Enter, then sign in to acknowledge."))
        #expect(pilot.effects.contains(.showAlert(alert)))
        #expect(pilot.effects.contains(.audit(.alertShown([rule]))), "shown is audited")
        // Esc and typing do not close it; Enter asks for a member of staff to sign in
        pilot.press(.escape)
        pilot.type("Nurse Ada")
        #expect(pilot.model.isShowingAlert)
        pilot.press(.enter)
        #expect(pilot.model.isShowingAlert, "Enter alone never closes it")
        #expect(pilot.effects.last == .alertNeedsStaff)
        // signed in (the shell checks the credential): acknowledged, with who
        pilot.apply { $0.acknowledgeAlert(signedInAs: "Nurse Ada") }
        #expect(!pilot.model.isShowingAlert)
        #expect(pilot.effects.contains(.alertAcknowledged(alert, staffName: "Nurse Ada")))
        #expect(!pilot.text.contains("EMERGENCY: get a clinician now"))
    }

    @Test("urgent and routine red flags show no alert")
    func urgentFindingsDoNotInterrupt() throws {
        var typist = try Self.routine()
        keysWithoutAcknowledging(&typist) { $0.pick(0, for: "redFlags.unexplainedWeightLoss") }
        keysWithoutAcknowledging(&typist) { $0.pick(0, for: "redFlags.ivDrugUse") }
        #expect(typist.session.assessment.urgency == .urgent)
        #expect(!typist.screen.isShowingAlert)
        #expect(typist.pilot.text.contains("URGENT"))
    }

    @Test("typing every example alerts exactly for its emergency rules")
    func examplesAlertOnlyForEmergencies() throws {
        for name in SessionExamples.validNames {
            let (record, expected) = try SessionExamples.fileAssessment(name)
            var typist = ScreenTypist(target: record, visitDate: record.visitDate!)
            typist.typeWholeIntake()
            let alerted = Set(typist.alertsSeen.joined())
            let emergencies = Set(expected.redFlags.filter { $0.tier == .emergency }.map(\.rule.rawValue))
            #expect(alerted == emergencies, "\(name)")
        }
    }

    @Test("in kiosk mode the patient is sent to the front desk and cannot close the alert; after staff acknowledge it the kiosk still hides staff items")
    func kioskAlert() throws {
        var typist = try Self.routine(mode: .kiosk)
        #expect(typist.screen.isKiosk)
        let temperature = ItemAddress("redFlags.temperature")  // a staff item
        #expect(!typist.session.visibleItems(in: .redFlags).contains(temperature))
        keysWithoutAcknowledging(&typist) { $0.pick(0, for: "redFlags.saddleNumbness") }
        var pilot = typist.pilot
        #expect(pilot.text.contains("Please go to the front desk now"))
        GoldenScreen.check(pilot.screen, named: "kiosk-alert-80x24")
        for key in [Key.escape, .control("c"), .enter, .function(10), .tab] { pilot.press(key) }
        pilot.type("Dr Lee")
        pilot.press(.enter)
        #expect(pilot.model.isShowingAlert, "a typed name never closes it")
        #expect(pilot.model.isKiosk, "nor shows the patient the staff view")
        pilot.apply { $0.acknowledgeAlert(signedInAs: "Dr Lee") }  // a member of staff signed in
        #expect(!pilot.model.isShowingAlert)
        #expect(pilot.model.isKiosk, "the kiosk stays the patient's view after the acknowledgement")
        #expect(!pilot.model.session.visibleItems(in: .redFlags).contains(temperature), "staff items stay hidden")
        #expect(!pilot.text.contains("Temperature"))
    }

    /// Runs keyboard helpers with the automatic acknowledgement turned off.
    private func keysWithoutAcknowledging(_ typist: inout ScreenTypist, _ keys: (inout ScreenTypist) -> Void) {
        typist.acknowledgesAlerts = false
        keys(&typist)
        typist.acknowledgesAlerts = true
    }
}
