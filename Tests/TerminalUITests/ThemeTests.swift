import Catalog
import Foundation
import Testing
@testable import TerminalUI

@Suite("Themes")
struct ThemeTests {
    static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes").path

    @Test("every shipped theme loads by name", arguments: ["default", "high-contrast", "monochrome", "clinic-blue"])
    func shipped(name: String) throws {
        let theme = try ThemeLoader.load(name, folders: [Self.themes]).get()
        #expect(theme.name == name)
        #expect(Role.allCases.allSatisfy { theme.styles[$0] != nil })
    }

    @Test("no theme asked for gives the built-in default without any file")
    func builtIn() throws {
        #expect(try ThemeLoader.load(nil, folders: []).get() == .builtIn)
        #expect(try ThemeLoader.load("default", folders: ["/nonexistent"]).get() == .builtIn)
    }

    @Test("a malformed theme names the file, line and column")
    func syntaxError() {
        let result = ThemeLoader.parse("name = \"x\"\n[roles.focus\nfg = 1\n", file: "bad.toml")
        guard case .failure(let e) = result else { Issue.record("accepted a broken theme"); return }
        #expect(e.file == "bad.toml")
        #expect(e.line == 2)
        #expect(e.column > 0)
        #expect(e.description.hasPrefix("bad.toml:2:"))
    }

    @Test("an unknown role or a bad colour is reported at its line")
    func badValues() {
        guard case .failure(let e1) = ThemeLoader.parse("[roles.shiny]\nfg = 1\n", file: "t.toml") else { Issue.record(); return }
        #expect(e1.line == 1 && e1.reason == .unknownRole("shiny"))
        #expect(e1.message(in: .english).hasPrefix("t.toml:1:"))
        #expect(e1.message(in: .english).contains("unknown role 'shiny'; roles are "))
        #expect(e1.message(in: .spanish).contains("rol desconocido 'shiny'; los roles son "))
        guard case .failure(let e2) = ThemeLoader.parse("[roles.text]\n\nfg = \"mauve\"\n", file: "t.toml") else { Issue.record(); return }
        #expect(e2.line == 3 && e2.reason == .notColour(role: "text", setting: "fg"))
        #expect(e2.message(in: .english).hasSuffix("text.fg: a colour name, \"default\" or 0-255"))
        #expect(e2.message(in: .spanish).hasSuffix("text.fg: un nombre de color, \"default\" o de 0 a 255"))
    }

    @Test("a missing theme file is an error the caller can show before falling back")
    func missing() {
        guard case .failure(let e) = ThemeLoader.load("nosuch", folders: [Self.themes]) else { Issue.record(); return }
        #expect(e.reason == .notFound(lookedIn: Self.themes))
        #expect(e.message(in: .english).contains("theme not found (looked in \(Self.themes))"))
        #expect(e.message(in: .spanish).contains("no se encontró el tema"))
    }

    @Test("on 8 colours bright colours fall back to their base and palette colours to default")
    func eightColours() {
        let s = RoleStyle(foreground: 9, background: 160).adapted(toColors: 8, role: .error)
        #expect(s.foreground == 1 && s.background == -1)
    }

    @Test("without colour, focus and urgent are reverse video and errors bold")
    func noColour() {
        let theme = Theme.builtIn
        #expect(theme.style(.focus).adapted(toColors: 0, role: .focus).reverse)
        #expect(theme.style(.urgent).adapted(toColors: 0, role: .urgent).reverse)
        #expect(theme.style(.error).adapted(toColors: 0, role: .error).bold)
        #expect(theme.style(.error).adapted(toColors: 0, role: .error).foreground == -1)
    }
}
