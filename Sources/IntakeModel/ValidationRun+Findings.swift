/// `redFlags` (3.6), `boneDensity` (3.7), `labs` (3.8) and `startBack` (3.9).
extension ValidationRun {
    static let redFlagKeys: Set<String> = [
        "saddleNumbness", "urinaryRetention", "urinaryIncontinence", "faecalIncontinence", "bilateralSciatica",
        "sexualDysfunction", "legWeakness", "gaitDisturbance", "unexplainedWeightLoss", "feverOrRigors", "temperature",
        "ivDrugUse", "recentInfectionOrProcedure", "immunosuppressed", "pulsatileAbdominalMass", "collapseOrHypotension",
    ]
    static let boneDensityKeys: Set<String> = ["lowestTScore", "lowestZScore", "site", "date"]
    static let labKeys: Set<String> = [
        "egfr", "creatinineClearance", "dialysis", "hypocalcaemia", "vitaminDDeficient", "tshSuppressed", "alpRaisedUnexplained",
    ]
    static let startBackKeys: Set<String> = Set((1...9).map { "item\($0)" })

    mutating func redFlags(_ object: JSONObject) -> RedFlags {
        var flags = RedFlags()
        flags.saddleNumbness = bool(object, "saddleNumbness")
        flags.urinaryRetention = bool(object, "urinaryRetention")
        flags.urinaryIncontinence = bool(object, "urinaryIncontinence")
        flags.faecalIncontinence = bool(object, "faecalIncontinence")
        flags.bilateralSciatica = bool(object, "bilateralSciatica")
        flags.sexualDysfunction = bool(object, "sexualDysfunction")
        flags.legWeakness = bool(object, "legWeakness")
        flags.gaitDisturbance = bool(object, "gaitDisturbance")
        flags.unexplainedWeightLoss = bool(object, "unexplainedWeightLoss")
        flags.feverOrRigors = bool(object, "feverOrRigors")
        flags.temperature = temperature(object, "temperature", limit: IntakeLimits.temperature)
        flags.ivDrugUse = bool(object, "ivDrugUse")
        flags.recentInfectionOrProcedure = bool(object, "recentInfectionOrProcedure")
        flags.immunosuppressed = bool(object, "immunosuppressed")
        flags.pulsatileAbdominalMass = bool(object, "pulsatileAbdominalMass")
        flags.collapseOrHypotension = bool(object, "collapseOrHypotension")
        return flags
    }

    mutating func boneDensity(_ object: JSONObject) -> BoneDensity {
        if !object.has("lowestTScore") && !object.has("lowestZScore") {
            error(object.path, .required, messages.say(.scoreRequired))
        }
        return BoneDensity(lowestTScore: bounded(object, "lowestTScore", limit: IntakeLimits.tScore),
                           lowestZScore: bounded(object, "lowestZScore", limit: IntakeLimits.zScore),
                           site: choice(BoneDensitySite.self, object, "site"),
                           date: date(object, "date"))
    }

    mutating func labs(_ object: JSONObject) -> Labs {
        Labs(egfr: bounded(object, "egfr", limit: IntakeLimits.kidneyFunction),
             creatinineClearance: bounded(object, "creatinineClearance", limit: IntakeLimits.kidneyFunction),
             dialysis: bool(object, "dialysis"),
             hypocalcaemia: bool(object, "hypocalcaemia"),
             vitaminDDeficient: bool(object, "vitaminDDeficient"),
             tshSuppressed: bool(object, "tshSuppressed"),
             alpRaisedUnexplained: bool(object, "alpRaisedUnexplained"))
    }

    mutating func startBack(_ object: JSONObject) -> StartBackAnswers {
        for number in 1...9 where !object.has("item\(number)") {
            error(object.path("item\(number)"), .required, messages.say(.startBackItemRequired, ["item": String(number)]))
        }
        return StartBackAnswers(item1: bool(object, "item1"), item2: bool(object, "item2"), item3: bool(object, "item3"),
                                item4: bool(object, "item4"), item5: bool(object, "item5"), item6: bool(object, "item6"),
                                item7: bool(object, "item7"), item8: bool(object, "item8"),
                                item9: choice(Bothersomeness.self, object, "item9"))
    }
}
