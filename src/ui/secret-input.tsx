import { useState } from "react";
import { cn } from "../lib/cn";
import { Button } from "./button";
import { TextInput, type TextInputProps } from "./text-input";

function EyeIcon({ crossed }: { crossed: boolean }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12Z" />
      <circle cx="12" cy="12" r="3" />
      {crossed && <path d="M3 3l18 18" />}
    </svg>
  );
}

export interface SecretInputProps extends Omit<TextInputProps, "type"> {
  id: string;
  /**
   * Accessible name of the reveal toggle. It must start with the visible text "Show"
   * (label in name); e.g. "Show password". Its state is carried by aria-pressed.
   */
  revealLabel?: string;
}

/**
 * A masked text input with a Show toggle. The toggle keeps one name and reports its
 * state with aria-pressed: a name that flips between Show and Hide while pressed
 * would announce contradictory states.
 */
export function SecretInput({ id, revealLabel = "Show", className, ...props }: SecretInputProps) {
  const [revealed, setRevealed] = useState(false);
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
        aria-label={revealLabel === "Show" ? undefined : revealLabel}
        disabled={props.disabled}
        onClick={() => setRevealed((r) => !r)}
        className="min-h-11 aria-pressed:border-brand-outline aria-pressed:bg-surface-muted"
      >
        <EyeIcon crossed={!revealed} />
        Show
      </Button>
    </div>
  );
}
