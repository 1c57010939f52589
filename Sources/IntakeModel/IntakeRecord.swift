/// One intake record, format `osteo-intake/1` (../shared/spec/intake-format.md).
///
/// Every key is optional in this type, although the format requires some of them: the form screens
/// build a record one answer at a time and a draft is stored with gaps. `IntakeValidator` says which
/// required answers are missing; the assessment engine only ever sees a record that passed it.
/// Omitting a key means "not asked"; `false` means "asked, and the answer is no".
public struct IntakeRecord: Codable, Hashable, Sendable {
    public static let formatTag = "osteo-intake/1"

    public var format: String
    public var id: String?
    public var visitDate: CalendarDate?
    public var patient: Patient?
    public var body: Body?
    public var history: History?
    public var medications: [Medication]?
    public var symptoms: Symptoms?
    public var redFlags: RedFlags?
    public var boneDensity: BoneDensity?
    public var labs: Labs?
    public var startBack: StartBackAnswers?

    public init(
        format: String = IntakeRecord.formatTag, id: String? = nil, visitDate: CalendarDate? = nil,
        patient: Patient? = nil, body: Body? = nil, history: History? = nil, medications: [Medication]? = nil,
        symptoms: Symptoms? = nil, redFlags: RedFlags? = nil, boneDensity: BoneDensity? = nil, labs: Labs? = nil,
        startBack: StartBackAnswers? = nil
    ) {
        self.format = format
        self.id = id
        self.visitDate = visitDate
        self.patient = patient
        self.body = body
        self.history = history
        self.medications = medications
        self.symptoms = symptoms
        self.redFlags = redFlags
        self.boneDensity = boneDensity
        self.labs = labs
        self.startBack = startBack
    }
}

// MARK: - patient (section 3.1)

public enum Sex: String, Codable, CaseIterable, Sendable { case female, male }

public struct Patient: Codable, Hashable, Sendable {
    public var name: String?
    public var identifier: String?
    public var language: String?
    public var phone: String?
    public var sex: Sex?
    public var birthDate: CalendarDate?
    public var age: Int?
    public init(name: String? = nil, identifier: String? = nil, language: String? = nil, phone: String? = nil,
                sex: Sex? = nil, birthDate: CalendarDate? = nil, age: Int? = nil) {
        self.name = name; self.identifier = identifier; self.language = language; self.phone = phone
        self.sex = sex; self.birthDate = birthDate; self.age = age
    }
}

// MARK: - body (section 3.2)

public struct Body: Codable, Hashable, Sendable {
    public var height: Length?
    public var weight: Mass?
    public var tallestAdultHeight: Length?
    public var measuredHeightLoss: Length?
    public var kyphosis: Bool?
    public init(height: Length? = nil, weight: Mass? = nil, tallestAdultHeight: Length? = nil,
                measuredHeightLoss: Length? = nil, kyphosis: Bool? = nil) {
        self.height = height; self.weight = weight; self.tallestAdultHeight = tallestAdultHeight
        self.measuredHeightLoss = measuredHeightLoss; self.kyphosis = kyphosis
    }
}

// MARK: - history (section 3.3)

