import IntakeModel

/// One question of the intake (or a group of them), defined once: the screens, the validation
/// messages, the FHIR Questionnaire and QuestionnaireResponse and the printed sheet derive from it.
///
/// Texts live in `QuestionnaireStrings` under keys made from the `linkId`; use `caption(_:)`,
/// `help(_:)` and `optionLabel(_:_:)`.
public struct QuestionItem: Sendable, Identifiable {
    /// Stable identifier, also the FHIR `linkId` (`symptoms.nightPain`, `medications.route`).
    public var linkId: String
    public var type: ItemType
    public var audience: Audience
    /// The intake cannot be finished without an answer (when the item is shown).
    public var required: Bool
    /// More than one answer: multiple choice sets and repeating groups.
    public var repeats: Bool
    public var options: [AnswerOption]
    /// For quantities, the units the answer may be entered in, the usual one first.
    public var units: [UnitChoice]
    /// Hard and soft limits of a number (canonical unit), from `IntakeLimits`.
    public var limit: IntakeLimit?
    /// Allowed length of a text answer, from `IntakeLimits`.
    public var textLength: ClosedRange<Int>?
    public var enableWhen: [EnableCondition]
    public var enableBehavior: EnableBehavior
    /// The record field; nil for plain groups (a repeating group has `entries` instead).
    public var binding: ItemBinding?
    /// For repeating groups: the record's array.
    public var entries: EntryListBinding?
    /// Children of a group.
    public var items: [QuestionItem]
    /// For open-choice items: where type-ahead suggestions come from.
    public var suggestions: SuggestionSource?

    public var id: String { linkId }

    public init(linkId: String, type: ItemType, audience: Audience = .patient, required: Bool = false,
                repeats: Bool = false, options: [AnswerOption] = [], units: [UnitChoice] = [],
                limit: IntakeLimit? = nil, textLength: ClosedRange<Int>? = nil, enableWhen: [EnableCondition] = [], enableBehavior: EnableBehavior = .all,
                binding: ItemBinding? = nil, entries: EntryListBinding? = nil, items: [QuestionItem] = [],
                suggestions: SuggestionSource? = nil) {
        self.linkId = linkId; self.type = type; self.audience = audience; self.required = required
        self.repeats = repeats; self.options = options; self.units = units; self.limit = limit; self.textLength = textLength
        self.enableWhen = enableWhen; self.enableBehavior = enableBehavior; self.binding = binding
        self.entries = entries; self.items = items; self.suggestions = suggestions
    }

    /// The question as shown next to the field.
    public func caption(_ language: QuestionnaireLanguage = .english) -> String {
        QuestionnaireStrings.intake.text(QuestionnaireStrings.captionKey(linkId: linkId), language)
    }

    /// Plain-language help (F1), or nil when the item has none.
    public func help(_ language: QuestionnaireLanguage = .english) -> String? {
        QuestionnaireStrings.intake.optionalText(QuestionnaireStrings.helpKey(linkId: linkId), language)
    }

    /// The label of one option.
    public func optionLabel(_ code: String, _ language: QuestionnaireLanguage = .english) -> String {
        QuestionnaireStrings.intake.text(QuestionnaireStrings.optionKey(linkId: linkId, code: code), language)
    }

    /// Type-ahead suggestions for what has been typed so far (empty when the item has none).
    public func suggestions(forPrefix prefix: String) -> [String] {
        switch suggestions {
        case .medicationNames: return MedicationVocabulary.bundled.suggestions(forPrefix: prefix)
        case nil: return []
        }
    }
}

/// Where an open-choice item takes its type-ahead suggestions from.
public enum SuggestionSource: String, Hashable, Sendable {
    /// `MedicationVocabulary.bundled`: generic and brand names.
    case medicationNames = "medication-names"
}
