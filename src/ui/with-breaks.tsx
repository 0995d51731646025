import { Fragment } from "react";

// Past this length a value is hostile or binary-like: wrapping anywhere is all it gets.
const MAX_LENGTH = 300;

/**
 * A URL, host or ID with line-break opportunities after its separators (`/ . - _ ? & = :`),
 * so it wraps as "api.example.com/ hooks/ orders" instead of mid-word. Pair it with
 * `wrap-anywhere` for a segment that alone is wider than the line.
 */
export function WithBreaks({ text }: { text: string }) {
  if (text.length > MAX_LENGTH) return text;
  const parts = text.split(/(?<=[/.\-_?&=:])(?=[^/.\-_?&=:])/);
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}
