import GRDB
import RegistryCore

extension RegistryTransaction {
    /// 暂停 or 撤销 labels: a batch, a run of its codes, or every batch of a licence issued before a day,
    /// touching no other label. Returns the batches changed. Batches of a licence already withdrawn as
    /// asked are passed over; if every one is, the first refusal is reported.
    @discardableResult
    public func withdrawLabels(_ target: LabelTarget, _ kind: LabelWithdrawal.Kind, by actor: Actor, reason: String) throws -> [LabelBatch] {
        try actor.require(kind == .suspension ? .suspendLabels : .revokeLabels)
        return try change(target, kind == .suspension ? .suspendLabels : .revokeLabels, by: actor, reason: reason) { batch, codes in
            try batch.withdraw(kind, codes: codes, by: actor, on: today, reason: reason)
        }
    }

    /// 恢复: lifts the suspensions within the target. Revocations are final.
    @discardableResult
    public func reinstateLabels(_ target: LabelTarget, by actor: Actor, reason: String) throws -> [LabelBatch] {
        try actor.require(.reinstateLabels)
        return try change(target, .reinstateLabels, by: actor, reason: reason) { batch, codes in
            try batch.reinstate(codes: codes, by: actor, on: today)
        }
    }

    private func change(_ target: LabelTarget, _ action: RegistryAction, by actor: Actor, reason: String,
                        _ step: (inout LabelBatch, LabelCodeRange?) throws -> Void) throws -> [LabelBatch] {
        let because = try TextInput.required(reason, field: FieldName("理由", "reason"), maxLength: 500)
        var changed = [LabelBatch]()
        var firstRefusal: Error?
        for (id, var batch, codes) in try resolve(target) {
            let before = batch.status(of: codes)
            do {
                try step(&batch, codes)
            } catch let refusal as RegistryError where target.reachesSeveralBatches {
                firstRefusal = firstRefusal ?? refusal
                continue
            }
            try save(batch, id: id)
            try appendAudit(actor, AuditAction(action), .labelBatch, batch.number, from: before.state.rawValue, to: batch.status(of: codes).state.rawValue,
                            reason: because, details: codes.map { "{\"codes\":\"\($0.first)..\($0.last)\"}" })
            changed.append(batch)
        }
        if changed.isEmpty, let firstRefusal { throw firstRefusal }
        return changed
    }

    /// The batches a target reaches, each with the run of codes (nil: the whole batch).
    private func resolve(_ target: LabelTarget) throws -> [(id: Int64, batch: LabelBatch, codes: LabelCodeRange?)] {
        switch target {
        case .batch(let number):
            let (id, batch) = try storedBatch(number)
            return [(id, batch, nil)]
        case .codes(let number, let range):
            let (id, batch) = try storedBatch(number)
            for code in [range.first, range.last] where try label(code: code)?.batchNumber != batch.number {
                throw LabelError.codeNotInBatch(code: code, batch: batch.number)
            }
            return [(id, batch, range)]
        case .issuedBefore(let number, let day):
            let licence = try licence(number)
            let rows = try Row.fetchAll(try db.cachedStatement(sql: "SELECT id, body FROM label_batches WHERE licence_number = ? AND issued_on < ? ORDER BY id"),
                                        arguments: [licence.number, day.description])
            guard !rows.isEmpty else { throw LabelError.noBatchIssuedBefore(licence: licence.number, day: day) }
            return try rows.map { ($0["id"], try decode(LabelBatch.self, $0["body"], entity: .labelBatch, id: licence.number), nil) }
        }
    }
}

extension LabelTarget {
    /// Whether the target may reach more than one batch, some of which may already be withdrawn.
    var reachesSeveralBatches: Bool {
        if case .issuedBefore = self { true } else { false }
    }
}
