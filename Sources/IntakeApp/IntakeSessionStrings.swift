import Assessment
import Questionnaire

/// The session's own user-facing texts (messages, the emergency alert), keyed by language; missing
/// texts fall back to English. `{field}`, `{allowed}` and similar are filled in by the session.
enum IntakeSessionStrings {
    static func text(_ key: String, _ language: QuestionnaireLanguage) -> String {
        tables[language]?[key] ?? english[key] ?? key
    }

    static let tables: [QuestionnaireLanguage: [String: String]] = [.english: english, .spanish: [:]]

    static let english: [String: String] = [
        "step-indicator": "Step {n} of {total}: {title}",
        "step-indicator.short": "{n}/{total} {title}",
        "step-indicator.number": "{n}/{total}",
        "message.required": "{field}: an answer is needed.",
        // Dates: {pattern} and {example} follow the clinic's date_order ("MM/DD/YYYY", "03/14/1958").
        "message.date": "{field}: enter a date as {pattern}, for example {example}.",
        "message.date-two-digit-year": "{field}: type all four digits of the year, as {pattern}, for example {example}.",
        "message.date-no-such-date": "{field}: {date} does not exist.",
        "message.date-no-such-month": "{field}: there is no month {month}; type it as {pattern}, for example {example}.",
        "message.date-no-such-day": "{field}: there is no day {day} in a month; type it as {pattern}, for example {example}.",
        "message.date-order-not-chosen": "{field}: enter a date as {pattern}, for example {example} "
            + "(the order of day and month is not set: date_order in clinic.toml).",
        "message.date-ambiguous": "{field}: {typed} could be {first} or {second}; type it as {pattern}, for example {example}.",
        "message.date-after-visit": "{field}: {date} is after the visit date, {visit}.",
        "message.date-age-outside": "{field}: {date} gives an age of {age} on the visit date; the age must be {range}.",
        "message.date-age-unusual": "{field}: {date} gives an age of {age} on the visit date, which is unusual ({range}): please confirm.",
        "message.date-pain-too-long": "{field}: {date} is {days} days before the visit date; at most {range}.",
        "message.date-denosumab-too-long": "{field}: {date} is more than {months} months before the visit date.",
        "message.date-start-or-days": "{field}: give either the date the pain began or how many days ago, not both.",
        "message.date-start-or-days-needed": "{field}: give the date the pain began, or how many days ago.",
        "message.birth-or-age-needed": "{field}: give the date of birth, or the age.",
        "date.pattern-or-iso": "{pattern} or {iso}",
        "date.spelled": "{day} {month} {year}",
        "date.with-age": "{date}, age {age}",
        "month.1": "January", "month.2": "February", "month.3": "March", "month.4": "April", "month.5": "May",
        "month.6": "June", "month.7": "July", "month.8": "August", "month.9": "September", "month.10": "October",
        "month.11": "November", "month.12": "December",
        "message.integer": "{field}: enter a whole number{range}.",
        "message.decimal": "{field}: enter a number{range}, for example {example}.",
        "message.decimal-no-example": "{field}: enter a number{range}.",
        "message.number-thousands": "{field}: {typed} could be read two ways; type it without a thousands separator, for example {example}.",
        "message.number-thousands-no-example": "{field}: {typed} could be read two ways; type it without a thousands separator.",
        "message.example-unit": "{number} {unit}",
        "message.range-suffix": " ({range})",
        "message.too-long": "{field}: at most {max} characters.",
        "message.unit": "{field}: the unit must be one of {allowed}.",
        "message.option": "{field}: choose one of {allowed}.",
        "message.kind": "{field}: this answer does not fit the question.",
        "message.no-entry": "{field}: that entry no longer exists.",
        "message.read-only": "{field}: filled in automatically.",
        "message.no-match": "No field matches \"{query}\".",
        "message.name-needed": "Enter the name of the staff member acknowledging the alert.",
        "message.set-aside-one": "1 answer no longer applies after \"{field}\" and is set aside; it comes back if that answer is changed back.",
        "message.set-aside": "{count} answers no longer apply after \"{field}\" and are set aside; they come back if that answer is changed back.",
        "message.restored-one": "1 answer set aside earlier applies again and is back.",
        "message.restored": "{count} answers set aside earlier apply again and are back.",
        "hand-over.title-one": "1 question still needs an answer:",
        "hand-over.title": "{count} questions still need an answer:",
        "hand-over.advice": "If you do not know an answer, leave it: a member of staff will go through it with you.",
        "finish-check.title": "Red-flag screen not done: {count} {questions} not asked.",
        "finish-check.kiosk-title": "{count} {questions} about warning signs not answered yet.",
        "finish-check.one": "question",
        "finish-check.many": "questions",
        "finish-check.advice": "Finishing now records the urgency as \"Red-flag screen not done\" and lists these for staff to ask.",
        "finish-check.kiosk-advice": "If you are not sure of an answer, leave it: a member of staff will ask you.",
        "alert.title": "EMERGENCY: get a clinician now",
        "alert.kiosk": "Please go to the front desk now and tell them this screen appeared. Do not wait.",
        "alert.footer": "Acknowledge with the staff member's name once a clinician has been told.",
        "alert.RF-CES": "Possible cauda equina syndrome (pressure on the nerves at the base of the spine): emergency assessment today.",
        "alert.RF-NEURO": "New or worsening leg weakness or walking problems: same-day specialist assessment.",
        "alert.RF-MSCC": "History of cancer with nerve symptoms: possible spinal cord compression; contact the on-call team immediately.",
        "alert.RF-INF": "Possible spinal infection (fever, drug injection, recent infection or procedure): same-day emergency assessment.",
        "alert.RF-FX": "Back pain after major trauma: possible spine fracture; emergency assessment.",
        "alert.RF-AAA": "New back or belly pain with signs of an aortic aneurysm: emergency, call for immediate help.",
        "alert.RF-MAL": "Possible serious cause (cancer history, weight loss or constant night pain): urgent review.",
        "alert.RF-IBP": "Features of inflammatory back pain: routine rheumatology referral.",
    ]
}
