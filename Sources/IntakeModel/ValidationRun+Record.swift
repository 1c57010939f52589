/// A record built in memory (the screens' `IntakeRecord`) checked on its typed values: the same
/// rules, messages, paths and order as the JSON walk, without turning it back into JSON. What the
/// types already guarantee (a known key, a value of the right kind, an option of the list) needs no
/// check; lengths, ranges, dates, repeats, required answers and the checks across fields are the
/// same functions the JSON walk calls (`checkAge`, `canonical`, `checkBMI`...).
extension ValidationRun {
    /// Reads visitDate, sex and age before the walk, as `readFacts` does for JSON.
    mutating func readFacts(_ record: IntakeRecord) {
        visitDate = record.visitDate.flatMap(Self.real)
        guard let patient = record.patient else { return }
        sex = patient.sex
        switch (patient.age, patient.birthDate) {
        case (let age?, nil):
            if IntakeLimits.age.contains(raw: Double(age)) { currentAge = age }
        case (nil, let birth?):
            if let birth = Self.real(birth), let visit = visitDate, birth <= visit {
                let years = birth.completedYears(until: visit)
                if IntakeLimits.age.isWithinHardLimits(years) { currentAge = years }
            }
        default:
            break
        }
    }

    /// The date a typed value stands for, if it is a real one (a `CalendarDate` can hold 2026-02-30).
    static func real(_ date: CalendarDate) -> CalendarDate? { CalendarDate(iso: date.description) }

    mutating func check(_ record: IntakeRecord) {
        if record.format != IntakeRecord.formatTag {
            error("/format", .enumeration, messages.say(.notOneOf, ["value": IntakeText.printable(record.format), "allowed": IntakeRecord.formatTag]))
        }
        _ = text(record.id, at: "/id", length: IntakeLimits.idLength, notBlank: true)
        if let visit = record.visitDate {
            _ = date(visit, at: "/visitDate", notAfterVisit: false)
        } else {
            error("/visitDate", .required, messages.say(.visitDateRequired))
        }
        if let patient = record.patient { check(patient, at: "/patient") } else { error("/patient", .required, messages.required("patient")) }
        if let body = record.body { check(body, at: "/body") } else { error("/body", .required, messages.required("body")) }
        if let history = record.history {
            check(history, at: "/history")
        } else if sex == .female {
            error("/history/menopause", .required, messages.say(.menopauseRequiredForWomen))
        }
        for (index, medication) in (record.medications ?? []).enumerated() {
            check(medication, at: JSONPointer.appending(index, to: "/medications"))
        }
        if let symptoms = record.symptoms { check(symptoms, at: "/symptoms") } else { error("/symptoms", .required, messages.required("symptoms")) }
        if let flags = record.redFlags {
            _ = temperature(flags.temperature, at: "/redFlags/temperature", limit: IntakeLimits.temperature)
        }
        if let density = record.boneDensity { check(density, at: "/boneDensity") }
        if let labs = record.labs {
            _ = bounded(labs.egfr, at: "/labs/egfr", limit: IntakeLimits.kidneyFunction)
            _ = bounded(labs.creatinineClearance, at: "/labs/creatinineClearance", limit: IntakeLimits.kidneyFunction)
        }
        if let answers = record.startBack {
            for item in answers.unansweredItems {
                error("/startBack/item\(item)", .required, messages.say(.startBackItemRequired, ["item": String(item)]))
            }
        }
    }

