import { ApiError } from "../api/api-error";
import { Button } from "../ui/button";
import { RefreshIcon } from "../ui/icons";
import { StateMessage } from "../ui/state-message";
import { NotFoundPage } from "./not-found-page";
import { useDocumentTitle } from "./use-document-title";

function isChunkLoadError(error: unknown) {
  return (
    error instanceof TypeError &&
    /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(
      error.message,
    )
  );
}

/** A screen that failed to load or render: say so, and offer to try again in place. */
export function RouteError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  useDocumentTitle("Something went wrong");
  if (error instanceof ApiError && error.status === 404) return <NotFoundPage />;
  return (
    <StateMessage
      tone="danger"
      title="Something went wrong"
      className="my-8"
      action={
        <Button onClick={onRetry}>
          <RefreshIcon />
          Try again
        </Button>
      }
    >
      {isChunkLoadError(error)
        ? "Part of the page couldn't be downloaded. Check your connection and try again."
        : error instanceof ApiError
          ? error.message
          : "This part of the page failed to load."}
    </StateMessage>
  );
}
