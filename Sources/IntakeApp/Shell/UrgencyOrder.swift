import Assessment
import IntakeStore

/// Stored intakes with what the assessment makes of them, emergencies first: the home screen and
/// `intake list` show them in this order (then urgent, red-flag screens not done, routine; the
/// store's order within each). A record that cannot be read counts as not screened, never routine.
public enum UrgencyOrder {
    public struct Row: Sendable {
        public var summary: RecordSummary
        public var assessment: IntakeAssessment?
        public var urgency: UrgencyTier { assessment?.urgency ?? .notScreened }
    }

    public static func rows(_ summaries: [RecordSummary], engine: AssessmentEngine = AssessmentEngine()) -> [Row] {
        let assessed = summaries.map { Row(summary: $0, assessment: $0.record.map { engine.assess($0) }) }
        return assessed.enumerated().sorted { a, b in
            a.element.urgency != b.element.urgency ? a.element.urgency > b.element.urgency : a.offset < b.offset
        }.map(\.element)
    }

    /// "EMERGENCY", "URGENT", "NOT SCREENED", "ROUTINE" in the screens' words.
    public static func label(_ urgency: UrgencyTier, strings: ScreenStrings = ScreenStrings()) -> String {
        strings.text("urgency", urgency.rawValue)
    }
}
