import { useState, type FormEvent } from "react";
import { validationErrors } from "@/api/validation-errors";
import type { Destination, DestinationField, StringMap } from "@/api/types";
import { sameValue } from "@/lib/same-value";
import { Card } from "@/ui/card";
import {
  fieldKind,
  initialValues,
  SchemaFields,
  useSchemaForm,
  type LocalizedField,
} from "@/features/destinations/schema-form";
import { ConflictNotice, KeptNotice, SectionActions } from "./section-parts";
import { isRecordOf, isString, useKeepDraft, useSectionDraft } from "./section-draft";
import { usePatch } from "./use-patch";
import { useT } from "@/i18n/i18n";

interface Props {
  destination: Destination;
  fields: LocalizedField[];
  part: "config" | "credentials";
  title: string;
  description?: string;
}

/**
 * What of this form may be stored: never a sensitive value, never a key/value map
 * (custom headers carry credentials such as `Authorization`). `base` holds what each
 * kept field held when editing started (null: unset), `values` what the user typed.
 */
interface FieldsDraft {
  base: Record<string, string | null>;
  values: Record<string, string>;
}

const isFieldsDraft = (value: unknown): value is FieldsDraft => {
  const draft = value as FieldsDraft | null;
  return (
    typeof draft === "object" &&
    draft !== null &&
    isRecordOf(draft.base, (v) => v === null || isString(v)) &&
    isRecordOf(draft.values, isString)
  );
};

const storable = (field: DestinationField) =>
  !field.sensitive && fieldKind(field) !== "key_value_map";

/** The destination's values with a kept draft's starting values in place. */
function startingValues(server: StringMap, kept: FieldsDraft | null): StringMap {
  const start = { ...server };
  for (const [key, value] of Object.entries(kept?.base ?? {}))
    if (value === null) delete start[key];
    else start[key] = value;
  return start;
}

/** Edits config or credentials; only changed keys are sent, as a merge patch. */
export function FieldsSection({ destination, fields, part, title, description }: Props) {
  const t = useT();
  const draft = useSectionDraft(destination.id, part, isFieldsDraft);
  const [base, setBase] = useState<StringMap>(() =>
    startingValues(destination[part] ?? {}, draft.kept),
  );
  const form = useSchemaForm(fields, {
    mode: "edit",
    existing: base,
    idPrefix: `edit-${part}`,
    draftValues: draft.kept?.values,
  });
  const saver = usePatch(destination.id);
  const [note, setNote] = useState<string | null>(null);
  const changes = form.apiValues();
  const changed = Object.keys(changes).length > 0;

  const starting = initialValues(fields, base);
  const kept = fields.filter(
    (f) =>
      storable(f) && form.values[f.key] !== undefined && form.values[f.key] !== starting[f.key],
  );
  useKeepDraft(
    draft.key,
    kept.length
      ? {
          base: Object.fromEntries(kept.map((f) => [f.key, base[f.key] ?? null])),
          values: Object.fromEntries(kept.map((f) => [f.key, form.values[f.key]!])),
        }
      : null,
  );

  const reset = (to: StringMap) => {
    setBase(to);
    form.reset(to);
    setNote(null);
    saver.clearConflict();
    draft.settle();
  };

  // While untouched, the form follows the server (a refetch after someone else's change).
  const current = destination[part] ?? {};
  const [server, setServer] = useState(current);
  if (!sameValue(server, current)) {
    setServer(current);
    if (!changed) reset(current);
  }

  const save = (overwrite = false) => {
    setNote(null);
    if (!changed || !form.validateAll()) return;
    draft.settle();
    saver.save(
      { base: { [part]: base }, patch: { [part]: changes }, overwrite },
      {
        success: t("settings.fieldsSaved", { part }),
        onSuccess: (saved) => reset(saved[part] ?? {}),
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

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save();
  };

  const hasUnstored = fields.some((f) => !storable(f));
  return (
    <Card title={title} description={description}>
      <form onSubmit={submit} noValidate className="grid gap-4">
        {draft.restored && changed && <KeptNotice sensitive={hasUnstored} />}
        <SchemaFields {...form.fieldProps} />
        {note && (
          // The server's own words about the form.
          <p role="status" className="text-sm text-fg-muted" lang="en" translate="no">
            {note}
          </p>
        )}
        {saver.conflict && (
          <ConflictNotice
            conflicts={saver.conflict.conflicts}
            pending={saver.isPending}
            onTheirs={() => reset(saver.conflict!.current[part] ?? {})}
            onOverwrite={() => save(true)}
          />
        )}
        <SectionActions
          saver={saver}
          label={t("settings.saveFields", { part })}
          dirty={changed}
          onDiscard={() => reset(destination[part] ?? {})}
          // See configure-step: a blur error above would move the button under the pointer.
          onSaveMouseDown={(event) => event.preventDefault()}
        />
      </form>
    </Card>
  );
}
