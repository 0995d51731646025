import { useState } from "react";
import { useT } from "@/i18n/i18n";
import { Message } from "@/i18n/message";
import { Button } from "./button";
import { toast } from "./toast";

/** Selects the text of an element so the user can copy it by hand. */
function selectText(element: HTMLElement | null) {
  if (!element) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/**
 * Copies a value. Where the clipboard is blocked (iframes without
 * clipboard-write, insecure origins) it selects the text and says so.
 */
export function CopyButton({
  value,
  label,
  fallbackTarget,
}: {
  value: string;
  /** What is copied, completing the accessible name: "destination ID" → "Copy destination ID". */
  label: string;
  /** The element showing the value, selected when copying isn't allowed. */
  fallbackTarget?: () => HTMLElement | null;
}) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      selectText(fallbackTarget?.() ?? null);
      toast.info(t("ui.copyBlocked"));
    }
  };
  return (
    <>
      <Button size="sm" variant="ghost" onClick={() => void copy()}>
        <Message
          id={copied ? "ui.copiedButton" : "ui.copyButton"}
          values={{ what: <span className="sr-only">{label}</span> }}
        />
      </Button>
      <span role="status" className="sr-only">
        {copied ? t("ui.copied", { what: label }) : ""}
      </span>
    </>
  );
}
