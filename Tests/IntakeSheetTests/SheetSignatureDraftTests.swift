import Foundation
import Testing
@testable import IntakeSheet

/// Who signed (printed for a signed record, blank lines for anyone else) and the DRAFT marks of
/// a record still being filled in or amended and not signed again.
@Suite("Signature and draft marks")
struct SheetSignatureDraftTests {
    static let utc = TimeZone(identifier: "UTC")!
    /// 2026-12-06 14:05:30 UTC.
    static let signedAt = Date(timeIntervalSince1970: 1_796_565_930)

    func sheet(_ name: String = "urgent-fracture", status: String, signature: SheetSignature? = nil,
               timeZone: TimeZone = utc) throws -> IntakeSheet {
        let context = SheetContext(recordID: "K7QF-2M4D", status: status, clinicName: "Riverside Spine Clinic",
                                   signature: signature, timeZone: timeZone)
        return IntakeSheet(record: try SheetFixtures.record(name), 
                           context: context)
    }

    func pages(_ sheet: IntakeSheet) -> [[String]] {
        TextSheetRenderer().render(sheet).split(separator: "\u{0C}", omittingEmptySubsequences: false)
            .map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    }

    /// Page 1 of the sheet of an example record on which J. Martin acknowledged the RF-CES alert.
    func pageOneWithCESAcknowledged(_ name: String) throws -> String {
        var context = SheetContext(recordID: "K7QF-2M4D", status: "completed", clinicName: "Riverside Spine Clinic", timeZone: Self.utc)
        context.alertAcknowledgements = [SheetAlertAcknowledgement(rules: ["RF-CES"], name: "J. Martin", at: Self.signedAt)]
        return pages(IntakeSheet(record: try SheetFixtures.record(name), context: context))[0].joined(separator: "\n")
    }

    @Test("an emergency alert staff acknowledged is printed in the urgency box on page 1: which alert, who, when")
    func acknowledgedAlertOnPageOne() throws {
        let first = try pageOneWithCESAcknowledged("emergency-cauda-equina")
        #expect(first.contains("Emergency alert (RF-CES) acknowledged by J. Martin on 2026-12-06 at 14:05"), "\(first)")
        let unacknowledged = IntakeSheet(record: try SheetFixtures.record("emergency-cauda-equina"),
                                         context: SheetContext(recordID: "K7QF-2M4D", status: "completed", timeZone: Self.utc))
        #expect(!TextSheetRenderer().render(unacknowledged).contains("acknowledged by"))
    }

