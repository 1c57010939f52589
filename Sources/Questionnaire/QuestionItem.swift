import Catalog
import IntakeModel

/// One question of the intake (or a group of them), defined once: the screens, the validation
/// messages, the FHIR Questionnaire and QuestionnaireResponse and the printed sheet derive from it.
///
/// Texts live in the string catalog under keys made from the `linkId` (`questionnaire.<linkId>`); use `caption(_:)`,
/// `help(_:)` and `optionLabel(_:_:)`.
public struct QuestionItem: Sendable, Identifiable {
    /// The fields live in one shared box, copied only when a copy is changed (the builders): the
    /// screens look items up on every key, and copying fifteen fields, most of them
    /// reference-counted, was a measurable part of a keystroke. A box is never changed while
    /// shared (`isKnownUniquelyReferenced`), so it is safe to send.
    private struct Fields {
        var linkId: String
        var type: ItemType
        var audience: Audience
        var required: Bool
        var repeats: Bool
        var options: [AnswerOption]
        var units: [UnitChoice]
        var limit: IntakeLimit?
        var textLength: ClosedRange<Int>?
        var enableWhen: [EnableCondition]
        var enableBehavior: EnableBehavior
        var binding: ItemBinding?
        var entries: EntryListBinding?
        var items: [QuestionItem]
        var suggestions: SuggestionSource?
    }

    private final class Storage: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var storage: Storage

