import IntakeModel

extension AssessmentEngine {
    /// Prepares the facts the rules read: canonical quantities, ages, episode timing, the yes
    /// answers and the medications resolved against the vocabulary.
    public func facts(of record: IntakeRecord) -> IntakeFacts {
        var facts = IntakeFacts()
        facts.id = record.id
        if let medications = record.medications { facts.medicationEntries = medications }
        let visitDate = record.visitDate
        facts.visitDate = visitDate
        let patient = record.patient
        facts.sex = patient?.sex
        if let birthDate = patient?.birthDate {
            if let visitDate { facts.age = birthDate.completedYears(until: visitDate) }
        } else {
            facts.age = patient?.age
        }
        facts.postmenopausal = facts.sex == .female && record.history?.menopause?.status == .postmenopausal
        facts.tScorePopulation = facts.postmenopausal || (facts.sex == .male && (facts.age ?? 0) >= 50)
        facts.yes = Answer.yesAnswers(of: record)
        facts.unaskedRedFlags = RedFlagQuestion.unasked(in: record.redFlags)

        if let symptoms = record.symptoms { addEpisode(symptoms, patient: patient, to: &facts) }

        let body = record.body
        let height = body?.height.flatMap(\.centimetreHundredths)
        let weight = body?.weight.flatMap(\.kilogramHundredths)
        facts.weightHundredths = weight
        if let height, let weight, height > 0 {
            // kg / (cm/100)² in tenths = weight(0.01 kg) × 10^7 / height(0.01 cm)², half away from zero;
            // in 128 bits, so a height typed wildly (7 digits in feet) cannot overflow and stop the program.
            let numerator = Int128(weight) * 10_000_000
            let denominator = Int128(height) * Int128(height)
            facts.bmiTenths = Int(clamping: (numerator + (numerator >= 0 ? denominator / 2 : -denominator / 2)) / denominator)
        }
        if let tallest = body?.tallestAdultHeight.flatMap(\.centimetreHundredths), let height {
            facts.historicalLossHundredths = tallest - height
        }
        facts.prospectiveLossHundredths = body?.measuredHeightLoss.flatMap(\.centimetreHundredths)
        facts.temperatureTenths = record.redFlags?.temperature.flatMap(\.celsiusTenths)
        facts.lowestTScore = record.boneDensity?.lowestTScore
        facts.lowestZScore = record.boneDensity?.lowestZScore
        facts.startBack = record.startBack
        if let labs = record.labs {
            switch (labs.egfr, labs.creatinineClearance) {
            case let (egfr?, clearance?): facts.kidneyFunction = min(egfr, clearance)
            case let (egfr?, nil): facts.kidneyFunction = egfr
            case let (nil, clearance?): facts.kidneyFunction = clearance
            case (nil, nil): break
            }
        }
        if let history = record.history { addHistory(history, to: &facts) }
        if !facts.medicationEntries.isEmpty { addMedications(to: &facts) }
        return facts
    }

    /// Episode start = `startDate`, or `visitDate` − `daysAgo` (format spec section 3.5).
    func addEpisode(_ symptoms: Symptoms, patient: Patient?, to facts: inout IntakeFacts) {
        facts.onset = symptoms.onset
        facts.trigger = symptoms.trigger
        facts.radiation = symptoms.radiation
        facts.numbness = symptoms.numbness
        facts.nightPain = symptoms.nightPain
        facts.relievedBy = symptoms.relievedBy.map { CodeList($0) }
        let visitDate = facts.visitDate
        var episodeStart: CalendarDate?
        if let startDate = symptoms.startDate {
            episodeStart = startDate
            if let visitDate { facts.episodeDays = startDate.days(until: visitDate) }
        } else if let daysAgo = symptoms.daysAgo {
            facts.episodeDays = daysAgo
            if let visitDate { episodeStart = visitDate.adding(days: -daysAgo) }
        }
        guard let visitDate, let episodeStart else { return }
        facts.episodeOver3Months = episodeStart < visitDate.monthsBefore(3)
        if let birthDate = patient?.birthDate {
            facts.ageAtEpisodeStart = birthDate.completedYears(until: episodeStart)
        } else if let givenAge = patient?.age {
            facts.ageAtEpisodeStart = givenAge - episodeStart.completedYears(until: visitDate)
        }
    }

    func addHistory(_ history: History, to facts: inout IntakeFacts) {
        facts.smoking = history.smoking
        facts.calciumIntake = history.calciumIntake
        facts.fallsPast12Months = history.fallsPast12Months ?? 0
        facts.menopauseAge = history.menopause?.age
        facts.alcoholHundredths = history.alcoholPerDay.flatMap(\.ukUnitHundredths)
        if let conditions = history.conditions { facts.conditions = CodeList(conditions) }
        for fracture in history.fractures ?? [] {
            // A prior adult fragility fracture: low trauma, at 18 or over or age not given (section 3.3).
            if fracture.lowTrauma == true && (fracture.age ?? 18) >= 18 {
                facts.priorFragilityFracture = true
                if fracture.site == .hip || fracture.site == .vertebra { facts.fragilityFractureOfHipOrVertebra = true }
            }
            if fracture.site == .vertebra && fracture.documented != true { facts.undocumentedVertebralFracture = true }
        }
        for event in history.cardiovascularEvents ?? [] {
            if event.type == .stroke { facts.hasStroke = true }
            if let date = event.date {
                facts.cardiovascularEventNotes.insert(
                    facts.isWithin(months: 12, date) ? .eventWithin12Months : .eventOver12MonthsAgo)
            } else {
                facts.cardiovascularEventNotes.insert(.eventDateUnknown)
            }
        }
    }
}
