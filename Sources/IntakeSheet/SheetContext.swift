import Catalog
import Foundation

/// What the sheet needs beside the record and its assessment.
public struct SheetContext: Hashable, Sendable {
    /// The store's record ID (or the record's own `id` when printed from a file).
    public var recordID: String?
    /// The record's lifecycle status as the store names it (`in-progress`, `completed`, `signed`,
    /// `amended`; `file` for a record printed from a file).
    public var status: String
    /// From clinic.toml (`ClinicConfiguration`); "OsteoIntake clinic" by default.
    public var clinicName: String
    /// The sheet's language; the intake's (the record's `patient.language`) when nil.
    public var language: Language?
    /// Who signed the record and when (the store's signature of a signed record); nil leaves the
    /// signature lines blank, to sign by hand.
    public var signature: SheetSignature?
    /// The time zone the signing time is printed in (the machine's own by default).
    public var timeZone: TimeZone
    /// Emergency alerts a member of staff acknowledged on this record (from its audit trail), so the
    /// clinician holding the sheet knows who was told and when.
    public var alertAcknowledgements: [SheetAlertAcknowledgement] = []

    public init(recordID: String? = nil, status: String, clinicName: String = ClinicConfiguration.defaultName,
                language: Language? = nil, signature: SheetSignature? = nil, timeZone: TimeZone = .current) {
        self.recordID = recordID; self.status = status; self.clinicName = clinicName; self.language = language
        self.signature = signature; self.timeZone = timeZone
    }

    /// A draft: a stored record not signed: still being filled in (`in-progress`), finished and
    /// waiting for a clinician's signature (`completed`), or amended and not yet signed again.
    /// Its sheet says DRAFT on every page. A record printed from a file has no signature to
    /// wait for and carries no mark.
    public var isDraft: Bool { status == "in-progress" || status == "completed" || status == "amended" }
}

/// The signature a record carries: the staff member's name (or initials) and the time.
public struct SheetSignature: Hashable, Sendable {
    public var name: String
    public var signedAt: Date
    public init(name: String, signedAt: Date) { self.name = name; self.signedAt = signedAt }
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

    /// A moment as an ISO date and a 24-hour time in a time zone: ("2026-12-06", "14:05").
    static func dateAndTime(_ date: Date, in timeZone: TimeZone) -> (date: String, time: String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String { let value = value ?? 0; return value < 10 ? "0\(value)" : String(value) }
        return ("\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day))", "\(two(parts.hour)):\(two(parts.minute))")
    }

    /// Hundredths (canonical units) as a decimal with two places: 381 -> "3.81".
    static func hundredths(_ value: Int) -> String {
        let sign = value < 0 ? "-" : ""
        let magnitude = abs(value)
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}

/// An emergency alert a member of staff acknowledged: its rule IDs, who and when.
public struct SheetAlertAcknowledgement: Hashable, Sendable {
    public var rules: [String]
    public var name: String
    public var at: Date
    public init(rules: [String], name: String, at: Date) { self.rules = rules; self.name = name; self.at = at }
}
