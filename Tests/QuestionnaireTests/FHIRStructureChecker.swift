import Foundation

/// Checks a QuestionnaireResponse against a Questionnaire as plain JSON, independently of the Swift
/// types that produced them: linkIds, nesting, answer value types, UCUM codes, and that no item
/// hidden by the Questionnaire's own enableWhen carries an answer.
struct FHIRStructureChecker {
    struct Question {
        var linkId: String
        var type: String
        var parent: String?
        var repeats: Bool
        var optionCodes: Set<String>
        var unitCodes: Set<String>
        var enableWhen: [[String: Any]]
        var enableBehavior: String
    }

    private(set) var questions: [String: Question] = [:]
    private(set) var duplicateLinkIds: [String] = []

    init(questionnaire: [String: Any]) {
        func visit(_ item: [String: Any], parent: String?) {
            let linkId = item["linkId"] as? String ?? ""
            if questions[linkId] != nil { duplicateLinkIds.append(linkId) }
            let options = (item["answerOption"] as? [[String: Any]] ?? []).compactMap {
                ($0["valueCoding"] as? [String: Any])?["code"] as? String
            }
            let units = (item["extension"] as? [[String: Any]] ?? []).filter {
                ($0["url"] as? String) == "http://hl7.org/fhir/StructureDefinition/questionnaire-unitOption"
            }.compactMap { ($0["valueCoding"] as? [String: Any])?["code"] as? String }
            questions[linkId] = Question(
                linkId: linkId, type: item["type"] as? String ?? "", parent: parent,
                repeats: item["repeats"] as? Bool ?? false, optionCodes: Set(options), unitCodes: Set(units),
                enableWhen: item["enableWhen"] as? [[String: Any]] ?? [],
                enableBehavior: item["enableBehavior"] as? String ?? "all")
            for child in item["item"] as? [[String: Any]] ?? [] { visit(child, parent: linkId) }
        }
        for item in questionnaire["item"] as? [[String: Any]] ?? [] { visit(item, parent: nil) }
    }

    /// Every problem found in `response`, as readable lines (empty when it conforms).
    func problems(in response: [String: Any]) -> [String] {
        var problems: [String] = []
        let root = response["item"] as? [[String: Any]] ?? []

        func check(_ item: [String: Any], parent: String?, entry: [String: Any]?) {
            let linkId = item["linkId"] as? String ?? "?"
            guard let question = questions[linkId] else { problems.append("\(linkId): not in the questionnaire"); return }
            if question.parent != parent { problems.append("\(linkId): nested under \(parent ?? "root"), not \(question.parent ?? "root")") }
            let entryScope = question.type == "group" && question.repeats ? item : entry
            let answers = item["answer"] as? [[String: Any]] ?? []
            if !answers.isEmpty {
                if !isEnabled(question, scope: entryScope, root: root) { problems.append("\(linkId): answered but hidden") }
                if answers.count > 1, !question.repeats { problems.append("\(linkId): several answers, not repeating") }
                for answer in answers { problems += valueProblems(answer, question) }
            }
            for child in item["item"] as? [[String: Any]] ?? [] { check(child, parent: linkId, entry: entryScope) }
        }
        for item in root { check(item, parent: nil, entry: nil) }
        return problems
    }

    private func valueProblems(_ answer: [String: Any], _ question: Question) -> [String] {
        let keys = answer.keys.filter { $0.hasPrefix("value") }
        guard keys.count == 1, let key = keys.first else { return ["\(question.linkId): \(keys.count) values in one answer"] }
        let expected: Set<String>
        switch question.type {
        case "boolean": expected = ["valueBoolean"]
        case "integer": expected = ["valueInteger"]
        case "decimal": expected = ["valueDecimal"]
        case "date": expected = ["valueDate"]
        case "string": expected = ["valueString"]
        case "choice": expected = ["valueCoding"]
        case "open-choice": expected = ["valueCoding", "valueString"]
        case "quantity": expected = ["valueQuantity"]
        default: expected = []
        }
        var problems: [String] = []
        if !expected.contains(key) { problems.append("\(question.linkId): \(key) for a \(question.type) item") }
        if key == "valueCoding", let coding = answer[key] as? [String: Any], let code = coding["code"] as? String,
           !question.optionCodes.contains(code) {
            problems.append("\(question.linkId): code \(code) is not an option")
        }
        if key == "valueQuantity" {
            let quantity = answer[key] as? [String: Any] ?? [:]
            if quantity["system"] as? String != "http://unitsofmeasure.org" { problems.append("\(question.linkId): quantity without UCUM") }
            if let code = quantity["code"] as? String, !question.unitCodes.contains(code) {
                problems.append("\(question.linkId): unit \(code) is not a unit option")
            }
            if quantity["value"] == nil { problems.append("\(question.linkId): quantity without value") }
        }
        if key == "valueDate", let text = answer[key] as? String, text.count != 10 {
            problems.append("\(question.linkId): date \(text) is not YYYY-MM-DD")
        }
        return problems
    }

    /// FHIR R4 enableWhen, read off the response: a question inside the same repeating-group entry is
    /// looked up there, any other in the whole response.
    private func isEnabled(_ question: Question, scope: [String: Any]?, root: [[String: Any]]) -> Bool {
        if let parent = question.parent, let parentQuestion = questions[parent], !parentQuestion.enableWhen.isEmpty,
           !isEnabled(parentQuestion, scope: scope, root: root) { return false }
        guard !question.enableWhen.isEmpty else { return true }
        let results = question.enableWhen.map { condition -> Bool in
            let target = condition["question"] as? String ?? ""
            let answers = answersOf(target, in: scope.map { [$0] } ?? root)
                + (scope != nil && answersOf(target, in: [scope!]).isEmpty && !isInRepeatingGroup(target) ? answersOf(target, in: root) : [])
            let op = condition["operator"] as? String ?? ""
            let expected = condition.first { $0.key.hasPrefix("answer") }?.value
            switch op {
            case "exists": return (expected as? Bool ?? true) == !answers.isEmpty
            case "=": return answers.contains { same($0, expected) }
            case "!=": return answers.isEmpty || answers.contains { !same($0, expected) }
            default: return true
            }
        }
        return question.enableBehavior == "any" ? results.contains(true) : !results.contains(false)
    }

    private func isInRepeatingGroup(_ linkId: String) -> Bool {
        var current = questions[linkId]?.parent
        while let parent = current {
            if let question = questions[parent], question.type == "group", question.repeats { return true }
            current = questions[parent]?.parent
        }
        return false
    }

    private func answersOf(_ linkId: String, in items: [[String: Any]]) -> [Any] {
        items.flatMap { item -> [Any] in
            let own = (item["linkId"] as? String) == linkId
                ? (item["answer"] as? [[String: Any]] ?? []).compactMap { $0.first { $0.key.hasPrefix("value") }?.value }
                : []
            return own + answersOf(linkId, in: item["item"] as? [[String: Any]] ?? [])
        }
    }

    private func same(_ value: Any, _ expected: Any?) -> Bool {
        if let coding = value as? [String: Any], let wanted = expected as? [String: Any] {
            return coding["code"] as? String == wanted["code"] as? String
        }
        return (value as? NSObject)?.isEqual(expected) ?? false
    }
}
