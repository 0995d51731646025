import { useEffect, useEffectEvent, useState } from "react";
import { ApiError } from "@/api/api-error";
import { formatWait } from "@/lib/format";
import { Button } from "./button";
import { RefreshIcon } from "./icons";
import { StateMessage } from "./state-message";

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return "Something went wrong. Try again.";
}

/** When a 429 (or 503) that said how long to wait may be asked again, else null. */
function retryAt(error: unknown): number | null {
  return error instanceof ApiError &&
    (error.status === 429 || error.status === 503) &&
    error.retryAfterMs !== null
    ? error.at + error.retryAfterMs
    : null;
}

/** Milliseconds left of the server's wait, counting down; runs `onDone` once at zero. */
function useCountdown(error: unknown, onDone: () => void): number | null {
  const until = retryAt(error);
  const [now, setNow] = useState(() => Date.now());
  const done = useEffectEvent(onDone);
  useEffect(() => {
    if (until === null) return;
    const tick = () => {
      const time = Date.now();
      setNow(time);
      if (time < until) return;
      clearInterval(timer);
      done();
    };
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [until]);
  return until === null ? null : Math.max(0, until - now);
}

/** A failed query: the reason and a retry; a rate limit says its wait and retries by itself. */
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
  const left = useCountdown(error, onRetry);
  const limited = left !== null && error instanceof ApiError && error.status === 429;
  return (
    <StateMessage
      tone="danger"
      title={limited ? `Too many requests — retrying in ${formatWait(left)}` : title}
      action={
        <Button onClick={onRetry} disabled={retrying}>
          <RefreshIcon />
          {retrying ? "Retrying…" : left !== null ? "Retry now" : "Try again"}
        </Button>
      }
    >
      {limited ? "The server asked the portal to wait before asking again." : errorMessage(error)}
    </StateMessage>
  );
}
