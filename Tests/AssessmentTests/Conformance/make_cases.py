#!/usr/bin/env python3
"""Writes the conformance cases (NAME.json + NAME.expected.json) into this folder.

Every expected value below was derived by hand from shared/spec/intake-format.md (never from the
engine's output); this script only saves typing the repeated parts. Regenerate after an edit with
`python3 make_cases.py`, then check with `swift test --filter ConformanceCaseTests` and
`python3 shared/spec/check_assess.py .build/debug/intake Tests/AssessmentTests/Conformance --full`."""
import copy, json, os, sys

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
VISIT = "2025-10-06"

COST = {
    "REC-DXA": {"service": "DXA bone density scan", "provider": "radiology centers", "currency": "USD",
                "min": 125, "max": 300, "per": "scan"},
    "REC-OSTEO-MEDICATION": {"service": "Osteoporosis medications", "provider": "pharmacy/insurance",
                             "currency": "USD", "min": 20, "max": 500, "per": "month"},
    "REC-ENDOCRINOLOGY": {"service": "Endocrinologist consultation", "provider": "specialist clinics",
                          "currency": "USD", "min": 300, "max": 600, "per": "initial-visit"},
    "REC-PHYSIO": {"service": "Physical therapy", "provider": "rehabilitation centers", "currency": "USD",
                   "min": 75, "max": 150, "per": "session"},
}


def male(age=45, **extra):
    r = {"format": "osteo-intake/1", "visitDate": VISIT,
         "patient": {"sex": "male", "age": age},
         "body": {"height": {"value": 175, "unit": "cm"}, "weight": {"value": 75, "unit": "kg"}},
         "symptoms": {"daysAgo": 100, "onset": "gradual", "trigger": "none"}}
    r.update(extra)
    return r


def female(age=60, status="postmenopausal", menoAge=50, weight=64, height=160, **extra):
    meno = {"status": status}
    if menoAge is not None:
        meno["age"] = menoAge
    r = {"format": "osteo-intake/1", "visitDate": VISIT,
         "patient": {"sex": "female", "age": age},
         "body": {"height": {"value": height, "unit": "cm"}, "weight": {"value": weight, "unit": "kg"}},
         "history": {"menopause": meno},
         "symptoms": {"daysAgo": 100, "onset": "gradual", "trigger": "none"}}
    r.update(extra)
    return r


def expect(age, report, bmi=24.5, **fields):
    e = {"format": "osteo-intake-assessment/1", "age": age, "urgency": "routine", "redFlags": [],
         "dxa": {"indicated": False, "rules": [], "report": report},
         "spineImaging": {"indicated": False, "rules": []},
         "ost": None, "tScoreClass": None, "zScoreClass": None, "bmi": bmi,
         "heightLossCm": {"historical": None, "prospective": None}, "startBack": None,
         "medicationAlerts": [], "recommendations": [], "warnings": [],
         "notices": ["not-a-diagnosis"]}
    for k, v in fields.items():
        e[k] = v
    if e["dxa"]["rules"]:
        e["dxa"]["indicated"] = True
    if e["spineImaging"]["rules"]:
        e["spineImaging"]["indicated"] = True
    e["recommendations"] = [{"id": r, "costEstimate": COST[r]} if r in COST else {"id": r}
                            for r in e["recommendations"]]
    e["notices"] = [{"id": n} for n in e["notices"]]
    e["warnings"] = [{"path": p, "code": c} for p, c in e["warnings"]]
    return e


def dxa(report, *rules):
    return {"indicated": bool(rules), "rules": list(rules), "report": report}


def si(*rules):
    return {"indicated": bool(rules), "rules": list(rules)}


def rf(rule, tier, *because):
    return {"rule": rule, "tier": tier, "because": list(because)}


def alert(rule, priority, medication, *notes):
    return {"rule": rule, "priority": priority, "medication": medication, "notes": list(notes)}


def ost(index, category):
    return {"index": index, "category": category}


CASES = {}


def case(name, record, expected):
    record = copy.deepcopy(record)
    record.setdefault("id", name)
    expected = copy.deepcopy(expected)
    expected["id"] = name
    CASES[name] = (record, expected)


def rejected(name, record, *errors):
    case(name, record, {"format": "osteo-intake-assessment/1",
                        "errors": [{"path": p, "code": c} if c else {"path": p} for p, c in errors]})


def sym(**kw):
    s = {"daysAgo": 100, "onset": "gradual", "trigger": "none"}
    s.update(kw)
    if "startDate" in kw:
        del s["daysAgo"]
    return s


def hist(h, **kw):
    h = copy.deepcopy(h)
    h.update(kw)
    return h


MENO = {"menopause": {"status": "postmenopausal", "age": 50}}
SB_LOW = {f"item{i}": False for i in range(1, 9)}
SB_LOW["item9"] = "not-at-all"
T = "t-score"
Z = "z-score"
# ---------------------------------------------------------------- RF-FX (§6.1, §11.2)
# 2025-08-25 .. 2025-10-06 = 42 days: inside the inclusive 6-week window.
case("rffx-sudden-day-42-age-70", male(72, symptoms=sym(startDate="2025-08-25", onset="sudden")),
     expect(72, T, urgency="urgent", redFlags=[rf("RF-FX", "urgent", "sudden-onset-minor-or-no-trauma", "age-70-plus")],
            dxa=dxa(T, "DX-3", "DX-5"), spineImaging=si("SI-1"), ost=ost(0, "moderate"),
            recommendations=["REC-URGENT", "REC-DXA", "REC-SPINE-IMAGING"]))
case("rffx-sudden-day-43-outside-window", male(72, symptoms=sym(startDate="2025-08-24", onset="sudden")),
     expect(72, T, dxa=dxa(T, "DX-3"), ost=ost(0, "moderate"), recommendations=["REC-DXA"]))
case("rffx-major-trauma-gradual-old-episode", male(45, symptoms=sym(daysAgo=400, trigger="major-trauma")),
     expect(45, Z, urgency="emergency", redFlags=[rf("RF-FX", "emergency", "major-trauma")],
            dxa=dxa(Z, "DX-5"), spineImaging=si("SI-1"),
            recommendations=["REC-EMERGENCY", "REC-DXA", "REC-SPINE-IMAGING"]))
case("rffx-every-marker-age-55",
     female(55, weight=60, height=166,
            body={"height": {"value": 166, "unit": "cm"}, "weight": {"value": 60, "unit": "kg"},
                  "tallestAdultHeight": {"value": 170, "unit": "cm"}, "kyphosis": True},
            history=hist(MENO, fractures=[{"site": "wrist-or-forearm", "age": 52, "lowTrauma": True}]),
            medications=[{"name": "prednisolone", "doseMgPerDay": 5, "months": 3}],
            symptoms=sym(daysAgo=10, onset="sudden", trigger="cough-or-sneeze"),
            boneDensity={"lowestTScore": -2.5}),
     expect(55, T, bmi=21.8, urgency="urgent",
            redFlags=[rf("RF-FX", "urgent", "sudden-onset-minor-or-no-trauma", "known-osteoporosis",
                         "prior-fragility-fracture", "glucocorticoid", "height-loss-age-50-plus",
                         "kyphosis-age-50-plus")],
            dxa=dxa(T, "DX-2", "DX-5"), spineImaging=si("SI-1", "SI-2", "SI-4", "SI-5", "SI-7", "SI-8"),
            ost=ost(1, "low"), tScoreClass="osteoporosis", heightLossCm={"historical": 4.0, "prospective": None},
            medicationAlerts=[alert("MA-GC", "standard", "prednisolone")],
            recommendations=["REC-URGENT", "REC-DXA", "REC-SPINE-IMAGING", "REC-OSTEO-MEDICATION"]))
case("rffx-height-loss-and-kyphosis-under-50",
     female(48, menoAge=44,
            body={"height": {"value": 165, "unit": "cm"}, "weight": {"value": 70, "unit": "kg"},
                  "tallestAdultHeight": {"value": 170, "unit": "cm"}, "kyphosis": True},
            symptoms=sym(daysAgo=5, onset="sudden", trigger="lifting-or-bending")),
     expect(48, T, bmi=25.7, dxa=dxa(T, "DX-2"), spineImaging=si("SI-2", "SI-7"), ost=ost(4, "low"),
            heightLossCm={"historical": 5.0, "prospective": None},
            recommendations=["REC-DXA", "REC-SPINE-IMAGING"]))
case("rffx-fracture-age-omitted-counts-as-adult",
     male(60, history={"fractures": [{"site": "rib", "age": 16, "lowTrauma": True},
                                     {"site": "ankle", "age": 40, "lowTrauma": False},
                                     {"site": "humerus", "lowTrauma": True}]},
          symptoms=sym(daysAgo=3, onset="sudden")),
     expect(60, T, urgency="urgent",
            redFlags=[rf("RF-FX", "urgent", "sudden-onset-minor-or-no-trauma", "prior-fragility-fracture")],
            dxa=dxa(T, "DX-4", "DX-5"), spineImaging=si("SI-1", "SI-4"), ost=ost(3, "moderate"),
            recommendations=["REC-URGENT", "REC-DXA", "REC-SPINE-IMAGING"]))
