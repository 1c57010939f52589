import Foundation
import IntakeTestSupport

/// Runs the built `intake` binary the way a user or script would, with files on disk for standard
/// input and output (no pipe can fill up and block).
struct AssessCommandRunner {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
        var lines: [String] { stdout.split(separator: "\n").map(String.init) }
        /// Each stdout line parsed as a JSON object.
        var objects: [[String: Any]] {
            lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        }
    }

    /// The package root (the folder holding Package.swift), found from this file.
    static let packageRoot: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) { return folder }
            folder = folder.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// The `intake` binary built beside this test bundle, else in the package's .build/debug.
    static let binary: URL? = {
        var candidates: [URL] = []
        if let bundle = Bundle.main.executableURL?.deletingLastPathComponent() {
            candidates.append(bundle.appendingPathComponent("intake"))
            candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("intake"))
        }
        for argument in CommandLine.arguments.prefix(1) {
            let folder = URL(fileURLWithPath: argument).deletingLastPathComponent()
            candidates.append(folder.appendingPathComponent("intake"))
            candidates.append(folder.deletingLastPathComponent().appendingPathComponent("intake"))
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/intake"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// The shared examples folder, walking up from the package root.
    static let sharedSpec: URL? = {
        var folder = packageRoot
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("shared/spec")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("examples").path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()

    /// Runs `executable` in a new empty folder with `stdin` as its standard input.
    static func run(_ executable: URL, _ arguments: [String], stdin: Data = Data()) throws -> Outcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("assess-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let finished = try ChildProcess.run([executable.path] + arguments, directory: folder.path, input: stdin)
        return Outcome(status: finished.status, stdout: finished.output, stderr: finished.errors)
    }

    /// Writes `files` (name -> contents) into a new temporary folder and returns it.
    static func folder(with files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("assess-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, contents) in files { try Data(contents.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder
    }
}
