import type { QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { inAppRouter } from "./render-with-app.tsx";

/**
 * What the app gives a component that needs a data router (`useBlocker`, as the
 * course editor's leave guard does): English, a query client, a memory router at `path`.
 * Render it once per test: each call makes a router of its own. The same tree as
 * `renderWithApp`'s.
 */
export function inDataRouter(
  node: ReactNode,
  { path = "/", queryClient }: { path?: string; queryClient?: QueryClient } = {},
) {
  return inAppRouter(node, { path, ...(queryClient && { queryClient }) }).tree;
}
