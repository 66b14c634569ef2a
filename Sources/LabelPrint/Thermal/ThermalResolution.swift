/// The print-head resolutions of the thermal printers in use.
public enum ThermalResolution: Int, Sendable, CaseIterable, Codable {
    case dpi203 = 203
    case dpi300 = 300

    /// Dots per millimetre.
    public var dotsPerMillimetre: Double { Double(rawValue) / 25.4 }

    /// `millimetres` in whole dots (rounded).
    func dots(_ millimetres: Double) -> Int { Int((millimetres * dotsPerMillimetre).rounded()) }
}
