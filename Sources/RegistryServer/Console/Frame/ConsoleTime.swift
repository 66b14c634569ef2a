import Foundation
import RegistryCore

/// Instants as the console shows them: Beijing time, to the minute (`2026-08-03 09:15`).
enum ConsoleTime {
    static func text(_ date: Date) -> String { BeijingTime.minute(date) }
}
