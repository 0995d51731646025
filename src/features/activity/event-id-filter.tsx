import { useId, useState, type FormEvent } from "react";
import { useT } from "@/i18n/i18n";
import { Button } from "@/ui/button";
import { TextInput } from "@/ui/text-input";

/** An exact event ID, applied on Enter or "Find" so typing doesn't fire a request per key. */
export function EventIdFilter({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // The URL changed elsewhere (back, a link): show what it holds now.
    setShown(value);
    setDraft(value);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(draft.trim());
  };
  return (
    <form onSubmit={submit}>
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-fg-muted">
        {t("activity.eventId")}
      </label>
      <div className="flex gap-2">
        <TextInput
          id={id}
          value={draft}
          placeholder="evt_…"
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => setDraft(e.target.value)}
        />
        <Button type="submit" className="h-11">
          {t("activity.find")}
        </Button>
      </div>
    </form>
  );
}
