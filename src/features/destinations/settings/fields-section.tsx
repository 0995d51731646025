import { useState, type FormEvent } from "react";
import { validationErrors } from "@/api/validation-errors";
import type { Destination, DestinationField } from "@/api/types";
import { Button } from "@/ui/button";
import { Card } from "@/ui/card";
import { SchemaFields, useSchemaForm } from "@/features/destinations/schema-form";
import { usePatch } from "./use-patch";

interface Props {
  destination: Destination;
  fields: DestinationField[];
  part: "config" | "credentials";
  title: string;
  description?: string;
}

/** Edits config or credentials; only changed keys are sent, as a merge patch. */
export function FieldsSection({ destination, fields, part, title, description }: Props) {
  const form = useSchemaForm(fields, {
    mode: "edit",
    existing: destination[part] ?? {},
    idPrefix: `edit-${part}`,
  });
  const { patch, isPending } = usePatch(destination.id);
  const [note, setNote] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNote(null);
    if (!form.validateAll()) return;
    const changes = form.apiValues();
    if (Object.keys(changes).length === 0) {
      setNote("Nothing to save: no value changed.");
      return;
    }
    patch(
      { [part]: changes },
      {
        success: `${title} saved.`,
        onSuccess: (saved) => form.reset(saved[part] ?? {}),
        onError: (error) => {
          const invalid = validationErrors(error);
          if (invalid) {
            form.setServerErrors(invalid.fields);
            setNote(invalid.form.join(" ") || null);
          }
        },
      },
    );
  };

  return (
    <Card title={title} description={description}>
      <form onSubmit={submit} noValidate className="grid gap-4">
        <SchemaFields {...form.fieldProps} />
        {note && (
          <p role="status" className="text-sm text-fg-muted">
            {note}
          </p>
        )}
        <div className="flex flex-wrap justify-end gap-2">
          <Button onClick={() => form.reset(destination[part] ?? {})}>Discard changes</Button>
          <Button
            type="submit"
            variant="primary"
            aria-disabled={isPending || undefined}
            // See configure-step: a blur error above would move the button under the pointer.
            onMouseDown={(event) => event.preventDefault()}
          >
            {isPending ? "Saving…" : `Save ${title.toLowerCase()}`}
          </Button>
        </div>
      </form>
    </Card>
  );
}
