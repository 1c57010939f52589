import Foundation
import IntakeModel
import IntakeTestSupport

extension SharedExamples {
    /// Every JSON Pointer of a leaf value (a number, string, boolean, an enum set or a quantity
    /// object) in the record, arrays of objects expanded.
    static func leafPointers(_ value: Any, pointer: String = "") -> [String] {
        if let object = value as? [String: Any] {
            if object["value"] != nil, object["unit"] != nil { return [pointer] }
            return object.keys.sorted().flatMap { leafPointers(object[$0]!, pointer: pointer + "/" + $0) }
        }
        if let array = value as? [Any], array.contains(where: { $0 is [String: Any] }) {
            return array.enumerated().flatMap { leafPointers($0.element, pointer: pointer + "/\($0.offset)") }
        }
        return [pointer]
    }
}
