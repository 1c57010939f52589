import Catalog
import IntakeModel

/// Record sections that start empty when their first answer is given.
protocol EmptyRecordSection: Equatable, Sendable { init() }
extension Patient: EmptyRecordSection { init() { self.init(name: nil) } }
extension Body: EmptyRecordSection { init() { self.init(height: nil) } }
extension History: EmptyRecordSection { init() { self.init(conditions: nil) } }
extension Symptoms: EmptyRecordSection { init() { self.init(startDate: nil) } }
extension RedFlags: EmptyRecordSection { init() { self.init(saddleNumbness: nil) } }
extension BoneDensity: EmptyRecordSection { init() { self.init(lowestTScore: nil) } }
extension Labs: EmptyRecordSection { init() { self.init(egfr: nil) } }
extension StartBackAnswers: EmptyRecordSection { init() { self.init(item1: nil) } }
extension Menopause: EmptyRecordSection { init() { self.init(status: nil) } }
extension Medication: EmptyRecordSection { init() { self.init(name: nil) } }
extension Fracture: EmptyRecordSection { init() { self.init(site: nil) } }
extension CardiovascularEvent: EmptyRecordSection { init() { self.init(type: nil) } }

/// Builders of `ItemBinding`s for the shapes of the record. A section that becomes empty is left out
/// of the record again (an empty `redFlags` object and none mean the same: nothing asked).
enum RecordFields {
    static func convert<T: AnswerConvertible>(_ value: AnswerValue?) throws(AnswerError) -> T? {
        guard let value else { return nil }
        guard let converted = T(answer: value) else { throw .wrongKind(expected: .string) }
        return converted
    }

    /// A top-level field (`visitDate`).
    static func top<T: AnswerConvertible>(_ pointer: String, _ field: WritableKeyPath<IntakeRecord, T?> & Sendable) -> ItemBinding {
        ItemBinding(pointer: pointer, read: { record, _ in record[keyPath: field]?.answer },
                    write: { (record: inout IntakeRecord, _: Int?, value: AnswerValue?) throws(AnswerError) in
                        record[keyPath: field] = try convert(value)
                    })
    }

    /// A field of a section object (`/symptoms/onset`).
    static func field<S: EmptyRecordSection, T: AnswerConvertible>(
        _ pointer: String, _ section: WritableKeyPath<IntakeRecord, S?> & Sendable,
        _ field: WritableKeyPath<S, T?> & Sendable
    ) -> ItemBinding {
        ItemBinding(pointer: pointer, read: { record, _ in record[keyPath: section]?[keyPath: field]?.answer },
                    write: { (record: inout IntakeRecord, _: Int?, value: AnswerValue?) throws(AnswerError) in
                        let converted: T? = try convert(value)
                        var object = record[keyPath: section] ?? S()
                        object[keyPath: field] = converted
                        record[keyPath: section] = object == S() ? nil : object
                    })
    }

    /// A field of an object inside a section (`/history/menopause/status`).
    static func nested<S: EmptyRecordSection, N: EmptyRecordSection, T: AnswerConvertible>(
        _ pointer: String, _ section: WritableKeyPath<IntakeRecord, S?> & Sendable,
        _ inner: WritableKeyPath<S, N?> & Sendable, _ field: WritableKeyPath<N, T?> & Sendable
    ) -> ItemBinding {
        ItemBinding(pointer: pointer,
                    read: { record, _ in record[keyPath: section]?[keyPath: inner]?[keyPath: field]?.answer },
                    write: { (record: inout IntakeRecord, _: Int?, value: AnswerValue?) throws(AnswerError) in
                        let converted: T? = try convert(value)
                        var object = record[keyPath: section] ?? S()
                        var innerObject = object[keyPath: inner] ?? N()
                        innerObject[keyPath: field] = converted
                        object[keyPath: inner] = innerObject == N() ? nil : innerObject
                        record[keyPath: section] = object == S() ? nil : object
                    })
    }

    /// Reads and writes the array of a repeating group, wherever it lives in the record.
    struct ListAccess<E: EmptyRecordSection>: Sendable {
        let get: @Sendable (IntakeRecord) -> [E]?
        let set: @Sendable (inout IntakeRecord, [E]?) -> Void
    }

    static func list<S: EmptyRecordSection, E: EmptyRecordSection>(
        _ section: WritableKeyPath<IntakeRecord, S?> & Sendable, _ array: WritableKeyPath<S, [E]?> & Sendable
    ) -> ListAccess<E> {
        ListAccess(get: { $0[keyPath: section]?[keyPath: array] },
                   set: { record, value in
                       var object = record[keyPath: section] ?? S()
                       object[keyPath: array] = value
                       record[keyPath: section] = object == S() ? nil : object
                   })
    }

    /// The entries of a repeating group. Adding the first entry creates the array; removing the
    /// last leaves an empty array (asked, none).
    static func entries<E: EmptyRecordSection>(_ pointer: String, _ access: ListAccess<E>) -> EntryListBinding {
        EntryListBinding(pointer: pointer, count: { access.get($0)?.count ?? 0 },
                         append: { record in access.set(&record, (access.get(record) ?? []) + [E()]) },
                         remove: { record, index in
                             var list = access.get(record) ?? []
                             list.remove(at: index)
                             access.set(&record, list)
                         },
                         same: { access.get($0) == access.get($1) },
                         copy: { source, record in access.set(&record, access.get(source)) },
                         present: { access.get($0) != nil })
    }

    /// A field of one entry of a repeating group (`/medications/*/route`).
    static func entryField<E: EmptyRecordSection, T: AnswerConvertible>(
        _ pointer: String, _ access: ListAccess<E>, _ field: WritableKeyPath<E, T?> & Sendable
    ) -> ItemBinding {
        ItemBinding(pointer: pointer,
                    read: { record, instance in
                        guard let instance, let list = access.get(record), list.indices.contains(instance) else { return nil }
                        return list[instance][keyPath: field]?.answer
                    },
                    write: { (record: inout IntakeRecord, instance: Int?, value: AnswerValue?) throws(AnswerError) in
                        let converted: T? = try convert(value)
                        guard let instance, var list = access.get(record), list.indices.contains(instance) else {
                            throw .noSuchEntry(instance ?? -1)
                        }
                        list[instance][keyPath: field] = converted
                        access.set(&record, list)
                    })
    }
}

extension RecordFields {
    /// `/patient/language`, asked as a choice among the languages the program speaks. The tag
    /// is read as written (`es-MX`, kept until another language is chosen; the option it falls
    /// under is `QuestionItem.optionIndex`); a tag the program does not speak (`pt-BR`, allowed
    /// by the format) falls under no option: the screens say so (`IntakeSession`).
    static let patientLanguage = ItemBinding(
        pointer: "/patient/language",
        read: { record, _ in record.patient?.language.map(AnswerValue.code) },
        write: { (record: inout IntakeRecord, _: Int?, value: AnswerValue?) throws(AnswerError) in
            var patient = record.patient ?? Patient()
            switch value {
            case nil: patient.language = nil
            case .code(let code)?: patient.language = code
            case .string(let code)?: patient.language = code
            default: throw .wrongKind(expected: .choice)
            }
            record.patient = patient == Patient() ? nil : patient
        })
}
