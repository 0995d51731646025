import { useId, useState, type ReactNode } from "react";
import { portalConfig } from "@/config/portal-config";
import { useT } from "@/i18n/i18n";
import { Message } from "@/i18n/message";
import { Card } from "@/ui/card";
import { CopyButton } from "@/ui/copy-button";
import { SNIPPETS, type SignatureMode, type SnippetLanguage } from "./signature-snippets";

const LANGUAGES: SnippetLanguage[] = ["Node.js", "Python", "Go"];

/** Header names and formats are data: never translated, read left to right, never split. */
const code = (text: string) => (
  <code translate="no" dir="ltr" className="whitespace-nowrap">
    {text}
  </code>
);
const term = (text: string): ReactNode => <span translate="no">{text}</span>;

function DefaultModeFacts() {
  return (
    <ul className="list-disc space-y-1 ps-5">
      <li>
        <Message
          id="guide.defaultHeaders"
          values={{
            signature: code("x-outpost-signature"),
            timestamp: code("x-outpost-timestamp"),
            eventId: code("x-outpost-event-id"),
            topic: code("x-outpost-topic"),
            prefix: code("x-outpost-"),
          }}
        />
      </li>
      <li>
        <Message
          id="guide.defaultSignature"
          values={{
            algorithm: term("HMAC-SHA256"),
            secret: code("whsec_…"),
            format: code("v0=<signature>"),
          }}
        />
      </li>
      <li>
        <Message id="guide.defaultRotation" values={{ format: code("v0=<new>,<previous>") }} />
      </li>
      <li>
        <Message id="guide.rawBody" values={{ json: term("JSON") }} />
      </li>
    </ul>
  );
}

function StandardModeFacts() {
  const standard = term("Standard Webhooks");
  return (
    <ul className="list-disc space-y-1 ps-5">
      <li>
        <Message
          id="guide.standardHeaders"
          values={{
            standard,
            id: code("webhook-id"),
            timestamp: code("webhook-timestamp"),
            signature: code("webhook-signature"),
            unix: term("Unix"),
          }}
        />
      </li>
      <li>
        <Message
          id="guide.standardSignature"
          values={{
            content: code("id.timestamp.body"),
            base64: term("base64"),
            prefix: code("whsec_"),
            algorithm: term("HMAC-SHA256"),
            format: code("v1,<signature>"),
          }}
        />
      </li>
      <li>
        <Message id="guide.standardRotation" values={{ minutes: 5 }} />
      </li>
      <li>
        <Message id="guide.standardLibrary" values={{ standard }} />
      </li>
    </ul>
  );
}

/**
 * How a receiver checks that a request came from here, for the signing mode
 * this deployment uses (the portal's WEBHOOK_SIGNATURE_MODE setting).
 */
export default function SignatureGuide({
  mode = portalConfig().webhookSignatureMode,
}: {
  mode?: SignatureMode;
}) {
  const t = useT();
  const id = useId();
  const [language, setLanguage] = useState<SnippetLanguage>("Node.js");
  const snippet = SNIPPETS[mode][language];
  return (
    <Card
      title={t("guide.verifyTitle")}
      description={
        mode === "standard" ? (
          <Message id="guide.standardMode" values={{ standard: term("Standard Webhooks") }} />
        ) : (
          <Message id="guide.defaultMode" values={{ outpost: term("Outpost") }} />
        )
      }
    >
      <div className="grid gap-3 text-sm">
        {mode === "standard" ? <StandardModeFacts /> : <DefaultModeFacts />}
        <div role="radiogroup" aria-label={t("guide.language")} className="flex flex-wrap gap-2">
          {LANGUAGES.map((name) => (
            <label key={name} className="flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name={`${id}-language`}
                className="size-4 accent-brand"
                checked={language === name}
                onChange={() => setLanguage(name)}
              />
              <span translate="no">{name}</span>
            </label>
          ))}
        </div>
        <div className="min-w-0">
          <div className="mb-1 flex items-center justify-between gap-2">
            <span className="text-xs font-medium text-fg-muted" translate="no">
              {language}
            </span>
            <CopyButton value={snippet} label={t("guide.codeLabel", { language })} />
          </div>
          <pre
            // Focusable so keyboard users can scroll long lines.
            tabIndex={0}
            role="region"
            aria-label={t("guide.codeLabel", { language })}
            translate="no"
            // Code reads left to right in every language.
            dir="ltr"
            className="overflow-x-auto rounded-md bg-surface-muted p-3 font-mono text-xs"
          >
            <code>{snippet}</code>
          </pre>
        </div>
      </div>
    </Card>
  );
}
