import type { LocalizedField } from "./type-text";

/** What every schema field control receives from SchemaFields. */
export interface SchemaFieldControlProps {
  /** The field, its texts localized (`localizeType`); a plain DestinationField works too. */
  field: LocalizedField;
  id: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  onBlur: () => void;
}
