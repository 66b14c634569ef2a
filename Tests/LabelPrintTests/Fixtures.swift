import Foundation
import LabelPrint
import RegistryCore

/// Sample content and the project's `Labels/` library, shared by the tests.
enum Fixtures {
    static let labelsDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Labels")

    static let library: LabelLibrary = try! LabelLibrary(directory: labelsDirectory)

    static let host = try! VerificationHost(parsing: "yb.yq.example.cn")

    static let brand = LabelBrand(brandLine: "中国天然氧吧 · 北京延庆", slogan: "妫川好空气 · 养出好味道")

    /// Fresh random codes: every rendering test holds for any code.
    static func codes(_ count: Int) -> [LabelCode] {
        (0..<count).map { _ in LabelCode.random() }
    }

    static func grapeLabel(_ code: LabelCode, grade: ClimateGrade? = .excellent) -> LabelContent {
        LabelContent(
            brand: brand, subject: "延庆葡萄（玫瑰香）", operatorName: "北京市延庆区张山营镇前庙村葡萄专业合作社",
            town: "张山营镇", grade: grade, documentNumber: "YQQP-2025-PT-0007", link: .short(code), host: host)
    }

    static func grapeBatch(_ count: Int) -> PrintBatch {
        PrintBatch(batchNumber: "B-2025-0042", labels: codes(count).map { grapeLabel($0) })
    }

    static func homestay(_ code: LabelCode) -> LabelContent {
        LabelContent(
            brand: brand, subject: "山水间·海坨山居", operatorName: "北京海坨山居民宿有限公司", town: "张山营镇",
            grade: nil, documentNumber: "YQYB-H-2025-0031", link: .short(code), host: host)
    }

    static func dish(_ code: LabelCode) -> LabelContent {
        LabelContent(
            brand: brand, subject: "氧吧柴鸡炖蘑菇", operatorName: "永宁古城妫水人家餐厅", town: "永宁镇",
            grade: .veryGood, documentNumber: "YQYB-D-2025-0008", link: .short(code), host: host)
    }

    /// A fresh directory for the files a test writes: under `$OXLABEL_RENDERINGS` when set (to look
    /// at the renderings afterwards), else under the system's temporary directory.
    static func temporaryDirectory() throws -> URL {
        let parent = ProcessInfo.processInfo.environment["OXLABEL_RENDERINGS"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory
        let url = parent.appendingPathComponent("oxlabel-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
