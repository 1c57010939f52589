import IntakeModel

/// Medication alerts MA-* (format spec section 6.7, clinical reference section 10.5), evaluated in
/// output order: high priority first, then standard, each group in the order of the table.
extension RuleEvaluation {
    func evaluateMedicationAlerts() -> [MedicationAlert] {
        let medications = facts.medications
        guard !medications.isEmpty else { return [] }
        var alerts: [MedicationAlert] = []
        func addAlert(_ rule: MedicationAlertRule, notes: CodeList<MedicationAlertNote> = [],
                      where matches: (MedicationFacts) -> Bool) {
            if let alert = alert(rule, notes: notes, where: matches) { alerts.append(alert) }
        }
        let history = facts.history, labs = facts.labs, symptoms = facts.symptoms
        let kidney = facts.kidneyFunction ?? .infinity
        let dialysis = labs.dialysis == true
        let boneAgent: CodeList<MedicationClass> = [.bisphosphonate, .denosumab, .romosozumab]

        // High priority.
        let stopping = medications.filter { $0.isCurrent && $0.has(.denosumab) && ($0.wantsToStop || isOverdue($0)) }
        if !stopping.isEmpty {
            var notes = CodeList<MedicationAlertNote>()
            notes.insert(.wantsToStop, if: stopping.contains { $0.wantsToStop })
            notes.insert(.overdue, if: stopping.contains(where: isOverdue))
            addAlert(.denosumabStop, notes: notes) { $0.isCurrent && $0.has(.denosumab) && ($0.wantsToStop || isOverdue($0)) }
        }
        if kidney < 30 || dialysis {
            addAlert(.denosumabKidney) { $0.isActive && $0.has(.denosumab) }
        }
        addAlert(.bisphosphonateRenal) {
            $0.isActive && $0.has(.bisphosphonate) && (dialysis || kidney < Double($0.renalLimit))
        }
        if has(.oesophagealDisorder) || symptoms.cannotStayUpright30Min == true {
            addAlert(.bisphosphonateGI) { $0.isActive && $0.has(.bisphosphonate) && $0.route == .oral }
        }
        if labs.hypocalcaemia == true || (labs.vitaminDDeficient == true && !vitaminDTreated) {
            addAlert(.hypocalcaemia) { $0.isActive && $0.classes.containsAny(boneAgent) }
        }
        if symptoms.newThighOrGroinPain == true {
            addAlert(.atypicalFemoralFracture) { $0.isCurrent && ($0.has(.bisphosphonate) || $0.has(.denosumab)) }
        }
        if let events = history.cardiovascularEvents, !events.isEmpty {
            var notes = CodeList<MedicationAlertNote>()
            for event in events {
                if let date = event.date {
                    notes.insert(facts.isWithin(months: 12, date) ? .eventWithin12Months : .eventOver12MonthsAgo)
                } else {
                    notes.insert(.eventDateUnknown)
                }
            }
            addAlert(.romosozumabCardiovascular, notes: notes) { $0.isActive && $0.has(.romosozumab) }
        }
        if RuleEvaluation.osteosarcomaRisk.containsAny(facts.conditions) || labs.alpRaisedUnexplained == true {
            addAlert(.pthOsteosarcoma) { $0.isActive && $0.has(.pthAnalogue) }
        }
        if has(.venousThromboembolism) {
            addAlert(.venousThromboembolism) { $0.isActive && ($0.has(.raloxifene) || $0.has(.hrt)) }
        }

        // Standard priority.
        let highDose = medications.contains { isRecentGCExposure($0) && ($0.prednisoloneHundredths ?? 0) >= 750 }
        addAlert(.glucocorticoid, notes: highDose ? [.gcHighDose] : []) { isRecentGCExposure($0) }
        addAlert(.boneLoss) { isHRMMedicine($0) }
        addAlert(.fractureAssociated) {
            $0.isCurrent && (($0.has(.ppi) && $0.lasted(atLeastMonths: 12)) || $0.has(.ssri))
        }
        if history.plannedDentalSurgery == true || history.poorDentalHealth == true {
            addAlert(.osteonecrosisOfJaw) { $0.isActive && $0.classes.containsAny(boneAgent) }
        }
        addAlert(.bisphosphonateDuration) {
            guard $0.isCurrent && $0.has(.bisphosphonate) else { return false }
            switch $0.route {
            case .oral: return $0.lasted(atLeastMonths: 60)
            case .injection: return $0.lasted(atLeastMonths: 36)
            default: return false
            }
        }
        let pthMicroMonths = medications.reduce(0) {
            $0 + ($1.has(.pthAnalogue) && $1.status != .planned ? ($1.durationMicroMonths ?? 0) : 0)
        }
        if pthMicroMonths >= 24 * MedicationFacts.microMonthsPerMonth {
            addAlert(.pthDuration) { $0.isActive && $0.has(.pthAnalogue) }
        }
        addAlert(.anticoagulant) { $0.isCurrent && ($0.has(.anticoagulant) || $0.has(.antiplatelet)) }
        if age(atLeast: 65) {
            addAlert(.falls, notes: beersNotes()) { $0.isCurrent && $0.classes.containsAny(RuleEvaluation.fallRisk) }
        }
        return alerts
    }