public enum Condition: String, Codable, CaseIterable, Sendable {
    // Bone-loss conditions (reference section 8): each is an RFX risk factor and fires DX-5.
    case rheumatoidArthritis = "rheumatoid-arthritis"
    case hyperthyroidism
    case hyperparathyroidism
    case hypogonadism
    case anorexiaNervosa = "anorexia-nervosa"
    case cushingsSyndrome = "cushings-syndrome"
    case type1Diabetes = "type-1-diabetes"
    case systemicLupusErythematosus = "systemic-lupus-erythematosus"
    case inflammatoryBowelDisease = "inflammatory-bowel-disease"
    case ankylosingSpondylitis = "ankylosing-spondylitis"
    case coeliacDisease = "coeliac-disease"
    case malabsorption
    case chronicLiverDisease = "chronic-liver-disease"
    case chronicKidneyDisease = "chronic-kidney-disease"
    case multipleMyeloma = "multiple-myeloma"
    case copd
    case organTransplant = "organ-transplant"
    case hiv
    case epilepsy
    case parkinsonsDisease = "parkinsons-disease"
    case prolongedImmobility = "prolonged-immobility"
    case osteogenesisImperfecta = "osteogenesis-imperfecta"
    // Other conditions read by the rules.
    case cancer
    case boneMetastases = "bone-metastases"
    case skeletalRadiotherapy = "skeletal-radiotherapy"
    case pagetsDisease = "pagets-disease"
    case openEpiphyses = "open-epiphyses"
    case hypercalcaemia
    case venousThromboembolism = "venous-thromboembolism"
    case abdominalAorticAneurysm = "abdominal-aortic-aneurysm"
    case oesophagealDisorder = "oesophageal-disorder"

    /// The first group of the format's condition table (section 3.3).
    public var isBoneLossCondition: Bool {
        switch self {
        case .cancer, .boneMetastases, .skeletalRadiotherapy, .pagetsDisease, .openEpiphyses, .hypercalcaemia,
             .venousThromboembolism, .abdominalAorticAneurysm, .oesophagealDisorder:
            return false
        default:
            return true
        }
    }
}

public enum MenopauseStatus: String, Codable, CaseIterable, Sendable {
    case premenopausal, perimenopausal, postmenopausal
}

public struct Menopause: Codable, Hashable, Sendable {
    public var status: MenopauseStatus?
    /// Age at the last menstrual period; read only when postmenopausal.
    public var age: Int?
    public init(status: MenopauseStatus? = nil, age: Int? = nil) { self.status = status; self.age = age }
}

public enum FractureSite: String, Codable, CaseIterable, Sendable {
    case vertebra, hip
    case wristOrForearm = "wrist-or-forearm"
    case humerus, rib, pelvis, ankle, other
}

public struct Fracture: Codable, Hashable, Sendable {
    public var site: FractureSite?
    public var age: Int?
    public var lowTrauma: Bool?
    public var documented: Bool?
    public init(site: FractureSite? = nil, age: Int? = nil, lowTrauma: Bool? = nil, documented: Bool? = nil) {
        self.site = site; self.age = age; self.lowTrauma = lowTrauma; self.documented = documented
    }
}

public enum CardiovascularEventType: String, Codable, CaseIterable, Sendable {
    case myocardialInfarction = "myocardial-infarction"
    case stroke
}

public struct CardiovascularEvent: Codable, Hashable, Sendable {
    public var type: CardiovascularEventType?
    public var date: CalendarDate?
    public init(type: CardiovascularEventType? = nil, date: CalendarDate? = nil) { self.type = type; self.date = date }
}

public enum Smoking: String, Codable, CaseIterable, Sendable { case current, former, never }
public enum ActivityLevel: String, Codable, CaseIterable, Sendable { case sedentary, light, moderate, vigorous }
public enum CalciumIntake: String, Codable, CaseIterable, Sendable { case low, adequate }

public struct History: Codable, Hashable, Sendable {
    public var conditions: [Condition]?
    public var menopause: Menopause?
    public var fractures: [Fracture]?
    public var parentalHipFracture: Bool?
    public var fallsPast12Months: Int?
    public var cardiovascularEvents: [CardiovascularEvent]?
    public var smoking: Smoking?
    public var alcoholPerDay: AlcoholAmount?
    public var activityLevel: ActivityLevel?
    public var calciumIntake: CalciumIntake?
    public var vitaminDSupplement: Bool?
    public var plannedDentalSurgery: Bool?
    public var poorDentalHealth: Bool?
    public init(conditions: [Condition]? = nil, menopause: Menopause? = nil, fractures: [Fracture]? = nil,
                parentalHipFracture: Bool? = nil, fallsPast12Months: Int? = nil,
                cardiovascularEvents: [CardiovascularEvent]? = nil, smoking: Smoking? = nil,
                alcoholPerDay: AlcoholAmount? = nil, activityLevel: ActivityLevel? = nil,
                calciumIntake: CalciumIntake? = nil, vitaminDSupplement: Bool? = nil,
                plannedDentalSurgery: Bool? = nil, poorDentalHealth: Bool? = nil) {
        self.conditions = conditions; self.menopause = menopause; self.fractures = fractures
        self.parentalHipFracture = parentalHipFracture; self.fallsPast12Months = fallsPast12Months
        self.cardiovascularEvents = cardiovascularEvents; self.smoking = smoking; self.alcoholPerDay = alcoholPerDay
        self.activityLevel = activityLevel; self.calciumIntake = calciumIntake
        self.vitaminDSupplement = vitaminDSupplement; self.plannedDentalSurgery = plannedDentalSurgery
        self.poorDentalHealth = poorDentalHealth
    }
}

