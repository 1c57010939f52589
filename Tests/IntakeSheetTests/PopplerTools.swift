import Foundation
import IntakeTestSupport
import Testing

/// poppler-utils (pdftotext, pdffonts, pdftoppm) run on a sheet's PDF, as a reviewer would.
/// A test that needs them fails when they are missing (.ci/run installs poppler-utils).
enum PopplerTools {
    struct Missing: Error, CustomStringConvertible {
        var tool: String
        var description: String { "\(tool) (Debian package poppler-utils) is needed to read the PDF; install it" }
    }

    static func path(_ tool: String) throws -> String {
        guard let found = ["/usr/bin/\(tool)", "/usr/local/bin/\(tool)"].first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else { throw Missing(tool: tool) }
        return found
    }

    /// Runs `tool arguments... sheet.pdf [output]` in a private folder and returns its standard
    /// output, or the output file's bytes when `outputName` is given.
    static func run(_ tool: String, _ arguments: [String], pdf: Data, after: [String] = [], outputName: String? = nil) throws -> Data {
        let executable = try path(tool)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("poppler-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("sheet.pdf")
        try pdf.write(to: input)
        let finished = try ChildProcess.run([executable] + arguments + [input.path] + after
                                            + (outputName.map { [folder.appendingPathComponent($0).path] } ?? []))
        #expect(finished.status == 0, "\(tool) failed: \(finished.errors)")
        let data = finished.stdout
        guard let outputName else { return data }
        // pdftoppm adds the page number to the name it is given ("page-1.png").
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(outputName) }.sorted()
        return try Data(contentsOf: folder.appendingPathComponent(try #require(files.first, "\(tool) wrote no \(outputName)*")))
    }

    static func text(_ pdf: Data, pages: ClosedRange<Int>? = nil) throws -> String {
        let range = pages.map { ["-f", String($0.lowerBound), "-l", String($0.upperBound)] } ?? []
        return String(decoding: try run("pdftotext", ["-layout", "-enc", "UTF-8"] + range, pdf: pdf, after: ["-"]), as: UTF8.self)
    }

    /// The fonts `pdffonts` lists: name and whether embedded.
    static func fonts(_ pdf: Data) throws -> [(name: String, embedded: Bool)] {
        let lines = String(decoding: try run("pdffonts", [], pdf: pdf), as: UTF8.self).split(separator: "\n")
        return lines.drop { !$0.hasPrefix("----") }.dropFirst().map { line in
            let fields = line.split(separator: " ")
            return (String(fields[0]), fields.count >= 5 && fields[fields.count - 5] == "yes")
        }
    }

    /// Page 1 as a PNG at `resolution` dots per inch, in grey.
    static func pageOnePNG(_ pdf: Data, resolution: Int) throws -> Data {
        try run("pdftoppm", ["-f", "1", "-l", "1", "-r", String(resolution), "-gray", "-png"], pdf: pdf, outputName: "page")
    }
}
