import Foundation
import Testing
@testable import IntakeModel

@Suite("Medication vocabulary")
struct MedicationVocabularyTests {
    @Test("the generated entries still match shared/spec/medication-names.json")
    func generatedMatchesShared() throws {
        guard let spec = SharedSpecFolder.spec,
              let data = try? Data(contentsOf: spec.appendingPathComponent("medication-names.json")) else {
            Issue.record("shared/spec/medication-names.json not found: generated vocabulary not compared")
            return
        }
        let file = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let shared = try #require(file["entries"] as? [[String: Any]])
        let bundled = MedicationVocabulary.bundled.entries
        #expect(bundled.count == shared.count)
        for (entry, expected) in zip(bundled, shared) {
            let generic = expected["generic"] as? String
            #expect(entry.generic == generic)
            #expect(Set(entry.classes.map(\.rawValue)) == Set(expected["classes"] as? [String] ?? []), "\(entry.generic)")
            #expect(entry.names == (expected["names"] as? [String] ?? []), "\(entry.generic)")
            let factor = entry.prednisoloneFactor.map { $0.denominator == 1 ? "\($0.numerator)" : "\($0.numerator)/\($0.denominator)" }
            #expect(factor == expected["prednisoloneFactor"] as? String, "\(entry.generic)")
            #expect(entry.defaultRoute?.rawValue == expected["defaultRoute"] as? String, "\(entry.generic)")
            #expect(entry.fixedRoute?.rawValue == expected["fixedRoute"] as? String, "\(entry.generic)")
        }
    }

    @Test("names match case-insensitively with white space collapsed; dose text in the name is not a match (spec 3.4)")
    func matching() {
        let vocabulary = MedicationVocabulary.bundled
        #expect(vocabulary.entry(named: "  PRILOSEC ")?.generic == "omeprazole")
        #expect(vocabulary.entry(named: "Prednisone 5mg daily") == nil)
        #expect(vocabulary.entry(named: "zoledronic   acid")?.generic == "zoledronic acid")
        #expect(vocabulary.entry(named: "turmeric capsules") == nil)
    }
}
