import type { Topics } from "@/api/types";
import { Badge } from "./badge";
import { isAllTopics } from "@/api/topic-match";
import { useT } from "@/i18n/i18n";

export function TopicList({ topics }: { topics: Topics }) {
  const t = useT();
  if (isAllTopics(topics) || !Array.isArray(topics))
    return <Badge tone="brand">{t("ui.allTopics")}</Badge>;
  if (topics.length === 0) return <span className="text-fg-muted">{t("ui.noTopics")}</span>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label={t("ui.topics")}>
      {topics.map((topic) => (
        <li key={topic} className="max-w-full min-w-0">
          {/* A topic is API text: isolated (bidi) and wrapped anywhere, never wider than its row. */}
          <Badge className="max-w-full font-mono wrap-anywhere whitespace-normal!">
            <bdi translate="no">{topic}</bdi>
          </Badge>
        </li>
      ))}
    </ul>
  );
}
