import Foundation
import IntakeModel
import Questionnaire
import TerminalUI

/// Types a whole record into the intake screens from the keyboard, as a front desk would: it reads
/// the focused widget off the screen, presses the keys that give the record's answer (typing,
/// arrows, Space, Insert on a list's heading or last entry for a new entry), then Tab; PgDn on
/// steps with nothing to type. It never sets an answer directly. An emergency alert is
/// acknowledged by a signed-in member of staff.
///
/// Pilot tests type the shared examples with it; `intake-bench screens` replays the keys it
/// pressed; `tuibenchScript` writes them for `shared/tools/tuibench`.
public struct KeyboardTypist {
    public var pilot: Pilot<IntakeScreen>
    public let target: IntakeRecord
    let definition = QuestionnaireDefinition.intake
    /// Rules of every emergency alert that appeared, in order.
    public private(set) var alertsSeen: [[String]] = []
    /// Every key pressed, in order (alert acknowledgements included).
    public private(set) var keys: [Key] = []
    /// When true (the default) an emergency alert is acknowledged as soon as it shows.
    public var acknowledgesAlerts = true
    /// The signed-in staff member who acknowledges an alert.
    public var staffName = "Dr Test"

    /// A new intake dated `visitDate`, to be typed until it holds `target`'s answers.
    public init(target: IntakeRecord, visitDate: CalendarDate, size: Size = Size(width: 80, height: 24),
                mode: SessionMode = .staff) {
        let session = IntakeSession(record: IntakeRecord(id: target.id), clock: FixedIntakeClock(visitDate), mode: mode)
        self.init(screen: IntakeScreen(session: session, size: size), target: target)
    }

    /// Types into an open screen (a resumed draft, a kiosk).
    public init(screen: IntakeScreen, target: IntakeRecord = IntakeRecord()) {
        self.target = target
        self.pilot = Pilot(screen, size: screen.size)
    }

    public var screen: IntakeScreen { pilot.model }
    public var session: IntakeSession { pilot.model.session }

    public mutating func press(_ keys: Key...) { press(keys) }
    public mutating func press(_ keys: [Key]) {
        for key in keys {
            pilot.press(key)
            self.keys.append(key)
            acknowledgeAlertIfShown()
        }
    }

    public mutating func type(_ text: String) { press(text.map { Key.character($0) }) }

    private mutating func acknowledgeAlertIfShown() {
        guard acknowledgesAlerts, let alert = pilot.model.session.pendingAlert else { return }
        alertsSeen.append(alert.rules.map(\.rawValue))
        pilot.press(.enter)
        keys.append(.enter)
        // The shell asks the staff member to sign in; signed in, the alert is acknowledged.
        let name = staffName
        pilot.apply { $0.acknowledgeAlert(signedInAs: name) }
    }

    /// Types every step up to the summary.
    public mutating func typeWholeIntake() {
        var guardCount = 0
        while session.currentStep != .summary && guardCount < 600 {
            guardCount += 1
            guard let focus = session.focus else {
                press(.pageDown)
                continue
            }
            // Insert adds to the list the cursor is in: on its heading, or after an entry's last field
            if definition.item(linkId: focus.linkId)?.type == .repeatingGroup {
                press(wantsMore(focus.linkId) ? .insert : .tab)
                continue
            }
            answer(focus)
            if groupWantingEntry(after: focus) != nil { press(.insert) } else { press(.tab) }
        }
    }

    /// The list the field is in when it is its entry's last field and the record has more entries.
    private func groupWantingEntry(after focus: ItemAddress) -> String? {
        guard let group = definition.repeatingGroup(of: focus.linkId) else { return nil }
        // what is shown once the field is left (its typed answer reaches the record then)
        var predicted = session.record
        if let wanted = definition.value(at: focus, in: target) {
            _ = try? definition.set(wanted, at: focus, in: &predicted)
        }
        let shown = definition.visibleAddresses(in: predicted, step: session.currentStep, audience: session.mode.audience)
        let start = shown.firstIndex(of: focus).map { $0 + 1 } ?? 0
        let laterInEntry = shown[start...].contains { definition.repeatingGroup(of: $0.linkId) == group && $0.instance == focus.instance
            && isAnswerable($0) }
        return !laterInEntry && wantsMore(group) ? group : nil
    }

    private func isAnswerable(_ address: ItemAddress) -> Bool {
        guard let item = definition.item(linkId: address.linkId) else { return false }
        return !item.type.isGroup && item.type != .derived
    }

    private func wantsMore(_ group: String) -> Bool {
        guard let entries = definition.item(linkId: group)?.entries else { return false }
        return entries.count(in: target) > entries.count(in: session.record)
    }

