/// A document recorded with an application: a licence, a test report, a certificate, a measurement.
public struct Evidence: Codable, Sendable, Hashable {
    public var kind: EvidenceKind
    /// The document's number, e.g. a test report number.
    public var reference: String
    public var validUntil: Day?
    /// A value the rules read: a grade (`优`), a number (NAI `1350`), a result (`合格`), a date.
    public var value: String?
    public var note: String?
    /// The scanned document, when one was uploaded.
    public var file: EvidenceFile?

    public init(kind: EvidenceKind, reference: String, validUntil: Day? = nil, value: String? = nil, note: String? = nil,
                file: EvidenceFile? = nil) throws {
        self.kind = kind
        self.reference = try TextInput.required(reference, field: .evidenceReference, maxLength: 100)
        self.validUntil = validUntil
        self.value = try TextInput.optional(value, field: .evidenceValue, maxLength: 100)
        self.note = try TextInput.optional(note, field: FieldName("备注", "note"), maxLength: 500)
        self.file = file
    }

    /// Whether the document is still valid on a day (documents without an end date are).
    public func isValid(on day: Day) -> Bool {
        validUntil.map { day <= $0 } ?? true
    }
}

extension FieldName {
    public static let evidenceReference = FieldName("证明文件编号", "evidence reference")
    public static let evidenceValue = FieldName("证明文件内容", "evidence value")
}

/// The kinds of evidence the admission rules know.
public enum EvidenceKind: String, Codable, Sendable, CaseIterable {
    case businessLicence
    case foodSafetyTest
    case greenFood
    case organic
    case geographicIndication
    case specialTradePermit
    case hygienePermit
    case firePermit
    case foodBusinessLicence
    case upheldComplaint

    public var chinese: String {
        switch self {
        case .businessLicence: "营业执照"
        case .foodSafetyTest: "农产品质量安全检测报告"
        case .greenFood: "绿色食品证书"
        case .organic: "有机产品认证证书"
        case .geographicIndication: "地理标志使用证明"
        case .specialTradePermit: "特种行业许可证"
        case .hygienePermit: "卫生许可证"
        case .firePermit: "消防安全检查合格证"
        case .foodBusinessLicence: "食品经营许可证"
        case .upheldComplaint: "成立的投诉"
        }
    }
}
