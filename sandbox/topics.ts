import type { Topics } from "./types.ts";

const patternCache = new Map<string, RegExp>();

function wildcardRegExp(pattern: string): RegExp {
  let re = patternCache.get(pattern);
  if (!re) {
    const escaped = pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
    re = new RegExp(`^${escaped.join(".*")}$`);
    patternCache.set(pattern, re);
  }
  return re;
}

/** Whether one subscription entry ("*", an exact topic, or a pattern with "*") covers `topic`. */
export function topicMatches(subscription: string, topic: string): boolean {
  if (subscription === "*" || subscription === topic) return true;
  return subscription.includes("*") && wildcardRegExp(subscription).test(topic);
}

export function topicsMatch(topics: Topics, topic: string): boolean {
  if (topics === "*") return true;
  return topics.some((s) => topicMatches(s, topic));
}
