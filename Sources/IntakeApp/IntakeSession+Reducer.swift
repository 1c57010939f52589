import Catalog
import Assessment
import IntakeModel
import Questionnaire

extension IntakeSession {
    /// Applies one action and returns the effects the shell must perform. The only place the
    /// session changes.
    public mutating func apply(_ action: SessionAction) -> [SessionEffect] {
        notice = nil
        if pendingAlert != nil {
            switch action {
            case .acknowledgeAlert(let name): return acknowledgeAlert(staffName: name)
            case .save: return [.saveNow]
            default: return []  // the modal holds the screen until staff acknowledge it
            }
        }
        if handOver != nil { return applyWhileHandOverAsked(action) }
        if finishCheck != nil {
            switch action {
            case .finish: return finishLeavingRedFlagsUnasked()
            case .answerUnaskedRedFlags: return answerUnaskedRedFlags()
            case .save: return [.saveNow]
            case .exit: finishCheck = nil; return [.saveNow, .exit]
            default: return []  // the question holds the screen until it is answered
            }
        }
        switch action {
        case .setAnswer(let address, let value):
            if value != nil { unknownAnswers.remove(address) }
            return setAnswer(value, at: address)
        case .answerUnknown(let address):
            unknownAnswers.insert(address)
            return setAnswer(nil, at: address)
        case .enterText(let address, let text): return enterText(text, at: address)
        case .enterQuantity(let address, let text, let unit): return enterQuantity(text, unit: unit, at: address)
        case .focus(let address): return moveFocus(to: address, validating: true)
        case .nextField: return nextField()
        case .previousField: return previousField()
        case .nextStop(let leavingStep): return nextField(headings: true, leavingStep: leavingStep)
        case .previousStop(let leavingStep): return previousField(headings: true, leavingStep: leavingStep)
        case .nextStep: return goToStep(offset: 1, validating: true)
        case .previousStep: return goToStep(offset: -1, validating: false)
        case .goToStep(let step): return open(step, validating: false)
        case .skipStep: return skipCurrentStep()
        case .addEntry(let group): return addEntry(to: group)
        case .removeEntry(let group, let index): return removeEntry(index, from: group)
        case .jump(let caption): return jump(toCaption: caption)
        case .acknowledgeAlert, .dismissAlert: return []
        case .save: return [.saveNow]
        case .print: return [.print, .audit(.printed)]
        case .finish: return finish()
        case .answerUnaskedRedFlags: return []
        case .exit: return [.saveNow, .exit]
        }
    }

    /// After any change of the record: re-run the assessment and raise the alert when an EMERGENCY
    /// rule newly fires.
    mutating func recordChanged() -> [SessionEffect] {
        let spoken = IntakeSession.language(of: record, otherwise: programLanguage)
        if spoken != language { switchLanguage(to: spoken) }
        let languageField = ItemAddress("patient.language")
        if let note = unspokenLanguageWarning()[languageField] {
            warnings[languageField] = note
        } else if warnings[languageField] != nil {
            warnings[languageField] = problemsByField().warnings[languageField]
        }
        validation = IntakeValidator.check(record, language: language)
        assessment = engine.assess(record, priorWarnings: validation.warnings)
        let now = IntakeSession.emergencies(in: assessment)
        let newlyFired = now.subtracting(firingEmergencies)
        firingEmergencies = now
        isCompleted = false
        guard !newlyFired.isEmpty else { return [] }
        let alert = EmergencyAlert(findings: assessment.redFlags.filter { newlyFired.contains($0.rule) })
        pendingAlert = alert
        return [.showAlert(alert), .audit(.alertShown(alert.rules))]
    }

    mutating func acknowledgeAlert(staffName: String) -> [SessionEffect] {
        guard let alert = pendingAlert else { return [] }
        let name = IntakeSession.cleanText(staffName)
        guard !name.isEmpty else {
            notice = Catalog(language)(.sessionMessageNameNeeded)
            return []
        }
        pendingAlert = nil
        acknowledgedEmergencies.formUnion(alert.rules)
        // A kiosk stays the patient's view after a member of staff acknowledged: its title, review
        // and step list never show staff items or the triage (staff see them at a desk).
        return [.alertAcknowledged(alert, staffName: name), .audit(.alertAcknowledged(alert.rules))]
    }

    /// Opening a record: the alert comes back for every emergency rule firing that no member of
    /// staff has acknowledged (the audit trail's acknowledgements, `acknowledged`).
    public mutating func raiseUnacknowledgedAlert(acknowledged: Set<RedFlagRule>) -> [SessionEffect] {
        acknowledgedEmergencies.formUnion(acknowledged)
        let waiting = firingEmergencies.subtracting(acknowledged)
        guard pendingAlert == nil, !waiting.isEmpty else { return [] }
        let alert = EmergencyAlert(findings: assessment.redFlags.filter { waiting.contains($0.rule) })
        pendingAlert = alert
        return [.showAlert(alert), .audit(.alertShown(alert.rules))]
    }

    /// Acknowledged emergency alerts whose rule no longer fires: the answer that raised it was
    /// changed afterwards (a yes typed by mistake, or a patient taking it back), in rule order.
    public var acknowledgedAlertsNoLongerFiring: [RedFlagRule] {
        let firing = Set(assessment.redFlags.map(\.rule))
        return acknowledgedEmergencies.subtracting(firing).sorted { $0.rawValue < $1.rawValue }
    }

    /// The text of the pending alert for the screen: in kiosk mode the plain instruction for the
    /// patient; for staff the title and one line per rule.
    public func alertLines() -> [String] {
        guard let alert = pendingAlert else { return [] }
        if mode == .kiosk { return [Catalog(language)(.sessionAlertKiosk)] }
        return [Catalog(language)(.sessionAlertTitle)]
            + alert.rules.map { IntakeSessionStrings.text("alert." + $0.rawValue, language) }
            + [Catalog(language)(.sessionAlertFooter)]
    }
}
