import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads back the PDFs the sheet writes, without external tools: objects, the page tree, embedded
/// font files, and the text layer (content-stream strings decoded through each font's ToUnicode
/// CMap). Streams are inflated with zlib's `uncompress`, loaded with dlopen like cairo is.
struct PDFInspector {
    struct Object { var number: Int; var dictionary: String; var stream: Data? }

    let objects: [Int: Object]

    init(_ data: Data) throws {
        let bytes = [UInt8](data)
        let text = String(decoding: bytes.map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self) as NSString
        // Objects that hold only an integer: the indirect /Length values of streams.
        var integers: [Int: Int] = [:]
        let integerPattern = try NSRegularExpression(pattern: "(\\d+) 0 obj\\s*(\\d+)\\s*endobj")
        for match in integerPattern.matches(in: text as String, range: NSRange(location: 0, length: text.length)) {
            integers[Int(text.substring(with: match.range(at: 1)))!] = Int(text.substring(with: match.range(at: 2)))!
        }
        var objects: [Int: Object] = [:]
        let objectPattern = try NSRegularExpression(pattern: "(\\d+) 0 obj\\b")
        var position = 0
        while let match = objectPattern.firstMatch(in: text as String, range: NSRange(location: position, length: text.length - position)) {
            let number = Int(text.substring(with: match.range(at: 1)))!
            let start = match.range.location + match.range.length
            let rest = NSRange(location: start, length: text.length - start)
            let endObject = text.range(of: "endobj", range: rest).location
            let streamMarker = text.range(of: "stream", range: rest).location
            guard endObject != NSNotFound else { break }
            if streamMarker != NSNotFound && streamMarker < endObject {
                let dictionary = text.substring(with: NSRange(location: start, length: streamMarker - start))
                var dataStart = streamMarker + 6
                if bytes[dataStart] == 0x0D { dataStart += 1 }
                if bytes[dataStart] == 0x0A { dataStart += 1 }
                var length: Int?
                if let range = dictionary.range(of: "/Length\\s+\\d+ 0 R", options: .regularExpression) {
                    length = Int(dictionary[range].split(separator: " ")[1]).flatMap { integers[$0] }
                } else {
                    length = PDFInspector.integer(after: "/Length", in: dictionary)
                }
                guard let length, dataStart + length <= bytes.count else { throw InspectorError("object \(number): stream without a usable /Length") }
                let raw = Data(bytes[dataStart..<dataStart + length])
                let stream = dictionary.contains("/FlateDecode") ? try PDFInspector.inflate(raw) : raw
                objects[number] = Object(number: number, dictionary: dictionary, stream: stream)
                position = text.range(of: "endobj", range: NSRange(location: dataStart + length, length: text.length - dataStart - length)).location
                guard position != NSNotFound else { break }
                position += 6
            } else {
                objects[number] = Object(number: number, dictionary: text.substring(with: NSRange(location: start, length: endObject - start)), stream: nil)
                position = endObject + 6
            }
        }
        self.objects = objects
    }

    /// Pages in the page tree: the /Count of the root /Pages object.
    var pageCount: Int? {
        for object in objects.values where object.dictionary.contains("/Type /Pages") && !object.dictionary.contains("/Parent") {
            return PDFInspector.integer(after: "/Count", in: object.dictionary)
        }
        return nil
    }

    /// Page objects found (each /Type /Page).
    var pageObjects: [Object] {
        objects.values.filter { $0.dictionary.range(of: "/Type /Page\\b", options: .regularExpression) != nil }
            .sorted { $0.number < $1.number }
    }

    /// Number of embedded font programs (FontFile, FontFile2, FontFile3 streams).
    var embeddedFontFiles: Int {
        objects.values.filter { $0.dictionary.range(of: "/FontFile[23]? \\d+ 0 R", options: .regularExpression) != nil }.count
    }

    /// The MediaBox of the first page: [0 0 width height].
    var mediaBox: [Double] {
        guard let page = pageObjects.first, let range = page.dictionary.range(of: "/MediaBox \\[[^\\]]*\\]", options: .regularExpression) else { return [] }
        return page.dictionary[range].dropFirst(10).dropLast().split(separator: " ").compactMap { Double($0) }
    }

    /// The text of every page, in content-stream order, decoded with the fonts' ToUnicode maps.
    func text() throws -> String {
        pageTexts().joined(separator: "\u{0C}")
    }

    /// The text of each page, in content-stream order.
    func pageTexts() -> [String] {
        pageObjects.map { page in decode(content(of: page), fonts: fontResources(of: page)) }
    }

    /// The raw (inflated) content stream of each page.
    func pageContents() -> [String] {
        pageObjects.map(content(of:))
    }

