import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { problems } from "./problems.ts";

/** `?as=link`: the presigned URL as JSON, for a script that must send a token. */
export const downloadQuerySchema = z.object({ as: z.enum(["link"]).optional() });
const downloadLinkSchema = z.object({ url: z.url() }).openapi("DownloadLink");

/** What a download route answers: a redirect to a presigned URL, or that URL as JSON. */
export const downloadResponses = {
  200: {
    description: "With `as=link`: the presigned URL",
    content: { "application/json": { schema: downloadLinkSchema } },
  },
  302: {
    description: "Redirect to the file",
    headers: {
      Location: {
        description: "A presigned URL, valid for 5 minutes",
        schema: { type: "string" as const, format: "uri" },
      },
    },
  },
  ...problems(400, 401, 404, 503),
};

export function answerDownload(c: Context, url: string, as: "link" | undefined) {
  c.header("Cache-Control", "no-store");
  if (as === "link") return c.json({ url }, 200);
  return c.redirect(url, 302);
}
