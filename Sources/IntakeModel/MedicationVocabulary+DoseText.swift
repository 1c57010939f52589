import Foundation

/// Dose text typed after a medication name at the front desk ("Prednisone 5mg daily").
///
/// The record format (spec section 3.4) wants the strength in `doseMgPerDay`, not in the name, and
/// the engine matches names exactly. The intake screens therefore tolerate dose text where it is
/// typed: a known name followed by a daily dose in mg is split into the name as typed and the dose,
/// so the rules can use it and nothing typed is lost. Anything else after a known name (a weekly
/// dose, "2 puffs") is left in the name untouched, and the summary lists it as unrecognised.
public struct EnteredMedicationName: Hashable, Sendable {
    /// The name part, as the front desk typed it ("Prednisone").
    public var name: String
    /// The dictionary entry the name part means.
    public var entry: MedicationEntry
    /// mg per day read from the dose text.
    public var doseMgPerDay: Double
}

extension MedicationVocabulary {
    /// Words that may follow "N mg" and still mean "per day" (English, then Spanish).
    static let dailyWords: Set<String> = ["daily", "a day", "per day", "/day", "od", "qd", "once daily", "each day", "every day",
                                          "al día", "al dia", "por día", "por dia", "diario", "diarios", "cada día", "cada dia"]

    /// Splits "Prednisone 5mg daily", "prednisolone 7.5 mg" or "prednisona 7,5 mg al día" into a known
    /// name (a Spanish generic name too, `SpanishMedicationNames`) and a daily dose in mg; nil when
    /// the text is a plain name, the name part is unknown, or the dose text says anything else.
    public func splitDoseText(_ typed: String) -> EnteredMedicationName? {
        let words = typed.split(whereSeparator: { $0.isWhitespace })
        guard words.count >= 2 else { return nil }
        for cut in stride(from: words.count - 1, through: 1, by: -1) {
            guard let first = words[cut].first, first.isNumber else { continue }
            let namePart = words[..<cut].joined(separator: " ")
            guard let entry = entry(named: namePart) ?? SpanishMedicationNames.canonical(namePart).flatMap(entry(named:)),
                  let dose = MedicationVocabulary.dailyMilligrams(words[cut...].joined(separator: " ")) else { continue }
            return EnteredMedicationName(name: namePart, entry: entry, doseMgPerDay: dose)
        }
        return nil
    }

    /// "5mg", "5 mg daily", "7.5 mg/day", "7,5 mg al día" -> the number; nil for anything else, a
    /// possible thousands separator included ("1,250 mg": `TypedNumber`).
    static func dailyMilligrams(_ text: String) -> Double? {
        var rest = Substring(text.lowercased())
        let number = rest.prefix { $0.isNumber || $0 == "." || $0 == "," }
        guard case .success(let value) = TypedNumber.decimal(String(number), commaIsDecimalMark: false) else { return nil }
        rest = rest.dropFirst(number.count).drop { $0 == " " }
        guard rest.hasPrefix("mg") else { return nil }
        rest = rest.dropFirst(2)
        let tail = rest.trimmingCharacters(in: .whitespaces)
        guard tail.isEmpty || dailyWords.contains(tail) else { return nil }
        return value
    }
}
