import { destinationTarget } from "@/api/destination-labels";
import { useDestinations } from "@/api/destinations";
import { useTopics } from "@/api/topics";
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
  const destinations = useDestinations();
  const topics = useTopics();
  return (
    <>
      <FilterSelect
        label="Destination"
        anyLabel="Any destination"
        value={destination}
        options={(destinations.data ?? []).map((d) => ({
          value: d.id,
          label: destinationTarget(d),
        }))}
        onChange={(value) => onChange({ destination: value })}
      />
      <FilterSelect
        label="Topic"
        anyLabel="Any topic"
        value={topic}
        options={(topics.data ?? []).map((t) => ({ value: t, label: t }))}
        onChange={(value) => onChange({ topic: value })}
      />
    </>
  );
}
