import Markdown from "markdown-to-jsx/react";
import type { AnchorHTMLAttributes } from "react";
import { useT } from "@/i18n/i18n";

function ExternalLink(props: AnchorHTMLAttributes<HTMLAnchorElement>) {
  const t = useT();
  return (
    <a {...props} target="_blank" rel="noreferrer noopener" className="text-brand-text underline">
      {props.children}
      <span className="sr-only"> {t("app.opensInNewTab")}</span>
    </a>
  );
}

/**
 * Markdown from the API (destination type instructions) rendered as React
 * elements: raw HTML is shown as text, never parsed, and unsafe URLs are dropped.
 * Loaded lazily; it never weighs on the first screen.
 */
export default function SafeMarkdown({ children }: { children: string }) {
  return (
    <Markdown
      className="markdown grid gap-3 text-sm leading-relaxed [&_code]:rounded [&_code]:bg-surface-muted [&_code]:px-1 [&_code]:font-mono [&_h1]:text-base [&_h1]:font-semibold [&_h2]:text-base [&_h2]:font-semibold [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:ps-5 [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-surface-muted [&_pre]:p-3 [&_ul]:list-disc [&_ul]:ps-5"
      options={{
        disableParsingRawHTML: true,
        tagfilter: true,
        overrides: {
          a: ExternalLink,
          h1: { component: "h3" },
          h2: { component: "h3" },
          h3: { component: "h4" },
        },
      }}
    >
      {children}
    </Markdown>
  );
}
