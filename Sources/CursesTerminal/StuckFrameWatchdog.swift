import Foundation
import Glibc
import Synchronization

/// SIGHUP, SIGTERM and SIGINT are taken by the event loop: the shell saves the answers left,
/// gives up the draft and the terminal is restored (exit 0). That needs the loop to come back for
/// its next key. When a frame does not come back (a layout that never ends, `lp` or the database
/// hanging), the signal would wait forever and the desk could not be stopped.
///
/// The watchdog, a thread of its own, sees a stop signal the loop has not taken for `grace`
/// seconds and ends the process itself: it cannot touch the session (the stuck thread owns it;
/// reading it from here would race), so it only gives the terminal its settings back, clears the
/// screen (no patient name left on it), says so on stderr and exits 70. What was committed before
/// the stuck frame is in the store already (each frame's answers are stored right after it); the
/// draft's claim stays until another desk takes it over.
enum StuckFrameWatchdog {
    static let grace = 5.0
    private static let running = Atomic<Bool>(false)

    /// The terminal's settings before curses changed them, to put back from the watchdog.
    static func terminalSettings() -> termios? {
        var settings = termios()
        return tcgetattr(STDIN_FILENO, &settings) == 0 ? settings : nil
    }

    static func start(restoring settings: termios?) {
        guard running.exchange(true, ordering: .acquiringAndReleasing) == false else { return }
        let thread = Thread {
            var waitingSince: Double?
            while running.load(ordering: .acquiring) {
                usleep(200_000)
                let waiting = [SIGHUP, SIGTERM, SIGINT].contains { pendingSignals[Int($0)] != 0 }
                guard waiting else { waitingSince = nil; continue }
                let now = monotonicSeconds()
                guard let since = waitingSince else { waitingSince = now; continue }
                if now - since >= grace && running.load(ordering: .acquiring) { endStuckProcess(restoring: settings) }
            }
        }
        thread.start()
    }

    /// The event loop ended (normally): the watchdog stops looking.
    static func stop() {
        running.store(false, ordering: .releasing)
    }

    private static func endStuckProcess(restoring settings: termios?) -> Never {
        // bracketed paste off, attributes reset, screen cleared, cursor shown, main screen back
        write(STDOUT_FILENO, "\u{1B}[?2004l\u{1B}[0m\u{1B}[H\u{1B}[2J\u{1B}[?25h\u{1B}[?1049l\r\n")
        if var settings { tcsetattr(STDIN_FILENO, TCSANOW, &settings) }
        write(STDERR_FILENO, "intake: the screen did not answer the stop signal within \(Int(grace)) seconds; "
              + "stopped without its last save (answers entered before that frame are stored).\n")
        _exit(70)
    }

    private static func write(_ descriptor: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
    }

    private static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
