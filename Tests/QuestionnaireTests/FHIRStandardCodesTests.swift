import Foundation
import IntakeModel
import Questionnaire
import Testing

/// The code table of the module documentation (Questionnaire.docc/StandardCodes.md), read as data.
struct CodeTable {
    /// linkId -> "system code" (LOINC/SNOMED CT), nil for "no standard code confirmed".
    var items: [String: (system: String, code: String)?] = [:]
    /// (linkId, our code) -> (system, code)
    var options: [String: (system: String, code: String)] = [:]

    static let systems = ["LOINC": StandardCodes.loinc, "SNOMED CT": StandardCodes.snomed,
                          "administrative-gender": StandardCodes.administrativeGender]

    static func load() throws -> CodeTable {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Questionnaire/Questionnaire.docc/StandardCodes.md")
        var table = CodeTable()
        func coded(_ cell: String) -> (system: String, code: String)? {
            for (name, system) in systems where cell.hasPrefix(name + " ") {
                return (system, String(cell.dropFirst(name.count + 1).split(separator: " ")[0]))
            }
            return nil
        }
        for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let linkId = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            if cells[1].hasPrefix("`") {
                table.options[linkId + "=" + cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))] = coded(cells[2])
            } else {
                table.items[linkId] = coded(cells[2])
            }
        }
        return table
    }
}

@Suite("Standard codes, web URLs and real limits in the FHIR Questionnaire")
struct FHIRStandardCodesTests {
    func questionnaireItems() throws -> [String: [String: Any]] {
        let json = try #require(try JSONSerialization.jsonObject(with: FHIRQuestionnaire().jsonData()) as? [String: Any])
        var items: [String: [String: Any]] = [:]
        func visit(_ item: [String: Any]) {
            items[item["linkId"] as? String ?? ""] = item
            (item["item"] as? [[String: Any]] ?? []).forEach(visit)
        }
        (json["item"] as? [[String: Any]] ?? []).forEach(visit)
        return items
    }

    @Test("every item is in the documented table, and carries exactly the item code the table gives it")
    func itemCodesMatchTheTable() throws {
        let table = try CodeTable.load()
        let items = try questionnaireItems()
        let linkIds = QuestionnaireDefinition.intake.allItems.map(\.linkId)
        #expect(linkIds.count == 99)
        #expect(Set(table.items.keys) == Set(linkIds), "the article lists every item once")
        var coded = 0
        for linkId in linkIds {
            let codes = (items[linkId]?["code"] as? [[String: Any]] ?? []).map { ($0["system"] as? String ?? "", $0["code"] as? String ?? "") }
            if let expected = table.items[linkId] ?? nil {
                coded += 1
                #expect(codes.count == 1 && codes[0] == expected, "\(linkId)")
            } else {
                #expect(codes.isEmpty, "\(linkId) has a code the table does not document")
            }
        }
        #expect(coded >= 20)
        #expect(table.items["labs.dialysis"]??.code == "105502003")
        #expect(table.items["symptoms.painScore"]??.code == "72514-3")
        #expect(table.items["body.height"]??.code == "8302-2")
        #expect(table.items["redFlags.unexplainedWeightLoss"]??.code == "422868009")
        #expect(table.items["symptoms.fatigue"]??.code == "84229001")
        #expect(table.items["symptoms.breathingDifficulty"]??.code == "267036007")
        #expect(table.items["body.kyphosis"]??.code == "414564002")
        #expect(table.items["redFlags.urinaryRetention"]??.code == "267064002")
        #expect(table.items["redFlags.pulsatileAbdominalMass"]??.code == "2981001")
        #expect(table.items["labs.hypocalcaemia"]??.code == "5291005")
        #expect(table.items["symptoms.numbness"] != nil && table.items["symptoms.numbness"]! == nil, "numbness or tingling: no one concept")
    }

    @Test("options with a standard concept are offered with the documented coding; the others with ours")
    func optionCodesMatchTheTable() throws {
        let table = try CodeTable.load()
        let items = try questionnaireItems()
        #expect(table.options.count >= 32)
        #expect(table.options["history.conditions=rheumatoid-arthritis"]?.code == "69896004")
        #expect(table.options["history.conditions=inflammatory-bowel-disease"]?.code == "24526004")
        #expect(table.options["history.conditions=parkinsons-disease"]?.code == "49049000")
        #expect(table.options["history.fractures.site=hip"]?.code == "263225007")
        #expect(table.options["history.fractures.site=humerus"]?.code == "66308002")
        #expect(table.options["history.fractures.site=wrist-or-forearm"] == nil, "no one concept for wrist or forearm")
        for (key, expected) in table.options {
            let parts = key.split(separator: "=").map(String.init)
            let offered = (items[parts[0]]?["answerOption"] as? [[String: Any]] ?? []).compactMap { $0["valueCoding"] as? [String: Any] }
            #expect(offered.contains { $0["system"] as? String == expected.system && $0["code"] as? String == expected.code }, "\(key)")
            #expect(!offered.contains { $0["code"] as? String == parts[1] && parts[1] != expected.code }, "\(key) still offered as ours")
        }
        let conditions = items["history.conditions"]?["answerOption"] as? [[String: Any]] ?? []
        let malabsorption = conditions.compactMap { $0["valueCoding"] as? [String: Any] }.first { $0["code"] as? String == "malabsorption" }
        #expect(malabsorption?["system"] as? String == FHIRSettings.default.codeSystem("history.conditions"))
        let coeliac = conditions.compactMap { $0["valueCoding"] as? [String: Any] }.first { $0["code"] as? String == "396331005" }
        #expect(coeliac?["system"] as? String == StandardCodes.snomed)
        let periods = (items["history.menopause.status"]?["answerOption"] as? [[String: Any]] ?? []).compactMap { $0["valueCoding"] as? [String: Any] }
        #expect(periods.map { $0["code"] as? String } == ["22636003", "perimenopausal", "76498008"])
        let hyperthyroidism = conditions.compactMap { $0["valueCoding"] as? [String: Any] }.first { $0["code"] as? String == "34486009" }
        #expect(hyperthyroidism?["system"] as? String == StandardCodes.snomed)
    }

