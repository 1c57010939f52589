import Catalog
import ArgumentParser
import Foundation
import IntakeModel
import IntakeSheet
import IntakeStore

/// `intake print ID|FILE.json`: the intake sheet as PDF and text files, or on a printer via `lp`.
struct PrintCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "print", abstract: said(.cliHelpPrintAbstract),
            discussion: said(.cliHelpPrintDiscussion))
    }

    @OptionGroup var store: StoreOptions

    @Argument(help: staffHelp(.cliHelpPrintRecord, valueName: "id-or-file"))
    var record: String

    @Option(help: staffHelp(.cliHelpPrintPrinter, valueName: "name"))
    var printer: String?

    @Option(help: staffHelp(.cliHelpPrintCopies, valueName: "n"))
    var copies: Int = 1

    @Option(name: .customLong("pdf"), help: staffHelp(.cliHelpPrintPdf, valueName: "file"))
    var pdfPath: String?

    @Option(name: .customLong("text"), help: staffHelp(.cliHelpPrintText, valueName: "file"))
    var textPath: String?

    @Option(help: staffHelp(.cliHelpPrintPaper, valueName: "size"))
    var paper: PaperSize?

    func validate() throws {
        guard (1...99).contains(copies) else { throw ValidationError(said(.cliMessageCopies)) }
        if let printer, printer.isEmpty || printer.hasPrefix("-") || printer.contains(where: { $0.isWhitespace || $0.isASCII && $0.asciiValue! < 0x20 }) {
            throw ValidationError(said(.cliMessagePrinterName))
        }
    }

    func run() throws {
        try StoreCommandOutput.run {
            let source = try PrintSource.load(record, store: store)
            let environment = ProcessInfo.processInfo.environment
            // the sheet and what the command prints are staff-facing: the clinic's language
            // (clinic.toml, else the locale), whatever language the patient answered in
            let clinic: ClinicConfiguration
            do { clinic = try ClinicConfiguration.load(environment: environment) } catch {
                StoreCommandOutput.writeError(String(describing: error))
                throw ExitCode(ExitStatus.configuration)
            }
            let staffLanguage = StaffText.language
            let words = Catalog(staffLanguage)
            var context = SheetContext(recordID: source.recordID, status: source.status, clinicName: clinic.name,
                                       language: staffLanguage, signature: source.signature)
            context.alertAcknowledgements = source.alertAcknowledgements
            let paperSize = paper ?? PaperSize.fromLocale(environment: environment)
            let sendToPrinter = printer != nil || (pdfPath == nil && textPath == nil)
            let printing = SheetPrinting(record: source.record, context: context, paper: paperSize, environment: environment)
            let outcome: SheetPrinting.Outcome
            do {
                outcome = try printing.run(.init(textPath: textPath, pdfPath: pdfPath, send: sendToPrinter, printer: printer,
                                                 copies: copies))
            } catch SheetPrinting.Failure.pdfUnavailable(let reason) {
                if let textPath { print(words(.cliPrintWroteText, ["file": textPath])) }
                StoreCommandOutput.writeError(reason)
                throw ExitCode(ExitStatus.unavailable)
            } catch SheetPrinting.Failure.printer(let error) {
                StoreCommandOutput.writeError(error.description)
                switch error {
                case .lpMissing: throw ExitCode(ExitStatus.unavailable)
                case .noDefaultPrinter: throw ExitCode(ExitStatus.configuration)
                case .refused: throw ExitCode(ExitStatus.tryAgain)
                }
            }
            if let textPath { print(words(.cliPrintWroteTextPages, ["pages": outcome.pages, "file": textPath])) }
            if let warning = outcome.pdf?.warning(in: staffLanguage) { StoreCommandOutput.writeError(warning) }
            if let pdfPath { print(words(.cliPrintWrotePDF, ["pages": outcome.pages, "paper": paperSize.rawValue, "file": pdfPath])) }
            if let job = outcome.job {
                print(words(.cliPrintSent, [
                    "printer": printer ?? words(.cliPrintDefaultPrinter), "job": job.id ?? words(.cliPrintNoJobID), "pages": outcome.pages,
                    "copies": copies == 1 ? words(.cliPrintCopyOne) : words(.cliPrintCopies, ["count": String(copies)])]))
                try source.audit(.print, detail: "printer \(printer ?? "default"), job \(job.id ?? "unknown")")
            } else {
                try source.audit(.print, detail: pdfPath == nil ? "text" : "pdf")
            }
            // written and audited, but some characters print as boxes: a script must be able to see it
            if outcome.pdf?.warning != nil { throw ExitCode(ExitStatus.doneWithWarning) }
        }
    }
}

extension PaperSize: ExpressibleByArgument {}
