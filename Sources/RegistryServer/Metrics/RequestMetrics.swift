import Prometheus

/// The service's Prometheus metrics, in a registry of its own (not the process-wide metrics
/// system), rendered at `/metrics` in the Prometheus text format.
public struct RequestMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry

    /// Latency buckets from 1 ms to 2.5 s.
    static let buckets: [Duration] = [.milliseconds(1), .microseconds(2500), .milliseconds(5), .milliseconds(10), .milliseconds(25),
                                      .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1),
                                      .microseconds(2_500_000)]

    static var requests: MetricNameDescriptor {
        MetricNameDescriptor(namespace: "oxlabel", subsystem: "http", metricName: "requests", unitName: "total",
                             helpText: "HTTP requests answered, by route pattern and status code")
    }
    static var latency: MetricNameDescriptor {
        MetricNameDescriptor(namespace: "oxlabel", subsystem: "http", metricName: "request_duration", unitName: "seconds",
                             helpText: "Time from request to response head, by route pattern")
    }

    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
    }

    /// Counts one answered request and its latency, by route pattern and status.
    func record(route: String, status: Int, duration: Duration) {
        registry.makeCounter(descriptor: Self.requests, labels: [("route", route), ("status", String(status))]).increment()
        registry.makeDurationHistogram(descriptor: Self.latency, labels: [("route", route)], buckets: Self.buckets).record(duration)
    }

    /// The metrics in the Prometheus text format.
    func render() -> String {
        registry.emitToString()
    }
}