    /// The text shown by the first text object (BT ... ET) of each page, and that object's
    /// operators: what is drawn first, behind everything else.
    func firstTextObjects() -> [(text: String, operators: String)] {
        pageObjects.map { page in
            let content = content(of: page)
            guard let begin = content.range(of: "BT\n"), let end = content.range(of: "ET\n", range: begin.upperBound..<content.endIndex) else {
                return ("", "")
            }
            let preceding = content[..<begin.lowerBound]
            let object = String(content[begin.lowerBound..<end.upperBound])
            // The font selected before the object still applies inside it.
            let fontSetting = preceding.components(separatedBy: "\n").last { $0.hasSuffix(" Tf") } ?? ""
            return (decode(fontSetting + "\n" + object, fonts: fontResources(of: page)), String(preceding.suffix(200)) + object)
        }
    }

    func content(of page: Object) -> String {
        references(named: "/Contents", in: page.dictionary).compactMap { objects[$0]?.stream }
            .map { String(decoding: $0, as: UTF8.self) }.joined()
    }

    // MARK: - pieces

    static func integer(after key: String, in text: String) -> Int? {
        guard let range = text.range(of: key + "\\s+(\\d+)", options: .regularExpression) else { return nil }
        return Int(text[range].dropFirst(key.count).trimmingCharacters(in: .whitespaces))
    }

    func references(named key: String, in dictionary: String) -> [Int] {
        guard let range = dictionary.range(of: key + "\\s+(\\d+) 0 R", options: .regularExpression) else { return [] }
        return [Int(dictionary[range].dropFirst(key.count).split(separator: " ")[0])!]
    }

    /// How a font's codes become text: its ToUnicode CMap (code width in bytes and map), or the
    /// WinAnsi encoding of a simple font (cairo writes Latin text that way, without a CMap).
    typealias FontDecoding = (width: Int, map: [UInt32: String])

    static let winAnsi: FontDecoding = {
        var map: [UInt32: String] = [:]
        for code in UInt32(0x20)...0xFF {
            map[code] = (0x80...0x9F).contains(code)
                ? String(data: Data([UInt8(code)]), encoding: .windowsCP1252) ?? "?" : String(UnicodeScalar(UInt8(code)))
        }
        return (1, map)
    }()

    /// Resource name (f-0-0) -> how to decode that font, for the fonts a page uses.
    func fontResources(of page: Object) -> [String: FontDecoding] {
        var resources = page.dictionary
        if let number = references(named: "/Resources", in: page.dictionary).first, let object = objects[number] {
            resources = object.dictionary
        }
        var result: [String: FontDecoding] = [:]
        let pattern = try! NSRegularExpression(pattern: "/([A-Za-z0-9_.+-]+) (\\d+) 0 R")
        let fontSection = resources.range(of: "/Font").map { String(resources[$0.upperBound...]) } ?? ""
        for match in pattern.matches(in: fontSection, range: NSRange(fontSection.startIndex..., in: fontSection)) {
            let name = (fontSection as NSString).substring(with: match.range(at: 1))
            let number = Int((fontSection as NSString).substring(with: match.range(at: 2)))!
            guard let font = objects[number] else { continue }
            if let cmapNumber = references(named: "/ToUnicode", in: font.dictionary).first, let cmap = objects[cmapNumber]?.stream {
                result[name] = PDFInspector.parseCMap(String(decoding: cmap, as: UTF8.self))
            } else if font.dictionary.contains("/WinAnsiEncoding") {
                result[name] = PDFInspector.winAnsi
            }
        }
        return result
    }

    static func parseCMap(_ text: String) -> (width: Int, map: [UInt32: String]) {
        var map: [UInt32: String] = [:]
        var width = 1
        if let range = text.range(of: "begincodespacerange\\s*<([0-9a-fA-F]+)>", options: .regularExpression) {
            let hex = text[range].split(separator: "<")[1].dropLast()
            width = hex.count / 2
        }
        func unicode(_ hex: Substring) -> String { utf16Text(hex) }
        let hexPattern = try! NSRegularExpression(pattern: "<([0-9a-fA-F]+)>")
        for block in text.components(separatedBy: "beginbfchar").dropFirst() {
            let body = block.components(separatedBy: "endbfchar")[0]
            let values = hexPattern.matches(in: body, range: NSRange(body.startIndex..., in: body)).map { (body as NSString).substring(with: $0.range(at: 1)) }
            for pair in stride(from: 0, to: values.count - 1, by: 2) {
                map[UInt32(values[pair], radix: 16)!] = unicode(Substring(values[pair + 1]))
            }
        }
        for block in text.components(separatedBy: "beginbfrange").dropFirst() {
            let body = block.components(separatedBy: "endbfrange")[0]
            for line in body.split(separator: "\n") {
                let values = hexPattern.matches(in: String(line), range: NSRange(line.startIndex..., in: line)).map { (String(line) as NSString).substring(with: $0.range(at: 1)) }
                guard values.count == 3, let low = UInt32(values[0], radix: 16), let high = UInt32(values[1], radix: 16),
                      let first = UInt32(values[2], radix: 16) else { continue }
                for code in low...high { map[code] = String(UnicodeScalar(first + code - low) ?? "?") }
            }
        }
        return (width, map)
    }

