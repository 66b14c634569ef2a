import Hummingbird
import RegistryCore

extension PublicSite {
    /// `GET /api/v1/licences/{number}`: 200, or 410 with the same body for a revoked or surrendered
    /// licence; 404 for an unknown number, 400 for a malformed one, 429 after too many unknown ones.
    func licenceAPI(number: String, client: String) throws -> Response {
        let found = try lookup.find(number, client: client)
        let gone = [.revoked, .surrendered].contains(found.entry.licence.status)
        return .json(LicenceDocument(found, issuer: configuration.issuingBody), status: gone ? .gone : .ok)
    }

    /// `GET /api/v1/certificates/{number}`: a climate-quality certificate, 200, or 410 with the same body
    /// when revoked; 404 for an unknown number, 429 after too many unknown ones.
    func certificateAPI(number: String, client: String) throws -> Response {
        let document = try certificateLookup(number, client: client) { tx in
            let certificate = try tx.climateCertificate(number)
            return CertificateDocument(certificate, holder: try tx.requireOperator(certificate.operatorID.value).name,
                                       status: certificate.status(on: tx.today))
        }
        return .json(document, status: document.status == .revoked ? .gone : .ok)
    }

    /// `GET /api/v1/labels/{code}`: 200, or 410 with the same body for a label that shows revoked,
    /// surrendered or voided; 404 for an unknown code, 422 for a wrong check character, 400 for text
    /// that is no code, 429 after too many unknown ones. API look-ups are not scans: they do not count.
    /// With `gtin` (and `lot`), as read from a GS1 Digital Link, the body says in `link` whether they are
    /// the batch's; a mismatch is 422 with the same body, whatever the label's own status.
    func labelAPI(code: String, request: Request, client: String) throws -> Response {
        let given = try Self.digitalLinkParameters(request)
        switch try labels.find(typed: code, client: client) {
        case .found(let found):
            let link = given.map { GS1DigitalLink(gtin: $0.gtin, lot: $0.lot, code: found.label.code) }
            let mismatch = link.flatMap { DigitalLinkMismatch($0, batch: found.batch) }
            let gone = [.revoked, .surrendered, .voided].contains(found.status.state)
            return .json(LabelDocument(found, link: link, mismatch: mismatch, heuristics: configuration.copyHeuristics,
                                       issuer: configuration.issuingBody, at: reads.registry.configuration.clock()),
                         status: mismatch != nil ? .unprocessableContent : gone ? .gone : .ok)
        case .unknown(let code):
            throw PublicError.notFound(what: FieldName("标签码「\(code.grouped())」", "label code \(code.grouped())"))
        case .unreadable(.labelCodeTypo, _):
            throw PublicError.codeTypo
        case .unreadable(let error, _):
            throw PublicError.badRequest(chinese: error.chinese, english: error.english)
        }
    }

    /// The `gtin` and `lot` query parameters of a label look-up, nil without a GTIN; a lot without a
    /// GTIN, or either malformed, is refused (400).
    private static func digitalLinkParameters(_ request: Request) throws -> (gtin: GTIN, lot: GS1Lot?)? {
        let query = request.uri.queryParameters
        do {
            let lot = try query["lot"].map { try GS1Lot(parsing: String($0)) }
            guard let gtin = query["gtin"] else {
                guard lot == nil else { throw PublicError.badRequest(chinese: "批号（lot）须与商品条码（gtin）一同给出", english: "a lot (lot) is given only with a GTIN (gtin)") }
                return nil
            }
            return (try GTIN(parsing: String(gtin)), lot)
        } catch let error as CodeError {
            throw PublicError.badRequest(chinese: error.chinese, english: error.english)
        }
    }

    /// `GET /api/v1/directory`: one page of the directory; 400 for a malformed parameter.
    func directoryAPI(_ request: Request) throws -> Response {
        let query = try DirectoryQuery(request, defaultPageSize: configuration.pageSize)
        let result = try reads.quick { try $0.directory(query.filter, page: query.page, pageSize: query.pageSize) }
        return .json(DirectoryDocument(result))
    }
}
