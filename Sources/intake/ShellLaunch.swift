import ArgumentParser
import CursesTerminal
import Foundation
import IntakeApp
import IntakeModel
import IntakeSheet
import IntakeStore
import Questionnaire
import TerminalUI

/// Options of every full-screen command: `--db`, `--theme`, `--accessible`, `--idle-minutes`.
struct ShellCommandOptions: ParsableArguments {
    @OptionGroup var store: StoreOptions
    @OptionGroup var terminal: TerminalOptions

    @Option(name: .customLong("idle-minutes"), help: ArgumentHelp(
        "Lock the screen after this many minutes without a key press (0.5 to 240; default 5).", valueName: "minutes"))
    var idleMinutes: Double = 5

    func validate() throws {
        guard idleMinutes.isFinite, (0.5...240).contains(idleMinutes) else {
            throw ValidationError("--idle-minutes must be a number of minutes from 0.5 to 240, for example 5")
        }
    }
}

/// Runs the app shell on the real terminal: opens the terminal first (TERM unset or unknown:
/// one line and exit 78, before anything is stored), then the store, then the loop. SIGHUP,
/// SIGTERM and SIGINT arrive as a hang-up: the shell saves, the terminal is restored, exit 0.
enum ShellLaunch {
    /// `lineTarget` says which record and step the line-by-line mode (`--accessible`,
    /// `TERM=dumb`) opens; nil means the command has no line mode (the home list).
    static func run(_ options: ShellCommandOptions, kiosk: Bool = false,
                    lineTarget: ((SQLiteIntakeStore) throws -> (id: String, step: StepID))? = nil,
                    prepare: (inout IntakeShell, SQLiteIntakeStore) throws -> Void = { _, _ in }) throws {
        // clinic.toml decides how typed dates are read: a setting that cannot be used stops here
        // (exit 78) rather than guess the order of day and month.
        let clinic: ClinicConfiguration
        do { clinic = try ClinicConfiguration.load() } catch {
            StoreCommandOutput.writeError(String(describing: error))
            throw ExitCode(78)
        }
        if options.terminal.usesLineMode {
            guard let lineTarget else {
                StoreCommandOutput.writeError("the home screen has no line-by-line mode; use 'intake list', then "
                    + "'intake open ID --accessible' or 'intake new --accessible'")
                throw ExitCode(64)
            }
            try StoreCommandOutput.run {
                let store = try options.store.openStore()
                let target = try lineTarget(store)
                try ShellLineMode.run(store: store, recordID: target.id, step: target.step, kiosk: kiosk,
                                      dateConvention: clinic.dateConvention)
            }
            return
        }
        unblockStopSignals()
        let (theme, _) = options.terminal.loadTheme()
        let terminal = try options.terminal.openTerminal(theme: theme)
        defer { terminal.stop() }
        let store: SQLiteIntakeStore
        do { store = try options.store.openStore() } catch let error as StoreError {
            terminal.stop()
            StoreCommandOutput.writeError(error.message())
            throw ExitCode.failure
        }
        let clock = SystemShellClock()
        let services = ShellServices(
            store: store, actor: AuditActor.current(), session: DeskSession.current(), clock: clock,
            makeScreen: IntakeScreen.shellFactory(clock: clock, dateConvention: clinic.dateConvention),
            printSheet: ShellSheetPrinter.print)
        let configuration = ShellConfiguration(idleMinutes: options.idleMinutes, kiosk: kiosk,
                                               dateConvention: clinic.dateConvention)
        var shell = IntakeShell(services: services, configuration: configuration, size: terminal.size)
        do { try prepare(&shell, store) } catch {
            shell.stop()
            terminal.stop()
            throw error
        }
        AppRunner(idleInterval: min(5, configuration.idleSeconds)).run(&shell, on: terminal)
        if !shell.isFinished { shell.stop() }
        terminal.stop()
    }
}

extension ShellLaunch {
    /// SIGHUP, SIGTERM, SIGINT (and SIGWINCH) must reach the terminal's handlers (save and exit) even when
    /// the parent started us with them blocked (some supervisors and test runners do).
    static func unblockStopSignals() {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in [SIGHUP, SIGTERM, SIGINT, SIGWINCH] { sigaddset(&set, signal) }
        sigprocmask(SIG_UNBLOCK, &set, nil)
    }
}

/// The print action of the summary: the sheet of the stored record, as PDF, handed to `lp`
/// (the IntakeSheet pipeline of `intake print`). Never writes to the terminal: the outcome is
/// the message the shell shows.
enum ShellSheetPrinter {
    @Sendable static func print(_ stored: StoredRecord) -> ShellPrintOutcome {
        let environment = ProcessInfo.processInfo.environment
        let clinic = (try? ClinicConfiguration.load(environment: environment)) ?? ClinicConfiguration()
        let context = SheetContext(recordID: stored.id, status: stored.status.rawValue, clinicName: clinic.name)
        let sheet = IntakeSheet(record: stored.record, context: context)
        let pdf: PDFSheet
        do { pdf = try PDFSheetRenderer(paper: PaperSize.fromLocale(environment: environment)).render(sheet) } catch {
            return .failed(String(describing: error))
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("osteo-intake-print-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
            defer { try? FileManager.default.removeItem(at: directory) }
            let file = directory.appendingPathComponent("intake-sheet.pdf")
            try PrintCommand.writePrivate(pdf.data, to: file.path)
            let job = try LinePrinter(environment: environment).submit(file: file, printer: nil, copies: 1,
                                                                       title: sheet.documentTitle)
            return .printed("job \(job.id ?? "(lp gave no job ID)") on \(job.printer ?? "the default printer"), "
                            + "\(sheet.pages.count) pages")
        } catch let error as PrintError {
            return .failed(error.description)
        } catch {
            return .failed("the sheet could not be written to a temporary file (\(error))")
        }
    }
}
