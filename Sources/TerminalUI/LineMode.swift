import Catalog
import PlainText

/// The accessible line-by-line mode (TERM=dumb or --accessible): the same questions one per
/// line, with the same validation, for screen readers and braille displays. `?` shows help;
/// an empty answer keeps the current one. Input and output are injected, so it runs in tests.
public struct LineMode {
    public var strings: Catalog
    public var readLine: () -> String?
    public var write: (String) -> Void

    public init(strings: Catalog = Catalog(), readLine: @escaping () -> String?, write: @escaping (String) -> Void) {
        self.strings = strings
        self.readLine = readLine
        self.write = write
    }

    /// Asks every visible field of the form in order. Returns false when input ended first.
    public func run(_ form: inout FormView) -> Bool {
        write(Sanitizer.displayLine(form.title) + (form.step.isEmpty ? "" : " - " + form.step))
        write(strings(.uiLineModeIntro))
        for i in form.fields.indices where !form.hidden.contains(form.fields[i].id) {
            if form.fields[i] is Heading { write(""); write(form.fields[i].caption); continue }
            guard form.fields[i].isFocusable else { continue }
            var field = form.fields[i]
            let ok = ask(&field)
            form.fields[i] = field
            if ok { form.errors[field.id] = nil } else { return false }
        }
        return true
    }

    private func ask(_ field: inout any FormField) -> Bool {
        let choices = field.lineModeChoices(strings: strings)
        let isList = field is ListEditorField
        while true {
            var question = field.caption
            let current = Self.describe(field, strings: strings)
            if !current.isEmpty { question += " [\(strings(.uiLineModeKeep)): \(Sanitizer.displayLine(current))]" }
            write(question + " " + strings(.uiLineModeHelpHint))
            if !choices.isEmpty && !(field is NumberField) {
                for (n, c) in choices.enumerated() { write("  \(n + 1). \(c)") }
                write(field is ChecklistField ? strings(.uiLineModeChecklist) : strings(.uiLineModeChoose))
            } else if let units = (field as? NumberField)?.units, units.count > 1 {
                write("  (\(units.joined(separator: " / ")))")
            }
            if isList { write(strings(.uiLineModeList)) }
            guard let line = readLine() else { return false }
            let answer = Sanitizer.clean(line, keepNewlines: false)
            if answer.trimmingSpaces == "?" {
                write(field.help.isEmpty ? strings(.uiNoHelp) : field.help)
                continue
            }
            if answer.trimmingSpaces.isEmpty {
                // keep the current answer, unless the field cannot be left as it is
                guard let error = field.validate(strings: strings) else { return true }
                write(error)
                continue
            }
            if let error = field.acceptLine(answer, strings: strings) {
                write(error)
                continue
            }
            if isList {
                while let more = readLine() {
                    let t = Sanitizer.clean(more, keepNewlines: false)
                    if t.trimmingSpaces.isEmpty { break }
                    _ = field.acceptLine(t, strings: strings)
                }
            }
            return true
        }
    }

    /// The current answer in words, for "keep the current answer".
    public static func describe(_ field: any FormField, strings: Catalog) -> String {
        let choices = field.lineModeChoices(strings: strings)
        switch field.value {
        case .empty: return ""
        case .text(let t): return field is TextView ? "" : t
        case .quantity(let n, let u): return u.isEmpty ? n : "\(n) \(u)"
        case .choice(let i): return choices.indices.contains(i) ? choices[i] : String(i + 1)
        case .checked(let set): return set.sorted().compactMap { choices.indices.contains($0) ? choices[$0] : nil }.joined(separator: ", ")
        case .integer(let n): return String(n)
        case .rows(let r): return r.joined(separator: ", ")
        }
    }
}
