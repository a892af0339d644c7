import { messageViewSchema, requestSchema } from "@alliance/core/exchange-requests";
import { json } from "./json.ts";
import { problems } from "./problems.ts";

export const exchangeRequestTags = ["Exchange requests"];

/** A request with its log and what the caller may do, its version as ETag. */
export const requestResponse = (description: string) => ({
  description,
  headers: { ETag: { schema: { type: "string" as const } } },
  content: json(requestSchema),
});

/** A message as the caller sees it, its version as ETag. */
export const messageResponse = (description: string) => ({
  description,
  headers: { ETag: { schema: { type: "string" as const } } },
  content: json(messageViewSchema),
});

/** What every If-Match step of a request or message answers besides 200. */
export const requestStepProblems = problems(400, 401, 403, 404, 409, 412, 428, 503);
