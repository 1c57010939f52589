/// What a cell means, not how it looks: a theme maps each role to colours and attributes.
public enum Role: String, CaseIterable, Hashable, Sendable {
    case background, text, label, focus, error, warning, urgent, muted, border
}
