/// One answerable place in a record: an item, and for items inside a repeating group the index of
/// the entry (the route of medication 2 is `ItemAddress("medications.route", instance: 2)`).
public struct ItemAddress: Hashable, Sendable, CustomStringConvertible {
    public var linkId: String
    public var instance: Int?

    public init(_ linkId: String, instance: Int? = nil) {
        self.linkId = linkId
        self.instance = instance
    }

    public var description: String {
        instance.map { "\(linkId)[\($0)]" } ?? linkId
    }
}
