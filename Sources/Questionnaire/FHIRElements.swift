import PlainText

/// The FHIR R4 data elements the Questionnaire and QuestionnaireResponse mapping use, as Codable
/// values: JSONEncoder writes them and leaves out what is nil.

public struct FHIRCoding: Codable, Hashable, Sendable {
    public var system: String?
    public var code: String
    public var display: String?
    /// `_display`: the display in the questionnaire's other languages (answer options only).
    public var displayTranslations: FHIRTranslations?
    public init(system: String?, code: String, display: String?, displayTranslations: FHIRTranslations? = nil) {
        self.system = system; self.code = code; self.display = display; self.displayTranslations = displayTranslations
    }

    enum CodingKeys: String, CodingKey {
        case system, code, display
        case displayTranslations = "_display"
    }
}

public struct FHIRCodeableConcept: Codable, Hashable, Sendable {
    public var coding: [FHIRCoding]
    public var text: String?
    public init(coding: [FHIRCoding], text: String? = nil) { self.coding = coding; self.text = text }
}

/// A quantity with a UCUM code (`{"value": 64, "unit": "in", "system": "http://unitsofmeasure.org", "code": "[in_i]"}`).
public struct FHIRQuantity: Codable, Hashable, Sendable {
    public var value: Double
    public var unit: String
    public var system: String
    public var code: String
    public static let ucumSystem = "http://unitsofmeasure.org"
    public init(value: Double, unit: String, code: String) {
        self.value = value; self.unit = unit; self.system = FHIRQuantity.ucumSystem; self.code = code
    }
}

/// One `value[x]` (or `answer[x]`): exactly one member is set.
public struct FHIRValue: Hashable, Sendable {
    public var boolean: Bool?
    public var integer: Int?
    public var decimal: Double?
    public var date: String?
    public var string: String?
    public var coding: FHIRCoding?
    public var quantity: FHIRQuantity?
    public var code: String?
    public var codeableConcept: FHIRCodeableConcept?

    public init(boolean: Bool? = nil, integer: Int? = nil, decimal: Double? = nil, date: String? = nil,
                string: String? = nil, coding: FHIRCoding? = nil, quantity: FHIRQuantity? = nil, code: String? = nil,
                codeableConcept: FHIRCodeableConcept? = nil) {
        self.boolean = boolean; self.integer = integer; self.decimal = decimal; self.date = date
        self.string = string; self.coding = coding; self.quantity = quantity; self.code = code
        self.codeableConcept = codeableConcept
    }

    /// The FHIR type suffix of the member that is set (`Boolean`, `Coding`, `Quantity`...).
    public var typeName: String? {
        if boolean != nil { return "Boolean" }
        if integer != nil { return "Integer" }
        if decimal != nil { return "Decimal" }
        if date != nil { return "Date" }
        if string != nil { return "String" }
        if coding != nil { return "Coding" }
        if quantity != nil { return "Quantity" }
        if code != nil { return "Code" }
        if codeableConcept != nil { return "CodeableConcept" }
        return nil
    }

    /// Encodes the members under `prefix` + type (`valueBoolean`, `answerCoding`).
    func encode(to encoder: Encoder, prefix: String) throws {
        var container = encoder.container(keyedBy: FHIRKey.self)
        try container.encodeIfPresent(boolean, forKey: FHIRKey(prefix + "Boolean"))
        try container.encodeIfPresent(integer, forKey: FHIRKey(prefix + "Integer"))
        try container.encodeIfPresent(decimal, forKey: FHIRKey(prefix + "Decimal"))
        try container.encodeIfPresent(date, forKey: FHIRKey(prefix + "Date"))
        // free text from the record: no C0/C1 control, bidi override or U+2028/2029 in the export
        try container.encodeIfPresent(string.map { Sanitizer.clean($0, keepNewlines: true) }, forKey: FHIRKey(prefix + "String"))
        try container.encodeIfPresent(coding, forKey: FHIRKey(prefix + "Coding"))
        try container.encodeIfPresent(quantity, forKey: FHIRKey(prefix + "Quantity"))
        try container.encodeIfPresent(code, forKey: FHIRKey(prefix + "Code"))
        try container.encodeIfPresent(codeableConcept, forKey: FHIRKey(prefix + "CodeableConcept"))
    }

