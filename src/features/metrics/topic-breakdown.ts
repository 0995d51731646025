import type { MetricsResponse } from "@/api/types";

export interface TopicRow {
  topic: string;
  count: number;
  failed: number;
  /** failed / count, 0 when nothing was delivered. */
  errorRate: number;
}

/** Deliveries, failures and error rate per topic, busiest first. */
export function topicBreakdown(response: MetricsResponse | undefined): TopicRow[] {
  const byTopic = new Map<string, TopicRow>();
  for (const point of response?.data ?? []) {
    const topic = point.dimensions.topic ?? "";
    const row = byTopic.get(topic) ?? { topic, count: 0, failed: 0, errorRate: 0 };
    row.count += Number(point.metrics.count) || 0;
    row.failed += Number(point.metrics.failed_count) || 0;
    byTopic.set(topic, row);
  }
  return [...byTopic.values()]
    .filter((row) => row.count > 0)
    .map((row) => ({ ...row, errorRate: row.failed / row.count }))
    .sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic));
}
