import Catalog
import Foundation
import PlainText

/// Sends a PDF to a printer through CUPS's `lp`, run with an argument list (never a shell):
/// `lp [-d PRINTER] -n COPIES -t TITLE FILE`. The title is the sheet's document title, never the
/// patient's name (it shows in print queues and on banner pages).
public struct LinePrinter: Sendable {
    /// The environment `lp` is looked up in (PATH) and run with.
    public var environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// The `lp` executable on PATH, if any.
    public func lpExecutable() -> URL? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("lp")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// The arguments given to `lp` (without the program name).
    public static func arguments(file: URL, printer: String?, copies: Int, title: String) -> [String] {
        var arguments: [String] = []
        if let printer { arguments += ["-d", printer] }
        arguments += ["-n", String(copies), "-t", title, file.path]
        return arguments
    }

    /// Everything a pipe gives until it closes, reading again when a signal interrupts a read:
    /// SIGTERM or SIGHUP at a desk waiting on `lp` must not crash the program (Foundation's
    /// `readDataToEndOfFile` stops it on EINTR); the desk's stop is handled by the event loop.
    static func readAll(_ handle: FileHandle) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(handle.fileDescriptor, &buffer, buffer.count)
            if count > 0 { data.append(contentsOf: buffer[..<count]); continue }
            if count < 0 && errno == EINTR { continue }
            return data
        }
    }

    /// Submits the file; returns the job ID `lp` reported ("request id is Office-12 (1 file(s))").
    public func submit(file: URL, printer: String?, copies: Int, title: String) throws -> PrintJob {
        guard let lp = lpExecutable() else { throw PrintError.lpMissing }
        let process = Process()
        process.executableURL = lp
        process.arguments = LinePrinter.arguments(file: file, printer: printer, copies: copies, title: title)
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { throw PrintError.lpMissing }
        let outputData = Self.readAll(output.fileHandleForReading)
        let errorData = Self.readAll(errors.fileHandleForReading)
        process.waitUntilExit()
        let said = Sanitizer.collapsedLine(String(decoding: outputData, as: UTF8.self))
        let complaint = Sanitizer.collapsedLine(String(decoding: errorData, as: UTF8.self))
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            if printer == nil && complaint.lowercased().contains("no default destination") { throw PrintError.noDefaultPrinter }
            throw PrintError.refused(complaint.isEmpty
                ? Catalog(.english)(.sheetPrintLpStatus, ["status": String(process.terminationStatus)]) : complaint)
        }
        return PrintJob(id: LinePrinter.jobID(in: said), printer: printer)
    }

    /// Submits PDF bytes: written to a private temporary file (0600 in a 0700 folder) that is
    /// removed afterwards, whatever happens. For the print command and the summary screen.
    public func submit(pdf data: Data, printer: String?, copies: Int, title: String) throws -> PrintJob {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("osteo-intake-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("intake-sheet.pdf")
        guard FileManager.default.createFile(atPath: file.path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw PrintError.refused(Catalog(.english)(.sheetPrintTemporaryFile))
        }
        return try submit(file: file, printer: printer, copies: copies, title: title)
    }

    /// The job ID in lp's answer, e.g. "Office-12" from "request id is Office-12 (1 file(s))".
    public static func jobID(in output: String) -> String? {
        guard let range = output.range(of: "request id is ") else { return nil }
        let id = output[range.upperBound...].prefix { !$0.isWhitespace }
        return id.isEmpty ? nil : String(id)
    }
}

/// A job accepted by the print system.
public struct PrintJob: Hashable, Sendable {
    public var id: String?
    public var printer: String?
}

/// Why nothing was printed. Messages name the fix and never contain patient data.
public enum PrintError: Error, CustomStringConvertible, Equatable, Sendable {
    case lpMissing
    case noDefaultPrinter
    case refused(String)

    public var description: String { Catalog(.english)(.sheetPrintNothingPrinted, ["reason": reason]) }

    /// Why, and what to do: the command line says it after "nothing was printed:", the screen
    /// after its own "Not printed:".
    public var reason: String {
        let catalog = Catalog(.english)
        switch self {
        case .lpMissing: return catalog(.sheetPrintLpMissing)
        case .noDefaultPrinter: return catalog(.sheetPrintNoDefaultPrinter)
        case .refused(let reason): return catalog(.sheetPrintRefused, ["reason": reason])
        }
    }
}
