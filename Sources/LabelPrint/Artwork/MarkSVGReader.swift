import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads `MarkArtwork` from the SVG subset it documents.
enum MarkSVGReader {
    static func read(_ data: Data, path: String) throws(LabelPrintError) -> MarkArtwork {
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else {
            throw .templateInvalid(path: path, reason: parser.parserError.map { "\($0)" } ?? "not well-formed XML")
        }
        if let problem = collector.problem { throw .templateInvalid(path: path, reason: problem) }
        guard let size = collector.viewBox, !collector.paths.isEmpty else {
            throw .templateInvalid(path: path, reason: "an SVG with a viewBox and at least one path is expected")
        }
        return MarkArtwork(viewBoxWidth: size.width, viewBoxHeight: size.height, paths: collector.paths, texts: collector.texts)
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var viewBox: (width: Double, height: Double)?
        var paths = [MarkPath]()
        var texts = [MarkText]()
        var problem: String?
        private var openText: [String: String]?
        private var textContent = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "svg":
                let numbers = (attributes["viewBox"] ?? "").split(separator: " ").compactMap { Double($0) }
                if numbers.count == 4, numbers[0] == 0, numbers[1] == 0 { viewBox = (numbers[2], numbers[3]) }
                else { problem = "the svg element needs viewBox=\"0 0 W H\"" }
            case "path":
                guard let commands = SVGPathData.commands(from: attributes["d"] ?? ""),
                      let fill = RGBColor(hex: attributes["fill"] ?? "") else {
                    problem = "a path needs d with absolute M/L/C/Z commands and fill=\"#RRGGBB\""
                    return
                }
                paths.append(MarkPath(commands: commands, fill: fill, evenOdd: attributes["fill-rule"] == "evenodd"))
            case "text":
                openText = attributes
                textContent = ""
            case "title", "desc", "g":
                break
            default:
                problem = "<\(name)> is outside the subset the renderers draw"
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if openText != nil { textContent += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard name == "text", let attributes = openText else { return }
            openText = nil
            guard let x = attributes["x"].flatMap(Double.init), let y = attributes["y"].flatMap(Double.init),
                  let size = attributes["font-size"].flatMap(Double.init),
                  let fill = RGBColor(hex: attributes["fill"] ?? "") else {
                problem = "a text needs x, y, font-size and fill=\"#RRGGBB\""
                return
            }
            let anchors: [String: TextSlot.Alignment] = ["start": .left, "middle": .center, "end": .right]
            texts.append(MarkText(
                text: textContent.trimmingCharacters(in: .whitespacesAndNewlines), x: x, baseline: y, fontSize: size,
                bold: attributes["font-weight"] == "bold", fill: fill,
                alignment: anchors[attributes["text-anchor"] ?? "start"] ?? .left))
        }
    }
}
