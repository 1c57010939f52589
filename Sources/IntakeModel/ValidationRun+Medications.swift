/// `medications` (format spec section 3.4): each entry's shape, durations, dates, and the
/// glucocorticoid dose in prednisolone-equivalent mg/day (hard limit 200, soft limit 60).
extension ValidationRun {
    static let medicationKeys: Set<String> = [
        "name", "status", "doseMgPerDay", "route", "months", "years", "lastDoseDate", "wantsToStop",
    ]

    mutating func medication(_ value: JSONValue, at path: String) -> Medication? {
        object(value, at: path, keys: ValidationRun.medicationKeys) { $0.medication($1) }
    }

    mutating func medication(_ object: JSONObject) -> Medication {
        var medication = Medication()
        if object.has("months") && object.has("years") {
            error(object.path, .conflict, messages.say(.monthsOrYearsNotBoth))
        }
        if object.has("name") {
            medication.name = text(object, "name", length: IntakeLimits.medicationNameLength, notBlank: true)
        } else {
            error(object.path("name"), .required, messages.say(.medicineNameRequired))
        }
        medication.status = choice(MedicationStatus.self, object, "status")
        medication.doseMgPerDay = bounded(object, "doseMgPerDay", limit: IntakeLimits.doseMgPerDay)
        medication.route = choice(Route.self, object, "route")
        medication.months = bounded(object, "months", limit: IntakeLimits.durationMonths)
        medication.years = bounded(object, "years", limit: IntakeLimits.durationYears)
        medication.lastDoseDate = date(object, "lastDoseDate")
        medication.wantsToStop = bool(object, "wantsToStop")

        guard let name = medication.name, let entry = MedicationVocabulary.bundled.entry(named: name) else { return medication }
        if let dose = medication.doseMgPerDay, let factor = entry.prednisoloneFactor, entry.classes.contains(.glucocorticoid),
           entry.effectiveRoute(entered: medication.route) == .oral {
            checkGlucocorticoidDose(dose, factor: factor, generic: entry.generic, at: object.path("doseMgPerDay"))
        }
        if let last = medication.lastDoseDate, let visit = visitDate, entry.classes.contains(.denosumab) {
            let limit = IntakeLimits.denosumabMonthsSinceLastDose
            if last < visit.monthsBefore(limit.hard.upperBound) {
                error(object.path("lastDoseDate"), .range,
                      messages.say(.denosumabTooLongAgo, ["months": String(limit.hard.upperBound)]))
            }
        }
        return medication
    }

    /// Prednisolone-equivalent mg/day = dose × factor, rounded to 0.01 mg (format spec section 3.4).
    mutating func checkGlucocorticoidDose(_ dose: Double, factor: Fraction, generic: String, at path: String) {
        let limit = IntakeLimits.glucocorticoidDose
        guard dose < 1.0e9, let exact = ExactDecimal(dose) else {
            error(path, .range, messages.say(.glucocorticoidOutside, ["dose": messages.say(.glucocorticoidDose, ["dose": messages.number(dose)]), "range": limit.hardRangeText(in: messages.language)]))
            return
        }
        let scaled = exact.scaled(times: Int128(factor.numerator), over: Int128(factor.denominator), places: limit.places)
        let equivalent = factor.numerator == factor.denominator
            ? messages.say(.glucocorticoidDose, ["dose": messages.number(dose)])
            : messages.say(.glucocorticoidConverted, ["dose": messages.number(dose), "medicine": generic, "equivalent": messages.quantity(scaled, limit)])
        if !limit.isWithinHardLimits(scaled) {
            error(path, .range, messages.say(.glucocorticoidOutside, ["dose": equivalent, "range": limit.hardRangeText(in: messages.language)]))
        } else if limit.isOutsideSoftLimits(scaled) {
            softLimit(path, messages.say(.glucocorticoidUnusual, ["dose": equivalent, "range": limit.softRangeText(in: messages.language)]))
        }
    }
}
