import Assessment
import Foundation
import IntakeApp
import IntakeModel
import IntakeStore
import Questionnaire

/// `intake export ID --format fhir-bundle`: one Bundle a clinic can post to its EHR: the Patient,
/// the QuestionnaireResponse, a MedicationStatement per medicine listed, and the assessment (the urgency as a RiskAssessment, each other
/// finding as an Observation), each about the patient and, for the assessment, derived from the
/// response.
struct FHIRBundleExport {
    let stored: StoredRecord
    let settings: FHIRSettings
    let kind: FHIRBundle.Kind
    var engine = AssessmentEngine()
    var text = AssessmentText.english

    /// A finished intake gives final findings, a draft preliminary ones, a changed one amended.
    var findingStatus: String {
        switch stored.status {
        case .inProgress: return "preliminary"
        case .completed, .signed: return "final"
        case .amended: return "amended"
        }
    }

    func bundle(timestamp: Date = Date()) -> FHIRBundle {
        var record = stored.record
        record.id = record.id ?? stored.id
        let patientURL = FHIRBundle.newFullURL(), responseURL = FHIRBundle.newFullURL()
        let patient = FHIRPatient(record: record, settings: settings)
        var response = FHIRQuestionnaireResponse(record: record, status: ExportCommand.responseStatus(stored.status),
                                                 settings: settings, patientReference: patientURL)
        response.authored = stored.updatedAt.formatted(.iso8601)
        let findings = Findings(export: self, assessment: engine.assess(record), subject: FHIRReference(patientURL),
                                basis: FHIRReference(responseURL), effective: record.visitDate?.description)
        let answers = FHIRQuestionnaireResponse.codedAnswers(record, settings: settings).map(findings.observation)
        let medicines = FHIRMedicationStatement.statements(record, subject: FHIRReference(patientURL),
                                                          derivedFrom: FHIRReference(responseURL))
            .map(FHIRBundle.Resource.medicationStatement)
        let resources: [(fullUrl: String, resource: FHIRBundle.Resource)] =
            [(patientURL, .patient(patient)), (responseURL, .response(response))]
            + (answers + medicines + findings.resources()).map { (FHIRBundle.newFullURL(), $0) }
        let identifier = patient.identifier?.first.map { "\($0.system ?? "")|\($0.value)" }
        return FHIRBundle(kind: kind, timestamp: timestamp.formatted(.iso8601), resources: resources,
                          patientIdentifier: identifier)
    }

    /// The assessment's findings as FHIR resources.
    struct Findings {
        let export: FHIRBundleExport
        let assessment: IntakeAssessment
        let subject: FHIRReference
        let basis: FHIRReference
        let effective: String?

        var settings: FHIRSettings { export.settings }

        func ours(_ list: String, _ code: String, _ display: String) -> FHIRCodeableConcept {
            FHIRCodeableConcept(coding: [FHIRCoding(system: settings.codeSystem(list), code: code, display: display)])
        }

        func observation(_ code: FHIRCodeableConcept, _ value: FHIRValue, interpretation: FHIRCodeableConcept? = nil,
                         category: String = "survey") -> FHIRBundle.Resource {
            let categoryConcept = FHIRCodeableConcept(coding: [FHIRCoding(
                system: "http://terminology.hl7.org/CodeSystem/observation-category", code: category, display: nil)])
            return .observation(FHIRObservation(status: export.findingStatus, category: categoryConcept, code: code,
                                                subject: subject, effective: effective, value: value,
                                                interpretation: interpretation, derivedFrom: basis))
        }

        /// An answer with a standard code (height, weight, temperature, pain, smoking...) as an Observation.
        func observation(_ answer: FHIRCodedAnswer) -> FHIRBundle.Resource {
            let vitalSign = ["body.height", "body.weight", "redFlags.temperature"].contains(answer.linkId)
            // Observation.value[x] takes a CodeableConcept where an answer has a Coding
            let value = answer.value.coding.map { FHIRValue(codeableConcept: FHIRCodeableConcept(coding: [$0])) } ?? answer.value
            return observation(FHIRCodeableConcept(coding: [answer.code]), value,
                               category: vitalSign ? "vital-signs" : "survey")
        }

        func resources() -> [FHIRBundle.Resource] {
            var result: [FHIRBundle.Resource] = [urgency()]
            if let bmi = assessment.bmi {
                let code = FHIRCodeableConcept(coding: [FHIRCoding(system: StandardCodes.loinc, code: "39156-5",
                                                                   display: "Body mass index (BMI) [Ratio]")])
                result.append(observation(code, FHIRValue(quantity: FHIRQuantity(value: bmi.doubleValue, unit: "kg/m2", code: "kg/m2")),
                                          category: "vital-signs"))
            }
            for finding in assessment.redFlags {
                result.append(observation(ours("red-flag-rule", finding.rule.rawValue, export.text.name(of: finding.rule)),
                                          FHIRValue(codeableConcept: tier(finding.tier))))
            }
            result.append(observation(ours("finding", "dxa-indicated", "Bone density scan (DXA) indicated"),
                                      FHIRValue(boolean: assessment.dxa.indicated)))
            result.append(observation(ours("finding", "spine-imaging-indicated", "Spine imaging indicated"),
                                      FHIRValue(boolean: assessment.spineImaging.indicated)))
            if let ost = assessment.ost {
                result.append(observation(ours("finding", "ost-index", "Osteoporosis Self-assessment Tool index"),
                                          FHIRValue(integer: ost.index),
                                          interpretation: ours("ost-category", ost.category.rawValue, ost.category.rawValue)))
            }
            if let tScore = assessment.tScoreClass {
                result.append(observation(ours("finding", "t-score-class", "Lowest T-score class"),
                                          FHIRValue(codeableConcept: ours("t-score-class", tScore.rawValue, tScore.rawValue))))
            }
            if let zScore = assessment.zScoreClass {
                result.append(observation(ours("finding", "z-score-class", "Lowest Z-score class"),
                                          FHIRValue(codeableConcept: ours("z-score-class", zScore.rawValue, zScore.rawValue))))
            }
            if let startBack = assessment.startBack {
                result.append(observation(ours("finding", "start-back-total", "STarT Back total score"),
                                          FHIRValue(integer: startBack.total),
                                          interpretation: ours("start-back-risk", startBack.risk.rawValue, startBack.risk.rawValue)))
            }
            for alert in assessment.medicationAlerts {
                result.append(observation(ours("medication-alert", alert.rule.rawValue, export.text.name(of: alert.rule)),
                                          FHIRValue(string: alert.medication + ": " + export.text.readableMessage(for: alert))))
            }
            return result
        }

        func tier(_ tier: UrgencyTier) -> FHIRCodeableConcept {
            ours("urgency", tier.rawValue, UrgencyOrder.label(tier))
        }

        /// The urgency of the review as a RiskAssessment based on the response.
        func urgency() -> FHIRBundle.Resource {
            .riskAssessment(FHIRRiskAssessment(
                status: export.findingStatus, code: ours("finding", "urgency", "Urgency of the back pain review"),
                subject: subject, occurrence: effective, basis: basis,
                outcome: ours("finding", "back-pain-review", "Review of the back pain"), risk: tier(assessment.urgency)))
        }
    }
}
