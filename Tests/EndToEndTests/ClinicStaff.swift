import Foundation

/// The clinic file the end-to-end panes run with: one member of staff, login "jm", PIN "2468",
/// shown as "J. Martin", and PAM off, so tests sign in the way a clinic with a PIN list does and
/// never depend on this machine's accounts. The hash is made once by `intake staff-pin`.
enum ClinicStaff {
    static let login = "jm"
    static let pin = "2468"
    static let name = "J. Martin"

    private static let pinBlock: String = {
        let process = Process()
        process.executableURL = StoreBinaries.url("intake")
        process.arguments = ["staff-pin", "--login", login, "--name", name]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return "" }
        input.fileHandleForWriting.write(Data((pin + "\n").utf8))
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }()

    /// Writes `osteo-intake/clinic.toml` under `folder` and returns `folder` (an XDG_CONFIG_HOME).
    static func configHome(in folder: String) -> String {
        let dir = folder + "/config/osteo-intake"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let text = "[staff]\npam = false\n" + pinBlock
        FileManager.default.createFile(atPath: dir + "/clinic.toml", contents: Data(text.utf8))
        return folder + "/config"
    }
}
