import ArgumentParser
import Foundation

/// `intake-bench tui`: measures the full-screen toolkit with the shared tuibench harness,
/// interleaved with the C ncurses form baseline in the same run (round-robin rounds).
/// Results go to `--out` (never into the read-only shared folder).
struct TerminalBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Startup, bytes per key, latency and memory of the toolkit demo `intake demo` against the C ncurses form (tuibench).")

    @Option(help: "The intake binary to measure (the deploy build: swift build -c release --static-swift-stdlib).")
    var intake = ".build/release/intake"

    @Option(help: "The tuibench folder.")
    var tuibench = "../shared/tools/tuibench"

    @Option(help: "Round-robin rounds (one run of each program per round).")
    var rounds = 5

    @Option(help: "Where the harness copy, raw runs and the table go.")
    var out = "/tmp/osteo-tuibench"

    func run() throws {
        let fm = FileManager.default
        let binary = URL(fileURLWithPath: intake).standardizedFileURL.path
        guard fm.isExecutableFile(atPath: binary) else {
            throw ValidationError("--intake: \(binary) is not an executable; build the deploy binary first (swift build -c release --static-swift-stdlib)")
        }
        let source = URL(fileURLWithPath: tuibench).standardizedFileURL.path
        guard fm.fileExists(atPath: source + "/run_peers.py") else { throw ValidationError("--tuibench: no run_peers.py in \(source)") }
        let harness = out + "/harness"
        try? fm.removeItem(atPath: harness)
        try fm.createDirectory(atPath: out, withIntermediateDirectories: true)
        try fm.copyItem(atPath: source, toPath: harness)
        // the copy's peer list gains our program, run with the same key script as ncform
        let runPeers = harness + "/run_peers.py"
        var script = try String(contentsOfFile: runPeers, encoding: .utf8)
        let peer = "    (\"osteo_intake\", [\(pythonString(binary)), \"demo\"], \"Reason\", \"keys/form.keys\"),\n"
        guard let anchor = script.range(of: "PEERS = [\n") else { throw ValidationError("run_peers.py has no PEERS list") }
        script.insert(contentsOf: peer, at: anchor.upperBound)
        try script.write(toFile: runPeers, atomically: true, encoding: .utf8)
        let results = out + "/results"
        try? fm.removeItem(atPath: results)
        try python(["run_peers.py", "--rounds", String(rounds), "--only", "ncform_c,osteo_intake", "--results", results], in: harness)
        print("\nRaw runs and table: \(results)")
    }

    private func pythonString(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private func python(_ args: [String], in dir: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3"] + args
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw ExitCode(p.terminationStatus) }
    }
}