case("rffx-childhood-vertebral-fracture-is-not-a-marker",
     male(60, history={"fractures": [{"site": "vertebra", "age": 16, "lowTrauma": True, "documented": True}]},
          symptoms=sym(daysAgo=3, onset="sudden")),
     expect(60, T, ost=ost(3, "moderate")))
case("si7-undocumented-vertebral-fracture",
     male(45, history={"fractures": [{"site": "vertebra", "age": 30, "lowTrauma": False}]}),
     expect(45, Z, spineImaging=si("SI-7"), recommendations=["REC-SPINE-IMAGING"]))

# ---------------------------------------------------------------- glucocorticoids (§4, §11.7)
case("gc-past-last-dose-exactly-12-months",
     male(45, medications=[{"name": "prednisone", "status": "past", "doseMgPerDay": 10, "months": 6,
                            "lastDoseDate": "2024-10-06"}],
          symptoms=sym(daysAgo=1, onset="sudden")),
     expect(45, Z, urgency="urgent", redFlags=[rf("RF-FX", "urgent", "sudden-onset-minor-or-no-trauma", "glucocorticoid")],
            dxa=dxa(Z, "DX-5"), spineImaging=si("SI-1", "SI-5"),
            medicationAlerts=[alert("MA-GC", "standard", "prednisone", "gc-high-dose")],
            recommendations=["REC-URGENT", "REC-DXA", "REC-SPINE-IMAGING"]))
case("gc-past-last-dose-over-12-months-still-dx5",
     male(45, medications=[{"name": "prednisone", "status": "past", "doseMgPerDay": 10, "months": 6,
                            "lastDoseDate": "2024-10-05"}],
          symptoms=sym(daysAgo=1, onset="sudden")),
     expect(45, Z, dxa=dxa(Z, "DX-5"), recommendations=["REC-DXA"]))
case("gc-past-without-last-dose-date",
     male(45, medications=[{"name": "prednisolone", "status": "past", "doseMgPerDay": 5, "months": 3}]),
     expect(45, Z, dxa=dxa(Z, "DX-5"), recommendations=["REC-DXA"],
            warnings=[("/medications/0", "missing-last-dose-date")]))
case("gc-equivalents-and-route",
     male(45, medications=[{"name": "dexamethasone", "doseMgPerDay": 0.75, "months": 3},
                           {"name": "hydrocortisone", "doseMgPerDay": 20, "months": 2},
                           {"name": "cortisone", "doseMgPerDay": 50, "months": 12, "route": "inhaled"},
                           {"name": "Medrol", "doseMgPerDay": 6, "months": 4}]),
     expect(45, Z, dxa=dxa(Z, "DX-5"), spineImaging=si("SI-5"),
            medicationAlerts=[alert("MA-GC", "standard", "dexamethasone, Medrol", "gc-high-dose")],
            recommendations=["REC-DXA", "REC-SPINE-IMAGING"]))
case("gc-below-5mg-or-3-months",
     male(45, medications=[{"name": "prednisolone", "doseMgPerDay": 4.99, "months": 12},
                           {"name": "methylprednisolone", "doseMgPerDay": 4, "years": 0.24}]),
     expect(45, Z))
case("warnings-missing-dose-and-duration",
     male(45, medications=[{"name": "prednisolone", "months": 6},
                           {"name": "prednisolone", "doseMgPerDay": 10},
                           {"name": "omeprazole"},
                           {"name": "alendronate"},
                           {"name": "heparin"},
                           {"name": "depo-provera"},
                           {"name": "teriparatide"},
                           {"name": "provera"},
                           {"name": "alendronate", "status": "planned"}]),
     expect(45, Z, dxa=dxa(Z, "DX-6"),
            medicationAlerts=[alert("MA-ANTICOAG", "standard", "heparin")],
            recommendations=["REC-DXA"],
            warnings=[("/medications/0", "missing-dose"), ("/medications/1", "missing-duration"),
                      ("/medications/2", "missing-duration"), ("/medications/3", "missing-duration"),
                      ("/medications/4", "missing-duration"), ("/medications/5", "missing-duration"),
                      ("/medications/6", "missing-duration")]))

# ---------------------------------------------------------------- RF-CES, NEURO, MSCC, MAL
case("rfces-both-legs-assumed-when-not-asked",
     male(45, symptoms=sym(radiation="both-legs"), redFlags={"saddleNumbness": False}),
     expect(45, Z, urgency="emergency", redFlags=[rf("RF-CES", "emergency", "bilateral-sciatica")],
            recommendations=["REC-EMERGENCY"], warnings=[("/redFlags/bilateralSciatica", "assumed")]))
case("rfces-both-legs-assumed-without-red-flag-screen",
     male(45, symptoms=sym(radiation="both-legs")),
     expect(45, Z, urgency="emergency", redFlags=[rf("RF-CES", "emergency", "bilateral-sciatica")],
            recommendations=["REC-EMERGENCY"], warnings=[("/redFlags/bilateralSciatica", "assumed")]))
case("rfces-bilateral-sciatica-answered-no",
     male(45, symptoms=sym(radiation="both-legs"), redFlags={"bilateralSciatica": False}),
     expect(45, Z))
case("rfmscc-because-order",
     male(45, history={"conditions": ["cancer"]},
          symptoms=sym(radiation="left-leg", numbness="right-leg"),
          redFlags={"saddleNumbness": True, "legWeakness": True, "gaitDisturbance": True}),
     expect(45, Z, urgency="emergency",
            redFlags=[rf("RF-CES", "emergency", "saddle-numbness"),
                      rf("RF-NEURO", "emergency", "leg-weakness", "gait-disturbance"),
                      rf("RF-MSCC", "emergency", "cancer", "cauda-equina-features", "motor-or-gait-deficit",
                         "radicular-pain", "leg-numbness"),
                      rf("RF-MAL", "urgent", "cancer")],
            recommendations=["REC-EMERGENCY"]))
case("rfmscc-leg-numbness-only",
     male(45, history={"conditions": ["cancer"]}, symptoms=sym(radiation="buttock", numbness="left-leg", nightPain="constant"),
          redFlags={"unexplainedWeightLoss": True}),
     expect(45, Z, urgency="emergency",
            redFlags=[rf("RF-MSCC", "emergency", "cancer", "leg-numbness"),
                      rf("RF-MAL", "urgent", "cancer", "unexplained-weight-loss", "constant-night-pain")],
            recommendations=["REC-EMERGENCY"]))

# ---------------------------------------------------------------- RF-INF
case("rfinf-recent-infection-immunosuppressed-emergency",
     male(45, redFlags={"recentInfectionOrProcedure": True, "immunosuppressed": True}),
     expect(45, Z, urgency="emergency",
            redFlags=[rf("RF-INF", "emergency", "recent-infection-or-procedure", "immunosuppressed")],
            recommendations=["REC-EMERGENCY"]))
case("rfinf-iv-drug-use-urgent",
     male(45, redFlags={"ivDrugUse": True, "immunosuppressed": False}),
     expect(45, Z, urgency="urgent", redFlags=[rf("RF-INF", "urgent", "iv-drug-use")],
            recommendations=["REC-URGENT"]))
case("rfinf-100-4F-is-fever-with-modifiers",
     male(45, redFlags={"temperature": {"value": 100.4, "unit": "F"}, "ivDrugUse": True, "legWeakness": True,
                        "immunosuppressed": True}),
     expect(45, Z, urgency="emergency",
            redFlags=[rf("RF-NEURO", "emergency", "leg-weakness"),
                      rf("RF-INF", "emergency", "fever", "iv-drug-use", "neurological-features", "immunosuppressed")],
            recommendations=["REC-EMERGENCY"]))
case("rfinf-37-9C-immunosuppressed-alone-fires-nothing",
     male(45, redFlags={"temperature": {"value": 37.9, "unit": "C"}, "feverOrRigors": False, "immunosuppressed": True}),
     expect(45, Z))

# ---------------------------------------------------------------- RF-AAA
case("rfaaa-day-42",
     male(45, history={"conditions": ["abdominal-aortic-aneurysm"]}, symptoms=sym(daysAgo=42),
          redFlags={"collapseOrHypotension": True, "pulsatileAbdominalMass": False}),
     expect(45, Z, urgency="emergency",
            redFlags=[rf("RF-AAA", "emergency", "new-pain", "known-aaa", "collapse-or-hypotension")],
            recommendations=["REC-EMERGENCY"]))
case("rfaaa-day-43-not-new",
     male(45, history={"conditions": ["abdominal-aortic-aneurysm"]}, symptoms=sym(daysAgo=43),
          redFlags={"collapseOrHypotension": True, "pulsatileAbdominalMass": True}),
     expect(45, Z))

# ---------------------------------------------------------------- RF-IBP
IBP = dict(onset="gradual", relievedBy=["exercise"], nightPain="eases-on-getting-up")
case("rfibp-age-at-start-from-birth-date",
     male(45, patient={"sex": "male", "birthDate": "1985-08-01"}, symptoms=sym(startDate="2025-06-01", **IBP)),
     expect(40, Z, redFlags=[rf("RF-IBP", "routine", "pain-over-3-months", "onset-before-40", "insidious-onset",
                                "better-with-exercise", "no-improvement-with-rest",
                                "night-pain-eases-on-getting-up")],
            recommendations=["REC-RHEUMATOLOGY"]))
