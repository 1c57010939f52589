import IntakeModel

/// The vocabulary's names keyed by a hash of their normalised bytes, so that a name typed in plain
/// ASCII is found in one pass over its bytes (lower-casing and hashing together, no string built).
/// The pass reads eight bytes at a time (`NameWords`): checking, lower-casing and hashing a word
/// costs about what one byte did in a byte loop, and names are 8-20 bytes.
/// Every hit is confirmed word by word against the stored name, so a hash collision can never
/// misclassify a medicine. Same answers as `MedicationVocabulary.entry(named:)` (a test checks).
struct MedicationNameIndex: Sendable {
    /// Open addressing, linear probing: a slot holds a name's hash, its vocabulary position
    /// (-1 = empty), its length in bytes and where its words start in `words`, side by side so that
    /// a probe reads one array. At most a quarter full, so a probe is short.
    private struct Slot {
        var hash: UInt64 = 0
        var position = -1
        var length = 0
        var start = 0
    }
    private var slots: [Slot]
    /// Every stored name as little-endian words of eight bytes, the last one padded with zeros.
    private var words: [UInt64] = []
    private let mask: Int
    /// Two different names with one hash: then this index stands aside (never seen in practice).
    private var collided = false

    init(_ vocabulary: MedicationVocabulary) {
        let names = vocabulary.entries.reduce(0) { $0 + 1 + $1.names.count }
        var capacity = 16
        while capacity < names * 4 { capacity *= 2 }
        slots = Array(repeating: Slot(), count: capacity)
        mask = capacity - 1
        for (position, entry) in vocabulary.entries.enumerated() {
            for name in [entry.generic] + entry.names {
                let key = NameWords.words(of: Array(MedicationVocabulary.normalise(name).utf8))
                let hash = NameWords.hash(key)
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot].position >= 0 && slots[slot].hash != hash { slot = (slot + 1) & mask }
                if slots[slot].position < 0 {
                    slots[slot] = Slot(hash: hash, position: position, length: key.count, start: words.count)
                    words += key.words
                } else if slots[slot].length != key.count
                    || Array(words[slots[slot].start..<slots[slot].start + key.words.count]) != key.words {
                    collided = true
                }
            }
        }
    }

    enum Answer {
        case found(Int)
        case unknown
        /// Not plain ASCII with single spaces: normalising could change more than letter case.
        case notPlain
    }

    @inline(__always) func lookUp(_ name: String) -> Answer {
        guard !collided else { return .notPlain }
        return name.utf8.withContiguousStorageIfAvailable { lookUp(bytes: $0) } ?? .notPlain
    }

    private func lookUp(bytes: UnsafeBufferPointer<UInt8>) -> Answer {
        guard let base = bytes.baseAddress, bytes.count > 0, base[bytes.count - 1] != 0x20 else { return .notPlain }
        let count = bytes.count
        var hash = NameWords.seed
        // A leading space counts as a space after a space: not plain.
        var spaceBefore: UInt64 = NameWords.highBits & 0xFF
        // The first three lower-cased words are kept for confirming a hit (names are 8-20 bytes):
        // loading and lower-casing them again cost about a third of a look-up.
        var kept: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var offset = 0
        while offset < count {
            let (raw, valid) = NameWords.load(base, at: offset, count: count)
            // Bytes past the end are read as "a" for the checks and as zero for the hash.
            let word = raw | (NameWords.letterA & ~valid)
            guard !NameWords.hasByteOutsidePrintableASCII(word) else { return .notPlain }
            let spaces = NameWords.spaceBits(word)
            if spaces & ((spaces << 8) | spaceBefore) != 0 { return .notPlain }
            spaceBefore = spaces >> 56
            let key = NameWords.lowercased(word) & valid
            switch offset {
            case 0: kept.0 = key
            case 8: kept.1 = key
            case 16: kept.2 = key
            default: break
            }
            hash = NameWords.mix(hash, key)
            offset += 8
        }
        return match(hash, kept, base, length: count).map { .found($0) } ?? .unknown
    }

    private func match(_ hash: UInt64, _ kept: (UInt64, UInt64, UInt64), _ bytes: UnsafePointer<UInt8>, length: Int) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            var index = Int(truncatingIfNeeded: hash) & mask
            while slots[index].position >= 0 {
                let slot = slots[index]
                if slot.hash == hash {
                    guard slot.length == length else { return nil }
                    return confirm(slot.start, kept, bytes, length: length) ? slot.position : nil
                }
                index = (index + 1) & mask
            }
            return nil
        }
    }

    /// The stored words from `start` are the name's lower-cased words.
    private func confirm(_ start: Int, _ kept: (UInt64, UInt64, UInt64), _ bytes: UnsafePointer<UInt8>, length: Int) -> Bool {
        words.withUnsafeBufferPointer { stored in
            if length <= 24 {
                return stored[start] == kept.0
                    && (length <= 8 || stored[start + 1] == kept.1)
                    && (length <= 16 || stored[start + 2] == kept.2)
            }
            var offset = 0, index = start
            while offset < length {
                let (raw, valid) = NameWords.load(bytes, at: offset, count: length)
                if NameWords.lowercased(raw) & valid != stored[index] { return false }
                offset += 8
                index += 1
            }
            return true
        }
    }
}

