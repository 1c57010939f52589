// The Assessment module; see README.md, Architecture.
