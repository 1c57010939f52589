#!/usr/bin/env python3
"""One-off extraction of the thirteen string tables into the catalog's PO files.

Input: the JSON lines written by a dump of every table (section, key, English text).
Output: Sources/Catalog/Translations/intake.pot (every key, English msgid) and es.po (the same
entries, msgstr empty). Positional placeholders ({1}, {2} ... or {0}, {1} ... in validation texts)
become the names listed in catalog-placeholder-names.json, so the catalog has one style, {name}.
Kept in the repository to show where the template came from; the PO files are the source now.
"""
import json
import re
import sys

WHERE = {
    "questionnaire": "Questionnaire (screen, line mode, sheet, FHIR export): a step's title or help, a question's caption "
                     "('questionnaire.<linkId>'), its help ('.help'), an option's label ('=<code>'), or words for a record field ('words/...').",
    "ui": "Terminal toolkit: key labels in the status bar and help screen, widget messages, terminal set-up messages.",
    "shell": "Front-desk shell: home list, lock screen, sign-in, save/print messages, conflict and take-over dialogs.",
    "screen": "Intake screens: window title, side panel, step list, groups, summary screen lines.",
    "session": "Intake session: step indicator, messages shown under a field when an answer does not fit, dates in words, "
               "the emergency alert box.",
    "lineMode": "Line-by-line (accessible) mode: prompts, answer formats, command words typed by the user, help.",
    "sheet": "Printed intake sheet (text and PDF): headers, value lines, tables, legends.",
    "validation": "Record validation message (after the field's name, e.g. 'Height: must be between 50 and 250 cm'); "
                  "shown on screen, by 'intake assess' and 'intake import'.",
    "validation.withoutValues": "Record validation message for logs and standard error: the same message with every "
                                "patient value left out.",
    "assessment": "Assessment engine: warnings under 'Please check' in every summary (screen, line mode, CLI, sheet).",
    "assessment.alert": "Assessment: a medication alert's message, by rule ID.",
    "assessment.recommendation": "Assessment: a recommendation, by recommendation ID.",
    "assessment.notice": "Assessment: a notice at the end of every summary.",
    "assessment.redFlagQuestion": "Assessment: a red-flag question in a few plain words, in 'not asked' warnings and in the "
                                  "list of questions staff must still ask.",
    "assessment.rule": "Assessment: a rule's short name, shown after its ID ('RF-CES: possible cauda equina syndrome').",
    "assessment.dxaRecommendation": "Assessment: the DXA recommendation with the report kind in words.",
    "report": "Intake report (summary screen, line mode, 'intake assess', sheet).",
    "report.urgency": "Intake report: the urgency banner of a tier.",
    "report.level": "Intake report: a finding's level.",
    "report.reason": "Intake report: a red flag's reason in words, after 'because'.",
    "report.note": "Intake report: a note on a medication alert.",
    "report.dxaReport": "Intake report: the DXA report kind, in 'indicated (report as ...)'.",
    "report.costUnit": "Intake report: what a price is for, after the price.",
    "report.scoreClass": "Intake report: a bone density score class.",
    "report.label": "Intake report: a section or line label.",
    "store": "Database messages to staff (screen and command line).",
    "cli.assess": "'intake assess' readable summary: detail line labels.",
    "cli.assess.ostCategory": "'intake assess' readable summary: OST risk category.",
    "cli.store": "'intake list', 'audit', 'import' and 'export' output and messages.",
}

