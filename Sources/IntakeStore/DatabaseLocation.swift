import Catalog
import Foundation

/// Where the database lives, and the checks made before SQLite is allowed to touch the file.
public enum DatabaseLocation {
    /// The path to use: `--db`, then `INTAKE_DB`, then `$XDG_DATA_HOME/osteo-intake/intake.sqlite`,
    /// else `~/.local/share/osteo-intake/intake.sqlite`.
    public static func resolve(explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment["INTAKE_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg  // the XDG spec says to ignore a relative XDG_DATA_HOME
        } else {
            dataHome = homeDirectory(environment: environment) + "/.local/share"
        }
        return dataHome + "/osteo-intake/intake.sqlite"
    }

    static func homeDirectory(environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        if let pw = getpwuid(geteuid()), let dir = pw.pointee.pw_dir { return String(cString: dir) }
        return NSTemporaryDirectory()
    }

    /// What the checks found: a file to open, or one that looks short while its WAL holds pages,
    /// which SQLite must confirm (read-only) before anything is written.
    enum Verdict: Equatable {
        case usable
        case shortWithPagesInWAL
    }

    /// Makes the folder (0700) and an empty database file (0600) when they are missing, and refuses
    /// a file that is read-only, not SQLite, or truncated. Never writes to an existing file. With
    /// `createIfMissing` false a missing file is `databaseNotFound`, and nothing is created.
    @discardableResult
    static func prepare(path: String, createIfMissing: Bool = true) throws -> Verdict {
        var info = stat()
        if !createIfMissing, stat(path, &info) != 0 {
            if errno == ENOENT || errno == ENOTDIR { throw StoreError.databaseNotFound(path: path) }
            throw StoreError.databaseFailure(path: path, detail: .system(String(cString: strerror(errno))))
        }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty { try createDirectory(directory) }
        if stat(path, &info) != 0 {
            let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
            if fd < 0 {
                if errno == EEXIST { return try prepare(path: path) }  // another desk created it just now
                if errno == EACCES || errno == EROFS { throw StoreError.databaseReadOnly(path: path) }
                throw StoreError.databaseFailure(path: path, detail: .system(String(cString: strerror(errno))))
            }
            close(fd)
            return .usable
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw StoreError.notADatabase(path: path) }
        try checkWritable(path, mode: info.st_mode)
        var wal = stat()
        let walHoldsPages = stat(path + "-wal", &wal) == 0 && wal.st_size > 0
        return try checkHeader(path, size: Int64(info.st_size), walHoldsPages: walHoldsPages)
    }

    static func createDirectory(_ directory: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw StoreError.cannotCreateDirectory(path: directory, reason: .text(.storeDirectoryFileExists))
            }
            return
        }
        let parent = (directory as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != directory { try createDirectory(parent) }
        if mkdir(directory, 0o700) != 0, errno != EEXIST {
            throw StoreError.cannotCreateDirectory(path: directory, reason: .system(String(cString: strerror(errno))))
        }
        chmod(directory, 0o700)  // mkdir's mode is reduced by the umask; make it exactly 0700
    }

    /// A file whose owner lacks write permission is read-only by intent, even for root.
    static func checkWritable(_ path: String, mode: mode_t) throws {
        if mode & S_IWUSR == 0 || access(path, W_OK) != 0 {
            throw StoreError.databaseReadOnly(path: path)
        }
        for suffix in ["-wal", "-shm"] {
            var info = stat()
            let side = path + suffix
            if stat(side, &info) == 0, info.st_mode & S_IWUSR == 0 || access(side, W_OK) != 0 {
                throw StoreError.databaseReadOnly(path: path)
            }
        }
    }

    /// The SQLite file header (https://www.sqlite.org/fileformat.html section 1.3): the magic string,
    /// the page size (offset 16) and the page count (offset 28, valid when offset 92 equals the
    /// change counter at offset 24). A file shorter than its pages is truncated.
    ///
    /// A short file whose WAL holds pages is not refused here: a checkpoint cut short by a crash
    /// writes page 1 before the pages after it, and the WAL still has them. The store then asks
    /// SQLite, read-only, whether the database is whole (`Verdict.shortWithPagesInWAL`).
    static func checkHeader(_ path: String, size: Int64, walHoldsPages: Bool = false) throws -> Verdict {
        if size == 0 { return .usable }  // SQLite treats an empty file as a new database
        guard let handle = FileHandle(forReadingAtPath: path) else { throw StoreError.databaseReadOnly(path: path) }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        let magic = Array("SQLite format 3\0".utf8)
        guard header.count >= magic.count, Array(header[0..<magic.count]) == magic else {
            throw StoreError.notADatabase(path: path)
        }
        guard header.count == 100 else { throw StoreError.databaseTruncated(path: path) }
        func bigEndian(_ offset: Int, _ count: Int) -> Int64 {
            header[offset..<offset + count].reduce(Int64(0)) { $0 << 8 | Int64($1) }
        }
        let rawPageSize = bigEndian(16, 2)
        let pageSize = rawPageSize == 1 ? 65536 : rawPageSize
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else { throw StoreError.notADatabase(path: path) }
        let pageCount = bigEndian(28, 4)
        let short = size % pageSize != 0
            || (pageCount > 0 && bigEndian(92, 4) == bigEndian(24, 4) && size < pageCount * pageSize)
        guard short else { return .usable }
        if walHoldsPages { return .shortWithPagesInWAL }
        throw StoreError.databaseTruncated(path: path)
    }

    /// Database, WAL and shared-memory files: owner read and write only.
    static func restrictPermissions(path: String) {
        for suffix in ["", "-wal", "-shm"] {
            chmod(path + suffix, 0o600)
        }
    }
}
