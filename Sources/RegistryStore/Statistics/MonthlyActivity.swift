import RegistryCore

/// One month's activity, a point of the dashboard's and the report's monthly charts.
public struct MonthlyActivity: Sendable, Hashable, Codable {
    public let month: CalendarMonth
    public let activity: PeriodActivity
}
