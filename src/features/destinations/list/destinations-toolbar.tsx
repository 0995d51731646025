import type { DestinationType } from "@/api/types";
import { FilterBar } from "@/ui/filter-bar";
import { FilterSelect } from "@/ui/filter-select";
import { controlClasses } from "@/ui/text-input";
import type { DestinationFilters } from "./destination-filters";
import { useT } from "@/i18n/i18n";

interface Props {
  filters: DestinationFilters;
  types: DestinationType[];
  topics: string[];
  onChange: (key: "q" | "status" | "type" | "topic", value: string) => void;
}

/** Search and filters; their values live in the URL. */
export function DestinationsToolbar({ filters, types, topics, onChange }: Props) {
  const t = useT();
  const STATUSES = [
    { value: "active", label: t("status.active") },
    { value: "disabled", label: t("status.disabled") },
  ];
  return (
    <FilterBar
      className="sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr]"
      active={[filters.status, filters.type, filters.topic].filter(Boolean).length}
      lead={
        <div>
          <label
            htmlFor="destination-search"
            className="mb-1 block text-xs font-medium text-fg-muted"
          >
            {t("filters.search")}
          </label>
          <input
            id="destination-search"
            type="search"
            className={controlClasses}
            placeholder={t("filters.searchPlaceholder")}
            value={filters.query}
            onChange={(event) => onChange("q", event.target.value)}
          />
        </div>
      }
    >
      <FilterSelect
        label={t("filters.status")}
        anyLabel={t("filters.anyStatus")}
        value={filters.status ?? ""}
        options={STATUSES}
        onChange={(value) => onChange("status", value)}
      />
      <FilterSelect
        label={t("filters.type")}
        anyLabel={t("filters.anyType")}
        value={filters.type ?? ""}
        optionsAreData
        options={types.map((type) => ({ value: type.type, label: type.label }))}
        onChange={(value) => onChange("type", value)}
      />
      <FilterSelect
        label={t("filters.topic")}
        anyLabel={t("filters.anyTopic")}
        value={filters.topic ?? ""}
        optionsAreData
        options={topics.map((topic) => ({ value: topic, label: topic }))}
        onChange={(value) => onChange("topic", value)}
      />
    </FilterBar>
  );
}
