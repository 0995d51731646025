import { Link } from "./link";
import { pathTo } from "@/lib/paths";
import { buttonClasses } from "./button";
import { useDocumentTitle } from "./use-document-title";

export function NotFoundPage() {
  useDocumentTitle("Page not found");
  return (
    <section className="mx-auto max-w-md py-12 text-center">
      <p className="text-sm font-semibold text-brand-text">404</p>
      <h1 className="mt-2 text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-sm text-fg-muted">The page you opened doesn't exist or has moved.</p>
      <Link
        to={pathTo("destinations")}
        className={buttonClasses({ variant: "primary", className: "mt-6" })}
      >
        Go to destinations
      </Link>
    </section>
  );
}
