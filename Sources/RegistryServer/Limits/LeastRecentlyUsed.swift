/// A table that holds entries up to a total cost and, when a new entry would pass it, forgets the
/// entries used longest ago. Every operation is O(1): a dictionary finds an entry's slot, and the slots
/// form a doubly linked list from the most to the least recently used.
struct LeastRecentlyUsed<Key: Hashable, Value> {
    private struct Slot {
        var key: Key
        var value: Value?
        var cost: Int
        var newer: Int?
        var older: Int?
    }

    /// The most the entries may cost together.
    let maxCost: Int
    private var slots: [Slot] = []
    private var freeSlots: [Int] = []
    private var index: [Key: Int] = [:]
    private var newest: Int?
    private var oldest: Int?
    private(set) var totalCost = 0

    init(maxCost: Int) {
        self.maxCost = max(0, maxCost)
    }

    var count: Int { index.count }

    /// The value of a key, which becomes the most recently used.
    mutating func value(for key: Key) -> Value? {
        guard let slot = index[key] else { return nil }
        moveToNewest(slot)
        return slots[slot].value
    }

    /// Stores a value as the most recently used, forgetting the least recently used entries while the
    /// total cost is over `maxCost`. A value that alone costs more than `maxCost` is not stored.
    mutating func set(_ value: Value, for key: Key, cost: Int = 1) {
        removeValue(for: key)
        guard cost <= maxCost else { return }
        let slot = Slot(key: key, value: value, cost: cost, newer: nil, older: newest)
        let position: Int
        if let free = freeSlots.popLast() {
            slots[free] = slot
            position = free
        } else {
            slots.append(slot)
            position = slots.count - 1
        }
        if let newest { slots[newest].newer = position }
        newest = position
        if oldest == nil { oldest = position }
        index[key] = position
        totalCost += cost
        while totalCost > maxCost, let oldest { removeSlot(oldest) }
    }

    /// Forgets a key.
    mutating func removeValue(for key: Key) {
        if let slot = index[key] { removeSlot(slot) }
    }

    private mutating func removeSlot(_ slot: Int) {
        unlink(slot)
        index[slots[slot].key] = nil
        totalCost -= slots[slot].cost
        slots[slot].value = nil
        freeSlots.append(slot)
    }

    private mutating func moveToNewest(_ slot: Int) {
        guard newest != slot else { return }
        unlink(slot)
        slots[slot].older = newest
        slots[slot].newer = nil
        if let newest { slots[newest].newer = slot }
        newest = slot
        if oldest == nil { oldest = slot }
    }

    private mutating func unlink(_ slot: Int) {
        let (newer, older) = (slots[slot].newer, slots[slot].older)
        if let newer { slots[newer].older = older } else { newest = older }
        if let older { slots[older].newer = newer } else { oldest = newer }
        slots[slot].newer = nil
        slots[slot].older = nil
    }
}
