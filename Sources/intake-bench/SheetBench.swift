import ArgumentParser
import Assessment
import Foundation
import IntakeModel
import IntakeReport
import IntakeSheet

/// `intake-bench sheet`: a full two-page intake sheet laid out and rendered as text and as PDF.
struct SheetBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sheet", abstract: "Lay out and render a full two-page intake sheet as text and as PDF.")

    @Option(help: "Timed renderings of each kind (after 10 untimed ones).") var iterations: Int = 300
    @Option(help: "a4 or letter.") var paper: PaperSize = .a4

    func run() throws {
        let record = SheetBench.record
        let intakeReport = IntakeReport.make(record: record)
        let context = SheetContext(recordID: "BENCH-0001", status: "completed", clinicName: "Riverside Spine Clinic")
        let sample = IntakeSheet(report: intakeReport, record: record, context: context)
        let renderer = PDFSheetRenderer(paper: paper)
        let pdf = try renderer.render(sample)
        print("sheet: \(sample.pages.count) pages; text \(TextSheetRenderer().render(sample).utf8.count) bytes; "
              + "PDF \(pdf.data.count) bytes (\(paper.rawValue))")
        if ProcessInfo.processInfo.environment["SHEET_BENCH_DUMP"] != nil { print(TextSheetRenderer().render(sample)) }
        print("")
        print("| measurement | runs | median ms | p90 ms | p99 ms | max ms | median CPU ms |")
        print("|---|---|---|---|---|---|---|")
        try report("text sheet: layout + text rendering") {
            _ = TextSheetRenderer().render(IntakeSheet(report: intakeReport, record: record, context: context))
        }
        try report("PDF sheet: layout + PDF rendering") {
            _ = try renderer.render(IntakeSheet(report: intakeReport, record: record, context: context))
        }
        try report("PDF sheet from the record: report + layout + PDF") {
            _ = try renderer.render(IntakeSheet(record: record, context: context))
        }
    }

    func report(_ name: String, _ body: () throws -> Void) throws {
        for _ in 0..<10 { try body() }
        var times: [Double] = [], cpuTimes: [Double] = []
        times.reserveCapacity(iterations)
        for _ in 0..<iterations {
            let cpuStart = SheetBench.threadCPUNanoseconds()
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            cpuTimes.append(Double(SheetBench.threadCPUNanoseconds() - cpuStart) / 1e6)
        }
        let sorted = times.sorted()
        print("| \(name) | \(sorted.count) | "
              + [0.5, 0.9, 0.99, 1.0].map { String(format: "%.3f", Percentile.of(sorted, $0)) }.joined(separator: " | ")
              + " | " + String(format: "%.3f", Percentile.of(cpuTimes.sorted(), 0.5)) + " |")
    }

    /// CPU time of this thread: unlike wall time, not stretched while other processes hold the cores.
    static func threadCPUNanoseconds() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    /// A filled-in intake whose sheet has two pages: every section answered, an urgent red flag,
    /// four medicines, a T-score, STarT Back, alerts and priced recommendations.
    static var record: IntakeRecord {
        var record = StoreBenchRecord.full
        record.id = "BENCH-0001"
        record.body = Body(height: Length(value: 158, unit: .cm), weight: Mass(value: 52, unit: .kg),
                           tallestAdultHeight: Length(value: 163, unit: .cm), kyphosis: true)
        record.boneDensity = BoneDensity(lowestTScore: -2.7, site: .lumbarSpine, date: CalendarDate(iso: "2026-01-12"))
        record.labs = Labs(egfr: 48)
        record.medications?.removeAll { $0.name == "omeprazole" }
        record.symptoms?.locations = [.midBack]
        return record
    }
}

extension PaperSize: ExpressibleByArgument {}
