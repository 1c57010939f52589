import Catalog
import Foundation
import Testing
@testable import TerminalUI

/// A clinic-like sample form used across the tests (the toolkit itself knows no patients).
enum Sample {
    static let strings = Catalog()

    static func fields() -> [any FormField] {
        [
            TextField(id: "name", caption: "Full name", help: "As on the ID card.", maxLength: 40, boxWidth: 30, isRequired: true),
            DateField(id: "dob", caption: "Date of birth"),
            ChecklistField(id: "conditions", caption: "Conditions", options: ["Diabetes", "Hypertension", "Asthma", "Allergies", "Heart disease"]),
            ChoiceField.yesNoUnknown(id: "insured", caption: "Insured", strings: strings),
            NumberField(id: "weight", caption: "Weight", units: ["kg", "lb"], validator: { n, unit in
                guard let v = Double(n) else { return nil }
                return (unit == "kg" ? 20...300 : 44...660).contains(v) ? nil : "Weight: must be from 20 to 300 kg (44 to 660 lb)."
            }),
            TextField(id: "phone", caption: "Phone", maxLength: 20, boxWidth: 20),
        ]
    }

    static func form(size: Size = Size(width: 80, height: 24)) -> FormView {
        FormView(title: "Sample intake", step: "Step 1 of 8: Patient", fields: fields(), strings: strings, size: size)
    }

    static func pilot(size: Size = Size(width: 80, height: 24)) -> Pilot<FormApp> {
        Pilot(FormApp(form: form(size: size)), size: size)
    }

    /// A form taller than the screen: 30 text fields.
    static func longForm() -> FormView {
        FormView(title: "Long", step: "", fields: (1...30).map { TextField(id: "f\($0)", caption: "Field \($0)", boxWidth: 10) })
    }
}

/// Golden screen files under Tests/TerminalUITests/Golden. `RECORD_GOLDEN=1 swift test`
/// re-records them; a mismatch writes `NAME.actual` beside the golden file.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = folder.appendingPathComponent(name + ".txt")
        let actual = text + "\n"
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("missing golden file \(file.path); run with RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        let actualFile = folder.appendingPathComponent(name + ".actual")
        if expected != actual {
            try? actual.write(to: actualFile, atomically: true, encoding: .utf8)
            Issue.record("screen differs from \(file.lastPathComponent); see \(actualFile.lastPathComponent)", sourceLocation: sourceLocation)
        } else {
            try? FileManager.default.removeItem(at: actualFile)
        }
    }
}
