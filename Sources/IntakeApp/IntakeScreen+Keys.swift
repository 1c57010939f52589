import IntakeModel
import PlainText
import Questionnaire
import TerminalUI

extension IntakeScreen {
    /// The reducer: one key in, the effects for the app shell out (save an answer, audit, print,
    /// finish, exit). Keys follow the one keys table of the toolkit (`KeyTable`).
    public mutating func handle(_ key: Key) -> [SessionEffect] {
        let stepBefore = session.currentStep
        let effects = reduce(key)
        if sessionChanged { showSession() }
        announceStep(after: key, leaving: stepBefore)
        if session.currentStep == .summary { keepSummaryLaidOut() }
        return effects
    }

    /// The one way the screen changes the session; the widgets follow once the key is done
    /// (`showSession`).
    mutating func apply(_ action: SessionAction) -> [SessionEffect] {
        sessionChanged = true
        return session.apply(action)
    }

    private mutating func reduce(_ key: Key) -> [SessionEffect] {
        switch key {
        case .resize(let newSize): resize(newSize); return []
        case .hangUp: return commitFocused() + apply(.exit)
        case .pasteRefused: _ = form.handle(key); return []
        default: break
        }
        if session.pendingAlert != nil { return handleAlert(key) }
        if session.finishCheck != nil || session.handOver != nil { return handleFinishCheck(key) }
        if form.isShowingHelp || isShowingSummaryHelp {
            if [.escape, .enter, .function(1), .control("g")].contains(key) {
                form.isShowingHelp = false
                isShowingSummaryHelp = false
            }
            return []
        }
        if form.jumpEditor != nil { return handleJump(key) }
        let removalAsked = self.removalAsked
        self.removalAsked = nil
        let revertedEdit = self.revertedEdit
        self.revertedEdit = nil
        if session.currentStep == .summary { return handleSummary(key) }
        form.message = nil
        form.messageRole = .warning
        switch KeyTable.command(for: key) {
        case .help: form.isShowingHelp = true; return []
        case .jump: form.jumpEditor = LineEditor(maxLength: 40); return []
        case .save: return perform(.save)
        case .finish: return perform(.finish)
        default: break
        }
        switch key {
        case .tab:
            // a picked type-ahead suggestion is taken before moving on
            if let index = form.focusedIndex { _ = form.fields[index].handle(.tab, strings: ui) }
            return perform(.nextStop(leavingStep: true))
        case .backTab: return perform(.previousStop(leavingStep: true))
        // PgDn and PgUp do what the status bar and the keys table say, on a long step too: the
        // next (previous) step, shown from its top. Paging inside a step moved the cursor past
        // questions the person never looked at (Height, Weight, Periods scrolled away unseen).
        case .pageDown, .control("n"): return perform(.nextStep)
        case .pageUp, .control("p"): return perform(.previousStep)
        case .insert, .control("o"): return addEntry()
        case .control("d"): return removeEntry(confirmed: removalAsked != nil && removalAsked == session.focus)
        case .function(4), .control("t"):
            guard session.definition.step(session.currentStep)?.skippable == true else { return [] }
            return perform(.skipStep)
        default: break
        }
        guard let index = form.focusedIndex else { return handleWithoutField(key) }
        let shortened = Self.textCut(by: key, in: form.fields[index])
        if let shortened { form.message = strings(.screenTextShortened, ["field": form.fields[index].caption, "max": String(shortened)]) }
        switch form.fields[index].handle(key, strings: ui) {
        case .changed:
            return isTypedField(form.fields[index]) ? [] : commitFocused(typedOnly: false)
        case .handled:
            form.keepFocusVisible()  // the option moved to may lie below the screen
            return []
        case .next: return perform(.nextStop(leavingStep: true))
        case .ignored: break
        }
        if key == .escape { revertFocused(undoing: revertedEdit); return [] }
        return handleWithoutField(key)
    }

