/// One drawing command of a vector path, in the coordinates of whoever holds it.
public enum PathCommand: Sendable, Hashable {
    case move(x: Double, y: Double)
    case line(x: Double, y: Double)
    case curve(x1: Double, y1: Double, x2: Double, y2: Double, x: Double, y: Double)
    case close

    /// The command with every point scaled by `scale` and then moved by `dx`, `dy`.
    func mapped(scale: Double, dx: Double, dy: Double) -> PathCommand {
        switch self {
        case .move(let x, let y): .move(x: x * scale + dx, y: y * scale + dy)
        case .line(let x, let y): .line(x: x * scale + dx, y: y * scale + dy)
        case .curve(let x1, let y1, let x2, let y2, let x, let y):
            .curve(x1: x1 * scale + dx, y1: y1 * scale + dy, x2: x2 * scale + dx, y2: y2 * scale + dy,
                   x: x * scale + dx, y: y * scale + dy)
        case .close: .close
        }
    }

    /// A closed rectangle.
    static func rectangle(_ box: LabelBox) -> [PathCommand] {
        [.move(x: box.x, y: box.y), .line(x: box.x + box.width, y: box.y),
         .line(x: box.x + box.width, y: box.y + box.height), .line(x: box.x, y: box.y + box.height), .close]
    }

    /// A closed rectangle with quarter-circle corners of `radius` (drawn as cubic Béziers).
    static func roundedRectangle(_ box: LabelBox, radius: Double) -> [PathCommand] {
        let r = min(radius, box.width / 2, box.height / 2)
        guard r > 0 else { return rectangle(box) }
        let k = r * 0.552_284_75
        let (left, top, right, bottom) = (box.x, box.y, box.x + box.width, box.y + box.height)
        return [
            .move(x: left + r, y: top), .line(x: right - r, y: top),
            .curve(x1: right - r + k, y1: top, x2: right, y2: top + r - k, x: right, y: top + r),
            .line(x: right, y: bottom - r),
            .curve(x1: right, y1: bottom - r + k, x2: right - r + k, y2: bottom, x: right - r, y: bottom),
            .line(x: left + r, y: bottom),
            .curve(x1: left + r - k, y1: bottom, x2: left, y2: bottom - r + k, x: left, y: bottom - r),
            .line(x: left, y: top + r),
            .curve(x1: left, y1: top + r - k, x2: left + r - k, y2: top, x: left + r, y: top),
            .close,
        ]
    }

    /// The commands as SVG path data (`M`, `L`, `C`, `Z`), the subset `SVGPathData` reads back.
    static func svgPathData(_ commands: [PathCommand]) -> String {
        commands.map { command in
            switch command {
            case .move(let x, let y): "M\(number(x)) \(number(y))"
            case .line(let x, let y): "L\(number(x)) \(number(y))"
            case .curve(let x1, let y1, let x2, let y2, let x, let y):
                "C\(number(x1)) \(number(y1)) \(number(x2)) \(number(y2)) \(number(x)) \(number(y))"
            case .close: "Z"
            }
        }.joined()
    }

    /// A coordinate with at most three decimals, as written in SVG output.
    static func number(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