// MARK: - medications (section 3.4)

public enum MedicationStatus: String, Codable, CaseIterable, Sendable { case current, past, planned }
public enum Route: String, Codable, CaseIterable, Sendable { case oral, injection, inhaled, topical, transdermal }

public struct Medication: Codable, Hashable, Sendable {
    /// Generic or brand name as entered; kept and printed even when the vocabulary does not know it.
    public var name: String?
    /// Omitted means current.
    public var status: MedicationStatus?
    public var doseMgPerDay: Double?
    public var route: Route?
    public var months: Double?
    public var years: Double?
    public var lastDoseDate: CalendarDate?
    public var wantsToStop: Bool?
    public init(name: String? = nil, status: MedicationStatus? = nil, doseMgPerDay: Double? = nil, route: Route? = nil,
                months: Double? = nil, years: Double? = nil, lastDoseDate: CalendarDate? = nil, wantsToStop: Bool? = nil) {
        self.name = name; self.status = status; self.doseMgPerDay = doseMgPerDay; self.route = route
        self.months = months; self.years = years; self.lastDoseDate = lastDoseDate; self.wantsToStop = wantsToStop
    }
}

// MARK: - symptoms (section 3.5)

public enum Onset: String, Codable, CaseIterable, Sendable { case sudden, gradual }

public enum Trigger: String, Codable, CaseIterable, Sendable {
    case none
    case coughOrSneeze = "cough-or-sneeze"
    case liftingOrBending = "lifting-or-bending"
    case fallFromStandingHeight = "fall-from-standing-height"
    case otherMinorStrain = "other-minor-strain"
    case majorTrauma = "major-trauma"
}

public enum PainLocation: String, Codable, CaseIterable, Sendable {
    case neck
    case upperBack = "upper-back"
    case midBack = "mid-back"
    case lowerBack = "lower-back"
    case buttock
    case hipOrGroin = "hip-or-groin"
    case abdomen
    case chestOrRibs = "chest-or-ribs"
}

public enum Radiation: String, Codable, CaseIterable, Sendable {
    case none, buttock
    case leftLeg = "left-leg"
    case rightLeg = "right-leg"
    case bothLegs = "both-legs"
}

public enum Numbness: String, Codable, CaseIterable, Sendable {
    case none
    case leftLeg = "left-leg"
    case rightLeg = "right-leg"
    case bothLegs = "both-legs"
}

public enum Aggravator: String, Codable, CaseIterable, Sendable {
    case standing, walking, sitting
    case bendingForward = "bending-forward"
    case lifting, twisting
    case coughingOrSneezing = "coughing-or-sneezing"
    case lyingDown = "lying-down"
    case rest
}

public enum Reliever: String, Codable, CaseIterable, Sendable {
    case lyingDown = "lying-down"
    case rest, sitting, walking, exercise, heat, medication
    case changingPosition = "changing-position"
}

public enum NightPain: String, Codable, CaseIterable, Sendable {
    case none, positional
    case easesOnGettingUp = "eases-on-getting-up"
    case constant
}

