// The IntakeStore module; see README.md, Architecture.
