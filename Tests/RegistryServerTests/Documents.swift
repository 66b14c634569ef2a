/// The JSON the API returns, as a client would decode it.
struct LicenceJSON: Decodable {
    struct Holder: Decodable { let name: String; let uscc: String }
    struct Town: Decodable { let id: String; let name: String; let pinyin: String }
    struct Status: Decodable { let state: String; let label: String; let labelEnglish: String; let source: String; let since: String?; let reason: String? }
    struct Step: Decodable { let day: String; let event: String; let status: String; let reason: String?; let correctionDeadline: String? }
    struct Issuer: Decodable { let chinese: String; let english: String }

    let licenceNumber: String
    let kind: String
    let subject: String
    let crop: String?
    let holder: Holder
    let town: Town?
    let status: Status
    let validUntil: String
    let page: String
    let api: String
    let scope: String?
    let grantedOn: String?
    let issuingBody: Issuer?
    let history: [Step]?
}

struct DirectoryJSON: Decodable {
    let total: Int
    let page: Int?
    let perPage: Int?
    let pageCount: Int?
    let entries: [LicenceJSON]
}

struct ErrorJSON: Decodable {
    struct Detail: Decodable { let status: Int; let code: String; let message: String; let messageEnglish: String }
    let error: Detail
}
