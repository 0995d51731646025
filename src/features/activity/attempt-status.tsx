import type { Attempt } from "@/api/types";
import { Badge } from "@/ui/badge";

/** Success/failed with the response code (HTTP status for webhooks, an error code otherwise). */
export function AttemptStatus({ attempt }: { attempt: Pick<Attempt, "status" | "code"> }) {
  const code =
    attempt.code && attempt.code !== "OK" && attempt.code !== "ERR" ? ` · ${attempt.code}` : "";
  return attempt.status === "success" ? (
    <Badge tone="success">Success{code}</Badge>
  ) : (
    <Badge tone="danger">Failed{code}</Badge>
  );
}
