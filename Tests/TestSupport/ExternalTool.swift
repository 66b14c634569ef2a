import Foundation
import LabelPrint

/// Runs a command-line tool the round-trip tests (of LabelPrint and of the command line) depend on (poppler-utils, zbar-tools). A missing
/// tool is an error that names the package, never a skipped test.
public enum ExternalTool {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs `tool` with `arguments` and returns its standard output.
    @discardableResult
    public static func run(_ tool: String, _ arguments: [String], package: String, acceptedStatuses: Set<Int32> = [0]) throws -> String {
        guard let path = ["/usr/bin", "/usr/local/bin", "/bin"].map({ "\($0)/\(tool)" })
            .first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw Failure(description: "\(tool) is not installed: apt-get install \(package)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try ProcessLaunch.run(process)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard acceptedStatuses.contains(process.terminationStatus) else {
            throw Failure(description: "\(tool) \(arguments.joined(separator: " ")) failed (\(process.terminationStatus)): \(errorText)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// A part of a PDF page to rasterise: 1-based page number and a box in millimetres.
    public struct Region {
        public let page: Int
        public let box: LabelBox

        public init(page: Int, box: LabelBox) {
            self.page = page
            self.box = box
        }
    }

    /// Rasterises each region of `pdf` with pdftoppm at 300 dpi and returns, per region, the QR
    /// payloads zbarimg finds in it.
    public static func decodeQRCodes(inPDF pdf: URL, regions: [Region]) throws -> [[String]] {
        let directory = pdf.deletingLastPathComponent()
        let pixelsPerMillimetre = 300 / 25.4
        let images = try regions.enumerated().map { index, region in
            let prefix = directory.appendingPathComponent("\(pdf.deletingPathExtension().lastPathComponent)-\(index)").path
            let pixels = [region.box.x, region.box.y, region.box.width, region.box.height]
                .map { String(Int(($0 * pixelsPerMillimetre).rounded())) }
            try run("pdftoppm", ["-r", "300", "-gray", "-png", "-singlefile", "-f", "\(region.page)", "-l", "\(region.page)",
                                 "-x", pixels[0], "-y", pixels[1], "-W", pixels[2], "-H", pixels[3], pdf.path, prefix],
                    package: "poppler-utils")
            return prefix + ".png"
        }
        let xml = try run("zbarimg", ["--quiet", "--xml", "-Sdisable", "-Sqrcode.enable"] + images, package: "zbar-tools",
                          acceptedStatuses: [0, 4])
        let sources = xml.components(separatedBy: "<source href='").dropFirst()
        let payloads = Dictionary(uniqueKeysWithValues: sources.map { source in
            let file = String(source.prefix { $0 != "'" })
            let data = source.components(separatedBy: "<data><![CDATA[").dropFirst().map { String($0.prefix { $0 != "]" }) }
            return (file, data)
        })
        return images.map { payloads[$0] ?? [] }
    }
}
