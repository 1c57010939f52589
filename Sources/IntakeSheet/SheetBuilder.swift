import Assessment
import Catalog
import Foundation
import IntakeModel
import PlainText
import IntakeReport

extension IntakeSheet {
    /// The sheet of a record: its `IntakeReport` (assessed now, with the validator's warnings).
    public init(record: IntakeRecord, context: SheetContext) {
        self.init(report: IntakeReport.make(record: record, language: context.language), record: record, context: context)
    }

    /// The sheet of a record's report: findings, warnings, recommendations, prices and notices are
    /// the report's, laid out for paper.
    public init(report: IntakeReport, record: IntakeRecord, context: SheetContext) {
        let strings = SheetStrings(language: context.language ?? Language(rawValue: report.language) ?? .english)
        let builder = SheetBuilder(record: record, report: report, context: context, strings: strings)
        self.init(header: builder.header(), sections: builder.sections(), footerNotice: builder.footerNotice(),
                  documentTitle: builder.documentTitle(), watermark: context.isDraft ? strings(.sheetDraftWatermark) : nil,
                  strings: strings)
    }
}

/// Lays the report out as the sections of the sheet, sanitising every string of the record it
/// prints. The order of `sections()` is the printed order: what the clinician acts on first
/// (urgency, red flags, recommendations, medication alerts), then what the patient answered, step
/// by step (`answerSections`, from the report's answers), then the assessment's details, the
/// reference prices and the staff review. The record itself is read only for the header and the
/// pain map's picture.
struct SheetBuilder {
    var record: IntakeRecord
    var report: IntakeReport
    var context: SheetContext
    var strings: SheetStrings

    /// A string from the record, safe to print.
    func clean(_ text: String?) -> String? {
        guard let text else { return nil }
        let cleaned = Sanitizer.collapsedLine(text)
        return cleaned.isEmpty ? nil : cleaned
    }

    /// The patient's sex in the sheet's words.
    func sex(_ sex: Sex?) -> String {
        switch sex {
        case .female: strings(.sheetSexFemale)
        case .male: strings(.sheetSexMale)
        case nil: strings(.sheetUnknown)
        }
    }

    /// Where the record is in its life, in the sheet's words: the store's statuses (`in-progress`,
    /// `completed`, `signed`, `amended`) and `file` for a record printed from a file.
    func lifecycle(_ status: String) -> String {
        switch status {
        case "in-progress": strings(.sheetLifecycleInProgress)
        case "completed": strings(.sheetLifecycleCompleted)
        case "signed": strings(.sheetLifecycleSigned)
        case "amended": strings(.sheetLifecycleAmended)
        case "file": strings(.sheetLifecycleFile)
        default: clean(status) ?? strings(.sheetUnknown)
        }
    }

    var age: Int? {
        if let age = report.header.age { return age }
        if let age = record.patient?.age { return age }
        if let birth = record.patient?.birthDate, let visit = record.visitDate { return birth.completedYears(until: visit) }
        return nil
    }

    func sections() -> [SheetSection] {
        [urgency(), redFlags(), recommendations(), alerts()] + answerSections() + [assessmentSection(), prices(), review()]
    }

    // MARK: header and footer

