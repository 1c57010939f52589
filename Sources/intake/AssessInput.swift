import Foundation
import IntakeModel

/// One record to assess: its bytes and, in batch mode, where it came from (`source`).
struct AssessInputRecord {
    var source: String?
    var data: Data
}

/// Reads the inputs of `intake assess FILE... | -` (format spec section 9).
///
/// A file holds one record. Standard input holds one JSON value, or JSON Lines when the whole input
/// is not one JSON value (each non-blank line a record, its source `stdin:N` with N the line number).
/// `source` is kept only in batch mode (more than one record in all).
enum AssessInput {
    struct Unreadable: Error {
        var name: String
        var reason: String
    }

    static func read(_ arguments: [String], standardInput: () -> Data = { FileHandle.standardInput.readDataToEndOfFile() })
        -> (records: [AssessInputRecord], unreadable: [Unreadable]) {
        var records: [AssessInputRecord] = []
        var unreadable: [Unreadable] = []
        for argument in arguments {
            if argument == "-" {
                let fromStandardInput = lines(of: standardInput())
                // Empty input is still one record: it is rejected as not JSON.
                records += fromStandardInput.isEmpty ? [AssessInputRecord(source: "stdin:1", data: Data())] : fromStandardInput
                continue
            }
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: argument))
                records.append(AssessInputRecord(source: argument, data: data))
            } catch {
                let reason = said(FileManager.default.fileExists(atPath: argument) ? .cliMessageNotReadable : .cliMessageNoSuchFile)
                unreadable.append(Unreadable(name: argument, reason: reason))
            }
        }
        if records.count == 1 && unreadable.isEmpty { records[0].source = nil }
        return (records, unreadable)
    }

    /// The whole of standard input as one record when it is one JSON value (or one object that
    /// holds a value Foundation refuses, such as 1e400), else one record per non-blank line. A text
    /// nested too deep for any record is not given to Foundation (which traps on some of them): its
    /// lines are rejected one by one.
    static func lines(of data: Data) -> [AssessInputRecord] {
        let shape = JSONTextGuard.shape(of: data)
        if shape == .oneContainer
            || shape == .other && (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil {
            return [AssessInputRecord(source: "stdin:1", data: data)]
        }
        let blank: Set<UInt8> = [0x20, 0x09, 0x0D]  // space, tab, carriage return
        return data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated()
            .filter { _, line in line.contains { !blank.contains($0) } }
            .map { index, line in AssessInputRecord(source: "stdin:\(index + 1)", data: Data(line)) }
    }
}
