import Catalog
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The Linux-PAM functions the PAM check calls, loaded at run time with dlopen/dlsym from
/// `libpam.so.0` (on every Debian and Ubuntu machine; its -dev headers are not needed to build).
/// The C signatures and constants are declared here by hand from security/_pam_types.h; the PAM
/// handle is opaque and the structures are read and written at their C offsets.
struct LibPAM: @unchecked Sendable {
    // @unchecked: only C function pointers, written once by `load` and never changed.

    static let library = "libpam.so.0"
    static let purpose = TextKey.staffLibraryLibpam

    /// `int (*conv)(int num_msg, const struct pam_message **msg, struct pam_response **resp,
    /// void *appdata_ptr)`.
    typealias Conversation = @convention(c) (Int32, UnsafePointer<UnsafeRawPointer?>?, UnsafeMutablePointer<UnsafeMutableRawPointer?>?, UnsafeMutableRawPointer?) -> Int32

    static let success: Int32 = 0            // PAM_SUCCESS
    static let bufferError: Int32 = 5        // PAM_BUF_ERR
    static let newTokenRequired: Int32 = 12  // PAM_NEW_AUTHTOK_REQD
    static let conversationError: Int32 = 19 // PAM_CONV_ERR
    static let promptEchoOff: Int32 = 1      // PAM_PROMPT_ECHO_OFF
    static let promptEchoOn: Int32 = 2       // PAM_PROMPT_ECHO_ON
    static let silent: Int32 = 0x8000        // PAM_SILENT
    static let disallowNullToken: Int32 = 1  // PAM_DISALLOW_NULL_AUTHTOK

    /// `struct pam_message { int msg_style; const char *msg; }`: the style's offset.
    static let messageStyleOffset = 0
    /// `struct pam_response { char *resp; int resp_retcode; }`: its size on LP64.
    static let responseSize = 16
    /// `struct pam_conv { conv; appdata_ptr; }`: its size and the appdata's offset on LP64.
    static let conversationSize = 16
    static let appdataOffset = 8

    /// `int pam_start(const char *service, const char *user, const struct pam_conv *conv, pam_handle_t **pamh)`.
    let start: @convention(c) (UnsafePointer<CChar>?, UnsafePointer<CChar>?, UnsafeRawPointer?, UnsafeMutablePointer<OpaquePointer?>?) -> Int32
    /// `int pam_authenticate(pam_handle_t *pamh, int flags)`.
    let authenticate: @convention(c) (OpaquePointer?, Int32) -> Int32
    /// `int pam_acct_mgmt(pam_handle_t *pamh, int flags)`.
    let accountManagement: @convention(c) (OpaquePointer?, Int32) -> Int32
    /// `int pam_end(pam_handle_t *pamh, int pam_status)`.
    let end: @convention(c) (OpaquePointer?, Int32) -> Int32
    /// `const char *pam_strerror(pam_handle_t *pamh, int errnum)`.
    let strerror: @convention(c) (OpaquePointer?, Int32) -> UnsafePointer<CChar>?

    /// The library of this machine, loaded once.
    static let shared: Result<LibPAM, LibraryUnavailable> = load()

    static func load(_ name: String = library) -> Result<LibPAM, LibraryUnavailable> {
        guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else {
            return .failure(LibraryUnavailable(library: name, missingFunctions: [], purpose: purpose))
        }
        let names = ["pam_start", "pam_authenticate", "pam_acct_mgmt", "pam_end", "pam_strerror"]
        let pointers = names.map { dlsym(handle, $0) }
        let missing = zip(names, pointers).filter { $0.1 == nil }.map(\.0)
        guard missing.isEmpty else {
            return .failure(LibraryUnavailable(library: name, missingFunctions: missing, purpose: purpose))
        }
        return .success(LibPAM(
            start: unsafeBitCast(pointers[0]!, to: (@convention(c) (UnsafePointer<CChar>?, UnsafePointer<CChar>?, UnsafeRawPointer?, UnsafeMutablePointer<OpaquePointer?>?) -> Int32).self),
            authenticate: unsafeBitCast(pointers[1]!, to: (@convention(c) (OpaquePointer?, Int32) -> Int32).self),
            accountManagement: unsafeBitCast(pointers[2]!, to: (@convention(c) (OpaquePointer?, Int32) -> Int32).self),
            end: unsafeBitCast(pointers[3]!, to: (@convention(c) (OpaquePointer?, Int32) -> Int32).self),
            strerror: unsafeBitCast(pointers[4]!, to: (@convention(c) (OpaquePointer?, Int32) -> UnsafePointer<CChar>?).self)))
    }

    /// The conversation function: every echo-off prompt (the password prompt) is answered with
    /// the secret, a C string passed as `appdata_ptr`; messages shown to the user (errors, info)
    /// get no answer; a prompt to be answered visibly (which no password check asks once the
    /// login is known) fails the conversation. The answers are malloc'd, as PAM frees them.
    static let answerWithSecret: Conversation = { count, messages, responses, appdata in
        guard count > 0, let messages, let responses, let appdata else { return LibPAM.conversationError }
        let secret = appdata.assumingMemoryBound(to: CChar.self)
        guard let answers = calloc(Int(count), LibPAM.responseSize) else { return LibPAM.bufferError }
        for index in 0..<Int(count) {
            let style = messages[index]?.load(fromByteOffset: LibPAM.messageStyleOffset, as: Int32.self) ?? LibPAM.promptEchoOn
            guard style != LibPAM.promptEchoOn else {
                LibPAM.freeAnswers(answers, count: index)
                return LibPAM.conversationError
            }
            guard style == LibPAM.promptEchoOff else { continue }
            guard let copy = strdup(secret) else {
                LibPAM.freeAnswers(answers, count: index)
                return LibPAM.bufferError
            }
            answers.storeBytes(of: copy, toByteOffset: index * LibPAM.responseSize, as: UnsafeMutablePointer<CChar>?.self)
        }
        responses.pointee = answers
        return LibPAM.success
    }

    /// Wipes and frees the first `count` answers and the array, when the conversation fails.
    static func freeAnswers(_ answers: UnsafeMutableRawPointer, count: Int) {
        for index in 0..<count {
            if let copy = answers.load(fromByteOffset: index * responseSize, as: UnsafeMutablePointer<CChar>?.self) {
                explicit_bzero(copy, strlen(copy))
                free(copy)
            }
        }
        free(answers)
    }
}