    init(from decoder: Decoder, prefix: String) throws {
        let container = try decoder.container(keyedBy: FHIRKey.self)
        self.init(
            boolean: try container.decodeIfPresent(Bool.self, forKey: FHIRKey(prefix + "Boolean")),
            integer: try container.decodeIfPresent(Int.self, forKey: FHIRKey(prefix + "Integer")),
            decimal: try container.decodeIfPresent(Double.self, forKey: FHIRKey(prefix + "Decimal")),
            date: try container.decodeIfPresent(String.self, forKey: FHIRKey(prefix + "Date")),
            string: try container.decodeIfPresent(String.self, forKey: FHIRKey(prefix + "String")),
            coding: try container.decodeIfPresent(FHIRCoding.self, forKey: FHIRKey(prefix + "Coding")),
            quantity: try container.decodeIfPresent(FHIRQuantity.self, forKey: FHIRKey(prefix + "Quantity")),
            code: try container.decodeIfPresent(String.self, forKey: FHIRKey(prefix + "Code")),
            codeableConcept: try container.decodeIfPresent(FHIRCodeableConcept.self, forKey: FHIRKey(prefix + "CodeableConcept")))
    }
}

struct FHIRKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// `Extension` with a `value[x]`.
public struct FHIRExtension: Codable, Hashable, Sendable {
    public var url: String
    public var value: FHIRValue

    public init(url: String, value: FHIRValue) { self.url = url; self.value = value }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: FHIRKey.self)
        try container.encode(url, forKey: FHIRKey("url"))
        try value.encode(to: encoder, prefix: "value")
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: FHIRKey.self)
        url = try container.decode(String.self, forKey: FHIRKey("url"))
        value = try FHIRValue(from: decoder, prefix: "value")
    }
}

/// `answerOption` and `QuestionnaireResponse.item.answer`: a `value[x]`, and for answers nested items.
public struct FHIRAnswer: Codable, Hashable, Sendable {
    public var value: FHIRValue
    /// On a medication name sent as its generic: the name as typed (`typed-name`), when it differs.
    public var `extension`: [FHIRExtension]?
    public init(value: FHIRValue, extension: [FHIRExtension]? = nil) { self.value = value; self.extension = `extension` }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: FHIRKey.self)
        try container.encodeIfPresent(`extension`, forKey: FHIRKey("extension"))
        try value.encode(to: encoder, prefix: "value")
    }
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: FHIRKey.self)
        `extension` = try container.decodeIfPresent([FHIRExtension].self, forKey: FHIRKey("extension"))
        value = try FHIRValue(from: decoder, prefix: "value")
    }
}

/// Extension URLs used by the mapping (FHIR core and SDC), and the names of our own (under the
/// clinic's base URL: `FHIRSettings.extensionURL(_:)`).
public enum FHIRExtensionURL {
    public static let unitOption = "http://hl7.org/fhir/StructureDefinition/questionnaire-unitOption"
    public static let minValue = "http://hl7.org/fhir/StructureDefinition/minValue"
    public static let maxValue = "http://hl7.org/fhir/StructureDefinition/maxValue"
    public static let minLength = "http://hl7.org/fhir/StructureDefinition/minLength"
    public static let hidden = "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden"
    /// FHIR SDC: the question in a few words, for a summary of the answers (the printed sheet's labels).
    public static let shortText = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-shortText"
    public static let itemControl = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl"
    /// Who answers the item: `patient` or `staff`.
    public static let audienceName = "audience"
    /// The JSON Pointer of the record field the item is bound to.
    public static let recordPointerName = "record-pointer"
}