public enum Mobility: String, Codable, CaseIterable, Sendable {
    case independent
    case walkingAid = "walking-aid"
    case wheelchair
    case bedBound = "bed-bound"
}

public struct Symptoms: Codable, Hashable, Sendable {
    public var startDate: CalendarDate?
    public var daysAgo: Int?
    public var onset: Onset?
    public var trigger: Trigger?
    public var painScore: Int?
    public var locations: [PainLocation]?
    public var radiation: Radiation?
    public var numbness: Numbness?
    public var worsenedBy: [Aggravator]?
    public var relievedBy: [Reliever]?
    public var nightPain: NightPain?
    public var newThighOrGroinPain: Bool?
    public var noticedHeightLoss: Bool?
    public var postureChange: Bool?
    public var breathingDifficulty: Bool?
    public var balanceProblems: Bool?
    public var fatigue: Bool?
    public var mobility: Mobility?
    public var cannotStayUpright30Min: Bool?
    public init(startDate: CalendarDate? = nil, daysAgo: Int? = nil, onset: Onset? = nil, trigger: Trigger? = nil,
                painScore: Int? = nil, locations: [PainLocation]? = nil, radiation: Radiation? = nil,
                numbness: Numbness? = nil, worsenedBy: [Aggravator]? = nil, relievedBy: [Reliever]? = nil,
                nightPain: NightPain? = nil, newThighOrGroinPain: Bool? = nil, noticedHeightLoss: Bool? = nil,
                postureChange: Bool? = nil, breathingDifficulty: Bool? = nil, balanceProblems: Bool? = nil,
                fatigue: Bool? = nil, mobility: Mobility? = nil, cannotStayUpright30Min: Bool? = nil) {
        self.startDate = startDate; self.daysAgo = daysAgo; self.onset = onset; self.trigger = trigger
        self.painScore = painScore; self.locations = locations; self.radiation = radiation; self.numbness = numbness
        self.worsenedBy = worsenedBy; self.relievedBy = relievedBy; self.nightPain = nightPain
        self.newThighOrGroinPain = newThighOrGroinPain; self.noticedHeightLoss = noticedHeightLoss
        self.postureChange = postureChange; self.breathingDifficulty = breathingDifficulty
        self.balanceProblems = balanceProblems; self.fatigue = fatigue; self.mobility = mobility
        self.cannotStayUpright30Min = cannotStayUpright30Min
    }
}

// MARK: - red flags (section 3.6)

public struct RedFlags: Codable, Hashable, Sendable {
    public var saddleNumbness: Bool?
    public var urinaryRetention: Bool?
    public var urinaryIncontinence: Bool?
    public var faecalIncontinence: Bool?
    public var bilateralSciatica: Bool?
    public var sexualDysfunction: Bool?
    public var legWeakness: Bool?
    public var gaitDisturbance: Bool?
    public var unexplainedWeightLoss: Bool?
    public var feverOrRigors: Bool?
    public var temperature: Temperature?
    public var ivDrugUse: Bool?
    public var recentInfectionOrProcedure: Bool?
    public var immunosuppressed: Bool?
    public var pulsatileAbdominalMass: Bool?
    public var collapseOrHypotension: Bool?
    public init(saddleNumbness: Bool? = nil, urinaryRetention: Bool? = nil, urinaryIncontinence: Bool? = nil,
                faecalIncontinence: Bool? = nil, bilateralSciatica: Bool? = nil, sexualDysfunction: Bool? = nil,
                legWeakness: Bool? = nil, gaitDisturbance: Bool? = nil, unexplainedWeightLoss: Bool? = nil,
                feverOrRigors: Bool? = nil, temperature: Temperature? = nil, ivDrugUse: Bool? = nil,
                recentInfectionOrProcedure: Bool? = nil, immunosuppressed: Bool? = nil,
                pulsatileAbdominalMass: Bool? = nil, collapseOrHypotension: Bool? = nil) {
        self.saddleNumbness = saddleNumbness; self.urinaryRetention = urinaryRetention
        self.urinaryIncontinence = urinaryIncontinence; self.faecalIncontinence = faecalIncontinence
        self.bilateralSciatica = bilateralSciatica; self.sexualDysfunction = sexualDysfunction
        self.legWeakness = legWeakness; self.gaitDisturbance = gaitDisturbance
        self.unexplainedWeightLoss = unexplainedWeightLoss; self.feverOrRigors = feverOrRigors
        self.temperature = temperature; self.ivDrugUse = ivDrugUse
        self.recentInfectionOrProcedure = recentInfectionOrProcedure; self.immunosuppressed = immunosuppressed
        self.pulsatileAbdominalMass = pulsatileAbdominalMass; self.collapseOrHypotension = collapseOrHypotension
    }
}

