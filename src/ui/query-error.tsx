import { ApiError } from "@/api/api-error";
import { Button } from "./button";
import { RefreshIcon } from "./icons";
import { StateMessage } from "./state-message";

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return "Something went wrong. Try again.";
}

/** A failed query: the reason and a retry. */
export function QueryError({
  error,
  title = "Couldn't load this",
  onRetry,
  retrying = false,
}: {
  error: unknown;
  title?: string;
  onRetry: () => void;
  retrying?: boolean;
}) {
  return (
    <StateMessage
      tone="danger"
      title={title}
      action={
        <Button onClick={onRetry} disabled={retrying}>
          <RefreshIcon />
          {retrying ? "Retrying…" : "Try again"}
        </Button>
      }
    >
      {errorMessage(error)}
    </StateMessage>
  );
}
