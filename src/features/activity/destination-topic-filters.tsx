import { destinationTarget } from "@/api/destination-labels";
import { useDestinations } from "@/api/destinations";
import { useTopics } from "@/api/topics";
import { useT } from "@/i18n/i18n";
import { FilterSelect } from "@/ui/filter-select";

/** The Destination and Topic filters of the activity lists; "" is any. */
export function DestinationTopicFilters({
  destination,
  topic,
  onChange,
}: {
  destination: string;
  topic: string;
  onChange: (changes: { destination?: string; topic?: string }) => void;
}) {
  const t = useT();
  const destinations = useDestinations();
  const topics = useTopics();
  return (
    <>
      <FilterSelect
        label={t("activity.destination")}
        anyLabel={t("activity.anyDestination")}
        value={destination}
        optionsAreData
        options={(destinations.data ?? []).map((d) => ({
          value: d.id,
          label: destinationTarget(d),
        }))}
        onChange={(value) => onChange({ destination: value })}
      />
      <FilterSelect
        label={t("filters.topic")}
        anyLabel={t("filters.anyTopic")}
        value={topic}
        optionsAreData
        options={(topics.data ?? []).map((topic) => ({ value: topic, label: topic }))}
        onChange={(value) => onChange({ topic: value })}
      />
    </>
  );
}
