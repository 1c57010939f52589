import IntakeModel
import PlainText

/// Medication alerts MA-* (format spec section 6.7, clinical reference section 10.5), evaluated in
/// output order: high priority first, then standard, each group in the order of the table.
extension RuleEvaluation {
    mutating func evaluateMedicationAlerts() {
        let active = facts.activeClasses, current = facts.currentClasses
        guard !facts.medications.isEmpty else { return }
        let kidney = facts.kidneyFunction ?? .infinity
        let dialysis = yes(.dialysis)
        let boneAgents = RuleEvaluation.boneAgents

        // High priority.
        if current.contains(.denosumab) {
            var notes = CodeList<MedicationAlertNote>()
            for medication in facts.medications where medication.isCurrent && medication.has(.denosumab) {
                notes.insert(.wantsToStop, if: medication.wantsToStop)
                notes.insert(.overdue, if: medication.lastDoseOver7Months)
            }
            if !notes.isEmpty {
                addAlert(.denosumabStop, notes: notes) {
                    $0.isCurrent && $0.has(.denosumab) && ($0.wantsToStop || $0.lastDoseOver7Months)
                }
            }
        }
        if active.contains(.denosumab) && (kidney < 30 || dialysis) {
            addAlert(.denosumabKidney) { $0.isActive && $0.has(.denosumab) }
        }
        if active.contains(.bisphosphonate) {
            addAlert(.bisphosphonateRenal) {
                $0.isActive && $0.has(.bisphosphonate) && (dialysis || kidney < Double($0.renalLimit))
            }
            if has(.oesophagealDisorder) || yes(.cannotStayUpright30Min) {
                addAlert(.bisphosphonateGI) { $0.isActive && $0.has(.bisphosphonate) && $0.route == .oral }
            }
        }
        if active.containsAny(boneAgents)
            && (yes(.hypocalcaemia) || (yes(.vitaminDDeficient) && !facts.vitaminDTreated)) {
            addAlert(.hypocalcaemia) { $0.isActive && $0.hasAny(boneAgents) }
        }
        if yes(.newThighOrGroinPain) && current.containsAny(RuleEvaluation.femoralFractureAgents) {
            addAlert(.atypicalFemoralFracture) { $0.isCurrent && $0.hasAny(RuleEvaluation.femoralFractureAgents) }
        }
        if active.contains(.romosozumab) && !facts.cardiovascularEventNotes.isEmpty {
            addAlert(.romosozumabCardiovascular, notes: facts.cardiovascularEventNotes) {
                $0.isActive && $0.has(.romosozumab)
            }
        }
        if active.contains(.pthAnalogue)
            && (facts.conditions.containsAny(RuleEvaluation.osteosarcomaRisk) || yes(.alpRaisedUnexplained)) {
            addAlert(.pthOsteosarcoma) { $0.isActive && $0.has(.pthAnalogue) }
        }
        if active.containsAny(RuleEvaluation.thromboembolicAgents) && has(.venousThromboembolism) {
            addAlert(.venousThromboembolism) { $0.isActive && $0.hasAny(RuleEvaluation.thromboembolicAgents) }
        }

        // Standard priority.
        if facts.hasRecentGCExposure {
            addAlert(.glucocorticoid, notes: facts.hasHighDoseRecentGC ? CodeList(.gcHighDose) : CodeList()) { $0.isRecentGCExposure }
        }
        if facts.hasHRMMedicine {
            addAlert(.boneLoss) { $0.isHRMMedicine }
        }
        if current.containsAny(RuleEvaluation.fractureAssociated) {
            addAlert(.fractureAssociated) {
                $0.isCurrent && (($0.has(.ppi) && $0.lasted(atLeastMonths: 12)) || $0.has(.ssri))
            }
        }
        if active.containsAny(boneAgents) && (yes(.plannedDentalSurgery) || yes(.poorDentalHealth)) {
            addAlert(.osteonecrosisOfJaw) { $0.isActive && $0.hasAny(boneAgents) }
        }
        if current.contains(.bisphosphonate) {
            addAlert(.bisphosphonateDuration) {
                guard $0.isCurrent && $0.has(.bisphosphonate) else { return false }
                switch $0.route {
                case .oral: return $0.lasted(atLeastMonths: 60)
                case .injection: return $0.lasted(atLeastMonths: 36)
                default: return false
                }
            }
        }
        if active.contains(.pthAnalogue) {
            var microMonths = 0
            for medication in facts.medications where medication.has(.pthAnalogue) && medication.status != .planned {
                microMonths += medication.durationMicroMonths ?? 0
            }
            if microMonths >= 24 * MedicationFacts.microMonthsPerMonth {
                addAlert(.pthDuration) { $0.isActive && $0.has(.pthAnalogue) }
            }
        }
        if current.containsAny(RuleEvaluation.bleedingRisk) {
            addAlert(.anticoagulant) { $0.isCurrent && $0.hasAny(RuleEvaluation.bleedingRisk) }
        }
        if age(atLeast: 65) && current.containsAny(RuleEvaluation.fallRisk) {
            addAlert(.falls, notes: beersNotes()) { $0.isCurrent && $0.hasAny(RuleEvaluation.fallRisk) }
        }
    }

