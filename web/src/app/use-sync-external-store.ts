/**
 * `use-sync-external-store/shim` for react-i18next, resolved here by the build
 * (vite.config.ts): the shim's own fallback is for React before 18, and React 19 has
 * the hook. Keeps 0.4 KB (gzip) out of the first download (decision 0106).
 */
export { useSyncExternalStore } from "react";