    /// The limit a typed or pasted text is cut to when it does not fit the text field's limit (the
    /// validator's, such as 200 characters for a name), else nil: the cut is said, never silent.
    static func textCut(by key: Key, in outer: any FormField) -> Int? {
        let piece: String
        switch key {
        case .paste(let text): piece = text
        case .character(let character): piece = String(character)
        default: return nil
        }
        let field = (outer as? QuestionField)?.inner ?? outer
        let editor: LineEditor
        if let text = field as? TextField { editor = text.editor }
        else if let typeAhead = field as? TypeAheadField { editor = typeAhead.field.editor }
        else { return nil }
        guard let limit = editor.maxLength else { return nil }
        let typed = Sanitizer.clean(piece, keepNewlines: false).count
        let kept = editor.isAllSelected ? 0 : editor.text.count  // selected text is replaced
        return typed > 0 && kept + typed > limit ? limit : nil
    }

    /// Keys no widget used, and every key on a list's heading or on a step with nothing to answer.
    /// Up and Down never leave the step (no answer lands on a field the person has not seen);
    /// Tab and Enter do (PgDn and PgUp too, before any widget sees them).
    private mutating func handleWithoutField(_ key: Key) -> [SessionEffect] {
        switch key {
        case .down: return perform(.nextStop(leavingStep: false))
        case .up: return perform(.previousStop(leavingStep: false))
        case .enter: return perform(.nextStop(leavingStep: true))
        default: return []
        }
    }

    /// Tab, Shift-Tab or Enter that crossed into another step say so on the message line ("Step 2
    /// of 8: History"): the new step is shown from its top with the cursor on its first field, and
    /// the person is told the step changed, not left to notice it. A step with a line of its own
    /// (STarT Back's "F4 skips it", "nothing to answer here") keeps it.
    private mutating func announceStep(after key: Key, leaving stepBefore: StepID) {
        guard [.tab, .backTab, .enter].contains(key), session.currentStep != stepBefore, session.currentStep != .summary,
              session.pendingAlert == nil, form.message == nil, session.focus != nil,
              session.definition.step(session.currentStep)?.skippable != true else { return }
        form.message = session.stepIndicator
        form.messageRole = .label
    }

    /// Commits what is being typed, applies a session action, brings the form up to date.
    mutating func perform(_ action: SessionAction) -> [SessionEffect] {
        let backwards: Bool
        switch action {
        case .previousField, .previousStep, .previousStop: backwards = true
        default: backwards = false
        }
        let left = session.focus
        let shownBefore = left.map { session.errors[$0] != nil } ?? false
        var effects = commitFocused(revalidating: !backwards)
        // Going back never validates: text that does not parse is kept without a new message.
        if backwards, let left, !shownBefore, session.pendingText[left] != nil { session.errors[left] = nil }
        effects += apply(action)
        focusListHeadingOnEmptyStep()
        return effects
    }

    /// A step opened with no field to answer but a list (medicines, none yet) has the cursor on
    /// the list's heading, so Insert adds there and Down stays on the step.
    mutating func focusListHeadingOnEmptyStep() {
        guard session.focus == nil, session.pendingAlert == nil, let first = session.stops(in: session.currentStep).first else { return }
        let notice = session.notice
        _ = apply(.focus(first))
        session.notice = notice
    }

    /// Text, dates and numbers reach the record when their field is left (and on save, finish
    /// and hang-up); choices reach it at once so the urgency and the alert follow each answer.
    func isTypedField(_ outer: any FormField) -> Bool {
        let field = (outer as? QuestionField)?.inner ?? outer
        return field is TextField || field is DateEntryField || field is NumberField || field is TypeAheadField
    }

    /// The one place the focused field's edit buffer reaches the session: typed fields (with
    /// `typedOnly`) when they are left, choices at once. Only a value that differs from the
    /// record is sent; with `revalidating`, text kept because it did not parse is sent again so
    /// its message shows.
    mutating func commitFocused(revalidating: Bool = true, typedOnly: Bool = true) -> [SessionEffect] {
        guard let index = form.focusedIndex, !typedOnly || isTypedField(form.fields[index]) else { return [] }
        let field = form.fields[index]
        guard let address = addresses[field.id], let item = session.definition.item(linkId: address.linkId) else { return [] }
        let pending = session.pendingText[address] != nil
        if typedOnly && !(revalidating && pending) {
            let stored = session.pendingText[address].map { IntakeFieldFactory.pendingValue($0, for: item, current: field.value, language: session.language) }
                ?? factory.fieldValue(at: address, in: session, for: item)
            if stored == field.value { return [] }
        }
        return apply(factory.action(for: field.value, item: item, address: address))
    }

