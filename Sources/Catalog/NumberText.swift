extension Catalog {
    /// A number the program wrote with a point ("37.5", "-2.7") as this language writes it:
    /// "37,5" in Spanish (`number.decimalMark`). Digits are never grouped in thousands.
    public func decimal(_ number: String) -> String {
        let mark = self(.numberDecimalMark)
        return mark == "." ? number : number.split(separator: ".", omittingEmptySubsequences: false).joined(separator: mark)
    }
}
