/// How a crop stage is named in a sentence: as a period (花期, 果实膨大期). A stage's name is written as
/// the crop model prints it, with or without the closing 期, and the sentence never doubles it.
public enum StagePeriod {
    /// The stage's name as a period: "果实膨大" → "果实膨大期", "花期" stays "花期".
    public static func name(of stageName: String) -> String {
        stageName.hasSuffix("期") ? stageName : stageName + "期"
    }
}
