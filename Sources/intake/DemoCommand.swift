import Catalog
import ArgumentParser
import CursesTerminal
import TerminalUI

/// `intake demo` (hidden): the terminal toolkit's demo form, in the field order of tuibench's
/// keys/form.keys, so the toolkit can be tried and measured on its own. Nothing is saved.
/// F10 or Ctrl-X finishes, Ctrl-C leaves, Esc never quits.
struct DemoCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "demo", abstract: said(.cliHelpDemoAbstract),
                                                        shouldDisplay: false)
    }

    @OptionGroup var terminal: TerminalOptions

    func run() throws {
        let strings = Catalog(.english)
        let text = DemoText(language: strings.language)
        var form = DemoForm.make(strings: strings, text: text)
        var mode = ScreenStart.Mode.fullScreen
        try StoreCommandOutput.run { mode = try ScreenStart.mode(for: .demo, options: terminal) }
        if mode == .lineByLine {
            let lineMode = LineMode(strings: strings, readLine: { Swift.readLine(strippingNewline: true) }, write: { print($0) })
            let finished = lineMode.run(&form)
            print(finished ? text[.finished] : text[.ended])
            return
        }
        let (theme, warning) = terminal.loadTheme()
        let screen = try terminal.openTerminal(theme: theme)
        defer { screen.stop() }
        form.message = warning
        var app = FormApp(form: form)
        AppRunner().run(&app, on: screen) { event, app in
            switch event {
            case .command(.save), .command(.print), .command(.nextStep), .command(.previousStep):
                app.form.message = text[.demoOnly]
                app.form.messageRole = .muted
            case .changed:
                app.form.sidePanel = DemoForm.progress(app.form, text: text)
            default: break
            }
        }
        screen.stop()
        print(app.isCompleted ? text[.finished] : text[.ended])
    }
}

/// The demo form's fields (name first, as in tuibench's form.keys).
enum DemoForm {
    static func make(strings: Catalog, text: DemoText) -> FormView {
        let fields: [any FormField] = [
            TextField(id: "name", caption: text[.name], help: text[.nameHelp], maxLength: 80, boxWidth: 40, isRequired: true),
            DateField(id: "birthDate", caption: text[.birthDate], help: text[.birthDateHelp]),
            ChecklistField(id: "conditions", caption: text[.conditions], help: text[.conditionsHelp],
                           options: [text[.diabetes], text[.hypertension], text[.asthma], text[.allergies], text[.heartDisease]]),
            ChoiceField.yesNoUnknown(id: "insured", caption: text[.insured], help: text[.insuredHelp], strings: strings),
            NumberField(id: "weight", caption: text[.weight], help: text[.weightHelp], units: ["kg", "lb"], maxLength: 6),
            TextField(id: "phone", caption: text[.phone], help: text[.phoneHelp], maxLength: 20, boxWidth: 20),
            TextField(id: "address", caption: text[.address], maxLength: 120, boxWidth: 50),
            TextField(id: "reason", caption: text[.reason], maxLength: 200, boxWidth: 50),
            ScaleField(id: "pain", caption: text[.pain], help: text[.painHelp]),
            ListEditorField(id: "medications", caption: text[.medications], help: text[.medicationsHelp], visibleRows: 3,
                            suggest: { prefix in demoMedications.filter { $0.lowercased().hasPrefix(prefix.lowercased()) } }),
        ]
        var form = FormView(title: text[.title], step: text[.step], fields: fields, strings: strings)
        form.sidePanelTitle = text[.panelTitle]
        form.sidePanel = progress(form, text: text)
        return form
    }

    static func progress(_ form: FormView, text: DemoText) -> String {
        let answered = form.fields.filter {
            switch $0.value {
            case .empty, .checked([]), .rows([]): return false
            default: return true
            }
        }.count
        return text[.panelBody] + "\n\n" + text[.answered] + " \(answered) / \(form.fields.count)"
    }

    static let demoMedications = ["Alendronate", "Alendronic acid", "Calcium carbonate", "Colecalciferol", "Denosumab",
                                  "Ibuprofen", "Omeprazole", "Paracetamol", "Prednisolone", "Risedronate", "Zoledronic acid"]
}

/// The demo's own texts: `cli.demo.*` entries of the string catalog.
struct DemoText {
    enum Key: String { case title, step, name, nameHelp, birthDate, birthDateHelp, conditions, conditionsHelp, diabetes,
               hypertension, asthma, allergies, heartDisease, insured, insuredHelp, weight, weightHelp, phone,
               phoneHelp, address, reason, pain, painHelp, medications, medicationsHelp, panelTitle, panelBody,
               answered, demoOnly, finished, ended }
    let language: Language
    subscript(_ key: Key) -> String { Catalog(language).text(forDataKey: "cli.demo." + key.rawValue) ?? "" }

    }
