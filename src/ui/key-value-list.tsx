import type { ReactNode } from "react";

/** A definition list of label/value pairs, stacked on small screens. */
export function DefinitionList({
  items,
}: {
  items: { label: ReactNode; value: ReactNode; key?: string }[];
}) {
  return (
    <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[minmax(8rem,max-content)_1fr] sm:gap-y-3">
      {items.map((item, index) => (
        <div key={item.key ?? index} className="contents">
          <dt className="pt-2 text-sm text-fg-muted sm:pt-0">{item.label}</dt>
          <dd className="min-w-0 text-sm wrap-anywhere">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A string map (metadata, headers) as a list, with an empty message. */
export function MapList({
  map,
  empty,
}: {
  map: Record<string, string> | null | undefined;
  empty: string;
}) {
  const entries = Object.entries(map ?? {});
  if (entries.length === 0) return <p className="text-sm text-fg-muted">{empty}</p>;
  return (
    <DefinitionList
      items={entries.map(([key, value]) => ({
        key,
        label: <bdi className="font-mono wrap-anywhere">{key}</bdi>,
        value: <bdi className="font-mono">{value}</bdi>,
      }))}
    />
  );
}
