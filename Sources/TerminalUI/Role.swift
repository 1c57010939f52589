/// What a cell means, not how it looks: a theme maps each role to colours and attributes.
/// `selection` is the bar across the row the cursor is on (the focused option, or the caption of
/// the focused field): reverse video in every built-in theme, as whiptail and huh draw it.
public enum Role: String, CaseIterable, Hashable, Sendable {
    case background, text, label, focus, error, warning, urgent, muted, border, selection
}
