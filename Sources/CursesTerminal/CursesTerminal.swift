import Catalog
import CNCursesW
import Glibc
import TerminalUI
import PlainText

/// Why the full-screen terminal could not start; `message` is one line for the user.
public struct TerminalStartError: Error, CustomStringConvertible {
    public var message: String
    /// 78: configuration error (sysexits EX_CONFIG).
    public static let exitStatus: Int32 = 78
    public var description: String { message }
}

nonisolated(unsafe) private var activeTerminalScreen: OpaquePointer?

/// Set by signal handlers, read and cleared by the event loop (one flag per signal number); the
/// `StuckFrameWatchdog` reads them too.
nonisolated(unsafe) let pendingSignals: UnsafeMutablePointer<sig_atomic_t> = {
    let p = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 65)
    p.initialize(repeating: 0, count: 65)
    return p
}()

private let flagSignal: @convention(c) (Int32) -> Void = { sig in
    if sig > 0 && sig < 65 { pendingSignals[Int(sig)] = 1 }
}

private func consumeSignal(_ sig: Int32) -> Bool {
    guard pendingSignals[Int(sig)] != 0 else { return false }
    pendingSignals[Int(sig)] = 0
    return true
}

/// The ncursesw terminal: the only code that calls ncurses. Starts with `newterm` (never
/// initscr), raw mode, no echo, keypad, a 25 ms ESC delay and bracketed paste; sends only the
/// cells that changed; restores the terminal on every exit path (signals included).
public final class CursesTerminal: Terminal {
    public private(set) var size: Size
    private let screenPointer: OpaquePointer
    private let palette: CursesPalette
    private var previous: Screen?
    private var decoder: KeyDecoder
    /// The terminal's character set (the locale's codeset): input is decoded and output encoded
    /// by it here, at the edge; everything inside is Unicode.
    public let charset: TerminalCharset
    /// Set once a character the terminal's charset has not was shown as a stand-in ('?').
    public private(set) var hasShownStandIns = false
    private var queue: [Key] = []
    private var cursorVisible: Int32 = -1
    private var emptyReads = 0
    private var stopped = false
    public static let escapeDelayMilliseconds: Int32 = 25
    private static let handledSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP]

    /// Opens the terminal named by TERM. Throws a one-line, actionable message when TERM is
    /// unset or unknown to terminfo.
    public init(theme: Theme, allowColor: Bool, strings: Catalog = Catalog()) throws(TerminalStartError) {
        let settingsBefore = StuckFrameWatchdog.terminalSettings()
        charset = Self.useLocale()
        decoder = KeyDecoder(charset: charset)
        let term = try Self.checkTerminalType(strings: strings)
        guard let s = newterm(term, osteo_stdout(), osteo_stdin()) else {
            throw TerminalStartError(message: strings(.uiTermUnusable, ["term": Sanitizer.displayLine(term)]))
        }
        screenPointer = s
        activeTerminalScreen = s
        raw()
        noecho()
        nonl()
        keypad(osteo_stdscr(), true)
        intrflush(osteo_stdscr(), false)
        _ = osteo_set_escdelay(Self.escapeDelayMilliseconds)
        // A one-byte charset: ncurses runs in the C locale and writes the bytes 0x80-0xFF it is
        // given as they are (CellWriter gives it the charset's bytes).
        if !charset.isUTF8 { _ = use_legacy_coding(2) }
        palette = CursesPalette(theme: theme, allowColor: allowColor)
        size = Size(width: Int(osteo_cols()), height: Int(osteo_lines()))
        _ = pendingSignals // initialised before any handler can run
        for sig in Self.handledSignals {
            osteo_catch_signal(sig, flagSignal)
            osteo_unblock_signal(sig)
        }
        atexit { CursesTerminal.restoreAtExit() }
        Self.writeRaw("\u{1B}[?2004h")
        StuckFrameWatchdog.start(restoring: settingsBefore)
    }

    deinit { stop() }

    /// The TERM to open: throws the same one-line messages as `init` when TERM is unset or unknown
    /// to terminfo. Reads terminfo only; nothing is written to the terminal.
    @discardableResult
    public static func checkTerminalType(strings: Catalog = Catalog()) throws(TerminalStartError) -> String {
        guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else {
            throw TerminalStartError(message: strings(.uiTermUnset))
        }
        var err: Int32 = 0
        if setupterm(term, 1, &err) != OK {
            throw TerminalStartError(message: strings(.uiTermUnknown, ["term": Sanitizer.displayLine(term)]))
        }
        osteo_drop_curterm()
        return term
    }

    /// Gives the terminal back as it was. Safe to call more than once.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        StuckFrameWatchdog.stop()
        Self.writeRaw("\u{1B}[?2004l")
        Self.clearForLeaving()
        endwin()
        delscreen(screenPointer)
        activeTerminalScreen = nil
        for sig in Self.handledSignals { osteo_default_signal(sig) }
    }

    private static func restoreAtExit() {
        guard activeTerminalScreen != nil else { return }
        writeRaw("\u{1B}[?2004l")
        clearForLeaving()
        endwin()
        activeTerminalScreen = nil
    }

    /// Erases the screen before ncurses lets it go: terminals without an alternate screen
    /// (TERM=vt100, linux; no smcup/rmcup) would otherwise keep the last frame (patient names)
    /// after exit and while suspended. endwin then leaves the cursor on the last, blank line.
    private static func clearForLeaving() {
        werase(osteo_stdscr())
        clearok(osteo_curscr(), true)
        wrefresh(osteo_stdscr())
    }

    private static func writeRaw(_ s: String) {
        _ = osteo_write_stdout(s)
    }

    /// The locale's character set, and the locale ncurses runs in: the environment's when it is
    /// UTF-8 (C.UTF-8 when it names UTF-8 but is not installed); the C locale for any other
    /// codeset (the C/POSIX locale, ISO-8859-1, ISO-8859-15), whose bytes are then decoded and
    /// encoded here (the C locale's bytes 0x80-0xFF as Latin-1), never dropped.
    /// Only the character category is taken from the environment: it is all ncurses reads, and
    /// loading the other eleven (numbers, time, collation ...) cost a dozen files opened and mapped
    /// at every start for nothing; numbers and dates here never go through the C locale.
    private static func useLocale() -> TerminalCharset {
        let charset: TerminalCharset
        if let l = setlocale(LC_CTYPE, "") {
            if namesUTF8(String(cString: l)) { return .utf8 }
            charset = nl_langinfo(nl_item(CODESET)).map { TerminalCharset(codeset: String(cString: $0)) } ?? .utf8OrLatin1
            if charset == .utf8 { return .utf8 }
        } else {
            charset = TerminalCharset(localeName: TerminalCharset.environmentLocaleName())
        }
        if charset.isUTF8 {
            // UTF-8 named but not installed, or the C/POSIX locale: ncurses runs in C.UTF-8
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { _ = setlocale(LC_CTYPE, "en_US.UTF-8") }
            return charset
        }
        _ = setlocale(LC_CTYPE, "C")
        return charset
    }

    /// Whether a locale name mentions UTF (any case). Byte comparison on purpose: Foundation's
    /// `String.contains` would pull CoreFoundation's Unicode tables into memory at every start.
    static func namesUTF8(_ locale: String) -> Bool {
        let bytes = Array(locale.uppercased().utf8)
        return bytes.indices.contains { bytes[$0...].starts(with: "UTF".utf8) }
    }

    public var escapeActsAtOnce: Bool {
        get { decoder.escapeActsAtOnce }
        set { decoder.escapeActsAtOnce = newValue }
    }

    public var hasPendingInput: Bool {
        !queue.isEmpty || osteo_wait_input(0, 0) == 1
    }

    // MARK: input

    /// The next key, or nil when `timeout` seconds pass without one (the runner's idle tick). A
    /// lone Esc comes after the ESC delay (`escapeActsAtOnce`) or is held for up to a second (Esc
    /// then a digit typed at human speed is F-digit); a paste or terminal string without its end
    /// ends when input pauses. The wait wakes up at the decoder's deadline for these.
    public func nextKey(timeout: Double?) -> Key? {
        let end = timeout.map { Self.monotonicSeconds() + max(0, $0) }
        while true {
            if !queue.isEmpty { return queue.removeFirst() }
            if let k = takeSignal() { return k }
            let now = Self.monotonicSeconds()
            var wakeUp = end
            if let deadline = decoder.escapeDeadline { wakeUp = min(wakeUp ?? deadline, deadline) }
            let wait = wakeUp.map { Int32(max(0, min(3_600_000, (($0 - now) * 1000).rounded(.up)))) } ?? -1
            let r = osteo_wait_input(0, wait)
            switch r {
            case 0:
                queue += decoder.advance(to: Self.monotonicSeconds())
                if decoder.isPending && decoder.escapeDeadline == nil { queue += decoder.flushPendingEscape() }
                if !queue.isEmpty { continue }
                if let end, Self.monotonicSeconds() >= end { return nil }
                continue
            case -1:
                continue // interrupted by a signal: the loop looks at the flags
            case -2: return .hangUp
            default:
                if drain() == 0 {
                    emptyReads += 1
                    if emptyReads >= 3 { return .hangUp } // readable but nothing comes: end of input
                } else {
                    emptyReads = 0
                }
            }
        }
    }

    static func monotonicSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Reads everything ncurses has without waiting; returns the number of units read. Text comes
    /// as bytes (wgetch), decoded by the key decoder in the terminal's charset: get_wch decoded by
    /// the locale and, on a byte that was not UTF-8, swallowed it and the keys typed after it.
    private func drain() -> Int {
        nodelay(osteo_stdscr(), true)
        defer { nodelay(osteo_stdscr(), false) }
        var count = 0
        while true {
            let r = wgetch(osteo_stdscr())
            if r == ERR { break }
            count += 1
            if r > 0xFF {
                // a key ncurses decoded itself: inside a paste or a terminal string it is dropped
                if decoder.isInsideString { continue }
                if let k = Self.key(forCode: r) { queue += decoder.flushPendingEscape() + [k] }
            } else {
                queue += decoder.feed(bytes: CollectionOfOne(UInt8(r)), at: Self.monotonicSeconds())
            }
        }
        // ncurses gives a lone Esc only after its own ESC delay (keypad mode): no second wait.
        if count > 0 { queue += decoder.escapeDelayPassed() }
        return count
    }

    static func key(forCode c: Int32) -> Key? {
        switch c {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_IC: return .insert
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        default:
            for n in 1...12 where c == osteo_key_f(Int32(n)) { return .function(n) }
            return definedKey(c)
        }
    }

    /// A key ncurses knows only by an extended terminfo name (TERM=linux names `ESC [ Z`
    /// kcbt2, so Shift-Tab from xterm, PuTTY or tmux comes as an unnamed code): its string,
    /// read by the key decoder, when that is one key.
    static func definedKey(_ c: Int32) -> Key? {
        guard let p = keybound(c, 0) else { return nil }
        defer { free(p) }
        var d = KeyDecoder()
        let keys = d.feed(bytes: Array(String(cString: p).utf8)) + d.flushPendingEscape()
        return keys.count == 1 ? keys[0] : nil
    }

    private func takeSignal() -> Key? {
        if consumeSignal(SIGHUP) || consumeSignal(SIGTERM) || consumeSignal(SIGINT) {
            return .hangUp
        }
        if consumeSignal(SIGTSTP) {
            suspend()
            return .resize(size)
        }
        if consumeSignal(SIGWINCH) {
            var rows: Int32 = 0, cols: Int32 = 0
            if osteo_winsize(1, &rows, &cols) == 0 || osteo_winsize(0, &rows, &cols) == 0 {
                resizeterm(rows, cols)
            }
            size = Size(width: Int(osteo_cols()), height: Int(osteo_lines()))
            previous = nil
            clearok(osteo_curscr(), true)
            return .resize(size)
        }
        return nil
    }

    /// Stops the process as Ctrl-Z would in a shell, then takes the screen back on SIGCONT.
    public func suspend() {
        Self.writeRaw("\u{1B}[?2004l")
        Self.clearForLeaving()
        endwin()
        osteo_default_signal(SIGTSTP)
        raise(SIGTSTP)
        // continued here after SIGCONT
        osteo_catch_signal(SIGTSTP, flagSignal)
        Self.writeRaw("\u{1B}[?2004h")
        previous = nil
        clearok(osteo_curscr(), true)
        doupdate()
    }

    // MARK: output

    public func flush(_ screen: Screen) {
        guard !stopped else { return }
        let win = osteo_stdscr()
        // Locking clears the whole terminal (clear-screen, not only the cells that changed), so
        // nothing of the frame before is left on any terminal.
        let clearing = screen.clearsHistory && previous?.clearsHistory != true
        if clearing { clearok(osteo_curscr(), true) }
        let full = previous?.size != screen.size || clearing
        let rows = min(screen.size.height, Int(osteo_lines())), cols = min(screen.size.width, Int(osteo_cols()))
        if full { werase(win) }
        // Changed ASCII cells side by side in one role are written as one string (one style
        // change, one move, one call instead of three per cell): a new step or the summary changes
        // most of the frame.
        var writer = CellWriter(window: win, palette: palette, width: cols, charset: charset)
        let width = screen.size.width
        let cells = screen.cells
        let old = full ? nil : previous?.cells
        for row in 0..<rows {
            let start = row * width
            for col in 0..<cols {
                let cell = cells[start + col]
                if cell.isContinuation { continue }
                if let old, old[start + col] == cell, col + 1 >= cols || old[start + col + 1] == cells[start + col + 1] {
                    continue
                }
                writer.write(cell, row: row, column: col, wide: col + 1 < cols && cells[start + col + 1].isContinuation)
            }
        }
        writer.finish()
        if writer.substituted { hasShownStandIns = true }
        let visible: Int32 = screen.cursor == nil ? 0 : 1
        if visible != cursorVisible { curs_set(visible); cursorVisible = visible }
        if let c = screen.cursor, c.row < rows, c.column < cols { wmove(win, Int32(c.row), Int32(c.column)) }
        wnoutrefresh(win)
        doupdate()
        if screen.clearsHistory && previous?.clearsHistory != true {
            // ED 3 (xterm, tmux, VTE, PuTTY): erase the scrollback, where patient data may remain.
            fputs("\u{1B}[3J", osteo_stdout())
            fflush(osteo_stdout())
        }
        previous = screen
    }

    /// Writes changed cells into the curses window: runs of ASCII cells in one role as one string,
    /// anything else one grapheme at a time.
    struct CellWriter {
        let window: UnsafeMutablePointer<WINDOW>?
        let palette: CursesPalette
        let charset: TerminalCharset
        /// Whether a character was shown as a stand-in (the charset has not got it).
        private(set) var substituted = false
        private var style: (role: Role, attributes: attr_t, pair: Int16)
        private var run: [wchar_t] = []
        private var runRow = 0, runColumn = 0, runRole = Role.text

        init(window: UnsafeMutablePointer<WINDOW>?, palette: CursesPalette, width: Int, charset: TerminalCharset = .utf8) {
            self.window = window
            self.palette = palette
            self.charset = charset
            style = (.text, palette.attributes[.text] ?? 0, palette.pairs[.text] ?? 0)
            run.reserveCapacity(width)
        }

        mutating func write(_ cell: Cell, row: Int, column: Int, wide: Bool = false) {
            if let ascii = CursesTerminal.asciiCharacter(cell.text) {
                if !run.isEmpty && (runRole != cell.role || runRow != row || runColumn + run.count != column) { writeRun() }
                if run.isEmpty { runRow = row; runColumn = column; runRole = cell.role }
                run.append(ascii)
                return
            }
            writeRun()
            use(cell.role)
            if !charset.isUTF8 {
                writeOneByte(cell.text, row: row, column: column, wide: wide)
                return
            }
            var chars = CursesTerminal.wideChars(cell.text)
            var cc = cchar_t()
            withUnsafeMutableBytes(of: &chars) { raw in
                _ = setcchar(&cc, raw.bindMemory(to: wchar_t.self).baseAddress, style.attributes, style.pair, nil)
            }
            if wmove(window, Int32(row), Int32(column)) != ERR { wadd_wch(window, &cc) }
        }

        /// A cell in a one-byte charset (ncurses in the C locale, legacy coding): the charset's byte
        /// for its character, or '?' when it has none (a double-width character: '?' and a space).
        /// A grapheme's combining marks are left out.
        private mutating func writeOneByte(_ text: String, row: Int, column: Int, wide: Bool) {
            var byte = UInt8(ascii: "?")
            let scalars = text.unicodeScalars
            if !wide, let first = scalars.first, let b = charset.byte(for: first), b >= 0x20, b != 0x7F, b < 0x80 || b >= 0xA0 {
                byte = b
                if scalars.count > 1 { substituted = true }
            } else {
                substituted = true
            }
            var chars: WideChars = (wchar_t(byte), 0, 0, 0, 0, 0)
            var cc = cchar_t()
            withUnsafeMutableBytes(of: &chars) { raw in
                _ = setcchar(&cc, raw.bindMemory(to: wchar_t.self).baseAddress, style.attributes, style.pair, nil)
            }
            guard wmove(window, Int32(row), Int32(column)) != ERR else { return }
            wadd_wch(window, &cc)
            if wide {
                chars.0 = 0x20
                withUnsafeMutableBytes(of: &chars) { raw in
                    _ = setcchar(&cc, raw.bindMemory(to: wchar_t.self).baseAddress, style.attributes, style.pair, nil)
                }
                wadd_wch(window, &cc)
            }
        }

        /// Writes what is left and puts the window's own attributes back.
        mutating func finish() {
            writeRun()
            wattr_set(window, 0, 0, nil)
        }

        private mutating func use(_ role: Role) {
            if role != style.role { style = (role, palette.attributes[role] ?? 0, palette.pairs[role] ?? 0) }
        }

        private mutating func writeRun() {
            guard !run.isEmpty else { return }
            use(runRole)
            wattr_set(window, style.attributes, style.pair, nil)
            if wmove(window, Int32(runRow), Int32(runColumn)) != ERR { waddnwstr(window, run, Int32(run.count)) }
            run.removeAll(keepingCapacity: true)
        }
    }

    /// The character of a cell holding one printable ASCII character, else nil.
    static func asciiCharacter(_ text: String) -> wchar_t? {
        var utf8 = text.utf8.makeIterator()
        guard let byte = utf8.next(), utf8.next() == nil, byte >= 0x20, byte < 0x7F else { return nil }
        return wchar_t(byte)
    }

    /// A grapheme as ncurses wants it: one spacing character and up to four combining ones, ended
    /// by a zero. An emoji ZWJ sequence shows as its first emoji (terminals disagree on their
    /// width). A fixed tuple, not an array. Cells of one ASCII character never come here
    /// (`asciiCharacter`).
    typealias WideChars = (wchar_t, wchar_t, wchar_t, wchar_t, wchar_t, wchar_t)

    static func wideChars(_ text: String) -> WideChars {
        var out: WideChars = (0x20, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &out) { raw in
            let slots = raw.bindMemory(to: wchar_t.self)
            for s in text.unicodeScalars {
                let w = wcwidth(wchar_t(s.value))
                if count == 0 {
                    if w <= 0 { break }
                    slots[0] = wchar_t(s.value)
                    count = 1
                } else if w == 0 && count < 5 && s.value != 0x200D {
                    slots[count] = wchar_t(s.value)
                    count += 1
                } else if w > 0 { break }
            }
        }
        return out
    }
}
