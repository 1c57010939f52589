import IntakeModel

extension IntakeItems {
    private static func agree(_ number: Int, _ field: WritableKeyPath<StartBackAnswers, Bool?> & Sendable) -> QuestionItem {
        .yesNo("startBack.item\(number)", RecordFields.field("/startBack/item\(number)", \.startBack, field))
    }

    /// Keele STarT Back Screening Tool, Keele numbering (optional; the licence note is in the help).
    static let startBack: [QuestionItem] = [
        agree(1, \.item1), agree(2, \.item2), agree(3, \.item3), agree(4, \.item4),
        agree(5, \.item5), agree(6, \.item6), agree(7, \.item7), agree(8, \.item8),
        .choice("startBack.item9", Bothersomeness.self,
                RecordFields.field("/startBack/item9", \.startBack, \.item9)),
    ]
}
