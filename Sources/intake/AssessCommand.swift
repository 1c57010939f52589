import ArgumentParser
import Assessment
import Catalog
import Foundation
import IntakeModel
import IntakeReport

/// `intake assess FILE... | -`: validates and assesses intake records (format spec section 9).
///
/// With `--json` each record gives one compact JSON line: the assessment, or the rejection
/// `{"format", "id"?, "source"?, "errors"}`; `source` only in batch mode. Exit status 0 when all were
/// assessed, 65 when any was rejected (the others are still printed), 66 when a file cannot be read,
/// 64 for a usage error, 70 for an internal error. Nothing from a record is written to stderr.
struct AssessCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "assess",
            abstract: said(.cliHelpAssessAbstract),
            discussion: said(.cliHelpAssessDiscussion)
        )
    }

    static let exitRejected = ExitStatus.dataError
    static let exitUnreadable = ExitStatus.noInput
    static let exitInternal = ExitStatus.software

    @Argument(help: staffHelp(.cliHelpAssessFiles))
    var files: [String] = []

    @Flag(name: .long, help: staffHelp(.cliHelpAssessJson))
    var json = false

    func validate() throws {
        if files.isEmpty { throw ValidationError(said(.cliMessageNoRecordFiles)) }
    }

    func run() throws {
        let (records, unreadable) = AssessInput.read(files)
        for file in unreadable {
            FileHandle.standardError.write(Data("intake assess: \(said(.cliMessageCannotReadFile, ["file": AssessSummary.safe(file.name), "reason": file.reason]))\n".utf8))
        }
        let rejected: Bool
        do {
            rejected = try assess(records)
        } catch {
            FileHandle.standardError.write(Data("intake assess: \(said(.cliMessageOutputFailed))\n".utf8))
            throw ExitCode(AssessCommand.exitInternal)
        }
        if !unreadable.isEmpty { throw ExitCode(AssessCommand.exitUnreadable) }
        if rejected { throw ExitCode(AssessCommand.exitRejected) }
    }

    /// Assesses every record and writes the output in input order; true when any record was rejected.
    ///
    /// Records are independent, so batches are split into chunks assessed on all cores; finished
    /// chunks are written in order while the workers go on (`OrderedChunkPipeline`), and only a
    /// few chunks ahead of the writer are held in memory. Chunks are small enough that the last
    /// ones do not leave a core idle for long, large enough that their set-up does not count.
    func assess(_ records: [AssessInputRecord]) throws -> Bool {
        let chunkSize = 64
        let chunkCount = (records.count + chunkSize - 1) / chunkSize
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let json = self.json
        let pipeline = OrderedChunkPipeline(count: chunkCount, window: workers * 4) { index in
            let lower = index * chunkSize
            return AssessCommand.render(records[lower..<min(lower + chunkSize, records.count)], json: json)
        }
        var rejected = false
        try pipeline.run(workers: workers) { result in
            let (output, anyRejected) = try result.get()
            FileHandle.standardOutput.write(output)
            rejected = rejected || anyRejected
        }
        return rejected
    }

    /// One engine for every chunk: building its medication index costs as much as assessing a few
    /// thousand records, and the engine is an immutable value, safe to share between threads.
    static let engine = AssessmentEngine()

    /// The output of some records, and whether any was rejected.
    static func render(_ records: ArraySlice<AssessInputRecord>, json: Bool) -> Result<(Data, Bool), Error> {
        Result {
            let engine = AssessCommand.engine
            // the readable summary is for staff: in their language; JSON keeps the spec's English messages
            let language = StaffText.language
            let summary = AssessSummary(text: AssessSummaryText(language: language))
            var output = Data()
            var rejected = false
            for input in records {
                let check = IntakeValidator.check(input.data, language: json ? .english : language)
                if let record = check.record {
                    if json {
                        var assessment = engine.assess(record, priorWarnings: check.warnings)
                        assessment.source = input.source
                        output.append(try JSONOutput.encode(assessment))
                        output.append(0x0A)
                    } else {
                        let report = IntakeReport.make(record: record, language: language, engine: engine)
                        output.append(Data(summary.render(report, source: input.source).utf8))
                    }
                } else {
                    rejected = true
                    if json {
                        output.append(try JSONOutput.encode(AssessRejection(id: check.id, source: input.source, errors: check.errors)))
                        output.append(0x0A)
                    } else {
                        output.append(Data(summary.renderRejection(check.errors, id: check.id, source: input.source).utf8))
                    }
                }
            }
            return (output, rejected)
        }
    }
}
