import {
  applicationFormSchema,
  applicationPathSchema,
  applicationReviewSchema,
} from "@alliance/core/membership";
import { createRoute } from "@hono/zod-openapi";
import { ifMatchHeaders, writeIfMatch } from "../http/if-match.ts";
import { jsonBody } from "../http/json.ts";
import { applicationStepResponses, membershipTags } from "../http/membership-responses.ts";
import { bearerSecurity } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { adminOnly, signedIn } from "../middleware/signed-in.ts";

/**
 * `/membership/applications/{applicationId}/resubmit|withdraw|review`: the steps
 * of an application, each conditional on the version the caller saw (If-Match).
 */
export const membershipApplicationWorkflowRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/membership/applications/{applicationId}/resubmit",
      tags: membershipTags,
      summary: "Edit and send back an application after a request for information (its applicant)",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: {
        params: applicationPathSchema,
        headers: ifMatchHeaders,
        body: jsonBody(applicationFormSchema),
      },
      responses: applicationStepResponses,
    }),
    (c) =>
      writeIfMatch(c, (version) =>
        c.var.core.membership.resubmit(
          c.req.valid("param").applicationId,
          c.req.valid("json"),
          version,
        ),
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/membership/applications/{applicationId}/withdraw",
      tags: membershipTags,
      summary: "Withdraw an open application (its applicant)",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { params: applicationPathSchema, headers: ifMatchHeaders },
      responses: applicationStepResponses,
    }),
    (c) =>
      writeIfMatch(c, (version) =>
        c.var.core.membership.withdraw(c.req.valid("param").applicationId, version),
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/membership/applications/{applicationId}/review",
      tags: [...membershipTags, "Administration"],
      summary: "Approve, decline with a reason, or request information (administrators)",
      description:
        "Approval creates the member city (member since today) and makes the applicant its first contributor. Of two administrators deciding at once, one wins; the other gets 412 (or 409) naming the current state.",
      security: bearerSecurity,
      middleware: [adminOnly] as const,
      request: {
        params: applicationPathSchema,
        headers: ifMatchHeaders,
        body: jsonBody(applicationReviewSchema),
      },
      responses: applicationStepResponses,
    }),
    (c) =>
      writeIfMatch(c, (version) =>
        c.var.core.membership.review(
          c.req.valid("param").applicationId,
          c.req.valid("json"),
          version,
        ),
      ),
  );
