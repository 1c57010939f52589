import Foundation
import Questionnaire
import Testing

/// The SNOMED CT check digit (Verhoeff, over the whole identifier), as the SNOMED CT Technical
/// Implementation Guide defines it: a mistyped or transposed digit fails.
enum SnomedCheckDigit {
    static let multiplication: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ]
    static let permutation: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ]

    /// True when `id` is 6 to 18 digits of a concept identifier with a valid check digit: partition
    /// 00 (the International Edition) or 10 (an extension's namespace, as the US Edition's
    /// 445501000124107 in namespace 1000124).
    static func isValidConceptId(_ id: String) -> Bool {
        let digits = id.compactMap(\.wholeNumberValue)
        guard digits.count == id.count, (6...18).contains(digits.count), id.first != "0",
              ["00", "10"].contains(id.dropLast().suffix(2)) else { return false }
        var check = 0
        for (position, digit) in digits.reversed().enumerated() {
            check = multiplication[check][permutation[position % 8][digit]]
        }
        return check == 0
    }
}

@Suite("Every standard code is well formed and documented where the export uses it")
struct FHIRStandardCodeChecksTests {
    var snomedCodes: [String: String] {
        var codes: [String: String] = [:]
        for (linkId, coding) in StandardCodes.items where coding.system == StandardCodes.snomed { codes[linkId] = coding.code }
        for (linkId, options) in StandardCodes.options {
            for (ours, coding) in options where coding.system == StandardCodes.snomed { codes[linkId + "=" + ours] = coding.code }
        }
        return codes
    }

    @Test("every SNOMED CT ID the export sends passes its Verhoeff check digit")
    func snomedCheckDigits() {
        #expect(snomedCodes.count >= 35)
        for (place, code) in snomedCodes {
            #expect(SnomedCheckDigit.isValidConceptId(code), "\(place): \(code) fails the SNOMED CT check digit")
        }
    }

    @Test("the check digit test catches a mistyped or transposed digit and a description ID")
    func checkDigitRejectsMistakes() {
        #expect(SnomedCheckDigit.isValidConceptId("414564002"))     // Kyphosis deformity of spine
        #expect(!SnomedCheckDigit.isValidConceptId("414564003"))    // last digit changed
        #expect(!SnomedCheckDigit.isValidConceptId("441564002"))    // two digits swapped
        #expect(!SnomedCheckDigit.isValidConceptId("22253001"))     // a made-up "Pain" code seen in a public value set
        #expect(!SnomedCheckDigit.isValidConceptId("750827015"))    // a description ID (partition 01), not a concept
        #expect(SnomedCheckDigit.isValidConceptId("445501000124107"))   // an extension's concept (partition 10)
        #expect(!SnomedCheckDigit.isValidConceptId("445501000124108"))  // the same, last digit changed
    }

    /// The "RxNorm ingredient codes" table of the article: sent generic -> (RXCUI, ingredient).
    static func documentedRxNorm() throws -> [String: (code: String, ingredient: String)] {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Questionnaire/Questionnaire.docc/StandardCodes.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        let section = try #require(text.components(separatedBy: "### RxNorm ingredient codes").dropFirst().first)
        var rows: [String: (code: String, ingredient: String)] = [:]
        for line in section.split(separator: "\n") where line.hasPrefix("| ") && !line.hasPrefix("| sent generic") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 3, cells[1].allSatisfy(\.isNumber) else { continue }
            #expect(rows[cells[0]] == nil, "\(cells[0]) is listed twice")
            rows[cells[0]] = (cells[1], cells[2])
        }
        return rows
    }

    @Test("the article's RxNorm table and the export's codes are the same, for names the export sends")
    func rxNormTableMatchesTheCode() throws {
        let documented = try Self.documentedRxNorm()
        #expect(documented.count == 172)
        #expect(Set(documented.keys) == Set(StandardCodes.rxNormIngredients.keys))
        for (generic, coding) in StandardCodes.rxNormIngredients {
            #expect(coding.system == "http://www.nlm.nih.gov/research/umls/rxnorm")
            #expect(documented[generic]?.code == coding.code && documented[generic]?.ingredient == coding.display, "\(generic)")
            #expect(!coding.code.isEmpty && coding.code.allSatisfy(\.isNumber), "\(generic): \(coding.code)")
            #expect(MedicationNames.sentGenericNames.contains(generic), "\(generic) is never sent")
        }
        #expect(documented["alendronate"]?.code == "46041")
        #expect(documented["acetaminophen"]?.code == "161")
        #expect(documented["paracetamol"] == nil, "codes are keyed by the name sent, acetaminophen")
        #expect(StandardCodes.rxNormIngredient(forSent: "denosumab") == nil, "no confirmed RXCUI")
    }
}
