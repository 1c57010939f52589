import Catalog
import Foundation

/// The Spanish generic names of the bundled medication vocabulary where they differ from its
/// names, so a patient typing in Spanish finds "alendronato" or "calcio y vitamina D". A Spanish
/// name stands for the vocabulary's generic (`canonical`), which is what the record stores: the
/// engine, the sheet and FHIR see the same names as for an English intake.
///
/// Names: the Spanish International Nonproprietary Names (Denominaciones Comunes Internacionales)
/// of the WHO INN lists (https://www.who.int/teams/health-product-and-policy-standards/inn), as the
/// Spanish medicines agency's CIMA database writes them (https://cima.aemps.es), and the words a
/// Spanish leaflet uses for the combined and class entries. Lower case; accents as written in
/// Spanish (they are ignored when matching).
public enum SpanishMedicationNames {
    /// Generic (the vocabulary's) -> Spanish names, for every entry whose Spanish name differs.
    public static let byGeneric: [String: [String]] = [
        "prednisolone": ["prednisolona"],
        "prednisone": ["prednisona"],
        "methylprednisolone": ["metilprednisolona"],
        "hydrocortisone": ["hidrocortisona"],
        "dexamethasone": ["dexametasona"],
        "cortisone": ["cortisona", "acetato de cortisona"],
        "budesonide": ["budesonida"],
        "beclometasone": ["beclometasona"],
        "fluticasone": ["fluticasona"],
        "mometasone": ["mometasona"],
        "alendronate": ["alendronato", "ácido alendrónico"],
        "risedronate": ["risedronato", "ácido risedrónico"],
        "ibandronate": ["ibandronato", "ácido ibandrónico"],
        "zoledronic acid": ["ácido zoledrónico", "zoledronato"],
        "teriparatide": ["teriparatida"],
        "abaloparatide": ["abaloparatida"],
        "raloxifene": ["raloxifeno"],
        "calcitonin": ["calcitonina"],
        "strontium ranelate": ["ranelato de estroncio"],
        "conjugated estrogens": ["estrógenos conjugados"],
        "conjugated estrogens with bazedoxifene": ["estrógenos conjugados con bazedoxifeno"],
        "tibolone": ["tibolona"],
        "hormone replacement therapy": ["terapia hormonal sustitutiva", "terapia hormonal", "ths"],
        "anastrozole": ["anastrozol"],
        "letrozole": ["letrozol"],
        "exemestane": ["exemestano"],
        "leuprorelin": ["leuprorelina"],
        "goserelin": ["goserelina"],
        "triptorelin": ["triptorelina"],
        "phenytoin": ["fenitoína"],
        "carbamazepine": ["carbamazepina"],
        "phenobarbital": ["fenobarbital"],
        "primidone": ["primidona"],
        "medroxyprogesterone": ["medroxiprogesterona"],
        "depot medroxyprogesterone": ["medroxiprogesterona depot"],
        "pioglitazone": ["pioglitazona"],
        "rosiglitazone": ["rosiglitazona"],
        "heparin": ["heparina", "heparina no fraccionada"],
        "enoxaparin": ["enoxaparina"],
        "dalteparin": ["dalteparina"],
        "tinzaparin": ["tinzaparina"],
        "levothyroxine": ["levotiroxina", "tiroxina"],
        "liothyronine": ["liotironina"],
        "ciclosporin": ["ciclosporina"],
        "omeprazole": ["omeprazol"],
        "esomeprazole": ["esomeprazol"],
        "lansoprazole": ["lansoprazol"],
        "pantoprazole": ["pantoprazol"],
        "rabeprazole": ["rabeprazol"],
        "dexlansoprazole": ["dexlansoprazol"],
        "sertraline": ["sertralina"],
        "fluoxetine": ["fluoxetina"],
        "paroxetine": ["paroxetina"],
        "fluvoxamine": ["fluvoxamina"],
        "warfarin": ["warfarina"],
        "acenocoumarol": ["acenocumarol"],
        "aspirin": ["aspirina", "ácido acetilsalicílico"],
        "dipyridamole": ["dipiridamol"],
        "codeine": ["codeína"],
        "co-codamol": ["paracetamol con codeína", "codeína con paracetamol"],
        "co-dydramol": ["paracetamol con dihidrocodeína"],
        "dihydrocodeine": ["dihidrocodeína"],
        "morphine": ["morfina"],
        "oxycodone": ["oxicodona"],
        "hydrocodone": ["hidrocodona"],
        "hydromorphone": ["hidromorfona"],
        "fentanyl": ["fentanilo"],
        "buprenorphine": ["buprenorfina"],
        "methadone": ["metadona"],
        "pethidine": ["petidina", "meperidina"],
        "chlordiazepoxide": ["clordiazepóxido"],
        "zopiclone": ["zopiclona"],
        "eszopiclone": ["eszopiclona"],
        "gabapentin": ["gabapentina"],
        "pregabalin": ["pregabalina"],
        "valproate": ["valproato", "ácido valproico", "valproato sódico"],
        "lamotrigine": ["lamotrigina"],
        "topiramate": ["topiramato"],
        "oxcarbazepine": ["oxcarbazepina"],
        "lacosamide": ["lacosamida"],
        "quetiapine": ["quetiapina"],
        "olanzapine": ["olanzapina"],
        "risperidone": ["risperidona"],
        "aripiprazole": ["aripiprazol"],
        "clozapine": ["clozapina"],
        "chlorpromazine": ["clorpromazina"],
        "venlafaxine": ["venlafaxina"],
        "duloxetine": ["duloxetina"],
        "amitriptyline": ["amitriptilina"],
        "nortriptyline": ["nortriptilina"],
        "imipramine": ["imipramina"],
        "clomipramine": ["clomipramina"],
        "dosulepin": ["dosulepina"],
        "mirtazapine": ["mirtazapina"],
        "trazodone": ["trazodona"],
        "diphenhydramine": ["difenhidramina"],
        "promethazine": ["prometazina"],
        "chlorphenamine": ["clorfenamina"],
        "hydroxyzine": ["hidroxizina"],
        "doxylamine": ["doxilamina"],
        "baclofen": ["baclofeno"],
        "tizanidine": ["tizanidina"],
        "cyclobenzaprine": ["ciclobenzaprina"],
        "methocarbamol": ["metocarbamol"],
        "orphenadrine": ["orfenadrina"],
        "tamsulosin": ["tamsulosina"],
        "doxazosin": ["doxazosina"],
        "alfuzosin": ["alfuzosina"],
        "terazosin": ["terazosina"],
        "prazosin": ["prazosina"],
        "silodosin": ["silodosina"],
        "amlodipine": ["amlodipino"],
        "nifedipine": ["nifedipino"],
        "felodipine": ["felodipino"],
        "lercanidipine": ["lercanidipino"],
        "verapamil": ["verapamilo"],
        "bendroflumethiazide": ["bendroflumetiazida"],
        "hydrochlorothiazide": ["hidroclorotiazida"],
        "indapamide": ["indapamida"],
        "chlortalidone": ["clortalidona"],
        "clonidine": ["clonidina"],
        "methyldopa": ["metildopa"],
        "hydralazine": ["hidralazina"],
        "moxonidine": ["moxonidina"],
        "colecalciferol": ["vitamina d", "vitamina d3"],
        "ergocalciferol": ["vitamina d2"],
        "calcium and vitamin d": ["calcio y vitamina d", "calcio con vitamina d", "carbonato cálcico y colecalciferol"],
        "ibuprofen": ["ibuprofeno"],
        "naproxen": ["naproxeno"],
        "diclofenac": ["diclofenaco"],
        "calcium carbonate": ["calcio", "carbonato cálcico", "carbonato de calcio", "citrato de calcio"],
        "atorvastatin": ["atorvastatina"],
        "simvastatin": ["simvastatina"],
        "rosuvastatin": ["rosuvastatina"],
        "metformin": ["metformina"],
        "furosemide": ["furosemida"],
        "bumetanide": ["bumetanida"],
        "lidocaine": ["lidocaína"],
        "capsaicin": ["capsaicina"],
    ]

