import { itemListSchema, itemSchema } from "@alliance/core/exchange";
import { json } from "./json.ts";
import { problems } from "./problems.ts";

/** An item with its version as ETag. */
export const itemResponse = (description: string) => ({
  description,
  headers: { ETag: { schema: { type: "string" as const } } },
  content: json(itemSchema),
});

/** What every change to an existing item (edit, submit, review, archive) answers. */
export const itemChangeResponses = {
  200: itemResponse("The item"),
  ...problems(400, 401, 403, 404, 409, 412, 428, 503),
};

/** A page of items in any status, for the lists of those who work on them (city, moderators). */
export const itemPageResponses = {
  200: { description: "A page of items", content: json(itemListSchema) },
  ...problems(400, 401, 403, 503),
};
