import Foundation
import Testing
import RegistryCore
import RegistryFixtures
@testable import RegistryStore

/// A product licence rests on the certificate whose grade it was granted on. Revoking that certificate
/// suspends the licence's labels at once, everywhere the status is read, without rewriting the licence,
/// and puts the licence in the approver's review until it is reinstated on another certificate or
/// certification, or revoked.
@Suite struct CertificateCascadeStoreTests {
    /// A grape licence granted on 2026-10-15 on its certificate (issued 2026-11-25), with a printed
    /// batch, and the registry as of 2026-12-02.
    static func licensed() throws -> (store: StoreFixture, registry: Registry, certificate: ClimateCertificate, licence: String, codes: [LabelCode]) {
        let store = StoreFixture()
        let certificate = try ClimateFixture.certifiedGrape(in: store)
        var generator = SeededGenerator(seed: 7)
        let (licence, codes) = try store.open(on: "2026-11-25").write { tx in
            try DirectoryFixture.license(certificate.subjectID, in: tx, on: "2026-10-01", codes: &generator)
        }
        return (store, try store.open(on: "2026-12-02"), certificate, licence, codes)
    }

    static func revoke(_ certificate: ClimateCertificate, in registry: Registry) throws {
        try registry.write { _ = try $0.revokeCertificate(certificate.number, category: .dataError, reason: "观测站资料错用", by: StoreFixture.approver) }
    }

    static func listed(_ status: DisplayStatus.State, _ tx: RegistryTransaction) throws -> [String] {
        try tx.directory(DirectoryFilter(status: status), page: 1, pageSize: 100).entries.map(\.licence.number)
    }

    @Test func aLicenceRestsOnTheCertificateItWasGrantedOnAndOnNoneWithoutOne() throws {
        let (_, registry, certificate, number, _) = try Self.licensed()
        #expect(try registry.read { try $0.licence(number) }.climateCertificate == certificate.number)
        let store = StoreFixture()
        let withoutCertificate = try store.activeLicence()
        #expect(try store.open().read { try $0.licence(withoutCertificate) }.climateCertificate == nil)
    }

    @Test func revokingTheCertificateSuspendsTheLabelsAtOnceWithoutRewritingTheLicence() throws {
        let (_, registry, certificate, number, codes) = try Self.licensed()
        let before = try registry.read { try $0.licence(number) }
        #expect(try registry.verification(of: codes[0])?.status.state == .valid)
        #expect(try registry.read { try Self.listed(.valid, $0) }.contains(number))
        try Self.revoke(certificate, in: registry)
        #expect(try registry.verification(of: codes[0])?.status.state == .suspended)
        try registry.read { tx in
            #expect(try tx.licence(number) == before)
            let shows = try tx.displayStatus(of: try tx.licence(number))
            #expect(shows.state == .suspended && shows.source == .certificate && shows.since == Day("2026-12-02"))
            #expect(shows.reason == "所依据的气候品质认证证书 \(certificate.number) 已撤销（观测资料或评估有误），待复核")
            #expect(try tx.displayStatus(ofLabel: codes[0]).status.state == .suspended)
            #expect(try tx.licencesAwaitingReview().map(\.number) == [number])
            #expect(try Self.listed(.suspended, tx).contains(number))
            #expect(try !Self.listed(.valid, tx).contains(number))
            let history = try tx.publicHistory(of: try tx.licence(number))
            #expect(history.last?.event == .certificateRevoked && history.last?.day == Day("2026-12-02"))
        }
    }

    @Test func theApproverReinstatesTheLicenceOnANewCertificate() throws {
        let (store, registry, certificate, number, codes) = try Self.licensed()
        #expect(throws: RegistryError.self) {
            try registry.write { _ = try $0.reinstate(number, onCertificate: certificate.number, by: StoreFixture.approver, reason: "未撤销") }
        }
        try Self.revoke(certificate, in: registry)
        let replacement = try store.open(on: "2026-12-02").write { try $0.issueCertificate(subjectID: certificate.subjectID, by: StoreFixture.meteorologist) }
        #expect(throws: FieldError.self) {
            try registry.write { _ = try $0.reinstate(number, onCertificate: certificate.number, by: StoreFixture.approver, reason: "原证书") }
        }
        #expect(throws: RegistryError.self) {
            try registry.write { _ = try $0.reinstate(number, onCertificate: replacement.number, by: StoreFixture.clerk, reason: "无权") }
        }
        let licence = try registry.write { try $0.reinstate(number, onCertificate: replacement.number, by: StoreFixture.approver, reason: "换用正确站点重新评估") }
        #expect(licence.climateCertificate == replacement.number)
        #expect(try registry.verification(of: codes[0])?.status.state == .valid)
        try registry.read { tx in
            #expect(try tx.licencesAwaitingReview().isEmpty)
            #expect(try Self.listed(.valid, tx).contains(number))
            let history = try tx.publicHistory(of: try tx.licence(number)).suffix(2)
            #expect(history.map(\.event) == [.certificateRevoked, .basisReviewed])
            #expect(history.last?.reason == "改依据气候品质认证证书 \(replacement.number)")
            #expect(try tx.auditEvents(entity: .licence, id: number).first?.action.rawValue == "reviewLicenceBasis")
        }
    }

    @Test func theApproverReinstatesOnAnotherCertificationOrRevokes() throws {
        let (_, registry, certificate, number, _) = try Self.licensed()
        try Self.revoke(certificate, in: registry)
        let greenFood = try Evidence(kind: .greenFood, reference: "LB-45-2501", validUntil: Day("2027-12-31"))
        let licence = try registry.write { try $0.reinstate(number, onCertification: greenFood, by: StoreFixture.approver, reason: "有绿色食品证书") }
        #expect(licence.climateCertificate == nil && licence.certification == greenFood)
        #expect(try registry.read { try $0.displayStatus(of: try $0.licence(number)) }.state == .valid)
        #expect(try registry.read { try $0.licencesAwaitingReview() }.isEmpty)

        let (_, other, otherCertificate, otherNumber, _) = try Self.licensed()
        try Self.revoke(otherCertificate, in: other)
        try other.write { _ = try $0.revoke(otherNumber, by: StoreFixture.approver, category: .certificateLapsed, reason: "无其他认证") }
        #expect(try other.read { try $0.licencesAwaitingReview() }.isEmpty)
        #expect(try other.read { try $0.displayStatus(of: try $0.licence(otherNumber)) }.state == .revoked)
    }

    /// A registry from before licences named their certificate gets it on opening: the newest certificate
    /// of the product in force on the day of the grant.
    @Test func theMigrationFindsTheCertificateOfLicencesGrantedBefore() throws {
        let store = StoreFixture()
        let certificate = try ClimateFixture.certifiedGrape(in: store)
        var generator = SeededGenerator(seed: 8)
        let (number, _) = try store.open(on: "2026-12-20").write { tx in
            try DirectoryFixture.license(certificate.subjectID, in: tx, on: "2026-11-26", codes: &generator)
        }
        try store.tamper("""
            DROP INDEX licences_climate_certificate; ALTER TABLE licences DROP COLUMN climate_certificate;
            UPDATE licences SET body = json_remove(body, '$.climateCertificate');
            DELETE FROM grdb_migrations WHERE identifier = 'v15-licence-climate-certificates'
            """)
        let reopened = try store.open(on: "2026-12-20")
        #expect(try reopened.read { try $0.licence(number) }.climateCertificate == certificate.number)
        try Self.revoke(certificate, in: reopened)
        #expect(try reopened.read { try $0.licencesAwaitingReview() }.map(\.number) == [number])
    }
}
