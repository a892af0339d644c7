import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, configure, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { type ComponentType, Fragment, type ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { createMemoryRouter, RouterProvider, useLocation } from "react-router";
import { afterEach, vi } from "vitest";
import { setAccessTokenSource } from "../api/client.ts";
import { i18n } from "./test-i18n.ts";

/*
 * Behaviour tests of components, in a DOM (a test file that imports this starts with
 * `// @vitest-environment happy-dom`). Importing it also unmounts what each test
 * rendered and restores `fetch` after each test.
 */

// `findBy…` and `waitFor` wait up to 5 s, not 1 s: a loaded 2-core CI machine is slow
// (the unit project's test timeout is generous for the same reason).
configure({ asyncUtilTimeout: 5000 });

/** Requests carry this token, as a signed-in person's do. */
export const TEST_TOKEN = "test-access-token";
setAccessTokenSource(async () => TEST_TOKEN);

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
 * Renders `node` inside what the app gives it: the whole catalogues in `lng`, a query
 * client, and a memory router at `path` whose history the test can drive (`router`).
 * Answers a user-event `user` to act as a person does.
 */
export function renderWithApp(node: ReactNode, options: AppOptions = {}) {
  const {
    path = "/",
    route = "*",
    lng = "en",
    queryClient = testQueryClient(),
    wrapper: Wrapper = Fragment,
  } = options;
  const routes = [{ path: route, element: node }];
  if (route !== "*") routes.push({ path: "*", element: <AnotherPage /> });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  void i18n.changeLanguage(lng);
  const user = userEvent.setup();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <Wrapper>
          <RouterProvider router={router} />
        </Wrapper>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { ...view, user, router, queryClient };
}

/** A request the page made to the API, as the fake API received it. */
export interface ApiCall {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  /** The JSON body, parsed; undefined without one. */
  body: unknown;
}

/**
 * Replaces `fetch`, the app's boundary with the API: each request is recorded (in the
 * array answered) and `answer` gives the API's response.
 */
export function stubApi(answer: (call: ApiCall) => Response | Promise<Response>): ApiCall[] {
  const calls: ApiCall[] = [];
  vi.stubGlobal("fetch", async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), "http://localhost");
    const body = typeof init?.body === "string" ? JSON.parse(init.body) : undefined;
    const call: ApiCall = {
      method: init?.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      headers: new Headers(init?.headers),
      body,
    };
    calls.push(call);
    return answer(call);
  });
  return calls;
}

/** A JSON answer of the API. */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

/** An error answer of the API, as problem details. */
export function problem(status: number, code: string, detail = ""): Response {
  return json({ type: "about:blank", title: "", status, detail, code, instance: "" }, status);
}

/** A promise settled by the test, for a request still under way. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

/** What the page's polite live regions (role status) say now, as a screen reader hears it. */
export function announcements(): string[] {
  return screen
    .queryAllByRole("status")
    .map((region) => region.textContent ?? "")
    .filter(Boolean);
}
