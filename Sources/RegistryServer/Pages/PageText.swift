/// The fixed words of the public pages, in one language.
struct PageText: Sendable, Encodable {
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
    let verifyTitle: String
    let codeLabel: String
    let climateGradeLabel: String
    let naiLabel: String
    /// The heading of a dish's ingredients: their shares and the licences of the products they come from.
    let ingredientsLabel: String
    let unknownCode: String
    let checkInput: String
    let unknownAdvice: String
    let retypePrompt: String
    let checkButton: String
    let copyWarningTitle: String
    /// The page title of a label reached by a GS1 Digital Link that does not match its batch.
    let mismatchTitle: String
    let reportLink: String
    let reportTitle: String
    let reportPrompt: String
    let reportButton: String
    let reportThanks: String
    let reportThanksMessage: String

    static let chinese = PageText(
        siteName: "延庆「中国天然氧吧」标识查询", siteTagline: "北京市延庆区 · 标识使用许可公示", otherLanguageName: "English",
        directoryTitle: "许可公示目录", searchLabel: "名称或许可编号", townLabel: "乡镇", kindLabel: "类别", statusLabel: "标签状态",
        cropLabel: "产品", all: "全部", searchButton: "查询", noResults: "没有符合条件的许可。", previous: "上一页", next: "下一页",
        export: "导出", licenceNumberLabel: "许可编号", operatorLabel: "经营主体", usccLabel: "统一社会信用代码", scopeLabel: "许可范围",
        grantedLabel: "发证日期", validUntilLabel: "有效期至", issuerLabel: "发证机关", historyTitle: "状态记录",
        backToDirectory: "返回许可公示目录", verifyTitle: "标识查验", codeLabel: "标签码", climateGradeLabel: "气候品质", naiLabel: "负氧离子", ingredientsLabel: "食材来源",
        unknownCode: "无此码", checkInput: "请核对输入",
        unknownAdvice: "登记库中没有这个标签码。请对照标签上印制的编码核对；扫码得到此结果时，该标签可能不是本机关发放的，请勿轻信，并可向发证机关举报。",
        retypePrompt: "请输入标签上印制的 17 位编码（大小写、空格和连字符均可）：", checkButton: "查询",
        copyWarningTitle: "此码可能被复制", mismatchTitle: "商品条码与登记不符", reportLink: "举报此码", reportTitle: "举报疑似复制或冒用的标签",
        reportPrompt: "请简要说明在哪里、什么商品上看到此标签（不超过 500 字，请勿填写个人信息）：", reportButton: "提交举报",
        reportThanks: "举报已收到", reportThanksMessage: "谢谢！发证机关将核查此标签码。")

    static let english = PageText(
        siteName: "Yanqing Oxygen Bar Label Register", siteTagline: "Yanqing District, Beijing · public licence register", otherLanguageName: "中文",
        directoryTitle: "Licence directory", searchLabel: "Name or licence number", townLabel: "Town", kindLabel: "Kind", statusLabel: "Label status",
        cropLabel: "Product", all: "All", searchButton: "Search", noResults: "No licence matches.", previous: "Previous", next: "Next",
        export: "Export", licenceNumberLabel: "Licence", operatorLabel: "Holder", usccLabel: "Credit code", scopeLabel: "Scope",
        grantedLabel: "Granted on", validUntilLabel: "Valid until", issuerLabel: "Issued by", historyTitle: "Status history",
        backToDirectory: "Back to the licence directory", verifyTitle: "Label check", codeLabel: "Label code", climateGradeLabel: "Climate grade", naiLabel: "Negative air ions", ingredientsLabel: "Ingredients",
        unknownCode: "Unknown code", checkInput: "Check the code",
        unknownAdvice: "No label has this code. Compare it with the code printed on the label; if a scan gave this answer, the label was not issued by the bureau. Do not rely on it, and consider reporting it.",
        retypePrompt: "Type the 17-character code printed on the label (any case; spaces and hyphens are fine):", checkButton: "Check",
        copyWarningTitle: "This code may be a copy", mismatchTitle: "Product code does not match", reportLink: "Report this code", reportTitle: "Report a suspected copied or misused label",
        reportPrompt: "Say briefly where and on what you saw this label (at most 500 characters; no personal details, please):", reportButton: "Send report",
        reportThanks: "Report received", reportThanksMessage: "Thank you. The bureau will look into this label code.")
}