case("rfibp-age-at-start-from-age-same-year",
     male(40, symptoms=sym(startDate="2025-06-01", **IBP)),
     expect(40, Z, redFlags=[rf("RF-IBP", "routine", "pain-over-3-months", "insidious-onset", "better-with-exercise",
                                "no-improvement-with-rest", "night-pain-eases-on-getting-up")],
            recommendations=["REC-RHEUMATOLOGY"]))
case("rfibp-age-at-start-from-age-year-earlier",
     male(40, symptoms=sym(startDate="2024-09-01", onset="gradual", relievedBy=[], nightPain="eases-on-getting-up")),
     expect(40, Z, redFlags=[rf("RF-IBP", "routine", "pain-over-3-months", "onset-before-40", "insidious-onset",
                                "no-improvement-with-rest", "night-pain-eases-on-getting-up")],
            recommendations=["REC-RHEUMATOLOGY"]))
case("rfibp-three-features-with-sitting-relief",
     male(45, symptoms=sym(startDate="2024-01-01", onset="gradual", relievedBy=["exercise", "sitting"],
                           nightPain="eases-on-getting-up")),
     expect(45, Z))
# 31 May - 3 months = 28 Feb (clamped); a start on 28 Feb is not earlier, so not more than 3 months.
case("rfibp-3-months-clamped-boundary",
     male(41, visitDate="2025-05-31", symptoms=sym(startDate="2025-02-28", **IBP)),
     expect(41, Z))
case("rfibp-3-months-clamped-day-before",
     male(41, visitDate="2025-05-31", symptoms=sym(startDate="2025-02-27", **IBP)),
     expect(41, Z, redFlags=[rf("RF-IBP", "routine", "pain-over-3-months", "insidious-onset", "better-with-exercise",
                                "no-improvement-with-rest", "night-pain-eases-on-getting-up")],
            recommendations=["REC-RHEUMATOLOGY"]))
case("rfibp-relieved-by-omitted-is-not-no-improvement",
     male(35, symptoms=sym(startDate="2025-01-01", onset="gradual", nightPain="eases-on-getting-up")),
     expect(35, Z, warnings=[("/patient/age", "soft-limit")]))

# ---------------------------------------------------------------- DXA, OST, classes
case("dx2-via-ost-only", female(60, weight=55),
     expect(60, T, bmi=21.5, dxa=dxa(T, "DX-2"), ost=ost(-1, "moderate"), recommendations=["REC-DXA"]))
case("ost-minus-0-8-truncates-to-0", female(60, weight=56),
     expect(60, T, bmi=21.9, ost=ost(0, "low")))
case("ost-minus-4-8-truncates-to-minus-4", female(64, weight=40, height=150),
     expect(64, T, bmi=17.8, dxa=dxa(T, "DX-2"), ost=ost(-4, "moderate"), recommendations=["REC-DXA"]))
case("ost-women-high", female(75, weight=50),
     expect(75, T, bmi=19.5, dxa=dxa(T, "DX-1"), ost=ost(-5, "high"), recommendations=["REC-DXA"]))
case("ost-men-high-at-minus-2", male(79, body={"height": {"value": 175, "unit": "cm"}, "weight": {"value": 69, "unit": "kg"}}),
     expect(79, T, bmi=22.5, dxa=dxa(T, "DX-3"), ost=ost(-2, "high"), recommendations=["REC-DXA"]))
case("dx4-hypogonadism", male(55, history={"conditions": ["hypogonadism"]}),
     expect(55, T, dxa=dxa(T, "DX-4", "DX-5"), ost=ost(4, "low"), recommendations=["REC-DXA", "REC-ENDOCRINOLOGY"]))
case("dx4-without-risk-factor", male(69),
     expect(69, T, ost=ost(1, "moderate")))
case("dx4-stroke-counts-as-bone-loss-condition",
     male(50, history={"cardiovascularEvents": [{"type": "stroke", "date": "2020-05-01"}]}),
     expect(50, T, dxa=dxa(T, "DX-4", "DX-5"), ost=ost(5, "low"), recommendations=["REC-DXA"]))
case("si6-female-65-t-minus-1-5", female(65, boneDensity={"lowestTScore": -1.5}),
     expect(65, T, bmi=25.0, dxa=dxa(T, "DX-1"), spineImaging=si("SI-6"), ost=ost(0, "low"),
            tScoreClass="osteopenia", recommendations=["REC-DXA", "REC-SPINE-IMAGING"]))
case("si6-female-70-t-minus-1-0-is-normal", female(70, boneDensity={"lowestTScore": -1.0}),
     expect(70, T, bmi=25.0, dxa=dxa(T, "DX-1"), ost=ost(-1, "moderate"), tScoreClass="normal",
            recommendations=["REC-DXA"]))
case("si6-male-79-t-minus-1-4", male(79, boneDensity={"lowestTScore": -1.4}),
     expect(79, T, dxa=dxa(T, "DX-3"), ost=ost(0, "moderate"), tScoreClass="osteopenia", recommendations=["REC-DXA"]))
case("si6-male-80-t-minus-1-1", male(80, boneDensity={"lowestTScore": -1.1}),
     expect(80, T, dxa=dxa(T, "DX-3"), spineImaging=si("SI-6"), ost=ost(-1, "moderate"), tScoreClass="osteopenia",
            recommendations=["REC-DXA", "REC-SPINE-IMAGING"]))
case("perimenopausal-is-z-population",
     female(52, status="perimenopausal", menoAge=None, boneDensity={"lowestTScore": -2.6, "lowestZScore": -2.0}),
     expect(52, Z, bmi=25.0, zScoreClass="below-expected-range", recommendations=["REC-ENDOCRINOLOGY"]))
case("rffx-known-osteoporosis-in-z-population",
     female(45, status="premenopausal", menoAge=None, boneDensity={"lowestTScore": -2.5, "lowestZScore": -1.9},
            symptoms=sym(daysAgo=10, onset="sudden")),
     expect(45, Z, bmi=25.0, urgency="urgent",
            redFlags=[rf("RF-FX", "urgent", "sudden-onset-minor-or-no-trauma", "known-osteoporosis")],
            dxa=dxa(Z, "DX-5"), spineImaging=si("SI-1"), zScoreClass="within-expected-range",
            recommendations=["REC-URGENT", "REC-DXA", "REC-SPINE-IMAGING"]))
case("rec-endocrinology-z-population-fragility-fracture",
     male(45, history={"fractures": [{"site": "wrist-or-forearm", "age": 44, "lowTrauma": True}]}),
     expect(45, Z, dxa=dxa(Z, "DX-5"), recommendations=["REC-DXA", "REC-ENDOCRINOLOGY"]))
case("rec-osteo-medication-hip-fracture",
     female(60, history=hist(MENO, fractures=[{"site": "hip", "age": 58, "lowTrauma": True}]),
            boneDensity={"lowestTScore": -2.0}),
     expect(60, T, bmi=25.0, dxa=dxa(T, "DX-2", "DX-5"), spineImaging=si("SI-4"), ost=ost(0, "low"),
            tScoreClass="osteopenia", recommendations=["REC-DXA", "REC-SPINE-IMAGING", "REC-OSTEO-MEDICATION"]))
case("past-aromatase-inhibitor-is-history-only",
     female(60, medications=[{"name": "anastrozole", "status": "past", "months": 60}]),
     expect(60, T, bmi=25.0, ost=ost(0, "low")))

# ---------------------------------------------------------------- STarT Back, recommendations, notices
case("rec-physio-not-when-urgent",
     male(45, history={"fallsPast12Months": 2}, symptoms=sym(balanceProblems=True), redFlags={"ivDrugUse": True},
          startBack=SB_LOW),
     expect(45, Z, urgency="urgent", redFlags=[rf("RF-INF", "urgent", "iv-drug-use")],
            startBack={"total": 0, "psychosocial": 0, "risk": "low"}, recommendations=["REC-URGENT"],
            notices=["not-a-diagnosis", "startback-with-red-flags"]))
case("rec-physio-and-self-management-when-routine",
     male(45, history={"fallsPast12Months": 1, "calciumIntake": "low"}, startBack=SB_LOW,
          symptoms=sym(breathingDifficulty=True)),
     expect(45, Z, startBack={"total": 0, "psychosocial": 0, "risk": "low"},
            recommendations=["REC-PHYSIO", "REC-SELF-MANAGEMENT", "REC-CALCIUM-VITD"],
            notices=["not-a-diagnosis", "breathing-difficulty"]))
case("startback-high",
     male(45, startBack=dict(SB_LOW, item5=True, item6=True, item7=True, item9="very-much")),
     expect(45, Z, startBack={"total": 4, "psychosocial": 4, "risk": "high"}, recommendations=["REC-PHYSIO"]))
case("startback-medium",
     male(45, startBack=dict(SB_LOW, item1=True, item2=True, item3=True, item9="extremely")),
     expect(45, Z, startBack={"total": 4, "psychosocial": 1, "risk": "medium"}, recommendations=["REC-PHYSIO"]))
