/*
 * The theme names and their guard, apart from the theme store so that lazy
 * modules (the embed protocol) can check a value without pulling in React.
 */
export type ThemePreference = "light" | "dark" | "system";
export type Theme = "light" | "dark";

export function isThemePreference(value: unknown): value is ThemePreference {
  return value === "light" || value === "dark" || value === "system";
}
