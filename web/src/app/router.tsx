import { createBrowserRouter, type HydrationState, type RouteObject } from "react-router";
import { RequireAuth } from "../features/auth/index.ts";
import { HeadSync } from "./head-sync.tsx";
import { Layout } from "./layout.tsx";
import { RouteError } from "./route-error.tsx";
import { StartupProgress } from "./startup-progress.tsx";

/** The id of the route that holds every signed-in page: the server sends them the SPA shell. */
export const SIGNED_IN_ROUTE_ID = "signed-in";

/**
 * Every page is its own chunk (`lazy`); the layout, guard and error page are in the
 * first download so that navigation, sign-in state and failures always render. The
 * same table serves the browser (createRouter) and the server's render (entry-server).
 */
export const routes: RouteObject[] = [
  {
    path: "/",
    element: (
      <>
        <Layout />
        <HeadSync />
      </>
    ),
    // Shown while the first page's chunk downloads, before the layout can render.
    hydrateFallbackElement: <StartupProgress />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: () => import("../features/home/home-page.tsx") },
          { path: "cities", lazy: () => import("../features/cities/cities-page.tsx") },
          { path: "cities/:cityId", lazy: () => import("../features/cities/city-page.tsx") },
          { path: "exchange", lazy: () => import("../features/exchange/exchange-page.tsx") },
          {
            path: "exchange/items/:itemId",
            lazy: () => import("../features/exchange/item-page.tsx"),
          },
          {
            path: "courses",
            lazy: () => import("../features/academy/catalogue/catalogue-page.tsx"),
          },
          {
            path: "courses/:courseId",
            lazy: () => import("./course-page.tsx"),
          },
          { path: "events", lazy: () => import("../features/events/catalogue-page.tsx") },
          {
            path: "events/:eventId",
            lazy: () => import("../features/events/event-page.tsx"),
          },
          {
            path: "verify",
            lazy: () => import("../features/learning/certificates/verify-page.tsx"),
          },
          {
            path: "verify/:code",
            lazy: () => import("../features/learning/certificates/verify-page.tsx"),
          },
          { path: "join", lazy: () => import("../features/membership/join-page.tsx") },
          { path: "privacy", lazy: () => import("../features/legal/privacy-page.tsx") },
          {
            path: "accessibility",
            lazy: () => import("../features/legal/accessibility-page.tsx"),
          },
          { path: "terms", lazy: () => import("../features/legal/terms-page.tsx") },
          { path: "cookies", lazy: () => import("../features/legal/cookies-page.tsx") },
          {
            path: "unsubscribe/:token",
            lazy: () => import("../features/notifications/unsubscribe-page.tsx"),
          },
          { path: "sign-in", lazy: () => import("../features/auth/sign-in-page.tsx") },
          { path: "sign-up", lazy: () => import("../features/auth/sign-up-page.tsx") },
          {
            path: "confirm-sign-up",
            lazy: () => import("../features/auth/confirm-sign-up-page.tsx"),
          },
          {
            path: "forgot-password",
            lazy: () => import("../features/auth/forgot-password-page.tsx"),
          },
          {
            path: "reset-password",
            lazy: () => import("../features/auth/reset-password-page.tsx"),
          },
          {
            id: SIGNED_IN_ROUTE_ID,
            element: <RequireAuth />,
            children: [
              { path: "profile", lazy: () => import("../features/profile/profile-page.tsx") },
              {
                path: "notifications",
                lazy: () => import("../features/notifications/inbox-page.tsx"),
              },
              {
                path: "learning",
                lazy: () => import("../features/learning/my-learning-page.tsx"),
              },
              {
                path: "learning/:courseId/lessons/:lessonId",
                lazy: () => import("../features/learning/lesson-page.tsx"),
              },
              {
                path: "teach/courses/:courseId/stats",
                lazy: () => import("../features/learning/statistics/course-stats-page.tsx"),
              },
              { path: "my-events", lazy: () => import("../features/events/my-events-page.tsx") },
              { path: "events/new", lazy: () => import("../features/events/event-form-page.tsx") },
              {
                path: "events/:eventId/edit",
                lazy: () => import("../features/events/event-form-page.tsx"),
              },
              {
                path: "events/:eventId/registrations",
                lazy: () => import("../features/events/registrations-page.tsx"),
              },
              { path: "saved", lazy: () => import("../features/exchange/saved-page.tsx") },
              {
                path: "exchange-requests",
                lazy: () => import("../features/exchange-requests/my-requests-page.tsx"),
              },
              {
                path: "exchange-requests/new",
                lazy: () => import("../features/exchange-requests/new-request-page.tsx"),
              },
              {
                path: "exchange-requests/:requestId",
                lazy: () => import("../features/exchange-requests/request-page.tsx"),
              },
              { path: "my-city", lazy: () => import("../features/exchange/my-city-page.tsx") },
              { path: "signals", lazy: () => import("../features/signals/picture-page.tsx") },
              { path: "signals/new", lazy: () => import("../features/signals/record-page.tsx") },
              { path: "signals/mine", lazy: () => import("../features/signals/mine-page.tsx") },
              {
                path: "signals/mine/:observationId/edit",
                lazy: () => import("../features/signals/edit-page.tsx"),
              },
              { path: "signals/review", lazy: () => import("../features/signals/review-page.tsx") },
              {
                path: "moderation",
                lazy: () => import("../features/exchange/moderation-page.tsx"),
              },
              {
                path: "admin/people",
                lazy: () => import("../features/people/people-page.tsx"),
              },
              {
                path: "admin/people/:userId",
                lazy: () => import("../features/people/person-page.tsx"),
              },
              {
                path: "admin/audit",
                lazy: () => import("../features/audit/audit-log-page.tsx"),
              },
              {
                path: "admin/figures",
                lazy: () => import("../features/audit/figures-page.tsx"),
              },
              {
                path: "membership/applications/:applicationId",
                lazy: () => import("../features/membership/application-page.tsx"),
              },
              {
                path: "admin/membership",
                lazy: () => import("../features/membership/queue-page.tsx"),
              },
              {
                path: "admin/discussions",
                lazy: () => import("../features/discussions/reports-page.tsx"),
              },
              {
                path: "admin/membership/:applicationId",
                lazy: () => import("../features/membership/review-page.tsx"),
              },
              {
                path: "teach",
                lazy: () => import("../features/academy/authoring/my-courses-page.tsx"),
              },
              {
                path: "teach/courses/:courseId",
                lazy: () => import("../features/academy/authoring/course-editor-page.tsx"),
              },
              {
                path: "teach/courses/:courseId/preview",
                lazy: () => import("../features/academy/authoring/preview-page.tsx"),
              },
              {
                path: "exchange/new",
                lazy: () => import("../features/exchange/item-form-page.tsx"),
              },
              {
                path: "exchange/items/:itemId/edit",
                lazy: () => import("../features/exchange/item-form-page.tsx"),
              },
            ],
          },
          { path: "*", lazy: () => import("./not-found-page.tsx") },
        ],
      },
    ],
  },
];

/** The browser's router; `hydrationData` when the page came rendered from the server. */
export function createRouter(hydrationData?: HydrationState) {
  return createBrowserRouter(routes, hydrationData ? { hydrationData } : {});
}

/**
 * The routes from the table's first level down to the one with React Router's id
 * `matched` ("0-0-3": its place in the table, as the server's render named it); none if
 * the id is not such a place in this table.
 */
export function routesAt(matched: string | undefined): RouteObject[] | undefined {
  if (!matched || !/^\d+(-\d+)*$/.test(matched)) return undefined;
  const found: RouteObject[] = [];
  let level: RouteObject[] | undefined = routes;
  for (const index of matched.split("-").map(Number)) {
    const route: RouteObject | undefined = level?.[index];
    if (!route) return undefined;
    found.push(route);
    level = route.children;
  }
  return found;
}
