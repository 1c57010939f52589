"""Checks a FHIR Bundle exported by `intake export ID --format fhir-bundle`.

usage: check_bundle.py BUNDLE.json STANDARD_CODES.md
(a Questionnaire or a lone QuestionnaireResponse is checked for 1 and, for the response, 2)
Prints one line per problem and exits 1 when there are any; exits 2 when fhir.resources is missing.
1. The Bundle, and each resource in it, loads into the fhir.resources R4B models.
2. Every reference resolves inside the bundle (a fullUrl of an entry) or to a contained resource.
3. Every answered item whose concept the code table gives a LOINC or SNOMED CT code has an
   Observation with that coding, about the patient; every answered option with a standard code is
   answered with that coding, never with our own code.
4. Every medicine of the response has one MedicationStatement, in order: about the bundle's
   Patient, derived from the response, named by the generic name the response sends (the typed
   name where the vocabulary does not know it), its status from the answer (current -> active,
   past -> completed, planned -> intended, none -> active: the format reads it as current), and
   coded with the RxNorm ingredient the table's "RxNorm ingredient codes" gives that name, or with
   no RxNorm coding where the table gives none.
5. A Questionnaire carries every text in the other language (Spanish for an English one) with the
   core translation extension (lang, content): its title, every item's text and every answer
   option's display (medicine names are names, sent as they are). Every QuestionnaireResponse
   says the language the patient answered in.
"""
import json
import re
import sys

try:
    from fhir.resources.R4B.bundle import Bundle
    from fhir.resources.R4B.questionnaire import Questionnaire
    from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse
except ImportError as error:  # the test must fail, not skip
    print(f"fhir.resources (R4B) is not installed: {error}; .ci/run installs it")
    sys.exit(2)

RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
SYSTEMS = {"LOINC": "http://loinc.org", "SNOMED CT": "http://snomed.info/sct",
           "administrative-gender": "http://hl7.org/fhir/administrative-gender"}


def code_table(path):
    items, options = {}, {}
    for line in open(path, encoding="utf-8"):
        if not line.startswith("| `"):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        link_id = cells[0].strip("`")
        coded = next(((SYSTEMS[name], cells[2][len(name) + 1:].split(" ")[0]) for name in SYSTEMS
                      if cells[2].startswith(name + " ")), None)
        if cells[1].startswith("`"):
            options[(link_id, cells[1].strip("`"))] = coded
        elif coded:
            items[link_id] = coded
    return items, options


def rxnorm_table(path):
    """sent generic name -> RXCUI, from the section "### RxNorm ingredient codes" of the code table."""
    text = open(path, encoding="utf-8").read()
    section = text.split("### RxNorm ingredient codes", 1)[1].split("\n### ", 1)[0]
    codes = {}
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("| ") and len(cells) >= 3 and cells[1].isdigit():
            codes[cells[0]] = cells[1]
    return codes


def all_items(item_list):
    for item in item_list:
        yield item
        yield from all_items(item.get("item", []))


def answer_of(group, link_id):
    """The first answer of the item link_id inside one entry of a repeating group, or None."""
    for item in all_items(group.get("item", [])):
        if item["linkId"] == link_id and item.get("answer"):
            return item["answer"][0]
    return None


TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation"
LANGUAGES = {"en", "es"}


def translations(companion):
    """lang -> content of the translation extensions on a _text/_display/_title companion."""
    found = {}
    for extension in (companion or {}).get("extension", []):
        if extension.get("url") != TRANSLATION:
            continue
        parts = {part.get("url"): part for part in extension.get("extension", [])}
        lang = parts.get("lang", {}).get("valueCode")
        content = parts.get("content", {}).get("valueString")
        if lang and content:
            found[lang] = content
    return found


def translation_problems(questionnaire):
    """Every text of the Questionnaire without its translation into the other language(s)."""
    wanted = LANGUAGES - {questionnaire.get("language", "en")}
    problems = []

    def check(owner, field, where):
        if field in owner and not wanted <= set(translations(owner.get("_" + field))):
            problems.append(f"{where}: its {field} has no translation into {', '.join(sorted(wanted))}")

    check(questionnaire, "title", "the Questionnaire")
    for item in all_items(questionnaire.get("item", [])):
        check(item, "text", item["linkId"])
        if item["linkId"] == "medications.name":
            continue
        for option in item.get("answerOption", []):
            coding = option.get("valueCoding")
            if coding:
                check(coding, "display", f"{item['linkId']} option {coding.get('code')}")
    return problems


