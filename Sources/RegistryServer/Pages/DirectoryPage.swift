import Hummingbird
import RegistryCore
import RegistryStore

extension PublicSite {
    /// `GET /directory`: the searchable, paginated list of every licence.
    func directoryPage(_ request: Request) throws -> Response {
        let language = Language(request)
        let query = try DirectoryQuery(request, defaultPageSize: configuration.pageSize)
        let (result, crops) = try reads.quick { tx in
            (try tx.directory(query.filter, page: query.page, pageSize: query.pageSize), try tx.directoryCrops())
        }
        let view = DirectoryView(frame: frame(title: language.text.directoryTitle, language: language, request: request),
                                 query: query, result: result, crops: crops, language: language)
        return try pages.response(view)
    }
}

/// The directory page's content.
struct DirectoryView: PageView {
    static let template = "directory"

    let frame: PageFrame
    let isEnglish: Bool
    let query: String
    let towns: [Option]
    let kinds: [Option]
    let statuses: [Option]
    let crops: [Option]
    let summary: String
    let entries: [Entry]
    let pageLabel: String
    let previousHref: String?
    let nextHref: String?
    let csvHref: String
    let jsonHref: String

    /// One choice of a select box.
    struct Option: Encodable {
        let value: String
        let label: String
        let selected: Bool
    }

    /// One licence in the list.
    struct Entry: Encodable {
        let number: String
        let href: String
        let subject: String
        let operatorName: String
        let kind: String
        let town: String
        let validUntil: String
        let badge: BadgeView
    }

    init(frame: PageFrame, query: DirectoryQuery, result: DirectoryPage, crops: [String], language: Language) {
        self.frame = frame
        isEnglish = language == .english
        let filter = query.filter
        self.query = filter.text ?? ""
        let all = Option(value: "", label: language.text.all, selected: false)
        towns = [all] + Yanqing.towns.map { Option(value: $0.id, label: language.name($0), selected: $0.id == filter.townID) }
        kinds = [all] + SubjectKind.allCases.map { Option(value: $0.rawValue, label: language.name($0), selected: $0 == filter.kind) }
        statuses = [all] + DisplayStatus.State.allCases.map { Option(value: $0.rawValue, label: language.name($0), selected: $0 == filter.status) }
        self.crops = [all] + crops.map { Option(value: $0, label: $0, selected: $0 == filter.crop) }
        summary = language.pick("共 \(result.total) 条许可", "\(result.total) licence\(result.total == 1 ? "" : "s")")
        entries = result.entries.map { entry in
            Entry(number: entry.licence.number, href: language.link("/licence/\(entry.licence.number)"), subject: entry.subjectName,
                  operatorName: entry.operatorName, kind: language.name(entry.licence.kind), town: language.name(entry.town),
                  validUntil: language.pick("有效期至 \(entry.licence.validUntil)", "valid until \(entry.licence.validUntil)"),
                  badge: BadgeView(entry.status, language: language))
        }
        pageLabel = language.pick("第 \(result.page) / \(result.pageCount) 页", "page \(result.page) of \(result.pageCount)")
        previousHref = result.page > 1 ? language.link("/directory", query.items(page: result.page - 1)) : nil
        nextHref = result.page < result.pageCount ? language.link("/directory", query.items(page: result.page + 1)) : nil
        csvHref = language.link("/directory.csv", query.items())
        jsonHref = language.link("/directory.json", query.items())
    }
}
