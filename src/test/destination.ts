import type { Destination } from "@/api/types";

/** A webhook destination as the API returns it, with `over` on top. */
export const testDestination = (over: Partial<Destination> = {}): Destination => ({
  id: "des_1",
  type: "webhook",
  topics: ["user.created"],
  filter: null,
  config: { url: "https://a.example" },
  credentials: {},
  metadata: null,
  delivery_metadata: null,
  disabled_at: null,
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-01T00:00:00Z",
  ...over,
});
