/// The fixed words of the public pages, in one language.
struct PageText: Sendable {
    let siteName: String
    let siteTagline: String
    let otherLanguageName: String
    let directoryTitle: String
    let searchLabel: String
    let townLabel: String
    let kindLabel: String
    let statusLabel: String
    let cropLabel: String
    let all: String
    let searchButton: String
    let noResults: String
    let previous: String
    let next: String
    let export: String
    let licenceNumberLabel: String
    let operatorLabel: String
    let usccLabel: String
    let scopeLabel: String
    let grantedLabel: String
    let validUntilLabel: String
    let issuerLabel: String
    let historyTitle: String
    let backToDirectory: String

    static let chinese = PageText(
        siteName: "延庆「中国天然氧吧」标识查询", siteTagline: "北京市延庆区 · 标识使用许可公示", otherLanguageName: "English",
        directoryTitle: "许可公示目录", searchLabel: "名称或许可编号", townLabel: "乡镇", kindLabel: "类别", statusLabel: "标签状态",
        cropLabel: "产品", all: "全部", searchButton: "查询", noResults: "没有符合条件的许可。", previous: "上一页", next: "下一页",
        export: "导出", licenceNumberLabel: "许可编号", operatorLabel: "经营主体", usccLabel: "统一社会信用代码", scopeLabel: "许可范围",
        grantedLabel: "发证日期", validUntilLabel: "有效期至", issuerLabel: "发证机关", historyTitle: "状态记录",
        backToDirectory: "返回许可公示目录")

    static let english = PageText(
        siteName: "Yanqing Oxygen Bar Label Register", siteTagline: "Yanqing District, Beijing · public licence register", otherLanguageName: "中文",
        directoryTitle: "Licence directory", searchLabel: "Name or licence number", townLabel: "Town", kindLabel: "Kind", statusLabel: "Label status",
        cropLabel: "Product", all: "All", searchButton: "Search", noResults: "No licence matches.", previous: "Previous", next: "Next",
        export: "Export", licenceNumberLabel: "Licence", operatorLabel: "Holder", usccLabel: "Credit code", scopeLabel: "Scope",
        grantedLabel: "Granted on", validUntilLabel: "Valid until", issuerLabel: "Issued by", historyTitle: "Status history",
        backToDirectory: "Back to the licence directory")
}
