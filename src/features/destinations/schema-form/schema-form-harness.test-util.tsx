import type { DestinationField } from "@/api/types";
import type { FormMode } from "./form-values";
import { SchemaFields } from "./schema-fields";
import { useSchemaForm } from "./use-schema-form";

export interface HarnessProps {
  fields: DestinationField[];
  mode?: FormMode;
  existing?: Record<string, string>;
  legend?: string;
  idPrefix?: string;
  onSubmit?: (values: Record<string, string | null>) => void;
  serverErrors?: Record<string, string>;
}

/** A minimal form around SchemaFields, wired the way a page would wire it. */
export function SchemaFormHarness({
  fields,
  mode = "create",
  existing,
  legend = "Configuration",
  idPrefix = "cfg",
  onSubmit,
  serverErrors = {},
}: HarnessProps) {
  const form = useSchemaForm(fields, { mode, existing, idPrefix });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (form.validateAll()) onSubmit?.(form.apiValues());
      }}
    >
      <SchemaFields {...form.fieldProps} legend={legend} />
      <button type="submit">Save</button>
      <button type="button" onClick={() => form.setServerErrors(serverErrors)}>
        Simulate 422
      </button>
      <button type="button" onClick={() => form.reset()}>
        Reset
      </button>
    </form>
  );
}
