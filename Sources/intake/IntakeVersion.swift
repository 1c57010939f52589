/// The program's version: the one place it is written. `intake --version` prints `line`.
enum IntakeVersion {
    static let number = "0.1.0"
    static let line = "intake (OsteoIntake) \(number)"
}
