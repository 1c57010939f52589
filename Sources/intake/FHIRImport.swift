import Foundation
import IntakeModel
import Questionnaire

/// `intake import` of FHIR: a QuestionnaireResponse of our questionnaire, or a Bundle holding one,
/// becomes the osteo-intake/1 record it answers before the usual checks, so a response filled in
/// elsewhere is imported and assessed like any record. Anything else passes through unchanged.
enum FHIRImport {
    static func recordData(_ data: Data, file: String) throws -> Data {
        guard FHIRResponseReader.resourceType(of: data) != nil else { return data }
        do {
            let record = try FHIRResponseReader.record(from: data)
            return try JSONEncoder().encode(record)
        } catch let problem as FHIRReadProblem {
            throw InputFileError(message: StoreCommandText.importProblem.text(
                ["file": file, "field": "FHIR", "message": problem.message(in: StaffText.language)]) + "\n" + StoreCommandText.nothingImported.text())
        }
    }
}
