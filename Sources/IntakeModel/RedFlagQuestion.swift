/// The fifteen yes/no questions of the red-flag screen (format spec section 3.6, every key but
/// `temperature`), in the format's order. The screen is done only when every one of them was
/// asked (answered yes or no); otherwise the urgency is `not-screened` (section 6.1) and each
/// question left out gets the warning `not-asked` (section 8.3).
public enum RedFlagQuestion: String, CaseIterable, Sendable {
    case saddleNumbness, urinaryRetention, urinaryIncontinence, faecalIncontinence, bilateralSciatica
    case sexualDysfunction, legWeakness, gaitDisturbance, unexplainedWeightLoss, feverOrRigors
    case ivDrugUse, recentInfectionOrProcedure, immunosuppressed, pulsatileAbdominalMass, collapseOrHypotension

    /// The JSON Pointer of the answer in a record (`/redFlags/saddleNumbness`).
    public var pointer: String { "/redFlags/" + rawValue }

    /// The answer in `flags`; nil when the question was not asked.
    public func answer(in flags: RedFlags?) -> Bool? {
        guard let flags else { return nil }
        switch self {
        case .saddleNumbness: return flags.saddleNumbness
        case .urinaryRetention: return flags.urinaryRetention
        case .urinaryIncontinence: return flags.urinaryIncontinence
        case .faecalIncontinence: return flags.faecalIncontinence
        case .bilateralSciatica: return flags.bilateralSciatica
        case .sexualDysfunction: return flags.sexualDysfunction
        case .legWeakness: return flags.legWeakness
        case .gaitDisturbance: return flags.gaitDisturbance
        case .unexplainedWeightLoss: return flags.unexplainedWeightLoss
        case .feverOrRigors: return flags.feverOrRigors
        case .ivDrugUse: return flags.ivDrugUse
        case .recentInfectionOrProcedure: return flags.recentInfectionOrProcedure
        case .immunosuppressed: return flags.immunosuppressed
        case .pulsatileAbdominalMass: return flags.pulsatileAbdominalMass
        case .collapseOrHypotension: return flags.collapseOrHypotension
        }
    }

    /// The questions `flags` leaves unanswered, in the format's order.
    public static func unasked(in flags: RedFlags?) -> [RedFlagQuestion] {
        allCases.filter { $0.answer(in: flags) == nil }
    }

    /// The question whose answer lives at `pointer`, if any.
    public init?(pointer: String) {
        guard pointer.hasPrefix("/redFlags/") else { return nil }
        self.init(rawValue: String(pointer.dropFirst("/redFlags/".count)))
    }
}
