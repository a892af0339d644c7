import { QueryClient, type QueryKey } from "@tanstack/react-query";
import { cleanup, configure, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { type ComponentType, Fragment, type ReactNode } from "react";
import { createMemoryRouter, RouterProvider, useLocation } from "react-router";
import { afterEach, vi } from "vitest";
import { withAppProviders } from "./app-providers.tsx";

/*
 * Behaviour tests of components, in a DOM (a test file that imports this starts with
 * `// @vitest-environment happy-dom`); the API answers through `answerRequests`
 * (api-answers.ts). Importing this also unmounts what each test rendered and restores
 * `fetch` after each test.
 */

// `findBy…` and `waitFor` wait up to 5 s, not 1 s: a loaded 2-core CI machine is slow
// (the unit project's test timeout is generous for the same reason).
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

export interface AppOptions {
  /** Where the router starts (path and query). */
  path?: string;
  /** The route the component is at, for `useParams`; other paths show "Another page". */
  route?: string;
  lng?: "en" | "fr";
  queryClient?: QueryClient;
  /** Answers already in the query cache when the component first renders (key, data). */
  cached?: ReadonlyArray<readonly [QueryKey, unknown]>;
  /** Providers of features the component needs (the AuthProvider, say), around the router. */
  wrapper?: ComponentType<{ children: ReactNode }>;
}

/** A query client as the app's, without retries (a failure shows at once). */
export function testQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  });
}

/** Where a link away from the component under test leads. */
function AnotherPage() {
  const { pathname } = useLocation();
  return <h1>Another page: {pathname}</h1>;
}

/**
 * `node` inside what the app gives it: the whole catalogues in `lng`, a query client,
 * and a memory data router at `path` whose history the test can drive (`router`).
 */
function inAppRouter(node: ReactNode, options: AppOptions = {}) {
  const {
    path = "/",
    route = "*",
    lng = "en",
    queryClient = testQueryClient(),
    cached = [],
    wrapper: Wrapper = Fragment,
  } = options;
  for (const [key, data] of cached) queryClient.setQueryData(key, data);
  const routes = [{ path: route, element: node }];
  if (route !== "*") routes.push({ path: "*", element: <AnotherPage /> });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const tree = withAppProviders(
    <Wrapper>
      <RouterProvider router={router} />
    </Wrapper>,
    { lng, queryClient },
  );
  return { tree, router, queryClient };
}

/** Renders `node` as `inAppRouter` does; answers a user-event `user` to act as a person does. */
export function renderWithApp(node: ReactNode, options: AppOptions = {}) {
  const { tree, router, queryClient } = inAppRouter(node, options);
  const user = userEvent.setup();
  return { ...render(tree), user, router, queryClient };
}

/** The error the form kit shows for `field` (ui/fields.tsx ties it as `${id}-error`), or "". */
export function errorOf(field: HTMLElement): string {
  return document.getElementById(`${field.id}-error`)?.textContent ?? "";
}

/** What the page's polite live regions (role status) say now, as a screen reader hears it. */
export function announcements(): string[] {
  return screen
    .queryAllByRole("status")
    .map((region) => region.textContent ?? "")
    .filter(Boolean);
}
