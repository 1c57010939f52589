/// The paper the PDF is laid out for.
public enum PaperSize: String, CaseIterable, Sendable {
    case a4, letter

    /// Width and height in PostScript points (1/72 inch): A4 210 x 297 mm, Letter 8.5 x 11 in.
    public var points: (width: Double, height: Double) {
        switch self {
        case .a4: return (595.2756, 841.8898)
        case .letter: return (612, 792)
        }
    }

    /// Territories that use US Letter (CLDR's paper-size preference: US, Canada, Mexico, Chile,
    /// Colombia, Venezuela, the Philippines, Puerto Rico, Belize, Costa Rica, Guatemala,
    /// Nicaragua, Panama, El Salvador, Dominican Republic); everywhere else A4.
    static let letterTerritories: Set<String> = [
        "US", "CA", "MX", "CL", "CO", "VE", "PH", "PR", "BZ", "CR", "GT", "NI", "PA", "SV", "DO",
    ]

    /// The default paper from the locale variables, in POSIX priority: LC_ALL, then LC_PAPER, then
    /// LANG. `en_US.UTF-8`, `en_CA`, `es_MX` mean Letter; other locales, `C` and `POSIX` mean A4.
    public static func fromLocale(environment: [String: String]) -> PaperSize {
        let locale = ["LC_ALL", "LC_PAPER", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let name = locale.split(separator: ".").first.map(String.init) ?? ""
        let territory = name.split(separator: "@").first?.split(separator: "_").dropFirst().first.map { $0.uppercased() }
        return territory.map { letterTerritories.contains($0) } == true ? .letter : .a4
    }
}
