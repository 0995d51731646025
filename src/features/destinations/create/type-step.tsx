import { Link } from "@/ui/link";
import type { DestinationType } from "@/api/types";
import { useT } from "@/i18n/i18n";
import { TypeText, useLocalizedTypes } from "@/features/destinations/schema-form";
import { TypeIcon } from "@/features/destinations/type-icon";

/** Step 1: each type is a link to the next step, so back/forward and middle-click work. */
export function TypeStep({
  types,
  nextHref,
}: {
  types: DestinationType[];
  nextHref: (type: string) => string;
}) {
  const t = useT();
  const shown = useLocalizedTypes(types);
  return (
    <section aria-labelledby="type-step-heading">
      <h2
        id="type-step-heading"
        data-step-heading
        className="mb-3 text-base font-semibold outline-none"
      >
        {t("create.typeHeading")}
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {shown.map((type) => (
          <li key={type.type}>
            <Link
              to={nextHref(type.type)}
              className="flex h-full items-start gap-3 rounded-lg border border-border bg-surface p-4 hover:border-brand-outline hover:bg-surface-muted"
            >
              <span className="mt-0.5 text-brand-text">
                <TypeIcon type={type} className="size-6" />
              </span>
              <span>
                <span className="block font-medium" translate="no">
                  {type.label}
                </span>
                <span className="mt-1 block text-sm text-fg-muted">
                  <TypeText english={type.descriptionInEnglish} text={type.description} />
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