    /// Presses the keys that give the focused field the record's answer.
    public mutating func answer(_ address: ItemAddress) {
        guard let item = definition.item(linkId: address.linkId), let field = screen.focusedField else { return }
        guard let wanted = definition.value(at: address, in: target) else { return }
        switch field {
        case let choice as ChoiceField: choose(index: optionIndex(wanted, item), in: choice)
        case let list as ChecklistField:
            var highlighted = list.highlighted
            for index in list.options.indices where list.checked.contains(index) != wanted.codeValues.contains(item.options[index].code) {
                press(Array(repeating: index > highlighted ? Key.down : Key.up, count: abs(index - highlighted)))
                highlighted = index
                press(.character(" "))
            }
        case is BodyMapField: pointAt(wanted.codeValues)
        case let scale as ScaleField:
            guard case .integer(let number) = wanted else { return }
            if scale.selected != nil { press(.delete) }
            type(String(number))
        case let number as NumberField:
            guard case .quantity(let value, let unit) = wanted else { return }
            clearAndType(Self.text(value))
            let display = item.unitLabel(unit, session.language)
            if let target = number.units.firstIndex(of: display) {
                let presses = (target - number.unitIndex + number.units.count) % number.units.count
                press(Array(repeating: .character(" "), count: presses))
            }
        default:
            clearAndType(Self.text(wanted))
        }
    }

    private mutating func clearAndType(_ text: String) {
        press(.end, .control("u"))
        type(text)
    }

    private mutating func choose(index: Int?, in choice: ChoiceField) {
        guard let index else { return }
        let forward: Key = choice.isHorizontal ? .right : .down, back: Key = choice.isHorizontal ? .left : .up
        press(Array(repeating: index > choice.highlighted ? forward : back, count: abs(index - choice.highlighted)))
        press(.character(" "))
    }

    private mutating func pointAt(_ codes: [String]) {
        for code in codes {
            for _ in 0..<12 {
                guard let map = screen.focusedField as? BodyMapField,
                      let target = map.regions.firstIndex(where: { $0.code == code }) else { return }
                if map.pointed == target {
                    if !map.checked.contains(target) { press(.character(" ")) }
                    break
                }
                let here = map.regions[map.pointed], there = map.regions[target]
                press(there.row < here.row ? .up : there.row > here.row ? .down : there.column < here.column ? .left : .right)
            }
        }
    }

    private func optionIndex(_ value: AnswerValue, _ item: QuestionItem) -> Int? {
        switch value {
        case .boolean(let flag): return flag ? 0 : 1
        case .code(let code): return item.options.firstIndex { $0.code == code }
        default: return nil
        }
    }

    static func text(_ value: AnswerValue) -> String {
        switch value {
        case .string(let text): return text
        case .date(let date): return date.description
        case .integer(let number): return String(number)
        case .decimal(let number), .quantity(let number, _): return text(number)
        default: return ""
        }
    }

    static func text(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e12 ? String(Int(number)) : String(number)
    }
}

extension KeyboardTypist {
    /// The keys pressed, as a `shared/tools/tuibench` key script (`text:` runs for typed text,
    /// `Tab`, `Down*3`, `C-n`...), one token per line.
    public var tuibenchScript: String {
        var lines: [String] = []
        var text = ""
        func flushText() {
            guard !text.isEmpty else { return }
            lines.append("text:" + text)
            text = ""
        }
        for key in keys {
            if case .character(let c) = key, c != " ", c.isASCII, !c.isWhitespace, c != "#", c != "'", c != "\"" {
                text.append(c)
                continue
            }
            flushText()
            let token: String
            switch key {
            case .character(" "): token = "Space"
            case .character(let c): token = "hex:" + String(c).utf8.map { String(format: "%02x", $0) }.joined()
            case .tab: token = "Tab"
            case .backTab: token = "BTab"
            case .enter: token = "Enter"
            case .escape: token = "Esc"
            case .backspace: token = "Backspace"
            case .delete: token = "Delete"
            case .insert: token = "Insert"
            case .up: token = "Up"
            case .down: token = "Down"
            case .left: token = "Left"
            case .right: token = "Right"
            case .home: token = "Home"
            case .end: token = "End"
            case .pageUp: token = "PgUp"
            case .pageDown: token = "PgDn"
            case .function(let n): token = "F\(n)"
            case .control(let c): token = "C-\(c)"
            case .alt(let c): token = "M-\(c)"
            default: continue
            }
            if let last = lines.last, last == token || last.hasPrefix(token + "*") {
                let count = last == token ? 2 : (Int(last.dropFirst(token.count + 1)) ?? 1) + 1
                lines[lines.count - 1] = "\(token)*\(count)"
            } else {
                lines.append(token)
            }
        }
        flushText()
        return lines.joined(separator: "\n") + "\n"
    }
}
