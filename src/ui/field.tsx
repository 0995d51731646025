import type { ReactNode } from "react";
import { useT } from "@/i18n/i18n";
import { cn } from "@/lib/cn";
import { AlertIcon } from "./icons";

/** Props a control needs so its label, description and error reach assistive technology. */
export interface FieldControlProps {
  id: string;
  "aria-describedby": string | undefined;
  "aria-invalid": true | undefined;
}

export const descriptionIdFor = (id: string) => `${id}-description`;
export const errorIdFor = (id: string) => `${id}-error`;

/** Space-separated ids, skipping empty ones; undefined when none. */
export function joinIds(...ids: (string | false | null | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(" ");
  return joined || undefined;
}

function controlProps(id: string, description: ReactNode, error: ReactNode): FieldControlProps {
  return {
    id,
    "aria-describedby": joinIds(
      description ? descriptionIdFor(id) : undefined,
      error ? errorIdFor(id) : undefined,
    ),
    "aria-invalid": error ? true : undefined,
  };
}

/**
 * The visual required marker. Inputs carry `required` themselves, so the star is hidden
 * from assistive technology; groups (which can't be `required`) say it in words.
 */
export function RequiredMark({ announce = false }: { announce?: boolean }) {
  const t = useT();
  return (
    <>
      <span aria-hidden="true" className="ms-0.5 text-danger">
        *
      </span>
      {announce && (
        <>
          {" "}
          <span className="sr-only">{t("ui.required")}</span>
        </>
      )}
    </>
  );
}

export function FieldDescription({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="text-sm text-fg-muted">
      {children}
    </p>
  );
}

/** A field's error; `announce` for one that appears while the user is elsewhere than its input. */
export function FieldError({
  id,
  children,
  announce = false,
  className,
}: {
  id: string;
  children: ReactNode;
  announce?: boolean;
  className?: string;
}) {
  return (
    <p
      id={id}
      role={announce ? "alert" : undefined}
      className={cn("flex items-start gap-1.5 text-sm text-danger", className)}
    >
      <AlertIcon className="mt-0.5 size-4 shrink-0" />
      <span>{children}</span>
    </p>
  );
}

interface FieldProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  className?: string;
  /** Renders the control with the ids and state it must carry. */
  children: (control: FieldControlProps) => ReactNode;
}

/** A labelled control: label, description, the control, then its error. */
export function Field({
  id,
  label,
  description,
  error,
  required,
  className,
  children,
}: FieldProps) {
  return (
    <div className={cn("flex min-w-0 flex-col gap-1.5", className)}>
      <label htmlFor={id} className="text-sm font-medium text-fg">
        {label}
        {required && <RequiredMark />}
      </label>
      {description ? (
        <FieldDescription id={descriptionIdFor(id)}>{description}</FieldDescription>
      ) : null}
      {children(controlProps(id, description, error))}
      {error ? <FieldError id={errorIdFor(id)}>{error}</FieldError> : null}
    </div>
  );
}

interface FieldGroupProps extends Omit<FieldProps, "children"> {
  children: (group: { describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** Several controls under one legend (e.g. a key/value list), described as a whole. */
export function FieldGroup({
  id,
  label,
  description,
  error,
  required,
  className,
  children,
}: FieldGroupProps) {
  const { "aria-describedby": describedBy } = controlProps(id, description, error);
  return (
    <fieldset
      id={id}
      aria-describedby={describedBy}
      className={cn("flex min-w-0 flex-col gap-1.5", className)}
    >
      <legend className="mb-1.5 text-sm font-medium text-fg">
        {label}
        {required && <RequiredMark announce />}
      </legend>
      {description ? (
        <FieldDescription id={descriptionIdFor(id)}>{description}</FieldDescription>
      ) : null}
      {children({ describedBy, invalid: Boolean(error) })}
      {error ? <FieldError id={errorIdFor(id)}>{error}</FieldError> : null}
    </fieldset>
  );
}
