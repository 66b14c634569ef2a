/// A value whose keys are data (a dictionary of messages by field), not names a template must match.
protocol KeyedByData {}

extension Dictionary: KeyedByData {}
