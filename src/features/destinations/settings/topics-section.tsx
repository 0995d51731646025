import { useState } from "react";
import { useTopics } from "@/api/topics";
import type { Destination, Topics } from "@/api/types";
import { portalConfig } from "@/config/portal-config";
import { Button } from "@/ui/button";
import { Card } from "@/ui/card";
import { Skeleton } from "@/ui/skeleton";
import { TopicPicker } from "@/features/destinations/topics/topic-picker";
import { usePatch } from "./use-patch";

const same = (a: Topics, b: Topics) =>
  a === b ||
  (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((t) => b.includes(t)));

export function TopicsSection({ destination }: { destination: Destination }) {
  const topics = useTopics();
  const [value, setValue] = useState<Topics>(destination.topics);
  const { patch, isPending } = usePatch(destination.id);
  const changed = !same(value, destination.topics);
  const empty = value !== "*" && value.length === 0;
  return (
    <Card title="Topics" description="Events of these topics are delivered to this destination.">
      {topics.isPending ? (
        <Skeleton className="h-32 w-full" />
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (changed && !empty) patch({ topics: value }, { success: "Topics saved." });
          }}
          className="grid gap-4"
        >
          <TopicPicker
            available={topics.data ?? []}
            value={value}
            onChange={setValue}
            allowWildcards={portalConfig().topicsAllowWildcards}
            error={empty ? "Choose at least one topic, or all topics." : undefined}
          />
          <div className="flex flex-wrap justify-end gap-2">
            {changed && (
              <Button onClick={() => setValue(destination.topics)}>Discard changes</Button>
            )}
            <Button
              type="submit"
              variant="primary"
              aria-disabled={!changed || empty || isPending || undefined}
            >
              {isPending ? "Saving…" : "Save topics"}
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}