case("startback-three-is-low",
     male(45, startBack=dict(SB_LOW, item1=True, item2=True, item9="very-much")),
     expect(45, Z, startBack={"total": 3, "psychosocial": 1, "risk": "low"}, recommendations=["REC-SELF-MANAGEMENT"]))

# ---------------------------------------------------------------- medication alerts (§6.7, §11.13)
def f70(**kw):
    return female(70, **kw)

E70 = dict(bmi=25.0, ost=ost(-1, "moderate"))
case("madmab-last-dose-exactly-7-months",
     f70(medications=[{"name": "denosumab", "lastDoseDate": "2025-03-06"}]),
     expect(70, T, dxa=dxa(T, "DX-1", "DX-6"), recommendations=["REC-DXA"], **E70))
case("madmab-overdue-wants-to-stop-and-ckd",
     f70(medications=[{"name": "Prolia", "lastDoseDate": "2025-03-05", "wantsToStop": True}], labs={"egfr": 29}),
     expect(70, T, dxa=dxa(T, "DX-1", "DX-6"),
            medicationAlerts=[alert("MA-DMAB-STOP", "high", "Prolia", "wants-to-stop", "overdue"),
                              alert("MA-DMAB-CKD", "high", "Prolia")],
            recommendations=["REC-DXA", "REC-ENDOCRINOLOGY"], **E70))
case("madmab-planned-with-dialysis-and-no-last-dose",
     f70(medications=[{"name": "denosumab", "status": "planned"}, {"name": "denosumab"}], labs={"egfr": 60, "dialysis": True}),
     expect(70, T, dxa=dxa(T, "DX-1", "DX-6"),
            medicationAlerts=[alert("MA-DMAB-CKD", "high", "denosumab")],
            recommendations=["REC-DXA", "REC-ENDOCRINOLOGY"],
            warnings=[("/medications/1", "missing-last-dose-date")], **E70))
case("mabprenal-lower-of-egfr-and-crcl",
     f70(medications=[{"name": "risedronate", "months": 12}, {"name": "alendronate", "status": "planned"}],
         labs={"egfr": 40, "creatinineClearance": 33}),
     expect(70, T, dxa=dxa(T, "DX-1", "DX-6"),
            medicationAlerts=[alert("MA-BP-RENAL", "high", "alendronate")], recommendations=["REC-DXA"], **E70))
case("mabprenal-risedronate-below-30",
     f70(medications=[{"name": "Actonel", "months": 12}], labs={"egfr": 29.9}),
     expect(70, T, dxa=dxa(T, "DX-1", "DX-6"),
            medicationAlerts=[alert("MA-BP-RENAL", "high", "Actonel")], recommendations=["REC-DXA"], **E70))
case("mabprenal-dialysis-and-bpgi-oral-only",
     f70(medications=[{"name": "ibandronate", "months": 12}, {"name": "zoledronic acid", "status": "planned"}],
         labs={"egfr": 90, "dialysis": True}, symptoms=sym(cannotStayUpright30Min=True)),
     expect(70, T, dxa=dxa(T, "DX-1", "DX-6"),
            medicationAlerts=[alert("MA-BP-RENAL", "high", "ibandronate, zoledronic acid"),
                              alert("MA-BP-GI", "high", "ibandronate")],
            recommendations=["REC-DXA"], **E70))
case("mabpgi-and-duration-by-route",
     f70(history=hist(MENO, conditions=["oesophageal-disorder"]),
         medications=[{"name": "ibandronate", "route": "injection", "months": 36},
                      {"name": "alendronate", "months": 59},
                      {"name": "zoledronic acid", "years": 2.9},
                      {"name": "risedronate", "years": 5}]),
     expect(70, T, dxa=dxa(T, "DX-1", "DX-6"),
            medicationAlerts=[alert("MA-BP-GI", "high", "alendronate, risedronate"),
                              alert("MA-BP-DURATION", "standard", "ibandronate, risedronate")],
            recommendations=["REC-DXA"], **E70))
case("mahypoca-vitamin-d-treated-by-medication",
     f70(medications=[{"name": "denosumab", "lastDoseDate": "2025-06-01"}, {"name": "colecalciferol"}],
         labs={"vitaminDDeficient": True}),
     expect(70, T, dxa=dxa(T, "DX-1", "DX-6"), recommendations=["REC-DXA", "REC-CALCIUM-VITD"], **E70))
case("mahypoca-past-vitamin-d-is-untreated",
     f70(medications=[{"name": "denosumab", "lastDoseDate": "2025-06-01"},
                      {"name": "vitamin d3", "status": "past"}, {"name": "romosozumab", "status": "planned"}],
         history=hist(MENO, vitaminDSupplement=False, plannedDentalSurgery=True), labs={"vitaminDDeficient": True}),
     expect(70, T, dxa=dxa(T, "DX-1", "DX-6"),
            medicationAlerts=[alert("MA-HYPOCA", "high", "denosumab, romosozumab"),
                              alert("MA-ONJ", "standard", "denosumab, romosozumab")],
            recommendations=["REC-DXA", "REC-CALCIUM-VITD"], **E70))
case("mapth-cumulative-24-months-and-osteosarcoma-risk",
     f70(history=hist(MENO, conditions=["pagets-disease"]),
         medications=[{"name": "Forsteo", "status": "past", "months": 14}, {"name": "teriparatide", "months": 10}]),
     expect(70, T, dxa=dxa(T, "DX-1", "DX-6"),
            medicationAlerts=[alert("MA-PTH-OSTEO", "high", "teriparatide"),
                              alert("MA-PTH-DURATION", "standard", "teriparatide")],
            recommendations=["REC-DXA"], **E70))
case("mapth-cumulative-23-months",
     f70(medications=[{"name": "teriparatide", "status": "past", "months": 13}, {"name": "abaloparatide", "months": 10}]),
     expect(70, T, dxa=dxa(T, "DX-1", "DX-6"), recommendations=["REC-DXA"], **E70))
case("maromocv-notes",
     f70(history=hist(MENO, cardiovascularEvents=[{"type": "myocardial-infarction", "date": "2024-10-06"},
                                                  {"type": "stroke"},
                                                  {"type": "myocardial-infarction", "date": "2020-01-01"}]),
         medications=[{"name": "Evenity", "status": "planned"}]),
     expect(70, T, dxa=dxa(T, "DX-1", "DX-5"),
            medicationAlerts=[alert("MA-ROMO-CV", "high", "Evenity", "event-within-12-months", "event-date-unknown",
                                    "event-over-12-months-ago")],
            recommendations=["REC-DXA"], **E70))
case("maromocv-event-13-months-ago",
     f70(history=hist(MENO, cardiovascularEvents=[{"type": "myocardial-infarction", "date": "2024-09-05"}]),
         medications=[{"name": "romosozumab"}]),
     expect(70, T, dxa=dxa(T, "DX-1", "DX-6"),
            medicationAlerts=[alert("MA-ROMO-CV", "high", "romosozumab", "event-over-12-months-ago")],
            recommendations=["REC-DXA"], **E70))
case("mafalls-beers-notes",
     female(66, medications=[{"name": "tramadol"}, {"name": "diazepam"}, {"name": "pregabalin"},
                             {"name": "amlodipine"}, {"name": "sertraline"}, {"name": "zolpidem", "status": "planned"}]),
     expect(66, T, bmi=25.0, ost=ost(0, "low"), dxa=dxa(T, "DX-1"),
            medicationAlerts=[alert("MA-ASSOC", "standard", "sertraline"),
                              alert("MA-FALLS", "standard", "tramadol, diazepam, pregabalin, amlodipine, sertraline",
                                    "beers-three-cns-active", "beers-opioid-benzodiazepine",
                                    "beers-opioid-gabapentinoid")],
            recommendations=["REC-DXA"]))
case("mafalls-two-cns-active",
     female(65, medications=[{"name": "codeine"}, {"name": "gabapentin"}, {"name": "diphenhydramine"},
                             {"name": "codeine"}]),
     expect(65, T, bmi=25.0, ost=ost(0, "low"), dxa=dxa(T, "DX-1"),
            medicationAlerts=[alert("MA-FALLS", "standard", "codeine, gabapentin, diphenhydramine",
                                    "beers-opioid-gabapentinoid")],
            recommendations=["REC-DXA"]))
case("mafalls-not-under-65",
     female(64, medications=[{"name": "tramadol"}, {"name": "diazepam"}]),
     expect(64, T, bmi=25.0, ost=ost(0, "low")))
case("hrm-heparin-3-months",
     male(45, medications=[{"name": "enoxaparin", "months": 3}, {"name": "dalteparin", "months": 2}]),
     expect(45, Z, dxa=dxa(Z, "DX-5"),
            medicationAlerts=[alert("MA-BONELOSS", "standard", "enoxaparin"),
                              alert("MA-ANTICOAG", "standard", "enoxaparin, dalteparin")],
            recommendations=["REC-DXA"]))
case("hrm-depot-medroxyprogesterone-over-24-months",
     female(40, status="premenopausal", menoAge=None,
            medications=[{"name": "depo-provera", "months": 25},
                         {"name": "medroxyprogesterone", "route": "oral", "months": 30},
                         {"name": "medroxyprogesterone", "route": "injection", "years": 2}]),
     expect(40, Z, bmi=25.0, dxa=dxa(Z, "DX-5"),
            medicationAlerts=[alert("MA-BONELOSS", "standard", "depo-provera")], recommendations=["REC-DXA"]))
