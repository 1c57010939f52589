/// A scrollable read-only text: wrapped to the width, Up/Down/PgUp/PgDn/Home/End scroll it.
/// At the top or the bottom, Up or Down pass on to the form.
public struct TextView: FormField {
    public let id: String
    public var caption: String
    public var help: String
    public var text: String
    public var visibleRows: Int
    public var top: Int = 0
    /// The width it was last wrapped for (set by the form on resize; used for scrolling limits).
    public var wrapWidth: Int = 60

    public init(id: String, caption: String = "", help: String = "", text: String, visibleRows: Int = 10) {
        self.id = id
        self.caption = caption
        self.help = help
        self.text = text
        self.visibleRows = max(1, visibleRows)
    }

    public var value: FieldValue {
        get { .text(text) }
        set { if case .text(let t) = newValue { text = t; top = 0 } }
    }

    public var hints: [KeyHint] { [KeyHint("Down/Up", .keyScroll)] }

    public func height(width: Int) -> Int { min(visibleRows, max(1, Self.wrap(text, width: width).count)) }

    public mutating func handle(_ key: Key, strings: UIStrings) -> FieldOutcome {
        let total = Self.wrap(text, width: wrapWidth).count
        let last = max(0, total - visibleRows)
        switch key {
        case .down:
            guard top < last else { return .ignored }
            top += 1; return .handled
        case .up:
            guard top > 0 else { return .ignored }
            top -= 1; return .handled
        case .pageDown:
            guard top < last else { return .ignored }
            top = min(last, top + visibleRows - 1); return .handled
        case .pageUp:
            guard top > 0 else { return .ignored }
            top = max(0, top - visibleRows + 1); return .handled
        case .home: top = 0; return .handled
        case .end: top = last; return .handled
        default: return .ignored
        }
    }

    public func render(into screen: inout Screen, context: RenderContext) {
        let lines = Self.wrap(text, width: context.width)
        let start = min(top, max(0, lines.count - visibleRows))
        for (i, line) in lines.dropFirst(start).prefix(visibleRows).enumerated() {
            screen.write(line, at: context.at(i, 0), role: .text, clip: context.clip)
        }
        context.placeCursor(&screen, row: 0, column: 0)
    }

    public func validate(strings: UIStrings) -> String? { nil }

    public mutating func acceptLine(_ line: String, strings: UIStrings) -> String? { nil }

    /// Word-wraps text to a width; paragraphs split on newlines; over-long words are cut.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A }) { return wrapPrintableASCII(text, width: width) }
        return wrapGraphemes(text, width: width)
    }

    /// `wrap` for any text: words of graphemes, each as wide as `DisplayWidth` says.
    static func wrapGraphemes(_ text: String, width: Int) -> [String] {
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", lineWidth = 0
            for word in paragraph.split(separator: " ") {
                var w = String(word)
                var ww = DisplayWidth.of(w)
                if lineWidth > 0 && lineWidth + 1 + ww > width {
                    out.append(line); line = ""; lineWidth = 0
                }
                while ww > width {
                    var head = "", hw = 0
                    for g in w { let gw = DisplayWidth.of(g); if hw + gw > width { break }; head.append(g); hw += gw }
                    if lineWidth > 0 { out.append(line); line = ""; lineWidth = 0 }
                    out.append(head)
                    w = String(w.dropFirst(head.count)); ww = DisplayWidth.of(w)
                }
                if w.isEmpty { continue }
                if lineWidth > 0 { line += " "; lineWidth += 1 }
                line += w; lineWidth += ww
            }
            out.append(line)
        }
        return out
    }

    /// `wrap` for printable ASCII and newlines: the same lines, cut on bytes instead of graphemes
    /// (one byte is one column), as the summary wraps every line of it on each layout.
    static func wrapPrintableASCII(_ text: String, width: Int) -> [String] {
        var out: [String] = []
        let bytes = Array(text.utf8)
        func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        var start = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            var line: [UInt8] = []
            var index = start
            while index < end {
                if bytes[index] == 0x20 { index += 1; continue }
                var wordEnd = index
                while wordEnd < end && bytes[wordEnd] != 0x20 { wordEnd += 1 }
                var word = index..<wordEnd
                if !line.isEmpty && line.count + 1 + word.count > width {
                    out.append(String(decoding: line, as: UTF8.self)); line = []
                }
                while word.count > width {
                    if !line.isEmpty { out.append(String(decoding: line, as: UTF8.self)); line = [] }
                    out.append(string(word.lowerBound..<word.lowerBound + width))
                    word = word.lowerBound + width..<word.upperBound
                }
                if !word.isEmpty {
                    if !line.isEmpty { line.append(0x20) }
                    line.append(contentsOf: bytes[word])
                }
                index = wordEnd
            }
            out.append(String(decoding: line, as: UTF8.self))
            start = end + 1
        }
        return out
    }
}
