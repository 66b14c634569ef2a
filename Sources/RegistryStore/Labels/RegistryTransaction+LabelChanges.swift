import GRDB
import RegistryCore

extension RegistryTransaction {
    /// 作废: voids spoiled or cancelled labels of a batch (allocated or printed). Listed codes must all be
    /// voidable; in a run, labels already voided or destroyed are left as they are. Returns how many changed.
    @discardableResult
    public func voidLabels(in batch: String, _ selection: LabelSelection, by actor: Actor, reason: String) throws -> Int {
        try changeLabels(.voidLabels, in: batch, selection, by: actor, reason: reason)
    }

    /// 销毁: records printed or voided labels of a batch as physically destroyed. Returns how many changed.
    @discardableResult
    public func destroyLabels(in batch: String, _ selection: LabelSelection, by actor: Actor, reason: String) throws -> Int {
        try changeLabels(.destroyLabels, in: batch, selection, by: actor, reason: reason)
    }

    private func changeLabels(_ action: RegistryAction, in number: String, _ selection: LabelSelection, by actor: Actor, reason: String) throws -> Int {
        try actor.require(action)
        let because = try TextInput.required(reason, field: FieldName("理由", "reason"), maxLength: 500)
        let (id, batch) = try storedBatch(number)
        let allowed = LabelState.allowedBefore(action), target = LabelState.after(action)!
        let ends: [LabelCode] = switch selection {
        case .codes(let codes): codes
        case .run(let range): [range.first, range.last]
        }
        for code in ends {
            guard let label = try label(code: code), label.batchNumber == batch.number else {
                throw LabelError.codeNotInBatch(code: code, batch: batch.number)
            }
            if case .codes = selection, !allowed.contains(label.state) {
                throw RegistryError.transitionNotAllowed(entity: .label, id: code.grouped(), state: label.state.chinese, action: action)
            }
        }
        let event = try recordLabelEvent(action, batchID: id, by: actor, reason: because)
        let states = LabelState.sqlList(allowed)
        var changed = 0
        switch selection {
        case .codes(let codes):
            let update = try db.cachedStatement(sql: "UPDATE labels SET state = ?, event_id = ? WHERE code = ? AND state IN \(states)")
            for code in Set(codes) {
                try update.execute(arguments: [target.storageNumber, event, code.storageBytes])
                changed += db.changesCount
            }
        case .run(let range):
            try db.cachedStatement(sql: "UPDATE labels SET state = ?, event_id = ? WHERE batch_id = ? AND code BETWEEN ? AND ? AND state IN \(states)")
                .execute(arguments: [target.storageNumber, event, id, range.first.storageBytes, range.last.storageBytes])
            changed = db.changesCount
            guard changed > 0 else {
                throw RegistryError.noLabelsFor(action: action, run: "\(batch.number) \(range)")
            }
        }
        try appendAudit(actor, AuditAction(action), .labelBatch, batch.number, to: target.rawValue, reason: because,
                        details: try encode(["labels": "\(changed)", "selection": selection.description]))
        return changed
    }
}