case("hrm-thyroid-hormone-with-suppressed-tsh",
     male(60, medications=[{"name": "levothyroxine"}], labs={"tshSuppressed": True}),
     expect(60, T, dxa=dxa(T, "DX-4", "DX-5"), ost=ost(3, "moderate"),
            medicationAlerts=[alert("MA-BONELOSS", "standard", "levothyroxine")], recommendations=["REC-DXA"]))
case("hrm-thyroid-hormone-normal-tsh",
     male(60, medications=[{"name": "levothyroxine"}], labs={"tshSuppressed": False}),
     expect(60, T, ost=ost(3, "moderate")))
case("maassoc-ppi-12-months",
     male(45, medications=[{"name": "omeprazole", "months": 12}, {"name": "pantoprazole", "months": 11.9},
                           {"name": "escitalopram", "status": "past"}]),
     expect(45, Z, medicationAlerts=[alert("MA-ASSOC", "standard", "omeprazole")]))
case("mavte-and-aff",
     f70(history=hist(MENO, conditions=["venous-thromboembolism"]),
         medications=[{"name": "raloxifene", "months": 6}, {"name": "alendronate", "months": 24}],
         symptoms=sym(newThighOrGroinPain=True)),
     expect(70, T, dxa=dxa(T, "DX-1", "DX-6"),
            medicationAlerts=[alert("MA-AFF", "high", "alendronate"), alert("MA-VTE", "high", "raloxifene")],
            recommendations=["REC-DXA"], **E70))

# ---------------------------------------------------------------- units (§1) and soft limits (§8.2)
case("units-m-lb-grams",
     male(60, body={"height": {"value": 1.8, "unit": "m"}, "weight": {"value": 165.35, "unit": "lb"}},
          history={"alcoholPerDay": {"value": 24, "unit": "g"}},
          redFlags={"temperature": {"value": 100.3, "unit": "F"}}),
     expect(60, T, bmi=23.1, dxa=dxa(T, "DX-4"), ost=ost(3, "moderate"), recommendations=["REC-DXA"]))
case("units-in-ft-us-drinks",
     male(60, body={"height": {"value": 70, "unit": "in"}, "weight": {"value": 165.35, "unit": "lb"},
                    "tallestAdultHeight": {"value": 5.9, "unit": "ft"},
                    "measuredHeightLoss": {"value": 0.79, "unit": "in"}},
          history={"alcoholPerDay": {"value": 1.71, "unit": "us-drinks"}}),
     expect(60, T, bmi=23.7, ost=ost(3, "moderate"), spineImaging=si("SI-3"),
            heightLossCm={"historical": 2.03, "prospective": 2.01}, recommendations=["REC-SPINE-IMAGING"]))
case("height-loss-below-both-thresholds",
     male(45, body={"height": {"value": 175, "unit": "cm"}, "weight": {"value": 75, "unit": "kg"},
                    "tallestAdultHeight": {"value": 176.5, "unit": "cm"}, "measuredHeightLoss": {"value": 1.99, "unit": "cm"}}),
     expect(45, Z, heightLossCm={"historical": 1.5, "prospective": 1.99}))
case("height-loss-historical-1-575-in",
     male(45, body={"height": {"value": 68.425, "unit": "in"}, "weight": {"value": 75, "unit": "kg"},
                    "tallestAdultHeight": {"value": 70, "unit": "in"}}),
     expect(45, Z, bmi=24.8, heightLossCm={"historical": 4.0, "prospective": None},
            spineImaging=si("SI-2"), recommendations=["REC-SPINE-IMAGING"]))
case("soft-limits",
     male(101, medications=[{"name": "dexamethasone", "doseMgPerDay": 9.01, "months": 1}],
          history={"alcoholPerDay": {"value": 21, "unit": "uk-units"}}, labs={"egfr": 14}),
     expect(101, T, dxa=dxa(T, "DX-3", "DX-4") if False else dxa(T, "DX-3"), ost=ost(-5, "high"),
            recommendations=["REC-DXA"],
            warnings=[("/patient/age", "soft-limit"), ("/history/alcoholPerDay", "soft-limit"),
                      ("/medications/0/doseMgPerDay", "soft-limit"), ("/labs/egfr", "soft-limit")]))

# ---------------------------------------------------------------- rejected records (§8.1)
rejected("err-date-order",
         male(45, medications=[{"name": "denosumab", "lastDoseDate": "2025-10-07"}],
              history={"cardiovascularEvents": [{"type": "stroke", "date": "2026-01-01"}]},
              boneDensity={"lowestTScore": -1.0, "date": "2025-10-07"}),
         ("/medications/0/lastDoseDate", "date-order"), ("/history/cardiovascularEvents/0/date", "date-order"),
         ("/boneDensity/date", "date-order"))
rejected("err-birth-date-after-visit",
         male(45, patient={"sex": "male", "birthDate": "2025-10-07"}),
         ("/patient/birthDate", "date-order"))
rejected("err-conflicts",
         male(45, history={"menopause": {"status": "postmenopausal"}},
              medications=[{"name": "omeprazole", "months": 12, "years": 1}],
              symptoms={"daysAgo": 3, "startDate": "2025-10-01", "onset": "gradual", "trigger": "none"}),
         ("/history/menopause", "conflict"), ("/medications/0", "conflict"), ("/symptoms", "conflict"))
rejected("err-duplicates",
         male(45, history={"conditions": ["copd", "hiv", "copd"]},
              symptoms=sym(locations=["lower-back", "lower-back"], relievedBy=["rest", "heat", "heat"])),
         ("/history/conditions/2", "duplicate"), ("/symptoms/locations/1", "duplicate"),
         ("/symptoms/relievedBy/2", "duplicate"))
rejected("err-unknown-nested-keys",
         male(45, body={"height": {"value": 175, "unit": "cm", "note": "shoes"}, "weight": {"value": 75, "unit": "kg"}},
              history={"fractures": [{"site": "hip", "type": "fragility"}],
                       "cardiovascularEvents": [{"type": "stroke", "severity": "mild"}]},
              medications=[{"name": "omeprazole", "dose": 20}],
              labs={"egfr": 60, "ldl": 3}),
         ("/body/height/note", "unknown-key"), ("/history/fractures/0/type", "unknown-key"),
         ("/history/cardiovascularEvents/0/severity", "unknown-key"), ("/medications/0/dose", "unknown-key"),
         ("/labs/ldl", "unknown-key"))
rejected("err-range-after-conversion",
         male(45, body={"height": {"value": 7.6, "unit": "ft"}, "weight": {"value": 700, "unit": "lb"}},
              history={"alcoholPerDay": {"value": 500, "unit": "g"}},
              redFlags={"temperature": {"value": 115, "unit": "F"}}),
         ("/body/height", "range"), ("/body/weight", "range"), ("/history/alcoholPerDay", "range"),
         ("/redFlags/temperature", "range"))
rejected("err-units-not-allowed",
         male(45, body={"height": {"value": 175, "unit": "kg"}, "weight": {"value": 75, "unit": "stone"}},
              history={"alcoholPerDay": {"value": 2, "unit": "ml"}}),
         ("/body/height/unit", "enum"), ("/body/weight/unit", "enum"), ("/history/alcoholPerDay/unit", "enum"))
rejected("err-negative-historical-height-loss",
         male(45, body={"height": {"value": 175, "unit": "cm"}, "weight": {"value": 75, "unit": "kg"},
                        "tallestAdultHeight": {"value": 68, "unit": "in"}}),
         ("/body/tallestAdultHeight", "range"))
rejected("err-gc-dose-over-200-mg-equivalent",
         male(45, medications=[{"name": "dexamethasone", "doseMgPerDay": 30.01, "months": 1},
                               {"name": "dexamethasone", "doseMgPerDay": 30, "months": 1}]),
         ("/medications/0/doseMgPerDay", "range"))
rejected("err-bmi-over-80",
         male(45, body={"height": {"value": 100, "unit": "cm"}, "weight": {"value": 81, "unit": "kg"}}),
         ("/body", "range"))
rejected("err-ages-after-current-age",
         female(45, menoAge=46, history={"menopause": {"status": "postmenopausal", "age": 46},
                                         "fractures": [{"site": "hip", "age": 46}]}),
         ("/history/menopause/age", "range"), ("/history/fractures/0/age", "range"))
rejected("err-denosumab-last-dose-over-240-months",
         male(45, medications=[{"name": "denosumab", "lastDoseDate": "2005-10-05"}]),
         ("/medications/0/lastDoseDate", "range"))
rejected("err-female-without-menopause-and-wrong-types",
         {"format": "osteo-intake/1", "visitDate": VISIT, "patient": {"sex": "female", "age": 50},
          "body": {"height": {"value": 160, "unit": "cm"}, "weight": {"value": 60, "unit": "kg"}},
          "symptoms": {"daysAgo": 3.5, "onset": "gradual", "trigger": "none"},
          "redFlags": {"saddleNumbness": "no"}},
         ("/history/menopause", "required"), ("/symptoms/daysAgo", "type"), ("/redFlags/saddleNumbness", "type"))
