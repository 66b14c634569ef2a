import Foundation
import LabelPrint
import RegistryCore

/// Benchmark of issue 4: label codes generated per second, labels rendered per second to A4 PDF
/// and to TSPL, and libqrencode's cost per QR code. Writes the 10,000 URLs it encodes to the file
/// given as the second argument, so that `Scripts/bench-labels` can time other encoders on them.
/// Usage: bench-labels LABELS_DIRECTORY URL_FILE OUTPUT_DIRECTORY

func seconds(_ work: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try work()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

func report(_ name: String, _ value: Double, _ unit: String) {
    print(String(format: "%-44@ %12.1f %@", name as NSString, value, unit as NSString))
}

let arguments = CommandLine.arguments
guard arguments.count == 4 else {
    FileHandle.standardError.write(Data("usage: bench-labels LABELS_DIRECTORY URL_FILE OUTPUT_DIRECTORY\n".utf8))
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