    static var boneAgents: CodeList<MedicationClass> { CodeList(.bisphosphonate).adding(.denosumab).adding(.romosozumab) }
    static var femoralFractureAgents: CodeList<MedicationClass> { CodeList(.bisphosphonate).adding(.denosumab) }
    static var thromboembolicAgents: CodeList<MedicationClass> { CodeList(.raloxifene).adding(.hrt) }
    static var fractureAssociated: CodeList<MedicationClass> { CodeList(.ppi).adding(.ssri) }
    static var bleedingRisk: CodeList<MedicationClass> { CodeList(.anticoagulant).adding(.antiplatelet) }
    /// Current classes whose rules need `months`/`years` (warning `missing-duration`).
    static var durationDependent: CodeList<MedicationClass> { CodeList(.ppi).adding(.bisphosphonate).adding(.heparin) }

    static var osteosarcomaRisk: CodeList<Condition> {
        CodeList(.pagetsDisease).adding(.skeletalRadiotherapy).adding(.boneMetastases)
            .adding(.openEpiphyses).adding(.hyperparathyroidism).adding(.hypercalcaemia)
    }

    static var fallRisk: CodeList<MedicationClass> {
        CodeList(.opioid).adding(.benzodiazepine).adding(.zDrug).adding(.gabapentinoid)
            .adding(.antiepileptic).adding(.antipsychotic).adding(.antidepressant)
            .adding(.sedatingAntihistamine).adding(.muscleRelaxant).adding(.alphaBlocker)
            .adding(.antihypertensive)
    }

    static var centralNervousSystemActive: CodeList<MedicationClass> {
        CodeList(.opioid).adding(.benzodiazepine).adding(.zDrug).adding(.gabapentinoid)
            .adding(.antiepileptic).adding(.antipsychotic).adding(.antidepressant).adding(.muscleRelaxant)
    }

    /// Beers 2023 notes on the current medicines (clinical reference 10.5, MA-FALLS): three or more
    /// different CNS-active generics, and the opioid combinations.
    func beersNotes() -> CodeList<MedicationAlertNote> {
        var notes = CodeList<MedicationAlertNote>()
        let current = facts.currentClasses
        let medications = facts.medications
        var distinct = 0
        for (position, medication) in medications.enumerated()
        where medication.isCurrent && medication.hasAny(RuleEvaluation.centralNervousSystemActive) {
            let seenBefore = medications[..<position].contains {
                $0.isCurrent && $0.genericOrdinal == medication.genericOrdinal
                    && $0.hasAny(RuleEvaluation.centralNervousSystemActive)
            }
            if !seenBefore { distinct += 1 }
        }
        notes.insert(.beersThreeCNSActive, if: distinct >= 3)
        notes.insert(.beersOpioidBenzodiazepine, if: current.contains(.opioid) && current.contains(.benzodiazepine))
        notes.insert(.beersOpioidGabapentinoid, if: current.contains(.opioid) && current.contains(.gabapentinoid))
        return notes
    }

    /// Adds the alert when any entry matches, naming the matching entries as entered, record
    /// order, each distinct name once, joined with ", ".
    mutating func addAlert(_ rule: MedicationAlertRule, notes: CodeList<MedicationAlertNote> = CodeList(),
                           where matches: (MedicationFacts) -> Bool) {
        let entries = facts.medicationEntries
        let medications = facts.medications
        var text: String?
        for (position, medication) in medications.enumerated() where matches(medication) {
            let name = entries[medication.index].name ?? ""
            guard let joined = text else {
                text = name
                continue
            }
            let repeated = medications[..<position].contains { matches($0) && entries[$0.index].name ?? "" == name }
            if !repeated { text = joined + ", " + name }
        }
        guard let text else { return }
        medicationAlerts.append(MedicationAlert(rule: rule, medication: text, notes: notes))
    }

    /// Warnings about medication entries the rules could not fully use (format spec section 8.3).
    mutating func addMedicationWarnings() {
        guard !facts.medications.isEmpty else { return }
        let entries = facts.medicationEntries
        for medication in facts.medications {
            if !medication.isRecognised {
                if let name = entries[medication.index].name {
                    warn("/medications/\(medication.index)/name", .unrecognisedMedication,
                         text.unrecognisedMedication(Sanitizer.displayLine(name)))
                }
                continue
            }
            let taken = medication.status != .planned
            let oralGC = medication.has(.glucocorticoid) && medication.route == .oral && taken
            let missingDose = oralGC && medication.prednisoloneHundredths == nil
            let needsDuration = oralGC || (medication.has(.pthAnalogue) && taken)
                || (medication.isCurrent && (medication.hasAny(RuleEvaluation.durationDependent)
                    || (medication.has(.medroxyprogesterone) && medication.route == .injection)))
            let missingDuration = needsDuration && medication.durationMicroMonths == nil
            let missingLastDose = medication.lastDoseDate == nil
                && ((medication.isCurrent && medication.has(.denosumab))
                    || (medication.status == .past && medication.isGCExposure))
            guard missingDose || missingDuration || missingLastDose else { continue }
            let path = "/medications/\(medication.index)"
            if missingDose { warn(path, .missingDose, text.missingDose) }
            if missingDuration { warn(path, .missingDuration, text.missingDuration) }
            if missingLastDose { warn(path, .missingLastDoseDate, text.missingLastDoseDate) }
        }
    }
}
