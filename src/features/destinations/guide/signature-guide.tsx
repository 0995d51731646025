import { useId, useState } from "react";
import { portalConfig } from "@/config/portal-config";
import { Card } from "@/ui/card";
import { CopyButton } from "@/ui/copy-button";
import { SNIPPETS, type SignatureMode, type SnippetLanguage } from "./signature-snippets";

const LANGUAGES: SnippetLanguage[] = ["Node.js", "Python", "Go"];

function DefaultModeFacts() {
  return (
    <ul className="list-disc space-y-1 pl-5">
      <li>
        Each request carries <code>x-outpost-signature</code>, <code>x-outpost-timestamp</code>,{" "}
        <code>x-outpost-event-id</code> and <code>x-outpost-topic</code> (your provider may have
        chosen another prefix than <code>x-outpost-</code>).
      </li>
      <li>
        The signature is an HMAC-SHA256 of the raw request body, keyed with the destination's secret
        (the whole <code>whsec_…</code> value), hex-encoded, sent as{" "}
        <code>v0=&lt;signature&gt;</code>.
      </li>
      <li>
        After a secret rotation the previous secret stays valid for 24 hours; meanwhile the header
        holds both: <code>v0=&lt;new&gt;,&lt;previous&gt;</code>. Accept a request when any one
        matches.
      </li>
      <li>Compute it over the bytes you received, before parsing the JSON.</li>
    </ul>
  );
}

function StandardModeFacts() {
  return (
    <ul className="list-disc space-y-1 pl-5">
      <li>
        Requests follow the Standard Webhooks specification: <code>webhook-id</code>,{" "}
        <code>webhook-timestamp</code> (Unix seconds) and <code>webhook-signature</code>.
      </li>
      <li>
        The signed content is <code>id.timestamp.body</code>; the key is the base64 part of the
        secret after <code>whsec_</code>; the signature is HMAC-SHA256, base64-encoded, sent as{" "}
        <code>v1,&lt;signature&gt;</code>.
      </li>
      <li>
        During a secret rotation several space-separated entries are sent; accept a request when any
        one matches. Refuse timestamps more than 5 minutes away from now.
      </li>
      <li>Any Standard Webhooks library can verify these requests too.</li>
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
  const id = useId();
  const [language, setLanguage] = useState<SnippetLanguage>("Node.js");
  const code = SNIPPETS[mode][language];
  return (
    <Card
      title="Verify webhook signatures"
      description={
        mode === "standard"
          ? "Signed the Standard Webhooks way."
          : "Signed with Outpost's default scheme."
      }
    >
      <div className="grid gap-3 text-sm">
        {mode === "standard" ? <StandardModeFacts /> : <DefaultModeFacts />}
        <div role="radiogroup" aria-label="Language" className="flex flex-wrap gap-2">
          {LANGUAGES.map((name) => (
            <label key={name} className="flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name={`${id}-language`}
                className="size-4 accent-brand"
                checked={language === name}
                onChange={() => setLanguage(name)}
              />
              {name}
            </label>
          ))}
        </div>
        <div className="min-w-0">
          <div className="mb-1 flex items-center justify-between gap-2">
            <span className="text-xs font-medium text-fg-muted">{language}</span>
            <CopyButton value={code} label={`${language} verification code`} />
          </div>
          <pre
            // Focusable so keyboard users can scroll long lines.
            tabIndex={0}
            role="region"
            aria-label={`${language} verification code`}
            className="overflow-x-auto rounded-md bg-surface-muted p-3 font-mono text-xs"
          >
            <code>{code}</code>
          </pre>
        </div>
      </div>
    </Card>
  );
}
