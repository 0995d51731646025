import type { DestinationType } from "../../../api/types";
import type { DestinationFilters } from "./destination-filters";

interface Props {
  filters: DestinationFilters;
  types: DestinationType[];
  topics: string[];
  onChange: (key: "q" | "status" | "type" | "topic", value: string) => void;
}

const control =
  "h-10 w-full rounded-md border border-border-strong bg-surface px-3 text-sm text-fg placeholder:text-fg-muted";

/** Search and filters; their values live in the URL. */
export function DestinationsToolbar({ filters, types, topics, onChange }: Props) {
  return (
    <search className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr]">
      <div>
        <label
          htmlFor="destination-search"
          className="mb-1 block text-xs font-medium text-fg-muted"
        >
          Search
        </label>
        <input
          id="destination-search"
          type="search"
          className={control}
          placeholder="Target or type"
          value={filters.query}
          onChange={(event) => onChange("q", event.target.value)}
        />
      </div>
      <div>
        <label
          htmlFor="destination-status"
          className="mb-1 block text-xs font-medium text-fg-muted"
        >
          Status
        </label>
        <select
          id="destination-status"
          className={control}
          value={filters.status ?? ""}
          onChange={(event) => onChange("status", event.target.value)}
        >
          <option value="">Any status</option>
          <option value="active">Active</option>
          <option value="disabled">Disabled</option>
        </select>
      </div>
      <div>
        <label htmlFor="destination-type" className="mb-1 block text-xs font-medium text-fg-muted">
          Type
        </label>
        <select
          id="destination-type"
          className={control}
          value={filters.type ?? ""}
          onChange={(event) => onChange("type", event.target.value)}
        >
          <option value="">Any type</option>
          {types.map((type) => (
            <option key={type.type} value={type.type}>
              {type.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="destination-topic" className="mb-1 block text-xs font-medium text-fg-muted">
          Topic
        </label>
        <select
          id="destination-topic"
          className={control}
          value={filters.topic ?? ""}
          onChange={(event) => onChange("topic", event.target.value)}
        >
          <option value="">Any topic</option>
          {topics.map((topic) => (
            <option key={topic} value={topic}>
              {topic}
            </option>
          ))}
        </select>
      </div>
    </search>
  );
}
