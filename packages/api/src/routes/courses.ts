import {
  cataloguePageSchema,
  catalogueQuerySchema,
  citingCoursesSchema,
  courseCreateSchema,
  courseDraftListSchema,
  coursePageSchema,
  coursePatchSchema,
  coursePathSchema,
  courseVersionListSchema,
  itemPathSchema,
  trainerListSchema,
  trainerPathSchema,
} from "@alliance/core";
import { createRoute } from "@hono/zod-openapi";
import {
  authoring,
  draftChangeResponses,
  draftResponse,
  ifMatchHeaders,
  json,
} from "./course-responses.ts";
import { etag, parseIfMatch } from "./if-match.ts";
import { problems } from "./problems.ts";
import { createRouter } from "./router.ts";

const transition = (action: "publish" | "unpublish" | "archive", summary: string) =>
  createRoute({
    ...authoring,
    method: "post",
    path: `/courses/{courseId}/${action}`,
    summary,
    request: { params: coursePathSchema, headers: ifMatchHeaders },
    responses: draftChangeResponses,
  });

export const courseRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/courses",
      tags: ["Academy"],
      summary: "The catalogue of published courses",
      description:
        "Any value within a filter (repeat the parameter or separate with commas), every filter, and every word of `q` in the title, summary, audience or objectives.",
      request: { query: catalogueQuerySchema },
      responses: {
        200: { description: "A page of courses", content: json(cataloguePageSchema) },
        ...problems(400, 401, 503),
      },
    }),
    async (c) => c.json(await c.var.core.academy.catalogue.search(c.req.valid("query")), 200),
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
  )
  .openapi(
    createRoute({
      ...authoring,
      method: "get",
      path: "/trainers",
      summary: "People who hold the trainer role, to add as co-trainers",
      responses: {
        200: { description: "By name", content: json(trainerListSchema) },
        ...problems(401, 403, 503),
      },
    }),
    async (c) => c.json({ items: await c.var.core.academy.drafts.trainers() }, 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/exchange/items/{itemId}/courses",
      tags: ["Academy"],
      summary: "Published courses whose lessons cite this exchange item",
      request: { params: itemPathSchema },
      responses: {
        200: { description: "By title; empty if none", content: json(citingCoursesSchema) },
        ...problems(400, 401, 503),
      },
    }),
    async (c) => {
      const items = await c.var.core.academy.catalogue.citing(c.req.valid("param").itemId);
      return c.json({ items }, 200);
    },
  )
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
  )
  .openapi(
    createRoute({
      ...authoring,
      method: "get",
      path: "/courses/{courseId}/draft",
      summary: "The draft, with quiz answers (the course's trainers and administrators)",
      request: { params: coursePathSchema },
      responses: { 200: draftResponse("The draft"), ...problems(400, 401, 403, 404, 503) },
    }),
    async (c) => {
      const draft = await c.var.core.academy.drafts.get(c.req.valid("param").courseId);
      c.header("ETag", etag(draft.version));
      c.header("Cache-Control", "private, no-cache");
      return c.json(draft, 200);
    },
  )
  .openapi(
    createRoute({
      ...authoring,
      method: "patch",
      path: "/courses/{courseId}/draft",
      summary: "Edit the course's fields",
      request: {
        params: coursePathSchema,
        headers: ifMatchHeaders,
        body: { required: true, content: json(coursePatchSchema) },
      },
      responses: draftChangeResponses,
    }),
    async (c) => {
      const version = parseIfMatch(c.req.header("if-match"));
      const { courseId } = c.req.valid("param");
      const draft = await c.var.core.academy.drafts.update(courseId, c.req.valid("json"), version);
      c.header("ETag", etag(draft.version));
      return c.json(draft, 200);
    },
  )
  .openapi(transition("publish", "Publish the draft as the next numbered version"), async (c) => {
    const version = parseIfMatch(c.req.header("if-match"));
    const draft = await c.var.core.academy.publishing.publish(
      c.req.valid("param").courseId,
      version,
    );
    c.header("ETag", etag(draft.version));
    return c.json(draft, 200);
  })
  .openapi(transition("unpublish", "Hide the course from the catalogue"), async (c) => {
    const version = parseIfMatch(c.req.header("if-match"));
    const { courseId } = c.req.valid("param");
    const draft = await c.var.core.academy.publishing.unpublish(courseId, version);
    c.header("ETag", etag(draft.version));
    return c.json(draft, 200);
  })
  .openapi(transition("archive", "Archive the course: hidden and no longer edited"), async (c) => {
    const version = parseIfMatch(c.req.header("if-match"));
    const { courseId } = c.req.valid("param");
    const draft = await c.var.core.academy.publishing.archive(courseId, version);
    c.header("ETag", etag(draft.version));
    return c.json(draft, 200);
  })
  .openapi(
    createRoute({
      ...authoring,
      method: "get",
      path: "/courses/{courseId}/versions",
      summary: "Published versions, newest first: who published each, and when",
      request: { params: coursePathSchema },
      responses: {
        200: { description: "The version history", content: json(courseVersionListSchema) },
        ...problems(400, 401, 403, 404, 503),
      },
    }),
    async (c) => {
      const items = await c.var.core.academy.publishing.versions(c.req.valid("param").courseId);
      return c.json({ items }, 200);
    },
  )
  .openapi(
    createRoute({
      ...authoring,
      method: "put",
      path: "/courses/{courseId}/trainers/{userId}",
      summary: "Add a co-trainer, who may then edit and publish the course",
      request: { params: trainerPathSchema, headers: ifMatchHeaders },
      responses: draftChangeResponses,
    }),
    async (c) => {
      const version = parseIfMatch(c.req.header("if-match"));
      const { courseId, userId } = c.req.valid("param");
      const draft = await c.var.core.academy.drafts.addTrainer(courseId, userId, version);
      c.header("ETag", etag(draft.version));
      return c.json(draft, 200);
    },
  );
