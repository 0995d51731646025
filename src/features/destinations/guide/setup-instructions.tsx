import { Suspense } from "react";
import type { DestinationType } from "@/api/types";
import { useLocale, useT } from "@/i18n/i18n";
import { Message } from "@/i18n/message";
import { httpHref } from "@/lib/http-href";
import { lazyWithRetry } from "@/lib/lazy-with-retry";
import { buttonClasses } from "@/ui/button";
import { Card } from "@/ui/card";
import { Spinner } from "@/ui/spinner";

const SafeMarkdown = lazyWithRetry(() => import("@/ui/markdown"));

/** The type's setup link (http(s) only) and markdown instructions. */
export function InstructionsBody({ type }: { type: DestinationType }) {
  const t = useT();
  // The server's text is English: said so in the portal's language, and kept from translators.
  const english = useLocale() !== "en";
  const setupHref = httpHref(type.setup_link?.href);
  return (
    <>
      {setupHref && type.setup_link && (
        <a
          href={setupHref}
          target="_blank"
          rel="noreferrer noopener"
          className={buttonClasses({ variant: "secondary", className: "mb-4 w-full sm:w-auto" })}
        >
          {english ? (
            <bdi lang="en" translate="no">
              {type.setup_link.cta}
            </bdi>
          ) : (
            <bdi>{type.setup_link.cta}</bdi>
          )}
          <span className="sr-only"> {t("app.opensInNewTab")}</span>
        </a>
      )}
      {type.instructions ? (
        <>
          {english && <p className="mb-3 text-sm text-fg-muted">{t("guide.inEnglish")}</p>}
          <Suspense fallback={<Spinner label={t("guide.loading")} />}>
            {english ? (
              <div lang="en" dir="ltr" translate="no">
                <SafeMarkdown>{type.instructions}</SafeMarkdown>
              </div>
            ) : (
              <SafeMarkdown>{type.instructions}</SafeMarkdown>
            )}
          </Suspense>
        </>
      ) : (
        <p className="text-sm text-fg-muted">{t("guide.none")}</p>
      )}
    </>
  );
}

/** The type's setup instructions folded in a card: in settings, and while creating on a small screen. */
export function SetupInstructions({
  type,
  headingLevel,
  className,
}: {
  type: DestinationType;
  headingLevel?: 2 | 3;
  className?: string;
}) {
  const t = useT();
  if (!type.instructions && !type.setup_link) return null;
  return (
    <Card
      title={t("guide.setupInstructions")}
      description={
        <Message
          id="guide.howToPrepare"
          values={{ type: <bdi translate="no">{type.label}</bdi> }}
        />
      }
      headingLevel={headingLevel}
      className={className}
    >
      <details>
        <summary className="cursor-pointer text-sm font-medium">{t("guide.show")}</summary>
        <div className="mt-3">
          <InstructionsBody type={type} />
        </div>
      </details>
    </Card>
  );
}