    /// Generics whose Spanish name is the same once accents are ignored (denosumab, apixabán,
    /// losartán...): the vocabulary's own name already finds them. With `byGeneric` this covers
    /// the whole vocabulary (a test checks it, so a new entry is looked at in Spanish too).
    public static let sameInSpanish: Set<String> = [
        "denosumab", "romosozumab", "estradiol", "degarelix", "relugolix", "tacrolimus", "citalopram",
        "escitalopram", "apixaban", "rivaroxaban", "edoxaban", "dabigatran", "fondaparinux", "clopidogrel",
        "prasugrel", "ticagrelor", "cilostazol", "tramadol", "tapentadol", "diazepam", "lorazepam", "alprazolam",
        "clonazepam", "temazepam", "nitrazepam", "oxazepam", "zolpidem", "zaleplon", "levetiracetam", "haloperidol",
        "carisoprodol", "diltiazem", "ramipril", "lisinopril", "enalapril", "perindopril", "losartan", "candesartan",
        "valsartan", "irbesartan", "olmesartan", "bisoprolol", "atenolol", "metoprolol", "propranolol", "carvedilol",
        "labetalol", "calcifediol", "alfacalcidol", "calcitriol", "paracetamol", "celecoxib", "etoricoxib",
        "meloxicam",
    ]

