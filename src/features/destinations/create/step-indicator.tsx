import { useT, type MessageId } from "@/i18n/i18n";
import { cn } from "@/lib/cn";
import type { CreateStep } from "./create-steps";

const STEPS: { step: CreateStep; label: MessageId }[] = [
  { step: "type", label: "create.stepType" },
  { step: "topics", label: "create.stepTopics" },
  { step: "configure", label: "create.stepConfigure" },
];

export function StepIndicator({
  current,
  skipTopics,
}: {
  current: CreateStep;
  skipTopics: boolean;
}) {
  const t = useT();
  const steps = STEPS.filter((s) => !(skipTopics && s.step === "topics"));
  const index = steps.findIndex((s) => s.step === current);
  return (
    <ol className="mb-6 flex flex-wrap gap-x-6 gap-y-2 text-sm" aria-label={t("create.steps")}>
      {steps.map((s, i) => (
        <li
          key={s.step}
          aria-current={i === index ? "step" : undefined}
          className={cn(
            "flex items-center gap-2",
            i === index ? "font-semibold text-fg" : "text-fg-muted",
          )}
        >
          <span
            aria-hidden="true"
            data-done={i < index || undefined}
            className={cn(
              "grid size-6 place-items-center rounded-full border text-xs",
              i < index && "border-transparent bg-brand text-brand-fg",
              i === index && "border-brand-outline text-brand-text",
              i > index && "border-border-strong",
            )}
          >
            {i + 1}
          </span>
          <span>
            {t(s.label)}
            {i < index && <span className="sr-only"> {t("create.stepDone")}</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
