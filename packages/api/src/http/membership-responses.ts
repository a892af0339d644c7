import { applicationSchema } from "@alliance/core/membership";
import { json } from "./json.ts";
import { problems } from "./problems.ts";

/** An application with its log, its version as ETag. */
export const applicationResponse = (description: string) => ({
  description,
  headers: { ETag: { schema: { type: "string" as const } } },
  content: json(applicationSchema),
});

/** What every step of an existing application (resubmit, withdraw, review) answers. */
export const applicationStepResponses = {
  200: applicationResponse("The application with its log"),
  ...problems(400, 401, 403, 404, 409, 412, 428, 503),
};

export const membershipTags = ["Membership"];