    /// Case, accents and runs of white space ignored: "Ácido  Zoledrónico" and "acido zoledronico"
    /// are one key.
    public static func key(_ name: String) -> String {
        MedicationVocabulary.normalise(name.folding(options: .diacriticInsensitive, locale: nil))
    }

    private static let index: [String: String] = {
        var index: [String: String] = [:]
        for (generic, names) in byGeneric { for name in names { index[key(name)] = generic } }
        return index
    }()

    /// The vocabulary's generic for a Spanish name ("Ácido zoledrónico" -> "zoledronic acid"), nil
    /// for any other text.
    public static func canonical(_ name: String) -> String? { index[key(name)] }

    /// The name a Spanish reader is shown for a name of the record: the first Spanish name of a
    /// vocabulary generic ("alendronate" -> "alendronato", "zoledronic acid" -> "ácido
    /// zoledrónico"); any other name (a brand, a name the patient typed) as it is.
    public static func shown(_ name: String) -> String {
        byGeneric[MedicationVocabulary.normalise(name)]?.first ?? name
    }

    /// The name a reader of `language` is shown: Spanish names on Spanish screens and sheets
    /// (`shown(_:)`), the record's name in any other language.
    public static func shown(_ name: String, in language: Language) -> String {
        language == .spanish ? shown(name) : name
    }

    /// Spanish names starting like `prefix` (accents and case ignored), as Spanish writes them,
    /// sorted.
    public static func suggestions(forPrefix prefix: String) -> [String] {
        let wanted = key(prefix)
        guard !wanted.isEmpty else { return [] }
        return byGeneric.values.joined().filter { key($0).hasPrefix(wanted) }.sorted()
    }
}

extension MedicationVocabulary {
    /// Type-ahead names: `suggestions(forPrefix:limit:)`, after the Spanish names that start like
    /// `prefix` when `includingSpanish` (a patient typing in Spanish), at most `limit` in all. A
    /// generic offered by its Spanish name is not offered again in English ("lansoprazol", not
    /// also "lansoprazole": one medicine, one line); typed in English, it is offered as typed.
    public func suggestions(forPrefix prefix: String, includingSpanish: Bool, limit: Int = 8) -> [String] {
        guard includingSpanish else { return suggestions(forPrefix: prefix, limit: limit) }
        let spanish = SpanishMedicationNames.suggestions(forPrefix: prefix)
        let folded = SpanishMedicationNames.key(prefix)
        // "acido zoledronico" finds the vocabulary's names by their accent-free form too
        let others = suggestions(forPrefix: folded, limit: limit).filter { name in
            !spanish.contains(name) && !(SpanishMedicationNames.byGeneric[name] ?? []).contains(where: spanish.contains)
        }
        return Array((spanish + others).prefix(limit))
    }
}