    func header() -> SheetHeader {
        let patient = record.patient
        let name = clean(patient?.name) ?? strings(.sheetUnknown)
        let details = strings(.sheetHeaderDetails, ["born": patient?.birthDate?.description ?? strings(.sheetUnknown), "age": age.map(String.init) ?? strings(.sheetUnknown), "sex": sex(patient?.sex), "visit": record.visitDate?.description ?? strings(.sheetUnknown)])
        let recordID = clean(context.recordID ?? record.id) ?? strings(.sheetUnknown)
        // Name, date of birth and the clinic's patient number on every page: a loose page is
        // still matched to its patient.
        let patientLine = clean(patient?.identifier).map { strings(.sheetHeaderPatientNumber, ["name": name, "number": $0]) }
            ?? strings(.sheetHeaderPatient, ["name": name])
        let signedLine = context.signature.map { signature in
            let when = SheetFormat.dateAndTime(signature.signedAt, in: context.timeZone)
            return strings(.sheetHeaderSigned, ["name": clean(signature.name) ?? strings(.sheetUnknown), "date": when.date, "time": when.time])
        }
        // a clinic that has not named itself in clinic.toml is "OsteoIntake clinic" in the sheet's language
        let clinic = clean(context.clinicName).flatMap { $0 == ClinicConfiguration.defaultName ? nil : $0 } ?? strings(.sheetClinicDefault)
        return SheetHeader(clinicName: clinic,
                           patientLine: patientLine, detailsLine: details,
                           recordLine: strings(.sheetHeaderRecord, ["id": recordID, "status": lifecycle(context.status)]),
                           draftLine: context.isDraft ? strings(context.status == "completed" ? .sheetDraftLineCompleted : .sheetDraftLine) : nil,
                           signedLine: signedLine)
    }

    func footerNotice() -> String {
        report.notices.first { $0.id == NoticeID.notADiagnosis.rawValue }?.text ?? strings(.sheetNoticeDefault)
    }

    func documentTitle() -> String {
        let id = clean(context.recordID ?? record.id).map { Truncation.truncated($0, toWidth: 40) } ?? ""
        return strings(.sheetDocumentTitle, ["id": id]).trimmingCharacters(in: .whitespaces)
    }

    // MARK: urgency and red flags

    func urgency() -> SheetSection {
        let tier = report.urgency.tier
        var lines = report.redFlags.isEmpty ? [] : [strings(.sheetUrgencyFired, ["rules": report.redFlags.map(\.title).joined(separator: "; ")])]
        // Format spec 6.1: never "routine" for an incomplete screen; say how many and which, on
        // page 1 with every tier (an urgent patient may still have an emergency question unasked).
        if !report.unaskedRedFlags.isEmpty {
            lines.append(strings(.sheetUrgencyStillToAsk, ["questions": report.unaskedRedFlags.joined(separator: "; ")]))
        }
        // an alert acknowledged and then corrected away (a yes typed by mistake) is not left
        // standing beside a lower urgency without a word: the sheet says it no longer applies
        let firing = Set(report.redFlags.map(\.rule))
        for acknowledgement in context.alertAcknowledgements {
            let when = SheetFormat.dateAndTime(acknowledgement.at, in: context.timeZone)
            var words = ["rules": acknowledgement.rules.joined(separator: ", "), "name": clean(acknowledgement.name) ?? strings(.sheetUnknown),
                         "date": when.date, "time": when.time]
            let changed = acknowledgement.rules.filter { !firing.contains($0) }
            if changed.isEmpty {
                lines.append(strings(.sheetUrgencyAcknowledged, words))
            } else {
                words["changed"] = changed.joined(separator: ", ")
                lines.append(strings(.sheetUrgencyAcknowledgedChanged, words))
            }
        }
        return SheetSection(title: nil, blocks: [.urgencyBox(tier: tier.rawValue, title: strings(.sheetUrgencyTitle, ["urgency": report.urgency.text]),
                                                             lines: lines)])
    }

    func redFlags() -> SheetSection {
        if report.redFlags.isEmpty {
            let none = report.urgency.tier == .notScreened ? report.text[.noRedFlagsInAsked] : report.text[.noRedFlags]
            return SheetSection(title: strings(.sheetSectionRedFlags), blocks: [.paragraph(none)])
        }
        let findings = report.redFlags.map { flag in
            SheetFinding(tag: flag.rule, text: strings(.sheetRedFlagsLine, ["level": flag.levelText, "name": flag.reason, "because": report.text[.because], "reasons": clean(flag.inputs.joined(separator: ", ")) ?? ""]),
                         emphasised: flag.level != .routine)
        }
        return SheetSection(title: strings(.sheetSectionRedFlags), blocks: [.findings(findings)])
    }
}
