/// `patient` (format spec section 3.1) and `body` (section 3.2).
extension ValidationRun {
    static let patientKeys: Set<String> = ["name", "identifier", "language", "phone", "sex", "birthDate", "age"]
    static let bodyKeys: Set<String> = ["height", "weight", "tallestAdultHeight", "measuredHeightLoss", "kyphosis"]

    mutating func patient(_ object: JSONObject) -> Patient {
        var patient = Patient()
        let hasAge = object.has("age"), hasBirthDate = object.has("birthDate")
        if hasAge && hasBirthDate {
            error(object.path, .conflict, messages.say(.ageOrBirthDateNotBoth))
        } else if !hasAge && !hasBirthDate {
            error(object.path, .required, messages.say(.ageOrBirthDateRequired))
        }
        patient.name = text(object, "name", length: IntakeLimits.patientNameLength, notBlank: true, noControlCharacters: true)
        patient.identifier = text(object, "identifier", length: IntakeLimits.patientIdentifierLength, notBlank: true)
        if let language = string(object, "language") {
            if ValidationRun.isLanguageTag(language) {
                patient.language = language
            } else {
                error(object.path("language"), .format, messages.say(.notLanguageTag, ["value": IntakeText.printable(language)]))
            }
        }
        patient.phone = text(object, "phone", length: IntakeLimits.phoneLength)
        if object.has("sex") {
            patient.sex = choice(Sex.self, object, "sex")
        } else {
            error(object.path("sex"), .required, messages.say(.sexRequired))
        }
        if let birth = date(object, "birthDate") {
            patient.birthDate = birth
            if let visit = visitDate {
                let years = birth.completedYears(until: visit)
                checkAge(years, at: object.path("birthDate"), computed: true)
            }
        } else if object.has("birthDate"), case .string(let text)? = object["birthDate"],
                  let birth = CalendarDate(iso: text), let visit = visitDate, birth > visit,
                  errors.last?.path == object.path("birthDate") {
            // date() reported "is after the visit date"; say what it means.
            errors[errors.count - 1].message = messages.say(.visitBeforeBirth)
        }
        let limit = IntakeLimits.age
        let wideAge = IntakeLimit(name: limit.name, unit: limit.unit, places: 0, hard: Int.min...Int.max)
        if let age = integer(object, "age", limit: wideAge) {
            if checkAge(age, at: object.path("age"), computed: false) { patient.age = age }
        }
        return patient
    }

    /// Age 18-120 is required, under 40 or over 100 is unusual (section 3.1).
    @discardableResult
    mutating func checkAge(_ years: Int, at path: String, computed: Bool) -> Bool {
        let limit = IntakeLimits.age
        let messages = self.messages
        let text = { computed ? messages.say(.ageOnVisitDate, ["age": messages.quantity(years, limit)]) : messages.quantity(years, limit) }
        guard limit.isWithinHardLimits(years) else {
            error(path, .range, messages.outsideRange(text(), limit))
            return false
        }
        if limit.isOutsideSoftLimits(years) { softLimit(path, messages.unusual(text(), limit)) }
        return true
    }

    /// BCP 47 as the schema writes it: `^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$`.
    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
              first.unicodeScalars.allSatisfy({ $0.value >= 97 && $0.value <= 122 }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (2...8).contains(part.count) && part.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic || ($0.value >= 48 && $0.value <= 57) }
        }
    }

    mutating func body(_ object: JSONObject) -> Body {
        var body = Body()
        let height = length(object, "height", limit: IntakeLimits.height, required: true)
        body.height = height?.0
        let weight = mass(object, "weight", limit: IntakeLimits.weight, required: true)
        body.weight = weight?.0
        if let tallest = length(object, "tallestAdultHeight", limit: nil) {
            body.tallestAdultHeight = tallest.0
            if let height { checkHistoricalHeightLoss(tallest: tallest, height: height, at: object.path("tallestAdultHeight")) }
        }
        body.measuredHeightLoss = length(object, "measuredHeightLoss", limit: IntakeLimits.prospectiveHeightLoss)?.0
        body.kyphosis = bool(object, "kyphosis")
        if let height, let weight { checkBMI(centimetreHundredths: height.1, kilogramHundredths: weight.1, at: object.path) }
        return body
    }

    /// Historical height loss = tallest adult height - height today; negative means the form should ask again.
    mutating func checkHistoricalHeightLoss(tallest: (Length, Int), height: (Length, Int), at path: String) {
        let limit = IntakeLimits.historicalHeightLoss
        let loss = tallest.1 - height.1
        let tallestText = messages.converted(entered: tallest.0.value, unit: tallest.0.unit.rawValue,
                                               canonical: messages.quantity(tallest.1, limit), canonicalUnit: limit.unit)
        if loss < 0 {
            error(path, .range, messages.say(.tallestBelowHeight, ["tallest": tallestText, "height": messages.quantity(height.1, limit)]))
        } else if !limit.isWithinHardLimits(loss) {
            error(path, .range, messages.outsideRange(messages.say(.heightLoss, ["loss": messages.quantity(loss, limit)]), limit))
        } else if limit.isOutsideSoftLimits(loss) {
            softLimit(path, messages.unusual(messages.say(.heightLoss, ["loss": messages.quantity(loss, limit)]), limit))
        }
    }

    /// BMI = kg / (cm/100)^2 from canonical hundredths, rounded half away from zero to 0.1.
    mutating func checkBMI(centimetreHundredths cm: Int, kilogramHundredths kg: Int, at path: String) {
        guard cm > 0 else { return }
        let limit = IntakeLimits.bmi
        // kg/100 / (cm/10000)^2 in tenths = kg * 10^7 * 10 / cm^2 ... exactly: (kg/100) / (cm^2/10^8) * 10
        let tenths = Int(ExactDecimal.divideRoundingHalfAwayFromZero(Int128(kg) * 10_000_000, Int128(cm) * Int128(cm)))
        let messages = self.messages
        let text = { messages.say(.bmi, ["bmi": messages.quantity(tenths, limit)]) }
        if !limit.isWithinHardLimits(tenths) {
            error(path, .range, messages.outsideRange(text(), limit))
        } else if limit.isOutsideSoftLimits(tenths) {
            softLimit(path, messages.unusual(text(), limit))
        }
    }
}
