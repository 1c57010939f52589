/// Medication alerts (format spec section 6.7, clinical reference section 10.5).

public enum AlertPriority: String, Codable, CaseIterable, Sendable { case high, standard }

/// Medication alert rule IDs, declared in output order: high priority first, then standard, each
/// group in the order of the format's table.
public enum MedicationAlertRule: String, OrderedCode {
    // high
    case denosumabStop = "MA-DMAB-STOP"
    case denosumabKidney = "MA-DMAB-CKD"
    case bisphosphonateRenal = "MA-BP-RENAL"
    case bisphosphonateGI = "MA-BP-GI"
    case hypocalcaemia = "MA-HYPOCA"
    case atypicalFemoralFracture = "MA-AFF"
    case romosozumabCardiovascular = "MA-ROMO-CV"
    case pthOsteosarcoma = "MA-PTH-OSTEO"
    case venousThromboembolism = "MA-VTE"
    // standard
    case glucocorticoid = "MA-GC"
    case boneLoss = "MA-BONELOSS"
    case fractureAssociated = "MA-ASSOC"
    case osteonecrosisOfJaw = "MA-ONJ"
    case bisphosphonateDuration = "MA-BP-DURATION"
    case pthDuration = "MA-PTH-DURATION"
    case anticoagulant = "MA-ANTICOAG"
    case falls = "MA-FALLS"

    public var priority: AlertPriority {
        switch self {
        case .denosumabStop, .denosumabKidney, .bisphosphonateRenal, .bisphosphonateGI, .hypocalcaemia,
             .atypicalFemoralFracture, .romosozumabCardiovascular, .pthOsteosarcoma, .venousThromboembolism:
            return .high
        default:
            return .standard
        }
    }

    /// The fixed message of the format (English).
    public var message: String { AssessmentText.english.message(for: self) }
}

public enum MedicationAlertNote: String, OrderedCode {
    case gcHighDose = "gc-high-dose"
    case wantsToStop = "wants-to-stop"
    case overdue
    case eventWithin12Months = "event-within-12-months"
    case eventDateUnknown = "event-date-unknown"
    case eventOver12MonthsAgo = "event-over-12-months-ago"
    case beersThreeCNSActive = "beers-three-cns-active"
    case beersOpioidBenzodiazepine = "beers-opioid-benzodiazepine"
    case beersOpioidGabapentinoid = "beers-opioid-gabapentinoid"
}

/// One alert: the rule, the medicines that triggered it (names as entered, record order, joined
/// with ", ") and any notes.
public struct MedicationAlert: Hashable, Sendable, Codable {
    public var rule: MedicationAlertRule
    public var medication: String
    public var notes: CodeList<MedicationAlertNote>

    public var priority: AlertPriority { rule.priority }
    public var message: String { rule.message }

    public init(rule: MedicationAlertRule, medication: String, notes: CodeList<MedicationAlertNote> = CodeList()) {
        self.rule = rule
        self.medication = medication
        self.notes = notes
    }

    enum CodingKeys: String, CodingKey { case rule, priority, medication, message, notes }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(rule: try container.decode(MedicationAlertRule.self, forKey: .rule),
                  medication: try container.decode(String.self, forKey: .medication),
                  notes: try container.decode(CodeList<MedicationAlertNote>.self, forKey: .notes))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rule, forKey: .rule)
        try container.encode(priority, forKey: .priority)
        try container.encode(medication, forKey: .medication)
        try container.encode(message, forKey: .message)
        try container.encode(notes, forKey: .notes)
    }
}
