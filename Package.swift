// swift-tools-version:6.0
// OsteoIntake: a keyboard-only terminal intake for lower back pain with an
// osteoporosis and vertebral-fracture focus. Modules and their arrows are
// described in README.md ("Architecture"); arrows point one way only.
import PackageDescription

let argumentParser = Target.Dependency.product(name: "ArgumentParser", package: "swift-argument-parser")
let grdb = Target.Dependency.product(name: "GRDB", package: "GRDB.swift")
let tomlKit = Target.Dependency.product(name: "TOMLKit", package: "TOMLKit")

let package = Package(
    name: "OsteoIntake",
    products: [
        .executable(name: "intake", targets: ["intake"]),
        .executable(name: "intake-bench", targets: ["intake-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // Filling `{1}` / `{name}` placeholders of the string tables (every language, every module).
        .target(name: "TextTemplates"),
        // The intake record (osteo-intake/1), units, dates, medication vocabulary, validation.
        .target(name: "IntakeModel", dependencies: ["TextTemplates"]),
        // The pure assessment engine: rules of clinical/reference.md section 10.
        .target(name: "Assessment", dependencies: ["IntakeModel"]),
        // The questionnaire as data, and its FHIR mapping.
        .target(name: "Questionnaire", dependencies: ["IntakeModel"]),
        // Cells, widths, keys, widgets, layout, themes; knows nothing of patients.
        .target(name: "TerminalUI", dependencies: ["TextTemplates", tomlKit]),
        // ncursesw: the only code that calls curses.
        .systemLibrary(name: "CNCursesW", pkgConfig: "ncursesw", providers: [.apt(["libncurses-dev"])]),
        .target(name: "CursesTerminal", dependencies: ["TerminalUI", "CNCursesW"]),
        // SQLite storage through GRDB: records, versions, audit trail.
        .target(name: "IntakeStore", dependencies: ["IntakeModel", grdb]),
        // Staff credentials: PAM (by dlopen), the clinic's PIN list (yescrypt by dlopen), sign-in throttle.
        .target(name: "StaffAccess", dependencies: [tomlKit]),
        // One report of an intake (header, answers by step, findings in words, warnings, costs,
        // notices): what every output (screen, line mode, `intake assess`, sheet) lays out.
        .target(name: "IntakeReport", dependencies: ["IntakeModel", "Assessment", "Questionnaire", "TextTemplates"]),
        // The printable intake sheet: one layout model, text and PDF renderers.
        .target(name: "IntakeSheet", dependencies: ["IntakeModel", "Assessment", "Questionnaire", "IntakeReport", "TextTemplates", tomlKit]),
        // Screens, the form reducer, summary, lock and kiosk behaviour.
        .target(name: "IntakeApp", dependencies: [
            "IntakeModel", "Assessment", "Questionnaire", "TerminalUI", "IntakeStore", "IntakeReport", "TextTemplates",
            "StaffAccess",
        ]),
        .executableTarget(name: "intake", dependencies: [
            "IntakeModel", "Assessment", "Questionnaire", "TerminalUI", "CursesTerminal",
            "IntakeStore", "IntakeReport", "IntakeSheet", "IntakeApp", "StaffAccess", argumentParser,
        ]),
        // Benchmarks (commands and figures in Sources/intake-bench/intake-bench.docc); never timed inside unit tests.
        .executableTarget(name: "intake-bench", dependencies: [
            "IntakeModel", "Assessment", "Questionnaire", "TerminalUI", "IntakeStore", "IntakeReport", "IntakeSheet",
            "IntakeApp", "IntakeTestSupport", argumentParser,
        ]),

        // Helpers shared by the test targets and the benchmarks (the shared examples' locator,
        // deterministic synthetic records).
        .target(name: "IntakeTestSupport", dependencies: ["IntakeModel"], path: "Tests/IntakeTestSupport"),
        .testTarget(name: "IntakeModelTests", dependencies: ["IntakeModel"]),
        .testTarget(name: "AssessmentTests", dependencies: ["IntakeModel", "Assessment"],
                    // Conformance cases (JSON) are read from the source tree by ConformanceCaseTests.
                    exclude: ["Conformance"]),
        .testTarget(name: "QuestionnaireTests", dependencies: ["IntakeModel", "Assessment", "Questionnaire", "IntakeTestSupport"]),
        .testTarget(name: "TextTemplatesTests", dependencies: ["TextTemplates"]),
        .testTarget(name: "IntakeReportTests", dependencies: [
            "IntakeModel", "Assessment", "Questionnaire", "IntakeReport", "IntakeTestSupport",
        ]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"], exclude: ["Golden"]),
        .testTarget(name: "IntakeStoreTests", dependencies: ["IntakeModel", "IntakeStore", grdb]),
        // Also runs the built `intake staff-pin`.
        .testTarget(name: "StaffAccessTests", dependencies: ["StaffAccess", "intake"]),
        .testTarget(name: "IntakeSheetTests", dependencies: ["IntakeModel", "Assessment", "Questionnaire", "IntakeReport", "IntakeSheet"],
                    exclude: ["Golden"]),
        .testTarget(name: "IntakeAppTests", dependencies: [
            "IntakeModel", "Assessment", "Questionnaire", "TerminalUI", "IntakeStore", "IntakeReport", "IntakeSheet", "IntakeApp",
            "IntakeTestSupport", "StaffAccess",
        ], exclude: ["Golden"]),
        // Drives the built `intake` binary (assess, tmux sessions, kill -9); compares it with the
        // other outputs of one report (screen, line mode, sheet).
        .testTarget(name: "EndToEndTests", dependencies: [
            "intake", "IntakeModel", "IntakeReport", "IntakeSheet", "IntakeApp", "IntakeTestSupport",
        ]),
    ],
    swiftLanguageModes: [.v6]
)
