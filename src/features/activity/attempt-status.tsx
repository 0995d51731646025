import type { Attempt } from "@/api/types";
import { useT } from "@/i18n/i18n";
import { Badge } from "@/ui/badge";

/** Success/failed with the response code (HTTP status for webhooks, an error code otherwise). */
export function AttemptStatus({ attempt }: { attempt: Pick<Attempt, "status" | "code"> }) {
  const t = useT();
  const code =
    attempt.code && attempt.code !== "OK" && attempt.code !== "ERR" ? ` · ${attempt.code}` : "";
  return attempt.status === "success" ? (
    <Badge tone="success">
      {t("attempt.success")}
      {code}
    </Badge>
  ) : (
    <Badge tone="danger">
      {t("attempt.failed")}
      {code}
    </Badge>
  );
}