    private mutating func changeable() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        return storage
    }

    /// Stable identifier, also the FHIR `linkId` (`symptoms.nightPain`, `medications.route`).
    public var linkId: String {
        get { storage.fields.linkId }
        set { changeable().fields.linkId = newValue }
    }
    public var type: ItemType {
        get { storage.fields.type }
        set { changeable().fields.type = newValue }
    }
    public var audience: Audience {
        get { storage.fields.audience }
        set { changeable().fields.audience = newValue }
    }
    /// The intake cannot be finished without an answer (when the item is shown).
    public var required: Bool {
        get { storage.fields.required }
        set { changeable().fields.required = newValue }
    }
    /// More than one answer: multiple choice sets and repeating groups.
    public var repeats: Bool {
        get { storage.fields.repeats }
        set { changeable().fields.repeats = newValue }
    }
    public var options: [AnswerOption] {
        get { storage.fields.options }
        set { changeable().fields.options = newValue }
    }
    /// For quantities, the units the answer may be entered in, the usual one first.
    public var units: [UnitChoice] {
        get { storage.fields.units }
        set { changeable().fields.units = newValue }
    }
    /// Hard and soft limits of a number (canonical unit), from `IntakeLimits`.
    public var limit: IntakeLimit? {
        get { storage.fields.limit }
        set { changeable().fields.limit = newValue }
    }
    /// Allowed length of a text answer, from `IntakeLimits`.
    public var textLength: ClosedRange<Int>? {
        get { storage.fields.textLength }
        set { changeable().fields.textLength = newValue }
    }
    public var enableWhen: [EnableCondition] {
        get { storage.fields.enableWhen }
        set { changeable().fields.enableWhen = newValue }
    }
    public var enableBehavior: EnableBehavior {
        get { storage.fields.enableBehavior }
        set { changeable().fields.enableBehavior = newValue }
    }
    /// The record field; nil for plain groups (a repeating group has `entries` instead).
    public var binding: ItemBinding? {
        get { storage.fields.binding }
        set { changeable().fields.binding = newValue }
    }
    /// For repeating groups: the record's array.
    public var entries: EntryListBinding? {
        get { storage.fields.entries }
        set { changeable().fields.entries = newValue }
    }
    /// Children of a group.
    public var items: [QuestionItem] {
        get { storage.fields.items }
        set { changeable().fields.items = newValue }
    }
    /// For open-choice items: where type-ahead suggestions come from.
    public var suggestions: SuggestionSource? {
        get { storage.fields.suggestions }
        set { changeable().fields.suggestions = newValue }
    }

    public var id: String { linkId }

    /// A cursor stops at it: it takes an answer of its own (not a group, nothing derived).
    public var takesAnswer: Bool { !type.isGroup && type != .derived && binding != nil }

    public init(linkId: String, type: ItemType, audience: Audience = .patient, required: Bool = false,
                repeats: Bool = false, options: [AnswerOption] = [], units: [UnitChoice] = [],
                limit: IntakeLimit? = nil, textLength: ClosedRange<Int>? = nil, enableWhen: [EnableCondition] = [], enableBehavior: EnableBehavior = .all,
                binding: ItemBinding? = nil, entries: EntryListBinding? = nil, items: [QuestionItem] = [],
                suggestions: SuggestionSource? = nil) {
        storage = Storage(Fields(
            linkId: linkId, type: type, audience: audience, required: required, repeats: repeats, options: options,
            units: units, limit: limit, textLength: textLength, enableWhen: enableWhen, enableBehavior: enableBehavior,
            binding: binding, entries: entries, items: items, suggestions: suggestions))
    }

    /// The question as shown next to the field.
    public func caption(_ language: Language = .english) -> String {
        Catalog(language)(.questionCaption(linkId: linkId)) ?? ""
    }

    /// The question in a few words, where the caption does not fit: a label on the printed
    /// sheet, a table's column header, an item of "Answered yes: ...". The caption when it is
    /// short enough already (FHIR SDC calls this `shortText`).
    public func shortLabel(_ language: Language = .english) -> String {
        Catalog(language)(.questionShortLabel(linkId: linkId)) ?? caption(language)
    }

    /// Plain-language help (F1), or nil when the item has none.
    public func help(_ language: Language = .english) -> String? {
        Catalog(language)(.questionHelp(linkId: linkId))
    }

    /// A text answer as a reader of `language` is shown it: a medicine of the bundled vocabulary by
    /// its Spanish name on a Spanish screen ("alendronate" reads "alendronato"; typed back, it is
    /// the same generic); any other text as typed.
    public func shownText(_ text: String, _ language: Language) -> String {
        suggestions == .medicationNames ? SpanishMedicationNames.shown(text, in: language) : text
    }

    /// The label of a unit beside the number box, in a language: the catalog's words
    /// (`questionnaire.unit.<code>`: "unidades RU") where a unit is a word, else the unit's symbol
    /// ("kg", "°F"). A code this item does not have is shown as given.
    public func unitLabel(_ code: String, _ language: Language = .english) -> String {
        Catalog(language)(.questionnaireWords("unit." + code)) ?? units.first { $0.code == code }?.display ?? code
    }

    /// The label of a unit after a number: "1 UK unit" where the catalog has a singular
    /// (`questionnaire.unit.<code>.one`), "2 UK units".
    public func unitLabel(_ code: String, after number: Double, _ language: Language = .english) -> String {
        (number == 1 ? Catalog(language)(.questionnaireWords("unit." + code + ".one")) : nil) ?? unitLabel(code, language)
    }

    /// The labels of every unit of this item, in its order.
    public func unitLabels(_ language: Language = .english) -> [String] { units.map { unitLabel($0.code, language) } }

    /// The unit code of a label shown beside the box (`unitLabel`), nil for none of this item's.
    public func unitCode(forLabel label: String, _ language: Language = .english) -> String? {
        units.first { unitLabel($0.code, language) == label }?.code
    }

    /// The option an answer's code falls under: the option with that code, else, when the options
    /// are the languages the program speaks, the language of a BCP 47 tag (`es-MX` falls under `es`).
    public func optionIndex(of code: String) -> Int? {
        if let exact = options.firstIndex(where: { $0.code == code }) { return exact }
        guard !options.isEmpty, options.allSatisfy({ Language(rawValue: $0.code) != nil }),
              let language = try? Language(tag: code) else { return nil }
        return options.firstIndex { $0.code == language.rawValue }
    }

    public func optionLabel(_ code: String, _ language: Language = .english) -> String {
        Catalog(language)(.optionLabel(linkId: linkId, code: code)) ?? ""
    }

    /// Type-ahead suggestions for what has been typed so far (empty when the item has none);
    /// `includingSpanish` adds the Spanish generic names of medicines (`SpanishMedicationNames`).
    public func suggestions(forPrefix prefix: String, includingSpanish: Bool = false) -> [String] {
        switch suggestions {
        case .medicationNames: return MedicationVocabulary.bundled.suggestions(forPrefix: prefix, includingSpanish: includingSpanish)
        case nil: return []
        }
    }
}

/// Where an open-choice item takes its type-ahead suggestions from.
public enum SuggestionSource: String, Hashable, Sendable {
    /// `MedicationVocabulary.bundled`: generic and brand names.
    case medicationNames = "medication-names"
}
