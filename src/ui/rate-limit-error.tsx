import { useEffect, useEffectEvent, useState } from "react";
import { useLocale, useT } from "@/i18n/i18n";
import { formatWait } from "@/lib/format-wait";
import { Button } from "./button";
import { RefreshIcon } from "./icons";
import { StateMessage } from "./state-message";

/**
 * A query the server rate-limited: the wait in words, counting down, a retry by
 * itself at zero and a way to retry now. Loaded only when a 429 arrives.
 */
export default function RateLimitError({
  until,
  onRetry,
  retrying,
}: {
  /** When the server may be asked again (ms since the epoch). */
  until: number;
  onRetry: () => void;
  retrying: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const [now, setNow] = useState(() => Date.now());
  const retry = useEffectEvent(onRetry);
  useEffect(() => {
    const timer = setInterval(() => {
      const time = Date.now();
      setNow(time);
      if (time < until) return;
      clearInterval(timer);
      retry();
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);
  return (
    <StateMessage
      tone="danger"
      title={t("ui.rateLimited", { wait: formatWait(Math.max(0, until - now), locale) })}
      action={
        <Button onClick={onRetry} disabled={retrying}>
          <RefreshIcon />
          {retrying ? t("error.retrying") : t("ui.retryNow")}
        </Button>
      }
    >
      {t("ui.rateLimitedBody")}
    </StateMessage>
  );
}
