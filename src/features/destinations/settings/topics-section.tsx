import { useState } from "react";
import { useTopics } from "@/api/topics";
import type { Destination, Topics } from "@/api/types";
import { portalConfig } from "@/config/portal-config";
import { Card } from "@/ui/card";
import { Skeleton } from "@/ui/skeleton";
import { TopicPicker } from "@/features/destinations/topics/topic-picker";
import { ConflictNotice, KeptNotice, SectionActions } from "./section-parts";
import { isString, useKeepDraft, useSectionDraft } from "./section-draft";
import { usePatch } from "./use-patch";
import { useT } from "@/i18n/i18n";

const same = (a: Topics, b: Topics) =>
  a === b ||
  (Array.isArray(a) &&
    Array.isArray(b) &&
    a.length === b.length &&
    a.every((topic) => b.includes(topic)));

interface TopicsDraft {
  base: Topics;
  value: Topics;
}

const isTopics = (value: unknown): value is Topics =>
  value === "*" || (Array.isArray(value) && value.every(isString));

const isTopicsDraft = (value: unknown): value is TopicsDraft =>
  typeof value === "object" &&
  value !== null &&
  isTopics((value as TopicsDraft).base) &&
  isTopics((value as TopicsDraft).value);

/**
 * Outpost replaces the topics whole; the save merges the user's additions and removals
 * onto a fresh read, so another tab's change survives (see useSaveDestination).
 */
export function TopicsSection({ destination }: { destination: Destination }) {
  const t = useT();
  const topics = useTopics();
  const draft = useSectionDraft(destination.id, "topics", isTopicsDraft);
  const [server, setServer] = useState<Topics>(destination.topics);
  const [base, setBase] = useState<Topics>(draft.kept?.base ?? destination.topics);
  const [value, setValue] = useState<Topics>(draft.kept?.value ?? destination.topics);
  const changed = !same(value, base);
  useKeepDraft(draft.key, changed ? { base, value } : null);
  const saver = usePatch(destination.id);
  const empty = value !== "*" && value.length === 0;

  // While untouched, the form follows the server (a refetch after someone else's change).
  if (!same(server, destination.topics)) {
    setServer(destination.topics);
    if (!changed) {
      setBase(destination.topics);
      setValue(destination.topics);
    }
  }

  const reset = (to: Topics) => {
    setBase(to);
    setValue(to);
    saver.clearConflict();
    draft.settle();
  };
  const save = (overwrite = false) => {
    if (!changed || empty) return;
    draft.settle();
    saver.save(
      { base: { topics: base }, patch: { topics: value }, overwrite },
      { success: t("settings.topicsSaved"), onSuccess: (d) => reset(d.topics) },
    );
  };

  return (
    <Card title={t("detail.topics")} description={t("settings.topicsDescription")}>
      {topics.isPending ? (
        <Skeleton className="h-32 w-full" />
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
          className="grid gap-4"
        >
          {draft.restored && changed && <KeptNotice />}
          <TopicPicker
            available={topics.data ?? []}
            value={value}
            onChange={setValue}
            allowWildcards={portalConfig().topicsAllowWildcards}
            error={empty ? t("settings.topicsEmpty") : undefined}
          />
          {saver.conflict && (
            <ConflictNotice
              conflicts={saver.conflict.conflicts}
              pending={saver.isPending}
              onTheirs={() => reset(saver.conflict!.current.topics)}
              onOverwrite={() => save(true)}
            />
          )}
          <SectionActions
            saver={saver}
            label={t("settings.saveTopics")}
            dirty={changed}
            blocked={empty}
            onDiscard={() => reset(destination.topics)}
          />
        </form>
      )}
    </Card>
  );
}
