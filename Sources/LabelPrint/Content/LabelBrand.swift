/// The brand wording printed on every label, from configuration: the brand line (品牌) and the
/// slogan (宣传语).
public struct LabelBrand: Sendable, Hashable, Codable {
    /// e.g. `中国天然氧吧 · 北京延庆`.
    public var brandLine: String
    /// e.g. `妫川好空气 · 养出好味道`.
    public var slogan: String

    public init(brandLine: String, slogan: String) {
        self.brandLine = brandLine
        self.slogan = slogan
    }
}
