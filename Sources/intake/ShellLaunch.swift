import ArgumentParser
import Catalog
import CursesTerminal
import Foundation
import IntakeApp
import IntakeModel
import IntakeSheet
import IntakeStore
import Questionnaire
import StaffAccess
import TerminalUI

/// Options of every full-screen command: `--db`, `--theme`, `--accessible`, `--idle-minutes`, `--language`.
struct ShellCommandOptions: ParsableArguments {
    @OptionGroup var store: StoreOptions
    @OptionGroup var terminal: TerminalOptions
    /// The language of an intake whose record names none (a record's `patient.language` wins).
    @OptionGroup var language: LanguageOption

    @Option(name: .customLong("idle-minutes"), help: staffHelp(.cliHelpOptionIdleMinutes, valueName: "minutes"))
    var idleMinutes: Double = 5

    func validate() throws {
        guard idleMinutes.isFinite, (0.5...240).contains(idleMinutes) else {
            throw ValidationError(said(.cliMessageIdleMinutes))
        }
    }
}

/// Runs the app shell on the real terminal. First, before anything is stored: TERM unset or
/// unknown gives one line and exit 78, standard input or output that is not a terminal one line
/// and exit 64 (`ScreenStart`); then the terminal, the store, the loop. SIGHUP, SIGTERM and SIGINT
/// arrive as a hang-up: the shell saves, the terminal is restored, exit 0. A failure is reported
/// after the terminal is given back, with its status (`ExitStatus`).
enum ShellLaunch {
    /// `lineTarget` says which record and step the line-by-line mode (`--accessible`,
    /// `TERM=dumb`) opens; the home list has its own (`ShellLineMode.runHome`).
    /// `databaseMustExist`: the command opens a stored intake by ID, so a missing database is an
    /// error (exit 66) rather than a new empty one.
    static func run(_ command: ScreenCommand, _ options: ShellCommandOptions, databaseMustExist: Bool = false,
                    lineTarget: ((any IntakeRecordStore) throws -> (id: String, step: StepID))? = nil,
                    prepare: (inout IntakeShell, any IntakeRecordStore) throws -> Void = { _, _ in }) throws {
        // clinic.toml decides how typed dates are read: a setting that cannot be used stops here
        // (exit 78) rather than guess the order of day and month.
        let clinic: ClinicConfiguration
        do { clinic = try ClinicConfiguration.load() } catch {
            StoreCommandOutput.writeError(String(describing: error))
            throw ExitCode(78)
        }
        let kiosk = command == .kiosk
        try StoreCommandOutput.run {
            switch try ScreenStart.mode(for: command, options: options.terminal) {
            case .lineByLine where command == .home:
                let store = try deskStore(options, mustExist: false)
                defer { closeJournal(of: store) }
                try ShellLineMode.runHome(store: store, dateConvention: clinic.dateConvention,
                                          language: options.language.given ?? clinic.staffLanguage())
            case .lineByLine:
                guard let lineTarget else { throw ScreenRefusal(command, .noLineMode) }
                let store = try deskStore(options, mustExist: databaseMustExist)
                defer { closeJournal(of: store) }
                let target = try lineTarget(store)
                try ShellLineMode.run(store: store, recordID: target.id, step: target.step, kiosk: kiosk,
                                      resuming: command == .resume, dateConvention: clinic.dateConvention,
                                      language: options.language.given ?? clinic.staffLanguage(),
                                      kioskLanguage: options.language.given)
            case .fullScreen:
                try runFullScreen(options, kiosk: kiosk, clinic: clinic, databaseMustExist: databaseMustExist,
                                  prepare: prepare)
            }
        }
    }

    private static func openStore(_ options: ShellCommandOptions, mustExist: Bool) throws -> any IntakeRecordStore {
        mustExist ? try options.store.openExistingStore() : try options.store.openStore()
    }

    /// The store a desk types into: a records server on another machine behind the local offline
    /// journal (answers go to the journal first), a file as it is. The screens and line mode alike.
    static func deskStore(_ options: ShellCommandOptions, mustExist: Bool) throws -> any IntakeRecordStore {
        try JournaledIntakeStore.wrappingIfRemote(
            try openStore(options, mustExist: mustExist), location: options.store.databaseLocation,
            environment: ProcessInfo.processInfo.environment)
    }

