import Foundation
import PackagePlugin

/// Generates the catalog's Swift (`TextKey` and the tables) from its PO files on every build that
/// changed them, so a deployed `intake` carries its texts and reads no file at run time.
@main
struct CatalogPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "Sources/\(target.name)/Translations")
        let template = folder.appending(path: "intake.pot")
        let poFiles: [String] = try FileManager.default.contentsOfDirectory(atPath: folder.path(percentEncoded: false))
            .filter { $0.hasSuffix(".po") }.sorted()
        let output = context.pluginWorkDirectoryURL.appending(path: "CatalogTexts.swift")
        var arguments: [String] = [output.path(percentEncoded: false), template.path(percentEncoded: false)]
        var inputs: [URL] = [template]
        for name in poFiles {
            let file = folder.appending(path: name)
            arguments.append(String(name.dropLast(3)) + "=" + file.path(percentEncoded: false))
            inputs.append(file)
        }
        let generator = try context.tool(named: "catalog-generator").url
        return [.buildCommand(displayName: "Generating the string catalog from \(inputs.count) PO files",
                              executable: generator, arguments: arguments, inputFiles: inputs, outputFiles: [output])]
    }
}
