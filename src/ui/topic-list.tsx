import type { Topics } from "@/api/types";
import { Badge } from "./badge";
import { isAllTopics } from "@/api/topic-match";

export function TopicList({ topics }: { topics: Topics }) {
  if (isAllTopics(topics) || !Array.isArray(topics)) return <Badge tone="brand">All topics</Badge>;
  if (topics.length === 0) return <span className="text-fg-muted">None</span>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Topics">
      {topics.map((topic) => (
        <li key={topic} className="max-w-full min-w-0">
          {/* A topic is API text: isolated (bidi) and wrapped anywhere, never wider than its row. */}
          <Badge className="max-w-full font-mono wrap-anywhere whitespace-normal!">
            <bdi>{topic}</bdi>
          </Badge>
        </li>
      ))}
    </ul>
  );
}
