/// Sentences about a season's best conditions for the consumer page and the label leaflet
/// (the "当年关键生育期天气气候特征" of Beijing's certificate, standards.md §1.6).
enum SeasonHighlights {
    /// One sentence per stage listing the indicators that scored 4, e.g.
    /// `转色-成熟期日较差 11.8 ℃，日照 362 小时`; stages without such an indicator are left out.
    static func sentences(for stages: [StageResult]) -> [String] {
        stages.compactMap { stage in
            let parts = stage.indicators.filter { $0.score == 4 }.map { "\($0.name) \($0.formattedValue)" }
            return parts.isEmpty ? nil : StagePeriod.name(of: stage.name) + parts.joined(separator: "，")
        }
    }
}