    /// The strings shown by Tj/TJ in a content stream, decoded with the current font (Tf).
    func decode(_ content: String, fonts: [String: FontDecoding]) -> String {
        var output = ""
        var font: FontDecoding?
        var insideActualText = false
        let pattern = "/([A-Za-z0-9_.+-]+)\\s+[0-9.]+\\s+Tf|/ActualText\\s*<(?:FEFF|feff)([0-9a-fA-F]*)>|\\bEMC\\b"
            + "|<([0-9a-fA-F]*)>|\\bET\\b|\\(((?:\\\\.|[^\\\\)])*)\\)"
        let tokens = try! NSRegularExpression(pattern: pattern)
        let text = content as NSString
        func group(_ match: NSTextCheckingResult, _ index: Int) -> String? {
            match.range(at: index).location == NSNotFound ? nil : text.substring(with: match.range(at: index))
        }
        for match in tokens.matches(in: content, range: NSRange(location: 0, length: text.length)) {
            if let name = group(match, 1) {
                font = fonts[name]
            } else if let actual = group(match, 2) {
                // A glyph cluster (a ligature, a joined Arabic form) with its text given explicitly.
                output += PDFInspector.utf16Text(Substring(actual))
                insideActualText = true
            } else if match.range.length == 3 && text.substring(with: match.range) == "EMC" {
                insideActualText = false
            } else if insideActualText {
                continue
            } else if let hex = group(match, 3).map(Array.init), let font {
                var index = 0
                while index + font.width * 2 <= hex.count {
                    let code = UInt32(String(hex[index..<index + font.width * 2]), radix: 16) ?? 0
                    output += font.map[code] ?? ""
                    index += font.width * 2
                }
            } else if let literal = group(match, 4), let font {
                for code in PDFInspector.literalBytes(literal) { output += font.map[UInt32(code)] ?? "" }
            } else if group(match, 3) == nil && group(match, 4) == nil {
                output += "\n"
            }
        }
        return output
    }

    /// Text from UTF-16BE hex digits.
    static func utf16Text(_ hex: Substring) -> String {
        var units: [UInt16] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 4, limitedBy: hex.endIndex) ?? hex.endIndex
            units.append(UInt16(hex[index..<next], radix: 16) ?? 0x3F)
            index = next
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// The bytes of a PDF literal string body, with its backslash escapes resolved.
    static func literalBytes(_ body: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var input = Array(body.utf8)[...]
        while let byte = input.popFirst() {
            guard byte == 0x5C, let next = input.popFirst() else { bytes.append(byte); continue }
            switch next {
            case UInt8(ascii: "n"): bytes.append(0x0A)
            case UInt8(ascii: "r"): bytes.append(0x0D)
            case UInt8(ascii: "t"): bytes.append(0x09)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = Int(next - 48)
                for _ in 0..<2 {
                    guard let digit = input.first, (48...55).contains(digit) else { break }
                    value = value * 8 + Int(digit - 48)
                    input = input.dropFirst()
                }
                bytes.append(UInt8(value & 0xFF))
            default: bytes.append(next)
            }
        }
        return bytes
    }

    static func inflate(_ data: Data) throws -> Data {
        typealias Uncompress = @convention(c) (UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<UInt>?, UnsafePointer<UInt8>?, UInt) -> Int32
        guard let handle = dlopen("libz.so.1", RTLD_NOW), let symbol = dlsym(handle, "uncompress") else {
            throw InspectorError("zlib (libz.so.1) is needed to read the PDF's streams")
        }
        let uncompress = unsafeBitCast(symbol, to: Uncompress.self)
        var capacity = max(4096, data.count * 8)
        while capacity < 256 << 20 {
            var output = [UInt8](repeating: 0, count: capacity)
            var length = UInt(capacity)
            let status = data.withUnsafeBytes { input in
                uncompress(&output, &length, input.bindMemory(to: UInt8.self).baseAddress, UInt(data.count))
            }
            if status == 0 { return Data(output[0..<Int(length)]) }
            guard status == -5 else { throw InspectorError("a PDF stream does not inflate (zlib status \(status))") }
            capacity *= 4
        }
        throw InspectorError("a PDF stream inflates to more than 256 MiB")
    }
}

struct InspectorError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
