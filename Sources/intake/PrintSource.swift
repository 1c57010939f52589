import Foundation
import IntakeModel
import IntakeSheet
import IntakeStore

/// Where `intake print` gets its record: a file when the argument names an existing file, else an
/// intake ID in the store. Only store records are audited (a file has no audit trail).
struct PrintSource {
    var record: IntakeRecord
    var recordID: String?
    var status: String
    /// Who signed the record and when (a signed stored record); nil for anything else.
    var signature: SheetSignature?
    /// Emergency alerts staff acknowledged (a stored record's audit trail); none for a file.
    var alertAcknowledgements: [SheetAlertAcknowledgement] = []
    /// Writes the audit row; nil for a file.
    var auditor: ((AuditAction, String) throws -> Void)?

    func audit(_ action: AuditAction, detail: String) throws {
        try auditor?(action, detail)
    }

    static func load(_ argument: String, store: StoreOptions) throws -> PrintSource {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), !isDirectory.boolValue {
            return try fromFile(argument)
        }
        let intakes = try store.openExistingStore()
        let stored = try intakes.load(argument.uppercased())
        return PrintSource(record: stored.record, recordID: stored.id, status: stored.status.rawValue,
                           signature: stored.sheetSignature,
                           alertAcknowledgements: try intakes.sheetAlertAcknowledgements(stored.id)) { action, detail in
            try intakes.appendAudit(stored.id, action: action, field: "print", oldValue: nil, newValue: detail,
                                    actor: AuditActor.current())
        }
    }

    static func fromFile(_ path: String) throws -> PrintSource {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw InputFileError(message: said(.cliMessageFileUnreadable, ["file": path]), exitStatus: ExitStatus.noInput)
        }
        // Foundation traps on some texts nested hundreds deep; no record is.
        guard JSONTextGuard.shape(of: data) != .tooDeep else {
            throw InputFileError(message: said(.cliMessageFileTooDeep, ["file": path]))
        }
        do {
            let record = try JSONDecoder().decode(IntakeRecord.self, from: data)
            return PrintSource(record: record, recordID: record.id, status: "file", signature: nil, auditor: nil)
        } catch let error as DecodingError {
            throw InputFileError(message: said(.cliMessageFileNotRecord, ["file": path, "where": PrintSource.where(error)]))
        } catch {
            throw InputFileError(message: said(.cliMessageFileNotJSON, ["file": path]))
        }
    }

    /// The JSON Pointer of a decoding problem, without the value (which may be patient data).
    static func `where`(_ error: DecodingError) -> String {
        let path: [CodingKey]
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context): path = context.codingPath
        case .keyNotFound(let key, let context): path = context.codingPath + [key]
        @unknown default: path = []
        }
        let pointer = path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: "/")
        return pointer.isEmpty ? said(.cliMessageWrongShape) : said(.cliMessageProblemAt, ["pointer": pointer])
    }
}

extension StoredRecord {
    /// The signature the printed sheet shows: the store's, for a signed record only.
    var sheetSignature: SheetSignature? {
        guard status == .signed, let signature else { return nil }
        return SheetSignature(name: signature.staffName, signedAt: signature.signedAt)
    }
}

extension IntakeRecordStore {
    /// The acknowledged emergency alerts of a record, as the sheet prints them.
    func sheetAlertAcknowledgements(_ recordID: String) throws -> [SheetAlertAcknowledgement] {
        try alertAcknowledgements(recordID).map { SheetAlertAcknowledgement(rules: $0.rules, name: $0.staffName, at: $0.at) }
    }
}
