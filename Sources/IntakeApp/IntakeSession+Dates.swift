import Catalog
import IntakeModel
import Questionnaire

/// What a date field shows beside its box once its text is a date, in words that cannot be
/// misread: "4 April 1956, age 69" for a date of birth (the age on the visit date), "4 April 1956"
/// for other dates. Reads the text as the clinic's `DateConvention` does.
public struct DateEcho: Hashable, Sendable {
    public var convention: DateConvention
    public var language: Language
    /// The visit date, for the age beside a date of birth; nil for other dates.
    public var ageOn: CalendarDate?

    public init(convention: DateConvention, language: Language = .english, ageOn: CalendarDate? = nil) {
        self.convention = convention
        self.language = language
        self.ageOn = ageOn
    }

    /// The words for typed text, nil while it is not a date.
    public func text(forTyped typed: String) -> String? {
        CalendarDate(typed: typed, convention: convention).map(text(for:))
    }

    /// "4 April 1956, age 69" (no age for a birth date after the visit date).
    public func text(for date: CalendarDate) -> String {
        let spelled = Self.spelled(date, language)
        guard let visit = ageOn, date <= visit else { return spelled }
        return PlaceholderText.fill(Catalog(language)(.sessionDateWithAge),
                                    named: ["date": spelled, "age": String(date.completedYears(until: visit))])
    }

    /// "4 April 1956".
    public static func spelled(_ date: CalendarDate, _ language: Language) -> String {
        PlaceholderText.fill(Catalog(language)(.sessionDateSpelled), named: [
            "day": String(date.day), "month": IntakeSessionStrings.text("month.\(date.month)", language),
            "year": String(date.year),
        ])
    }
}

extension IntakeSession {
    /// The echo of a date field: with the age on the visit date for the date of birth.
    public func dateEcho(for linkId: String) -> DateEcho {
        DateEcho(convention: inputConventions.datesTyped, language: language,
                 ageOn: linkId == "patient.birthDate" ? record.visitDate : nil)
    }

    /// The words beside a date field's stored answer ("4 April 1956, age 69"), nil when it has none.
    public func dateEcho(at address: ItemAddress) -> String? {
        guard case .date(let date)? = value(at: address) else { return nil }
        return dateEcho(for: address.linkId).text(for: date)
    }

    /// "4 April 1956".
    func spelled(_ date: CalendarDate) -> String { DateEcho.spelled(date, language) }

    /// Typed text that is not a date, in words: "Date of birth: 30 February 2025 does not exist."
    func dateMessage(_ problem: TypedDateProblem, typed: String, item: QuestionItem) -> String {
        // the forms the patient may type: day first in Spanish, else the clinic's
        let typing = inputConventions.datesTyped
        let pattern = inputConventions.typesSpanish
            ? PlaceholderText.fill(IntakeSessionStrings.text("date.pattern-or-iso", language),
                                   named: ["pattern": typing.pattern(language), "iso": DateConvention.yearMonthDay.pattern(language)])
            : typing.pattern(language)
        let format = ["pattern": pattern, "example": typing.example]
        switch problem {
        case .unreadable: return fill("message.date", item, format)
        case .twoDigitYear: return fill("message.date-two-digit-year", item, format)
        // the clinic's setting is named to staff, never to a patient at the kiosk
        case .orderNotChosen: return fill(mode == .kiosk ? "message.date" : "message.date-order-not-chosen", item, format)
        case .noSuchMonth(let month): return fill("message.date-no-such-month", item, format.merging(["month": String(month)]) { a, _ in a })
        case .noSuchDay(let day): return fill("message.date-no-such-day", item, format.merging(["day": String(day)]) { a, _ in a })
        case .noSuchDate(let year, let month, let day):
            let words = PlaceholderText.fill(Catalog(language)(.sessionDateSpelled), named: [
                "day": String(day), "month": IntakeSessionStrings.text("month.\(month)", language), "year": String(year),
            ])
            return fill("message.date-no-such-date", item, ["date": words])
        case .ambiguous(let first, let second):
            return fill("message.date-ambiguous", item, format.merging([
                "typed": IntakeSession.cleanText(typed), "first": spelled(first), "second": spelled(second),
            ]) { a, _ in a })
        }
    }

    /// The screens' words for a validator problem about a date, said from the date field the cursor
    /// is taken to (the date itself spelled out, the visit date named); nil keeps the validator's
    /// message.
    func dateProblemMessage(_ problem: Problem, item: QuestionItem, at address: ItemAddress) -> String? {
        guard item.type == .date else { return nil }
        switch (problem.path, problem.code) {
        case ("/symptoms", .conflict): return fill("message.date-start-or-days", item)
        case ("/symptoms", .required): return fill("message.date-start-or-days-needed", item)
        case ("/patient", .required): return fill("message.birth-or-age-needed", item)
        default: break
        }
        guard case .date(let date)? = value(at: address), let visit = record.visitDate else { return nil }
        let words = ["date": spelled(date), "visit": spelled(visit)]
        func with(_ more: [String: String]) -> [String: String] { words.merging(more) { a, _ in a } }
        switch problem.code {
        case .dateOrder:
            return fill("message.date-after-visit", item, words)
        case .range where address.linkId == "patient.birthDate":
            return fill("message.date-age-outside", item, with([
                "age": String(date.completedYears(until: visit)), "range": IntakeLimits.age.hardRangeText(in: language),
            ]))
        case .softLimit where address.linkId == "patient.birthDate":
            return fill("message.date-age-unusual", item, with([
                "age": String(date.completedYears(until: visit)), "range": IntakeLimits.age.softRangeText(in: language),
            ]))
        case .range where address.linkId == "symptoms.startDate":
            return fill("message.date-pain-too-long", item, with([
                "days": String(date.days(until: visit)), "range": IntakeLimits.episodeDays.quantity(IntakeLimits.episodeDays.hard.upperBound, in: language),
            ]))
        case .range where address.linkId == "medications.lastDoseDate":
            return fill("message.date-denosumab-too-long", item, with([
                "months": String(IntakeLimits.denosumabMonthsSinceLastDose.hard.upperBound),
            ]))
        default:
            return nil
        }
    }
}
