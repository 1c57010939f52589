import IntakeModel

extension AssessmentEngine {
    /// Prepares the facts the rules read: canonical quantities, ages, episode timing and the
    /// medications resolved against the vocabulary.
    public func facts(of record: IntakeRecord) -> IntakeFacts {
        let patient = record.patient
        let visitDate = record.visitDate
        let sex = patient?.sex
        var age: Int?
        if let birthDate = patient?.birthDate {
            if let visitDate { age = birthDate.completedYears(until: visitDate) }
        } else {
            age = patient?.age
        }
        let postmenopausal = sex == .female && record.history?.menopause?.status == .postmenopausal
        let tScorePopulation = postmenopausal || (sex == .male && (age ?? 0) >= 50)

        // Episode timing (section 3.5): start = startDate, or visitDate − daysAgo.
        let symptoms = record.symptoms
        var episodeStart: CalendarDate?
        var episodeDays: Int?
        if let startDate = symptoms?.startDate {
            episodeStart = startDate
            if let visitDate { episodeDays = startDate.days(until: visitDate) }
        } else if let daysAgo = symptoms?.daysAgo {
            episodeDays = daysAgo
            if let visitDate { episodeStart = visitDate.adding(days: -daysAgo) }
        }
        var episodeOver3Months = false
        var ageAtEpisodeStart: Int?
        if let visitDate, let episodeStart {
            episodeOver3Months = episodeStart < visitDate.monthsBefore(3)
            if let birthDate = patient?.birthDate {
                ageAtEpisodeStart = birthDate.completedYears(until: episodeStart)
            } else if let givenAge = patient?.age {
                ageAtEpisodeStart = givenAge - episodeStart.completedYears(until: visitDate)
            }
        }

        let body = record.body
        let height = body?.height?.centimetreHundredths
        let weight = body?.weight?.kilogramHundredths
        var bmiTenths: Int?
        if let height, let weight, height > 0 {
            // kg / (cm/100)² in tenths = weight(0.01 kg) × 10^7 / height(0.01 cm)², half away from zero.
            let numerator = weight * 10_000_000
            let denominator = height * height
            bmiTenths = (numerator + (numerator >= 0 ? denominator / 2 : -denominator / 2)) / denominator
        }
        var historicalLoss: Int?
        if let tallest = body?.tallestAdultHeight?.centimetreHundredths, let height { historicalLoss = tallest - height }

        let history = record.history
        var kidneyFunction: Double?
        if let labs = record.labs {
            switch (labs.egfr, labs.creatinineClearance) {
            case let (egfr?, clearance?): kidneyFunction = min(egfr, clearance)
            case let (egfr?, nil): kidneyFunction = egfr
            case let (nil, clearance?): kidneyFunction = clearance
            case (nil, nil): kidneyFunction = nil
            }
        }

        var priorFragility = false
        var fragilityHipOrVertebra = false
        var undocumentedVertebral = false
        for fracture in history?.fractures ?? [] {
            if fracture.lowTrauma == true && (fracture.age ?? 18) >= 18 {
                priorFragility = true
                if fracture.site == .hip || fracture.site == .vertebra { fragilityHipOrVertebra = true }
            }
            if fracture.site == .vertebra && fracture.documented != true { undocumentedVertebral = true }
        }

        var medications: [MedicationFacts] = []
        if let entries = record.medications, !entries.isEmpty {
            medications.reserveCapacity(entries.count)
            for (index, medication) in entries.enumerated() {
                medications.append(resolve(medication, index: index))
            }
        }

        return IntakeFacts(
            record: record, visitDate: visitDate, sex: sex, age: age, postmenopausal: postmenopausal,
            tScorePopulation: tScorePopulation, episodeDays: episodeDays, episodeOver3Months: episodeOver3Months,
            ageAtEpisodeStart: ageAtEpisodeStart, heightHundredths: height, weightHundredths: weight,
            bmiTenths: bmiTenths, historicalLossHundredths: historicalLoss,
            prospectiveLossHundredths: body?.measuredHeightLoss?.centimetreHundredths,
            alcoholHundredths: history?.alcoholPerDay?.ukUnitHundredths,
            temperatureTenths: record.redFlags?.temperature?.celsiusTenths, kidneyFunction: kidneyFunction,
            conditions: CodeList(history?.conditions ?? []),
            hasStroke: history?.cardiovascularEvents?.contains { $0.type == .stroke } ?? false,
            priorFragilityFracture: priorFragility, fragilityFractureOfHipOrVertebra: fragilityHipOrVertebra,
            undocumentedVertebralFracture: undocumentedVertebral, medications: medications)
    }

    func resolve(_ medication: Medication, index: Int) -> MedicationFacts {
        let status = medication.status ?? .current
        var facts = MedicationFacts(
            index: index, generic: nil, genericOrdinal: -1, classes: [], status: status, route: medication.route,
            prednisoloneHundredths: nil,
            durationMicroMonths: status == .planned ? nil : MedicationFacts.microMonths(medication), renalLimit: 0,
            lastDoseDate: medication.lastDoseDate, wantsToStop: medication.wantsToStop == true)
        guard let name = medication.name, let entry = vocabulary.entry(named: name) else { return facts }
        facts.generic = entry.generic
        facts.genericOrdinal = genericOrdinals[entry.generic] ?? -1
        facts.classes = CodeList(entry.classes)
        facts.route = entry.effectiveRoute(entered: medication.route)
        if let factor = entry.prednisoloneFactor, let dose = medication.doseMgPerDay, let exact = ExactDecimal(dose) {
            facts.prednisoloneHundredths = exact.scaled(times: Int128(factor.numerator), over: Int128(factor.denominator),
                                                        places: 2)
        }
        switch entry.generic {
        case "alendronate", "zoledronic acid": facts.renalLimit = 35
        case "risedronate", "ibandronate": facts.renalLimit = 30
        default: break
        }
        return facts
    }

    /// A name as it may appear in a message: control characters never reach a terminal or a log.
    static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.properties.generalCategory == .control ? "\u{FFFD}" : $0
        }))
    }
}
