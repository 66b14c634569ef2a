import Foundation

/// 标签批次: one print run of serialized labels issued under a licence, within its quota.
///
/// Codes are random, and printed in ascending order, so `codes` (first to last) is the batch's code
/// range and any run of it is a sheet, a roll or a box. A batch, or a run of it, can be suspended
/// (reversible) or revoked (final) without touching any other label.
public struct LabelBatch: Codable, Sendable, Hashable {
    /// Labels one batch may hold.
    public static let maximumCount = 1_000_000

    /// The licence number and a sequence, e.g. `YQYB-P-2026-0012-B003`.
    public let number: String
    public let licenceNumber: String
    /// The number of the licence's term the batch was issued in (`LicenceTerm.number`).
    public let term: Int
    public let count: Int
    public let link: LabelLinkForm
    public let issuedOn: Day
    public let issuedBy: String
    /// The first and last codes in print order.
    public let codes: LabelCodeRange
    public private(set) var printJobs: [LabelPrintJob] = []
    public private(set) var withdrawals: [LabelWithdrawal] = []

    public init(number: String, licenceNumber: String, term: Int, count: Int, link: LabelLinkForm, codes: LabelCodeRange, by actor: Actor, on day: Day) {
        self.number = number
        self.licenceNumber = licenceNumber
        self.term = term
        self.count = count
        self.link = link
        self.codes = codes
        self.issuedBy = actor.name
        self.issuedOn = day
    }

    /// Checks that `actor` may issue `count` labels under `licence`: the licence's labels show 有效
    /// (`status`), the count is within the quota left after `alreadyIssued`, and a Digital Link is
    /// used for products only.
    public static func checkIssue(count: Int, link: LabelLinkForm, under licence: Licence, showing status: DisplayStatus,
                                  alreadyIssued: Int, by actor: Actor) throws {
        try actor.require(.issueLabels)
        guard status.state == .valid else {
            throw RegistryError.transitionNotAllowed(entity: .licence, id: licence.number, state: status.state.chinese, action: .issueLabels)
        }
        if case .digitalLink = link, licence.kind != .product {
            throw RegistryError.wrongSubjectKind(expected: .product, actual: licence.kind)
        }
        guard (1...maximumCount).contains(count) else { throw LabelError.countOutOfRange(count: count, maximum: maximumCount) }
        let remaining = max(0, licence.quota - alreadyIssued)
        guard count <= remaining else {
            throw LabelError.quotaExceeded(licence: licence.number, requested: count, remaining: remaining, quota: licence.quota)
        }
    }

    /// Records a print run of `labels` labels. Refused unless the batch's labels show 有效
    /// (`status`: region title, licence and batch), and for a reprint without a reason.
    public mutating func recordPrint(format: String, labels: Int, showing status: DisplayStatus, by actor: Actor, at date: Date,
                                     reason: String?) throws {
        try actor.require(.printLabels)
        guard status.state == .valid else {
            throw RegistryError.transitionNotAllowed(entity: .labelBatch, id: number, state: status.state.chinese, action: .printLabels)
        }
        let reason = try TextInput.optional(reason, field: .reason, maxLength: 500)
        if let last = printJobs.last, reason == nil {
            throw LabelError.reprintWithoutReason(batch: number, printedOn: Day(last.at))
        }
        printJobs.append(LabelPrintJob(format: format, labels: labels, at: date, by: actor.name, reason: reason))
    }

    /// 暂停 or 撤销 the whole batch (`codes` nil) or a run of it. Refused where the target is already
    /// revoked, or already suspended when suspending.
    public mutating func withdraw(_ kind: LabelWithdrawal.Kind, codes: LabelCodeRange?, by actor: Actor, on day: Day, reason: String) throws {
        let action: RegistryAction = kind == .suspension ? .suspendLabels : .revokeLabels
        try actor.require(action)
        let current = status(of: codes)
        if current.state == .revoked || (kind == .suspension && current.state == .suspended) {
            throw RegistryError.transitionNotAllowed(entity: .labelBatch, id: scope(codes), state: current.state.chinese, action: action)
        }
        withdrawals.append(LabelWithdrawal(kind: kind, codes: codes, since: day, reason: try TextInput.required(reason, field: .reason, maxLength: 500)))
    }

    /// 恢复: lifts the suspensions in force within the target (the whole batch when `codes` is nil).
    public mutating func reinstate(codes: LabelCodeRange?, by actor: Actor, on day: Day) throws {
        try actor.require(.reinstateLabels)
        let lifted = withdrawals.indices.filter {
            withdrawals[$0].kind == .suspension && withdrawals[$0].isInForce && withdrawals[$0].lies(within: codes)
        }
        guard !lifted.isEmpty else {
            throw RegistryError.transitionNotAllowed(entity: .labelBatch, id: scope(codes), state: status(of: codes).state.chinese, action: .reinstateLabels)
        }
        for index in lifted { withdrawals[index].liftedOn = day }
    }

    /// What the batch adds to the status of the label with `code`: the worst withdrawal in force over it.
    public func status(of code: LabelCode) -> DisplayStatus {
        worst(withdrawals.filter { $0.isInForce && $0.covers(code) })
    }

    /// What the batch adds to every label of a target (the whole batch when nil).
    public func status(of target: LabelCodeRange?) -> DisplayStatus {
        worst(withdrawals.filter { $0.isInForce && $0.covers(target) })
    }

    /// The runs of codes under a withdrawal of `kind` in force, or nil when one covers the whole batch.
    public func runsInForce(_ kind: LabelWithdrawal.Kind) -> [LabelCodeRange]? {
        let inForce = withdrawals.filter { $0.kind == kind && $0.isInForce }
        if inForce.contains(where: { $0.codes == nil }) { return nil }
        return inForce.compactMap(\.codes)
    }

    private func worst(_ inForce: [LabelWithdrawal]) -> DisplayStatus {
        DisplayStatus.cascade([DisplayStatus(state: .valid, source: .batch)] + inForce.map { $0.displayStatus(batch: number) })
    }

    private func scope(_ codes: LabelCodeRange?) -> String {
        codes.map { "\(number) \($0)" } ?? number
    }
}
