import "@testing-library/jest-dom/vitest";
import { laterMessages } from "@/i18n/i18n";

// Components render as on a lazy screen: every English message is in (in the app, lazy
// screens await the later catalogue; see src/i18n/i18n.ts).
await laterMessages();
