import IntakeModel

/// Deterministic, varied intake records for the benchmarks and the cross-output tests: the same
/// list on every run.
public enum SyntheticRecords {
    public static let medicationNames = [
        "prednisolone", "Prednisone 5mg daily", "alendronate", "Prolia", "omeprazole", "sertraline", "warfarin",
        "tramadol", "gabapentin", "diazepam", "amlodipine", "paracetamol", "naproxen", "zoledronic acid",
        "letrozole", "levothyroxine", "teriparatide", "estradiol", "turmeric capsules", "colecalciferol",
    ]

    public static func make(count: Int) -> [IntakeRecord] {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        func maybe() -> Bool? { [true, false, nil][next(3)] }
        let visit = CalendarDate(year: 2025, month: 10, day: 6)
        return (0..<max(1, count)).map { number in
            let sex: Sex = next(2) == 0 ? .female : .male
            let imperial = next(3) == 0
            var medications: [Medication] = []
            for _ in 0..<next(6) {
                let status: MedicationStatus? = [nil, .current, .past, .planned][next(4)]
                medications.append(Medication(
                    name: medicationNames[next(medicationNames.count)], status: status,
                    doseMgPerDay: next(2) == 0 ? Double(next(40)) / 2 : nil,
                    months: next(2) == 0 ? Double(next(80)) : nil,
                    lastDoseDate: next(3) == 0 ? visit.monthsBefore(next(14)) : nil))
            }
            return IntakeRecord(
                id: "bench-\(number)", visitDate: visit,
                patient: Patient(name: "Bench Patient", sex: sex, birthDate: visit.monthsBefore(12 * (25 + next(70)) + next(12))),
                body: Body(
                    height: imperial ? Length(value: Double(58 + next(18)), unit: .inch) : Length(value: Double(145 + next(45)), unit: .cm),
                    weight: imperial ? Mass(value: Double(100 + next(150)), unit: .lb) : Mass(value: Double(45 + next(60)) + 0.5, unit: .kg),
                    tallestAdultHeight: next(2) == 0 ? Length(value: Double(150 + next(45)), unit: .cm) : nil,
                    measuredHeightLoss: next(3) == 0 ? Length(value: Double(next(30)) / 10, unit: .cm) : nil,
                    kyphosis: maybe()),
                history: History(
                    conditions: next(3) == 0 ? [[Condition.cancer, .rheumatoidArthritis, .copd, .venousThromboembolism][next(4)]] : [],
                    menopause: sex == .female ? Menopause(status: [.premenopausal, .perimenopausal, .postmenopausal][next(3)], age: 40 + next(15)) : nil,
                    fractures: next(4) == 0 ? [Fracture(site: .wristOrForearm, age: 50 + next(20), lowTrauma: true, documented: true)] : [],
                    parentalHipFracture: maybe(), fallsPast12Months: next(3),
                    smoking: [.current, .former, .never][next(3)],
                    alcoholPerDay: AlcoholAmount(value: Double(next(6)), unit: [.ukUnits, .usDrinks, .grams][next(3)])),
                medications: medications,
                symptoms: Symptoms(daysAgo: next(200), onset: next(2) == 0 ? .sudden : .gradual,
                                   trigger: [.none, .coughOrSneeze, .liftingOrBending, .majorTrauma][next(4)],
                                   radiation: [.none, .leftLeg, .bothLegs][next(3)], relievedBy: [.rest],
                                   nightPain: [.none, .positional, .constant][next(3)]),
                redFlags: RedFlags(saddleNumbness: next(20) == 0, legWeakness: next(20) == 0,
                                   temperature: Temperature(value: 97 + Double(next(40)) / 10, unit: .fahrenheit)),
                boneDensity: next(2) == 0 ? BoneDensity(lowestTScore: Double(next(50) - 40) / 10) : nil,
                labs: Labs(egfr: Double(20 + next(80))),
                startBack: next(2) == 0 ? StartBackAnswers(item1: maybe(), item2: maybe(), item3: maybe(), item5: maybe(),
                                                           item6: maybe(), item9: .moderately) : nil)
        }
    }
}
