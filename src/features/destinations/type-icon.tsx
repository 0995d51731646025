import type { DestinationType } from "@/api/types";
import { cn } from "@/lib/cn";

/**
 * A destination type's icon. The API sends SVG markup; it is used only as a
 * CSS mask image (never inserted as HTML), so it takes the text colour and
 * follows the theme.
 */
export function TypeIcon({
  type,
  className,
}: {
  type: DestinationType | undefined;
  className?: string;
}) {
  const svg = type?.icon?.trim();
  if (!svg || !svg.startsWith("<svg")) {
    return (
      <span
        aria-hidden="true"
        data-type-icon
        className={cn(
          "inline-block size-5 shrink-0 rounded-full border-2 border-current opacity-70",
          className,
        )}
      />
    );
  }
  const url = `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
  return (
    <span
      aria-hidden="true"
      data-type-icon
      className={cn("inline-block size-5 shrink-0 bg-current", className)}
      style={{
        maskImage: url,
        WebkitMaskImage: url,
        maskSize: "contain",
        maskRepeat: "no-repeat",
        maskPosition: "center",
      }}
    />
  );
}
