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
        "message.required": "{field}: an answer is needed.",
        "message.date": "{field}: enter a date as YYYY-MM-DD, for example 1958-03-14.",
        "message.integer": "{field}: enter a whole number{range}.",
        "message.decimal": "{field}: enter a number{range}, for example 72.5.",
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
