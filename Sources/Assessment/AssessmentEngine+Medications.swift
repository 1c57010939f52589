import IntakeModel

extension AssessmentEngine {
    /// Resolves every entry and sums up what the rules ask about the list (format spec section 4).
    func addMedications(to facts: inout IntakeFacts) {
        let medications = facts.medicationEntries
        let visitDate = facts.visitDate
        let tshSuppressed = facts.yes.contains(.tshSuppressed)
        facts.medications.reserveCapacity(medications.count)
        for index in medications.indices {
            addMedication(resolve(medications, at: index, visitDate: visitDate, tshSuppressed: tshSuppressed), to: &facts)
        }
        facts.onOsteoporosisDrug = facts.currentClasses.contains(.osteoporosisDrug)
        facts.vitaminDTreated = facts.yes.contains(.vitaminDSupplement) || facts.currentClasses.contains(.vitaminD)
    }

    private func addMedication(_ entry: MedicationFacts, to facts: inout IntakeFacts) {
        facts.medications.append(entry)
        if entry.isCurrent { facts.currentClasses.formUnion(entry.classes) }
        if entry.isActive { facts.activeClasses.formUnion(entry.classes) }
        facts.hasGCExposure = facts.hasGCExposure || entry.isGCExposure
        facts.hasRecentGCExposure = facts.hasRecentGCExposure || entry.isRecentGCExposure
        facts.hasHighDoseRecentGC = facts.hasHighDoseRecentGC
            || (entry.isRecentGCExposure && (entry.prednisoloneHundredths ?? 0) >= 750)
        facts.hasHRMMedicine = facts.hasHRMMedicine || entry.isHRMMedicine
    }

    /// One entry resolved against the vocabulary.
    func resolve(_ entries: [Medication], at index: Int, visitDate: CalendarDate?, tshSuppressed: Bool) -> MedicationFacts {
        var resolved = MedicationFacts(index: index, status: entries[index].status ?? .current)
        resolved.route = entries[index].route
        resolved.lastDoseDate = entries[index].lastDoseDate
        resolved.wantsToStop = entries[index].wantsToStop == true
        if resolved.status != .planned {
            resolved.durationMicroMonths = MedicationFacts.microMonths(months: entries[index].months, years: entries[index].years)
        }
        guard let name = entries[index].name, let position = entryPosition(named: name) else { return resolved }
        let known = entryFacts[position]
        resolved.genericOrdinal = position
        resolved.classes = known.classes
        resolved.route = known.fixedRoute ?? entries[index].route ?? known.defaultRoute
        resolved.renalLimit = known.renalLimit
        if let factor = known.prednisoloneFactor, let dose = entries[index].doseMgPerDay {
            // Prednisolone-equivalent mg/day rounded to 0.01 mg (format spec section 3.4).
            resolved.prednisoloneHundredths = MedicationFacts.scaled(
                dose, times: factor.numerator, over: factor.denominator, places: 2)
        }

        resolved.isGCExposure = resolved.has(.glucocorticoid) && resolved.status != .planned && resolved.route == .oral
            && (resolved.prednisoloneHundredths ?? 0) >= 500 && resolved.lasted(atLeastMonths: 3)
        if resolved.isGCExposure {
            resolved.isRecentGCExposure = resolved.isCurrent
                || (resolved.lastDoseDate.map { lastDose in visitDate.map { lastDose >= $0.monthsBefore(12) } ?? false } ?? false)
        }
        if resolved.isCurrent {
            resolved.isHRMMedicine = resolved.hasAny(AssessmentEngine.alwaysHRM)
                || (resolved.has(.heparin) && resolved.lasted(atLeastMonths: 3))
                || (resolved.has(.medroxyprogesterone) && resolved.route == .injection
                    && resolved.lasted(moreThanMonths: 24))
                || (resolved.has(.thyroidHormone) && tshSuppressed)
        }
        if let lastDose = resolved.lastDoseDate, let visitDate {
            resolved.lastDoseOver7Months = lastDose < visitDate.monthsBefore(7)
        }
        return resolved
    }

    /// High-risk bone-loss medicines whenever current (the others depend on duration, route or TSH).
    static var alwaysHRM: CodeList<MedicationClass> {
        CodeList(.aromataseInhibitor).adding(.androgenDeprivation).adding(.enzymeInducingAnticonvulsant)
            .adding(.thiazolidinedione).adding(.calcineurinInhibitor)
    }
}
