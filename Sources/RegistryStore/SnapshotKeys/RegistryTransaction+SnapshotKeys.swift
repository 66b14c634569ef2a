import Foundation
import GRDB
import RegistryCore

extension RegistryTransaction {
    /// Whether the registry holds no records yet (no audit event and no licence): only then may a new
    /// snapshot key be made beside it without `rotate-key`.
    public func isEmpty() throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT NOT EXISTS(SELECT 1 FROM audit_events) AND NOT EXISTS(SELECT 1 FROM licences)") ?? false
    }

    /// Records that the snapshot key with `publicKey` (base64) is replaced by the one with `successor`,
    /// now, with the reason, in the audit trail. Only an administrator may. A key whose file was lost
    /// (`publicKey` nil) leaves only the audit event.
    public func retireSnapshotKey(publicKey: String?, successor: String, reason: String, by actor: Actor) throws {
        try actor.require(.rotateSnapshotKey)
        let reason = try TextInput.required(reason, field: FieldName("理由", "reason"), maxLength: 500)
        try appendAudit(actor, .rotateSnapshotKey, .snapshotKey, "snapshot", from: publicKey, to: successor, reason: reason)
        guard let publicKey else { return }
        let known = try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM retired_snapshot_keys WHERE public_key = ?)", arguments: [publicKey])
        guard known == false else {
            throw RegistryError.duplicate(entity: .snapshotKey, id: publicKey)
        }
        try db.execute(sql: "INSERT INTO retired_snapshot_keys(public_key, retired_ms, reason, actor) VALUES (?, ?, ?, ?)",
                       arguments: [publicKey, Self.milliseconds(now), reason, actor.name])
    }

    /// Every retired snapshot key, oldest first, with the days it signed.
    public func retiredSnapshotKeys() throws -> [RetiredSnapshotKey] {
        var keys: [RetiredSnapshotKey] = []
        for row in try Row.fetchAll(db, sql: "SELECT public_key, retired_ms, reason, actor FROM retired_snapshot_keys ORDER BY id") {
            let retiredAt = Date(timeIntervalSince1970: Double(row["retired_ms"] as Int64) / 1000)
            keys.append(RetiredSnapshotKey(publicKey: row["public_key"], validFrom: keys.last?.validUntil, validUntil: Day(retiredAt),
                                           retiredAt: retiredAt, reason: row["reason"], actor: row["actor"]))
        }
        return keys
    }
}
