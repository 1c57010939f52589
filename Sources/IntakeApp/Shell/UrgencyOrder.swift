import Assessment
import IntakeStore

/// Stored intakes with what the assessment makes of them, emergencies first: the home screen and
/// `intake list` show them in this order (then urgent, red-flag screens not done, routine; the
/// store's order within each). A record that cannot be read counts as not screened, never routine.
/// The urgency is the one the store keeps with each record (`ListedUrgency`): no record is read.
public enum UrgencyOrder {
    public struct Row: Sendable {
        public var summary: RecordSummary
        public var urgency: UrgencyTier { summary.urgency.tier }
    }

    public static func rows(_ summaries: [RecordSummary]) -> [Row] {
        summaries.map(Row.init).enumerated().sorted { a, b in
            a.element.urgency != b.element.urgency ? a.element.urgency > b.element.urgency : a.offset < b.offset
        }.map(\.element)
    }

    /// "EMERGENCY", "URGENT", "NOT SCREENED", "ROUTINE" in the screens' words.
    public static func label(_ urgency: UrgencyTier, strings: ScreenStrings = ScreenStrings()) -> String {
        strings.text("urgency", urgency.rawValue)
    }
}
