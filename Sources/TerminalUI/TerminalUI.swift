// The TerminalUI module; see README.md, Architecture.
