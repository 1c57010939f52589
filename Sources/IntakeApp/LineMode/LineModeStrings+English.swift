extension LineModeStrings {
    static let english: [String: String] = [
        "intro": "OsteoIntake, line by line. Answer each question and press Enter. Type ? for help on a question and the list of commands. An empty line keeps the current answer or skips an optional question.",
        "commands": "Commands, each on its own line: back (previous question), next step, skip (skips STarT Back), jump TEXT (goes to the question whose caption contains TEXT), clear (removes this answer), save, summary, finish, exit.",
        "noHelp": "No help for this question.",

        // Command words (typed alone on a line, any case).
        "command.help": "?",
        "command.back": "back",
        "command.nextStep": "next step",
        "command.skip": "skip",
        "command.jump": "jump",
        "command.clear": "clear",
        "command.save": "save",
        "command.summary": "summary",
        "command.finish": "finish",
        "command.exit": "exit",

        // Answer words: the word or its first letter.
        "word.yes": "yes",
        "word.no": "no",
        "word.unknown": "unknown",
        "word.none": "none",

        // The question and what may be typed.
        "question": "{1}",
        "question.required": "{1} (required)",
        "question.current": "{1} [now: {2}]",
        "question.pending": "{1} [typed: {2}]",
        "format.boolean": "Answer yes / no / unknown.",
        "format.choice": "Type the number or the words of your answer.",
        "format.option": "  {1}. {2}",
        "format.checklist": "Type the numbers that apply, separated by commas, or 0 for none of these.",
        "format.date": "Type a date as {1}, for example {2}.",
        "format.date-iso-too": "Type a date as {1}, for example {2}, or as YYYY-MM-DD.",
        "date.read": "Read as {1}.",
        "format.integer": "Type a whole number ({1}).",
        "format.integerAny": "Type a whole number.",
        "format.decimal": "Type a number ({1}).",
        "format.decimalAny": "Type a number.",
        "format.quantity": "Type a number and its unit: {1}. Without a unit, {2} is used.",
        "format.unitSeparator": " or ",
        "format.suggested": "Type the name; suggestions follow when it is not a known name.",
        "value.none": "none of these",
        "value.yes": "yes",
        "value.no": "no",

        // Messages.
        "message.boolean": "{1}: answer yes, no or unknown.",
        "message.required": "{1}: an answer is needed. Type it, or a command such as next step.",
        "message.yesNo": "Answer yes or no.",
        "message.notSkippable": "Only the STarT Back step can be skipped.",
        "message.saved": "Saved.",
        "message.notCommand": "Type finish, back, jump TEXT, save, summary or exit.",
        "message.nothingToAsk": "Nothing to answer on this step.",
        "message.optionalStep": "This step is optional: type skip to skip it.",
        "message.finishBlocked": "The intake cannot be finished yet: {1} answers need attention. The first follows.",
        "message.finishBlocked-one": "The intake cannot be finished yet: 1 answer needs attention. It follows.",
        "message.finished": "The intake is complete.",
        "message.kioskExit": "Please ask at the front desk to leave the intake.",
        "message.exited": "Leaving the intake; the answers are saved.",
        "message.hungUp": "Input ended; the answers are saved.",

        // Repeating groups.
        "entry.heading": "{1}: entry {2}",
        "addEntry.medications": "Add a medication? (yes / no)",
        "addAnother.medications": "Add another medication? (yes / no)",
        "addEntry.history.fractures": "Add a broken bone? (yes / no)",
        "addAnother.history.fractures": "Add another broken bone? (yes / no)",
        "addEntry.history.cardiovascularEvents": "Add a heart attack or stroke? (yes / no)",
        "addAnother.history.cardiovascularEvents": "Add another heart attack or stroke? (yes / no)",
        "addEntry": "{1}: add an entry? (yes / no)",
        "addAnother": "{1}: add another entry? (yes / no)",
        "suggestions": "Known names starting like that:",
        "suggestions.pick": "Type a number to use that name, or press Enter to keep what you typed.",

        // The emergency alert.
        "alert.begin": "*** EMERGENCY ALERT ***",
        "alert.end": "*** END OF EMERGENCY ALERT ***",
        "alert.finding": "{1}: {2} Because: {3}.",
        "alert.name": "Staff member's name, to acknowledge the alert:",
        "alert.acknowledged": "Alert acknowledged by {1}.",

        // The Review step.
        "review.prompt": "Type finish to complete the intake, back to change an answer, jump TEXT to go to a question, save, or summary to hear the summary again.",
        "summary.tScoreValue": "Lowest T-score: {1}",
        "summary.end": "End of summary.",
    ]
}
