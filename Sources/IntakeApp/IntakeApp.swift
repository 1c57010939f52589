// The IntakeApp module; see README.md, Architecture, and IntakeApp.docc.
