#ifndef OSTEO_CNCURSESW_SHIM_H
#define OSTEO_CNCURSESW_SHIM_H
/* SwiftPM drops pkg-config's -D flags, so the wide-character API is enabled here. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#include <signal.h>
#include <poll.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

int wcwidth(wchar_t c);

/* Macros and globals Swift cannot import directly. */
static inline WINDOW *osteo_stdscr(void) { return stdscr; }
static inline FILE *osteo_stdout(void) { return stdout; }
static inline FILE *osteo_stdin(void) { return stdin; }
static inline WINDOW *osteo_curscr(void) { return curscr; }
static inline void osteo_drop_curterm(void) { del_curterm(cur_term); }
static inline int osteo_write_stdout(const char *s) { int r = fputs(s, stdout); fflush(stdout); return r; }
static inline int osteo_lines(void) { return LINES; }
static inline int osteo_cols(void) { return COLS; }
static inline int osteo_colors(void) { return COLORS; }
static inline int osteo_set_escdelay(int ms) { return set_escdelay(ms); }
static inline int osteo_escdelay(void) { return ESCDELAY; }
static inline int osteo_key_f(int n) { return KEY_F(n); }
static inline int osteo_getmaxy(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }
static inline int osteo_getmaxx(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }

static inline attr_t osteo_a_normal(void) { return A_NORMAL; }
static inline attr_t osteo_a_bold(void) { return A_BOLD; }
static inline attr_t osteo_a_underline(void) { return A_UNDERLINE; }
static inline attr_t osteo_a_reverse(void) { return A_REVERSE; }
static inline attr_t osteo_a_dim(void) { return A_DIM; }
static inline attr_t osteo_a_standout(void) { return A_STANDOUT; }
static inline chtype osteo_acs_hline(void) { return ACS_HLINE; }
static inline chtype osteo_acs_vline(void) { return ACS_VLINE; }
static inline chtype osteo_acs_ulcorner(void) { return ACS_ULCORNER; }
static inline chtype osteo_acs_urcorner(void) { return ACS_URCORNER; }
static inline chtype osteo_acs_llcorner(void) { return ACS_LLCORNER; }
static inline chtype osteo_acs_lrcorner(void) { return ACS_LRCORNER; }

/* Terminal size from the kernel (after SIGWINCH). Returns 0 on success. */
static inline int osteo_winsize(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return -1;
    *rows = ws.ws_row; *cols = ws.ws_col;
    return 0;
}

/* Signals: the handler (in Swift) only sets a flag; the event loop reacts. No SA_RESTART, so
 * poll() returns EINTR and the loop wakes at once. */
static inline void osteo_catch_signal(int sig, void (*handler)(int)) {
    struct sigaction sa;
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sigaction(sig, &sa, 0);
}
static inline void osteo_default_signal(int sig) { signal(sig, SIG_DFL); }
/* A parent may have left signals blocked; the ones the loop handles must arrive. */
static inline void osteo_unblock_signal(int sig) {
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, sig);
    sigprocmask(SIG_UNBLOCK, &s, 0);
}

/* poll() one descriptor for input: 1 readable, 0 timeout, -1 interrupted, -2 hung up. */
static inline int osteo_wait_input(int fd, int timeout_ms) {
    struct pollfd p;
    p.fd = fd; p.events = POLLIN; p.revents = 0;
    int r = poll(&p, 1, timeout_ms);
    if (r < 0) return -1;
    if (r == 0) return 0;
    if (p.revents & POLLIN) return 1;
    return -2;
}

#endif
