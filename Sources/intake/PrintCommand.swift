import Catalog
import ArgumentParser
import Foundation
import IntakeModel
import IntakeSheet
import IntakeStore

/// `intake print ID|FILE.json`: the intake sheet as PDF and text files, or on a printer via `lp`.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print", abstract: "Print the intake sheet of a record.",
        discussion: """
            With --pdf or --text the sheet is written to those files and nothing goes to a printer \
            unless --printer is also given. Otherwise the PDF is sent to the default printer (or \
            --printer) with 'lp', and the job ID is shown. Printing from the store is audited as \
            'print'; a failed print changes nothing. The clinic name comes from \
            $XDG_CONFIG_HOME/osteo-intake/clinic.toml (name = "..."), else ~/.config/osteo-intake/clinic.toml; \
            the sheet is in the clinic's language (language = "es" there, else LC_ALL/LC_MESSAGES/LANG, else \
            English) and names the language the patient answered in.
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: ArgumentHelp("An intake ID (as 'intake list' shows), or a record file (osteo-intake/1 JSON).",
                                 valueName: "id-or-file"))
    var record: String

    @Option(help: ArgumentHelp("Send the sheet to this CUPS printer.", valueName: "name"))
    var printer: String?

    @Option(help: ArgumentHelp("Number of copies (1-99).", valueName: "n"))
    var copies: Int = 1

    @Option(name: .customLong("pdf"), help: ArgumentHelp("Write the PDF sheet to this file (created 0600).", valueName: "file"))
    var pdfPath: String?

    @Option(name: .customLong("text"), help: ArgumentHelp("Write the text sheet to this file (created 0600).", valueName: "file"))
    var textPath: String?

    @Option(help: ArgumentHelp("a4 or letter (default from LC_PAPER/LC_ALL/LANG: en_US, en_CA, es_MX... mean letter).",
                               valueName: "size"))
    var paper: PaperSize?

    func validate() throws {
        guard (1...99).contains(copies) else { throw ValidationError("--copies must be a whole number from 1 to 99") }
        if let printer, printer.isEmpty || printer.hasPrefix("-") || printer.contains(where: { $0.isWhitespace || $0.isASCII && $0.asciiValue! < 0x20 }) {
            throw ValidationError("--printer must be a CUPS printer name (letters, digits, '-', '_'; see 'lpstat -p')")
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
            let staffLanguage = clinic.staffLanguage(environment: environment)
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
            if let warning = outcome.pdf?.warning { StoreCommandOutput.writeError(warning) }
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
