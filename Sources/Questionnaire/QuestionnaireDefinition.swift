import IntakeModel

/// The intake questionnaire as data: its steps in order, each with its items.
///
/// `QuestionnaireDefinition.intake` is the clinic's questionnaire; tests may build smaller ones.
public struct QuestionnaireDefinition: Sendable {
    /// Canonical URL, also the FHIR `Questionnaire.url`.
    public let url: String
    public let version: String
    public let name: String
    public let steps: [IntakeStep]

    private let itemsByLinkId: [String: QuestionItem]
    /// linkId -> linkId of the repeating group it belongs to.
    private let repeatingParent: [String: String]
    private let stepOfItem: [String: StepID]
    /// linkId -> linkId of the group directly holding it.
    private let parentGroup: [String: String]
    /// Items that can be hidden: with enableWhen, or inside a group with enableWhen.
    let conditionalLinkIds: Set<String>
    /// The repeating groups (lists such as the medications), in questionnaire order.
    let repeatingGroups: [QuestionItem]

    public init(url: String, version: String, name: String, steps: [IntakeStep]) {
        self.url = url; self.version = version; self.name = name; self.steps = steps
        var byLinkId: [String: QuestionItem] = [:]
        var parent: [String: String] = [:]
        var stepOf: [String: StepID] = [:]
        var directParent: [String: String] = [:]
        func visit(_ item: QuestionItem, step: StepID, group: String?) {
            for child in item.items { directParent[child.linkId] = item.linkId }
            precondition(byLinkId[item.linkId] == nil, "duplicate linkId \(item.linkId)")
            byLinkId[item.linkId] = item
            stepOf[item.linkId] = step
            if let group { parent[item.linkId] = group }
            let childGroup = item.type == .repeatingGroup ? item.linkId : group
            for child in item.items { visit(child, step: step, group: childGroup) }
        }
        for step in steps { for item in step.items { visit(item, step: step.id, group: nil) } }
        self.itemsByLinkId = byLinkId
        self.repeatingParent = parent
        self.stepOfItem = stepOf
        self.parentGroup = directParent
        var conditional: Set<String> = []
        func mark(_ item: QuestionItem, inherited: Bool) {
            let hidden = inherited || !item.enableWhen.isEmpty
            if hidden { conditional.insert(item.linkId) }
            item.items.forEach { mark($0, inherited: hidden) }
        }
        steps.forEach { $0.items.forEach { mark($0, inherited: false) } }
        self.conditionalLinkIds = conditional
        self.repeatingGroups = byLinkId.values.filter { $0.type == .repeatingGroup }.sorted { $0.linkId < $1.linkId }
    }

    public func step(_ id: StepID) -> IntakeStep? { steps.first { $0.id == id } }

    public func item(linkId: String) -> QuestionItem? { itemsByLinkId[linkId] }

    /// The step an item is asked on.
    public func step(ofItem linkId: String) -> StepID? { stepOfItem[linkId] }

    /// The repeating group an item belongs to (`medications` for `medications.route`), if any.
    public func repeatingGroup(of linkId: String) -> String? { repeatingParent[linkId] }

    /// The group directly holding an item, if any.
    public func parent(of linkId: String) -> QuestionItem? { parentGroup[linkId].flatMap { itemsByLinkId[$0] } }

    /// Every item, depth first, in questionnaire order.
    public var allItems: [QuestionItem] {
        var result: [QuestionItem] = []
        func visit(_ item: QuestionItem) { result.append(item); item.items.forEach(visit) }
        steps.forEach { $0.items.forEach(visit) }
        return result
    }
}
