import { useT } from "@/i18n/i18n";
import { cn } from "@/lib/cn";

/** A busy indicator with a text for assistive technology. */
export function Spinner({ label, className }: { label?: string; className?: string }) {
  const t = useT();
  return (
    <span role="status" className={cn("inline-flex items-center gap-2 text-fg-muted", className)}>
      <span
        aria-hidden="true"
        className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent motion-reduce:animate-none"
      />
      <span className="sr-only">{label ?? t("error.loadingPage")}</span>
    </span>
  );
}
