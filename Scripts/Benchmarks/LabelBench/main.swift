import Foundation
import LabelPrint
import RegistryCore
import RegistryStore

/// Benchmark of issue 4: label codes generated per second, a batch of 1,000,000 labels issued and
/// stored in one transaction on a real SQLite file, labels rendered per second to A4 PDF and to TSPL,
/// and libqrencode's cost per QR code. Writes the 10,000 URLs it encodes to the file given as the
/// second argument, so that `Scripts/bench-labels` can time other encoders on them.
/// Usage: bench-labels LABELS_DIRECTORY URL_FILE OUTPUT_DIRECTORY SCHEMAS_DIRECTORY
/// With `--registry REGISTRY_FILE SCHEMAS_DIRECTORY` it only writes a registry (clock 2026-09-01) holding
/// one licence with a batch of 1,000,000 labels and prints one of their codes, for `Scripts/bench-verify`.

func seconds(_ work: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try work()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

func report(_ name: String, _ value: Double, _ unit: String) {
    print(String(format: "%-44@ %12.1f %@", name as NSString, value, unit as NSString))
}

/// A registry file with one product licence whose quota (6,000 t in 5 kg boxes × 1.05) holds a million labels.
func registryWithLicence(path: String, schemas: String) throws -> (Registry, String) {
    let day = { (text: String) in Day(text)!.start.addingTimeInterval(9 * 3600) }
    let now = day("2026-09-01")
    let registry = try Registry(path: path, configuration: try RegistryConfiguration.load(schemas: URL(fileURLWithPath: schemas), clock: { now }))
    let clerk = try Actor(name: "王芳", role: .clerk)
    let approver = try Actor(name: "赵敏", role: .approver)
    let licence = try registry.write { tx in
        let grower = try Operator(uscc: USCC.completing("93110119MA01BNCH1")!.value, name: "延庆区基准测试葡萄专业合作社", kind: .cooperative,
                                  town: "张山营镇", address: "前黑龙庙村 1 号")
        try tx.backdated(to: day("2026-08-01")).addOperator(grower, by: clerk)
        let subject = try tx.backdated(to: day("2026-08-01")).addSubject(try Subject(
            operatorID: grower.uscc, name: "巨峰葡萄", town: "张山营镇", details: .product(ProductDetails(
                crop: "葡萄", variety: "巨峰", plot: "全域", location: GeoPoint(latitude: 40.49, longitude: 115.87), areaMu: 4000,
                season: 2026, expectedOutputKg: 6_000_000, packSizeKg: 5))), by: clerk)
        let evidence = [try Evidence(kind: .greenFood, reference: "GF110229260001", validUntil: Day("2028-12-31")),
                        try Evidence(kind: .foodSafetyTest, reference: "JC-2026-0001", validUntil: Day("2027-06-30"), value: "合格")]
        let number = try tx.backdated(to: day("2026-08-01")).apply(subjectID: subject.id, evidence: evidence, by: clerk).number
        try tx.backdated(to: day("2026-08-01")).accept(number, by: clerk)
        _ = try tx.backdated(to: day("2026-08-02")).review(number, by: try Actor(name: "李强", role: .reviewer), findings: "材料齐全")
        try tx.backdated(to: day("2026-08-03")).approve(number, by: approver)
        return try tx.backdated(to: day("2026-08-11")).closePublicity(number, by: approver).number
    }
    return (registry, licence)
}

let arguments = CommandLine.arguments
let printer = try Actor(name: "孙丽", role: .printer)
if arguments.count == 4, arguments[1] == "--registry" {
    let (registry, licence) = try registryWithLicence(path: arguments[2], schemas: arguments[3])
    let batch = try registry.write { try $0.issueBatch(licence: licence, count: 1_000_000, by: printer) }
    print(batch.codes.first.text)
    exit(0)
}
guard arguments.count == 5 else {
    FileHandle.standardError.write(Data("usage: bench-labels LABELS_DIRECTORY URL_FILE OUTPUT_DIRECTORY SCHEMAS_DIRECTORY\n".utf8))
    exit(2)
}
let library = try LabelLibrary(directory: URL(fileURLWithPath: arguments[1]))
let output = URL(fileURLWithPath: arguments[3])
let host = try VerificationHost(parsing: "YB.YQ.EXAMPLE.CN")
let brand = LabelBrand(brandLine: "中国天然氧吧 · 北京延庆", slogan: "妫川好空气 · 养出好味道")

let codeCount = 1_000_000
var codes = [LabelCode]()
codes.reserveCapacity(codeCount)
let generation = seconds {
    for _ in 0..<codeCount { codes.append(LabelCode.random()) }
}
var texts = [String]()
texts.reserveCapacity(codeCount)
let formatting = seconds {
    for code in codes { texts.append(code.text) }
}
precondition(Set(texts).count == codeCount, "duplicate codes")
report("codes generated (CSPRNG + check symbol)", Double(codeCount) / generation, "codes/s")
report("codes generated and formatted as text", Double(codeCount) / (generation + formatting), "codes/s")
let parsing = seconds {
    for text in texts.prefix(100_000) { _ = try! LabelCode(parsing: text) }
}
report("codes parsed and checked", 100_000 / parsing, "codes/s")

let (registry, licence) = try registryWithLicence(path: output.appendingPathComponent("bench-registry.sqlite").path, schemas: arguments[4])
let issuing = try seconds {
    _ = try registry.write { try $0.issueBatch(licence: licence, count: codeCount, by: printer) }
}
report("labels issued and stored, 1,000,000 in one transaction", Double(codeCount) / issuing, "labels/s")
let lookups = try seconds {
    try registry.read { tx in for code in codes.prefix(100_000) { _ = try tx.label(code: code) } }
}
report("labels looked up by code (100,000, mostly unknown)", 100_000 / lookups, "lookups/s")

let labelCount = 10_000
let labels = codes.prefix(labelCount).map { code in
    LabelContent(brand: brand, subject: "延庆葡萄（玫瑰香）", operatorName: "北京市延庆区张山营镇前庙村葡萄专业合作社",
                 town: "张山营镇", grade: .excellent, documentNumber: "YQQP-2025-PT-0007", link: .short(code), host: host)
}
let urls = labels.map(\.verificationURL)
try (urls.joined(separator: "\n") + "\n").write(toFile: arguments[2], atomically: true, encoding: .utf8)

let encoding = try seconds {
    for url in urls { _ = try QRMatrix(encoding: url, errorCorrection: .medium) }
}
report("libqrencode in process, one core", encoding / Double(labelCount) * 1e6, "µs/code")

let batch = PrintBatch(batchNumber: "BENCH", labels: labels)
for format in [LabelFormat.a4Sheet3x7, .a4Sheet5x13, .thermal50x30] {
    let file = output.appendingPathComponent("bench-\(format.rawValue).pdf")
    let time = try seconds { try PDFLabelRenderer(library: library).render(batch, format: format, to: file) }
    let size = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
    report("PDF \(format.rawValue), \(labelCount) labels (\(size / 1_048_576) MiB)", Double(labelCount) / time, "labels/s")
}
let tspl = try seconds { _ = try TSPLRenderer(library: library).program(for: batch, format: .thermal50x30) }
report("TSPL thermal-50x30, \(labelCount) labels", Double(labelCount) / tspl, "labels/s")
let zpl = try seconds { _ = try ZPLRenderer(library: library).program(for: batch, format: .thermal50x30) }
report("ZPL thermal-50x30, \(labelCount) labels", Double(labelCount) / zpl, "labels/s")
