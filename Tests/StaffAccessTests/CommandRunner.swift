import Foundation
import IntakeTestSupport

/// Runs a program with `input` on its standard input (from a file, so no pipe can fill up) and
/// gives its status and output.
enum CommandRunner {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ program: String, _ arguments: [String], input: String = "",
                    environment: [String: String]? = nil) throws -> Outcome {
        let finished = try ChildProcess.run([program] + arguments, environment: environment, input: Data(input.utf8))
        return Outcome(status: finished.status, stdout: finished.output, stderr: finished.errors)
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
    static let intake: URL? = {
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
}
