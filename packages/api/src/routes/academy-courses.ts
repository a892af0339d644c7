import {
  cataloguePageSchema,
  catalogueQuerySchema,
  courseCreateSchema,
  courseDraftListSchema,
  coursePageSchema,
  coursePathSchema,
} from "@alliance/core/academy";
import { createRoute } from "@hono/zod-openapi";
import { etag as notModified } from "hono/etag";
import { authoring, draftResponse } from "../http/academy-responses.ts";
import { etag } from "../http/if-match.ts";
import { json } from "../http/json.ts";
import { problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { sharedJson } from "../http/shared-json.ts";

/**
 * `/courses` and `/courses/mine`: the catalogue and a trainer's courses. Two
 * routers, because docs/openapi.json lists paths and schemas in registration
 * order: `/trainers` and `/exchange/items/{itemId}/courses` come between these
 * lists and starting a course (app.ts).
 */
export const academyCourseListRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/courses",
      tags: ["Academy"],
      summary: "The catalogue of published courses",
      description:
        "Any value within a filter (repeat the parameter or separate with commas), every filter, and every word of `q` in the title, summary, audience or objectives.",
      // An If-None-Match that holds the page's ETag answers 304 without the page.
      middleware: [notModified()] as const,
      request: { query: catalogueQuerySchema },
      responses: {
        200: {
          description: "A page of courses",
          headers: {
            ETag: {
              description:
                "Send it back in If-None-Match: while the page is the same, the answer is 304 without it",
              schema: { type: "string" as const },
            },
          },
          content: json(cataloguePageSchema),
        },
        ...problems(400, 401, 503),
      },
    }),
    // The same page object for the same catalogue and query: serialised once (decision 0110).
    async (c) => sharedJson(c, await c.var.core.academy.catalogue.search(c.req.valid("query"))),
  )
  // Before /courses/{courseId}, which would take "mine" for an id.
  .openapi(
    createRoute({
      ...authoring,
      method: "get",
      path: "/courses/mine",
      summary: "Your courses as a trainer (every course, for an administrator)",
      responses: {
        200: { description: "Most recently changed first", content: json(courseDraftListSchema) },
        ...problems(401, 403, 503),
      },
    }),
    async (c) => {
      c.header("Cache-Control", "private, no-cache");
      return c.json({ items: await c.var.core.academy.drafts.mine() }, 200);
    },
  );

/** `/courses` (POST) and `/courses/{courseId}`: starting a course and a course page. */
export const academyCourseRoutes = createRouter()
  .openapi(
    createRoute({
      ...authoring,
      method: "post",
      path: "/courses",
      summary: "Start a course draft (trainers)",
      request: { body: { required: true, content: json(courseCreateSchema) } },
      responses: { 201: draftResponse("The new draft"), ...problems(400, 401, 403, 503) },
    }),
    async (c) => {
      const draft = await c.var.core.academy.drafts.create(c.req.valid("json"));
      c.header("ETag", etag(draft.version));
      c.header("Location", `/api/courses/${draft.courseId}/draft`);
      return c.json(draft, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/courses/{courseId}",
      tags: ["Academy"],
      summary: "A course page: the latest published version, without quiz answers",
      request: { params: coursePathSchema },
      responses: {
        200: {
          description: "The published course, with what the caller may do with it",
          content: json(coursePageSchema),
        },
        ...problems(400, 401, 404, 503),
      },
    }),
    async (c) => {
      const course = await c.var.core.academy.catalogue.get(c.req.valid("param").courseId);
      return c.json(course, 200);
    },
  );
