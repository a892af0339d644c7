import { observationPageSchema, observationSchema } from "@alliance/core/signals";
import { json } from "./json.ts";
import { bearerSecurity } from "./problems.ts";

export const signalTags = ["Signals"];
export const signalAccess = { tags: signalTags, security: bearerSecurity };

/** An observation as the caller sees it, its version as ETag. */
export const observationResponse = (description: string) => ({
  description,
  headers: { ETag: { schema: { type: "string" as const } } },
  content: json(observationSchema),
});

export const observationPageResponse = {
  description: "A page of observations",
  content: json(observationPageSchema),
};
