import type { ReactNode } from "react";
import type { LocalizedField } from "./type-text";

/** Text the server sent in English, shown inside another language: marked so, and kept from translators. */
export function InEnglish({ when, children }: { when: boolean | undefined; children: ReactNode }) {
  return when ? (
    <span lang="en" dir="ltr" translate="no">
      {children}
    </span>
  ) : (
    children
  );
}

// A run of Latin-script words: in a translated type text, a product or format name.
const LATIN_RUN = /([A-Za-z][\w./:()*-]*(?:[ ,][A-Za-z][\w./:()*-]*)*)/;

/**
 * A translated type text with its product and format names (Amazon SQS, JMESPath,
 * http(s)…) kept from browser translators, as data.
 */
export function withNamesMarked(text: string): ReactNode {
  return text.split(LATIN_RUN).map((part, index) =>
    index % 2 === 1 ? (
      <span key={index} translate="no">
        {part}
      </span>
    ) : (
      part
    ),
  );
}

/** A type text: the server's English marked as such, or a translation with its names marked. */
export function TypeText({ english, text }: { english: boolean | undefined; text: string }) {
  return english ? <InEnglish when>{text}</InEnglish> : withNamesMarked(text);
}

/** A field's label, marked when it is the server's English (see `localizeType`). */
export function fieldLabel(field: LocalizedField): ReactNode {
  return <TypeText english={field.labelInEnglish} text={field.label} />;
}

/** A field's description (or undefined), marked like its label. */
export function fieldDescription(field: LocalizedField): ReactNode {
  return field.description ? (
    <TypeText english={field.descriptionInEnglish} text={field.description} />
  ) : undefined;
}
