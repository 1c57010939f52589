/// `symptoms` (format spec section 3.5): the current episode.
extension ValidationRun {
    static let symptomsKeys: Set<String> = [
        "startDate", "daysAgo", "onset", "trigger", "painScore", "locations", "radiation", "numbness", "worsenedBy",
        "relievedBy", "nightPain", "newThighOrGroinPain", "noticedHeightLoss", "postureChange", "breathingDifficulty",
        "balanceProblems", "fatigue", "mobility", "cannotStayUpright30Min",
    ]

    mutating func symptoms(_ object: JSONObject) -> Symptoms {
        var symptoms = Symptoms()
        let hasStart = object.has("startDate"), hasDaysAgo = object.has("daysAgo")
        if hasStart && hasDaysAgo {
            error(object.path, .conflict, messages.say(.startDateOrDaysAgoNotBoth))
        } else if !hasStart && !hasDaysAgo {
            error(object.path, .required, messages.say(.startDateOrDaysAgoRequired))
        }
        if let start = date(object, "startDate") {
            let limit = IntakeLimits.episodeDays
            if let visit = visitDate, !limit.isWithinHardLimits(start.days(until: visit)) {
                error(object.path("startDate"), .range,
                      messages.say(.episodeTooLong, ["days": String(start.days(until: visit)), "allowed": limit.hardRangeText(in: messages.language)]))
            } else {
                symptoms.startDate = start
            }
        }
        symptoms.daysAgo = integer(object, "daysAgo", limit: IntakeLimits.episodeDays)
        if object.has("onset") { symptoms.onset = choice(Onset.self, object, "onset") } else {
            error(object.path("onset"), .required, messages.say(.onsetRequired))
        }
        if object.has("trigger") { symptoms.trigger = choice(Trigger.self, object, "trigger") } else {
            error(object.path("trigger"), .required, messages.say(.triggerRequired))
        }
        symptoms.painScore = integer(object, "painScore", limit: IntakeLimits.painScore)
        symptoms.locations = set(PainLocation.self, object, "locations")
        symptoms.radiation = choice(Radiation.self, object, "radiation")
        symptoms.numbness = choice(Numbness.self, object, "numbness")
        symptoms.worsenedBy = set(Aggravator.self, object, "worsenedBy")
        symptoms.relievedBy = set(Reliever.self, object, "relievedBy")
        symptoms.nightPain = choice(NightPain.self, object, "nightPain")
        symptoms.newThighOrGroinPain = bool(object, "newThighOrGroinPain")
        symptoms.noticedHeightLoss = bool(object, "noticedHeightLoss")
        symptoms.postureChange = bool(object, "postureChange")
        symptoms.breathingDifficulty = bool(object, "breathingDifficulty")
        symptoms.balanceProblems = bool(object, "balanceProblems")
        symptoms.fatigue = bool(object, "fatigue")
        symptoms.mobility = choice(Mobility.self, object, "mobility")
        symptoms.cannotStayUpright30Min = bool(object, "cannotStayUpright30Min")
        return symptoms
    }
}
