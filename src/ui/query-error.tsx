import { Suspense } from "react";
import { ApiError } from "@/api/api-error";
import { lazyWithRetry } from "@/lib/lazy-with-retry";
import { t, useT, withMessages } from "@/i18n/i18n";
import { Button } from "./button";
import { RefreshIcon } from "./icons";
import { StateMessage } from "./state-message";

const RateLimitError = lazyWithRetry(withMessages(() => import("./rate-limit-error")));

/** What went wrong, for people: an API error's message (in the portal's language), else a generic one. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return t("error.title");
}

/** A failed query: the reason and a retry; a rate limit says its wait and retries by itself. */
export function QueryError({
  error,
  title,
  onRetry,
  retrying = false,
}: {
  error: unknown;
  title: string;
  onRetry: () => void;
  retrying?: boolean;
}) {
  const t = useT();
  const plain = (
    <StateMessage
      tone="danger"
      title={title}
      action={
        <Button onClick={onRetry} aria-disabled={retrying || undefined}>
          <RefreshIcon />
          {retrying ? t("error.retrying") : t("error.tryAgain")}
        </Button>
      }
    >
      {errorMessage(error)}
    </StateMessage>
  );
  if (error instanceof ApiError && error.status === 429 && error.retryAfterMs !== null) {
    return (
      <Suspense fallback={plain}>
        <RateLimitError
          until={error.at + error.retryAfterMs}
          onRetry={onRetry}
          retrying={retrying}
        />
      </Suspense>
    );
  }
  return plain;
}
