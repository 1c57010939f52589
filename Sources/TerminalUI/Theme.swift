/// How a role looks: colours as terminal colour numbers (-1 is the terminal's own default,
/// 0-7 the ANSI colours, 8-15 their bright forms, 16-255 the xterm 256-colour palette) and
/// attributes.
public struct RoleStyle: Hashable, Sendable {
    public var foreground: Int
    public var background: Int
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool

    public init(foreground: Int = -1, background: Int = -1, bold: Bool = false, underline: Bool = false,
                reverse: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }

    /// The style on a terminal with `colors` colours (0: none). Bright colours fall back to
    /// their base colour on 8-colour terminals; palette colours to the terminal default.
    public func adapted(toColors colors: Int, role: Role) -> RoleStyle {
        guard colors >= 8 else { return Self.monochrome(role, keeping: self) }
        var s = self
        s.foreground = Self.fallback(foreground, colors)
        s.background = Self.fallback(background, colors)
        return s
    }

    static func fallback(_ c: Int, _ colors: Int) -> Int {
        if c < colors { return c }
        if c < 16 { return c - 8 }
        return -1
    }

    /// Without colour, meaning is carried by attributes (NO_COLOR, monochrome terminals).
    public static func monochrome(_ role: Role, keeping s: RoleStyle) -> RoleStyle {
        var m = RoleStyle(bold: s.bold, underline: s.underline, reverse: s.reverse, dim: s.dim)
        switch role {
        case .focus, .urgent: m.reverse = true; m.bold = true
        case .selection: m.reverse = true
        case .error, .warning, .label: m.bold = true
        case .muted: m.dim = true
        default: break
        }
        return m
    }
}

/// A theme: a name and a style for each role. `Theme.builtIn` needs no file.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var styles: [Role: RoleStyle]

    public init(name: String, styles: [Role: RoleStyle]) {
        self.name = name
        self.styles = styles
    }

    public func style(_ role: Role) -> RoleStyle { styles[role] ?? styles[.text] ?? RoleStyle() }

    /// The default theme. Text in fields uses the terminal's own colours and no attribute, so
    /// a typed key costs one byte on the wire.
    public static let builtIn = Theme(name: "default", styles: [
        .background: RoleStyle(),
        .text: RoleStyle(),
        .label: RoleStyle(foreground: 6),
        .focus: RoleStyle(foreground: 3, bold: true),
        .error: RoleStyle(foreground: 9, bold: true),
        .warning: RoleStyle(foreground: 3),
        .urgent: RoleStyle(foreground: 15, background: 1, bold: true),
        .muted: RoleStyle(foreground: 8),
        .border: RoleStyle(foreground: 4),
        .selection: RoleStyle(reverse: true),
    ])

    /// No colour at all: attributes only.
    public static let monochrome = Theme(name: "monochrome", styles: Dictionary(uniqueKeysWithValues:
        Role.allCases.map { ($0, RoleStyle.monochrome($0, keeping: RoleStyle())) }))

    /// Colour names accepted in theme files, besides numbers 0-255 and "default".
    public static let colorNames: [String: Int] = [
        "default": -1, "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6,
        "white": 7, "bright-black": 8, "gray": 8, "grey": 8, "bright-red": 9, "bright-green": 10,
        "bright-yellow": 11, "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15,
    ]
}