    @Test("the article lists every fracture site, each with a standard coding or why it has none")
    func everyFractureSiteDocumented() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Questionnaire/Questionnaire.docc/StandardCodes.md")
        let rows = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").filter { $0.hasPrefix("| `history.fractures.site` | `") }
        let sites = rows.map { $0.split(separator: "|")[1].trimmingCharacters(in: CharacterSet(charactersIn: " `")) }
        #expect(Set(sites) == Set(FractureSite.allCases.map(\.rawValue)))
        #expect(rows.allSatisfy { $0.contains("SNOMED CT ") || $0.contains("no standard code") })
        #expect(rows.filter { $0.contains("| SNOMED CT ") }.count == 6)
    }

    @Test("the canonical, every extension and every own code system are http(s) URLs under the clinic's base")
    func webURLs() throws {
        let settings = FHIRSettings(baseURL: "https://fhir.riverside.example/r4", questionnaireVersion: "7")
        let text = String(decoding: try FHIRQuestionnaire(settings: settings).jsonData(), as: UTF8.self)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["url"] as? String == "https://fhir.riverside.example/r4/Questionnaire/intake")
        #expect(json["version"] as? String == "7")
        #expect(!text.replacingOccurrences(of: "urn:ietf:bcp:47", with: "").contains("urn:"))
        var urls: [String] = []
        // HL7's own translation extension (Spanish texts, with its sub-extensions `lang` and
        // `content`) and SDC's shortText are standard ones, not ours: counted, not held to the clinic's base.
        var translations = 0, shortTexts = 0
        func collect(_ value: Any) {
            if let object = value as? [String: Any] {
                if object["url"] as? String == "http://hl7.org/fhir/StructureDefinition/translation" { translations += 1; return }
                if object["url"] as? String == "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-shortText" { shortTexts += 1; return }
                if let url = object["url"] as? String, object["valueCode"] != nil || object["valueString"] != nil { urls.append(url) }
                object.values.forEach(collect)
            } else if let array = value as? [Any] { array.forEach(collect) }
        }
        collect(json)
        #expect(urls.count > 150)
        #expect(translations > 150)
        #expect(shortTexts > 40)
        #expect(urls.allSatisfy { $0.hasPrefix("https://fhir.riverside.example/r4/StructureDefinition/") }, "\(Set(urls))")
    }

    @Test("every minValue and maxValue is the validator's limit; a dose has no maxValue")
    func limitsAreTheValidators() throws {
        let items = try questionnaireItems()
        var checked = 0
        for item in QuestionnaireDefinition.intake.allItems {
            let extensions = items[item.linkId]?["extension"] as? [[String: Any]] ?? []
            func bound(_ name: String) -> Double? {
                guard let found = extensions.first(where: { ($0["url"] as? String)?.hasSuffix("/" + name) == true }) else { return nil }
                return (found["valueDecimal"] as? Double) ?? (found["valueInteger"] as? Int).map(Double.init)
            }
            guard let limit = item.limit, [.integer, .decimal, .scale].contains(item.type) else {
                #expect(bound("minValue") == nil && bound("maxValue") == nil, "\(item.linkId)")
                continue
            }
            checked += 1
            let step = 1 / pow(10, Double(limit.places))
            let minimum = try #require(bound("minValue"), "\(item.linkId)")
            #expect(minimum == limit.hardMinimum && limit.contains(raw: minimum) && !limit.contains(raw: minimum - step), "\(item.linkId)")
            if let maximum = bound("maxValue") {
                #expect(maximum == limit.hardMaximum && limit.contains(raw: maximum) && !limit.contains(raw: maximum + step), "\(item.linkId)")
                #expect(maximum < 1e9, "\(item.linkId)")
            } else {
                #expect(!limit.hasUpperBound && limit.contains(raw: 1e11), "\(item.linkId) has an upper bound but no maxValue")
            }
        }
        #expect(checked >= 12)
        let dose = items["medications.doseMgPerDay"]?["extension"] as? [[String: Any]] ?? []
        #expect(!dose.contains { ($0["url"] as? String)?.hasSuffix("/maxValue") == true })
    }
}
