// swift-tools-version:6.0
// OsteoIntake: a keyboard-only terminal intake for lower back pain with an
// osteoporosis and vertebral-fracture focus. Modules and their arrows are
// described in README.md ("Architecture"); arrows point one way only.
import PackageDescription

let argumentParser = Target.Dependency.product(name: "ArgumentParser", package: "swift-argument-parser")
let grdb = Target.Dependency.product(name: "GRDB", package: "GRDB.swift")
let tomlKit = Target.Dependency.product(name: "TOMLKit", package: "TOMLKit")
let crypto = Target.Dependency.product(name: "Crypto", package: "swift-crypto")
let postgresNIO = Target.Dependency.product(name: "PostgresNIO", package: "postgres-nio")

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
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // Text made safe to show, display width (one table, glibc's wcwidth), wrap, truncate: used by
        // every module that shows, prints or logs text. Depends on nothing of ours.
        .target(name: "PlainText"),
        // Every user-facing text in every language, and the one `Language` type. Texts live in PO
        // files (Translations/), compiled in by CatalogPlugin; depends on nothing of ours.
        .target(name: "Catalog", exclude: ["Translations"], plugins: ["CatalogPlugin"]),
        .executableTarget(name: "catalog-generator"),
        .plugin(name: "CatalogPlugin", capability: .buildTool(), dependencies: ["catalog-generator"],
                path: "Sources/CatalogPlugin"),
        // The intake record (osteo-intake/1), units, dates, medication vocabulary, validation.
        .target(name: "IntakeModel", dependencies: ["Catalog", "PlainText"]),
        // The pure assessment engine: rules of clinical/reference.md section 10.
        .target(name: "Assessment", dependencies: ["Catalog", "IntakeModel", "PlainText"]),
        // The questionnaire as data, and its FHIR mapping.
        .target(name: "Questionnaire", dependencies: ["Catalog", "IntakeModel", "PlainText"]),
        // Cells, widths, keys, widgets, layout, themes; knows nothing of patients.
        .target(name: "TerminalUI", dependencies: ["Catalog", "PlainText", tomlKit]),
        // ncursesw: the only code that calls curses.
        .systemLibrary(name: "CNCursesW", pkgConfig: "ncursesw", providers: [.apt(["libncurses-dev"])]),
        .target(name: "CursesTerminal", dependencies: ["TerminalUI", "PlainText", "CNCursesW"]),
        // SQLite storage through GRDB: records, versions, audit trail (hash-chained with Crypto's SHA-256).
        // It keeps each record's urgency (from Assessment) in a column, so a list never decodes records.
        .target(name: "IntakeStore", dependencies: ["Catalog", "IntakeModel", "Assessment", "PlainText", grdb, crypto]),
        // The same store on a PostgreSQL server (postgres-nio on its own event loop group; the
        // protocol stays synchronous), and `StoreOpening`, which picks the store for a path or URL.
        .target(name: "PostgresStore", dependencies: ["IntakeModel", "IntakeStore", postgresNIO]),
        // Staff credentials: PAM (by dlopen), the clinic's PIN list (yescrypt by dlopen), sign-in throttle;
        // its set-up problems are catalog texts in the language the caller gives (the staff's).
        .target(name: "StaffAccess", dependencies: ["Catalog", tomlKit]),
        // One report of an intake (header, answers by step, findings in words, warnings, costs,
        // notices): what every output (screen, line mode, `intake assess`, sheet) lays out.
        .target(name: "IntakeReport", dependencies: ["Catalog", "IntakeModel", "Assessment", "Questionnaire"]),
        // The printable intake sheet: one layout model, text and PDF renderers.
        .target(name: "IntakeSheet", dependencies: ["Catalog", "IntakeModel", "Assessment", "Questionnaire", "IntakeReport", "PlainText", tomlKit]),
        // Screens, the form reducer, summary, lock and kiosk behaviour.
        .target(name: "IntakeApp", dependencies: [
            "Catalog", "IntakeModel", "Assessment", "Questionnaire", "TerminalUI", "IntakeStore", "IntakeReport",
            "StaffAccess", "PlainText",
        ]),
        .executableTarget(name: "intake", dependencies: [
            "Catalog", "IntakeModel", "Assessment", "Questionnaire", "TerminalUI", "CursesTerminal",
            "IntakeStore", "PostgresStore", "IntakeReport", "IntakeSheet", "IntakeApp", "StaffAccess", "PlainText", argumentParser,
        ]),
        // Benchmarks (commands and figures in Sources/intake-bench/intake-bench.docc); never timed inside unit tests.
        .executableTarget(name: "intake-bench", dependencies: [
            "IntakeModel", "Assessment", "Questionnaire", "TerminalUI", "IntakeStore", "PostgresStore", "IntakeReport",
            "IntakeSheet", "IntakeApp", "IntakeTestSupport", argumentParser, grdb,
        ]),
        // Fuzzing bytes -> record -> validator -> engine -> report: a corpus replayer in a normal
        // build, a libFuzzer target built with --sanitize=fuzzer -Xswiftc -DFUZZING (README).
        .executableTarget(name: "intake-fuzz-record", dependencies: ["IntakeModel", "Assessment"]),

        // Helpers shared by the test targets and the benchmarks (the shared examples' locator,
        // deterministic synthetic records, a deadline for loops, a records server behind a switch, a
        // throwaway PostgreSQL cluster).
        .target(name: "IntakeTestSupport", dependencies: ["IntakeModel", "IntakeStore"], path: "Tests/IntakeTestSupport"),
        // Also holds the width table to glibc's wcwidth; make-width-table.py writes the table.
        .testTarget(name: "PlainTextTests", dependencies: ["PlainText", "IntakeTestSupport"], exclude: ["make-width-table.py"]),
        .testTarget(name: "IntakeModelTests", dependencies: ["Catalog", "IntakeModel"]),
        .testTarget(name: "AssessmentTests", dependencies: ["Catalog", "IntakeModel", "Assessment"],
                    // Conformance cases (JSON) are read from the source tree by ConformanceCaseTests.
                    exclude: ["Conformance"]),
        .testTarget(name: "QuestionnaireTests", dependencies: ["Catalog", "IntakeModel", "Assessment", "Questionnaire", "IntakeTestSupport"]),
        .testTarget(name: "CatalogTests", dependencies: ["Catalog"]),
        .testTarget(name: "IntakeReportTests", dependencies: [
            "Catalog", "IntakeModel", "Assessment", "Questionnaire", "IntakeReport", "IntakeTestSupport",
        ]),
        .testTarget(name: "TerminalUITests", dependencies: ["Catalog", "TerminalUI", "PlainText"], exclude: ["Golden"]),
        // The store contract runs against SQLite and against a real PostgreSQL server the tests start.
        .testTarget(name: "IntakeStoreTests", dependencies: ["Catalog", "IntakeModel", "Assessment", "IntakeStore", "PostgresStore", "IntakeTestSupport", grdb]),
        // Also runs the built `intake staff-pin`.
        .testTarget(name: "StaffAccessTests", dependencies: ["Catalog", "StaffAccess", "intake", "IntakeTestSupport"]),
        .testTarget(name: "IntakeSheetTests", dependencies: ["Catalog", "IntakeModel", "Assessment", "Questionnaire", "IntakeReport", "IntakeSheet", "PlainText", "IntakeTestSupport"],
                    exclude: ["Golden"]),
        .testTarget(name: "IntakeAppTests", dependencies: [
            "Catalog", "IntakeModel", "Assessment", "Questionnaire", "TerminalUI", "IntakeStore", "IntakeReport", "IntakeSheet", "IntakeApp",
            "IntakeTestSupport", "StaffAccess", "PlainText",
        ], exclude: ["Golden"]),
        // Drives the built `intake` binary (assess, tmux sessions, kill -9), replays the fuzz corpus
        // (Tests/Fuzz) and compares `intake assess` with the other outputs of one report (screen, line
        // mode, sheet); FHIR/ holds the Python check of exported bundles (fhir.resources, installed by .ci/run).
        .testTarget(name: "EndToEndTests", dependencies: [
            "Catalog", "intake", "intake-fuzz-record", "IntakeModel", "IntakeReport", "IntakeSheet", "IntakeApp", "IntakeTestSupport",
            "PlainText",
        ], exclude: ["FHIR"]),
    ],
    swiftLanguageModes: [.v6]
)
