/// What the sheet needs beside the record and its assessment.
public struct SheetContext: Hashable, Sendable {
    /// The store's record ID (or the record's own `id` when printed from a file).
    public var recordID: String?
    /// The record's lifecycle status as the store names it (`draft`, `final`, ...).
    public var status: String
    /// From clinic.toml (`ClinicConfiguration`); "OsteoIntake clinic" by default.
    public var clinicName: String
    /// BCP 47 tag of the sheet's language; the patient's language when nil.
    public var language: String?

    public init(recordID: String? = nil, status: String, clinicName: String = ClinicConfiguration.defaultName,
                language: String? = nil) {
        self.recordID = recordID; self.status = status; self.clinicName = clinicName; self.language = language
    }
}

/// Number formats of the sheet: what was entered, without binary floating-point noise.
enum SheetFormat {
    /// 74 -> "74", 36.8 -> "36.8", 1.5 -> "1.5".
    static func number(_ value: Double) -> String {
        if value.rounded() == value && abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// A value the format rounds to 0.1 (BMI): 30 -> "30.0", 21.24 -> "21.2".
    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// A T- or Z-score with its sign: -2.3, +0.5, 0.
    static func score(_ value: Double) -> String {
        value > 0 ? "+" + number(value) : number(value)
    }

    /// Hundredths (canonical units) as a decimal with two places: 381 -> "3.81".
    static func hundredths(_ value: Int) -> String {
        let sign = value < 0 ? "-" : ""
        let magnitude = abs(value)
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
