import Foundation
import Hummingbird
import RegistryCore
import RegistryStore

/// A directory search as given in a query string (`q`, `town`, `kind`, `status`, `crop`, `page`,
/// `per_page`), validated: a malformed value is refused with a message naming the parameter.
struct DirectoryQuery {
    var filter: DirectoryFilter
    var page: Int
    var pageSize: Int

    static let maxPage = 100_000
    static let maxPageSize = 200

    init(_ request: Request, defaultPageSize: Int) throws(PublicError) {
        let parameters = request.uri.queryParameters
        func value(_ name: String) -> String? {
            parameters[name[...]].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        }
        do {
            filter = DirectoryFilter(
                text: try TextInput.optional(value("q"), field: FieldName("查询内容", "q"), maxLength: 50),
                crop: try TextInput.optional(value("crop"), field: FieldName("产品", "crop"), maxLength: 30))
        } catch {
            throw PublicError(error)
        }
        if let town = value("town") {
            guard let found = Yanqing.town(named: town) else {
                throw .unknownValue(FieldName("乡镇", "town"), allowed: "延庆区的乡镇或街道名称或区划代码")
            }
            filter.townID = found.id
        }
        if let kind = value("kind") {
            guard let found = SubjectKind(rawValue: kind) else {
                throw .unknownValue(FieldName("类别", "kind"), allowed: SubjectKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            filter.kind = found
        }
        if let status = value("status") {
            guard let found = DisplayStatus.State(rawValue: status) else {
                throw .unknownValue(FieldName("标签状态", "status"), allowed: DisplayStatus.State.allCases.map(\.rawValue).joined(separator: ", "))
            }
            filter.status = found
        }
        page = try Self.number(value("page"), FieldName("页码", "page"), default: 1, max: Self.maxPage)
        pageSize = try Self.number(value("per_page"), FieldName("每页条数", "per_page"), default: defaultPageSize, max: Self.maxPageSize)
    }

    private static func number(_ text: String?, _ field: FieldName, default fallback: Int, max: Int) throws(PublicError) -> Int {
        do {
            return try NumberInput.whole(text, field: field, in: 1...max) ?? fallback
        } catch {
            throw PublicError(error)
        }
    }

    /// The search as percent-encoded query items, for links to other pages and exports.
    func items(page: Int? = nil) -> [String] {
        let pairs: [(String, String?)] = [("q", filter.text), ("town", filter.townID), ("kind", filter.kind?.rawValue),
                                          ("status", filter.status?.rawValue), ("crop", filter.crop), ("page", page.map(String.init))]
        return pairs.compactMap { name, value in value.map { "\(name)=\(QueryValue.encoded($0))" } }
    }
}