/// Eight bytes of a name in one `UInt64` (little endian), and the byte-wise tests the look-up
/// needs, done on all eight at once. Every test is exact for bytes below 0x80, and a word with any
/// byte outside 0x20...0x7E is rejected first.
enum NameWords {
    static let lowBits: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    static let letterA: UInt64 = 0x61 &* lowBits
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The eight bytes of `bytes` (`count` in all) from `offset` on, fewer at the end, and a mask of
    /// 0xFF for each byte that was there. The last word of a name of eight bytes or more is read
    /// from `count - 8` and shifted down, not byte by byte.
    @inline(__always) static func load(_ bytes: UnsafePointer<UInt8>, at offset: Int, count: Int) -> (word: UInt64, valid: UInt64) {
        let available = count - offset
        if available >= 8 {
            return (UnsafeRawPointer(bytes + offset).loadUnaligned(as: UInt64.self).littleEndian, ~0)
        }
        let valid: UInt64 = (1 << (8 * UInt64(available))) - 1
        if count >= 8 {
            let last = UnsafeRawPointer(bytes + count - 8).loadUnaligned(as: UInt64.self).littleEndian
            return (last >> (8 * UInt64(8 - available)), valid)
        }
        var word: UInt64 = 0
        for index in 0..<available { word |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
        return (word, valid)
    }

    /// Any byte below 0x20 (controls) or above 0x7E (DEL, non-ASCII).
    @inline(__always) static func hasByteOutsidePrintableASCII(_ word: UInt64) -> Bool {
        let below = (word &- 0x20 &* lowBits) & ~word & highBits
        let above = ((word &+ 0x01 &* lowBits) | word) & highBits
        return below | above != 0
    }

    /// 0x80 in each byte that is a space (exact per byte for 7-bit bytes).
    @inline(__always) static func spaceBits(_ word: UInt64) -> UInt64 {
        let difference = word ^ (0x20 &* lowBits)
        return ~(((difference & ~highBits) &+ ~highBits) | difference) & highBits
    }

    /// A-Z turned into a-z, every other 7-bit byte kept.
    @inline(__always) static func lowercased(_ word: UInt64) -> UInt64 {
        let seven = word & ~highBits
        let atLeastA = (seven &+ (0x80 - 0x41) &* lowBits) & highBits
        let pastZ = (seven &+ (0x80 - 0x5B) &* lowBits) & highBits
        return word | ((atLeastA & ~pastZ) >> 2)
    }

    @inline(__always) static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ (mixed >> 29)
    }

    /// A normalised name as the look-up sees it: its words (lower case already) and byte count.
    static func words(of bytes: [UInt8]) -> (words: [UInt64], count: Int) {
        var words: [UInt64] = []
        var offset = 0
        while offset < bytes.count {
            var word: UInt64 = 0
            for index in offset..<min(offset + 8, bytes.count) { word |= UInt64(bytes[index]) << (8 * UInt64(index - offset)) }
            words.append(word)
            offset += 8
        }
        return (words, bytes.count)
    }

    static func hash(_ key: (words: [UInt64], count: Int)) -> UInt64 {
        key.words.reduce(seed, mix)
    }
}
