/// `history` (format spec section 3.3).
extension ValidationRun {
    static let historyKeys: Set<String> = [
        "conditions", "menopause", "fractures", "parentalHipFracture", "fallsPast12Months", "cardiovascularEvents",
        "smoking", "alcoholPerDay", "activityLevel", "calciumIntake", "vitaminDSupplement", "plannedDentalSurgery",
        "poorDentalHealth",
    ]

    mutating func history(_ object: JSONObject) -> History {
        var history = History()
        history.conditions = set(Condition.self, object, "conditions")
        if object.has("menopause") {
            if sex == .male {
                error(object.path("menopause"), .conflict, messages.say(.menopauseForMan))
            } else {
                history.menopause = section(object, "menopause", keys: ["status", "age"]) { $0.menopause($1) }
            }
        } else if sex == .female {
            error(object.path("menopause"), .required, messages.say(.menopauseRequiredForWomen))
        }
        history.fractures = list(object, "fractures") { run, value, path in
            run.object(value, at: path, keys: ["site", "age", "lowTrauma", "documented"]) { $0.fracture($1) }
        }
        history.parentalHipFracture = bool(object, "parentalHipFracture")
        history.fallsPast12Months = integer(object, "fallsPast12Months", limit: IntakeLimits.fallsPast12Months)
        history.cardiovascularEvents = list(object, "cardiovascularEvents") { run, value, path in
            run.object(value, at: path, keys: ["type", "date"]) { run, event in
                if !event.has("type") { run.error(event.path("type"), .required, run.messages.say(.eventTypeRequired)) }
                return CardiovascularEvent(type: run.choice(CardiovascularEventType.self, event, "type"), date: run.date(event, "date"))
            }
        }
        history.smoking = choice(Smoking.self, object, "smoking")
        history.alcoholPerDay = alcohol(object, "alcoholPerDay", limit: IntakeLimits.alcoholPerDay)
        history.activityLevel = choice(ActivityLevel.self, object, "activityLevel")
        history.calciumIntake = choice(CalciumIntake.self, object, "calciumIntake")
        history.vitaminDSupplement = bool(object, "vitaminDSupplement")
        history.plannedDentalSurgery = bool(object, "plannedDentalSurgery")
        history.poorDentalHealth = bool(object, "poorDentalHealth")
        return history
    }

    mutating func menopause(_ object: JSONObject) -> Menopause {
        if !object.has("status") {
            error(object.path("status"), .required, messages.say(.menopauseStatusRequired))
        }
        let status = choice(MenopauseStatus.self, object, "status")
        let age = integer(object, "age", limit: IntakeLimits.menopauseAge).flatMap { notAboveCurrentAge($0, at: object.path("age"), what: .ageAtMenopause) }
        return Menopause(status: status, age: age)
    }

    mutating func fracture(_ object: JSONObject) -> Fracture {
        if !object.has("site") {
            error(object.path("site"), .required, messages.say(.fractureSiteRequired))
        }
        let site = choice(FractureSite.self, object, "site")
        let age = integer(object, "age", limit: IntakeLimits.fractureAge).flatMap { notAboveCurrentAge($0, at: object.path("age"), what: .ageAtFracture) }
        return Fracture(site: site, age: age, lowTrauma: bool(object, "lowTrauma"), documented: bool(object, "documented"))
    }

    /// An age in the past cannot exceed the patient's age on visitDate (skipped when that age is unknown).
    mutating func notAboveCurrentAge(_ years: Int, at path: String, what: ValidationText.Message) -> Int? {
        if let current = currentAge, years > current {
            error(path, .range, messages.say(.pastAgeAboveCurrentAge, ["what": messages.say(what), "pastAge": String(years), "age": String(current)]))
            return nil
        }
        return years
    }
}
