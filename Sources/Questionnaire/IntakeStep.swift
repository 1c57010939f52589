import Catalog
/// The steps of the intake, in order. The raw value is the name `intake open ID --screen NAME`
/// takes; `review` is accepted for `summary`.
public enum StepID: String, Hashable, Sendable, CaseIterable {
    case patient
    case history
    case medications
    case symptoms
    case redFlags = "red-flags"
    case boneDensity = "bone-density"
    case startBack = "start-back"
    case summary

    /// Parses a `--screen` name (lower case with hyphens; `review` means `summary`).
    public init?(screenName: String) {
        let name = screenName.lowercased()
        if name == "review" { self = .summary; return }
        self.init(rawValue: name)
    }

    /// 1-based position for "Step 4 of 8".
    public var number: Int { (StepID.allCases.firstIndex(of: self) ?? 0) + 1 }
}

/// One step (screen) of the intake: a title, a help text and its items.
public struct IntakeStep: Sendable, Identifiable {
    public var id: StepID
    public var items: [QuestionItem]
    /// The patient may skip the whole step (STarT Back); a skipped step still counts in "Step N of 8".
    public var skippable: Bool

    public init(id: StepID, items: [QuestionItem], skippable: Bool = false) {
        self.id = id; self.items = items; self.skippable = skippable
    }

    /// "Symptoms".
    public func title(_ language: Language = .english) -> String {
        Catalog(language)(.stepTitle(id.rawValue)) ?? ""
    }

    /// What the step is about, and for STarT Back its licence note.
    public func help(_ language: Language = .english) -> String? {
        Catalog(language)(.stepHelp(id.rawValue))
    }
}