    static let osteosarcomaRisk: CodeList<Condition> = [
        .pagetsDisease, .skeletalRadiotherapy, .boneMetastases, .openEpiphyses, .hyperparathyroidism, .hypercalcaemia,
    ]

    static let fallRisk: CodeList<MedicationClass> = [
        .opioid, .benzodiazepine, .zDrug, .gabapentinoid, .antiepileptic, .antipsychotic, .antidepressant,
        .sedatingAntihistamine, .muscleRelaxant, .alphaBlocker, .antihypertensive,
    ]

    static let centralNervousSystemActive: CodeList<MedicationClass> = [
        .opioid, .benzodiazepine, .zDrug, .gabapentinoid, .antiepileptic, .antipsychotic, .antidepressant,
        .muscleRelaxant,
    ]

    /// Beers 2023 notes on the current medicines (clinical reference 10.5, MA-FALLS).
    func beersNotes() -> CodeList<MedicationAlertNote> {
        var notes = CodeList<MedicationAlertNote>()
        var generics: [Int] = []
        var opioid = false, benzodiazepine = false, gabapentinoid = false
        for medication in facts.medications where medication.isCurrent {
            if medication.classes.containsAny(RuleEvaluation.centralNervousSystemActive),
               !generics.contains(medication.genericOrdinal) {
                generics.append(medication.genericOrdinal)
            }
            opioid = opioid || medication.has(.opioid)
            benzodiazepine = benzodiazepine || medication.has(.benzodiazepine)
            gabapentinoid = gabapentinoid || medication.has(.gabapentinoid)
        }
        notes.insert(.beersThreeCNSActive, if: generics.count >= 3)
        notes.insert(.beersOpioidBenzodiazepine, if: opioid && benzodiazepine)
        notes.insert(.beersOpioidGabapentinoid, if: opioid && gabapentinoid)
        return notes
    }

    /// Last denosumab dose earlier than 7 months before the visit.
    func isOverdue(_ medication: MedicationFacts) -> Bool {
        guard let lastDose = medication.lastDoseDate, let visitDate = facts.visitDate else { return false }
        return lastDose < visitDate.monthsBefore(7)
    }

    /// `vitaminDSupplement`, or a current vitamin D medicine (format spec section 4).
    var vitaminDTreated: Bool {
        facts.history.vitaminDSupplement == true || facts.medications.contains { $0.isCurrent && $0.has(.vitaminD) }
    }

    /// The alert when any entry matches, naming the matching entries as entered, record order,
    /// each distinct name once.
    func alert(_ rule: MedicationAlertRule, notes: CodeList<MedicationAlertNote>,
               where matches: (MedicationFacts) -> Bool) -> MedicationAlert? {
        var names: [String] = []
        let entries = facts.record.medications ?? []
        for medication in facts.medications where matches(medication) {
            let name = entries[medication.index].name ?? ""
            if !names.contains(name) { names.append(name) }
        }
        guard !names.isEmpty else { return nil }
        return MedicationAlert(rule: rule, medication: names.joined(separator: ", "), notes: notes)
    }

    /// Warnings about medication entries the rules could not fully use (format spec section 8.3).
    mutating func addMedicationWarnings() {
        let entries = facts.record.medications ?? []
        let text = AssessmentText.english
        for medication in facts.medications {
            let path = "/medications/\(medication.index)"
            if !medication.isRecognised, let name = entries[medication.index].name {
                warn(path + "/name", .unrecognisedMedication, text.unrecognisedMedication(AssessmentEngine.printable(name)))
                continue
            }
            let taken = medication.status != .planned
            let oralGC = medication.has(.glucocorticoid) && medication.route == .oral && taken
            if oralGC && medication.prednisoloneHundredths == nil {
                warn(path, .missingDose, text.missingDose)
            }
            let needsDuration = oralGC || (medication.has(.pthAnalogue) && taken)
                || (medication.isCurrent && (medication.has(.ppi) || medication.has(.bisphosphonate)
                    || medication.has(.heparin) || (medication.has(.medroxyprogesterone) && medication.route == .injection)))
            if needsDuration && medication.durationMicroMonths == nil {
                warn(path, .missingDuration, text.missingDuration)
            }
            if medication.lastDoseDate == nil
                && ((medication.isCurrent && medication.has(.denosumab))
                    || (medication.status == .past && isGCExposure(medication))) {
                warn(path, .missingLastDoseDate, text.missingLastDoseDate)
            }
        }
    }
}
