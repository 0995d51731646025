import type { ReactNode } from "react";
import { pathTo } from "@/lib/paths";
import { buttonClasses } from "./button";
import { Link } from "./link";
import { useDocumentTitle } from "./use-document-title";
import { useT } from "@/i18n/i18n";

interface NotFoundProps {
  /** What wasn't found, as a heading: "Destination not found". */
  title?: string;
  /** Why it may be missing. */
  children?: ReactNode;
  /** The way forward; a link to the destinations by default. */
  action?: ReactNode;
  /** 1 when it is the page; 2 inside a page that has its own heading (a tab). */
  level?: 1 | 2;
}

/** The one way a missing page or resource (an API 404) is shown. */
export function NotFound({ title, children, action, level = 1 }: NotFoundProps) {
  const t = useT();
  title ??= t("notFound.title");
  useDocumentTitle(title);
  const Heading = level === 1 ? "h1" : "h2";
  return (
    <section className="mx-auto max-w-md py-12 text-center">
      <p className="text-sm font-semibold text-brand-text">404</p>
      <Heading className="mt-2 text-2xl font-semibold">{title}</Heading>
      <p className="mt-2 text-sm text-fg-muted">{children ?? t("notFound.body")}</p>
      <div className="mt-6">
        {action ?? (
          <Link to={pathTo("destinations")} className={buttonClasses({ variant: "primary" })}>
            {t("notFound.goToDestinations")}
          </Link>
        )}
      </div>
    </section>
  );
}
