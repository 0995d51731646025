// Right-to-left (the portal ships Arabic): Tailwind classes that name a physical side
// (`pl-4`, `mr-2`, `left-0`, `text-right`, `rounded-tl`…) don't mirror under dir=rtl;
// their logical twins (`ps-4`, `me-2`, `start-0`, `text-end`, `rounded-ss`…) do.
//
// The rule reads every string and template-literal chunk in src, not only className
// attributes: classes also live in cn(...) arguments, variant maps and constants. To stay
// clear of prose (aria labels, messages, IDs), a token is reported only when all of it is a
// class: an optional variant chain (`sm:`, `hover:`, `[&>li]:`), an optional `-` or `!`, a
// physical utility, and a value of Tailwind's shape (a number, fraction, `px`, `auto`,
// `full`, `[arbitrary]`, `(--var)`, a colour like `red-500/50`). So `pl-4` in a label is
// reported, but `left-over`, `right-hand` or `display-left-panel` are not. A class under
// an explicit `rtl:` or `ltr:` variant is deliberate (`rtl:-scale-x-100` flips an arrow,
// `ltr:left-0 rtl:right-0`) and allowed. Classes built at runtime (`pl-${n}`) can't be
// seen; Tailwind can't see them either, so they don't occur.

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const VALUE = String.raw`(?:${NUMBER}|\d+/\d+|px|auto|full|\[[^\s\]]+\]|\([^\s)]+\))`;
const COLOR = String.raw`(?:[a-z]+(?:-\d+)?(?:/\d+)?|\[[^\s\]]+\]|\([^\s)]+\))`;
const RADIUS = String.raw`(?:none|full|xs|sm|md|lg|xl|2xl|3xl|4xl|\[[^\s\]]+\]|\([^\s)]+\))`;

/** [utility pattern (whole token after variants), its logical replacement]. */
const PHYSICAL = [
  [new RegExp(`^(m|p)l-(${VALUE})$`), (_, box, value) => `${box}s-${value}`],
  [new RegExp(`^(m|p)r-(${VALUE})$`), (_, box, value) => `${box}e-${value}`],
  [new RegExp(`^scroll-(m|p)l-(${VALUE})$`), (_, box, value) => `scroll-${box}s-${value}`],
  [new RegExp(`^scroll-(m|p)r-(${VALUE})$`), (_, box, value) => `scroll-${box}e-${value}`],
  [new RegExp(`^left-(${VALUE})$`), (_, value) => `start-${value}`],
  [new RegExp(`^right-(${VALUE})$`), (_, value) => `end-${value}`],
  [/^(text|float|clear)-left$/, (_, what) => `${what}-start`],
  [/^(text|float|clear)-right$/, (_, what) => `${what}-end`],
  [new RegExp(`^border-l(-(?:\\d+|${COLOR}))?$`), (_, rest = "") => `border-s${rest}`],
  [new RegExp(`^border-r(-(?:\\d+|${COLOR}))?$`), (_, rest = "") => `border-e${rest}`],
  [
    new RegExp(`^rounded-(l|r|tl|tr|bl|br)(-${RADIUS})?$`),
    (_, corner, rest = "") =>
      `rounded-${{ l: "s", r: "e", tl: "ss", tr: "se", bl: "es", br: "ee" }[corner]}${rest}`,
  ],
];

/** `sm:hover:-ml-2!` → ["sm", "hover"], "ml-2"; colons inside [ ] or ( ) don't split. */
function parse(token) {
  const variants = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < token.length; i++) {
    const char = token[i];
    if (char === "[" || char === "(") depth++;
    else if (char === "]" || char === ")") depth--;
    else if (char === ":" && depth === 0) {
      variants.push(token.slice(start, i));
      start = i + 1;
    }
  }
  const utility = token.slice(start).replace(/^!|!$/g, "").replace(/^-/, "");
  return { variants, utility };
}

/** The physical classes in a string, each with its logical replacement. */
export function physicalClasses(text) {
  const found = [];
  for (const token of text.split(/\s+/)) {
    if (!token) continue;
    const { variants, utility } = parse(token);
    if (variants.some((variant) => variant === "rtl" || variant === "ltr")) continue;
    for (const [pattern, logical] of PHYSICAL) {
      const match = pattern.exec(utility);
      if (!match) continue;
      const replacement = logical(...match);
      found.push({ token, replacement: token.replace(utility, replacement) });
      break;
    }
  }
  return found;
}

const noPhysicalClasses = {
  meta: {
    type: "problem",
    docs: { description: "Tailwind classes must use logical sides so Arabic (dir=rtl) mirrors" },
    messages: {
      physical:
        "`{{token}}` names a physical side and won't mirror in right-to-left Arabic: use `{{replacement}}` (or put it under `rtl:`/`ltr:` when the side is meant).",
    },
    schema: [],
  },
  create(context) {
    const check = (node, text) => {
      for (const { token, replacement } of physicalClasses(text))
        context.report({ node, messageId: "physical", data: { token, replacement } });
    };
    return {
      Literal(node) {
        if (typeof node.value === "string") check(node, node.value);
      },
      TemplateElement(node) {
        check(node, node.value.cooked ?? node.value.raw);
      },
    };
  },
};

export const logicalClasses = [
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { portal: { rules: { "no-physical-classes": noPhysicalClasses } } },
    rules: { "portal/no-physical-classes": "error" },
  },
];