rejected("err-startback-incomplete-and-bad-date",
         male(45, visitDate="2025-02-29", startBack={"item1": True}),
         ("/visitDate", "format"), ("/startBack/item2", "required"))

# ---------------------------------------------------------------- age (§3.1) and RFX boundaries (§4)
case("age-29-february-birthday-not-yet",
     female(60, patient={"sex": "female", "birthDate": "1960-02-29"}, visitDate="2025-02-28"),
     expect(64, T, bmi=25.0, ost=ost(0, "low")))
case("age-29-february-birthday-on-1-march",
     female(60, patient={"sex": "female", "birthDate": "1960-02-29"}, visitDate="2025-03-01"),
     expect(65, T, bmi=25.0, ost=ost(0, "low"), dxa=dxa(T, "DX-1"), recommendations=["REC-DXA"]))
case("rfx-bmi-20-0-and-menopause-at-45-are-not-risk-factors",
     female(45, menoAge=45, weight=51.1, history={"menopause": {"status": "postmenopausal", "age": 45},
                                                  "alcoholPerDay": {"value": 2.99, "unit": "uk-units"},
                                                  "fallsPast12Months": 0, "smoking": "former"}),
     expect(45, T, bmi=20.0, ost=ost(1, "low")))
case("rfx-bmi-19-9",
     female(45, menoAge=45, weight=51.0),
     expect(45, T, bmi=19.9, ost=ost(1, "low"), dxa=dxa(T, "DX-2"), recommendations=["REC-DXA"]))
case("rfx-alcohol-3-units",
     female(45, menoAge=45, weight=60, history={"menopause": {"status": "postmenopausal", "age": 45},
                                                "alcoholPerDay": {"value": 3, "unit": "uk-units"}}),
     expect(45, T, bmi=23.4, ost=ost(3, "low"), dxa=dxa(T, "DX-2"), recommendations=["REC-DXA"]))

# ---------------------------------------------------------------- more red-flag readings
case("rfces-assumed-with-another-feature",
     male(45, symptoms=sym(radiation="both-legs"), redFlags={"saddleNumbness": True}),
     expect(45, Z, urgency="emergency", redFlags=[rf("RF-CES", "emergency", "saddle-numbness", "bilateral-sciatica")],
            recommendations=["REC-EMERGENCY"], warnings=[("/redFlags/bilateralSciatica", "assumed")]))
case("rfmscc-via-assumed-bilateral-sciatica",
     male(45, history={"conditions": ["cancer"]}, symptoms=sym(radiation="both-legs")),
     expect(45, Z, urgency="emergency",
            redFlags=[rf("RF-CES", "emergency", "bilateral-sciatica"),
                      rf("RF-MSCC", "emergency", "cancer", "cauda-equina-features", "radicular-pain"),
                      rf("RF-MAL", "urgent", "cancer")],
            recommendations=["REC-EMERGENCY"], warnings=[("/redFlags/bilateralSciatica", "assumed")]))
case("rfinf-emergency-through-ces",
     male(45, redFlags={"urinaryRetention": True, "recentInfectionOrProcedure": True}),
     expect(45, Z, urgency="emergency",
            redFlags=[rf("RF-CES", "emergency", "urinary-retention"),
                      rf("RF-INF", "emergency", "recent-infection-or-procedure", "neurological-features")],
            recommendations=["REC-EMERGENCY"]))
case("rfinf-38-0C-fever",
     male(45, redFlags={"temperature": {"value": 38, "unit": "C"}}),
     expect(45, Z, urgency="emergency", redFlags=[rf("RF-INF", "emergency", "fever")],
            recommendations=["REC-EMERGENCY"]))
case("rffx-age-70-and-kyphosis-at-50-exactly",
     male(70, body={"height": {"value": 175, "unit": "cm"}, "weight": {"value": 75, "unit": "kg"}, "kyphosis": True},
          symptoms=sym(daysAgo=0, onset="sudden", trigger="other-minor-strain")),
     expect(70, T, urgency="urgent",
            redFlags=[rf("RF-FX", "urgent", "sudden-onset-minor-or-no-trauma", "age-70-plus", "kyphosis-age-50-plus")],
            dxa=dxa(T, "DX-3", "DX-5"), spineImaging=si("SI-1", "SI-7"), ost=ost(1, "moderate"),
            recommendations=["REC-URGENT", "REC-DXA", "REC-SPINE-IMAGING"]))
case("rffx-height-loss-3-99-no-marker",
     male(50, body={"height": {"value": 171.01, "unit": "cm"}, "weight": {"value": 75, "unit": "kg"},
                    "tallestAdultHeight": {"value": 175, "unit": "cm"}, "measuredHeightLoss": {"value": 2, "unit": "cm"}},
          symptoms=sym(daysAgo=1, onset="sudden", trigger="fall-from-standing-height")),
     expect(50, T, bmi=25.6, ost=ost(5, "low"), heightLossCm={"historical": 3.99, "prospective": 2.0},
            spineImaging=si("SI-3"), recommendations=["REC-SPINE-IMAGING"]))
case("rfibp-routine-keeps-physio-and-no-startback-notice",
     male(45, symptoms=sym(startDate="2024-01-01", onset="gradual", relievedBy=["exercise"],
                           nightPain="eases-on-getting-up", balanceProblems=True),
          startBack=dict(SB_LOW, item1=True, item2=True, item3=True, item4=True)),
     expect(45, Z, redFlags=[rf("RF-IBP", "routine", "pain-over-3-months", "insidious-onset", "better-with-exercise",
                                "no-improvement-with-rest", "night-pain-eases-on-getting-up")],
            startBack={"total": 4, "psychosocial": 0, "risk": "medium"},
            recommendations=["REC-RHEUMATOLOGY", "REC-PHYSIO"]))

# ---------------------------------------------------------------- populations and classes
case("male-49-z-population-ignores-t-score",
     male(49, boneDensity={"lowestTScore": -2.7, "lowestZScore": -1.0}),
     expect(49, Z, zScoreClass="within-expected-range"))
case("male-50-t-population-ignores-z-score",
     male(50, boneDensity={"lowestTScore": -2.5, "lowestZScore": -2.5}),
     expect(50, T, ost=ost(5, "low"), tScoreClass="osteoporosis", spineImaging=si("SI-8"),
            recommendations=["REC-SPINE-IMAGING", "REC-OSTEO-MEDICATION"]))
case("premenopausal-bone-loss-condition-dx5",
     female(42, status="premenopausal", menoAge=None, history={"menopause": {"status": "premenopausal"},
                                                               "conditions": ["coeliac-disease", "venous-thromboembolism"]}),
     expect(42, Z, bmi=25.0, dxa=dxa(Z, "DX-5"), recommendations=["REC-DXA"]))
case("rec-osteo-medication-vertebral-fracture-with-planned-drug",
     female(60, history=hist(MENO, fractures=[{"site": "vertebra", "age": 59, "lowTrauma": True, "documented": True}]),
            medications=[{"name": "alendronate", "status": "planned"}]),
     expect(60, T, bmi=25.0, ost=ost(0, "low"), dxa=dxa(T, "DX-2", "DX-5"), spineImaging=si("SI-4"),
            recommendations=["REC-DXA", "REC-SPINE-IMAGING", "REC-OSTEO-MEDICATION"]))
case("rec-osteo-medication-not-when-on-drug",
     female(60, medications=[{"name": "raloxifene", "months": 12}], boneDensity={"lowestTScore": -3.0}),
     expect(60, T, bmi=25.0, ost=ost(0, "low"), dxa=dxa(T, "DX-6"), tScoreClass="osteoporosis",
            spineImaging=si("SI-8"), recommendations=["REC-DXA", "REC-SPINE-IMAGING"]))

# ---------------------------------------------------------------- more medication readings
case("gc-two-entries-current-and-recent-past",
     male(45, medications=[{"name": "prednisolone", "doseMgPerDay": 5, "years": 1},
                           {"name": "deltasone", "status": "past", "doseMgPerDay": 7.5, "months": 3,
                            "lastDoseDate": "2025-01-01"},
                           {"name": "prednisolone", "status": "past", "doseMgPerDay": 3, "months": 3},
                           {"name": "prednisolone", "status": "planned"}]),
     expect(45, Z, dxa=dxa(Z, "DX-5"), spineImaging=si("SI-5"),
            medicationAlerts=[alert("MA-GC", "standard", "prednisolone, deltasone", "gc-high-dose")],
            recommendations=["REC-DXA", "REC-SPINE-IMAGING"]))
case("past-and-planned-drugs-mostly-ignored",
     f70(medications=[{"name": "denosumab", "status": "past", "lastDoseDate": "2024-01-01", "wantsToStop": True},
                      {"name": "alendronate", "status": "past", "years": 10},
                      {"name": "warfarin", "status": "planned"},
                      {"name": "alendronate", "status": "planned"},
                      {"name": "omeprazole", "status": "past"},
                      {"name": "tramadol", "status": "past"}],
         symptoms=sym(newThighOrGroinPain=True), history=hist(MENO, poorDentalHealth=True)),
     expect(70, T, dxa=dxa(T, "DX-1"),
            medicationAlerts=[alert("MA-ONJ", "standard", "alendronate")],
            recommendations=["REC-DXA"], **E70))
