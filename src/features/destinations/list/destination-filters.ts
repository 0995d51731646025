import type { Destination, DestinationType } from "@/api/types";
import { destinationTarget, typeLabel } from "@/api/destination-labels";
import { isAllTopics, matchesTopic } from "@/api/topic-match";

export interface DestinationFilters {
  query: string;
  status: "active" | "disabled" | null;
  type: string | null;
  topic: string | null;
}

export function filtersFromParams(params: URLSearchParams): DestinationFilters {
  const status = params.get("status");
  return {
    query: params.get("q")?.trim() ?? "",
    status: status === "active" || status === "disabled" ? status : null,
    type: params.get("type") || null,
    topic: params.get("topic") || null,
  };
}

export function hasFilters(filters: DestinationFilters) {
  return (
    filters.query !== "" ||
    filters.status !== null ||
    filters.type !== null ||
    filters.topic !== null
  );
}

/** A destination subscribed to `*` receives every topic, so it matches any topic filter. */
function receivesTopic(destination: Destination, topic: string) {
  const topics = destination.topics;
  if (isAllTopics(topics) || !Array.isArray(topics)) return true;
  return topics.some((pattern) => matchesTopic(pattern, topic));
}

export function filterDestinations(
  destinations: Destination[],
  filters: DestinationFilters,
  types: DestinationType[] | undefined,
): Destination[] {
  const needle = filters.query.toLowerCase();
  return destinations.filter((destination) => {
    if (filters.status === "active" && destination.disabled_at) return false;
    if (filters.status === "disabled" && !destination.disabled_at) return false;
    if (filters.type && destination.type !== filters.type) return false;
    if (filters.topic && !receivesTopic(destination, filters.topic)) return false;
    if (!needle) return true;
    return (
      destinationTarget(destination).toLowerCase().includes(needle) ||
      typeLabel(destination.type, types).toLowerCase().includes(needle) ||
      destination.id.toLowerCase().includes(needle)
    );
  });
}