    private mutating func check(_ patient: Patient, at path: String) {
        let at = { (key: String) in JSONPointer.appending(key, to: path) }
        if patient.age != nil && patient.birthDate != nil {
            error(path, .conflict, messages.say(.ageOrBirthDateNotBoth))
        } else if patient.age == nil && patient.birthDate == nil {
            error(path, .required, messages.say(.ageOrBirthDateRequired))
        }
        _ = text(patient.name, at: at("name"), length: IntakeLimits.patientNameLength, notBlank: true, noControlCharacters: true)
        _ = text(patient.identifier, at: at("identifier"), length: IntakeLimits.patientIdentifierLength, notBlank: true)
        if let language = patient.language, !ValidationRun.isLanguageTag(language) {
            error(at("language"), .format, messages.say(.notLanguageTag, ["value": IntakeText.printable(language)]))
        }
        _ = text(patient.phone, at: at("phone"), length: IntakeLimits.phoneLength)
        if patient.sex == nil { error(at("sex"), .required, messages.say(.sexRequired)) }
        if let birthDate = patient.birthDate {
            if let birth = date(birthDate, at: at("birthDate")) {
                if let visit = visitDate { checkAge(birth.completedYears(until: visit), at: at("birthDate"), computed: true) }
            } else if let birth = Self.real(birthDate), let visit = visitDate, birth > visit, errors.last?.path == at("birthDate") {
                // date() reported "is after the visit date"; say what it means.
                errors[errors.count - 1].message = messages.say(.visitBeforeBirth)
            }
        }
        let limit = IntakeLimits.age
        let wideAge = IntakeLimit(name: limit.name, unit: limit.unit, places: 0, hard: Int.min...Int.max)
        if let age = integer(patient.age, at: at("age"), limit: wideAge) { checkAge(age, at: at("age"), computed: false) }
    }

    private mutating func check(_ body: Body, at path: String) {
        let at = { (key: String) in JSONPointer.appending(key, to: path) }
        let height = length(body.height, at: at("height"), limit: IntakeLimits.height, requiredAs: "height")
        let weight = mass(body.weight, at: at("weight"), limit: IntakeLimits.weight, requiredAs: "weight")
        if let tallest = length(body.tallestAdultHeight, at: at("tallestAdultHeight"), limit: nil), let height {
            checkHistoricalHeightLoss(tallest: tallest, height: height, at: at("tallestAdultHeight"))
        }
        _ = length(body.measuredHeightLoss, at: at("measuredHeightLoss"), limit: IntakeLimits.prospectiveHeightLoss)
        if let height, let weight { checkBMI(centimetreHundredths: height.1, kilogramHundredths: weight.1, at: path) }
    }

    private mutating func check(_ history: History, at path: String) {
        let at = { (key: String) in JSONPointer.appending(key, to: path) }
        repeats(history.conditions, at: at("conditions"))
        if let menopause = history.menopause {
            if sex == .male {
                error(at("menopause"), .conflict, messages.say(.menopauseForMan))
            } else {
                if menopause.status == nil { error(at("menopause") + "/status", .required, messages.say(.menopauseStatusRequired)) }
                if let age = integer(menopause.age, at: at("menopause") + "/age", limit: IntakeLimits.menopauseAge) {
                    _ = notAboveCurrentAge(age, at: at("menopause") + "/age", what: .ageAtMenopause)
                }
            }
        } else if sex == .female {
            error(at("menopause"), .required, messages.say(.menopauseRequiredForWomen))
        }
        for (index, fracture) in (history.fractures ?? []).enumerated() {
            let entry = JSONPointer.appending(index, to: at("fractures"))
            if fracture.site == nil { error(entry + "/site", .required, messages.say(.fractureSiteRequired)) }
            if let age = integer(fracture.age, at: entry + "/age", limit: IntakeLimits.fractureAge) {
                _ = notAboveCurrentAge(age, at: entry + "/age", what: .ageAtFracture)
            }
        }
        _ = integer(history.fallsPast12Months, at: at("fallsPast12Months"), limit: IntakeLimits.fallsPast12Months)
        for (index, event) in (history.cardiovascularEvents ?? []).enumerated() {
            let entry = JSONPointer.appending(index, to: at("cardiovascularEvents"))
            if event.type == nil { error(entry + "/type", .required, messages.say(.eventTypeRequired)) }
            _ = date(event.date, at: entry + "/date")
        }
        if let amount = history.alcoholPerDay, finite(amount.value, at: at("alcoholPerDay")) {
            let limit = IntakeLimits.alcoholPerDay
            let canonicalUnit = amount.unit == .ukUnits ? limit.unit : amount.unit.rawValue
            _ = canonical(amount.ukUnitHundredths, entered: amount.value, unit: canonicalUnit, limit: limit, at: at("alcoholPerDay"))
        }
    }

