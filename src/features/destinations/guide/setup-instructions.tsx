import { Suspense } from "react";
import type { DestinationType } from "@/api/types";
import { httpHref } from "@/lib/http-href";
import { lazyWithRetry } from "@/lib/lazy-with-retry";
import { buttonClasses } from "@/ui/button";
import { Card } from "@/ui/card";
import { Spinner } from "@/ui/spinner";

const SafeMarkdown = lazyWithRetry(() => import("@/ui/markdown"));

/** The type's setup link (http(s) only) and markdown instructions. */
export function InstructionsBody({ type }: { type: DestinationType }) {
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
          <bdi>{type.setup_link.cta}</bdi>
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      )}
      {type.instructions ? (
        <Suspense fallback={<Spinner label="Loading instructions" />}>
          <SafeMarkdown>{type.instructions}</SafeMarkdown>
        </Suspense>
      ) : (
        <p className="text-sm text-fg-muted">No instructions for this type.</p>
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
  if (!type.instructions && !type.setup_link) return null;
  return (
    <Card
      title="Setup instructions"
      description={`How to prepare a ${type.label} destination.`}
      headingLevel={headingLevel}
      className={className}
    >
      <details>
        <summary className="cursor-pointer text-sm font-medium">Show the instructions</summary>
        <div className="mt-3">
          <InstructionsBody type={type} />
        </div>
      </details>
    </Card>
  );
}
