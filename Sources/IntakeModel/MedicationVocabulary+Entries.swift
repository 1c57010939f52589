// Generated from ../shared/spec/medication-names.json (format osteo-intake-medication-names/1).
// MedicationVocabularyTests checks that it still matches the shared file when that file is present.

/// The class tags the rules read (format spec, Appendix A).
public enum MedicationClass: String, Codable, CaseIterable, Sendable {
    case glucocorticoid
    case other
    case osteoporosisDrug = "osteoporosis-drug"
    case bisphosphonate
    case denosumab
    case romosozumab
    case pthAnalogue = "pth-analogue"
    case raloxifene
    case hrt
    case aromataseInhibitor = "aromatase-inhibitor"
    case androgenDeprivation = "androgen-deprivation"
    case enzymeInducingAnticonvulsant = "enzyme-inducing-anticonvulsant"
    case antiepileptic
    case medroxyprogesterone
    case thiazolidinedione
    case heparin
    case anticoagulant
    case thyroidHormone = "thyroid-hormone"
    case calcineurinInhibitor = "calcineurin-inhibitor"
    case ppi
    case ssri
    case antidepressant
    case antiplatelet
    case opioid
    case benzodiazepine
    case zDrug = "z-drug"
    case gabapentinoid
    case antipsychotic
    case sedatingAntihistamine = "sedating-antihistamine"
    case muscleRelaxant = "muscle-relaxant"
    case alphaBlocker = "alpha-blocker"
    case antihypertensive
    case vitaminD = "vitamin-d"
}