MEANING = {
    "field": "the field's caption", "count": "a number", "range": "the allowed range with its unit",
    "name": "a person's or medicine's name", "date": "a date as the clinic writes it", "pattern": "the date pattern (DD/MM/YYYY)",
    "id": "the intake ID", "example": "an example answer", "value": "the value as typed or sent", "age": "an age in years",
    "path": "a database file path", "n": "a number", "desk": "a desk and user name", "number": "a number",
    "max": "a largest number", "min": "a smallest number", "allowed": "the allowed values, comma-separated", "unit": "a unit (kg, cm)",
    "total": "a total", "reason": "why it failed, already in words", "kind": "a kind of value (text, number, list)",
    "caption": "the question's caption", "time": "a time of day", "score": "a score", "risk": "a risk level in words",
    "file": "a file name", "entry": "a list entry in words", "dose": "a dose with its unit", "days": "a number of days",
    "cm": "centimetres", "typed": "what the user typed", "rule": "a rule ID (RF-CES)", "questions": "question or questions",
    "message": "a message, already in words", "loss": "a height loss with its unit", "list": "a list's caption",
    "what": "what the age is of (age at fracture)", "visit": "the visit date", "title": "a step's title",
    "term": "the TERM value", "status": "a status in words", "rules": "rule IDs, comma-separated", "reasons": "reasons in words",
    "query": "the search text", "month": "a month name or number", "months": "a number of months", "key": "a record key",
    "detail": "a technical detail", "holder": "a desk and user name", "fields": "field captions, comma-separated",
}

def where(section, key):
    if section != "questionnaire":
        return WHERE[section]
    if key.startswith("step."):
        step = key.split(".")[1]
        return f"Questionnaire: the {'help' if key.endswith('.help') else 'title'} of the step '{step}' (step list, headings, sheet)."
    if key.startswith("words"):
        return "Questionnaire: words for a part of the record no question names, in messages ('Height and weight: ...')."
    if "=" in key:
        link, code = key.split("=", 1)
        return f"Questionnaire: the label of answer option '{code}' of the question '{link}' (screen, line mode, sheet, FHIR)."
    if key.endswith(".help"):
        return f"Questionnaire: the help (F1, '?') of the question '{key[:-5]}'."
    if key.endswith(".entry") or key.endswith(".entry-named"):
        return "Questionnaire: how one entry of a list is called in messages and on the sheet."
    return f"Questionnaire: the caption of the question '{key}' (screen, line mode, sheet, FHIR)."

def po_string(text):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return '"' + escaped + '"'

def main(dump_path, names_path, out_dir):
    names = json.load(open(names_path))
    used = set()
    entries = []
    for line in open(dump_path):
        if not line.strip():
            continue
        row = json.loads(line)
        key = row["section"] + "." + row["key"]
        text = row["text"]
        base = 0 if row["section"].startswith("validation") else 1
        positional = sorted(set(int(n) for n in re.findall(r"\{([0-9])\}", text)))
        if positional:
            if key not in names:
                sys.exit(f"no placeholder names for {key}: {text!r}")
            used.add(key)
            given = names[key]
            for n in positional:
                if n - base >= len(given):
                    sys.exit(f"{key}: no name for {{{n}}}")
            text = re.sub(r"\{([0-9])\}", lambda m: "{" + given[int(m.group(1)) - base] + "}", text)
        section = row["section"]
        entries.append((key, text, where(section, row["key"])))
    unused = set(names) - used
    if unused:
        sys.exit(f"names given for keys without positional placeholders: {sorted(unused)}")
    header = ('msgid ""\nmsgstr ""\n"Project-Id-Version: OsteoIntake\\n"\n"MIME-Version: 1.0\\n"\n'
              '"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n')
    def write(path, language):
        with open(path, "w") as f:
            f.write("# OsteoIntake: every text a person reads. msgctxt is the key the program uses; msgid the English text.\n")
            f.write("# Keep every {name} placeholder of msgid in msgstr (their order may change). See Sources/Catalog/Catalog.docc.\n")
            f.write(header)
            if language:
                f.write(f'"Language: {language}\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n')
            for key, text, where in entries:
                f.write("\n#. " + where + "\n")
                placeholders = list(dict.fromkeys(re.findall(r"\{([A-Za-z][A-Za-z0-9]*)\}", text)))
                if placeholders:
                    f.write("#. Placeholders: " + "; ".join("{" + p + "}" + (" = " + MEANING[p] if p in MEANING else "")
                                                             for p in placeholders) + "\n")
                f.write(f"msgctxt {po_string(key)}\nmsgid {po_string(text)}\nmsgstr \"\"\n")
    write(out_dir + "/intake.pot", None)
    write(out_dir + "/es.po", "es")
    print(f"{len(entries)} entries")

if __name__ == "__main__":
    main(*sys.argv[1:4])
