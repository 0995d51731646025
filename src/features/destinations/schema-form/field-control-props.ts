import type { DestinationField } from "@/api/types";

/** What every schema field control receives from SchemaFields. */
export interface SchemaFieldControlProps {
  field: DestinationField;
  id: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  onBlur: () => void;
}
