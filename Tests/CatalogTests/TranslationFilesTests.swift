import Catalog
import Foundation
import Testing

@Suite("The PO files: each language file has every entry of the template, for the translator to fill")
struct TranslationFilesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/Catalog/Translations").standardized

    static func keys(_ file: String) throws -> [String] {
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        return text.split(separator: "\n").filter { $0.hasPrefix("msgctxt \"") }.map { String($0.dropFirst(9).dropLast()) }
    }

    @Test("the template's keys are the program's keys, and each is given once")
    func template() throws {
        let keys = try Self.keys("intake.pot")
        #expect(keys.count == Set(keys).count)
        #expect(Set(keys) == Set(TextKey.allCases.map(\.rawValue)))
    }

    @Test("every language other than English has a PO file with every key of the template")
    func languageFiles() throws {
        let template = Set(try Self.keys("intake.pot"))
        for language in Language.allCases where language != .english {
            #expect(Set(try Self.keys(language.rawValue + ".po")) == template, "\(language.rawValue).po")
        }
    }
}
