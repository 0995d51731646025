import type { Topics } from "./types";

export function isAllTopics(topics: Topics | undefined): boolean {
  return topics === "*" || (Array.isArray(topics) && topics.includes("*"));
}

/** `order.*` matches `order.paid`; `*` alone matches everything. */
export function patternToRegExp(pattern: string): RegExp {
  const escaped = pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join(".*")}$`);
}

export function matchesTopic(pattern: string, topic: string): boolean {
  return pattern.includes("*") ? patternToRegExp(pattern).test(topic) : pattern === topic;
}

/** Topics grouped by their first segment (`order.paid` → `order`), groups and topics sorted. */
export function groupTopics(topics: string[]): { group: string; topics: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const topic of [...topics].sort()) {
    const group = topic.includes(".")
      ? topic.slice(0, topic.indexOf("."))
      : topic.includes("/")
        ? topic.slice(0, topic.indexOf("/"))
        : "other";
    groups.set(group, [...(groups.get(group) ?? []), topic]);
  }
  return [...groups]
    .map(([group, list]) => ({ group, topics: list }))
    .sort((a, b) => a.group.localeCompare(b.group));
}
