import type { Destination, DestinationType, Topics } from "./types";
import { isAllTopics } from "./topic-match";

export function topicsSummary(topics: Topics): string {
  if (isAllTopics(topics) || !Array.isArray(topics)) return "All topics";
  if (topics.length === 0) return "No topics";
  if (topics.length <= 2) return topics.join(", ");
  return `${topics.slice(0, 2).join(", ")} +${topics.length - 2} more`;
}

export function typeLabel(type: string, types: DestinationType[] | undefined): string {
  return types?.find((t) => t.type === type)?.label ?? type;
}

export function destinationTarget(destination: Destination): string {
  return destination.target || destination.config?.url || destination.id;
}
