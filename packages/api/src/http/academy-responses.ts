import { courseDraftSchema } from "@alliance/core/academy";
import { authorOnly } from "../middleware/signed-in.ts";
import { json } from "./json.ts";
import { bearerSecurity, problems } from "./problems.ts";

/** The draft with its version as ETag: what every authoring route answers. */
export const draftResponse = (description: string) => ({
  description,
  headers: { ETag: { schema: { type: "string" as const } } },
  content: json(courseDraftSchema),
});

/** What every change to a draft answers. */
export const draftChangeResponses = {
  200: draftResponse("The draft"),
  ...problems(400, 401, 403, 404, 409, 412, 428, 503),
};

/** Shared parts of an authoring route: trainers only, If-Match documented. */
export const authoring = {
  tags: ["Academy"],
  security: bearerSecurity,
  middleware: [authorOnly],
};

/**
 * The rest of a route that changes a draft, spread after its tags and summary
 * (the OpenAPI document lists a route's fields in the order they are written).
 * The route adds If-Match to its request.
 */
export const draftChange = {
  security: bearerSecurity,
  middleware: [authorOnly],
  responses: draftChangeResponses,
};
