import Catalog
import Foundation
import IntakeModel
import IntakeTestSupport
@testable import Questionnaire
import Testing

@Suite("The intake questionnaire definition")
struct QuestionnaireDefinitionTests {
    let definition = QuestionnaireDefinition.intake

    @Test("steps come in the order of the architecture, with their screen names")
    func stepOrder() {
        #expect(definition.steps.map(\.id.rawValue) == [
            "patient", "history", "medications", "symptoms", "red-flags", "bone-density", "start-back", "summary",
        ])
        #expect(definition.steps.map { $0.title() } == [
            "Patient", "History", "Medications", "Symptoms", "Red flags", "Bone density and labs", "STarT Back", "Review",
        ])
        #expect(StepID(screenName: "review") == .summary)
        #expect(StepID(screenName: "Red-Flags") == .redFlags)
        #expect(StepID(screenName: "labs") == nil)
        #expect(StepID.symptoms.number == 4)
        #expect(definition.step(.startBack)?.skippable == true)
        #expect(definition.step(.startBack)?.help()?.contains("Keele University") == true)
    }

    @Test("Preferred language is the first field of a new intake (the rest is read in it), the name the next")
    func languageFirst() {
        let first = definition.answerableAddresses(in: IntakeRecord()).prefix(2)
        #expect(first == [ItemAddress("patient.language"), ItemAddress("patient.name")])
    }

    @Test("every item, option, step and list entry has a text in the catalog, so no key is ever shown")
    func catalogHasEveryQuestionnaireText() {
        let catalog = Catalog(.english)
        for item in definition.allItems {
            #expect(catalog(.questionCaption(linkId: item.linkId)) != nil, "no caption for \(item.linkId)")
            #expect(!item.caption().isEmpty)
            for option in item.options {
                #expect(catalog(.optionLabel(linkId: item.linkId, code: option.code)) != nil,
                        "no label for \(item.linkId)=\(option.code)")
            }
        }
        for group in definition.repeatingGroups where group.entries != nil {
            #expect(catalog(.questionnaireWords(group.linkId + ".entry")) != nil, "no entry words for \(group.linkId)")
            #expect(catalog(.questionnaireWords(group.linkId + ".entry-named")) != nil, "no entry words for \(group.linkId)")
        }
        for step in definition.steps {
            #expect(catalog(.stepTitle(step.id.rawValue)) != nil, "no title for \(step.id)")
        }
    }

    @Test("a Spanish intake shows the Spanish caption from the catalog; es-MX is Spanish, pt-BR is refused")
    func spanishCaption() throws {
        let item = try #require(definition.item(linkId: "patient.sex"))
        #expect(item.caption(.spanish) == Catalog(.spanish)(.questionnairePatientSex))
        #expect(item.caption(.spanish) != item.caption(.english))
        #expect(try Language(tag: "es-MX") == .spanish)
        #expect(throws: UnknownLanguage.self) { try Language(tag: "pt-BR") }
    }

    @Test("examination findings, measured values, bone density, labs and temperature are staff items")
    func staffItems() {
        for linkId in ["body.kyphosis", "body.measuredHeightLoss", "redFlags.temperature", "boneDensity.lowestTScore",
                       "labs.egfr", "labs.dialysis", "labs.tshSuppressed", "labs.alpRaisedUnexplained", "visitDate"] {
            #expect(definition.item(linkId: linkId)?.audience == .staff, "\(linkId)")
        }
        let kiosk = definition.answerableAddresses(in: IntakeRecord(), audience: .patient).map(\.linkId)
        #expect(!kiosk.contains("body.kyphosis"))
        #expect(kiosk.contains("redFlags.saddleNumbness"))
    }

    @Test("limits come from IntakeLimits")
    func limits() {
        #expect(definition.item(linkId: "body.height")?.limit == IntakeLimits.height)
        #expect(definition.item(linkId: "redFlags.temperature")?.limit == IntakeLimits.temperature)
        #expect(definition.item(linkId: "patient.name")?.textLength == IntakeLimits.patientNameLength)
        #expect(definition.item(linkId: "redFlags.temperature")?.units.map(\.code) == ["C", "F"])
    }

    @Test("every answer of every shared example is reachable through an item binding")
    func everyExampleKeyIsSettable() throws {
        try #require(SharedExamples.directory != nil, "shared/spec/examples not found above the repository")
        for name in SharedExamples.validNames {
            let record = try SharedExamples.record(name)
            let pointers = Set(definition.allAddresses(in: record).compactMap { address -> String? in
                guard let item = definition.item(linkId: address.linkId), item.type != .derived,
                      definition.value(at: address, in: record) != nil else { return nil }
                return item.binding?.pointer(instance: address.instance)
            })
            let leaves = SharedExamples.leafPointers(try SharedExamples.json(name))
                .filter { $0 != "/format" && $0 != "/id" }
            for leaf in leaves {
                // Empty lists ("asked, none") are kept by the group itself.
                #expect(pointers.contains(leaf) || leaf.hasSuffix("/fractures"), "\(name): \(leaf) has no item")
            }
        }
    }

    @Test("every key the rules read can be set on some item")
    func ruleInputsHaveItems() {
        let pointers = Set(definition.allItems.compactMap { $0.binding?.pointer })
        for required in ["/body/kyphosis", "/medications/*/status", "/medications/*/route", "/medications/*/months",
                         "/medications/*/years", "/medications/*/lastDoseDate", "/medications/*/wantsToStop",
                         "/medications/*/doseMgPerDay", "/symptoms/nightPain", "/symptoms/relievedBy",
                         "/symptoms/newThighOrGroinPain", "/symptoms/cannotStayUpright30Min",
                         "/history/cardiovascularEvents/*/type", "/labs/dialysis", "/labs/tshSuppressed",
                         "/labs/alpRaisedUnexplained", "/redFlags/temperature", "/visitDate", "/patient/birthDate",
                         "/patient/age", "/history/menopause/age", "/history/plannedDentalSurgery"] {
            #expect(pointers.contains(required), "\(required)")
        }
        let relievers = definition.item(linkId: "symptoms.relievedBy")?.options.map(\.code)
        #expect(relievers == Reliever.allCases.map(\.rawValue))
    }
}
