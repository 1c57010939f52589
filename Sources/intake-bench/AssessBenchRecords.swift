import Foundation
import IntakeModel

/// Varied, valid intake records as JSON lines for the end-to-end benchmark: both sexes, ages
/// 45-89, every unit, medicines of several classes, red flags, STarT Back answers.
enum AssessBenchRecords {
    static func lines(count: Int) -> [String] {
        let encoder = JSONEncoder()
        return (0..<count).map { index in
            String(decoding: (try? encoder.encode(record(index))) ?? Data(), as: UTF8.self)
        }
    }

    static func record(_ index: Int) -> IntakeRecord {
        let female = index % 2 == 0
        let age = 45 + index % 45
        let medicines: [[Medication]] = [
            [Medication(name: "naproxen")],
            [Medication(name: "Prednisolone", doseMgPerDay: 7.5, months: 6), Medication(name: "omeprazole", years: 2)],
            [Medication(name: "Prolia", lastDoseDate: CalendarDate(year: 2025, month: 1, day: 15)), Medication(name: "amitriptyline")],
            [Medication(name: "alendronate", years: 6), Medication(name: "warfarin"), Medication(name: "turmeric capsules")],
        ]
        return IntakeRecord(
            id: "bench-\(index)",
            visitDate: CalendarDate(year: 2025, month: 10, day: 6),
            patient: Patient(name: "Bench Patient \(index)", sex: female ? .female : .male, age: age),
            body: Body(height: index % 3 == 0 ? Length(value: 64, unit: .inch) : Length(value: 150 + Double(index % 40), unit: .cm),
                       weight: index % 4 == 0 ? Mass(value: 150, unit: .lb) : Mass(value: 55 + Double(index % 30), unit: .kg),
                       tallestAdultHeight: index % 5 == 1 && index % 3 != 0 ? Length(value: 154 + Double(index % 40), unit: .cm) : nil,
                       kyphosis: index % 7 == 0),
            history: History(conditions: index % 6 == 0 ? [.rheumatoidArthritis, .copd] : [],
                             menopause: female ? Menopause(status: .postmenopausal, age: 45) : nil,
                             fractures: index % 8 == 0 ? [Fracture(site: .wristOrForearm, age: 40, lowTrauma: true)] : [],
                             parentalHipFracture: index % 9 == 0, fallsPast12Months: index % 3, smoking: .never,
                             alcoholPerDay: AlcoholAmount(value: Double(index % 4), unit: .usDrinks)),
            medications: medicines[index % medicines.count],
            symptoms: Symptoms(daysAgo: index % 120, onset: index % 2 == 0 ? .sudden : .gradual,
                               trigger: index % 10 == 0 ? .liftingOrBending : Trigger.none, painScore: index % 11,
                               locations: [.lowerBack], radiation: index % 13 == 0 ? .leftLeg : Radiation.none,
                               relievedBy: [.rest, .heat], nightPain: .positional),
            redFlags: RedFlags(saddleNumbness: false, urinaryRetention: false, legWeakness: index % 50 == 0,
                               feverOrRigors: false, temperature: Temperature(value: 98.6, unit: .fahrenheit)),
            boneDensity: index % 3 == 0 ? BoneDensity(lowestTScore: -2.7, site: .lumbarSpine) : nil,
            labs: Labs(egfr: 40 + Double(index % 50)),
            startBack: StartBackAnswers(item1: true, item2: false, item3: index % 2 == 0, item4: false, item5: true,
                                        item6: false, item7: false, item8: false, item9: .moderately)
        )
    }
}
