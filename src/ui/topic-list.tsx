import type { Topics } from "@/api/types";
import { Badge } from "./badge";
import { isAllTopics } from "@/api/topic-match";

export function TopicList({ topics }: { topics: Topics }) {
  if (isAllTopics(topics) || !Array.isArray(topics)) return <Badge tone="brand">All topics</Badge>;
  if (topics.length === 0) return <span className="text-fg-muted">None</span>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Topics">
      {topics.map((topic) => (
        <li key={topic}>
          <Badge className="font-mono">{topic}</Badge>
        </li>
      ))}
    </ul>
  );
}
