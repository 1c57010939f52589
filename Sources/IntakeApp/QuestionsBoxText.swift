import Catalog
import PlainText

/// What the box F10 opens over the screen says when answers are missing (the red-flag question,
/// the kiosk's hand-over): lists of questions, the most urgent list first, then the advice.
///
/// A box has only the rows of the window. `lines(width:rows:)` keeps every list's title, so the
/// red-flag questions are always named first and a short window never hides that other answers
/// are open too; a list with more questions than rows ends in "- and 9 more".
public struct QuestionsBoxText: Sendable, Equatable {
    public struct QuestionList: Sendable, Equatable {
        /// "14 questions about warning signs not answered yet."
        public var title: String
        /// The questions in the person's words, in questionnaire order.
        public var questions: [String]

        public init(title: String, questions: [String]) {
            self.title = title
            self.questions = questions
        }
    }

    public var lists: [QuestionList]
    /// What leaving them means ("a member of staff will ask you").
    public var advice: String
    /// The intake's language ("- and 9 more").
    let language: Language

    /// Every line, nothing left out.
    public var allLines: [String] {
        lists.flatMap { [$0.title] + $0.questions.map { "- " + $0 } } + [advice]
    }

    /// The questions a later list always keeps, however long the lists before it.
    static let keptPerList = 3

    /// The lines for a box whose text is `width` columns wide and at most `rows` lines high (after
    /// wrapping). Each list gets the rows the lists after it do not need for their title, their
    /// first questions (`keptPerList`) and their "and N more" line; the advice keeps its rows.
    public func lines(width: Int, rows: Int) -> [String] {
        func height(_ text: String) -> Int { max(1, TextWrap.lines(text, width: width).count) }
        func least(_ list: QuestionList) -> Int {
            height(list.title) + list.questions.prefix(Self.keptPerList).reduce(0) { $0 + height("- " + $1) }
                + (list.questions.count > Self.keptPerList ? 1 : 0)
        }
        var room = rows - height(advice)
        var out: [String] = []
        for (index, list) in lists.enumerated() {
            let later = lists[(index + 1)...].reduce(0) { $0 + least($1) }
            out.append(list.title)
            room -= height(list.title)
            var shown = 0
            for question in list.questions {
                let line = "- " + question
                let moreLine = shown + 1 < list.questions.count ? 1 : 0
                guard height(line) + moreLine <= room - later else { break }
                out.append(line)
                room -= height(line)
                shown += 1
            }
            if shown < list.questions.count {
                let line = Catalog(language)(.sessionHandOverMore, ["count": String(list.questions.count - shown)])
                out.append(line)
                room -= height(line)
            }
        }
        return out + [advice]
    }
}
