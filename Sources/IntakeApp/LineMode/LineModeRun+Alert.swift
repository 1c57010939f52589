import Catalog
import Assessment
import IntakeReport
import Questionnaire

extension LineModeRun {
    /// The emergency alert, said at once between marked lines, until a staff member types a name.
    mutating func acknowledgeAlert() throws -> AccessibleIntakeOutcome.Ending? {
        guard let alert = session.pendingAlert else { return nil }
        say("")
        say(strings(.lineModeAlertBegin))
        if session.mode == .kiosk {
            sayLines(session.alertLines())
            say(Catalog(session.language)(.sessionAlertFooter))
        } else {
            let lines = session.alertLines()
            if let title = lines.first { say(title) }
            let words = ReportText(language: session.language)
            for (finding, text) in zip(alert.findings, lines.dropFirst()) {
                let reasons = finding.because.map(words.reason).joined(separator: ", ")
                say(strings(.lineModeAlertFinding, ["rule": finding.rule.rawValue, "text": text, "reasons": reasons]))
            }
            if let footer = lines.last, lines.count > alert.findings.count + 1 { say(footer) }
        }
        say(strings(.lineModeAlertEnd))
        while session.pendingAlert != nil {
            say(strings(.lineModeAlertName))
            guard case .answer(let name) = read(.staffName, commands: false) else { return try hangUp() }
            try apply(.acknowledgeAlert(staffName: name))
            if session.pendingAlert == nil {
                say(strings(.lineModeAlertAcknowledged, ["name": name]))
            } else if let notice = session.notice {
                say(notice)
            }
        }
        announcedStep = nil
        if let address = advanceAfterAlert {
            advanceAfterAlert = nil
            if session.focus == address { try leave(address) }
        }
        return nil
    }

    /// The Review step: the summary as plain lines, then commands until the intake is finished or
    /// the user goes back to a question.
    mutating func review() throws -> AccessibleIntakeOutcome.Ending? {
        sayLines(summaryLines)
        while session.currentStep == .summary, session.pendingAlert == nil {
            say(strings(.lineModeReviewPrompt))
            switch read(.review) {
            case .end: return try hangUp()
            case .command(let command):
                if let ending = try perform(command, at: nil) { return ending }
            case .answer:
                say(strings(.lineModeMessageNotCommand))
            }
        }
        return nil
    }
}
