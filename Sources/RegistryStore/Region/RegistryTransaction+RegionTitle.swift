import GRDB
import RegistryCore

extension RegistryTransaction {
    /// Yanqing's 天然氧吧 title as recorded, or the 2023 recheck state for a new registry.
    public func regionTitle() throws -> RegionTitle {
        guard let body = try String.fetchOne(db, sql: "SELECT body FROM region_title WHERE id = 1") else { return .yanqing }
        return try decode(RegionTitle.self, body, entity: .regionTitle, id: "yanqing")
    }

    /// Records a new standing of the title (after a CMA recheck, a suspension or a revocation).
    public func setRegionTitle(_ title: RegionTitle, by actor: Actor, reason: String) throws {
        try actor.require(.setRegionTitle)
        let because = try TextInput.required(reason, field: FieldName("理由", "reason"), maxLength: 500)
        let before = try regionTitle()
        try db.execute(sql: """
            INSERT INTO region_title(id, body) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET body = excluded.body
            """, arguments: [try encode(title)])
        try appendAudit(actor, "setRegionTitle", .regionTitle, "yanqing", from: before.standing.rawValue, to: title.standing.rawValue,
                        reason: because, details: try encode(title))
    }
}