    private mutating func check(_ medication: Medication, at path: String) {
        let at = { (key: String) in JSONPointer.appending(key, to: path) }
        if medication.months != nil && medication.years != nil {
            error(path, .conflict, messages.say(.monthsOrYearsNotBoth))
        }
        var name: String?
        if medication.name != nil {
            name = text(medication.name, at: at("name"), length: IntakeLimits.medicationNameLength, notBlank: true)
        } else {
            error(at("name"), .required, messages.say(.medicineNameRequired))
        }
        let dose = bounded(medication.doseMgPerDay, at: at("doseMgPerDay"), limit: IntakeLimits.doseMgPerDay)
        _ = bounded(medication.months, at: at("months"), limit: IntakeLimits.durationMonths)
        _ = bounded(medication.years, at: at("years"), limit: IntakeLimits.durationYears)
        let lastDose = date(medication.lastDoseDate, at: at("lastDoseDate"))

        guard let name, let entry = MedicationVocabulary.bundled.entry(named: name) else { return }
        if let dose, let factor = entry.prednisoloneFactor, entry.classes.contains(.glucocorticoid),
           entry.effectiveRoute(entered: medication.route) == .oral {
            checkGlucocorticoidDose(dose, factor: factor, generic: entry.generic, at: at("doseMgPerDay"))
        }
        if let lastDose, let visit = visitDate, entry.classes.contains(.denosumab) {
            let limit = IntakeLimits.denosumabMonthsSinceLastDose
            if lastDose < visit.monthsBefore(limit.hard.upperBound) {
                error(at("lastDoseDate"), .range, messages.say(.denosumabTooLongAgo, ["months": String(limit.hard.upperBound)]))
            }
        }
    }

    private mutating func check(_ symptoms: Symptoms, at path: String) {
        let at = { (key: String) in JSONPointer.appending(key, to: path) }
        if symptoms.startDate != nil && symptoms.daysAgo != nil {
            error(path, .conflict, messages.say(.startDateOrDaysAgoNotBoth))
        } else if symptoms.startDate == nil && symptoms.daysAgo == nil {
            error(path, .required, messages.say(.startDateOrDaysAgoRequired))
        }
        if let start = date(symptoms.startDate, at: at("startDate")) {
            let limit = IntakeLimits.episodeDays
            if let visit = visitDate, !limit.isWithinHardLimits(start.days(until: visit)) {
                error(at("startDate"), .range, messages.say(.episodeTooLong, ["days": String(start.days(until: visit)), "allowed": limit.hardRangeText(in: messages.language)]))
            }
        }
        _ = integer(symptoms.daysAgo, at: at("daysAgo"), limit: IntakeLimits.episodeDays)
        if symptoms.onset == nil { error(at("onset"), .required, messages.say(.onsetRequired)) }
        if symptoms.trigger == nil { error(at("trigger"), .required, messages.say(.triggerRequired)) }
        _ = integer(symptoms.painScore, at: at("painScore"), limit: IntakeLimits.painScore)
        repeats(symptoms.locations, at: at("locations"))
        repeats(symptoms.worsenedBy, at: at("worsenedBy"))
        repeats(symptoms.relievedBy, at: at("relievedBy"))
    }

    private mutating func check(_ density: BoneDensity, at path: String) {
        let at = { (key: String) in JSONPointer.appending(key, to: path) }
        if density.lowestTScore == nil && density.lowestZScore == nil {
            error(path, .required, messages.say(.scoreRequired))
        }
        _ = bounded(density.lowestTScore, at: at("lowestTScore"), limit: IntakeLimits.tScore)
        _ = bounded(density.lowestZScore, at: at("lowestZScore"), limit: IntakeLimits.zScore)
        _ = date(density.date, at: at("date"))
    }
}
