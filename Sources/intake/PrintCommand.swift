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
            $XDG_CONFIG_HOME/osteo-intake/clinic.toml (name = "..."), else ~/.config/osteo-intake/clinic.toml.
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
            let clinic: ClinicConfiguration
            do { clinic = try ClinicConfiguration.load() } catch {
                StoreCommandOutput.writeError("\(error); using the name \"\(ClinicConfiguration.defaultName)\"")
                clinic = ClinicConfiguration()
            }
            let context = SheetContext(recordID: source.recordID, status: source.status, clinicName: clinic.name,
                                       signature: source.signature)
            let sheet = IntakeSheet(record: source.record, context: context)
            let paperSize = paper ?? PaperSize.fromLocale(environment: ProcessInfo.processInfo.environment)
            let sendToPrinter = printer != nil || (pdfPath == nil && textPath == nil)

            if let textPath {
                try PrintCommand.writePrivate(Data(TextSheetRenderer().render(sheet).utf8), to: textPath)
                print("Wrote the text sheet (\(PrintCommand.pages(sheet.pages.count))) to \(textPath)")
            }
            guard pdfPath != nil || sendToPrinter else { return try source.audit(.print, detail: "text") }
            let pdf: PDFSheet
            do { pdf = try PDFSheetRenderer(paper: paperSize).render(sheet) } catch {
                StoreCommandOutput.writeError(String(describing: error))
                throw ExitCode(ExitStatus.unavailable)
            }
            if let warning = pdf.warning { StoreCommandOutput.writeError(warning) }
            if let pdfPath {
                try PrintCommand.writePrivate(pdf.data, to: pdfPath)
                print("Wrote the PDF sheet (\(PrintCommand.pages(sheet.pages.count)), \(paperSize.rawValue)) to \(pdfPath)")
            }
            guard sendToPrinter else { return try source.audit(.print, detail: "pdf") }
            let job = try PrintCommand.send(pdf.data, title: sheet.documentTitle, printer: printer, copies: copies)
            print("Sent to \(printer ?? "the default printer"): job \(job.id ?? "(lp gave no job ID)"), "
                  + "\(PrintCommand.pages(sheet.pages.count)), \(copies) \(copies == 1 ? "copy" : "copies")")
            try source.audit(.print, detail: "printer \(printer ?? "default"), job \(job.id ?? "unknown")")
        }
    }

    /// "1 page", "2 pages".
    static func pages(_ count: Int) -> String { count == 1 ? "1 page" : "\(count) pages" }

    /// Hands the PDF to lp; a failure is reported with its own exit status.
    static func send(_ data: Data, title: String, printer: String?, copies: Int) throws -> PrintJob {
        do {
            return try LinePrinter().submit(pdf: data, printer: printer, copies: copies, title: title)
        } catch let error as PrintError {
            StoreCommandOutput.writeError(error.description)
            switch error {
            case .lpMissing: throw ExitCode(ExitStatus.unavailable)
            case .noDefaultPrinter: throw ExitCode(ExitStatus.configuration)
            case .refused: throw ExitCode(ExitStatus.tryAgain)
            }
        }
    }

    /// Writes a file that holds patient data: created (or truncated) with mode 0600.
    static func writePrivate(_ data: Data, to path: String) throws {
        let fd = open(path, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw InputFileError(message: "\(path): cannot be written (\(String(cString: strerror(errno))))",
                                 exitStatus: ExitStatus.cannotCreate)
        }
        _ = fchmod(fd, 0o600)
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        try handle.write(contentsOf: data)
    }
}

extension PaperSize: ExpressibleByArgument {}
