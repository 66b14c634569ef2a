import Prometheus

/// The scan log's metrics: scans written, scans dropped because the queue was full, and the queue's
/// depth, beside the request metrics.
struct ScanMetrics: Sendable {
    let written: Counter
    let dropped: Counter
    let depth: Gauge

    init(_ metrics: RequestMetrics) {
        func name(_ metric: String, _ unit: String, _ help: String) -> MetricNameDescriptor {
            MetricNameDescriptor(namespace: "oxlabel", subsystem: "scans", metricName: metric, unitName: unit, helpText: help)
        }
        written = metrics.registry.makeCounter(descriptor: name("written", "total", "Scans written to the scan log"))
        dropped = metrics.registry.makeCounter(descriptor: name("dropped", "total", "Scans dropped because the scan queue was full"))
        depth = metrics.registry.makeGauge(descriptor: name("queue_depth", "", "Scans waiting to be written"))
    }
}
