import Assessment
import Foundation
import IntakeModel
import Testing

/// `IntakeAssessment.encode(to:)` writes its nested findings in place for speed; these tests pin
/// that each part comes out byte for byte as the part's own `Codable` writes it.
@Suite("The assessment JSON writes every part as the part's own encoding does")
struct AssessmentEncodingTests {
    static let full = IntakeAssessment(
        id: "enc-1", source: "stdin:3", age: 71, urgency: .urgent,
        redFlags: [RedFlagFinding(rule: .ces, tier: .emergency, because: [.saddleNumbness, .urinaryRetention]),
                   RedFlagFinding(rule: .neuro, tier: .urgent, because: [])],
        dxa: DXAEligibility(rules: [.femaleAge65, .boneLossCause], report: .tScore),
        spineImaging: SpineImagingEligibility(rules: [.historicalHeightLoss, .glucocorticoid]),
        ost: OSTResult(index: -3, category: .moderate), tScoreClass: .osteoporosis, zScoreClass: .belowExpectedRange,
        bmi: FixedDecimal(units: 212, places: 1),
        heightLossCm: HeightLoss(historical: FixedDecimal(units: 600, places: 2), prospective: nil),
        medicationAlerts: [MedicationAlert(rule: .denosumabStop, medication: "Prolia 60 mg", notes: [.overdue, .wantsToStop])],
        recommendations: [.dxa, .emergency]
    )

    static func sortedJSON<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test("red flags, DXA, spine imaging, height loss and medication alerts match their own encodings")
    func nestedParts() throws {
        let json = try Self.sortedJSON(Self.full)
        let assessment = Self.full
        #expect(json.contains("\"redFlags\":" + (try Self.sortedJSON(assessment.redFlags)) + ","))
        #expect(json.contains("\"dxa\":" + (try Self.sortedJSON(assessment.dxa)) + ","))
        #expect(json.contains("\"spineImaging\":" + (try Self.sortedJSON(assessment.spineImaging)) + ","))
        #expect(json.contains("\"heightLossCm\":{\"historical\":6,\"prospective\":null}"))
        #expect(json.contains("\"heightLossCm\":" + (try Self.sortedJSON(assessment.heightLossCm)) + ","))
        #expect(json.contains("\"medicationAlerts\":" + (try Self.sortedJSON(assessment.medicationAlerts)) + ","))
    }

    @Test("enumerations, numbers and cost estimates are written as their own encodings, nulls explicit")
    func leaves() throws {
        let json = try Self.sortedJSON(Self.full)
        #expect(json.contains("\"age\":71,"))
        #expect(json.contains("\"urgency\":\"urgent\","))
        #expect(json.contains("\"tScoreClass\":\"osteoporosis\","))
        #expect(json.contains("\"zScoreClass\":\"below-expected-range\"}") || json.contains("\"zScoreClass\":\"below-expected-range\","))
        #expect(json.contains("\"bmi\":21.2,"))
        let cost = try #require(RecommendationID.dxa.costEstimate)
        #expect(json.contains("\"costEstimate\":" + (try Self.sortedJSON(cost))))
        let empty = try Self.sortedJSON(IntakeAssessment())
        #expect(empty.contains("\"age\":null,") && empty.contains("\"bmi\":null,") && empty.contains("\"tScoreClass\":null,"))
        #expect(empty.contains("\"heightLossCm\":{\"historical\":null,\"prospective\":null}"))
    }

    @Test("the assessment decodes back to the same value")
    func roundTrip() throws {
        let data = try JSONEncoder().encode(Self.full)
        #expect(try JSONDecoder().decode(IntakeAssessment.self, from: data) == Self.full)
    }
}
