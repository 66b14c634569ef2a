import GRDB
import RegistryCore

extension RegistryTransaction {
    /// Yanqing's 天然氧吧 title as recorded, with the warning lead and grace of `rules/region-title.json`.
    public func regionTitle() throws -> RegionTitle {
        try cache.value("regionTitle") { () throws -> RegionTitle? in
            guard let body = try String.fetchOne(try db.cachedStatement(sql: "SELECT body FROM region_title WHERE id = 1")) else {
                return configuration.regionTitle.title
            }
            var title = try decode(RegionTitle.self, body, entity: .regionTitle, id: "yanqing")
            title.terms = configuration.regionTitle.terms
            return title
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
        try appendAudit(actor, .setRegionTitle, .regionTitle, "yanqing", from: before.standing.rawValue, to: title.standing.rawValue,
                        reason: because, details: try encode(title))
    }

    /// Whether the registry lacks a recorded title, or holds one recorded before titles carried their
    /// terms: `Registry` then records it once, when it is opened.
    func regionTitleNeedsRecording() throws -> Bool {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM region_title WHERE json_type(body, '$.terms') IS NOT NULL") != 1
    }

    /// Records the title of `rules/region-title.json` in a registry that has none (one made before
    /// titles were recorded at `init`), and gives a title recorded before titles carried their terms
    /// the terms of the rules file. Neither is a decision of anyone's, so neither is audited.
    func recordRegionTitleFromRules() throws {
        guard try regionTitleNeedsRecording() else { return }
        let terms = try encode(configuration.regionTitle.terms)
        try db.execute(sql: "INSERT OR IGNORE INTO region_title(id, body) VALUES (1, ?)", arguments: [try encode(configuration.regionTitle.title)])
        try db.execute(sql: "UPDATE region_title SET body = json_set(body, '$.terms', json(?)) WHERE json_type(body, '$.terms') IS NULL",
                       arguments: [terms])
        cache.forget("regionTitle")
    }
}
