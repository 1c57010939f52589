import Catalog
import Foundation
import IntakeModel
import IntakeTestSupport
import Questionnaire
import Testing

/// Issue 15 item 5: the exported Questionnaire carries its Spanish (or English) texts in the FHIR
/// core `translation` extension, and every QuestionnaireResponse says the patient's language.
@Suite("FHIR texts in both languages")
struct FHIRTranslationTests {
    static let url = "http://hl7.org/fhir/StructureDefinition/translation"

    /// Every item of the questionnaire, nested ones included.
    static func allItems(_ items: [FHIRQuestionnaire.Item]) -> [FHIRQuestionnaire.Item] {
        items.flatMap { [$0] + allItems($0.item ?? []) }
    }

    @Test("an English Questionnaire gives every item text, option display and the title in Spanish too")
    func englishCarriesSpanish() throws {
        let questionnaire = FHIRQuestionnaire(.intake, language: .english)
        #expect(questionnaire.language == "en")
        #expect(questionnaire.titleTranslations?.content(.spanish) == "Cuestionario de admisión de OsteoIntake")
        let items = Self.allItems(questionnaire.item)
        #expect(items.count > 50)
        for item in items where item.text != nil {
            #expect(item.textTranslations?.content(.spanish)?.isEmpty == false, "\(item.linkId) has no Spanish text")
        }
        let height = try #require(items.first { $0.linkId == "body.height" })
        let heightItem = try #require(QuestionnaireDefinition.intake.item(linkId: "body.height"))
        #expect(height.text == heightItem.caption(.english))
        #expect(height.textTranslations?.content(.spanish) == heightItem.caption(.spanish))
        #expect(heightItem.caption(.spanish) != heightItem.caption(.english))
        // an option's display, ours and a standard one (smoking status is SNOMED CT)
        for linkId in ["patient.sex", "history.smoking"] {
            let source = try #require(QuestionnaireDefinition.intake.item(linkId: linkId))
            let options = try #require(items.first { $0.linkId == linkId }?.answerOption)
            for option in options.compactMap(\.value.coding) where option.code != FHIRQuestionnaire.noneOfTheseCode {
                #expect(option.displayTranslations?.content(.spanish) == source.optionLabel(ourCode(option, linkId), .spanish),
                        "\(linkId) \(option.code)")
            }
        }
        let help = try #require(items.first { $0.linkId.hasSuffix(".help") })
        #expect(help.textTranslations?.content(.spanish) != nil)
    }

    /// Our option code of a coding the Questionnaire sends (standard codings map back).
    func ourCode(_ coding: FHIRCoding, _ linkId: String) -> String {
        StandardCodes.ourCode(for: coding, of: linkId) ?? coding.code
    }

    @Test("the JSON has the core extension shape: _text, _display and _title with lang and content")
    func jsonShape() throws {
        let data = try FHIRQuestionnaire(.intake, language: .english).jsonData()
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let title = try #require((json["_title"] as? [String: Any])?["extension"] as? [[String: Any]])
        #expect(title.first?["url"] as? String == Self.url)
        let parts = try #require(title.first?["extension"] as? [[String: Any]])
        #expect(parts.first { $0["url"] as? String == "lang" }?["valueCode"] as? String == "es")
        #expect(parts.first { $0["url"] as? String == "content" }?["valueString"] as? String != nil)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"_text\" : {") && text.contains("\"_display\" : {"))
        // and it reads back into the same translations
        let back = try JSONDecoder().decode(FHIRQuestionnaire.self, from: data)
        #expect(Self.allItems(back.item).compactMap(\.textTranslations) == Self.allItems(FHIRQuestionnaire().item).compactMap(\.textTranslations))
    }

    @Test("a Spanish Questionnaire reads in Spanish and carries the English texts as translations")
    func spanishCarriesEnglish() throws {
        let questionnaire = FHIRQuestionnaire(.intake, language: .spanish)
        #expect(questionnaire.language == "es")
        #expect(questionnaire.title == "Cuestionario de admisión de OsteoIntake")
        #expect(questionnaire.titleTranslations?.content(.english) == "OsteoIntake intake")
        let height = try #require(Self.allItems(questionnaire.item).first { $0.linkId == "body.height" })
        let source = try #require(QuestionnaireDefinition.intake.item(linkId: "body.height"))
        #expect(height.text == source.caption(.spanish))
        #expect(height.textTranslations?.content(.english) == source.caption(.english))
        #expect(height.textTranslations?.content(.spanish) == nil)
    }

    @Test("a QuestionnaireResponse carries the record's patient.language, else en",
          arguments: [("es", "es"), ("es-MX", "es-MX"), ("en", "en"), (nil, "en")] as [(String?, String)])
    func responseLanguage(recorded: String?, sent: String) throws {
        var record = try SharedExamples.record(SharedExamples.validNames[0])
        record.patient = record.patient ?? Patient()
        record.patient?.language = recorded
        let response = FHIRQuestionnaireResponse(record: record, status: .completed)
        #expect(response.language == sent)
        let json = String(decoding: try response.jsonData(), as: UTF8.self)
        #expect(json.contains("\"language\" : \"\(sent)\""))
        #expect(try FHIRResponseReader.record(from: try response.jsonData()) == record)
    }

    @Test("import ignores translation extensions a form filler put on a response's texts and displays")
    func importIgnoresTranslations() throws {
        for name in SharedExamples.validNames {
            let record = try SharedExamples.record(name)
            let data = try FHIRQuestionnaireResponse(record: record, status: .completed).jsonData()
            var json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let translation: [String: Any] = ["extension": [["url": Self.url, "extension": [
                ["url": "lang", "valueCode": "es"], ["url": "content", "valueString": "texto"]]]]]
            func translated(_ items: [[String: Any]]) -> [[String: Any]] {
                items.map { item in
                    var item = item
                    item["_text"] = translation
                    item["answer"] = (item["answer"] as? [[String: Any]])?.map { answer in
                        var answer = answer
                        if var coding = answer["valueCoding"] as? [String: Any] {
                            coding["_display"] = translation
                            answer["valueCoding"] = coding
                        }
                        if let nested = answer["item"] as? [[String: Any]] { answer["item"] = translated(nested) }
                        return answer
                    }
                    if let nested = item["item"] as? [[String: Any]] { item["item"] = translated(nested) }
                    return item
                }
            }
            json["item"] = translated(json["item"] as? [[String: Any]] ?? [])
            let marked = try JSONSerialization.data(withJSONObject: json)
            #expect(String(decoding: marked, as: UTF8.self).contains("_display"))
            #expect(try FHIRResponseReader.record(from: marked) == record, "\(name)")
        }
    }

    @Test("a question with a short label carries it as the SDC shortText extension, in the Questionnaire's language")
    func shortText() throws {
        let url = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-shortText"
        for (language, label) in [(Language.english, "Onset"), (.spanish, "Inicio")] {
            let items = Self.allItems(FHIRQuestionnaire(.intake, language: language).item)
            let onset = try #require(items.first { $0.linkId == "symptoms.onset" })
            #expect(onset.extension?.first { $0.url == url }?.value.string == label)
            let smoking = try #require(items.first { $0.linkId == "history.smoking" })
            #expect(smoking.extension?.contains { $0.url == url } == false, "a caption short already has none")
        }
    }
}

