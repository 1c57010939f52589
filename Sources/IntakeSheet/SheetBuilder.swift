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
        raw.map { strings.value($0, of: kind) } ?? strings(.sheetUnknown)
    }

    func yesNo(_ answer: Bool?) -> String {
        answer.map { $0 ? strings(.sheetYes) : strings(.sheetNo) } ?? strings(.sheetUnknown)
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
        let name = clean(patient?.name) ?? strings(.sheetUnknown)
        let details = strings(.sheetHeaderDetails, ["born": patient?.birthDate?.description ?? strings(.sheetUnknown), "age": age.map(String.init) ?? strings(.sheetUnknown), "sex": value(patient?.sex?.rawValue, "sex"), "visit": record.visitDate?.description ?? strings(.sheetUnknown)])
        let recordID = clean(context.recordID ?? record.id) ?? strings(.sheetUnknown)
        // Name, date of birth and the clinic's patient number on every page: a loose page is
        // still matched to its patient.
        let patientLine = clean(patient?.identifier).map { strings(.sheetHeaderPatientNumber, ["name": name, "number": $0]) }
            ?? strings(.sheetHeaderPatient, ["name": name])
        let signedLine = context.signature.map { signature in
            let when = SheetFormat.dateAndTime(signature.signedAt, in: context.timeZone)
            return strings(.sheetHeaderSigned, ["name": clean(signature.name) ?? strings(.sheetUnknown), "date": when.date, "time": when.time])
        }
        return SheetHeader(clinicName: clean(context.clinicName) ?? ClinicConfiguration.defaultName,
                           patientLine: patientLine, detailsLine: details,
                           recordLine: strings(.sheetHeaderRecord, ["id": recordID, "status": clean(context.status).map { strings.value($0, of: "lifecycle") } ?? strings(.sheetUnknown)]),
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

    // MARK: patient

    /// "Spanish (es)": the language the patient answered in, named in the sheet's language (the
    /// sheet follows the clinic's language, the answers the patient's). A tag the program does not
    /// speak is printed as recorded.
    func answeredIn(_ tag: String) -> String {
        switch try? Language(tag: tag) {
        case .english: strings(.sheetValueLanguageEn)
        case .spanish: strings(.sheetValueLanguageEs)
        case nil: tag
        }
    }

    func patient() -> SheetSection {
        let patient = record.patient
        let body = record.body
        var fields = [SheetField(strings(.sheetFieldName), clean(patient?.name) ?? strings(.sheetUnknown))]
        if let identifier = clean(patient?.identifier) { fields.append(SheetField(strings(.sheetFieldIdentifier), identifier)) }
        if let phone = clean(patient?.phone) { fields.append(SheetField(strings(.sheetFieldPhone), phone)) }
        if let language = clean(patient?.language) { fields.append(SheetField(strings(.sheetFieldLanguage), answeredIn(language))) }
        fields.append(SheetField(strings(.sheetFieldHeight), length(body?.height)))
        fields.append(SheetField(strings(.sheetFieldWeight), body?.weight.map { "\(strings.decimal(SheetFormat.number($0.value))) \($0.unit.rawValue)" } ?? strings(.sheetUnknown)))
        if let bmi = report.assessment.bmi { fields.append(SheetField(strings(.sheetFieldBmi), strings.decimal(SheetFormat.oneDecimal(bmi.doubleValue)))) }
        if let tallest = body?.tallestAdultHeight { fields.append(SheetField(strings(.sheetFieldTallest), length(tallest))) }
        var losses: [String] = []
        if let historical = report.assessment.heightLossCm.historical {
            losses.append(strings(.sheetValueHistoricalLoss, ["cm": strings.decimal(SheetFormat.number(historical.doubleValue))]))
        }
        if let prospective = body?.measuredHeightLoss {
            losses.append(strings(.sheetValueProspectiveLoss, ["loss": length(prospective)]))  // the length has its unit
        }
        if !losses.isEmpty { fields.append(SheetField(strings(.sheetFieldHeightLoss), losses.joined(separator: "; "))) }
        if body?.kyphosis != nil { fields.append(SheetField(strings(.sheetFieldKyphosis), yesNo(body?.kyphosis))) }
        var blocks: [SheetBlock] = [.fields(fields)]
        if let historical = report.assessment.heightLossCm.historical {
            blocks.append(.heightLossBar(SheetHeightLossBar(lossCm: historical.doubleValue)))
        }
        return SheetSection(title: strings(.sheetSectionPatient), blocks: blocks)
    }

    func length(_ length: Length?) -> String {
        guard let length else { return strings(.sheetUnknown) }
        let entered = "\(strings.decimal(SheetFormat.number(length.value))) \(length.unit.rawValue)"
        if length.unit == .cm { return entered }
        return length.centimetreHundredths.map { "\(entered) (\(strings.decimal(SheetFormat.hundredths($0))) cm)" } ?? entered
    }

    // MARK: history

    func history() -> SheetSection? {
        guard let history = record.history else { return nil }
        var fields: [SheetField] = []
        if let conditions = history.conditions {
            fields.append(SheetField(strings(.sheetFieldConditions), list(conditions.map { strings.value($0.rawValue, of: "condition") })))
        }
        if let menopause = history.menopause {
            let status = value(menopause.status?.rawValue, "menopause")
            let text = menopause.status == .postmenopausal && menopause.age != nil
                ? strings(.sheetValueMenopauseAge, ["status": status, "age": String(menopause.age!)]) : status
            fields.append(SheetField(strings(.sheetFieldMenopause), text))
        }
        if let fractures = history.fractures {
            fields.append(SheetField(strings(.sheetFieldFractures), list(fractures.map(fracture))))
        }
        if history.parentalHipFracture != nil { fields.append(SheetField(strings(.sheetFieldParentalHip), yesNo(history.parentalHipFracture))) }
        if let falls = history.fallsPast12Months { fields.append(SheetField(strings(.sheetFieldFalls), String(falls))) }
        if let events = history.cardiovascularEvents {
            fields.append(SheetField(strings(.sheetFieldCardiovascular), list(events.map { event in
                let type = value(event.type?.rawValue, "cv")
                return event.date.map { strings(.sheetValueCvDate, ["event": type, "date": $0.description]) } ?? type
            })))
        }
        if let smoking = history.smoking { fields.append(SheetField(strings(.sheetFieldSmoking), value(smoking.rawValue, "smoking"))) }
        if let alcohol = history.alcoholPerDay {
            let amount = strings.decimal(SheetFormat.number(alcohol.value))
            let unit = amount == "1" ? strings.value("\(alcohol.unit.rawValue).one", of: "alcohol") : strings.value(alcohol.unit.rawValue, of: "alcohol")
            fields.append(SheetField(strings(.sheetFieldAlcohol), "\(amount) \(unit)"))
        }
        if let activity = history.activityLevel { fields.append(SheetField(strings(.sheetFieldActivity), value(activity.rawValue, "activity"))) }
        if let calcium = history.calciumIntake { fields.append(SheetField(strings(.sheetFieldCalcium), value(calcium.rawValue, "calcium"))) }
        if history.vitaminDSupplement != nil { fields.append(SheetField(strings(.sheetFieldVitaminD), yesNo(history.vitaminDSupplement))) }
        var dental: [String] = []
        if history.plannedDentalSurgery == true { dental.append(strings(.sheetValueDentalPlanned)) }
        if history.poorDentalHealth == true { dental.append(strings(.sheetValueDentalPoor)) }
        if !dental.isEmpty { fields.append(SheetField(strings(.sheetFieldDental), dental.joined(separator: "; "))) }
        return SheetSection(title: strings(.sheetSectionHistory), blocks: [.fields(fields)])
    }

    func fracture(_ fracture: Fracture) -> String {
        strings(.sheetValueFracture, ["site": value(fracture.site?.rawValue, "site"), "age": fracture.age.map { strings(.sheetValueFractureAge, ["age": String($0)]) } ?? "", "trauma": fracture.lowTrauma == true ? strings(.sheetValueFractureLowTrauma) : "", "documented": fracture.documented == true ? strings(.sheetValueFractureDocumented)
                           : fracture.site == .vertebra ? strings(.sheetValueFractureUndocumented) : ""])
    }

    func list(_ items: [String]) -> String { items.isEmpty ? strings(.sheetNone) : items.joined(separator: "; ") }

    // MARK: medications

    func medications() -> SheetSection {
        let medications = record.medications ?? []
        guard !medications.isEmpty else {
            return SheetSection(title: strings(.sheetSectionMedications), blocks: [.paragraph(strings(.sheetMedicationsNone))])
        }
        let headers = [TextKey.sheetTableMedication, .sheetTableStatus, .sheetTableDose, .sheetTableRoute, .sheetTableDuration, .sheetTableLastDose].map { strings($0) }
        let rows = medications.map { medication -> [String] in
            // a medicine of the vocabulary by its Spanish name on a Spanish sheet ("alendronato")
            [clean(medication.name).map { SpanishMedicationNames.shown($0, in: strings.language) } ?? strings(.sheetUnknown),
             strings.value((medication.status ?? .current).rawValue, of: "status"),
             medication.doseMgPerDay.map { strings.decimal(SheetFormat.number($0)) } ?? "",
             medication.route.map { strings.value($0.rawValue, of: "route") } ?? "",
             medication.years.map { strings.counted(.sheetTableYears, one: .sheetTableYearsOne, strings.decimal(SheetFormat.number($0))) }
                 ?? medication.months.map { strings.counted(.sheetTableMonths, one: .sheetTableMonthsOne, strings.decimal(SheetFormat.number($0))) } ?? "",
             medication.lastDoseDate?.description ?? ""]
        }
        return SheetSection(title: strings(.sheetSectionMedications),
                            blocks: [.table(headers: headers, widths: [26, 9, 8, 12, 12, 13], rows: rows)])
    }
}
