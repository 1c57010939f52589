import ArgumentParser

struct SheetBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sheet")

    func run() throws {
        throw ValidationError("the sheet benchmark is not built yet")
    }
}