    @Test("an acknowledged emergency whose answer was corrected afterwards says it no longer applies, beside the lower urgency (cold trial)")
    func acknowledgedAlertCorrectedAway() throws {
        // a record without the cauda equina answers: what a desk has after correcting a mistaken yes
        let first = try pageOneWithCESAcknowledged("urgent-fracture")
        let words = first.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "|" }).joined(separator: " ")
        #expect(words.contains("Emergency alert (RF-CES) acknowledged by J. Martin on 2026-12-06 at 14:05; RF-CES no longer applies: the answer that raised it was changed afterwards (see the audit trail)"), "\(first)")
        #expect(first.contains("URGENT"), "the urgency box shows the urgency the answers give now")
    }

    @Test("a signed record prints who signed it and when, in the staff review, instead of blank lines")
    func signer() throws {
        let text = TextSheetRenderer().render(try sheet(status: "signed", signature: SheetSignature(name: "J. Martin", signedAt: Self.signedAt)))
        #expect(text.contains("Signed by J. Martin on 2026-12-06 at 14:05"))
        #expect(!text.contains("Reviewed by (name) ____"))
        #expect(!text.contains("DRAFT"))
        let review = try #require(text.range(of: "-- Staff review"))
        #expect(text[review.lowerBound...].contains("Signed by J. Martin"))
    }

    @Test("a signed sheet says who signed and when on top of every page, under the record line")
    func signerOnEveryPage() throws {
        let signed = try sheet("medication-alerts", status: "signed", signature: SheetSignature(name: "J. Martin", signedAt: Self.signedAt))
        let pages = pages(signed)
        #expect(pages.count > 1)
        for page in pages where !page.isEmpty && page != [""] {
            #expect(page[3].hasPrefix("Record: K7QF-2M4D"))
            #expect(page[4] == "Signed by J. Martin on 2026-12-06 at 14:05")
        }
        let unsigned = TextSheetRenderer().render(try sheet("medication-alerts", status: "completed"))
        #expect(!unsigned.contains("Signed by"))
    }

    @Test("the signing time is printed in the given time zone")
    func signerTimeZone() throws {
        let text = TextSheetRenderer().render(try sheet(status: "signed", signature: SheetSignature(name: "RO", signedAt: Self.signedAt),
                                                        timeZone: TimeZone(identifier: "America/New_York")!))
        #expect(text.contains("Signed by RO on 2026-12-06 at 09:05"))
    }

    @Test("the signer's name is sanitised like every other string")
    func signerSanitised() throws {
        let text = TextSheetRenderer().render(try sheet(status: "signed", signature: SheetSignature(name: "Dr \u{1B}[2JEve\u{202E} Lee", signedAt: Self.signedAt)))
        #expect(text.contains("Signed by Dr Eve Lee on 2026-12-06 at 14:05"))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
    }

    @Test("a record without a signature keeps the signature lines blank, to sign by hand",
          arguments: ["completed", "in-progress", "file"])
    func unsigned(_ status: String) throws {
        let text = TextSheetRenderer().render(try sheet(status: status))
        #expect(text.contains("Reviewed by (name) ____"))
        #expect(text.contains("Signature ____"))
        #expect(!text.contains("Signed by"))
    }

    @Test("a draft's text sheet says DRAFT on top of every page", arguments: ["in-progress", "amended"])
    func draftText(_ status: String) throws {
        for name in ["urgent-fracture", "medication-alerts"] {
            let sheet = try sheet(name, status: status)
            let pages = pages(sheet)
            #expect(pages.count == sheet.pages.count && pages.count >= 2)
            for page in pages {
                #expect(page[0] == "DRAFT - not finished, not signed", "\(name)")
                #expect(page[1].hasPrefix("Riverside Spine Clinic"))
                #expect(page.count == SheetGrid.linesPerPage + 1 || page.count == SheetGrid.linesPerPage)
            }
            #expect(sheet.watermark == "DRAFT")
        }
    }

    @Test("a finished record not yet signed says DRAFT on every page and has the watermark: nothing unsigned passes as final")
    func completedIsDraft() throws {
        let sheet = try sheet("medication-alerts", status: "completed")
        let pages = pages(sheet)
        #expect(pages.count >= 2)
        for page in pages where page.count > 1 { #expect(page[0] == "DRAFT - finished, not signed yet") }
        #expect(sheet.watermark == "DRAFT")
    }

    @Test("signed and file sheets carry no DRAFT mark", arguments: ["signed", "file"])
    func notDraft(_ status: String) throws {
        let sheet = try sheet(status: status)
        #expect(!TextSheetRenderer().render(sheet).contains("DRAFT"))
        #expect(sheet.watermark == nil)
    }

    @Test("a draft's PDF has a large light diagonal DRAFT behind the text of every page")
    func draftWatermark() throws {
        let sheet = try sheet("medication-alerts", status: "in-progress")
        let inspector = try PDFInspector(try PDFSheetRenderer(paper: .a4).render(sheet).data)
        let first = inspector.firstTextObjects()
        #expect(first.count == sheet.pages.count)
        for (page, object) in first.enumerated() {
            // Drawn first, so everything else is on top of it.
            #expect(object.text.trimmingCharacters(in: .whitespacesAndNewlines) == "DRAFT", "page \(page + 1)")
            // Light grey ...
            #expect(object.operators.contains("0.86 0.86 0.86 rg"), "page \(page + 1)")
            // ... and a text matrix both rotated (b and c not zero) and large (over 100 pt).
            let matrix = try #require(object.operators.split(separator: "\n").first { $0.hasSuffix(" Tm") })
            let numbers = matrix.split(separator: " ").dropLast().compactMap { Double($0) }
            #expect(numbers.count == 6)
            let (a, b) = (numbers[0], numbers[1])
            #expect(abs(b) > 10 && abs(numbers[2]) > 10, "rotated: \(matrix)")
            #expect((a * a + b * b).squareRoot() > 100, "size: \(matrix)")
        }
        for text in inspector.pageTexts() {
            #expect(text.contains("DRAFT - not finished, not signed"))
        }
    }

    @Test("a signed record's PDF has no watermark")
    func noWatermark() throws {
        let inspector = try PDFInspector(try PDFSheetRenderer(paper: .a4).render(try sheet(status: "signed", signature: SheetSignature(name: "RO", signedAt: Self.signedAt))).data)
        #expect(!(try inspector.text()).contains("DRAFT"))
    }
}
