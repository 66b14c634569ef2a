import Foundation
import Testing
@testable import RegistryCore

/// `Day` counts Beijing days by arithmetic at UTC+8 from 1992 on and by the calendar's time-zone
/// rules before; both must agree with the calendar everywhere.
struct DayTests {
    private func calendarDay(_ date: Date) -> Day {
        let c = Day.calendar.dateComponents([.year, .month, .day], from: date)
        return Day(year: c.year!, month: c.month!, day: c.day!)!
    }

    @Test func instantsFallOnTheCalendarsDay() {
        // Every 7 h 13 min from 1985 (summer time 1986–1991 included) to 2040, and the seconds around
        // each Beijing midnight of the sample.
        var seconds = 473_385_600.0
        while seconds < 2_208_988_800 {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(Day(date) == calendarDay(date), "\(date)")
            seconds += 25_980
        }
        for day in [Day(year: 1991, month: 9, day: 15)!, Day(year: 1992, month: 1, day: 1)!, Day(year: 2026, month: 12, day: 31)!] {
            #expect(Day(day.start) == day)
            #expect(Day(day.start.addingTimeInterval(-1)) == day.adding(days: -1))
        }
    }

    @Test func startIsBeijingMidnight() {
        for text in ["1990-07-01", "1991-12-31", "1992-01-01", "2026-09-01", "2038-02-28"] {
            let day = Day(text)!
            #expect(day.start == Day.calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)), "\(text)")
        }
    }
}
