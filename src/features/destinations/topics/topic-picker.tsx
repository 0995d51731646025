import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { FieldError } from "@/ui/field";
import type { Topics } from "@/api/types";
import { cn } from "@/lib/cn";
import { Button } from "@/ui/button";
import { controlClasses } from "@/ui/text-input";
import { groupTopics, isAllTopics, matchesTopic } from "@/api/topic-match";
import { useT } from "@/i18n/i18n";
import { Message } from "@/i18n/message";

const code = (text: string) => (
  <code className="font-mono" translate="no" dir="ltr">
    {text}
  </code>
);

interface Props {
  available: string[];
  value: Topics;
  onChange: (topics: Topics) => void;
  allowWildcards: boolean;
  error?: string;
}

function GroupCheckbox({
  label,
  checked,
  indeterminate,
  onChange,
}: {
  label: ReactNode;
  checked: boolean;
  indeterminate: boolean;
  onChange: (checked: boolean) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <label className="flex items-center gap-2 text-sm font-medium">
      <input
        ref={ref}
        type="checkbox"
        className="size-4 accent-brand"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      {label}
    </label>
  );
}

/**
 * Chooses the topics a destination receives: everything (`"*"`), topics from
 * the list (searchable, grouped by prefix) and, when allowed, wildcard patterns.
 */
export function TopicPicker({ available, value, onChange, allowWildcards, error }: Props) {
  const t = useT();
  const [search, setSearch] = useState("");
  const [pattern, setPattern] = useState("");
  const [patternError, setPatternError] = useState<ReactNode>(null);
  const ids = {
    search: useId(),
    pattern: useId(),
    patternError: useId(),
    error: useId(),
    summary: useId(),
  };
  const all = isAllTopics(value);
  const selected = all ? [] : (value as string[]);
  const patterns = selected.filter((topic) => topic.includes("*"));
  const groups = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return groupTopics(available.filter((topic) => topic.toLowerCase().includes(needle)));
  }, [available, search]);

  const set = (topics: string[]) => onChange([...new Set(topics)]);
  const toggle = (topic: string, on: boolean) =>
    set(on ? [...selected, topic] : selected.filter((other) => other !== topic));
  const addPattern = () => {
    const candidate = pattern.trim();
    if (!candidate.includes("*"))
      return setPatternError(
        <Message
          id="topics.patternNeedsWildcard"
          values={{ star: code("*"), example: code("order.*") }}
        />,
      );
    if (!available.some((topic) => matchesTopic(candidate, topic))) {
      return setPatternError(
        <Message id="topics.patternNoMatch" values={{ pattern: code(candidate) }} />,
      );
    }
    setPatternError(null);
    setPattern("");
    set([...selected, candidate]);
  };

  const count = all ? t("topics.allSummary") : t("topics.selected", { count: selected.length });

  return (
    <fieldset
      aria-describedby={[ids.summary, error ? ids.error : ""].join(" ").trim()}
      className="grid gap-4"
    >
      <legend className="sr-only">{t("detail.topics")}</legend>
      <label className="flex items-start gap-3 rounded-md border border-border p-3">
        <input
          type="checkbox"
          className="mt-0.5 size-4 accent-brand"
          checked={all}
          onChange={(e) => onChange(e.target.checked ? "*" : [])}
        />
        <span>
          <span className="block text-sm font-medium">{t("topics.all")}</span>
          <span className="block text-sm text-fg-muted">{t("topics.allDescription")}</span>
        </span>
      </label>

      {!all && (
        <>
          <div>
            <label htmlFor={ids.search} className="mb-1 block text-sm font-medium">
              {t("topics.search")}
            </label>
            <input
              id={ids.search}
              type="search"
              className={controlClasses}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          </div>
          {groups.length === 0 ? (
            <p className="text-sm text-fg-muted">
              <Message
                id="topics.noMatch"
                values={{ search: <bdi translate="no">{search}</bdi> }}
              />
            </p>
          ) : (
            <div className="grid gap-3 sm:grid-cols-2">
              {groups.map(({ group, topics }) => {
                const chosen = topics.filter((topic) => selected.includes(topic));
                return (
                  <fieldset key={group} className="rounded-md border border-border p-3">
                    <legend
                      className="px-1 text-xs font-semibold tracking-wide text-fg-muted uppercase"
                      translate="no"
                    >
                      {group}
                    </legend>
                    <GroupCheckbox
                      label={
                        <Message
                          id="topics.allOfGroup"
                          values={{ group: <bdi translate="no">{group}</bdi> }}
                        />
                      }
                      checked={chosen.length === topics.length}
                      indeterminate={chosen.length > 0 && chosen.length < topics.length}
                      onChange={(on) =>
                        set(
                          on
                            ? [...selected, ...topics]
                            : selected.filter((topic) => !topics.includes(topic)),
                        )
                      }
                    />
                    <ul className="mt-2 grid gap-1.5 ps-6" translate="no">
                      {topics.map((topic) => (
                        <li key={topic}>
                          <label className="flex items-center gap-2 font-mono text-sm">
                            <input
                              type="checkbox"
                              className="size-4 accent-brand"
                              checked={selected.includes(topic)}
                              onChange={(e) => toggle(topic, e.target.checked)}
                            />
                            {topic}
                          </label>
                        </li>
                      ))}
                    </ul>
                  </fieldset>
                );
              })}
            </div>
          )}

          {allowWildcards && (
            <div>
              <label htmlFor={ids.pattern} className="mb-1 block text-sm font-medium">
                {t("topics.addPattern")}
              </label>
              <div className="flex gap-2">
                <input
                  id={ids.pattern}
                  className={cn(controlClasses, "font-mono")}
                  dir="ltr"
                  placeholder="order.*"
                  value={pattern}
                  aria-invalid={patternError ? true : undefined}
                  aria-describedby={patternError ? ids.patternError : undefined}
                  onChange={(e) => setPattern(e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === "Enter") {
                      e.preventDefault();
                      addPattern();
                    }
                  }}
                />
                <Button onClick={addPattern}>{t("topics.add")}</Button>
              </div>
              {patternError && (
                <FieldError id={ids.patternError} announce className="mt-1">
                  {patternError}
                </FieldError>
              )}
              {patterns.length > 0 && (
                <ul className="mt-2 flex flex-wrap gap-2" aria-label={t("topics.patterns")}>
                  {patterns.map((p) => (
                    <li
                      key={p}
                      className="flex items-center gap-1 rounded-full border border-border py-0.5 ps-3 pe-1 font-mono text-sm"
                    >
                      <bdi translate="no">{p}</bdi>
                      <Button
                        size="sm"
                        variant="ghost"
                        className="h-7 px-2"
                        onClick={() => {
                          toggle(p, false);
                          // The chip (and its button) goes away: focus the input, not <body>.
                          document.getElementById(ids.pattern)?.focus();
                        }}
                      >
                        <Message
                          id="topics.remove"
                          values={{
                            what: (
                              <span className="sr-only" translate="no">
                                {p}
                              </span>
                            ),
                          }}
                        />
                      </Button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </>
      )}
      <p id={ids.summary} className="text-sm text-fg-muted" aria-live="polite">
        {count}
      </p>
      {error && (
        <FieldError id={ids.error} announce>
          {error}
        </FieldError>
      )}
    </fieldset>
  );
}
