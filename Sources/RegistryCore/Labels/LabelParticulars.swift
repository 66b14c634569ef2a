/// What every label of a batch says about what it labels: the product, homestay or dish, its operator
/// and town, the climate grade when there is one, and the licence number.
public struct LabelParticulars: Codable, Sendable, Hashable {
    /// What kind of subject is labelled, which decides the formats it may be printed in.
    public let kind: SubjectKind
    public let subject: String
    public let operatorName: String
    public let town: String
    public let grade: ClimateGrade?
    public let licenceNumber: String
    public let link: LabelLinkForm

    public init(kind: SubjectKind, subject: String, operatorName: String, town: String, grade: ClimateGrade?, licenceNumber: String, link: LabelLinkForm) {
        self.kind = kind
        self.subject = subject
        self.operatorName = operatorName
        self.town = town
        self.grade = grade
        self.licenceNumber = licenceNumber
        self.link = link
    }
}
