/// The bureau's own workflow numbers, where no published rule exists ([default] values of DESIGN §5 and
/// §8). Loaded from `Schemas/rules/workflow.json`, never hard-coded in the workflow itself.
public struct WorkflowPolicy: Codable, Sendable, Hashable {
    /// The version of the policy file, recorded with each decision.
    public var version: String
    /// Length of 公示 after approval, in working days.
    public var publicityWorkingDays: Int
    /// Labels allowed beyond certified quantity ÷ pack size, for spoilage (1.05 = 5 %).
    public var spoilageAllowance: Double
    /// Months a revoked operator may not apply again, and the longer bar for fraud.
    public var revocationBarMonths: Int
    public var fraudBarMonths: Int
    /// Validity of a product licence (one season, at most this many months).
    public var productLicenceMonths: Int
    /// Validity of homestay and dish licences, and the interval of their yearly check.
    public var homestayLicenceMonths: Int
    public var dishLicenceMonths: Int
    public var annualCheckMonths: Int
    /// Plaques for a homestay and table cards for a dish a licence allows.
    public var homestayPlaqueQuota: Int
    public var dishCardQuota: Int

    /// The validity of a licence of this kind.
    public func licenceMonths(for kind: SubjectKind) -> Int {
        switch kind {
        case .product: productLicenceMonths
        case .homestay: homestayLicenceMonths
        case .dish: dishLicenceMonths
        }
    }
}
