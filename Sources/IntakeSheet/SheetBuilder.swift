import Assessment
import Foundation
import IntakeModel
import PlainText
import IntakeReport

extension IntakeSheet {
    /// The sheet of a record: its `IntakeReport` (assessed now, with the validator's warnings).
    public init(record: IntakeRecord, context: SheetContext) {
        let language = context.language ?? record.patient?.language
        self.init(report: IntakeReport.make(record: record, language: language), record: record, context: context)
    }

    /// The sheet of a record's report: findings, warnings, recommendations, prices and notices are
    /// the report's, laid out for paper.
    public init(report: IntakeReport, record: IntakeRecord, context: SheetContext) {
        let strings = SheetStrings(language: context.language ?? record.patient?.language)
        let builder = SheetBuilder(record: record, report: report, context: context, strings: strings)
        self.init(header: builder.header(), sections: builder.sections(), footerNotice: builder.footerNotice(),
                  documentTitle: builder.documentTitle(), watermark: context.isDraft ? strings["draft.watermark"] : nil,
                  strings: strings)
    }
}

/// Builds the sections of the sheet from the record (sanitising every string it prints) and the
/// assessment. One method per section; the order of `sections()` is the printed order: what the
/// clinician acts on first (urgency, red flags, recommendations, medication alerts), then what the
/// patient answered, then the assessment's details, the reference prices and the staff review.
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

    func value(_ raw: String?, _ kind: String) -> String {
        raw.map { strings.value($0, of: kind) } ?? strings["unknown"]
    }

    func yesNo(_ answer: Bool?) -> String {
        answer.map { $0 ? strings["yes"] : strings["no"] } ?? strings["unknown"]
    }

    var age: Int? {
        if let age = report.header.age { return age }
        if let age = record.patient?.age { return age }
        if let birth = record.patient?.birthDate, let visit = record.visitDate { return birth.completedYears(until: visit) }
        return nil
    }

    func sections() -> [SheetSection] {
        [urgency(), redFlags(), recommendations(), alerts(), patient(), history(), medications(), symptoms(),
         redFlagScreen(), boneDensity(), startBack(), assessmentSection(), prices(), review()].compactMap { $0 }
    }

    // MARK: header and footer

    func header() -> SheetHeader {
        let patient = record.patient
        let name = clean(patient?.name) ?? strings["unknown"]
        let details = strings.format("header.details", patient?.birthDate?.description ?? strings["unknown"],
                                     age.map(String.init) ?? strings["unknown"], value(patient?.sex?.rawValue, "sex"),
                                     record.visitDate?.description ?? strings["unknown"])
        let recordID = clean(context.recordID ?? record.id) ?? strings["unknown"]
        // Name, date of birth and the clinic's patient number on every page: a loose page is
        // still matched to its patient.
        let patientLine = clean(patient?.identifier).map { strings.format("header.patient.number", name, $0) }
            ?? strings.format("header.patient", name)
        let signedLine = context.signature.map { signature in
            let when = SheetFormat.dateAndTime(signature.signedAt, in: context.timeZone)
            return strings.format("header.signed", clean(signature.name) ?? strings["unknown"], when.date, when.time)
        }
        return SheetHeader(clinicName: clean(context.clinicName) ?? ClinicConfiguration.defaultName,
                           patientLine: patientLine, detailsLine: details,
                           recordLine: strings.format("header.record", recordID,
                                                                 clean(context.status).map { strings.value($0, of: "lifecycle") } ?? strings["unknown"]),
                           draftLine: context.isDraft ? strings[context.status == "completed" ? "draft.line.completed" : "draft.line"] : nil,
                           signedLine: signedLine)
    }

    func footerNotice() -> String {
        report.notices.first { $0.id == NoticeID.notADiagnosis.rawValue }?.text ?? strings["notice.default"]
    }

    func documentTitle() -> String {
        let id = clean(context.recordID ?? record.id).map { Truncation.truncated($0, toWidth: 40) } ?? ""
        return strings.format("document.title", id).trimmingCharacters(in: .whitespaces)
    }

    // MARK: urgency and red flags

    func urgency() -> SheetSection {
        let tier = report.urgency.tier
        var lines = report.redFlags.isEmpty ? [] : [strings.format("urgency.fired", report.redFlags.map(\.title).joined(separator: "; "))]
        // Format spec 6.1: never "routine" for an incomplete screen; say how many and which.
        if tier == .notScreened {
            lines.append(strings.format("urgency.stillToAsk", report.unaskedRedFlags.joined(separator: "; ")))
        }
        for acknowledgement in context.alertAcknowledgements {
            let when = SheetFormat.dateAndTime(acknowledgement.at, in: context.timeZone)
            lines.append(strings.format("urgency.acknowledged", acknowledgement.rules.joined(separator: ", "),
                                        clean(acknowledgement.name) ?? strings["unknown"], when.date, when.time))
        }
        return SheetSection(title: nil, blocks: [.urgencyBox(tier: tier.rawValue, title: strings.format("urgency.title", report.urgency.text),
                                                             lines: lines)])
    }

    func redFlags() -> SheetSection {
        if report.redFlags.isEmpty {
            let none = report.urgency.tier == .notScreened ? report.text[.noRedFlagsInAsked] : report.text[.noRedFlags]
            return SheetSection(title: strings["section.redFlags"], blocks: [.paragraph(none)])
        }
        let findings = report.redFlags.map { flag in
            SheetFinding(tag: flag.rule, text: strings.format("redFlags.line", flag.levelText, flag.reason, report.text[.because],
                                                              clean(flag.inputs.joined(separator: ", ")) ?? ""),
                         emphasised: flag.level != .routine)
        }
        return SheetSection(title: strings["section.redFlags"], blocks: [.findings(findings)])
    }

    // MARK: patient

    func patient() -> SheetSection {
        let patient = record.patient
        let body = record.body
        var fields = [SheetField(strings["field.name"], clean(patient?.name) ?? strings["unknown"])]
        if let identifier = clean(patient?.identifier) { fields.append(SheetField(strings["field.identifier"], identifier)) }
        if let phone = clean(patient?.phone) { fields.append(SheetField(strings["field.phone"], phone)) }
        if let language = clean(patient?.language) { fields.append(SheetField(strings["field.language"], language)) }
        fields.append(SheetField(strings["field.height"], length(body?.height)))
        fields.append(SheetField(strings["field.weight"], body?.weight.map { "\(SheetFormat.number($0.value)) \($0.unit.rawValue)" } ?? strings["unknown"]))
        if let bmi = report.assessment.bmi { fields.append(SheetField(strings["field.bmi"], SheetFormat.oneDecimal(bmi.doubleValue))) }
        if let tallest = body?.tallestAdultHeight { fields.append(SheetField(strings["field.tallest"], length(tallest))) }
        var losses: [String] = []
        if let historical = report.assessment.heightLossCm.historical {
            losses.append(strings.format("value.historicalLoss", SheetFormat.number(historical.doubleValue)))
        }
        if let prospective = body?.measuredHeightLoss {
            losses.append(strings.format("value.prospectiveLoss", length(prospective)))  // the length has its unit
        }
        if !losses.isEmpty { fields.append(SheetField(strings["field.heightLoss"], losses.joined(separator: "; "))) }
        if body?.kyphosis != nil { fields.append(SheetField(strings["field.kyphosis"], yesNo(body?.kyphosis))) }
        var blocks: [SheetBlock] = [.fields(fields)]
        if let historical = report.assessment.heightLossCm.historical {
            blocks.append(.heightLossBar(SheetHeightLossBar(lossCm: historical.doubleValue)))
        }
        return SheetSection(title: strings["section.patient"], blocks: blocks)
    }

    func length(_ length: Length?) -> String {
        guard let length else { return strings["unknown"] }
        let entered = "\(SheetFormat.number(length.value)) \(length.unit.rawValue)"
        if length.unit == .cm { return entered }
        return length.centimetreHundredths.map { "\(entered) (\(SheetFormat.hundredths($0)) cm)" } ?? entered
    }

    // MARK: history

    func history() -> SheetSection? {
        guard let history = record.history else { return nil }
        var fields: [SheetField] = []
        if let conditions = history.conditions {
            fields.append(SheetField(strings["field.conditions"], list(conditions.map { strings.value($0.rawValue, of: "condition") })))
        }
        if let menopause = history.menopause {
            let status = value(menopause.status?.rawValue, "menopause")
            let text = menopause.status == .postmenopausal && menopause.age != nil
                ? strings.format("value.menopause.age", status, String(menopause.age!)) : status
            fields.append(SheetField(strings["field.menopause"], text))
        }
        if let fractures = history.fractures {
            fields.append(SheetField(strings["field.fractures"], list(fractures.map(fracture))))
        }
        if history.parentalHipFracture != nil { fields.append(SheetField(strings["field.parentalHip"], yesNo(history.parentalHipFracture))) }
        if let falls = history.fallsPast12Months { fields.append(SheetField(strings["field.falls"], String(falls))) }
        if let events = history.cardiovascularEvents {
            fields.append(SheetField(strings["field.cardiovascular"], list(events.map { event in
                let type = value(event.type?.rawValue, "cv")
                return event.date.map { strings.format("value.cv.date", type, $0.description) } ?? type
            })))
        }
        if let smoking = history.smoking { fields.append(SheetField(strings["field.smoking"], value(smoking.rawValue, "smoking"))) }
        if let alcohol = history.alcoholPerDay {
            let amount = SheetFormat.number(alcohol.value)
            let unit = amount == "1" ? strings.value("\(alcohol.unit.rawValue).one", of: "alcohol") : strings.value(alcohol.unit.rawValue, of: "alcohol")
            fields.append(SheetField(strings["field.alcohol"], "\(amount) \(unit)"))
        }
        if let activity = history.activityLevel { fields.append(SheetField(strings["field.activity"], value(activity.rawValue, "activity"))) }
        if let calcium = history.calciumIntake { fields.append(SheetField(strings["field.calcium"], value(calcium.rawValue, "calcium"))) }
        if history.vitaminDSupplement != nil { fields.append(SheetField(strings["field.vitaminD"], yesNo(history.vitaminDSupplement))) }
        var dental: [String] = []
        if history.plannedDentalSurgery == true { dental.append(strings["value.dental.planned"]) }
        if history.poorDentalHealth == true { dental.append(strings["value.dental.poor"]) }
        if !dental.isEmpty { fields.append(SheetField(strings["field.dental"], dental.joined(separator: "; "))) }
        return SheetSection(title: strings["section.history"], blocks: [.fields(fields)])
    }

    func fracture(_ fracture: Fracture) -> String {
        strings.format("value.fracture", value(fracture.site?.rawValue, "site"),
                       fracture.age.map { strings.format("value.fracture.age", String($0)) } ?? "",
                       fracture.lowTrauma == true ? strings["value.fracture.lowTrauma"] : "",
                       fracture.documented == true ? strings["value.fracture.documented"]
                           : fracture.site == .vertebra ? strings["value.fracture.undocumented"] : "")
    }

    func list(_ items: [String]) -> String { items.isEmpty ? strings["none"] : items.joined(separator: "; ") }

    // MARK: medications

    func medications() -> SheetSection {
        let medications = record.medications ?? []
        guard !medications.isEmpty else {
            return SheetSection(title: strings["section.medications"], blocks: [.paragraph(strings["medications.none"])])
        }
        let headers = ["table.medication", "table.status", "table.dose", "table.route", "table.duration", "table.lastDose"].map { strings[$0] }
        let rows = medications.map { medication -> [String] in
            [clean(medication.name) ?? strings["unknown"],
             strings.value((medication.status ?? .current).rawValue, of: "status"),
             medication.doseMgPerDay.map(SheetFormat.number) ?? "",
             medication.route.map { strings.value($0.rawValue, of: "route") } ?? "",
             medication.years.map { strings.counted("table.years", SheetFormat.number($0)) }
                 ?? medication.months.map { strings.counted("table.months", SheetFormat.number($0)) } ?? "",
             medication.lastDoseDate?.description ?? ""]
        }
        return SheetSection(title: strings["section.medications"],
                            blocks: [.table(headers: headers, widths: [26, 9, 8, 12, 12, 13], rows: rows)])
    }
}
