import Catalog
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The three libxcrypt functions the PIN list calls, loaded at run time with dlopen/dlsym from
/// `libcrypt.so.1` (every Debian and Ubuntu machine has it; its -dev headers are not needed to
/// build). The C signatures are declared here by hand from crypt.h.
struct LibCrypt: @unchecked Sendable {
    // @unchecked: only C function pointers, written once by `load` and never changed.

    static let library = "libcrypt.so.1"
    static let purpose = TextKey.staffLibraryLibcrypt

    /// `sizeof(struct crypt_data)`: output 384 + setting 384 + input 512 + reserved 767 +
    /// initialized 1 + internal 30720 (crypt.h).
    static let dataSize = 32_768
    /// CRYPT_GENSALT_OUTPUT_SIZE.
    static let saltSize = 192

    /// `char *crypt_rn(const char *phrase, const char *setting, void *data, int size)`.
    let cryptRN: @convention(c) (UnsafePointer<CChar>?, UnsafePointer<CChar>?, UnsafeMutableRawPointer?, Int32) -> UnsafeMutablePointer<CChar>?
    /// `char *crypt_gensalt_rn(const char *prefix, unsigned long count, const char *rbytes,
    /// int nrbytes, char *output, int output_size)`; no rbytes: the OS's randomness.
    let gensaltRN: @convention(c) (UnsafePointer<CChar>?, UInt, UnsafePointer<CChar>?, Int32, UnsafeMutablePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>?
    /// `int crypt_checksalt(const char *setting)`.
    let checksalt: @convention(c) (UnsafePointer<CChar>?) -> Int32

    /// The library of this machine, loaded once.
    static let shared: Result<LibCrypt, LibraryUnavailable> = load()

    static func load(_ name: String = library) -> Result<LibCrypt, LibraryUnavailable> {
        guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else {
            return .failure(LibraryUnavailable(library: name, missingFunctions: [], purpose: purpose))
        }
        let names = ["crypt_rn", "crypt_gensalt_rn", "crypt_checksalt"]
        let pointers = names.map { dlsym(handle, $0) }
        let missing = zip(names, pointers).filter { $0.1 == nil }.map(\.0)
        guard missing.isEmpty else {
            return .failure(LibraryUnavailable(library: name, missingFunctions: missing, purpose: purpose))
        }
        return .success(LibCrypt(
            cryptRN: unsafeBitCast(pointers[0]!, to: (@convention(c) (UnsafePointer<CChar>?, UnsafePointer<CChar>?, UnsafeMutableRawPointer?, Int32) -> UnsafeMutablePointer<CChar>?).self),
            gensaltRN: unsafeBitCast(pointers[1]!, to: (@convention(c) (UnsafePointer<CChar>?, UInt, UnsafePointer<CChar>?, Int32, UnsafeMutablePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>?).self),
            checksalt: unsafeBitCast(pointers[2]!, to: (@convention(c) (UnsafePointer<CChar>?) -> Int32).self)))
    }

    /// `crypt_rn(phrase, setting)`: the hash, or nil when the setting is not one libxcrypt can use.
    /// The work area (which holds a copy of the phrase) is wiped before it is freed.
    func crypt(_ phrase: UnsafePointer<CChar>, setting: String) -> String? {
        guard let data = calloc(1, Self.dataSize) else { return nil }
        defer { explicit_bzero(data, Self.dataSize); free(data) }
        guard let output = cryptRN(phrase, setting, data, Int32(Self.dataSize)) else { return nil }
        return String(cString: output)
    }

    /// A new setting (method and random salt) for `prefix`, for example `$y$`; nil on failure.
    func gensalt(prefix: String) -> String? {
        var output = [CChar](repeating: 0, count: Self.saltSize)
        return output.withUnsafeMutableBufferPointer { buffer in
            gensaltRN(prefix, 0, nil, 0, buffer.baseAddress, Int32(Self.saltSize)).map { String(cString: $0) }
        }
    }
}

/// A copy of `secret` as a C string that `body` may read, wiped and freed afterwards (Swift's own
/// String cannot be wiped; this keeps the copies made here from lingering). Nil for a secret
/// holding a NUL, which no C credential check can take.
func withWipedCString<R>(_ secret: String, _ body: (UnsafePointer<CChar>) -> R) -> R? {
    let count = secret.utf8.count
    let copy = UnsafeMutablePointer<CChar>.allocate(capacity: count + 1)
    defer { explicit_bzero(copy, count + 1); copy.deallocate() }
    var index = 0
    for byte in secret.utf8 {
        if byte == 0 { return nil }
        copy[index] = CChar(bitPattern: byte)
        index += 1
    }
    copy[count] = 0
    return body(copy)
}
