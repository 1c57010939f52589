import TerminalUI

/// The T-score drawn on a bar from -4 to +2 with the WHO bands (clinical reference section 4):
/// osteoporosis at or below -2.5, osteopenia between -2.5 and -1.0, normal at -1.0 or above.
///
/// ```
/// -4        -2.5      -1              +2
/// |PPPPPPPPPPPPPPP|ppppppppp|nnnnnnnnnnnnnnn|
///                ^ -2.7
/// ```
struct TScoreBar {
    static let minimum = -4.0
    static let maximum = 2.0
    static let osteoporosisLimit = -2.5
    static let osteopeniaLimit = -1.0

    /// Cells of the bar (without the two end marks).
    let width: Int

    init(width: Int) { self.width = max(12, width) }

    /// The column (0-based within the bar) of a value, clamped to the bar.
    func column(of value: Double) -> Int {
        let clamped = min(Self.maximum, max(Self.minimum, value))
        let fraction = (clamped - Self.minimum) / (Self.maximum - Self.minimum)
        return min(width - 1, Int((fraction * Double(width - 1)).rounded()))
    }

    /// The band letter of each cell: `#` osteoporosis, `=` osteopenia, `-` normal.
    var barText: String {
        let porosis = column(of: Self.osteoporosisLimit)
        let penia = column(of: Self.osteopeniaLimit)
        return String((0..<width).map { cell -> Character in
            cell < porosis ? "#" : (cell < penia ? "=" : "-")
        })
    }

    /// The lines to draw: the scale, the bar, the marker under the value, and the band names.
    func lines(value: Double?, strings: ScreenStrings) -> [(String, Role)] {
        var scale = Array(repeating: Character(" "), count: width + 2)
        func put(_ text: String, at column: Int) {
            for (offset, character) in text.enumerated() where column + offset < scale.count && column + offset >= 0 {
                scale[column + offset] = character
            }
        }
        put("-4", at: 0)
        put(strings.decimal("-2.5"), at: column(of: Self.osteoporosisLimit) - 1)
        put("-1", at: column(of: Self.osteopeniaLimit))
        put("+2", at: width)
        var result: [(String, Role)] = [(String(scale), .muted), ("|" + barText + "|", .text)]
        if let value {
            let marker = String(repeating: " ", count: column(of: value) + 1) + "^ " + strings.decimal(IntakeFieldFactory.numberText(value))
            result.append((marker, .label))
        }
        let porosis = column(of: Self.osteoporosisLimit)
        let penia = column(of: Self.osteopeniaLimit)
        var names = Array(repeating: Character(" "), count: width + 2)
        func name(_ text: String, from: Int, to: Int) {
            let start = from + max(0, (to - from - text.count) / 2)
            for (offset, character) in text.enumerated() where start + offset < names.count { names[start + offset] = character }
        }
        name(strings(.screenSummaryBandOsteoporosis), from: 1, to: porosis + 1)
        name(strings(.screenSummaryBandOsteopenia), from: porosis + 1, to: penia + 1)
        name(strings(.screenSummaryBandNormal), from: penia + 1, to: width + 1)
        result.append((String(names), .muted))
        return result
    }
}
