import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";

/** The CloudWatch namespace of the platform's own metrics (embedded metric format). */
export const METRICS_NAMESPACE = "Alliance";

export interface MetricSet {
  /** Powertools' `service` dimension: `alliance-api`, `alliance-stream`. */
  readonly service: string;
  /** Further dimensions (few values each: a consumer's name, never an id). */
  readonly dimensions?: Readonly<Record<string, string>>;
  /** Counts by metric name. */
  readonly counts: Readonly<Record<string, number>>;
  /** Searchable properties of the line, not dimensions: the correlation id(s). */
  readonly properties?: Readonly<Record<string, string>>;
}

/**
 * Writes one line in CloudWatch's embedded metric format with Powertools' Metrics (decision
 * 0040): CloudWatch Logs turns it into metrics, and the line, with its properties, stays
 * searchable in Logs Insights. A set per call, published at once: the callers emit on rare
 * events (a server error, a stream batch), never on the request path of every request.
 */
export function publishMetrics(set: MetricSet): void {
  const metrics = new Metrics({
    namespace: METRICS_NAMESPACE,
    serviceName: set.service,
    defaultDimensions: { ...set.dimensions },
  });
  for (const [key, value] of Object.entries(set.properties ?? {})) metrics.addMetadata(key, value);
  for (const [name, value] of Object.entries(set.counts))
    metrics.addMetric(name, MetricUnit.Count, value);
  metrics.publishStoredMetrics();
}
