import { useId, useRef, useState } from "react";
import { Button } from "@/ui/button";
import { CopyButton } from "@/ui/copy-button";
import { Message } from "@/i18n/message";

/** A secret the tenant may read (the webhook signing secret): hidden until revealed. */
export function SecretValue({ value, label }: { value: string; label: string }) {
  const [shown, setShown] = useState(false);
  const id = useId();
  const ref = useRef<HTMLElement>(null);
  return (
    <span className="flex flex-wrap items-center gap-1">
      <code
        id={id}
        ref={ref}
        className="rounded bg-surface-muted px-1.5 py-0.5 font-mono text-sm wrap-anywhere"
        translate="no"
        dir="ltr"
      >
        {shown ? value : "•".repeat(Math.min(24, Math.max(8, value.length)))}
      </code>
      <Button
        size="sm"
        variant="ghost"
        className="aria-pressed:border-brand-outline aria-pressed:bg-surface-muted"
        aria-pressed={shown}
        aria-controls={id}
        onClick={() => setShown(!shown)}
      >
        {/* One name; aria-pressed says whether it is shown (a name that flips too says it twice). */}
        <Message id="detail.reveal" values={{ what: <span className="sr-only">{label}</span> }} />
      </Button>
      <CopyButton
        value={value}
        label={label}
        fallbackTarget={() => {
          setShown(true);
          return ref.current;
        }}
      />
    </span>
  );
}
