import RegistryCore
import RegistryStore

extension StoreFixture {
    /// Records a passed recheck of the region title, valid until `validUntil`, so that admission rules
    /// evaluated on later days find it valid.
    public func recheckedRegionTitle(validUntil: String = "2029-12-31") throws {
        let admin = try Actor(name: "孙磊", role: .admin)
        try open().write { tx in
            var title = try tx.regionTitle()
            title.validUntil = Day(validUntil)!
            try tx.setRegionTitle(title, by: admin, reason: "通过复查")
        }
    }
}
