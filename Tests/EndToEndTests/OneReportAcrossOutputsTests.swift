import Foundation
@testable import IntakeApp
import IntakeModel
import IntakeReport
import IntakeSheet
import IntakeTestSupport
import Testing

/// Issue 14, item 1: the assessment is built once (`IntakeReport`) and every output only lays it
/// out. For every valid shared example and for at least 200 generated records, the summary
/// screen, line mode, the built `intake assess` (text), the text sheet and the PDF's text layer
/// (read with pdftotext) show the same findings (rule ID, reason, the inputs that fired it) and
/// the same warnings, in the same order.
@Suite("One report, five outputs", .serialized)
struct OneReportAcrossOutputsTests {
    /// The valid shared examples and the generated records that pass validation.
    static func records() throws -> (examples: [IntakeRecord], generated: [IntakeRecord]) {
        let examples = try SharedExamples.validNames.map {
            try JSONDecoder().decode(IntakeRecord.self, from: SharedExamples.data($0))
        }
        let generated = SyntheticRecords.make(count: 900).filter { IntakeValidator.check($0).isValid }
        return (examples, generated)
    }

    /// What a reader must find, group by group, in this order: each finding's rule ID, its reason
    /// and its inputs (red flags, DXA, spine imaging, medication alerts), then every warning.
    static func expectedParts(of report: IntakeReport) -> [[String]] {
        [report.redFlags, report.dxa.findings, report.spineImaging.findings, report.medicationAlerts].map { group in
            group.flatMap { [$0.rule, $0.reason] + $0.inputs }
        } + [report.warnings.map(\.text)]
    }

    /// The text with every space and line break taken out, so that wrapping at any width (screen,
    /// sheet columns, PDF lines) does not matter.
    static func squeezed(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    /// The first part of a group that `output` lacks after the parts before it, or nil when every
    /// group is there in order.
    static func firstMissing(_ groups: [[String]], in output: String) -> String? {
        let text = squeezed(output)
        for group in groups {
            var cursor = text.startIndex
            for part in group {
                guard let found = text.range(of: squeezed(part), range: cursor..<text.endIndex) else { return part }
                cursor = found.upperBound
            }
        }
        return nil
    }

    /// Each record's block of `intake assess` text, by record ID (all records in one JSON Lines run).
    static func assessText(of records: [IntakeRecord]) throws -> [String: String] {
        let binary = try #require(AssessCommandRunner.binary, "the intake binary was not found beside the tests or in .build/debug")
        let encoder = JSONEncoder()
        var lines = Data()
        for record in records {
            lines.append(try encoder.encode(record))
            lines.append(0x0A)
        }
        let outcome = try AssessCommandRunner.run(binary, ["assess", "-"], stdin: lines)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        var blocks: [String: String] = [:]
        for block in outcome.stdout.components(separatedBy: "== Record ").dropFirst() {
            let id = String(block.prefix { $0 != " " })
            blocks[id] = block
        }
        return blocks
    }

    /// The PDF's text layer as pdftotext reads it. pdftotext is needed: without it this fails.
    static func pdfText(_ pdf: Data) throws -> String {
        let tool = try #require(["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }, "pdftotext (Debian package poppler-utils) is needed to read the PDF's text layer")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("one-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sheet.pdf"), text = folder.appendingPathComponent("sheet.txt")
        try pdf.write(to: file)
        let finished = try ChildProcess.run([tool, "-layout", "-enc", "UTF-8", file.path, text.path])
        #expect(finished.status == 0, "pdftotext: \(finished.errors)")
        return try String(contentsOf: text, encoding: .utf8)
    }

    /// Every output of one record, by name.
    static func outputs(of record: IntakeRecord, assessText: String?) throws -> [(String, String)] {
        let report = IntakeReport.make(record: record)
        let screen = SummaryContent(report: report, strings: ScreenStrings()).lines(width: 78).map(\.text)
        let lineMode = LineModeSummary(report: report, strings: ScreenStrings(), lineStrings: LineModeStrings()).lines
        let sheet = IntakeSheet(record: record, context: SheetContext(status: "final", clinicName: "Riverside Spine Clinic"))
        let pdf = try PDFSheetRenderer(paper: .a4).render(sheet)
        return [("summary screen", screen.joined(separator: "\n")), ("line mode", lineMode.joined(separator: "\n")),
                ("intake assess", assessText ?? ""), ("text sheet", TextSheetRenderer().render(sheet)),
                ("PDF text layer", try pdfText(pdf.data))]
    }

    @Test("every shared example and 200+ generated records: the same findings and warnings, in the same order, in all five outputs")
    func sameFindingsEverywhere() throws {
        let (examples, generated) = try Self.records()
        #expect(!examples.isEmpty, "the shared examples were not found")
        #expect(generated.count >= 200, "only \(generated.count) generated records are valid")
        let all = examples + generated
        let assessed = try Self.assessText(of: all)
        var findings = 0, warnings = 0
        for record in all {
            let report = IntakeReport.make(record: record)
            findings += report.findings.count
            warnings += report.warnings.count
            let expected = Self.expectedParts(of: report)
            for (name, output) in try Self.outputs(of: record, assessText: assessed[record.id ?? ""]) {
                let missing = Self.firstMissing(expected, in: output)
                #expect(missing == nil, "\(record.id ?? "?"): \(name) lacks or misorders \"\(missing ?? "")\"")
            }
        }
        // The records exercise what is compared: findings of every kind and warnings.
        #expect(findings > 500 && warnings > 50, "findings \(findings), warnings \(warnings)")
        print("one report: \(all.count) records, \(findings) findings, \(warnings) warnings compared in 5 outputs")
    }

    @Test("the comparison catches an output that drops a warning or swaps two findings")
    func comparisonCatchesDifferences() throws {
        let record = try JSONDecoder().decode(IntakeRecord.self, from: SharedExamples.data("medication-alerts"))
        let report = IntakeReport.make(record: record)
        let screen = SummaryContent(report: report, strings: ScreenStrings()).lines(width: 78).map(\.text).joined(separator: "\n")
        let expected = Self.expectedParts(of: report)
        #expect(Self.firstMissing(expected, in: screen) == nil)
        var swapped = report
        swapped.medicationAlerts.swapAt(0, 1)
        let reordered = SummaryContent(report: swapped, strings: ScreenStrings()).lines(width: 78).map(\.text).joined(separator: "\n")
        #expect(Self.firstMissing(expected, in: reordered) != nil)
        var withWarning = report
        withWarning.warnings.append(IntakeReport.Warning(code: "soft-limit", about: "Height now", message: "250 cm is unusual"))
        #expect(Self.firstMissing(Self.expectedParts(of: withWarning), in: screen) == "Height now: 250 cm is unusual")
    }
}
