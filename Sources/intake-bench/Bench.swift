import ArgumentParser

/// `intake-bench`: the benchmarks whose commands and figures are in intake-bench.docc. One file per concept.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intake-bench",
        abstract: "Benchmarks of the OsteoIntake engine, store, sheet and terminal UI (figures in intake-bench.docc).",
        subcommands: [
            AssessmentBench.self,
            AssessEndToEndBench.self,
            StoreBench.self,
            SearchBench.self,
            JournalBench.self,
            PostgresBench.self,
            KillDuringOutageBench.self,
            SheetBench.self,
            SessionBench.self,
            TerminalBench.self,
            ScreensBench.self,
            FuzzBench.self,
        ]
    )
}
