import ArgumentParser

/// `intake-bench`: the benchmarks whose figures are in README.md. One file per concept.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intake-bench",
        abstract: "Benchmarks of the OsteoIntake engine, store, sheet and terminal UI (figures in README.md).",
        subcommands: [
            AssessmentBench.self,
            AssessEndToEndBench.self,
            StoreBench.self,
            SheetBench.self,
            SessionBench.self,
            TerminalBench.self,
            ScreensBench.self,
            FuzzBench.self,
        ]
    )
}
