import type { ComponentType, SVGProps } from "react";
import { cn } from "@/lib/cn";
import { MonitorIcon, MoonIcon, SunIcon } from "@/ui/icons";
import { useT, type MessageId } from "@/i18n/i18n";
import { useTheme, type ThemePreference } from "./theme-preference";

const OPTIONS: {
  value: ThemePreference;
  label: MessageId;
  Icon: ComponentType<SVGProps<SVGSVGElement>>;
}[] = [
  { value: "light", label: "theme.light", Icon: SunIcon },
  { value: "dark", label: "theme.dark", Icon: MoonIcon },
  { value: "system", label: "theme.system", Icon: MonitorIcon },
];

/** Light / dark / system as a radio group; hidden when the host forces a theme. */
export function ThemeToggle() {
  const { preference, forced, setPreference } = useTheme();
  const t = useT();
  if (forced) return null;
  return (
    <fieldset className="flex rounded-md border border-border bg-surface p-0.5">
      <legend className="sr-only">{t("theme.legend")}</legend>
      {OPTIONS.map(({ value, label, Icon }) => (
        <label
          key={value}
          title={t(label)}
          data-selected={preference === value || undefined}
          className={cn(
            "relative grid size-8 cursor-pointer place-items-center rounded text-fg-muted",
            "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-outline",
            preference === value ? "bg-brand text-brand-fg" : "hover:text-fg",
          )}
        >
          <input
            type="radio"
            name="portal-theme"
            value={value}
            checked={preference === value}
            onChange={() => setPreference(value)}
            className="absolute inset-0 m-0 cursor-pointer appearance-none opacity-0"
          />
          <Icon className="size-4" />
          <span className="sr-only">{t(label)}</span>
        </label>
      ))}
    </fieldset>
  );
}
