import Foundation
import Testing
@testable import IntakeSheet

/// A fake `lp` first on PATH records its arguments and the file it was given, so these tests run
/// the real `Process` path without CUPS.
@Suite("Printing through lp")
struct LinePrinterTests {
    /// A folder with the fake `lp`, and where it records what it was asked to do.
    struct FakeLP {
        let directory: URL
        var log: URL { directory.appendingPathComponent("arguments.txt") }
        var received: URL { directory.appendingPathComponent("received.pdf") }

        init(behaviour: String = "accept") throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("fake-lp-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let script = """
                #!/bin/sh
                : > "\(log.path)"
                for argument in "$@"; do printf '%s\\n' "$argument" >> "\(log.path)"; done
                for last in "$@"; do :; done
                case "\(behaviour)" in
                  no-default) echo "lp: Error - no default destination available." >&2; exit 1 ;;
                  refuse) echo "lp: The printer or class does not exist." >&2; exit 1 ;;
                esac
                cp "$last" "\(received.path)"
                echo "request id is Front_Desk-42 (1 file(s))"
                """
            let lp = directory.appendingPathComponent("lp")
            try script.write(to: lp, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: lp.path)
        }

        var printer: LinePrinter {
            var environment = ProcessInfo.processInfo.environment
            environment["PATH"] = directory.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
            return LinePrinter(environment: environment)
        }

        func arguments() throws -> [String] {
            try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map(String.init)
        }

        func remove() { try? FileManager.default.removeItem(at: directory) }
    }

    func samplePDF() throws -> (IntakeSheet, URL) {
        let sheet = try SheetFixtures.exampleSheet("urgent-fracture")
        let pdf = try PDFSheetRenderer(paper: .a4).render(sheet)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sheet-\(UUID().uuidString).pdf")
        try pdf.data.write(to: file)
        return (sheet, file)
    }

    @Test("printing sends the PDF to lp with printer, copies and a title that is not the patient's name, and reports the job ID")
    func sendsThePDF() throws {
        let fake = try FakeLP()
        defer { fake.remove() }
        let (sheet, file) = try samplePDF()
        defer { try? FileManager.default.removeItem(at: file) }
        let job = try fake.printer.submit(file: file, printer: "Front_Desk", copies: 3, title: sheet.documentTitle)
        #expect(job.id == "Front_Desk-42")
        let arguments = try fake.arguments()
        #expect(arguments == ["-d", "Front_Desk", "-n", "3", "-t", sheet.documentTitle, file.path])
        #expect(!sheet.documentTitle.contains("Małgorzata") && !sheet.documentTitle.contains("Wiśniewska"))
        #expect(try Data(contentsOf: fake.received) == Data(contentsOf: file))
        #expect(try Data(contentsOf: fake.received).starts(with: Array("%PDF".utf8)))
    }

    @Test("PDF bytes are handed over in a private temporary file that is removed afterwards")
    func bytesThroughTemporaryFile() throws {
        let fake = try FakeLP()
        defer { fake.remove() }
        let pdf = try PDFSheetRenderer(paper: .a4).render(try SheetFixtures.exampleSheet("routine-mechanical")).data
        let job = try fake.printer.submit(pdf: pdf, printer: "Desk", copies: 1, title: "OsteoIntake intake sheet")
        #expect(job.id == "Front_Desk-42")
        #expect(try Data(contentsOf: fake.received) == pdf)
        let handedOver = try #require(try fake.arguments().last)
        #expect(!FileManager.default.fileExists(atPath: handedOver))
    }

    @Test("without --printer no -d is passed, so lp uses the default printer")
    func defaultPrinter() throws {
        let fake = try FakeLP()
        defer { fake.remove() }
        let (_, file) = try samplePDF()
        defer { try? FileManager.default.removeItem(at: file) }
        _ = try fake.printer.submit(file: file, printer: nil, copies: 1, title: "OsteoIntake intake sheet")
        #expect(try !fake.arguments().contains("-d"))
    }

    @Test("no default printer gives a message that says how to choose one")
    func noDefault() throws {
        let fake = try FakeLP(behaviour: "no-default")
        defer { fake.remove() }
        let (_, file) = try samplePDF()
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(throws: PrintError.noDefaultPrinter) {
            try fake.printer.submit(file: file, printer: nil, copies: 1, title: "t")
        }
        #expect(PrintError.noDefaultPrinter.description.contains("--printer NAME"))
    }

    @Test("a refused job gives lp's reason and says nothing was printed")
    func refused() throws {
        let fake = try FakeLP(behaviour: "refuse")
        defer { fake.remove() }
        let (_, file) = try samplePDF()
        defer { try? FileManager.default.removeItem(at: file) }
        do {
            _ = try fake.printer.submit(file: file, printer: "Nowhere", copies: 1, title: "t")
            Issue.record("a refused job must throw")
        } catch let error as PrintError {
            #expect(error == .refused("lp: The printer or class does not exist."))
            #expect(error.description.hasPrefix("nothing was printed"))
        }
    }

    @Test("a missing lp names the package to install")
    func missingLP() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("no-lp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let printer = LinePrinter(environment: ["PATH": empty.path])
        #expect(printer.lpExecutable() == nil)
        #expect(throws: PrintError.lpMissing) { try printer.submit(file: empty, printer: nil, copies: 1, title: "t") }
        #expect(PrintError.lpMissing.description.contains("cups-client"))
    }

    @Test("the job ID is read from lp's answer", arguments: [
        ("request id is Office-12 (1 file(s))\n", "Office-12"), ("request id is X-1 (2 file(s))", "X-1"), ("", nil),
    ] as [(String, String?)])
    func jobID(_ output: String, _ expected: String?) {
        #expect(LinePrinter.jobID(in: output) == expected)
    }
}
