import { useState } from "react";
import { useT } from "@/i18n/i18n";
import { cn } from "@/lib/cn";
import { Button } from "./button";
import { EyeIcon } from "./icons";
import { TextInput, type TextInputProps } from "./text-input";

export interface SecretInputProps extends Omit<TextInputProps, "type"> {
  id: string;
  /**
   * Accessible name of the reveal toggle. It must contain the visible text (`ui.show`,
   * "Show"; label in name), e.g. "Show password". Its state is carried by aria-pressed.
   */
  revealLabel?: string;
}

/**
 * A masked text input with a Show toggle. The toggle keeps one name and reports its
 * state with aria-pressed: a name that flips between Show and Hide while pressed
 * would announce contradictory states.
 */
export function SecretInput({ id, revealLabel, className, ...props }: SecretInputProps) {
  const t = useT();
  const [revealed, setRevealed] = useState(false);
  const show = t("ui.show");
  return (
    <div className={cn("flex min-w-0 gap-2", className)}>
      <TextInput
        id={id}
        type={revealed ? "text" : "password"}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        className="flex-1 font-mono"
        {...props}
      />
      <Button
        aria-pressed={revealed}
        aria-controls={id}
        aria-label={revealLabel === show ? undefined : revealLabel}
        disabled={props.disabled}
        onClick={() => setRevealed((r) => !r)}
        className="min-h-11 aria-pressed:border-brand-outline aria-pressed:bg-surface-muted"
      >
        <EyeIcon crossed={!revealed} />
        {show}
      </Button>
    </div>
  );
}
