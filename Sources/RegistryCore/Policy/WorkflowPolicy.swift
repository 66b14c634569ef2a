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
    /// The most labels one licence may allow, and the smallest pack a product's quota is counted in (kg):
    /// bounds on figures people type, so that a mistyped pack size cannot make an absurd quota.
    public var maximumLabelQuota: Int
    public var minimumPackSizeKg: Double
    /// 续展: a renewal may be applied for from this many days before the licence's last term ends until
    /// this many days after; outside that window it takes a new admission.
    public var renewalWindowDaysBefore: Int
    public var renewalWindowDaysAfter: Int
    /// Whether an approved renewal goes through publicity (公示) as an admission does.
    public var renewalPublicity: Bool
    /// Whether the labels of each kind expire with the term they were issued in or follow the licence.
    public var productLabels: LabelValidity
    public var homestayLabels: LabelValidity
    public var dishLabels: LabelValidity

    /// A product's label quota, expected output ÷ pack size × the spoilage allowance, rounded up; refused
    /// (naming the field) when the pack is smaller than `minimumPackSizeKg` or the quota would exceed
    /// `maximumLabelQuota`. Computed in floating point and bounded before it becomes a whole number.
    public func labelQuota(of product: ProductDetails) throws(FieldError) -> Int {
        guard product.packSizeKg.isFinite, product.packSizeKg >= minimumPackSizeKg else {
            throw .invalid(field: .packSize, chinese: "应不小于 \(minimumPackSizeKg) 公斤",
                           english: "must be at least \(minimumPackSizeKg) kg")
        }
        let labels = (product.expectedOutputKg / product.packSizeKg * spoilageAllowance).rounded(.up)
        guard labels.isFinite, labels >= 0, labels <= Double(maximumLabelQuota) else {
            throw .invalid(field: .packSize, chinese: "预计产量 ÷ 包装规格 × \(spoilageAllowance) 超过标签配额上限 \(maximumLabelQuota) 枚",
                           english: "expected output ÷ pack size × \(spoilageAllowance) exceeds the label quota limit of \(maximumLabelQuota)")
        }
        return Int(labels)
    }

    /// How long the labels of a licence of this kind stay valid.
    public func labelValidity(for kind: SubjectKind) -> LabelValidity {
        switch kind {
        case .product: productLabels
        case .homestay: homestayLabels
        case .dish: dishLabels
        }
    }

    /// The working days of publicity after approving an application, or nil when it has none (a
    /// renewal, unless `renewalPublicity`).
    public func publicityWorkingDays(for application: Application) -> Int? {
        application.renewal != nil && !renewalPublicity ? nil : publicityWorkingDays
    }

    /// The validity of a licence of this kind.
    public func licenceMonths(for kind: SubjectKind) -> Int {
        switch kind {
        case .product: productLicenceMonths
        case .homestay: homestayLicenceMonths
        case .dish: dishLicenceMonths
        }
    }
}