// MARK: - bone density and labs (sections 3.7, 3.8)

public enum BoneDensitySite: String, Codable, CaseIterable, Sendable {
    case lumbarSpine = "lumbar-spine"
    case totalHip = "total-hip"
    case femoralNeck = "femoral-neck"
    case forearm
}

public struct BoneDensity: Codable, Hashable, Sendable {
    public var lowestTScore: Double?
    public var lowestZScore: Double?
    public var site: BoneDensitySite?
    public var date: CalendarDate?
    public init(lowestTScore: Double? = nil, lowestZScore: Double? = nil, site: BoneDensitySite? = nil, date: CalendarDate? = nil) {
        self.lowestTScore = lowestTScore; self.lowestZScore = lowestZScore; self.site = site; self.date = date
    }
}

public struct Labs: Codable, Hashable, Sendable {
    public var egfr: Double?
    public var creatinineClearance: Double?
    public var dialysis: Bool?
    public var hypocalcaemia: Bool?
    public var vitaminDDeficient: Bool?
    public var tshSuppressed: Bool?
    public var alpRaisedUnexplained: Bool?
    public init(egfr: Double? = nil, creatinineClearance: Double? = nil, dialysis: Bool? = nil,
                hypocalcaemia: Bool? = nil, vitaminDDeficient: Bool? = nil, tshSuppressed: Bool? = nil,
                alpRaisedUnexplained: Bool? = nil) {
        self.egfr = egfr; self.creatinineClearance = creatinineClearance; self.dialysis = dialysis
        self.hypocalcaemia = hypocalcaemia; self.vitaminDDeficient = vitaminDDeficient
        self.tshSuppressed = tshSuppressed; self.alpRaisedUnexplained = alpRaisedUnexplained
    }
}

// MARK: - STarT Back (section 3.9)

public enum Bothersomeness: String, Codable, CaseIterable, Sendable {
    case notAtAll = "not-at-all"
    case slightly, moderately
    case veryMuch = "very-much"
    case extremely
}

/// Keele STarT Back Screening Tool answers, Keele numbering; `true` = agree.
public struct StartBackAnswers: Codable, Hashable, Sendable {
    public var item1: Bool?
    public var item2: Bool?
    public var item3: Bool?
    public var item4: Bool?
    public var item5: Bool?
    public var item6: Bool?
    public var item7: Bool?
    public var item8: Bool?
    public var item9: Bothersomeness?
    public init(item1: Bool? = nil, item2: Bool? = nil, item3: Bool? = nil, item4: Bool? = nil, item5: Bool? = nil,
                item6: Bool? = nil, item7: Bool? = nil, item8: Bool? = nil, item9: Bothersomeness? = nil) {
        self.item1 = item1; self.item2 = item2; self.item3 = item3; self.item4 = item4; self.item5 = item5
        self.item6 = item6; self.item7 = item7; self.item8 = item8; self.item9 = item9
    }

    /// The item numbers (1-9) left unanswered, in order.
    public var unansweredItems: [Int] {
        let given = [item1 != nil, item2 != nil, item3 != nil, item4 != nil, item5 != nil, item6 != nil, item7 != nil,
                     item8 != nil, item9 != nil]
        return given.indices.filter { !given[$0] }.map { $0 + 1 }
    }
}