    /// Gives the server up to 3 s for what waits in the journal, then says on stderr what is left and where.
    static func closeJournal(of store: any IntakeRecordStore) {
        if let journal = store as? JournaledIntakeStore, let notice = journal.close(waitingUpTo: 3).notice {
            StoreCommandOutput.writeError(notice)
        }
    }

    private static func runFullScreen(_ options: ShellCommandOptions, kiosk: Bool, clinic: ClinicConfiguration,
                                      databaseMustExist: Bool,
                                      prepare: (inout IntakeShell, any IntakeRecordStore) throws -> Void) throws {
        unblockStopSignals()
        let (theme, themeWarning) = options.terminal.loadTheme()
        // the staff's language: the summary, the home list and every message of the desk
        let staffLanguage = options.language.given ?? clinic.staffLanguage()
        let (staff, staffProblems) = StaffAccessConfiguration.load(language: staffLanguage)
        let terminal = try options.terminal.openTerminal(theme: theme)
        defer { terminal.stop() }
        let deskStore = try deskStore(options, mustExist: databaseMustExist)
        let store = (deskStore as? JournaledIntakeStore)?.remote ?? deskStore
        let clock = SystemShellClock()
        let services = ShellServices(
            store: deskStore, actor: AuditActor.current(), session: DeskSession.current(), clock: clock,
            makeScreen: IntakeScreen.shellFactory(clock: clock, dateConvention: clinic.dateConvention,
                                                  language: staffLanguage),
            printSheet: { stored in
                ShellSheetPrinter.print(stored, acknowledgements: (try? store.sheetAlertAcknowledgements(stored.id)) ?? [])
            }, staff: staff)
        let configuration = ShellConfiguration(idleMinutes: options.idleMinutes, kiosk: kiosk,
                                               strings: Catalog(staffLanguage),
                                               startupNotices: [themeWarning].compactMap { $0 } + staffProblems,
                                               dateConvention: clinic.dateConvention,
                                               kioskLanguage: kiosk ? options.language.given : nil)
        var shell = IntakeShell(services: services, configuration: configuration, size: terminal.size)
        do { try prepare(&shell, store) } catch {
            shell.stop()
            terminal.stop()
            throw error
        }
        AppRunner(idleInterval: min(2, configuration.idleSeconds)).run(&shell, on: terminal)
        if !shell.isFinished { shell.stop() }
        terminal.stop()
        closeJournal(of: deskStore)
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
/// through `intake print`'s own pipeline (`SheetPrinting`). Never writes to the terminal: the
/// outcome is the message the shell shows.
enum ShellSheetPrinter {
    @Sendable static func print(_ stored: StoredRecord, acknowledgements: [SheetAlertAcknowledgement]) -> ShellPrintOutcome {
        let environment = ProcessInfo.processInfo.environment
        let clinic = (try? ClinicConfiguration.load(environment: environment)) ?? ClinicConfiguration()
        var context = SheetContext(recordID: stored.id, status: stored.status.rawValue, clinicName: clinic.name,
                                   language: clinic.staffLanguage(environment: environment), signature: stored.sheetSignature)
        context.alertAcknowledgements = acknowledgements
        let printing = SheetPrinting(record: stored.record, context: context,
                                     paper: PaperSize.fromLocale(environment: environment), environment: environment)
        do {
            let outcome = try printing.run(.init(send: true))
            let job = outcome.job
            return .printed(said(.cliMessagePrintedJob, ["job": job?.id ?? said(.cliPrintNoJobID),
                                                          "printer": job?.printer ?? said(.cliPrintDefaultPrinter), "pages": outcome.pages]))
        } catch SheetPrinting.Failure.pdfUnavailable(let reason) {
            return .failed(reason)
        } catch SheetPrinting.Failure.printer(let error) {
            return .failed(error.reason)
        } catch {
            return .failed(said(.sheetPrintTemporaryFile) + " (\(error))")
        }
    }
}
