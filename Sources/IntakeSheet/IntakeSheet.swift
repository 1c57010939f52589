// The IntakeSheet module; see README.md, Architecture.
