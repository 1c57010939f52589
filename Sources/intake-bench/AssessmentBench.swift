import ArgumentParser

struct AssessmentBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "assessment")

    func run() throws {
        throw ValidationError("the assessment benchmark is not built yet")
    }
}
