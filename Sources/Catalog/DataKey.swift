/// A catalog key made from data: a questionnaire `linkId`, an option code, a rule ID, a reason
/// code, a validator problem. Which of these exist is known only at run time, so each module's
/// completeness test walks its data (every item, rule, reason, problem) and fails on a missing text.
public struct DataKey: Hashable, Sendable, CustomStringConvertible {
    /// The key as written in `msgctxt`.
    public let rawValue: String

    init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    /// A question's caption: `questionnaire.<linkId>`.
    public static func questionCaption(linkId: String) -> DataKey { DataKey("questionnaire." + linkId) }
    /// A question's short label, where its caption does not fit (the sheet, table headers):
    /// `questionnaire.<linkId>.short` (a short caption has none).
    public static func questionShortLabel(linkId: String) -> DataKey { DataKey("questionnaire." + linkId + ".short") }
    /// A question's help: `questionnaire.<linkId>.help` (many questions have none).
    public static func questionHelp(linkId: String) -> DataKey { DataKey("questionnaire." + linkId + ".help") }
    /// An answer option's label: `questionnaire.<linkId>=<code>`.
    public static func optionLabel(linkId: String, code: String) -> DataKey { DataKey("questionnaire." + linkId + "=" + code) }
    /// A step's title: `questionnaire.step.<step>`.
    public static func stepTitle(_ step: String) -> DataKey { DataKey("questionnaire.step." + step) }
    /// A step's help: `questionnaire.step.<step>.help`.
    public static func stepHelp(_ step: String) -> DataKey { DataKey("questionnaire.step." + step + ".help") }
    /// Words for a part of the record no question names: `questionnaire.<name>` (`record`,
    /// `list.none`, `words/patient`, `words.field-of-entry` ...).
    public static func questionnaireWords(_ name: String) -> DataKey { DataKey("questionnaire." + name) }

    /// An assessment text of a kind (`alert`, `recommendation`, `notice`, `redFlagQuestion`,
    /// `dxaRecommendation`) by its code: `assessment.<kind>.<code>`.
    public static func assessment(_ kind: String, _ code: String) -> DataKey { DataKey("assessment." + kind + "." + code) }
    /// A rule's short name by its ID (`RF-CES`, `DX-5`, `MA-GC`): `assessment.rule.<ID>`.
    public static func ruleName(_ id: String) -> DataKey { DataKey("assessment.rule." + id) }
    /// An intake report text of a kind (`reason`, `note`, `level`, `urgency`, `costUnit`,
    /// `scoreClass`, `dxaReport`, `label`) by its code: `report.<kind>.<code>`.
    public static func report(_ kind: String, _ code: String) -> DataKey { DataKey("report." + kind + "." + code) }

    /// A database message to staff: `store.<message>`.
    public static func storeMessage(_ message: String) -> DataKey { DataKey("store." + message) }

    /// A validator message: `validation.<message>`.
    public static func validationMessage(_ message: String) -> DataKey { DataKey("validation." + message) }
    /// A validator message without any value of the record, for logs: `validation.withoutValues.<message>`
    /// (only messages that hold a value have one).
    public static func validationMessageWithoutValues(_ message: String) -> DataKey {
        DataKey("validation.withoutValues." + message)
    }
}

extension Catalog {
    /// The text of a data key, or nil when the catalog has none (an optional help, or a gap a
    /// completeness test reports). Never the key itself.
    public func callAsFunction(_ key: DataKey, _ values: [String: String] = [:]) -> String? {
        text(forDataKey: key.rawValue, values)
    }
}
