import type { ReactNode } from "react";
import type { LocalizedField } from "./type-text";

/** Text the server sent in English, shown inside another language: marked so, and kept from translators. */
export function InEnglish({ when, children }: { when: boolean | undefined; children: ReactNode }) {
  return when ? (
    <span lang="en" translate="no">
      {children}
    </span>
  ) : (
    children
  );
}

/** A field's label, marked when it is the server's English (see `localizeType`). */
export function fieldLabel(field: LocalizedField): ReactNode {
  return <InEnglish when={field.labelInEnglish}>{field.label}</InEnglish>;
}

/** A field's description (or undefined), marked like its label. */
export function fieldDescription(field: LocalizedField): ReactNode {
  return field.description ? (
    <InEnglish when={field.descriptionInEnglish}>{field.description}</InEnglish>
  ) : undefined;
}
