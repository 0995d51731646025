import type { Attempt } from "@/api/types";
import { Badge } from "@/ui/badge";

/** The topic and attempt-number cells every deliveries table shows. */
export function AttemptTopicAndNumberCells({ attempt }: { attempt: Attempt }) {
  return (
    <>
      <td className="px-3 py-2 font-mono text-xs">{attempt.event?.topic ?? "—"}</td>
      <td data-label="Attempt" className="px-3 py-2 whitespace-nowrap">
        #{attempt.attempt_number}
        {attempt.manual && (
          <Badge tone="brand" className="ml-2">
            Manual
          </Badge>
        )}
      </td>
    </>
  );
}
