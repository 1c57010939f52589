import IntakeModel
import Questionnaire

/// The items shown for one record and mode, step by step, worked out in one walk of the
/// questionnaire whenever the record or the mode changes. The form, the side list, Tab, the
/// jump line and Finish all ask for them on every key; each used to walk the questionnaire
/// (every `enableWhen`) again.
struct ShownItems: Sendable {
    /// Every item shown on a step (groups and repeating-group headers included), in order.
    private(set) var visible: [StepID: [ItemAddress]] = [:]
    /// The addresses a cursor can stop at, by step, in order.
    private(set) var answerable: [StepID: [ItemAddress]] = [:]
    /// The answerable addresses of every step, in questionnaire order.
    private(set) var allAnswerable: [ItemAddress] = []
    /// Where the cursor stops on each step, in order: the answerable fields and the heading of
    /// each list (where Insert adds an entry).
    private(set) var stops: [StepID: [ItemAddress]] = [:]

    init(definition: QuestionnaireDefinition, record: IntakeRecord, audience: Audience?) {
        for address in definition.visibleAddresses(in: record, audience: audience) {
            guard let step = definition.step(ofItem: address.linkId), let item = definition.item(linkId: address.linkId) else {
                continue
            }
            visible[step, default: []].append(address)
            if item.takesAnswer {
                answerable[step, default: []].append(address)
                allAnswerable.append(address)
            }
            if item.takesAnswer || item.type == .repeatingGroup { stops[step, default: []].append(address) }
        }
    }
}
