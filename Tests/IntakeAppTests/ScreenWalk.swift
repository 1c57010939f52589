import TerminalUI
@testable import IntakeApp

/// The walk the screen sweeps share (no word cut, no English on a Spanish screen).
enum ScreenWalk {
    /// Every frame of a walk through the steps, the help of each field (F1, then Esc) included,
    /// then the summary scrolled to its end.
    static func framesWithHelp(_ pilot: inout Pilot<IntakeScreen>) -> [String] {
        var frames = [pilot.text]
        for _ in 0..<400 where pilot.model.currentStep != .summary {
            pilot.press(.function(1))
            frames.append(pilot.text)
            pilot.press(.escape)
            pilot.press(.tab)
            frames.append(pilot.text)
        }
        for _ in 0..<80 {
            pilot.press(.down)
            frames.append(pilot.text)
        }
        return frames
    }
}
