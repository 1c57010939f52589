import ArgumentParser

struct StoreBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "store")

    func run() throws {
        throw ValidationError("the store benchmark is not built yet")
    }
}
