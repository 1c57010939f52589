/// Keele STarT Back Screening Tool result (format spec section 6.6, clinical reference 6.1).
public enum StartBackRisk: String, Codable, CaseIterable, Sendable { case low, medium, high }

public struct StartBackResult: Hashable, Sendable, Codable {
    /// Items 1-9, 0-9.
    public var total: Int
    /// Items 5-9 (Keele numbering), 0-5.
    public var psychosocial: Int
    public var risk: StartBackRisk

    public init(total: Int, psychosocial: Int, risk: StartBackRisk) {
        self.total = total
        self.psychosocial = psychosocial
        self.risk = risk
    }
}
