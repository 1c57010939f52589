import Catalog
import IntakeModel
import IntakeSheet
import IntakeStore
import Testing

/// A cold trial printed Spanish sheets reading "riesgo high", "riesgo medium" and a record status
/// in English: words looked up by a key built from a code, with the code itself shown when the
/// catalog had none. Each is now a typed text, so a missing one fails to compile or fails here.
@Suite("A Spanish sheet has no English value words")
struct SpanishSheetWordsTests {
    func sheet(_ record: IntakeRecord, status: String, _ language: Language) -> String {
        var context = SheetContext(recordID: "R1", status: status, clinicName: "Clínica")
        context.language = language
        return TextSheetRenderer().render(IntakeSheet(record: record, context: context))
    }

    @Test("OST and STarT Back risks, sex and every record status are in Spanish", arguments: RecordStatus.allCases.map(\.rawValue) + ["file"])
    func spanishWords(_ status: String) throws {
        let (record, _) = try SessionExamples.fileAssessment("urgent-fracture")
        let spanish = sheet(record, status: status, .spanish)
        let english = sheet(record, status: status, .english)
        for word in ["riesgo high", "riesgo medium", "riesgo low", "riesgo moderate", "female"] {
            #expect(!spanish.contains(word), "\(word)")
        }
        #expect(spanish.contains("riesgo alto") && spanish.contains("riesgo medio"), "OST -5 is high, STarT Back 4/9 medium")
        let recordLine = { (text: String) in text.split(separator: "\n").first { $0.contains("R1") }.map(String.init) ?? "" }
        #expect(!recordLine(spanish).contains(status), "\(recordLine(spanish))")
        #expect(recordLine(spanish) != recordLine(english))
    }

    @Test("a clinic that has not named itself is 'Clínica OsteoIntake' on a Spanish sheet; a clinic's own name is printed as given")
    func defaultClinicName() throws {
        let (record, _) = try SessionExamples.fileAssessment("urgent-fracture")
        var context = SheetContext(recordID: "R1", status: "completed")
        context.language = .spanish
        let lines = { TextSheetRenderer().render(IntakeSheet(record: record, context: context)).split(separator: "\n") }
        #expect(lines().contains { $0.hasPrefix("Clínica OsteoIntake ") })
        #expect(!lines().contains { $0.contains("OsteoIntake clinic") })
        context.clinicName = "Riverside Spine Clinic"
        #expect(lines().contains { $0.hasPrefix("Riverside Spine Clinic ") })
    }
}

