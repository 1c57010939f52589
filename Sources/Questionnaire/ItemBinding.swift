import IntakeModel

/// Why an answer could not be stored: names what the item allows, so the screen can say so.
public enum AnswerError: Error, Hashable, Sendable {
    /// The value is of another kind than the item takes (text for a number).
    case wrongKind(expected: ItemType)
    /// A choice code that is not one of the item's options.
    case unknownOption(String, allowed: [String])
    /// A unit that is not one of the item's units.
    case unknownUnit(String, allowed: [String])
    /// The item is inside a repeating group and the entry does not exist.
    case noSuchEntry(Int)
    /// The item is computed from other answers.
    case readOnly
    /// The linkId names no item of the questionnaire.
    case noSuchItem(String)
}

/// Ties an item to one field of `IntakeRecord`: a JSON Pointer (RFC 6901) naming the field, and
/// get and set on the record. The screens, validation messages, the FHIR export and the printed
/// sheet all go through it.
///
/// Inside a repeating group the pointer has a `*` for the entry index (`/medications/*/route`) and
/// `instance` says which entry.
public struct ItemBinding: Sendable {
    /// JSON Pointer template; `*` stands for the entry index of a repeating group.
    public let pointer: String
    let read: @Sendable (IntakeRecord, Int?) -> AnswerValue?
    let write: (@Sendable (inout IntakeRecord, Int?, AnswerValue?) throws(AnswerError) -> Void)?

    public init(pointer: String,
                read: @escaping @Sendable (IntakeRecord, Int?) -> AnswerValue?,
                write: (@Sendable (inout IntakeRecord, Int?, AnswerValue?) throws(AnswerError) -> Void)?) {
        self.pointer = pointer
        self.read = read
        self.write = write
    }

    /// The pointer of this field for entry `instance` (`/medications/2/route`).
    public func pointer(instance: Int?) -> String {
        guard let instance else { return pointer }
        return pointer.replacingFirst("*", with: String(instance))
    }

    public var isReadOnly: Bool { write == nil }

    /// The current answer, or nil when the record leaves the field out.
    public func value(in record: IntakeRecord, instance: Int? = nil) -> AnswerValue? {
        read(record, instance)
    }

    /// Stores `value` (nil removes the key). Throws without changing the record when the value does
    /// not fit the field.
    public func set(_ value: AnswerValue?, in record: inout IntakeRecord, instance: Int? = nil) throws(AnswerError) {
        guard let write else { throw .readOnly }
        var copy = record
        try write(&copy, instance, value)
        record = copy
    }
}

/// The entries of a repeating group (the medication list): how many there are, adding and removing.
public struct EntryListBinding: Sendable {
    /// JSON Pointer of the array (`/medications`).
    public let pointer: String
    let countEntries: @Sendable (IntakeRecord) -> Int
    let appendEntry: @Sendable (inout IntakeRecord) -> Void
    let removeEntry: @Sendable (inout IntakeRecord, Int) -> Void
    let sameEntries: @Sendable (IntakeRecord, IntakeRecord) -> Bool
    let copyEntries: @Sendable (IntakeRecord, inout IntakeRecord) -> Void
    let listIsPresent: @Sendable (IntakeRecord) -> Bool

    public init(pointer: String, count: @escaping @Sendable (IntakeRecord) -> Int,
                append: @escaping @Sendable (inout IntakeRecord) -> Void,
                remove: @escaping @Sendable (inout IntakeRecord, Int) -> Void,
                same: @escaping @Sendable (IntakeRecord, IntakeRecord) -> Bool,
                copy: @escaping @Sendable (IntakeRecord, inout IntakeRecord) -> Void,
                present: @escaping @Sendable (IntakeRecord) -> Bool = { _ in false }) {
        self.pointer = pointer
        self.countEntries = count
        self.appendEntry = append
        self.removeEntry = remove
        self.sameEntries = same
        self.copyEntries = copy
        self.listIsPresent = present
    }

    /// Whether two records hold the same entries, field for field, in the same order.
    public func same(in a: IntakeRecord, and b: IntakeRecord) -> Bool { sameEntries(a, b) }
    /// `record` with the entries of `source` in place of its own (nothing else changed).
    public func copying(from source: IntakeRecord, onto record: IntakeRecord) -> IntakeRecord {
        var copy = record
        copyEntries(source, &copy)
        return copy
    }

    public func count(in record: IntakeRecord) -> Int { countEntries(record) }
    /// True when the record has the list, even empty ("asked: none"); false when it leaves it out.
    public func isPresent(in record: IntakeRecord) -> Bool { listIsPresent(record) }
    /// Adds an empty entry at the end; its index is the old count.
    public func append(to record: inout IntakeRecord) { appendEntry(&record) }
    /// Removes entry `index` when it exists.
    public func remove(at index: Int, from record: inout IntakeRecord) {
        guard index >= 0, index < countEntries(record) else { return }
        removeEntry(&record, index)
    }
}

extension String {
    func replacingFirst(_ target: Character, with replacement: String) -> String {
        guard let index = firstIndex(of: target) else { return self }
        var copy = self
        copy.replaceSubrange(index...index, with: replacement)
        return copy
    }
}
