import IntakeApp
import IntakeModel
import Questionnaire
import TerminalUI
import Testing

@Suite("Conditional questions on screen")
struct IntakeScreenConditionalTests {
    func shown(_ pilot: Pilot<IntakeScreen>, _ linkId: String, instance: Int? = nil) -> Bool {
        pilot.model.session.visibleItems(in: pilot.model.currentStep).contains(ItemAddress(linkId, instance: instance))
    }

    @Test("menopause questions appear for a female patient and their answers are dropped when the sex changes")
    func menopause() {
        var typist = ScreenTypist(target: IntakeRecord(), visitDate: IntakeScreenNavigationTests.visitDate)
        typist.pick(0, for: "patient.sex")  // Female
        typist.pick(2, for: "history.menopause.status")  // after menopause
        #expect(typist.pilot.text.contains("Age at the last period"))
        typist.fill("history.menopause.age", with: "51")
        typist.press(.tab)
        #expect(typist.session.record.history?.menopause?.age == 51)
        typist.pick(1, for: "patient.sex")  // Male
        typist.press(.control("n"))
        #expect(typist.session.currentStep == .history)
        #expect(!typist.pilot.text.contains("Periods"))
        #expect(!shown(typist.pilot, "history.menopause.status"))
        #expect(typist.session.record.history?.menopause?.status == nil)
        #expect(typist.session.record.history?.menopause?.age == nil)
        #expect(typist.pilot.effects.contains { effect in
            if case .saveAnswer(let change) = effect { return change.droppedAsHidden && change.pointer == "/history/menopause/age" }
            return false
        })
    }

    @Test("age is asked only while no date of birth is given")
    func ageOrBirthDate() {
        var pilot = IntakeScreenNavigationTests.newIntake()
        #expect(shown(pilot, "patient.age"))
        pilot.pastPreferredLanguage()
        pilot.press(.tab, .tab)
        pilot.type("1950-03-31")
        pilot.press(.tab)
        #expect(!shown(pilot, "patient.age"))
        #expect(!pilot.text.contains("Age in years"))
    }

    @Test("a medicine's follow-up questions follow its class from the vocabulary; type-ahead suggests names")
    func medicationFollowUps() {
        var pilot = IntakeScreenNavigationTests.newIntake()
        pilot.press(.control("n"), .control("n"))
        #expect(pilot.model.currentStep == .medications)
        pilot.press(.insert)
        #expect(pilot.model.focusedAddress == ItemAddress("medications.name", instance: 0))
        pilot.type("predn")
        #expect(pilot.text.contains("prednisolone"))
        pilot.press(.down, .tab)  // pick the suggestion, move on
        #expect(pilot.model.session.record.medications?.first?.name == "prednisolone")
        #expect(pilot.text.contains("1. prednisolone (Steroid (glucocorticoid))"))
        #expect(shown(pilot, "medications.route", instance: 0))
        #expect(!shown(pilot, "medications.wantsToStop", instance: 0))
        // changing the name to a denosumab brand hides the route and asks about stopping
        pilot.press(.backTab)
        pilot.press(.end, .control("u"))
        pilot.type("Prolia")
        pilot.press(.tab)
        #expect(!shown(pilot, "medications.route", instance: 0))
        #expect(shown(pilot, "medications.wantsToStop", instance: 0))
        // Ctrl-D asks, a second Ctrl-D removes the entry
        pilot.press(.control("d"))
        #expect(pilot.model.session.record.medications?.count == 1)
        pilot.press(.control("d"))
        #expect(pilot.model.session.record.medications?.isEmpty ?? true)
    }

    @Test("where it hurts is pointed at on the back map with the arrow keys")
    func bodyMap() {
        var typist = ScreenTypist(target: IntakeRecord(), visitDate: IntakeScreenNavigationTests.visitDate)
        typist.jump(to: "symptoms.locations")
        #expect(typist.screen.focusedField is BodyMapField)
        typist.press(.character(" "))  // lower back, where the pointer starts
        typist.press(.up, .up, .character(" "))  // mid back, then upper back
        typist.press(.right, .character(" "))  // belly
        #expect(typist.session.record.symptoms?.locations == [.upperBack, .lowerBack, .abdomen])
        #expect(typist.pilot.text.contains("At: "))
    }
}
