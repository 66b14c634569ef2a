import Foundation
import Testing
@testable import RegistryCore

/// A revoked climate-quality certificate suspends the labels of the licence resting on it until the
/// approver reinstates the licence on another certificate or certification, or revokes it (DESIGN §4).
@Suite struct CertificateCascadeTests {
    static let revokedOn = Day("2026-12-02")!

    func certificate(_ grade: ClimateGrade = .excellent, number: String = "YQQP-2026-PT-0001", subject: Subject = Fixtures.grape()) throws -> ClimateCertificate {
        try ClimateCertificate(number: number, subject: subject, crop: "鲜食葡萄", cropModel: "grape 2025.1",
                               seasonPeriod: "2026-06-01…2026-09-20", score: 3.6, grade: grade, stationID: "YQ002",
                               station: "张山营果园站 (YQ002)", dataCompleteness: "各指标有效资料 100%，无缺测",
                               issuedOn: Day("2026-09-25")!, validUntil: Day("2027-08-31")!, issuer: "延庆区气象局", by: Fixtures.meteorologist)
    }

    func licence(restingOn number: String? = "YQQP-2026-PT-0001") throws -> Licence {
        try Licence(number: "YQYB-P-2026-0001", application: try Fixtures.application(in: .granted), subject: Fixtures.grape(),
                    on: Fixtures.day, policy: Fixtures.policy, climateCertificate: number)
    }

    func revoked() throws -> ClimateCertificate {
        var certificate = try certificate()
        try certificate.revoke(category: .falseDeclaration, reason: "申报地块与实际不符", by: Fixtures.approver, on: Self.revokedOn)
        return certificate
    }

    @Test func aRevokedCertificateSuspendsTheLabelsOfTheLicenceRestingOnIt() throws {
        let licence = try licence()
        let day = Day("2026-12-03")!
        #expect(DisplayStatus.of(licence, under: Fixtures.title, restingOn: try certificate(), on: day).state == .valid)
        let shows = DisplayStatus.of(licence, under: Fixtures.title, restingOn: try revoked(), on: day)
        #expect(shows.state == .suspended && shows.source == .certificate && shows.since == Self.revokedOn)
        #expect(shows.reason == "所依据的气候品质认证证书 YQQP-2026-PT-0001 已撤销（申报信息与实际不符），待复核")
        #expect(licence.awaitsReview(restingOn: try revoked(), on: day))
        #expect(!licence.awaitsReview(restingOn: try certificate(), on: day))
    }

    @Test func theLicencesOwnWorseStateStillShowsAndExpiryOfTheCertificateLapsesNothing() throws {
        var licence = try licence()
        try licence.revoke(by: Fixtures.approver, on: Self.revokedOn, category: .labelMisuse, reason: "转借标签")
        let shows = DisplayStatus.of(licence, under: Fixtures.title, restingOn: try revoked(), on: Self.revokedOn)
        #expect(shows.state == .revoked && shows.source == .licence)
        #expect(!licence.awaitsReview(restingOn: try revoked(), on: Self.revokedOn))
        let expired = Day("2027-09-01")!
        #expect(try certificate().status(on: expired) == .expired)
        #expect(try certificate().displayStatus(on: expired).state == .valid)
    }

    @Test func theApproverReinstatesOnAnotherCertificateOfAtLeastTheGrade() throws {
        var licence = try licence()
        let day = Day("2026-12-03")!
        let replacement = try certificate(.veryGood, number: "YQQP-2026-PT-0002")
        #expect(throws: RegistryError.self) {
            try licence.restOn(certificate: replacement, replacing: try revoked(), minimumGrade: .good, by: Fixtures.clerk, on: day)
        }
        #expect(throws: FieldError.self) {
            try licence.restOn(certificate: try certificate(.ordinary, number: "YQQP-2026-PT-0003"), replacing: try revoked(),
                               minimumGrade: .good, by: Fixtures.approver, on: day)
        }
        var other = Fixtures.grape(id: 2)
        other.name = "另一地块"
        #expect(throws: FieldError.self) {
            try licence.restOn(certificate: try certificate(number: "YQQP-2026-PT-0004", subject: other), replacing: try revoked(),
                               minimumGrade: .good, by: Fixtures.approver, on: day)
        }
        #expect(throws: FieldError.self) {
            try licence.restOn(certificate: try revoked(), replacing: try revoked(), minimumGrade: .good, by: Fixtures.approver, on: day)
        }
        try licence.restOn(certificate: replacement, replacing: try revoked(), minimumGrade: .good, by: Fixtures.approver, on: day)
        #expect(licence.climateCertificate == "YQQP-2026-PT-0002")
        #expect(DisplayStatus.of(licence, under: Fixtures.title, restingOn: replacement, on: day).state == .valid)
        #expect(throws: RegistryError.self) {
            try licence.restOn(certificate: replacement, replacing: replacement, minimumGrade: .good, by: Fixtures.approver, on: day)
        }
    }

    @Test func theApproverReinstatesOnAnotherCertificationTheRuleAccepts() throws {
        var licence = try licence()
        let day = Day("2026-12-03")!
        let alternatives: [EvidenceKind] = [.greenFood, .organic, .geographicIndication]
        #expect(throws: FieldError.self) {
            try licence.restOn(certification: try Evidence(kind: .foodSafetyTest, reference: "JC-1"), replacing: try revoked(),
                               alternatives: alternatives, by: Fixtures.approver, on: day)
        }
        #expect(throws: FieldError.self) {
            try licence.restOn(certification: try Evidence(kind: .greenFood, reference: "LB-1", validUntil: Day("2026-12-01")),
                               replacing: try revoked(), alternatives: alternatives, by: Fixtures.approver, on: day)
        }
        let greenFood = try Evidence(kind: .greenFood, reference: "LB-45-2501", validUntil: Day("2027-12-31"))
        try licence.restOn(certification: greenFood, replacing: try revoked(), alternatives: alternatives, by: Fixtures.approver, on: day)
        #expect(licence.climateCertificate == nil && licence.certification == greenFood)
        #expect(DisplayStatus.of(licence, under: Fixtures.title, restingOn: nil, on: day).state == .valid)
    }

    @Test func aRevocationRecordedBeforeCategoriesReadsAsOther() throws {
        let json = #"{"on":"2026-10-01","by":"赵敏","reason":"数据造假"}"#
        let revocation = try JSONDecoder().decode(ClimateCertificate.Revocation.self, from: Data(json.utf8))
        #expect(revocation.category == .other && revocation.reason == "数据造假")
    }
}
