/// Errors of the climate-quality module, each readable by a person.
public enum ClimateQualityError: Error, Sendable, Equatable {
    case cropModelInvalid(file: String, reason: String)
}
