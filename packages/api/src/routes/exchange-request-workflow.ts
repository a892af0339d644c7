import {
  experienceDraftSchema,
  requestAnswerSchema,
  requestOutcomeSchema,
  requestPathSchema,
  requestWithdrawalSchema,
} from "@alliance/core/exchange-requests";
import { createRoute } from "@hono/zod-openapi";
import {
  exchangeRequestTags,
  requestResponse,
  requestStepProblems,
} from "../http/exchange-request-responses.ts";
import { ifMatchHeaders, parseIfMatch, writeIfMatch } from "../http/if-match.ts";
import { json, jsonBody } from "../http/json.ts";
import { bearerSecurity } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { signedIn } from "../middleware/signed-in.ts";

const RACE =
  "Conditional on the version you saw (If-Match): of two people acting at once, one wins; the other gets 412 naming the current state.";

/** `/exchange-requests/{requestId}/answer|accept-date|withdraw|outcome|experience`: the steps. */
export const exchangeRequestWorkflowRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/exchange-requests/{requestId}/answer",
      tags: exchangeRequestTags,
      summary:
        "Accept, decline with a reason, or propose another date (the requested city's contributors)",
      description: RACE,
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: {
        params: requestPathSchema,
        headers: ifMatchHeaders,
        body: jsonBody(requestAnswerSchema),
      },
      responses: { 200: requestResponse("The request, answered"), ...requestStepProblems },
    }),
    (c) =>
      writeIfMatch(c, (version) =>
        c.var.core.exchangeRequests.answer(
          c.req.valid("param").requestId,
          c.req.valid("json"),
          version,
        ),
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/exchange-requests/{requestId}/accept-date",
      tags: exchangeRequestTags,
      summary: "Accept the date the requested city proposed (the requesting city's contributors)",
      description: RACE,
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { params: requestPathSchema, headers: ifMatchHeaders },
      responses: { 200: requestResponse("The request, accepted"), ...requestStepProblems },
    }),
    (c) =>
      writeIfMatch(c, (version) =>
        c.var.core.exchangeRequests.acceptDate(c.req.valid("param").requestId, version),
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/exchange-requests/{requestId}/withdraw",
      tags: exchangeRequestTags,
      summary:
        "Withdraw a request still waiting for an answer (the requesting city's contributors)",
      description: RACE,
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: {
        params: requestPathSchema,
        headers: ifMatchHeaders,
        body: jsonBody(requestWithdrawalSchema),
      },
      responses: { 200: requestResponse("The request, withdrawn"), ...requestStepProblems },
    }),
    (c) =>
      writeIfMatch(c, (version) =>
        c.var.core.exchangeRequests.withdraw(
          c.req.valid("param").requestId,
          c.req.valid("json"),
          version,
        ),
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/exchange-requests/{requestId}/outcome",
      tags: exchangeRequestTags,
      summary: "Record what the exchange gave, once accepted (contributors of either city)",
      description: RACE,
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: {
        params: requestPathSchema,
        headers: ifMatchHeaders,
        body: jsonBody(requestOutcomeSchema),
      },
      responses: { 200: requestResponse("The request, completed"), ...requestStepProblems },
    }),
    (c) =>
      writeIfMatch(c, (version) =>
        c.var.core.exchangeRequests.recordOutcome(
          c.req.valid("param").requestId,
          c.req.valid("json"),
          version,
        ),
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/exchange-requests/{requestId}/experience",
      tags: exchangeRequestTags,
      summary:
        'Turn a completed request into a draft "experience" of your city, pre-filled (contributors of either city, once per city)',
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { params: requestPathSchema, headers: ifMatchHeaders },
      responses: {
        201: { description: "The draft item's id", content: json(experienceDraftSchema) },
        ...requestStepProblems,
      },
    }),
    async (c) => {
      const version = parseIfMatch(c.req.header("if-match"));
      const draft = await c.var.core.exchangeRequests.draftExperience(
        c.req.valid("param").requestId,
        version,
      );
      return c.json(draft, 201);
    },
  );
