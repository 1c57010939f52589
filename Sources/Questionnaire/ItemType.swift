/// What kind of answer an item takes; the screens pick a widget from it and FHIR its `type`.
public enum ItemType: String, Hashable, Sendable, CaseIterable {
    /// Free text on one line.
    case string
    /// A calendar date `YYYY-MM-DD`.
    case date
    case integer
    case decimal
    /// A number with a unit chosen from `QuestionItem.units`.
    case quantity
    /// Yes / no / unknown (unknown leaves the record key out).
    case boolean
    /// Exactly one of `QuestionItem.options`.
    case choice
    /// One of the options or free text (the medication name with type-ahead).
    case openChoice = "open-choice"
    /// Any subset of `QuestionItem.options` (a set in the record; empty = "none of these").
    case multipleChoice = "multiple-choice"
    /// An integer on a 0-10 scale (pain score).
    case scale
    /// A heading holding other items.
    case group
    /// A list of entries, each holding the group's items (medications, fractures, events).
    case repeatingGroup = "repeating-group"
    /// Computed from other answers, never typed (the classes of a medication name).
    case derived

    /// True for the two group kinds, which hold items and take no answer of their own.
    public var isGroup: Bool { self == .group || self == .repeatingGroup }
}

/// Who answers an item. Staff items (examination findings, measured values, bone density, labs)
/// are hidden in kiosk mode, where the patient types.
public enum Audience: String, Hashable, Sendable, CaseIterable {
    case patient, staff
}

/// One option of a choice item. `code` is the record's enum raw value; the label is in the string
/// catalog under `questionnaire.<linkId>=<code>`.
public struct AnswerOption: Hashable, Sendable {
    public var code: String
    public init(_ code: String) { self.code = code }
}

/// One unit a quantity may be entered in: the record's code and its UCUM code for FHIR.
public struct UnitChoice: Hashable, Sendable {
    /// As the record writes it (`in`, `lb`, `F`, `uk-units`).
    public var code: String
    /// UCUM (`[in_i]`, `[lb_av]`, `[degF]`, `{UK_unit}`).
    public var ucum: String
    /// Short label shown next to the field (`in`, `lb`, `°F`).
    public var display: String
    public init(code: String, ucum: String, display: String) {
        self.code = code; self.ucum = ucum; self.display = display
    }
}
