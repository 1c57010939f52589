// The Questionnaire module; see README.md, Architecture.
