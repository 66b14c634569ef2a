import ClimateQuality
import Testing

/// A stage's name becomes a period once, whether or not the crop model wrote the closing 期.
struct StagePeriodTests {
    @Test(arguments: [("花期", "花期"), ("果实膨大", "果实膨大期"), ("着色-成熟", "着色-成熟期"), ("成熟期", "成熟期")])
    func aPeriodEndsInOne期(stage: String, period: String) {
        #expect(StagePeriod.name(of: stage) == period)
    }
}