case("mabprenal-35-is-not-below-and-injected-ibandronate",
     f70(medications=[{"name": "alendronate", "months": 12}, {"name": "ibandronate", "route": "injection", "months": 12}],
         labs={"egfr": 35, "creatinineClearance": 29}),
     expect(70, T, dxa=dxa(T, "DX-1", "DX-6"),
            medicationAlerts=[alert("MA-BP-RENAL", "high", "alendronate, ibandronate")],
            recommendations=["REC-DXA"], **E70))
case("mabprenal-egfr-35-alone",
     f70(medications=[{"name": "zoledronic acid", "months": 12}], labs={"egfr": 35}),
     expect(70, T, dxa=dxa(T, "DX-1", "DX-6"), recommendations=["REC-DXA"], **E70))
case("mavte-planned-hrt-by-brand",
     female(55, history=hist(MENO, conditions=["venous-thromboembolism"]),
            medications=[{"name": "Premarin", "status": "planned"}, {"name": "HRT"}]),
     expect(55, T, bmi=25.0, ost=ost(1, "low"),
            medicationAlerts=[alert("MA-VTE", "high", "Premarin, HRT")]))
case("mapth-planned-after-24-months-in-years",
     f70(medications=[{"name": "teriparatide", "status": "past", "years": 2}, {"name": "Tymlos", "status": "planned"}]),
     expect(70, T, dxa=dxa(T, "DX-1"),
            medicationAlerts=[alert("MA-PTH-DURATION", "standard", "Tymlos")], recommendations=["REC-DXA"], **E70))
case("gc-past-below-threshold-needs-no-last-dose",
     male(45, medications=[{"name": "prednisolone", "status": "past", "doseMgPerDay": 4, "months": 12},
                           {"name": "denosumab", "status": "past"}]),
     expect(45, Z))
case("unrecognised-medication-and-name-normalising",
     male(45, medications=[{"name": "  OMEPRAZOLE  "}, {"name": "omeprazole 20mg", "months": 24},
                           {"name": "Zoledronic   Acid", "status": "planned"}], labs={"creatinineClearance": 20}),
     expect(45, Z, medicationAlerts=[{"rule": "MA-BP-RENAL", "priority": "high", "notes": []}],
            warnings=[("/medications/0", "missing-duration"), ("/medications/1/name", "unrecognised-medication")]))

# ---------------------------------------------------------------- more rejected records
rejected("err-required-one-of-two",
         {"format": "osteo-intake/1", "visitDate": VISIT, "patient": {"sex": "male"},
          "body": {"height": {"value": 175, "unit": "cm"}, "weight": {"value": 75, "unit": "kg"}},
          "symptoms": {"onset": "gradual", "trigger": "none"}, "boneDensity": {"site": "total-hip"}},
         ("/patient", "required"), ("/symptoms", "required"), ("/boneDensity", "required"))
rejected("err-format-tag-and-top-level-unknown-key",
         dict(male(45), format="osteo-intake/2", extra=True),
         ("/format", "enum"), ("/extra", "unknown-key"))
rejected("err-integer-ranges",
         male(17, history={"fallsPast12Months": 366}, symptoms=sym(daysAgo=36501, painScore=11)),
         ("/patient/age", "range"), ("/history/fallsPast12Months", "range"), ("/symptoms/daysAgo", "range"),
         ("/symptoms/painScore", "range"))
rejected("err-birth-date-age-17",
         male(45, patient={"sex": "male", "birthDate": "2007-10-07"}),
         ("/patient/birthDate", "range"))
rejected("err-medication-ranges",
         male(45, medications=[{"name": "omeprazole", "months": 601}, {"name": "omeprazole", "years": 51},
                               {"name": "prednisolone", "doseMgPerDay": 201, "months": 1},
                               {"name": "prednisolone", "doseMgPerDay": -1, "months": 1}],
              labs={"egfr": 0.5, "creatinineClearance": 201}),
         ("/medications/0/months", "range"), ("/medications/1/years", "range"),
         ("/medications/2/doseMgPerDay", "range"), ("/medications/3/doseMgPerDay", "range"),
         ("/labs/egfr", "range"), ("/labs/creatinineClearance", "range"))
rejected("err-enum-values",
         male(45, history={"conditions": ["gout"], "smoking": "sometimes"},
              medications=[{"name": "omeprazole", "status": "ongoing", "route": "iv"}],
              symptoms=sym(onset="slow", trigger="car-crash", radiation="left-arm")),
         ("/history/conditions/0", "enum"), ("/history/smoking", "enum"), ("/medications/0/status", "enum"),
         ("/medications/0/route", "enum"), ("/symptoms/onset", "enum"), ("/symptoms/trigger", "enum"),
         ("/symptoms/radiation", "enum"))
rejected("err-menopause-age-9-and-days-before-1925",
         female(60, history={"menopause": {"status": "postmenopausal", "age": 9}},
                symptoms=sym(startDate="1925-10-05")),
         ("/history/menopause/age", "range"), ("/symptoms/startDate", "range"))
rejected("err-blank-id-and-medication-name",
         dict(male(45, medications=[{"name": "   "}]), id="  "),
         ("/id", None), ("/medications/0/name", None))


# ---------------------------------------------------------------- more boundaries
case("rfibp-daysago-92-is-not-more-than-3-months",
     male(35, symptoms=sym(daysAgo=92, **IBP)), expect(35, Z, warnings=[("/patient/age", "soft-limit")]))
case("rfibp-daysago-93-is-more-than-3-months",
     male(35, symptoms=sym(daysAgo=93, **IBP)),
     expect(35, Z, warnings=[("/patient/age", "soft-limit")],
            redFlags=[rf("RF-IBP", "routine", "pain-over-3-months", "onset-before-40", "insidious-onset",
                         "better-with-exercise", "no-improvement-with-rest", "night-pain-eases-on-getting-up")],
            recommendations=["REC-RHEUMATOLOGY"]))
case("dx3-male-70-smoker-not-dx4", male(70, history={"smoking": "current"}),
     expect(70, T, dxa=dxa(T, "DX-3"), ost=ost(1, "moderate"), recommendations=["REC-DXA"]))
case("dx4-male-49-smoker-is-too-young", male(49, history={"smoking": "current"}), expect(49, Z))
case("si6-male-70-t-minus-1-5", male(70, boneDensity={"lowestTScore": -1.5}),
     expect(70, T, dxa=dxa(T, "DX-3"), spineImaging=si("SI-6"), ost=ost(1, "moderate"), tScoreClass="osteopenia",
            recommendations=["REC-DXA", "REC-SPINE-IMAGING"]))
case("fixed-routes-depot-and-zoledronic",
     f70(history=hist(MENO, conditions=["oesophageal-disorder"]),
         medications=[{"name": "sayana press", "route": "oral", "months": 30},
                      {"name": "zoledronic acid", "route": "oral", "months": 12}]),
     expect(70, T, dxa=dxa(T, "DX-1", "DX-5", "DX-6"),
            medicationAlerts=[alert("MA-BONELOSS", "standard", "sayana press")], recommendations=["REC-DXA"], **E70))
case("mahypoca-hypocalcaemia-despite-vitamin-d",
     f70(medications=[{"name": "alendronate", "months": 12}], history=hist(MENO, vitaminDSupplement=True),
         labs={"hypocalcaemia": True, "vitaminDDeficient": False}),
     expect(70, T, dxa=dxa(T, "DX-1", "DX-6"),
            medicationAlerts=[alert("MA-HYPOCA", "high", "alendronate")], recommendations=["REC-DXA"], **E70))
case("madmab-ckd-by-creatinine-clearance",
     f70(medications=[{"name": "xgeva", "lastDoseDate": "2025-08-01"}], labs={"egfr": 60, "creatinineClearance": 29}),
     expect(70, T, dxa=dxa(T, "DX-1", "DX-6"), medicationAlerts=[alert("MA-DMAB-CKD", "high", "xgeva")],
            recommendations=["REC-DXA", "REC-ENDOCRINOLOGY"], **E70))
case("mafalls-three-cns-without-opioid",
     f70(medications=[{"name": "phenytoin"}, {"name": "quetiapine"}, {"name": "baclofen"}, {"name": "tamsulosin"}]),
     expect(70, T, dxa=dxa(T, "DX-1", "DX-5"),
            medicationAlerts=[alert("MA-BONELOSS", "standard", "phenytoin"),
                              alert("MA-FALLS", "standard", "phenytoin, quetiapine, baclofen, tamsulosin",
                                    "beers-three-cns-active")],
            recommendations=["REC-DXA"], **E70))
case("notices-all-three",
     male(45, symptoms=sym(breathingDifficulty=True), redFlags={"unexplainedWeightLoss": True}, startBack=SB_LOW),
     expect(45, Z, urgency="urgent", redFlags=[rf("RF-MAL", "urgent", "unexplained-weight-loss")],
            startBack={"total": 0, "psychosocial": 0, "risk": "low"}, recommendations=["REC-URGENT"],
            notices=["not-a-diagnosis", "breathing-difficulty", "startback-with-red-flags"]))
