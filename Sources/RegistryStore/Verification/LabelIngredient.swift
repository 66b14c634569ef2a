import RegistryCore

/// One declared ingredient of a dish as its label's page shows it: its name, its share of the declared
/// weight and, when it comes from a licensed product, that product's licence with its status today.
public struct LabelIngredient: Sendable, Hashable {
    public let name: String
    /// Its weight over the dish's declared total, between 0 and 1.
    public let share: Double
    /// The licence of the product it comes from, if it names one that holds a licence.
    public let source: DirectoryEntry?

    public init(name: String, share: Double, source: DirectoryEntry?) {
        self.name = name
        self.share = share
        self.source = source
    }
}
