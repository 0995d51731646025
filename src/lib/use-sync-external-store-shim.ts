// wouter imports the pre-React-18 shim; React 19 has the hook built in (vite.config.ts aliases it here).
export { useSyncExternalStore } from "react";
