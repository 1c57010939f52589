import TerminalUI
import CNCursesW
