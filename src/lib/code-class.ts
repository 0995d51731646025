/**
 * Response-code classes a tenant filters deliveries by. Outpost's `/attempts`
 * filters by status only, so a class narrows the status on the server and the
 * exact codes on the page.
 */
export const CODE_CLASSES = {
  "2xx": "2xx success",
  "4xx": "4xx client error",
  "5xx": "5xx server error",
  timeout: "Timeouts",
  other: "Other errors",
} as const;

export type CodeClass = keyof typeof CODE_CLASSES;

export function isCodeClass(value: string | null | undefined): value is CodeClass {
  return !!value && Object.hasOwn(CODE_CLASSES, value);
}

/** The class of an attempt's code: HTTP status families, "timeout", or anything else. */
export function codeClassOf(code: string | undefined): CodeClass {
  if (code && /^[0-9]{3}$/.test(code)) {
    if (code.startsWith("2")) return "2xx";
    if (code.startsWith("4")) return "4xx";
    if (code.startsWith("5")) return "5xx";
  }
  if (code?.toLowerCase().includes("timeout")) return "timeout";
  return "other";
}

/** The status every attempt of a class has, so the server can narrow the list first. */
export function statusOfCodeClass(codeClass: CodeClass): "success" | "failed" {
  return codeClass === "2xx" ? "success" : "failed";
}
