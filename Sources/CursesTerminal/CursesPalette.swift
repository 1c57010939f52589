import CNCursesW
import TerminalUI

/// Theme roles turned into ncurses attributes and colour pairs (pair = role index + 1).
struct CursesPalette {
    private(set) var attributes: [Role: attr_t] = [:]
    private(set) var pairs: [Role: Int16] = [:]

    /// Sets up colour pairs for the theme on this terminal. `allowColor` is false with NO_COLOR.
    init(theme: Theme, allowColor: Bool) {
        var colors = 0
        if allowColor && has_colors() {
            start_color() // sets COLORS
            use_default_colors()
            colors = Int(osteo_colors())
        }
        for (i, role) in Role.allCases.enumerated() {
            let style = theme.style(role).adapted(toColors: colors, role: role)
            var a = osteo_a_normal()
            if style.bold { a |= osteo_a_bold() }
            if style.underline { a |= osteo_a_underline() }
            if style.reverse { a |= osteo_a_reverse() }
            if style.dim { a |= osteo_a_dim() }
            attributes[role] = a
            if colors >= 8 && (style.foreground != -1 || style.background != -1) {
                let pair = Int16(i + 1)
                init_pair(pair, Int16(style.foreground), Int16(style.background))
                pairs[role] = pair
            } else {
                pairs[role] = 0
            }
        }
    }
}
