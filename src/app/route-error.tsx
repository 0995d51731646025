import { Suspense, useEffect, useState } from "react";
import { ApiError } from "@/api/api-error";
import { requestReload } from "@/embed/embedded";
import { Button } from "@/ui/button";
import { RefreshIcon } from "@/ui/icons";
import { Spinner } from "@/ui/spinner";
import { StateMessage } from "@/ui/state-message";
import { LazyNotFound } from "./not-found-route";
import { useDocumentTitle } from "@/ui/use-document-title";
import { useT } from "@/i18n/i18n";

function isChunkLoadError(error: unknown) {
  return (
    error instanceof TypeError &&
    /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(
      error.message,
    )
  );
}

/**
 * Whether the chunk a failed import asked for is gone from the server (a deploy
 * replaced the hashed files): then trying again can't help, a reload can.
 */
function useChunkGone(error: unknown): boolean {
  const url = isChunkLoadError(error)
    ? ((error as Error).message.match(/https?:\/\/\S+?\.js\b/)?.[0] ?? null)
    : null;
  const [gone, setGone] = useState(false);
  useEffect(() => {
    if (!url) return;
    let current = true;
    fetch(url, { method: "HEAD", cache: "no-store" }).then(
      (response) => current && setGone(response.status === 404 || response.status === 410),
      () => undefined, // offline: "try again" is the right offer
    );
    return () => {
      current = false;
    };
  }, [url]);
  return gone;
}

/** A screen that failed to load or render: say so, and offer to try again in place. */
export function RouteError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  useDocumentTitle(t("error.title"));
  const gone = useChunkGone(error);
  if (error instanceof ApiError && error.status === 404)
    return (
      <Suspense fallback={<Spinner className="my-8" label={t("error.loadingPage")} />}>
        <LazyNotFound />
      </Suspense>
    );
  if (gone) {
    return (
      <StateMessage
        tone="danger"
        title={t("error.updatedTitle")}
        className="my-8"
        action={
          <Button variant="primary" onClick={() => requestReload()}>
            <RefreshIcon />
            {t("error.reload")}
          </Button>
        }
      >
        {t("error.updatedBody")}
      </StateMessage>
    );
  }
  return (
    <StateMessage
      tone="danger"
      title={t("error.title")}
      className="my-8"
      action={
        <Button onClick={onRetry}>
          <RefreshIcon />
          {t("error.tryAgain")}
        </Button>
      }
    >
      {isChunkLoadError(error)
        ? t("error.chunk")
        : error instanceof ApiError
          ? error.message
          : t("error.generic")}
    </StateMessage>
  );
}
