import { Suspense } from "react";
import type { DestinationType } from "@/api/types";
import { lazyWithRetry } from "@/lib/lazy-with-retry";
import { buttonClasses } from "@/ui/button";
import { Card } from "@/ui/card";
import { Spinner } from "@/ui/spinner";

const SafeMarkdown = lazyWithRetry(() => import("@/ui/markdown"));

/** The type's setup instructions, the same as while creating, for later. */
export function SetupInstructions({ type }: { type: DestinationType }) {
  if (!type.instructions && !type.setup_link) return null;
  return (
    <Card title="Setup instructions" description={`How to prepare a ${type.label} destination.`}>
      <details>
        <summary className="cursor-pointer text-sm font-medium">Show the instructions</summary>
        <div className="mt-3">
          {type.setup_link && (
            <a
              href={type.setup_link.href}
              target="_blank"
              rel="noreferrer noopener"
              className={buttonClasses({ variant: "secondary", className: "mb-4" })}
            >
              {type.setup_link.cta}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          )}
          {type.instructions && (
            <Suspense fallback={<Spinner label="Loading instructions" />}>
              <SafeMarkdown>{type.instructions}</SafeMarkdown>
            </Suspense>
          )}
        </div>
      </details>
    </Card>
  );
}
