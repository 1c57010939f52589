import Catalog
import Foundation
import IntakeModel
import IntakeSheet

/// The one print pipeline, for `intake print` and the summary's F5: the record's sheet (built from
/// its `IntakeReport`), written as a text file and/or a PDF file (0600), and/or the PDF handed to
/// `lp`. Says nothing itself: the caller reports the outcome in its own way.
struct SheetPrinting {
    var record: IntakeRecord
    var context: SheetContext
    var paper: PaperSize
    var environment: [String: String] = ProcessInfo.processInfo.environment

    /// Where the sheet goes: files, a printer (nil printer with `send` means the default one).
    struct Destination {
        var textPath: String?
        var pdfPath: String?
        var send = false
        var printer: String?
        var copies = 1
    }

    /// What was done: the sheet, the PDF when one was made, and lp's job when it was sent.
    struct Outcome {
        var sheet: IntakeSheet
        var pdf: PDFSheet?
        var job: PrintJob?

        /// "1 page", "2 pages".
        var pages: String {
            sheet.pages.count == 1 ? said(.cliPrintPageOne) : said(.cliPrintPages, ["count": String(sheet.pages.count)])
        }
    }

    enum Failure: Error {
        /// The PDF could not be made (Cairo/Pango missing): the text says why.
        case pdfUnavailable(String)
        case printer(PrintError)
    }

    /// Lays the sheet out once, writes the files asked for, sends the PDF when asked. The text file
    /// is written before the PDF is tried, so a machine without Cairo still gets it.
    func run(_ destination: Destination) throws -> Outcome {
        let sheet = IntakeSheet(record: record, context: context)
        var outcome = Outcome(sheet: sheet)
        if let textPath = destination.textPath {
            try SheetPrinting.writePrivate(Data(TextSheetRenderer().render(sheet).utf8), to: textPath)
        }
        guard destination.pdfPath != nil || destination.send else { return outcome }
        let pdf: PDFSheet
        do { pdf = try PDFSheetRenderer(paper: paper).render(sheet) } catch {
            throw Failure.pdfUnavailable(PDFSheetRenderer.message(of: error, in: StaffText.language))
        }
        outcome.pdf = pdf
        if let pdfPath = destination.pdfPath { try SheetPrinting.writePrivate(pdf.data, to: pdfPath) }
        guard destination.send else { return outcome }
        do {
            outcome.job = try LinePrinter(environment: environment).submit(pdf: pdf.data, printer: destination.printer,
                                                                           copies: destination.copies, title: sheet.documentTitle)
        } catch let error as PrintError {
            throw Failure.printer(error)
        }
        return outcome
    }

    /// Writes a file that holds patient data: created (or truncated) with mode 0600.
    static func writePrivate(_ data: Data, to path: String) throws {
        let fd = open(path, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw InputFileError(message: said(.cliMessageFileNotWritable, ["file": path, "reason": String(cString: strerror(errno))]),
                                 exitStatus: ExitStatus.cannotCreate)
        }
        _ = fchmod(fd, 0o600)
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        try handle.write(contentsOf: data)
    }
}
