import RegistryCore
import RegistryStore

/// The demo's label printing: batches for several current product licences, homestay plaques and dish
/// table cards, each printed (print jobs recorded, no files written), a few spoiled labels voided, one
/// batch revoked, and one valid code scanned like a copied one (45 scans from 15 networks within the 45
/// minutes before now, kept in `copiedScans` for the scan log), so that verification has valid, voided,
/// withdrawn, copied and dish codes to show.
extension DemoBuilder {
    static let printer = "孙丽"

    mutating func issueLabels() throws {
        let printer = try Actor(name: Self.printer, role: .printer)
        let approver = try Actor(name: Self.approvers[0], role: .approver)
        let products = currentLicences.filter { $0.kind == .product }
        let chosen = [products.first { $0.crop == "葡萄" }, products.first { $0.crop == "苹果" }].compactMap { $0 }
            + products.filter { $0.crop != "葡萄" && $0.crop != "苹果" }.prefix(4)
        var printedBatches: [(number: String, licence: String, codes: [LabelCode])] = []
        for (licence, format) in chosen.map({ ($0.number, "a4-3x7") })
            + currentLicences.filter({ $0.kind == .homestay }).prefix(3).map({ ($0.number, "plaque-a5") })
            + currentLicences.filter({ $0.kind == .dish }).prefix(3).map({ ($0.number, "table-card-a6") }) {
            let granted = try tx.licence(licence)
            let day = min(granted.grantedOn.adding(days: 3), today)
            let count = format == "a4-3x7" ? min(granted.quota / 20, 1_050) : min(granted.quota, format == "plaque-a5" ? 2 : 40)
            let batch = try at(day).issueBatch(licence: licence, count: count, by: printer, codes: &rng)
            let (_, codes) = try at(day).recordPrintJob(batch: batch.number, format: format, by: printer)
            printedBatches.append((batch.number, licence, codes))
            labelCounts["batches", default: 0] += 1
            labelCounts["printed", default: 0] += codes.count
        }
        guard printedBatches.count >= 3 else { return }
        let spoiled = printedBatches[2]
        let middle = spoiled.codes.count / 2
        labelCounts["voided"] = try at(today.adding(days: -1)).voidLabels(in: spoiled.number, .codes(Array(spoiled.codes[middle..<middle + 3])), by: printer,
                                                                           reason: "打印机卡纸，标签褶皱无法使用")
        let stolen = printedBatches[3]
        try at(today).withdrawLabels(.batch(stolen.number), .revocation, by: approver, reason: "该批标签在外地市场被冒用，整批撤销")
        let example = { (codes: [LabelCode], offset: Int) in codes[codes.count / 2 + offset].grouped(separator: "-") }
        labelExamples["valid"] = example(spoiled.codes, 3)
        labelExamples["voided"] = example(spoiled.codes, 0)
        labelExamples["revoked batch"] = example(stolen.codes, 0)
        labelExamples["suspended licence"] = example(printedBatches[0].codes, 0)
        labelExamples["revoked licence"] = example(printedBatches[1].codes, 0)
        let dishes = Set(currentLicences.filter { $0.kind == .dish }.map(\.number))
        if let dish = printedBatches.first(where: { dishes.contains($0.licence) }) { labelExamples["dish"] = example(dish.codes, 0) }
        let copied = spoiled.codes[spoiled.codes.count / 2 + 5]
        let start = tx.now.addingTimeInterval(-45 * 60)
        copiedScans = (0..<45).map { index in
            LabelScan(code: copied, at: start.addingTimeInterval(Double(index) * 60), client: "\(36 + index % 15).\(index % 15 * 7).0.0/16 WeChat",
                      outcome: .valid)
        }
        try tx.recordLabelReport(code: copied, text: "在外地超市买到的葡萄包装上也是这个码，包装和这里的不一样", client: "36.7.0.0/16 WeChat")
        labelExamples["copied"] = copied.grouped(separator: "-")
    }
}
