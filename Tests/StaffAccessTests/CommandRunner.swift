import Foundation

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
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("staff-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (inURL, outURL, errURL) = (folder.appendingPathComponent("in"), folder.appendingPathComponent("out"),
                                       folder.appendingPathComponent("err"))
        try Data(input.utf8).write(to: inURL)
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus,
                       stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                       stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
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
