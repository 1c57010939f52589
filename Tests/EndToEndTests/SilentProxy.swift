import Foundation
import Synchronization

/// A TCP relay on a loopback port in front of a server, which can go silent as a network that
/// drops packets does: connections stay open and new ones are accepted, but nothing more reaches
/// either side and nothing is refused (unlike a stopped server, whose port refuses at once).
final class SilentProxy: Sendable {
    let port: Int
    private let listener: Int32
    private let target: Int
    private let silent = Mutex(false)

    /// Relays 127.0.0.1:`port` (a free one) to 127.0.0.1:`target`.
    init(to target: Int) throws {
        self.target = target
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && listen(fd, 64) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard bound else { throw StreamRunner.Failure(description: "the silent proxy cannot listen") }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// From now on nothing passes, either way, and nothing is refused.
    func goSilent() { silent.withLock { $0 = true } }
    /// Bytes pass again (on connections made from now on: the old ones lost theirs).
    func speakAgain() { silent.withLock { $0 = false } }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0 else { return }
            guard !silent.withLock({ $0 }), let server = connectToTarget() else { continue }  // accepted, never answered
            for (from, to) in [(client, server), (server, client)] {
                Thread { [self] in pump(from, to) }.start()
            }
        }
    }

    private func connectToTarget() -> Int32? {
        let server = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(target).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(server, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        return connected == 0 ? server : nil
    }

    /// Copies bytes from one socket to the other until either closes; while silent they are dropped.
    private func pump(_ from: Int32, _ to: Int32) {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(from, &buffer, buffer.count)
            if count <= 0 { break }
            if silent.withLock({ $0 }) { continue }
            if buffer.withUnsafeBytes({ write(to, $0.baseAddress, count) }) != count { break }
        }
        shutdown(to, Int32(SHUT_WR))
    }
}
