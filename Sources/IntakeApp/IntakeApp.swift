// The IntakeApp module; see README.md, Architecture.
