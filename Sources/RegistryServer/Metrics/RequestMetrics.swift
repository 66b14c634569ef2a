import Prometheus
import Synchronization

/// The service's Prometheus metrics, in a registry of its own (not the process-wide metrics
/// system), rendered at `/metrics` in the Prometheus text format.
public struct RequestMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    /// The counter and histogram of each route and status, looked up once.
    private let collectors = RouteCollectors()

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
        let (counter, histogram) = collectors.lookup(route: route, status: status) {
            (registry.makeCounter(descriptor: Self.requests, labels: [("route", route), ("status", String(status))]),
             registry.makeDurationHistogram(descriptor: Self.latency, labels: [("route", route)], buckets: Self.buckets))
        }
        counter.increment()
        histogram.record(duration)
    }

    /// The metrics in the Prometheus text format.
    func render() -> String {
        registry.emitToString()
    }
}

/// The collectors of each route pattern and status already answered, so that a request finds its
/// counter and histogram in one dictionary look-up instead of the registry's validation and locking.
/// Route patterns and statuses are few, so the dictionary stays small.
private final class RouteCollectors: Sendable {
    private struct Key: Hashable {
        let route: String
        let status: Int
    }

    private let known = Mutex<[Key: (Counter, DurationHistogram)]>([:])

    /// The collectors of a route and status, made by `make` the first time.
    func lookup(route: String, status: Int, make: () -> (Counter, DurationHistogram)) -> (Counter, DurationHistogram) {
        let key = Key(route: route, status: status)
        if let found = known.withLock({ $0[key] }) { return found }
        let made = make()
        known.withLock { $0[key] = made }
        return made
    }
}