extension MedicationVocabulary {
    /// Every entry of the bundled dictionary, in the order of the shared file.
    public static let bundledEntries: [MedicationEntry] = [
        MedicationEntry(generic: "prednisolone", classes: [.glucocorticoid], names: [], prednisoloneFactor: Fraction(1, 1), defaultRoute: .oral),
        MedicationEntry(generic: "prednisone", classes: [.glucocorticoid], names: ["deltasone", "rayos"], prednisoloneFactor: Fraction(1, 1), defaultRoute: .oral),
        MedicationEntry(generic: "methylprednisolone", classes: [.glucocorticoid], names: ["medrol"], prednisoloneFactor: Fraction(5, 4), defaultRoute: .oral),
        MedicationEntry(generic: "hydrocortisone", classes: [.glucocorticoid], names: ["cortef"], prednisoloneFactor: Fraction(1, 4), defaultRoute: .oral),
        MedicationEntry(generic: "dexamethasone", classes: [.glucocorticoid], names: ["decadron"], prednisoloneFactor: Fraction(20, 3), defaultRoute: .oral),
        MedicationEntry(generic: "cortisone", classes: [.glucocorticoid], names: ["cortisone acetate"], prednisoloneFactor: Fraction(1, 5), defaultRoute: .oral),
        MedicationEntry(generic: "budesonide", classes: [.other], names: ["pulmicort", "entocort"]),
        MedicationEntry(generic: "beclometasone", classes: [.other], names: ["beclomethasone", "qvar", "clenil"]),
        MedicationEntry(generic: "fluticasone", classes: [.other], names: ["flixotide", "flovent", "flonase"]),
        MedicationEntry(generic: "mometasone", classes: [.other], names: ["asmanex", "nasonex"]),
        MedicationEntry(generic: "alendronate", classes: [.osteoporosisDrug, .bisphosphonate], names: ["alendronic acid", "fosamax", "binosto"], defaultRoute: .oral),
        MedicationEntry(generic: "risedronate", classes: [.osteoporosisDrug, .bisphosphonate], names: ["risedronic acid", "actonel", "atelvia"], defaultRoute: .oral),
        MedicationEntry(generic: "ibandronate", classes: [.osteoporosisDrug, .bisphosphonate], names: ["ibandronic acid", "boniva", "bonviva"], defaultRoute: .oral),
        MedicationEntry(generic: "zoledronic acid", classes: [.osteoporosisDrug, .bisphosphonate], names: ["zoledronate", "reclast", "aclasta", "zometa"], defaultRoute: .injection, fixedRoute: .injection),
        MedicationEntry(generic: "denosumab", classes: [.osteoporosisDrug, .denosumab], names: ["prolia", "xgeva"], defaultRoute: .injection),
        MedicationEntry(generic: "romosozumab", classes: [.osteoporosisDrug, .romosozumab], names: ["evenity"], defaultRoute: .injection),
        MedicationEntry(generic: "teriparatide", classes: [.osteoporosisDrug, .pthAnalogue], names: ["forteo", "forsteo", "bonsity", "terrosa", "movymia"], defaultRoute: .injection),
        MedicationEntry(generic: "abaloparatide", classes: [.osteoporosisDrug, .pthAnalogue], names: ["tymlos", "eladynos"], defaultRoute: .injection),
        MedicationEntry(generic: "raloxifene", classes: [.osteoporosisDrug, .raloxifene], names: ["evista"]),
        MedicationEntry(generic: "calcitonin", classes: [.osteoporosisDrug], names: ["miacalcic", "miacalcin"]),
        MedicationEntry(generic: "strontium ranelate", classes: [.osteoporosisDrug], names: ["protelos"]),
        MedicationEntry(generic: "estradiol", classes: [.hrt], names: ["oestradiol", "estrace", "estrogel", "oestrogel", "evorel", "elleste solo"]),
        MedicationEntry(generic: "conjugated estrogens", classes: [.hrt], names: ["conjugated oestrogens", "premarin", "premique", "prempro"]),
        MedicationEntry(generic: "conjugated estrogens with bazedoxifene", classes: [.hrt], names: ["duavee", "duavive", "conbriza"]),
        MedicationEntry(generic: "tibolone", classes: [.hrt], names: ["livial"]),
        MedicationEntry(generic: "hormone replacement therapy", classes: [.hrt], names: ["hrt"]),
        MedicationEntry(generic: "anastrozole", classes: [.aromataseInhibitor], names: ["arimidex"]),
        MedicationEntry(generic: "letrozole", classes: [.aromataseInhibitor], names: ["femara"]),
        MedicationEntry(generic: "exemestane", classes: [.aromataseInhibitor], names: ["aromasin"]),
        MedicationEntry(generic: "leuprorelin", classes: [.androgenDeprivation], names: ["leuprolide", "lupron", "prostap", "eligard"]),
        MedicationEntry(generic: "goserelin", classes: [.androgenDeprivation], names: ["zoladex"]),
        MedicationEntry(generic: "triptorelin", classes: [.androgenDeprivation], names: ["decapeptyl", "trelstar"]),
        MedicationEntry(generic: "degarelix", classes: [.androgenDeprivation], names: ["firmagon"]),
        MedicationEntry(generic: "relugolix", classes: [.androgenDeprivation], names: ["orgovyx"]),
        MedicationEntry(generic: "phenytoin", classes: [.enzymeInducingAnticonvulsant, .antiepileptic], names: ["dilantin", "epanutin"]),
        MedicationEntry(generic: "carbamazepine", classes: [.enzymeInducingAnticonvulsant, .antiepileptic], names: ["tegretol"]),
        MedicationEntry(generic: "phenobarbital", classes: [.enzymeInducingAnticonvulsant, .antiepileptic], names: ["phenobarbitone"]),
        MedicationEntry(generic: "primidone", classes: [.enzymeInducingAnticonvulsant, .antiepileptic], names: ["mysoline"]),
        MedicationEntry(generic: "medroxyprogesterone", classes: [.medroxyprogesterone], names: ["provera"], defaultRoute: .oral),
        MedicationEntry(generic: "depot medroxyprogesterone", classes: [.medroxyprogesterone], names: ["depo-provera", "sayana press", "depo-subq provera"], defaultRoute: .injection, fixedRoute: .injection),
        MedicationEntry(generic: "pioglitazone", classes: [.thiazolidinedione], names: ["actos"]),
        MedicationEntry(generic: "rosiglitazone", classes: [.thiazolidinedione], names: ["avandia"]),
        MedicationEntry(generic: "heparin", classes: [.heparin, .anticoagulant], names: ["unfractionated heparin"]),
        MedicationEntry(generic: "enoxaparin", classes: [.heparin, .anticoagulant], names: ["lovenox", "clexane"]),
        MedicationEntry(generic: "dalteparin", classes: [.heparin, .anticoagulant], names: ["fragmin"]),
        MedicationEntry(generic: "tinzaparin", classes: [.heparin, .anticoagulant], names: ["innohep"]),
        MedicationEntry(generic: "levothyroxine", classes: [.thyroidHormone], names: ["thyroxine", "synthroid", "eltroxin", "levoxyl", "euthyrox"]),
        MedicationEntry(generic: "liothyronine", classes: [.thyroidHormone], names: ["cytomel"]),
        MedicationEntry(generic: "ciclosporin", classes: [.calcineurinInhibitor], names: ["cyclosporine", "neoral", "sandimmun", "sandimmune"]),
        MedicationEntry(generic: "tacrolimus", classes: [.calcineurinInhibitor], names: ["prograf", "advagraf"]),
        MedicationEntry(generic: "omeprazole", classes: [.ppi], names: ["prilosec", "losec"]),
        MedicationEntry(generic: "esomeprazole", classes: [.ppi], names: ["nexium"]),
        MedicationEntry(generic: "lansoprazole", classes: [.ppi], names: ["prevacid", "zoton"]),
        MedicationEntry(generic: "pantoprazole", classes: [.ppi], names: ["protonix", "protium"]),
        MedicationEntry(generic: "rabeprazole", classes: [.ppi], names: ["aciphex", "pariet"]),
        MedicationEntry(generic: "dexlansoprazole", classes: [.ppi], names: ["dexilant"]),
        MedicationEntry(generic: "sertraline", classes: [.ssri, .antidepressant], names: ["zoloft", "lustral"]),
        MedicationEntry(generic: "citalopram", classes: [.ssri, .antidepressant], names: ["celexa", "cipramil"]),
        MedicationEntry(generic: "escitalopram", classes: [.ssri, .antidepressant], names: ["lexapro", "cipralex"]),
        MedicationEntry(generic: "fluoxetine", classes: [.ssri, .antidepressant], names: ["prozac"]),
        MedicationEntry(generic: "paroxetine", classes: [.ssri, .antidepressant], names: ["paxil", "seroxat"]),
        MedicationEntry(generic: "fluvoxamine", classes: [.ssri, .antidepressant], names: ["luvox", "faverin"]),
        MedicationEntry(generic: "warfarin", classes: [.anticoagulant], names: ["coumadin", "jantoven", "marevan"]),
        MedicationEntry(generic: "acenocoumarol", classes: [.anticoagulant], names: ["sinthrome"]),
        MedicationEntry(generic: "apixaban", classes: [.anticoagulant], names: ["eliquis"]),
        MedicationEntry(generic: "rivaroxaban", classes: [.anticoagulant], names: ["xarelto"]),
        MedicationEntry(generic: "edoxaban", classes: [.anticoagulant], names: ["lixiana", "savaysa"]),
        MedicationEntry(generic: "dabigatran", classes: [.anticoagulant], names: ["pradaxa"]),
        MedicationEntry(generic: "fondaparinux", classes: [.anticoagulant], names: ["arixtra"]),
        MedicationEntry(generic: "aspirin", classes: [.antiplatelet], names: ["acetylsalicylic acid"]),
        MedicationEntry(generic: "clopidogrel", classes: [.antiplatelet], names: ["plavix"]),
        MedicationEntry(generic: "prasugrel", classes: [.antiplatelet], names: ["effient", "efient"]),
        MedicationEntry(generic: "ticagrelor", classes: [.antiplatelet], names: ["brilinta", "brilique"]),
        MedicationEntry(generic: "dipyridamole", classes: [.antiplatelet], names: ["persantin", "persantine"]),
        MedicationEntry(generic: "cilostazol", classes: [.antiplatelet], names: ["pletal"]),
        MedicationEntry(generic: "codeine", classes: [.opioid], names: []),
        MedicationEntry(generic: "co-codamol", classes: [.opioid], names: ["codeine with paracetamol", "tylenol with codeine"]),
        MedicationEntry(generic: "co-dydramol", classes: [.opioid], names: []),
        MedicationEntry(generic: "dihydrocodeine", classes: [.opioid], names: []),
        MedicationEntry(generic: "tramadol", classes: [.opioid], names: ["ultram", "zydol"]),
        MedicationEntry(generic: "tapentadol", classes: [.opioid], names: ["nucynta", "palexia"]),
        MedicationEntry(generic: "morphine", classes: [.opioid], names: ["ms contin", "zomorph", "oramorph"]),
        MedicationEntry(generic: "oxycodone", classes: [.opioid], names: ["oxycontin", "oxynorm", "percocet"]),
        MedicationEntry(generic: "hydrocodone", classes: [.opioid], names: ["vicodin", "norco"]),
        MedicationEntry(generic: "hydromorphone", classes: [.opioid], names: ["dilaudid"]),
        MedicationEntry(generic: "fentanyl", classes: [.opioid], names: ["duragesic"]),
        MedicationEntry(generic: "buprenorphine", classes: [.opioid], names: ["butrans", "subutex"]),
        MedicationEntry(generic: "methadone", classes: [.opioid], names: []),
        MedicationEntry(generic: "pethidine", classes: [.opioid], names: ["meperidine", "demerol"]),
        MedicationEntry(generic: "diazepam", classes: [.benzodiazepine], names: ["valium"]),
        MedicationEntry(generic: "lorazepam", classes: [.benzodiazepine], names: ["ativan"]),
        MedicationEntry(generic: "alprazolam", classes: [.benzodiazepine], names: ["xanax"]),
        MedicationEntry(generic: "clonazepam", classes: [.benzodiazepine], names: ["klonopin", "rivotril"]),
        MedicationEntry(generic: "temazepam", classes: [.benzodiazepine], names: ["restoril"]),
        MedicationEntry(generic: "nitrazepam", classes: [.benzodiazepine], names: ["mogadon"]),
        MedicationEntry(generic: "oxazepam", classes: [.benzodiazepine], names: []),
        MedicationEntry(generic: "chlordiazepoxide", classes: [.benzodiazepine], names: ["librium"]),
        MedicationEntry(generic: "zopiclone", classes: [.zDrug], names: ["zimovane"]),
        MedicationEntry(generic: "eszopiclone", classes: [.zDrug], names: ["lunesta"]),
        MedicationEntry(generic: "zolpidem", classes: [.zDrug], names: ["ambien", "stilnoct"]),
        MedicationEntry(generic: "zaleplon", classes: [.zDrug], names: ["sonata"]),
        MedicationEntry(generic: "gabapentin", classes: [.gabapentinoid], names: ["neurontin"]),
        MedicationEntry(generic: "pregabalin", classes: [.gabapentinoid], names: ["lyrica"]),
        MedicationEntry(generic: "valproate", classes: [.antiepileptic], names: ["sodium valproate", "valproic acid", "depakote", "epilim"]),
        MedicationEntry(generic: "lamotrigine", classes: [.antiepileptic], names: ["lamictal"]),
        MedicationEntry(generic: "levetiracetam", classes: [.antiepileptic], names: ["keppra"]),
        MedicationEntry(generic: "topiramate", classes: [.antiepileptic], names: ["topamax"]),
        MedicationEntry(generic: "oxcarbazepine", classes: [.antiepileptic], names: ["trileptal"]),
        MedicationEntry(generic: "lacosamide", classes: [.antiepileptic], names: ["vimpat"]),
        MedicationEntry(generic: "quetiapine", classes: [.antipsychotic], names: ["seroquel"]),
        MedicationEntry(generic: "olanzapine", classes: [.antipsychotic], names: ["zyprexa"]),
        MedicationEntry(generic: "risperidone", classes: [.antipsychotic], names: ["risperdal"]),
        MedicationEntry(generic: "haloperidol", classes: [.antipsychotic], names: ["haldol"]),
        MedicationEntry(generic: "aripiprazole", classes: [.antipsychotic], names: ["abilify"]),
        MedicationEntry(generic: "clozapine", classes: [.antipsychotic], names: ["clozaril"]),
        MedicationEntry(generic: "chlorpromazine", classes: [.antipsychotic], names: ["largactil"]),
        MedicationEntry(generic: "venlafaxine", classes: [.antidepressant], names: ["effexor"]),
        MedicationEntry(generic: "duloxetine", classes: [.antidepressant], names: ["cymbalta"]),
        MedicationEntry(generic: "amitriptyline", classes: [.antidepressant], names: ["elavil"]),
        MedicationEntry(generic: "nortriptyline", classes: [.antidepressant], names: ["pamelor"]),
        MedicationEntry(generic: "imipramine", classes: [.antidepressant], names: ["tofranil"]),
        MedicationEntry(generic: "clomipramine", classes: [.antidepressant], names: ["anafranil"]),
        MedicationEntry(generic: "dosulepin", classes: [.antidepressant], names: ["dothiepin"]),
        MedicationEntry(generic: "mirtazapine", classes: [.antidepressant], names: ["remeron"]),
        MedicationEntry(generic: "trazodone", classes: [.antidepressant], names: ["desyrel"]),
        MedicationEntry(generic: "diphenhydramine", classes: [.sedatingAntihistamine], names: ["benadryl"]),
        MedicationEntry(generic: "promethazine", classes: [.sedatingAntihistamine], names: ["phenergan"]),
        MedicationEntry(generic: "chlorphenamine", classes: [.sedatingAntihistamine], names: ["chlorpheniramine", "piriton"]),
        MedicationEntry(generic: "hydroxyzine", classes: [.sedatingAntihistamine], names: ["atarax"]),
        MedicationEntry(generic: "doxylamine", classes: [.sedatingAntihistamine], names: []),
        MedicationEntry(generic: "baclofen", classes: [.muscleRelaxant], names: ["lioresal"]),
        MedicationEntry(generic: "tizanidine", classes: [.muscleRelaxant], names: ["zanaflex"]),
        MedicationEntry(generic: "cyclobenzaprine", classes: [.muscleRelaxant], names: ["flexeril"]),
        MedicationEntry(generic: "methocarbamol", classes: [.muscleRelaxant], names: ["robaxin"]),
        MedicationEntry(generic: "carisoprodol", classes: [.muscleRelaxant], names: ["soma"]),
        MedicationEntry(generic: "orphenadrine", classes: [.muscleRelaxant], names: []),
        MedicationEntry(generic: "tamsulosin", classes: [.alphaBlocker], names: ["flomax"]),
        MedicationEntry(generic: "doxazosin", classes: [.alphaBlocker], names: ["cardura"]),
        MedicationEntry(generic: "alfuzosin", classes: [.alphaBlocker], names: ["uroxatral", "xatral"]),
        MedicationEntry(generic: "terazosin", classes: [.alphaBlocker], names: ["hytrin"]),
        MedicationEntry(generic: "prazosin", classes: [.alphaBlocker], names: ["minipress"]),
        MedicationEntry(generic: "silodosin", classes: [.alphaBlocker], names: ["rapaflo"]),
        MedicationEntry(generic: "amlodipine", classes: [.antihypertensive], names: ["norvasc", "istin"]),
        MedicationEntry(generic: "nifedipine", classes: [.antihypertensive], names: ["adalat"]),
        MedicationEntry(generic: "felodipine", classes: [.antihypertensive], names: ["plendil"]),
        MedicationEntry(generic: "lercanidipine", classes: [.antihypertensive], names: ["zanidip"]),
        MedicationEntry(generic: "diltiazem", classes: [.antihypertensive], names: ["cardizem", "tildiem"]),
        MedicationEntry(generic: "verapamil", classes: [.antihypertensive], names: []),
        MedicationEntry(generic: "ramipril", classes: [.antihypertensive], names: ["altace", "tritace"]),
        MedicationEntry(generic: "lisinopril", classes: [.antihypertensive], names: ["zestril", "prinivil"]),
        MedicationEntry(generic: "enalapril", classes: [.antihypertensive], names: ["vasotec"]),
        MedicationEntry(generic: "perindopril", classes: [.antihypertensive], names: ["coversyl"]),
        MedicationEntry(generic: "losartan", classes: [.antihypertensive], names: ["cozaar"]),
        MedicationEntry(generic: "candesartan", classes: [.antihypertensive], names: ["atacand"]),
        MedicationEntry(generic: "valsartan", classes: [.antihypertensive], names: ["diovan"]),
        MedicationEntry(generic: "irbesartan", classes: [.antihypertensive], names: ["avapro"]),
        MedicationEntry(generic: "olmesartan", classes: [.antihypertensive], names: ["benicar"]),
        MedicationEntry(generic: "bisoprolol", classes: [.antihypertensive], names: []),
        MedicationEntry(generic: "atenolol", classes: [.antihypertensive], names: ["tenormin"]),
        MedicationEntry(generic: "metoprolol", classes: [.antihypertensive], names: ["lopressor", "toprol"]),
        MedicationEntry(generic: "propranolol", classes: [.antihypertensive], names: ["inderal"]),
        MedicationEntry(generic: "carvedilol", classes: [.antihypertensive], names: ["coreg"]),
        MedicationEntry(generic: "labetalol", classes: [.antihypertensive], names: []),
        MedicationEntry(generic: "bendroflumethiazide", classes: [.antihypertensive], names: []),
        MedicationEntry(generic: "hydrochlorothiazide", classes: [.antihypertensive], names: []),
        MedicationEntry(generic: "indapamide", classes: [.antihypertensive], names: []),
        MedicationEntry(generic: "chlortalidone", classes: [.antihypertensive], names: ["chlorthalidone"]),
        MedicationEntry(generic: "clonidine", classes: [.antihypertensive], names: ["catapres"]),
        MedicationEntry(generic: "methyldopa", classes: [.antihypertensive], names: []),
        MedicationEntry(generic: "hydralazine", classes: [.antihypertensive], names: []),
        MedicationEntry(generic: "moxonidine", classes: [.antihypertensive], names: []),
        MedicationEntry(generic: "colecalciferol", classes: [.vitaminD], names: ["cholecalciferol", "vitamin d", "vitamin d3"]),
        MedicationEntry(generic: "ergocalciferol", classes: [.vitaminD], names: ["vitamin d2"]),
        MedicationEntry(generic: "calcifediol", classes: [.vitaminD], names: []),
        MedicationEntry(generic: "alfacalcidol", classes: [.vitaminD], names: ["one-alpha"]),
        MedicationEntry(generic: "calcitriol", classes: [.vitaminD], names: ["rocaltrol"]),
        MedicationEntry(generic: "calcium and vitamin d", classes: [.vitaminD], names: ["calcium + vitamin d", "calcium with vitamin d", "calcium carbonate and colecalciferol", "adcal-d3", "calcichew-d3", "caltrate with vitamin d"]),
        MedicationEntry(generic: "paracetamol", classes: [.other], names: ["acetaminophen", "tylenol", "panadol"]),
        MedicationEntry(generic: "ibuprofen", classes: [.other], names: ["advil", "motrin", "nurofen"]),
        MedicationEntry(generic: "naproxen", classes: [.other], names: ["aleve", "naprosyn"]),
        MedicationEntry(generic: "diclofenac", classes: [.other], names: ["voltaren", "voltarol"]),
        MedicationEntry(generic: "celecoxib", classes: [.other], names: ["celebrex"]),
        MedicationEntry(generic: "etoricoxib", classes: [.other], names: ["arcoxia"]),
        MedicationEntry(generic: "meloxicam", classes: [.other], names: ["mobic"]),
        MedicationEntry(generic: "calcium carbonate", classes: [.other], names: ["calcium", "calcium citrate", "tums", "adcal"]),
        MedicationEntry(generic: "atorvastatin", classes: [.other], names: ["lipitor"]),
        MedicationEntry(generic: "simvastatin", classes: [.other], names: ["zocor"]),
        MedicationEntry(generic: "rosuvastatin", classes: [.other], names: ["crestor"]),
        MedicationEntry(generic: "metformin", classes: [.other], names: ["glucophage"]),
        MedicationEntry(generic: "furosemide", classes: [.other], names: ["frusemide", "lasix"]),
        MedicationEntry(generic: "bumetanide", classes: [.other], names: []),
        MedicationEntry(generic: "lidocaine", classes: [.other], names: ["lidocaine plaster", "lignocaine"]),
        MedicationEntry(generic: "capsaicin", classes: [.other], names: []),
    ]

    /// Classes that raise the fall risk of MA-FALLS.
    public static let fallRiskClasses: Set<MedicationClass> = [.opioid, .benzodiazepine, .zDrug, .gabapentinoid, .antiepileptic, .antipsychotic, .antidepressant, .sedatingAntihistamine, .muscleRelaxant, .alphaBlocker, .antihypertensive]
    /// CNS-active classes counted by the Beers "three or more" note of MA-FALLS.
    public static let cnsActiveClasses: Set<MedicationClass> = [.opioid, .benzodiazepine, .zDrug, .gabapentinoid, .antiepileptic, .antipsychotic, .antidepressant, .muscleRelaxant]
}
