/// Where and how a template prints one field.
public struct TextSlot: Sendable, Hashable, Codable {
    /// The horizontal placement of text in its slot.
    public enum Alignment: String, Sendable, Codable {
        case left, center, right
    }

    public let field: LabelField
    /// Left edge of the slot, in millimetres from the label's left edge.
    public let x: Double
    /// Baseline of the first line, in millimetres from the label's top edge.
    public let baseline: Double
    /// Width available to the text.
    public let width: Double
    /// Preferred font size (em height) in millimetres.
    public let fontSize: Double
    /// The text shrinks down to this size before it wraps or is shortened.
    public let minimumFontSize: Double
    /// Lines the text may wrap onto.
    public let maxLines: Int
    public let alignment: Alignment
    public let bold: Bool
    public let typeface: Typeface
    public let color: RGBColor
    /// Literal text printed before the field, e.g. `气候品质 ` before the grade.
    public let prefix: String
    /// Drawn as white text on a rounded badge of `color`.
    public let badge: Bool

    /// The same slot with a fixed font size, for printers with one built-in font size.
    func fixed(fontSize size: Double) -> TextSlot {
        TextSlot(field: field, x: x, baseline: baseline, width: width, fontSize: size, minimumFontSize: size, maxLines: maxLines,
                 alignment: alignment, bold: bold, typeface: typeface, color: color, prefix: prefix, badge: badge)
    }
}

extension TextSlot {
    private enum CodingKeys: String, CodingKey {
        case field, x, baseline, width, fontSize, minimumFontSize, maxLines, alignment, bold, typeface, color, prefix, badge
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        field = try container.decode(LabelField.self, forKey: .field)
        x = try container.decode(Double.self, forKey: .x)
        baseline = try container.decode(Double.self, forKey: .baseline)
        width = try container.decode(Double.self, forKey: .width)
        fontSize = try container.decode(Double.self, forKey: .fontSize)
        minimumFontSize = try container.decodeIfPresent(Double.self, forKey: .minimumFontSize) ?? fontSize
        maxLines = try container.decodeIfPresent(Int.self, forKey: .maxLines) ?? 1
        alignment = try container.decodeIfPresent(Alignment.self, forKey: .alignment) ?? .left
        bold = try container.decodeIfPresent(Bool.self, forKey: .bold) ?? false
        typeface = try container.decodeIfPresent(Typeface.self, forKey: .typeface) ?? .sans
        color = try container.decodeIfPresent(RGBColor.self, forKey: .color) ?? .black
        prefix = try container.decodeIfPresent(String.self, forKey: .prefix) ?? ""
        badge = try container.decodeIfPresent(Bool.self, forKey: .badge) ?? false
    }
}
