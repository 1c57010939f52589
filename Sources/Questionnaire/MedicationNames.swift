import IntakeModel

/// The name the FHIR export sends for a medication: the bundled vocabulary's generic name, spelt as
/// RxNorm spells its ingredients (US adopted names: acetaminophen for paracetamol), so an EHR can
/// match it. A name the vocabulary does not know is sent as typed. The RxNorm ingredient code, where
/// one is confirmed, is ``StandardCodes/rxNormIngredient(forSent:)`` (see the article "Standard codes").
public enum MedicationNames {
    /// Vocabulary generics whose RxNorm ingredient name is spelt differently (INN or British
    /// spelling -> US adopted name). Every other generic is sent as the vocabulary spells it.
    public static let rxNormSpelling: [String: String] = [
        "paracetamol": "acetaminophen",
        "beclometasone": "beclomethasone",
        "ciclosporin": "cyclosporine",
        "colecalciferol": "cholecalciferol",
        "chlorphenamine": "chlorpheniramine",
        "chlortalidone": "chlorthalidone",
        "leuprorelin": "leuprolide",
        "pethidine": "meperidine",
    ]

    /// Every generic name the export may send, in vocabulary order, once each: the open-choice
    /// options of `medications.name` in the FHIR Questionnaire.
    public static let sentGenericNames: [String] = {
        var seen = Set<String>()
        return MedicationVocabulary.bundled.entries.map { rxNormSpelling[$0.generic] ?? $0.generic }.filter { seen.insert($0).inserted }
    }()

    /// The generic name to send for `typed`, or nil when the vocabulary does not know the name.
    public static func genericName(forTyped typed: String, vocabulary: MedicationVocabulary = .bundled) -> String? {
        guard let entry = vocabulary.entry(named: typed) else { return nil }
        return rxNormSpelling[entry.generic] ?? entry.generic
    }

    /// The vocabulary's own generic for a name sent by `genericName(forTyped:)` (acetaminophen ->
    /// paracetamol); any other name unchanged.
    public static func vocabularyName(forSent sent: String) -> String {
        rxNormSpelling.first { $0.value == sent }?.key ?? sent
    }
}
