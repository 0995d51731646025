import type { Topics } from "@/api/types";

export type CreateStep = "type" | "topics" | "configure";

/** The wizard's position, kept in the URL so reload and back/forward keep it. */
export interface CreateState {
  step: CreateStep;
  type: string | null;
  topics: Topics | null;
}

export function readCreateState(params: URLSearchParams): CreateState {
  const type = params.get("type");
  const rawTopics = params.get("topics");
  const topics: Topics | null =
    rawTopics === null ? null : rawTopics === "*" ? "*" : rawTopics.split(",").filter(Boolean);
  const step = params.get("step");
  if (!type) return { step: "type", type: null, topics };
  if (step === "configure" && topics !== null) return { step, type, topics };
  return { step: "topics", type, topics };
}

export function createSearch(state: {
  type: string;
  step: CreateStep;
  topics?: Topics | null;
}): string {
  const params = new URLSearchParams({ type: state.type, step: state.step });
  if (state.topics != null)
    params.set("topics", state.topics === "*" ? "*" : state.topics.join(","));
  return `?${params}`;
}
