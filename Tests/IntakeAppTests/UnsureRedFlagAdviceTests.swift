import Catalog
import IntakeApp
import Questionnaire
import Testing

/// The cold trial's kiosk patient read two instructions for the same doubt: the red-flag step's
/// help said "say yes if unsure" and the finish box said "leave it for staff". A yes raises an
/// emergency alert that nobody had; an unanswered question keeps the patient NOT SCREENED and lists
/// it for staff to ask (reference §3: red flags must be asked explicitly). Both now say the same:
/// choose the "Unknown" option ("No lo sé"), which every yes/no question offers, and staff will ask.
@Suite("An unsure patient is told one thing: choose Unknown and staff will ask")
struct UnsureRedFlagAdviceTests {
    @Test("The red-flag step's help and the kiosk's two finish boxes name the option on screen, in English and Spanish",
          arguments: [Language.english, .spanish])
    func sameAdvice(language: Language) throws {
        let catalog = Catalog(language)
        let notKnown = catalog(.uiUnknown)  // the third option of every yes/no question on screen
        let stepHelp = try #require(QuestionnaireDefinition.intake.step(.redFlags)?.help(language))
        let finishAdvice = try #require(catalog.text(forDataKey: "session.finish-check.kiosk-advice"))
        let handOverAdvice = try #require(catalog.text(forDataKey: "session.hand-over.advice"))
        for advice in [stepHelp, finishAdvice, handOverAdvice] {
            #expect(advice.contains(notKnown), "\(advice) names \(notKnown)")
            #expect(!advice.contains("say yes") && !advice.contains("diga que sí"), "\(advice)")
        }
    }
}