def main():
    bundle_path, table_path = sys.argv[1], sys.argv[2]
    data = json.load(open(bundle_path, encoding="utf-8"))
    problems = []
    kind = data.get("resourceType")
    model = {"Bundle": Bundle, "Questionnaire": Questionnaire, "QuestionnaireResponse": QuestionnaireResponse}.get(kind)
    if model is None:
        print(f"a {kind}, not a Bundle, Questionnaire or QuestionnaireResponse")
        sys.exit(1)
    try:
        model.parse_obj(data)
    except Exception as error:  # pydantic's validation error lists every field
        problems.append(f"the {kind} does not load into the R4B models: {error}")
    if kind == "Questionnaire":
        problems += translation_problems(data)
    if kind == "QuestionnaireResponse" and not data.get("language"):
        problems.append("the QuestionnaireResponse does not say the patient's language")
    if kind != "Bundle":
        # a lone resource: its references point to what it contains
        if kind == "QuestionnaireResponse":
            contained = {"#" + c.get("id", "") for c in data.get("contained", [])}
            if data.get("subject", {}).get("reference") not in contained:
                problems.append("the response's subject is not its contained Patient")
        for problem in problems:
            print(problem)
        sys.exit(1 if problems else 0)

    full_urls = {entry["fullUrl"] for entry in data.get("entry", [])}

    def empties(value, path):
        # FHIR JSON never has an empty array, object or string
        if value in ([], {}, ""):
            problems.append(f"{path} is empty")
        elif isinstance(value, dict):
            for key, inner in value.items():
                empties(inner, f"{path}.{key}")
        elif isinstance(value, list):
            for index, inner in enumerate(value):
                empties(inner, f"{path}[{index}]")

    empties(data, "Bundle")

    def references(value, resource):
        if isinstance(value, dict):
            for key, inner in value.items():
                if key == "reference" and isinstance(inner, str):
                    contained = {"#" + c.get("id", "") for c in resource.get("contained", [])}
                    if inner not in full_urls and inner not in contained:
                        problems.append(f"{resource['resourceType']}: reference {inner} resolves to nothing in the bundle")
                else:
                    references(inner, resource)
        elif isinstance(value, list):
            for inner in value:
                references(inner, resource)

    resources = [entry["resource"] for entry in data.get("entry", [])]
    for resource in resources:
        references(resource, resource)
    patients = [e["fullUrl"] for e in data["entry"] if e["resource"]["resourceType"] == "Patient"]
    if len(patients) != 1:
        problems.append(f"{len(patients)} Patient resources, not 1")
    for resource in resources:
        if resource["resourceType"] != "Patient" and resource.get("subject", {}).get("reference") not in patients:
            problems.append(f"{resource['resourceType']} is not about the bundle's Patient")

    items, options = code_table(table_path)
    responses = [r for r in resources if r["resourceType"] == "QuestionnaireResponse"]
    observed = {(c.get("system"), c.get("code")) for r in resources if r["resourceType"] == "Observation"
                for c in r["code"]["coding"]}

    def answered(item_list):
        for item in item_list:
            if item.get("answer"):
                yield item
            yield from answered(item.get("item", []))

    for response in responses:
        if not response.get("language"):
            problems.append("a QuestionnaireResponse does not say the patient's language")
    standard_by_ours = {key: value for key, value in options.items() if value}
    checked = 0
    for response in responses:
        for item in answered(response.get("item", [])):
            link_id = item["linkId"]
            if link_id in items and not link_id.startswith("patient."):
                checked += 1
                if items[link_id] not in observed:
                    problems.append(f"{link_id}: answered, but no Observation coded {items[link_id]}")
            for answer in item["answer"]:
                coding = answer.get("valueCoding")
                if not coding:
                    continue
                standard = standard_by_ours.get((link_id, coding["code"]))
                if standard and (coding.get("system"), coding["code"]) != standard:
                    problems.append(f"{link_id}: answered with our code {coding['code']}, not {standard_by_ours[(link_id, coding['code'])]}")
                if any(value == (coding.get("system"), coding["code"]) for (lid, _), value in standard_by_ours.items() if lid == link_id):
                    checked += 1
    statements = [r for r in resources if r["resourceType"] == "MedicationStatement"]
    response_urls = [e["fullUrl"] for e in data["entry"] if e["resource"]["resourceType"] == "QuestionnaireResponse"]
    medicines = [item for response in responses for item in all_items(response.get("item", []))
                 if item["linkId"] == "medications" and item.get("item")]
    named = [(answer_of(m, "medications.name"), answer_of(m, "medications.status")) for m in medicines]
    named = [(name, status) for name, status in named if name]
    if len(statements) != len(named):
        problems.append(f"{len(named)} medicines in the response, {len(statements)} MedicationStatement resources")
    rxnorm = rxnorm_table(table_path)
    statuses = {"current": "active", "past": "completed", "planned": "intended", None: "active"}
    for statement, (name, status) in zip(statements, named):
        sent = name.get("valueCoding", {}).get("code") or name.get("valueString")
        text = statement.get("medicationCodeableConcept", {}).get("text")
        if text != sent:
            problems.append(f"MedicationStatement names {text!r}; the response sends {sent!r}")
        coded = [c.get("code") for c in statement.get("medicationCodeableConcept", {}).get("coding", [])
                 if c.get("system") == RXNORM]
        if coded != ([rxnorm[text]] if text in rxnorm else []):
            problems.append(f"MedicationStatement {text!r} has RxNorm codes {coded}, the table gives {rxnorm.get(text)}")
        want = statuses.get(status.get("valueCoding", {}).get("code") if status else None)
        if statement.get("status") != want:
            problems.append(f"MedicationStatement {text!r} has status {statement.get('status')}, not {want}")
        derived = [ref.get("reference") for ref in statement.get("derivedFrom", [])]
        if derived != response_urls:
            problems.append(f"MedicationStatement {text!r} is not derived from the response: {derived}")
    for problem in problems:
        print(problem)
    print(f"checked {checked} coded answers and {len(statements)} medication statements", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
