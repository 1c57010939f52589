import IntakeModel

/// The vocabulary's names keyed by a 64-bit FNV-1a hash of their normalised bytes, so that a name
/// typed in plain ASCII is found in one pass over its bytes (lower-casing and hashing together, no
/// string built).
/// Every hit is confirmed byte by byte against the stored name, so a hash collision can never
/// misclassify a medicine. Same answers as `MedicationVocabulary.entry(named:)` (a test checks).
struct MedicationNameIndex: Sendable {
    /// Open addressing, linear probing: a slot holds a name's hash, its vocabulary position
    /// (-1 = empty) and its bytes. At most a quarter full, so a probe is short.
    private var hashes: [UInt64]
    private var positions: [Int]
    private var keys: [[UInt8]]
    private let mask: Int
    /// Two different names with one hash: then this index stands aside (never seen in practice).
    private var collided = false

    init(_ vocabulary: MedicationVocabulary) {
        let names = vocabulary.entries.reduce(0) { $0 + 1 + $1.names.count }
        var capacity = 16
        while capacity < names * 4 { capacity *= 2 }
        hashes = Array(repeating: 0, count: capacity)
        positions = Array(repeating: -1, count: capacity)
        keys = Array(repeating: [], count: capacity)
        mask = capacity - 1
        for (position, entry) in vocabulary.entries.enumerated() {
            for name in [entry.generic] + entry.names {
                let key = Array(MedicationVocabulary.normalise(name).utf8)
                let hash = MedicationNameIndex.hash(key)
                var slot = Int(truncatingIfNeeded: hash) & mask
                while positions[slot] >= 0 && hashes[slot] != hash { slot = (slot + 1) & mask }
                if positions[slot] < 0 {
                    hashes[slot] = hash
                    positions[slot] = position
                    keys[slot] = key
                } else if keys[slot] != key {
                    collided = true
                }
            }
        }
    }

    static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    enum Answer {
        case found(Int)
        case unknown
        /// Not plain ASCII with single spaces: normalising could change more than letter case.
        case notPlain
    }

    func lookUp(_ name: String) -> Answer {
        guard !collided else { return .notPlain }
        return name.utf8.withContiguousStorageIfAvailable { lookUp(bytes: $0) } ?? .notPlain
    }

    private func lookUp(bytes: UnsafeBufferPointer<UInt8>) -> Answer {
        guard let base = bytes.baseAddress else { return .notPlain }
        let count = bytes.count
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var previousSpace = true
        var index = 0
        while index < count {
            let raw = base[index]
            if raw == 0x20 {
                if previousSpace { return .notPlain }
                previousSpace = true
            } else {
                if raw <= 0x20 || raw >= 0x7F { return .notPlain }
                previousSpace = false
            }
            hash = (hash ^ UInt64(raw &- 0x41 < 26 ? raw | 0x20 : raw)) &* 0x0000_0100_0000_01b3
            index += 1
        }
        if previousSpace { return .notPlain }
        return match(hash, base, length: count).map { .found($0) } ?? .unknown
    }

    private func match(_ hash: UInt64, _ bytes: UnsafePointer<UInt8>, length: Int) -> Int? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while positions[slot] >= 0 {
            if hashes[slot] == hash {
                let matches = keys[slot].withUnsafeBufferPointer { key -> Bool in
                    guard key.count == length, let keyBase = key.baseAddress else { return false }
                    for index in 0..<length {
                        let raw = bytes[index]
                        if (raw &- 0x41 < 26 ? raw | 0x20 : raw) != keyBase[index] { return false }
                    }
                    return true
                }
                return matches ? positions[slot] : nil
            }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
