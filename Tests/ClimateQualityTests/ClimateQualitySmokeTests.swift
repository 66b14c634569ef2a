import Testing
@testable import ClimateQuality
