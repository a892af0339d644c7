import { applicationFormSchema, applicationPathSchema } from "@alliance/core/membership";
import { createRoute } from "@hono/zod-openapi";
import { etag } from "../http/if-match.ts";
import { jsonBody } from "../http/json.ts";
import { applicationResponse, membershipTags } from "../http/membership-responses.ts";
import { bearerSecurity, problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { signedIn } from "../middleware/signed-in.ts";

/** `/membership/applications`: a city or region applies to join the alliance. */
export const membershipApplicationRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/membership/applications",
      tags: membershipTags,
      summary: "Apply to join the alliance for a city or region",
      description:
        "The signed-in person applies, with the endorsement of an elected representative and acceptance of the alliance's principles. One open application per person (409), and a few per day (429 with Retry-After).",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { body: jsonBody(applicationFormSchema) },
      responses: {
        201: applicationResponse("The application, submitted, with its log"),
        ...problems(400, 401, 409, 429, 503),
      },
    }),
    async (c) => {
      const application = await c.var.core.membership.submit(c.req.valid("json"));
      c.header("ETag", etag(application.version));
      c.header("Location", `/api/membership/applications/${application.applicationId}`);
      return c.json(application, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/membership/applications/{applicationId}",
      tags: membershipTags,
      summary: "An application with its log (its applicant, administrators)",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { params: applicationPathSchema },
      responses: {
        200: applicationResponse("The application; its ETag is the version to send back"),
        ...problems(400, 401, 404, 503),
      },
    }),
    async (c) => {
      const application = await c.var.core.membership.get(c.req.valid("param").applicationId);
      c.header("ETag", etag(application.version));
      c.header("Cache-Control", "private, no-cache");
      return c.json(application, 200);
    },
  );
