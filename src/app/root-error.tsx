import { useT } from "@/i18n/i18n";
import { RouteError } from "./route-error";

/** The whole portal failed to render (e.g. a shell part's code is gone): a page of its own. */
export function RootError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  return (
    <main
      id="main"
      tabIndex={-1}
      className="mx-auto grid min-h-dvh max-w-md place-items-center px-4"
    >
      <div className="w-full">
        <h1 className="sr-only">{t("app.title")}</h1>
        <RouteError error={error} onRetry={onRetry} />
      </div>
    </main>
  );
}
