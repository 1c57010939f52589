import Catalog
import Foundation

/// What tells two desks of one OS account on one host apart: the terminal the program runs on
/// (`ttyname(0)`, "pts/3") and the SSH client's address and port ("10.0.0.7", 51234).
public enum DeskIdentity {
    /// The terminal of standard input without "/dev/" ("pts/3", "tty1"); nil when it is not a
    /// terminal. Kept short (24 characters) for the 80-column prompts.
    public static func terminalName(fileDescriptor: Int32 = 0) -> String? {
        guard isatty(fileDescriptor) == 1, let name = ttyname(fileDescriptor) else { return nil }
        return shortTerminalName(String(cString: name))
    }

    static func shortTerminalName(_ path: String) -> String? {
        let name = path.hasPrefix("/dev/") ? String(path.dropFirst(5)) : path
        let printable = String(name.unicodeScalars.filter { $0.value >= 0x21 && $0.value < 0x7F }.map(Character.init))
        return printable.isEmpty ? nil : String(printable.prefix(24))
    }

    /// The client's address and port from `SSH_CONNECTION` ("addr port server-addr server-port"),
    /// else `SSH_CLIENT` ("addr port server-port"); nil outside SSH.
    public static func sshClient(environment: [String: String]) -> (address: String, port: Int?)? {
        for key in ["SSH_CONNECTION", "SSH_CLIENT"] {
            guard let value = environment[key] else { continue }
            let words = value.split(separator: " ")
            guard let first = words.first, !first.isEmpty else { continue }
            let port = words.count > 1 ? Int(words[1]).flatMap { (1...65_535).contains($0) ? $0 : nil } : nil
            return (String(first), port)
        }
        return nil
    }

    /// "anna@desk-1 on pts/3 from 10.0.0.7:51234" (an IPv6 client as "[fe80::1]:51234"); in
    /// Spanish "anna@desk-1 en pts/3 desde 10.0.0.7:51234". The audit trail keeps the English.
    public static func label(osUser: String, host: String, terminal: String?, sshClient: String?, sshPort: Int?,
                             in language: Language = .english) -> String {
        let words = Catalog(language)
        var text = "\(osUser)@\(host)"
        if let terminal { text = words(.storeDeskOnTerminal, ["desk": text, "terminal": terminal]) }
        if let sshClient {
            let address = sshClient.contains(":") && sshPort != nil ? "[\(sshClient)]" : sshClient
            text = words(.storeDeskFromAddress, ["desk": text, "address": address + (sshPort.map { ":\($0)" } ?? "")])
        }
        return text
    }
}
