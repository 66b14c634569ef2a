import Foundation
import GRDB
import RegistryCore

extension RegistryTransaction {
    /// Labels reported between two calls of an issue's progress.
    static let issueProgressStep = 16_384

    /// Issues a batch of `count` new codes from the system's CSPRNG under a licence whose labels show
    /// 有效 today, within its quota: all codes or none, in this transaction.
    @discardableResult
    public func issueBatch(licence number: String, count: Int, link: LabelLinkForm = .short, by actor: Actor,
                           progress: ((Int) throws -> Void)? = nil) throws -> LabelBatch {
        var generator = SystemRandomNumberGenerator()
        return try issueBatch(licence: number, count: count, link: link, by: actor, codes: &generator, progress: progress)
    }

    /// Issues a batch with codes drawn from `generator` (a seeded one for demonstrations; the system's
    /// CSPRNG otherwise). `progress` is told how many labels are stored so far; it may throw to cancel.
    @discardableResult
    public func issueBatch(licence number: String, count: Int, link: LabelLinkForm = .short, by actor: Actor,
                           codes generator: inout some RandomNumberGenerator, progress: ((Int) throws -> Void)? = nil) throws -> LabelBatch {
        let licence = try licence(number)
        try LabelBatch.checkIssue(count: count, link: link, under: licence, showing: try displayStatus(of: licence),
                                  alreadyIssued: try issuedLabelCount(licence: licence.number), by: actor)
        let term = currentTerm(of: licence)
        let sequence = "\(licence.number)-B"
        let batchNumber = String(format: "%@%03d", sequence, try nextNumber(in: sequence))
        try db.cachedStatement(sql: "INSERT INTO label_batches(number, licence_number, term, issued_on, count, body) VALUES (?, ?, ?, ?, ?, '')")
            .execute(arguments: [batchNumber, licence.number, term, today.description, count])
        let batchID = db.lastInsertedRowID

        // Sorted codes fill the B-trees in order: far fewer page splits and cache misses than random order.
        var codes = (0..<count).map { _ in LabelCode.random(using: &generator) }
        codes.sort()
        let insert = try db.cachedStatement(sql: "INSERT INTO labels(code, batch_id) VALUES (?, ?)")
        for (index, code) in codes.enumerated() {
            var candidate = code
            while true {
                do {
                    try insert.execute(arguments: [candidate.storageBytes, batchID])
                    break
                } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                    candidate = LabelCode.random(using: &generator)
                }
            }
            if (index + 1) % Self.issueProgressStep == 0 { try progress?(index + 1) }
        }
        try progress?(count)
        let ends = try Row.fetchOne(try db.cachedStatement(sql: "SELECT MIN(code) AS first, MAX(code) AS last FROM labels WHERE batch_id = ?"),
                                    arguments: [batchID])!
        let range = LabelCodeRange(try storedCode(ends["first"]), try storedCode(ends["last"]))
        let batch = LabelBatch(number: batchNumber, licenceNumber: licence.number, term: term, count: count, link: link, codes: range, by: actor, on: today)
        try save(batch, id: batchID)
        try appendAudit(actor, .issueLabels, .labelBatch, batchNumber, to: "issued",
                        reason: "许可 \(licence.number) 发放 \(count) 枚（码段 \(range)）", details: try encode(batch))
        return batch
    }

    /// The batch with a number, or a not-found error.
    public func labelBatch(_ number: String) throws -> LabelBatch {
        try storedBatch(number).batch
    }

    /// The batches issued under a licence, oldest first.
    public func labelBatches(licence number: String) throws -> [LabelBatch] {
        let licence = try licence(number)
        return try String.fetchAll(try db.cachedStatement(sql: "SELECT body FROM label_batches WHERE licence_number = ? ORDER BY id"),
                                   arguments: [licence.number])
            .map { try decode(LabelBatch.self, $0, entity: .labelBatch, id: licence.number) }
    }

    /// How many labels count against a licence's quota: those issued in its current term when labels of
    /// its kind expire with their term (each term has its quota), all of them when they follow the licence.
    public func issuedLabelCount(licence number: String) throws -> Int {
        let licence = try licence(number)
        if configuration.policy.labelValidity(for: licence.kind) == .term {
            return try Int.fetchOne(try db.cachedStatement(sql: "SELECT COALESCE(SUM(count), 0) FROM label_batches WHERE licence_number = ? AND term = ?"),
                                    arguments: [licence.number, currentTerm(of: licence)]) ?? 0
        }
        return try Int.fetchOne(try db.cachedStatement(sql: "SELECT COALESCE(SUM(count), 0) FROM label_batches WHERE licence_number = ?"),
                                arguments: [licence.number]) ?? 0
    }

    /// The number of the licence's term that today lies in (its last term once that has ended).
    func currentTerm(of licence: Licence) -> Int {
        (licence.term(on: today) ?? licence.lastTerm).number
    }

    /// What a batch's labels show today, before their own state: region title, licence, the term the
    /// batch was issued in, and the withdrawals that reach the whole batch.
    public func displayStatus(of batch: LabelBatch) throws -> DisplayStatus {
        DisplayStatus.cascade([try displayStatus(ofLabelsIn: batch), batch.status(of: nil as LabelCodeRange?)])
    }

    /// What every label of a batch shows from above the batch's own withdrawals: region title, licence,
    /// and the term the batch was issued in (已过期 once it ended, when labels of the kind expire with it).
    func displayStatus(ofLabelsIn batch: LabelBatch) throws -> DisplayStatus {
        let licence = try licence(batch.licenceNumber)
        return DisplayStatus.cascade([try displayStatus(of: licence), termStatus(of: batch, under: licence)])
    }

    /// What the term a batch was issued in adds to its labels today.
    func termStatus(of batch: LabelBatch, under licence: Licence) -> DisplayStatus {
        licence.status(ofLabelsIssuedIn: batch.term, on: today, validity: configuration.policy.labelValidity(for: licence.kind))
    }

    /// The stored batch and its row number.
    func storedBatch(_ number: String) throws -> (id: Int64, batch: LabelBatch) {
        let key = number.trimmingCharacters(in: .whitespaces).uppercased()
        guard let row = try Row.fetchOne(try db.cachedStatement(sql: "SELECT id, body FROM label_batches WHERE number = ?"), arguments: [key]) else {
            throw RegistryError.notFound(entity: .labelBatch, id: number)
        }
        return (row["id"], try decode(LabelBatch.self, row["body"], entity: .labelBatch, id: key))
    }

    /// The batch with a row number, decoded once per transaction.
    func storedBatch(id: Int64) throws -> LabelBatch {
        let batch = try cache.value("labelBatch:\(id)") { () throws -> LabelBatch? in
            guard let body = try String.fetchOne(try db.cachedStatement(sql: "SELECT body FROM label_batches WHERE id = ?"), arguments: [id]) else {
                return nil
            }
            return try decodeShared(LabelBatch.self, body, entity: .labelBatch, id: "#\(id)")
        }
        guard let batch else { throw StoreError.corruptRecord(entity: .labelBatch, id: "#\(id)") }
        return batch
    }

    func save(_ batch: LabelBatch, id: Int64) throws {
        try db.cachedStatement(sql: "UPDATE label_batches SET body = ? WHERE id = ?").execute(arguments: [try encode(batch), id])
        cache.store("labelBatch:\(id)", batch)
    }

    func storedCode(_ value: Data?) throws -> LabelCode {
        guard let value, let code = LabelCode(storageBytes: value) else { throw StoreError.corruptRecord(entity: .label, id: "?") }
        return code
    }
}
