import RegistryStore

/// The directory as a spreadsheet: one row per licence under a Chinese header.
enum DirectoryCSV {
    static let header = ["许可编号", "类别", "认证对象", "产品", "经营主体", "统一社会信用代码", "乡镇", "标签状态", "状态日期", "原因", "有效期至"]

    static func render(_ entries: [DirectoryEntry]) -> String {
        SpreadsheetCSV.document([header] + entries.map { entry in
            let licence = entry.licence
            return [licence.number, licence.kind.chinese, entry.subjectName, entry.crop ?? "", entry.operatorName,
                    licence.operatorID.value, entry.town?.name ?? "", entry.status.state.chinese,
                    entry.status.since?.description ?? "", entry.status.reason ?? "", licence.validUntil.description]
        })
    }
}
