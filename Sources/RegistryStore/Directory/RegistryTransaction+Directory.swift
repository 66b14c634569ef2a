import GRDB
import RegistryCore

extension RegistryTransaction {
    /// One page of the public directory, newest licence first. Filtering, counting and paging run in
    /// SQL on the indexed columns; only the licences on the page are decoded.
    public func directory(_ filter: DirectoryFilter, page: Int, pageSize: Int) throws -> DirectoryPage {
        let page = max(1, page), pageSize = max(1, pageSize)
        let (conditions, arguments) = try directoryConditions(filter)
        let total = try Int.fetchOne(try db.cachedStatement(sql: "SELECT COUNT(*) \(Self.directoryJoin) WHERE \(conditions)"), arguments: arguments) ?? 0
        let entries = try directoryRows(where: conditions, arguments + [pageSize, (page - 1) * pageSize], suffix: "LIMIT ? OFFSET ?")
        return DirectoryPage(entries: entries, total: total, page: page, pageSize: pageSize)
    }

    /// Every directory entry matching the filter, newest first, for exports.
    public func directoryEntries(_ filter: DirectoryFilter) throws -> [DirectoryEntry] {
        let (conditions, arguments) = try directoryConditions(filter)
        return try directoryRows(where: conditions, arguments, suffix: "")
    }

    /// The directory entry of one licence (number in any case), or nil.
    public func directoryEntry(_ number: String) throws -> DirectoryEntry? {
        try directoryRows(where: "l.number = ?", [number.uppercased()], suffix: "").first
    }

    /// The crops of licensed products, for the directory's search form.
    public func directoryCrops() throws -> [String] {
        try String.fetchAll(try db.cachedStatement(sql: """
            SELECT DISTINCT s.crop FROM licences l JOIN subjects s ON s.id = l.subject_id WHERE s.crop IS NOT NULL ORDER BY s.crop
            """))
    }

    private static let directoryJoin = """
        FROM licences l JOIN subjects s ON s.id = l.subject_id JOIN operators o ON o.uscc = l.operator_uscc
        """

    private func directoryRows(where conditions: String, _ arguments: StatementArguments, suffix: String) throws -> [DirectoryEntry] {
        let rows = try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT l.number, l.body, o.name AS operator_name, s.name AS subject_name, s.town_id, s.crop
            \(Self.directoryJoin) WHERE \(conditions) ORDER BY l.rowid DESC \(suffix)
            """), arguments: arguments)
        return try rows.map { row in
            let licence = try decodeShared(Licence.self, row["body"], entity: .licence, id: row["number"])
            return DirectoryEntry(licence: licence, operatorName: row["operator_name"], subjectName: row["subject_name"],
                                  townID: row["town_id"], crop: row["crop"], status: try displayStatus(of: licence))
        }
    }

    /// The SQL conditions of a filter. The status condition selects the licence states that, under
    /// today's region title, show the wanted state: the same cascade as `displayStatus(of:)`, where an
    /// active licence whose climate-quality certificate is revoked shows suspended.
    private func directoryConditions(_ filter: DirectoryFilter) throws -> (String, StatementArguments) {
        var conditions = ["1"]
        var arguments: StatementArguments = []
        if let text = filter.text, !text.isEmpty {
            let pattern = "%" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_") + "%"
            conditions.append("(o.name LIKE ? ESCAPE '\\' OR s.name LIKE ? ESCAPE '\\' OR l.number LIKE ? ESCAPE '\\')")
            arguments += [pattern, pattern, pattern]
        }
        if let townID = filter.townID {
            conditions.append("s.town_id = ?")
            arguments += [townID]
        }
        if let kind = filter.kind {
            conditions.append("l.kind = ?")
            arguments += [kind.rawValue]
        }
        if let crop = filter.crop {
            conditions.append("s.crop = ?")
            arguments += [crop]
        }
        if let wanted = filter.status {
            let statuses = try licenceStatuses(showing: wanted)
            conditions.append("""
                (CASE WHEN l.status IN ('active', 'suspended') AND l.valid_until < ? THEN 'expired' \
                WHEN l.status = 'active' AND l.climate_certificate IN (SELECT number FROM climate_certificates WHERE status = 'revoked') \
                THEN 'suspended' ELSE l.status END) \
                IN (\(statuses.isEmpty ? "NULL" : statuses.map { _ in "?" }.joined(separator: ",")))
                """)
            arguments += [today.description]
            arguments += StatementArguments(statuses.map(\.rawValue))
        }
        return (conditions.joined(separator: " AND "), arguments)
    }

    /// The licence states whose labels show a state today: the worst of the region title's state and
    /// the licence's own.
    private func licenceStatuses(showing wanted: DisplayStatus.State) throws -> [LicenceStatus] {
        let title = DisplayStatus.of(try regionTitle(), on: today).state
        return LicenceStatus.allCases.filter { status in
            let own = Self.shownState(status)
            return wanted == title ? own <= title : wanted > title && own == wanted
        }
    }

    private static func shownState(_ status: LicenceStatus) -> DisplayStatus.State {
        switch status {
        case .active: .valid
        case .suspended: .suspended
        case .expired: .expired
        case .surrendered: .surrendered
        case .revoked: .revoked
        }
    }
}
