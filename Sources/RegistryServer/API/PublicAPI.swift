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

    /// `GET /api/v1/directory`: one page of the directory; 400 for a malformed parameter.
    func directoryAPI(_ request: Request) throws -> Response {
        let query = try DirectoryQuery(request, defaultPageSize: configuration.pageSize)
        let result = try reads.quick { try $0.directory(query.filter, page: query.page, pageSize: query.pageSize) }
        return .json(DirectoryDocument(result))
    }
}