    /// Esc: the focused field goes back to what the record holds; the typed text is kept aside
    /// and Esc again (the next key, same field) brings it back.
    private mutating func revertFocused(undoing previous: (fieldID: String, typed: FieldValue)?) {
        guard let index = form.focusedIndex, let address = addresses[form.fields[index].id],
              let item = session.definition.item(linkId: address.linkId) else { return }
        let id = form.fields[index].id
        let recorded = factory.fieldValue(at: address, in: session, for: item)
        let typed = form.fields[index].value
        if let previous, previous.fieldID == id, typed == recorded {
            form.fields[index].value = previous.typed
            form.message = strings(.screenKeysEscRestored)
            return
        }
        form.fields[index].value = recorded
        if typed != recorded {
            revertedEdit = (id, typed)
            form.message = strings(.screenKeysEscReverted)
        }
    }

    // MARK: Lists (medicines, fractures, heart attack or stroke)

    /// The list the cursor is in: on its heading or on a field of one of its entries.
    var focusedList: String? {
        guard let focus = session.focus else { return nil }
        if session.definition.item(linkId: focus.linkId)?.type == .repeatingGroup { return focus.linkId }
        return session.definition.repeatingGroup(of: focus.linkId)
    }

    /// Insert / Ctrl-O: a new entry in the list the cursor is in. Elsewhere it adds nothing and
    /// says where lists are added to.
    private mutating func addEntry() -> [SessionEffect] {
        guard let group = focusedList else {
            form.message = strings(.screenGroupInsertOutside)
            return []
        }
        return perform(.addEntry(group: group))
    }

    /// Ctrl-D: removes the entry the cursor is in. An entry with answers is removed only by a
    /// second Ctrl-D: the first says what would go (nothing is dropped by a slip of the finger).
    private mutating func removeEntry(confirmed: Bool) -> [SessionEffect] {
        guard let focus = session.focus, let index = focus.instance,
              let group = session.definition.repeatingGroup(of: focus.linkId) else { return [] }
        let answered = session.allFields.contains { $0.instance == index && session.value(at: $0) != nil
            && session.definition.repeatingGroup(of: $0.linkId) == group }
        if answered && !confirmed {
            removalAsked = focus
            let pointer = session.definition.item(linkId: focus.linkId)?.binding?.pointer(instance: index) ?? ""
            let entry = session.definition.words(forPointer: String(pointer[..<(pointer.lastIndex(of: "/") ?? pointer.endIndex)]),
                                                 in: session.record, language: session.language)
            form.message = strings(.screenGroupRemoveAsk, ["entry": entry])
            form.messageRole = .warning
            return []
        }
        return apply(.removeEntry(group: group, index: index))
    }

    // MARK: Modal states

    /// The emergency alert: Enter asks a member of staff to sign in and acknowledge it (the shell
    /// checks the credential); nothing else closes it, so a patient cannot.
    private mutating func handleAlert(_ key: Key) -> [SessionEffect] {
        switch key {
        case .enter: return [.alertNeedsStaff]
        case .escape: return apply(.dismissAlert)
        case .function(2), .control("s"): return apply(.save)
        default: return []
        }
    }

    /// A member of staff signed in (checked by the shell) acknowledges the alert on screen.
    public mutating func acknowledgeAlert(signedInAs staffName: String) -> [SessionEffect] {
        let effects = apply(.acknowledgeAlert(staffName: staffName))
        showSession()
        return effects
    }

    /// Ctrl-F / Esc /: part of a caption, then Enter jumps to the field.
    private mutating func handleJump(_ key: Key) -> [SessionEffect] {
        switch key {
        case .escape:
            form.jumpEditor = nil
            return []
        case .enter:
            let wanted = form.jumpEditor?.text ?? ""
            form.jumpEditor = nil
            return perform(.jump(caption: wanted))
        default:
            _ = form.jumpEditor?.handle(key)
            return []
        }
    }
}

extension FormView {
    /// The index of the focused field when it takes answers.
    var focusedIndex: Int? {
        guard let field = focusedField, field.isFocusable, !(field is Heading) else { return nil }
        return index(of: field.id)
    }
}
