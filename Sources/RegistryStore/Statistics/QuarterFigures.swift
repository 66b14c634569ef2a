import ClimateQuality
import RegistryCore

/// The figures of the dashboard and of the quarterly report (每季度报送): the quarter's activity,
/// the licences as they stand, a monthly trend, and the environment indicators of a year.
public struct QuarterFigures: Sendable, Hashable, Codable {
    public let quarter: Quarter
    /// The day the figures were read; licence counts are as of this day.
    public let asOf: Day
    public let activity: PeriodActivity
    public let licences: LicenceTally
    /// Applications in each workflow state now.
    public let applicationStates: [ApplicationState: Int]
    public let months: [MonthlyActivity]
    public let environment: EnvironmentReport
}
