import GRDB
import RegistryCore

extension RegistryTransaction {
    /// Yanqing's 天然氧吧 title as recorded, or the 2023 recheck state for a new registry.
    public func regionTitle() throws -> RegionTitle {
        try cache.value("regionTitle") { () throws -> RegionTitle? in
            guard let body = try String.fetchOne(try db.cachedStatement(sql: "SELECT body FROM region_title WHERE id = 1")) else { return .yanqing }
            return try decode(RegionTitle.self, body, entity: .regionTitle, id: "yanqing")
        }!
    }

    /// Records a new standing of the title (after a CMA recheck, a suspension or a revocation).
    public func setRegionTitle(_ title: RegionTitle, by actor: Actor, reason: String) throws {
        try actor.require(.setRegionTitle)
        let because = try TextInput.required(reason, field: FieldName("理由", "reason"), maxLength: 500)
        let before = try regionTitle()
        try db.cachedStatement(sql: """
            INSERT INTO region_title(id, body) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET body = excluded.body
            """).execute(arguments: [try encode(title)])
        cache.store("regionTitle", title)
        try appendAudit(actor, "setRegionTitle", .regionTitle, "yanqing", from: before.standing.rawValue, to: title.standing.rawValue,
                        reason: because, details: try encode(title))
    }
}
