import IntakeModel

extension IntakeItems {
    private static func lab<T: AnswerConvertible>(_ key: String, _ field: WritableKeyPath<Labs, T?> & Sendable) -> ItemBinding {
        RecordFields.field("/labs/" + key, \.labs, field)
    }

    private static func scan<T: AnswerConvertible>(_ key: String, _ field: WritableKeyPath<BoneDensity, T?> & Sendable) -> ItemBinding {
        RecordFields.field("/boneDensity/" + key, \.boneDensity, field)
    }

    /// Bone density and labs (staff), and the dental questions the patient answers.
    static let boneDensityAndLabs: [QuestionItem] = [
        .number("boneDensity.lowestTScore", .decimal, scan("lowestTScore", \.lowestTScore),
                limit: IntakeLimits.tScore, audience: .staff),
        .number("boneDensity.lowestZScore", .decimal, scan("lowestZScore", \.lowestZScore),
                limit: IntakeLimits.zScore, audience: .staff),
        .choice("boneDensity.site", BoneDensitySite.self, scan("site", \.site), audience: .staff),
        .date("boneDensity.date", scan("date", \.date), audience: .staff),
        .number("labs.egfr", .decimal, lab("egfr", \.egfr), limit: IntakeLimits.kidneyFunction, audience: .staff),
        .number("labs.creatinineClearance", .decimal, lab("creatinineClearance", \.creatinineClearance),
                limit: IntakeLimits.kidneyFunction, audience: .staff),
        .yesNo("labs.dialysis", lab("dialysis", \.dialysis), audience: .staff),
        .yesNo("labs.hypocalcaemia", lab("hypocalcaemia", \.hypocalcaemia), audience: .staff),
        .yesNo("labs.vitaminDDeficient", lab("vitaminDDeficient", \.vitaminDDeficient), audience: .staff),
        .yesNo("labs.tshSuppressed", lab("tshSuppressed", \.tshSuppressed), audience: .staff),
        .yesNo("labs.alpRaisedUnexplained", lab("alpRaisedUnexplained", \.alpRaisedUnexplained), audience: .staff),
        .yesNo("history.plannedDentalSurgery",
               RecordFields.field("/history/plannedDentalSurgery", \.history, \.plannedDentalSurgery)),
        .yesNo("history.poorDentalHealth",
               RecordFields.field("/history/poorDentalHealth", \.history, \.poorDentalHealth)),
    ]
}
