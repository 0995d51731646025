import type { ClipboardEvent } from "react";
import { useLocale } from "@/i18n/i18n";
import { formatDateTime, isoDateTime } from "@/lib/format";

/** Copying the whole shown time copies the exact ISO instant instead. */
function copyIso(event: ClipboardEvent<HTMLElement>, iso: string) {
  const selected = window.getSelection()?.toString().trim();
  if (selected !== event.currentTarget.textContent?.trim()) return;
  event.preventDefault();
  event.clipboardData.setData("text/plain", iso);
}

/** A time in the portal's locale with seconds and zone; the ISO instant on hover and copy. */
export function DateTime({ value }: { value: string }) {
  const locale = useLocale();
  const iso = isoDateTime(value);
  return (
    <time dateTime={value} title={iso} onCopy={(event) => copyIso(event, iso)}>
      {formatDateTime(value, locale)}
    </time>
  );
}
