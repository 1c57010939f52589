import Foundation
import IntakeTestSupport

/// The clinic file the end-to-end panes run with: one member of staff, login "jm", PIN "2468",
/// shown as "J. Martin", and PAM off, so tests sign in the way a clinic with a PIN list does and
/// never depend on this machine's accounts. The hash is made once by `intake staff-pin`.
enum ClinicStaff {
    static let login = "jm"
    static let pin = "2468"
    static let name = "J. Martin"

    private static let pinBlock: String = {
        let made = try? ChildProcess.run([StoreBinaries.url("intake").path, "staff-pin", "--login", login, "--name", name],
                                         input: Data((pin + "\n").utf8))
        return made?.output ?? ""
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
