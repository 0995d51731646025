import { Fragment, type ReactNode } from "react";
import { useT, type MessageId, type MessageValues } from "./i18n";

const MARK = "\uE000";

/**
 * A message with elements in its placeholders (a link inside a sentence): the
 * translation decides where they go. Plain values work as in `t`.
 */
export function Message({ id, values }: { id: MessageId; values: Record<string, ReactNode> }) {
  const t = useT();
  const nodes: ReactNode[] = [];
  const plain: MessageValues = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === "string" || typeof value === "number") plain[name] = value;
    else plain[name] = `${MARK}${nodes.push(value) - 1}${MARK}`;
  }
  return t(id, plain)
    .split(MARK)
    .map((part, index) =>
      index % 2 === 1 ? <Fragment key={index}>{nodes[Number(part)]}</Fragment> : part,
    );
}
