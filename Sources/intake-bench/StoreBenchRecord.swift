import IntakeModel

/// A filled-in intake like one a front desk finishes: every section answered, three medicines.
/// The autosave benchmark saves one field of it at a time.
enum StoreBenchRecord {
    static var full: IntakeRecord {
        IntakeRecord(
            visitDate: CalendarDate(iso: "2026-12-02"),
            patient: Patient(name: "María José Fernández", identifier: "MRN-0042", language: "es", phone: "555-0100",
                             sex: .female, birthDate: CalendarDate(iso: "1946-05-17")),
            history: History(conditions: [.rheumatoidArthritis, .copd], menopause: Menopause(status: .postmenopausal, age: 49),
                             fractures: [Fracture(site: .wristOrForearm, age: 61, lowTrauma: true, documented: true)],
                             parentalHipFracture: true, fallsPast12Months: 1, smoking: .former, activityLevel: .light,
                             calciumIntake: .low, vitaminDSupplement: true),
            medications: [
                Medication(name: "prednisolone", status: .current, doseMgPerDay: 7.5, route: .oral, months: 8),
                Medication(name: "alendronic acid", status: .current, route: .oral, years: 3),
                Medication(name: "omeprazole", status: .current, route: .oral, years: 2),
            ],
            symptoms: Symptoms(daysAgo: 10, onset: .sudden, trigger: .liftingOrBending, painScore: 7,
                               locations: [.midBack, .lowerBack], radiation: Radiation.none, numbness: Numbness.none,
                               worsenedBy: [.standing, .walking], relievedBy: [.lyingDown], nightPain: .positional,
                               noticedHeightLoss: true, postureChange: true, mobility: .walkingAid),
            redFlags: RedFlags(saddleNumbness: false, urinaryRetention: false, urinaryIncontinence: false,
                               faecalIncontinence: false, legWeakness: false, unexplainedWeightLoss: false,
                               feverOrRigors: false),
            startBack: StartBackAnswers(item1: true, item2: false, item3: true, item4: false, item5: true,
                                        item6: false, item7: true, item8: false, item9: .moderately))
    }
}
