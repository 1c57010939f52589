import Catalog
import IntakeModel

/// The small back map: the body seen from behind, painful regions filled in.
public struct SheetBackMap: Hashable, Sendable {
    public var painful: [PainLocation]
    public var radiation: Radiation?
    public init(painful: [PainLocation], radiation: Radiation?) { self.painful = painful; self.radiation = radiation }

    /// Figure rows; a letter stands for a region and becomes `#` when painful, `.` when not.
    /// Seen from behind, so the patient's left is on the reader's left.
    static let figure: [String] = [
        "     ( )     ",
        "     |n|     ",
        "  /|uuuuu|\\  ",
        " / |cmmmc| \\ ",
        "   |lllll|   ",
        "   |bb|bb|   ",
        "   hh   hh   ",
        "   LL   RR   ",
        "   LL   RR   ",
    ]
    static let regions: [Character: PainLocation] = [
        "n": .neck, "u": .upperBack, "c": .chestOrRibs, "m": .midBack, "l": .lowerBack, "b": .buttock, "h": .hipOrGroin,
    ]

    /// The figure with painful regions as `#` and leg radiation as `|`.
    public var figureRows: [String] {
        let legs: (left: Bool, right: Bool) = switch radiation {
        case .leftLeg: (true, false)
        case .rightLeg: (false, true)
        case .bothLegs: (true, true)
        default: (false, false)
        }
        return SheetBackMap.figure.map { row in
            String(row.map { character -> Character in
                if let region = SheetBackMap.regions[character] { return painful.contains(region) ? "#" : "." }
                if character == "L" { return legs.left ? "|" : " " }
                if character == "R" { return legs.right ? "|" : " " }
                return character
            })
        }
    }
}

/// The T-score bar: a scale from -4 to +2 SD with the WHO bands (clinical reference section 4:
/// osteoporosis <= -2.5, osteopenia < -1.0 and > -2.5, normal >= -1.0) and a marker at the score.
public struct SheetTScoreBar: Hashable, Sendable {
    public static let lowest = -4.0
    public static let highest = 2.0
    /// Columns of the bar per standard deviation: 6 SD x 10 = 60 columns.
    public static let columnsPerSD = 10

    public var score: Double?
    public init(score: Double?) { self.score = score }

    static var barWidth: Int { Int((highest - lowest) * Double(columnsPerSD)) }

    /// Offset (0..<barWidth) of a score on the bar, clamped to the ends.
    static func offset(of score: Double) -> Int {
        let raw = Int(((score - lowest) * Double(columnsPerSD)).rounded())
        return min(max(raw, 0), barWidth - 1)
    }

    /// The band a score lies in (`tscore.band.*`): osteoporosis at or below -2.5, osteopenia
    /// below -1.0, normal from -1.0.
    /// The band's name, as printed under the bar.
    static func band(of score: Double) -> TextKey {
        score <= -2.5 ? .sheetTscoreBandOsteoporosis : score < -1.0 ? .sheetTscoreBandOsteopenia : .sheetTscoreBandNormal
    }

    static var osteopeniaOffset: Int { offset(of: -2.5) }
    static var normalOffset: Int { offset(of: -1.0) }

    /// The bar itself: `#` osteoporosis, `+` osteopenia, `.` normal.
    static var barText: String {
        (0..<barWidth).map { column -> String in
            column < osteopeniaOffset ? "#" : column < normalOffset ? "+" : "."
        }.joined()
    }
}

/// Height lost since the tallest adult height, as a bar from 0 to 8 cm with a line at the 4 cm
/// mark of the clinical reference (section on spine imaging: historical height loss of 4 cm).
public struct SheetHeightLossBar: Hashable, Sendable {
    public static let highestCm = 8.0
    public static let thresholdCm = 4.0
    /// Columns of the bar per centimetre: 8 cm x 5 = 40 columns.
    public static let columnsPerCm = 5

    public var lossCm: Double
    public init(lossCm: Double) { self.lossCm = lossCm }

    static var barWidth: Int { Int(highestCm) * columnsPerCm }
    static var thresholdOffset: Int { Int(thresholdCm) * columnsPerCm }

    /// Columns filled (0...barWidth): the loss, clamped to the scale.
    var filled: Int { min(max(Int((lossCm * Double(SheetHeightLossBar.columnsPerCm)).rounded()), 0), SheetHeightLossBar.barWidth) }

    /// `#` lost, `.` not, `|` at the 4 cm mark.
    var barText: String {
        String((0..<SheetHeightLossBar.barWidth).map { column -> Character in
            column == SheetHeightLossBar.thresholdOffset ? "|" : column < filled ? "#" : "."
        })
    }
}