case("soft-limits-body-and-scores",
     male(60, body={"height": {"value": 130, "unit": "cm"}, "weight": {"value": 34, "unit": "kg"},
                    "tallestAdultHeight": {"value": 145.01, "unit": "cm"}, "measuredHeightLoss": {"value": 6.01, "unit": "cm"}},
          boneDensity={"lowestTScore": -5.1}),
     expect(60, T, bmi=20.1, ost=ost(-5, "high"), tScoreClass="osteoporosis",
            heightLossCm={"historical": 15.01, "prospective": 6.01},
            spineImaging=si("SI-2", "SI-3", "SI-8"), recommendations=["REC-SPINE-IMAGING", "REC-OSTEO-MEDICATION"],
            warnings=[("/body/height", "soft-limit"), ("/body/weight", "soft-limit"),
                      ("/body/tallestAdultHeight", "soft-limit"), ("/body/measuredHeightLoss", "soft-limit"),
                      ("/boneDensity/lowestTScore", "soft-limit")]))
case("soft-limit-bmi-under-15",
     male(60, body={"height": {"value": 190, "unit": "cm"}, "weight": {"value": 54, "unit": "kg"}}),
     expect(60, T, bmi=15.0 if False else 15.0, ost=ost(-1, "moderate"), dxa=dxa(T, "DX-4"), recommendations=["REC-DXA"]))
case("soft-limit-bmi-14-9",
     male(60, body={"height": {"value": 190, "unit": "cm"}, "weight": {"value": 53.8, "unit": "kg"}}),
     expect(60, T, bmi=14.9, ost=ost(-1, "moderate"), dxa=dxa(T, "DX-4"), recommendations=["REC-DXA"],
            warnings=[("/body", "soft-limit")]))
rejected("err-wrong-types-skip-children",
         male(45, body=[], medications={"name": "omeprazole"}, labs={"egfr": "60", "dialysis": 1}),
         ("/body", "type"), ("/medications", "type"), ("/labs/egfr", "type"), ("/labs/dialysis", "type"))
rejected("err-nested-unknown-keys-in-flags-and-startback",
         male(45, redFlags={"temperature": {"value": 37, "unit": "C", "site": "oral"}},
              startBack=dict(SB_LOW, item10=True)),
         ("/redFlags/temperature/site", "unknown-key"), ("/startBack/item10", "unknown-key"))

# ---------------------------------------------------------------- decimal rounding, half away from zero (§1)
case("decimal-bmi-19-95-rounds-to-20-0",
     male(60, body={"height": {"value": 200, "unit": "cm"}, "weight": {"value": 79.8, "unit": "kg"}}),
     expect(60, T, bmi=20.0, ost=ost(3, "moderate")))
case("decimal-100-31F-rounds-to-38-0C",
     male(45, redFlags={"temperature": {"value": 100.31, "unit": "F"}}),
     expect(45, Z, urgency="emergency", redFlags=[rf("RF-INF", "emergency", "fever")],
            recommendations=["REC-EMERGENCY"]))
case("decimal-hydrocortisone-19-98-rounds-to-5-00",
     male(45, medications=[{"name": "hydrocortisone", "doseMgPerDay": 19.98, "months": 3}]),
     expect(45, Z, dxa=dxa(Z, "DX-5"), spineImaging=si("SI-5"),
            medicationAlerts=[alert("MA-GC", "standard", "hydrocortisone")],
            recommendations=["REC-DXA", "REC-SPINE-IMAGING"]))
case("decimal-alcohol-23-96g-rounds-to-3-00",
     male(60, history={"alcoholPerDay": {"value": 23.96, "unit": "g"}}),
     expect(60, T, dxa=dxa(T, "DX-4"), ost=ost(3, "moderate"), recommendations=["REC-DXA"]))
rejected("err-required-nested",
         male(45, history={"fractures": [{"age": 40}], "cardiovascularEvents": [{"date": "2020-01-01"}]},
              medications=[{"status": "current"}], boneDensity={"lowestTScore": -1, "date": "2024-13-01"}),
         ("/history/fractures/0/site", "required"), ("/history/cardiovascularEvents/0/type", "required"),
         ("/medications/0/name", "required"), ("/boneDensity/date", "format"))
rejected("err-temperature-85-9F-below-30C",
         male(45, redFlags={"temperature": {"value": 85.9, "unit": "F"}}, visitDate="2025-1-06"),
         ("/redFlags/temperature", "range"), ("/visitDate", "format"))

# ---------------------------------------------------------------- "N months before visitDate" with clamping (§4)
# 30 Sep - 7 months = 30 Feb, clamped to 28 Feb 2025.
case("madmab-7-months-clamped-boundary",
     f70(visitDate="2025-09-30", medications=[{"name": "denosumab", "lastDoseDate": "2025-02-28"}]),
     expect(70, T, dxa=dxa(T, "DX-1", "DX-6"), recommendations=["REC-DXA"], **E70))
case("madmab-7-months-clamped-day-before",
     f70(visitDate="2025-09-30", medications=[{"name": "denosumab", "lastDoseDate": "2025-02-27"}]),
     expect(70, T, dxa=dxa(T, "DX-1", "DX-6"), medicationAlerts=[alert("MA-DMAB-STOP", "high", "denosumab", "overdue")],
            recommendations=["REC-DXA"], **E70))
# 29 Feb 2024 - 12 months = 29 Feb 2023, clamped to 28 Feb 2023.
case("maromocv-12-months-clamped-boundary",
     f70(visitDate="2024-02-29", medications=[{"name": "romosozumab", "status": "planned"}],
         history=hist(MENO, cardiovascularEvents=[{"type": "myocardial-infarction", "date": "2023-02-28"},
                                                  {"type": "myocardial-infarction", "date": "2023-02-27"}])),
     expect(70, T, dxa=dxa(T, "DX-1"),
            medicationAlerts=[alert("MA-ROMO-CV", "high", "romosozumab", "event-within-12-months", "event-over-12-months-ago")],
            recommendations=["REC-DXA"], **E70))
case("mapth-planned-duration-is-ignored",
     f70(medications=[{"name": "teriparatide", "status": "planned", "months": 30}]),
     expect(70, T, dxa=dxa(T, "DX-1"), recommendations=["REC-DXA"], **E70))
rejected("err-height-loss-hard-limits",
         male(45, body={"height": {"value": 150, "unit": "cm"}, "weight": {"value": 60, "unit": "kg"},
                        "tallestAdultHeight": {"value": 180.01, "unit": "cm"}, "measuredHeightLoss": {"value": 15.01, "unit": "cm"}}),
         ("/body/tallestAdultHeight", "range"), ("/body/measuredHeightLoss", "range"))

rejected("err-text-lengths",
         dict(male(45, patient={"sex": "male", "age": 45, "name": "N" * 201, "phone": "1" * 41},
                   medications=[{"name": "x" * 101}]), id="i" * 101),
         ("/id", "range"), ("/patient/name", None), ("/patient/phone", None), ("/medications/0/name", "range"))

case("menopause-age-read-only-when-postmenopausal",
     female(44, status="perimenopausal", menoAge=40),
     expect(44, Z, bmi=25.0))
case("empty-lists-and-objects-are-answers",
     male(45, medications=[], labs={}, redFlags={}, history={"conditions": [], "fractures": []},
          symptoms=sym(relievedBy=[], worsenedBy=[], locations=[])),
     expect(45, Z))
rejected("err-enums-in-nested-lists-and-startback",
         male(45, history={"fractures": [{"site": "skull"}], "cardiovascularEvents": [{"type": "angina"}]},
              startBack=dict(SB_LOW, item9="a-lot"), symptoms=sym(daysAgo=-1)),
         ("/history/fractures/0/site", "enum"), ("/history/cardiovascularEvents/0/type", "enum"),
         ("/startBack/item9", "enum"), ("/symptoms/daysAgo", "range"))

case("soft-limit-age-from-birth-date",
     male(45, patient={"sex": "male", "birthDate": "1990-10-06"}, labs={"creatinineClearance": 14.9}),
     expect(35, Z, warnings=[("/patient/birthDate", "soft-limit"), ("/labs/creatinineClearance", "soft-limit")]))
rejected("err-scores-out-of-range",
         male(45, boneDensity={"lowestTScore": -6.1, "lowestZScore": 4.1}),
         ("/boneDensity/lowestTScore", "range"), ("/boneDensity/lowestZScore", "range"))

os.makedirs(OUT, exist_ok=True)
for name, (record, expected) in CASES.items():
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(record, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(OUT, name + ".expected.json"), "w") as f:
        json.dump(expected, f, indent=2, ensure_ascii=False)
        f.write("\n")
# Inputs that are not a record object at all.
RAW = {"err-not-json": ("{\"format\": \"osteo-intake/1\",\n", [{"path": "", "code": "syntax"}]),
       "err-not-an-object": ("[1, 2, 3]\n", [{"path": "", "code": "type"}])}
for name, (text, errors) in RAW.items():
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        f.write(text)
    with open(os.path.join(OUT, name + ".expected.json"), "w") as f:
        json.dump({"format": "osteo-intake-assessment/1", "errors": errors}, f, indent=2)
        f.write("\n")
print(len(CASES) + len(RAW), "cases")
