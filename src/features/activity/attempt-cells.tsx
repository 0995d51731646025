import type { Attempt } from "@/api/types";
import { useT } from "@/i18n/i18n";
import { Badge } from "@/ui/badge";

/** The topic and attempt-number cells every deliveries table shows. */
export function AttemptTopicAndNumberCells({ attempt }: { attempt: Attempt }) {
  const t = useT();
  return (
    <>
      <td className="px-3 py-2 font-mono text-xs">{attempt.event?.topic ?? "—"}</td>
      <td data-label={t("attempt.attempt")} className="px-3 py-2 whitespace-nowrap">
        #{attempt.attempt_number}
        {attempt.manual && (
          <Badge tone="brand" className="ms-2">
            {t("attempt.manual")}
          </Badge>
        )}
      </td>
    </>
  );
}
