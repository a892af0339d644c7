import { itemSchema } from "@alliance/core";
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
