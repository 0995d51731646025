import type { Destination, DestinationType, Topics } from "./types";
import { isAllTopics } from "./topic-match";

/** A destination's topics in short: all of them, or the first two and how many more. */
export type TopicsSummary = { all: true } | { all: false; first: string[]; more: number };

export function topicsSummary(topics: Topics): TopicsSummary {
  if (isAllTopics(topics) || !Array.isArray(topics)) return { all: true };
  return { all: false, first: topics.slice(0, 2), more: Math.max(0, topics.length - 2) };
}

export function typeLabel(type: string, types: DestinationType[] | undefined): string {
  return types?.find((t) => t.type === type)?.label ?? type;
}

export function destinationTarget(destination: Destination): string {
  return destination.target || destination.config?.url || destination.id;
}
