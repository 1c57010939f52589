import IntakeModel

extension IntakeItems {
    private static let fractures = RecordFields.list(\.history, \History.fractures)
    private static let events = RecordFields.list(\.history, \History.cardiovascularEvents)

    /// History: measurements, menopause (women only), fractures, lifestyle, conditions, heart attack
    /// or stroke.
    static let history: [QuestionItem] = [
        .quantity("body.height", UnitChoice.length, RecordFields.field("/body/height", \.body, \.height),
                  limit: IntakeLimits.height, required: true),
        .quantity("body.weight", UnitChoice.mass, RecordFields.field("/body/weight", \.body, \.weight),
                  limit: IntakeLimits.weight, required: true),
        .quantity("body.tallestAdultHeight", UnitChoice.length,
                  RecordFields.field("/body/tallestAdultHeight", \.body, \.tallestAdultHeight),
                  limit: IntakeLimits.height),
        .quantity("body.measuredHeightLoss", UnitChoice.length,
                  RecordFields.field("/body/measuredHeightLoss", \.body, \.measuredHeightLoss),
                  limit: IntakeLimits.prospectiveHeightLoss, audience: .staff),
        .yesNo("body.kyphosis", RecordFields.field("/body/kyphosis", \.body, \.kyphosis), audience: .staff),
        QuestionItem(
            linkId: "history.menopause", type: .group,
            enableWhen: [when("patient.sex", .equals, .code(Sex.female.rawValue))],
            items: [
                .choice("history.menopause.status", MenopauseStatus.self,
                        RecordFields.nested("/history/menopause/status", \.history, \.menopause, \.status),
                        required: true),
                .number("history.menopause.age", .integer,
                        RecordFields.nested("/history/menopause/age", \.history, \.menopause, \.age),
                        limit: IntakeLimits.menopauseAge,
                        when: [when("history.menopause.status", .equals, .code(MenopauseStatus.postmenopausal.rawValue))]),
            ]),
        QuestionItem(
            linkId: "history.fractures", type: .repeatingGroup, repeats: true,
            entries: RecordFields.entries("/history/fractures", fractures),
            items: [
                .choice("history.fractures.site", FractureSite.self,
                        RecordFields.entryField("/history/fractures/*/site", fractures, \.site), required: true),
                .number("history.fractures.age", .integer,
                        RecordFields.entryField("/history/fractures/*/age", fractures, \.age),
                        limit: IntakeLimits.fractureAge),
                .yesNo("history.fractures.lowTrauma",
                       RecordFields.entryField("/history/fractures/*/lowTrauma", fractures, \.lowTrauma)),
                .yesNo("history.fractures.documented",
                       RecordFields.entryField("/history/fractures/*/documented", fractures, \.documented)),
            ]),
        .yesNo("history.parentalHipFracture",
               RecordFields.field("/history/parentalHipFracture", \.history, \.parentalHipFracture)),
        .number("history.fallsPast12Months", .integer,
                RecordFields.field("/history/fallsPast12Months", \.history, \.fallsPast12Months),
                limit: IntakeLimits.fallsPast12Months),
        .choice("history.smoking", Smoking.self, RecordFields.field("/history/smoking", \.history, \.smoking)),
        .quantity("history.alcoholPerDay", UnitChoice.alcohol,
                  RecordFields.field("/history/alcoholPerDay", \.history, \.alcoholPerDay),
                  limit: IntakeLimits.alcoholPerDay),
        .choice("history.activityLevel", ActivityLevel.self,
                RecordFields.field("/history/activityLevel", \.history, \.activityLevel)),
        .choice("history.calciumIntake", CalciumIntake.self,
                RecordFields.field("/history/calciumIntake", \.history, \.calciumIntake)),
        .yesNo("history.vitaminDSupplement",
               RecordFields.field("/history/vitaminDSupplement", \.history, \.vitaminDSupplement)),
        .anyOf("history.conditions", Condition.self, RecordFields.field("/history/conditions", \.history, \.conditions)),
        QuestionItem(
            linkId: "history.cardiovascularEvents", type: .repeatingGroup, repeats: true,
            entries: RecordFields.entries("/history/cardiovascularEvents", events),
            items: [
                .choice("history.cardiovascularEvents.type", CardiovascularEventType.self,
                        RecordFields.entryField("/history/cardiovascularEvents/*/type", events, \.type),
                        required: true),
                .date("history.cardiovascularEvents.date",
                      RecordFields.entryField("/history/cardiovascularEvents/*/date", events, \.date)),
            ]),
    ]
}
