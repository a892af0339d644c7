import { profilePatchSchema, profileSchema } from "@alliance/core/profile";
import { createRoute } from "@hono/zod-openapi";
import { etag, ifMatchHeaders, writeIfMatch } from "../http/if-match.ts";
import { bearerSecurity, problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { signedIn } from "../middleware/signed-in.ts";

const profileResponse = {
  description: "Your profile; its ETag is the version to send back in If-Match",
  headers: { ETag: { schema: { type: "string" as const } } },
  content: { "application/json": { schema: profileSchema } },
};

/** `/me`: your own profile, and deleting your account. */
export const profileMeRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/me",
      tags: ["Profile"],
      summary: "Your profile (created on first sign-in)",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      responses: { 200: profileResponse, ...problems(401, 503) },
    }),
    async (c) => {
      const profile = await c.var.core.profile.getMe();
      c.header("ETag", etag(profile.version));
      c.header("Cache-Control", "private, no-cache");
      return c.json(profile, 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/me",
      tags: ["Profile"],
      summary: "Edit your profile",
      description:
        "Send If-Match with the ETag you received. A stale version answers 412 and changes nothing.",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: {
        headers: ifMatchHeaders,
        body: { required: true, content: { "application/json": { schema: profilePatchSchema } } },
      },
      responses: { 200: profileResponse, ...problems(400, 401, 403, 412, 428, 503) },
    }),
    (c) => writeIfMatch(c, (version) => c.var.core.profile.updateMe(c.req.valid("json"), version)),
  )
  .openapi(
    createRoute({
      tags: ["Learning"],
      security: bearerSecurity,
      middleware: [signedIn],
      method: "delete",
      path: "/me",
      summary: "Delete my account: personal data and progress; my certificates are revoked",
      responses: { 204: { description: "Deleted; sign out" }, ...problems(401, 503) },
    }),
    async (c) => {
      const { signOutFailure } = await c.var.core.profile.deleteAccount();
      if (signOutFailure) {
        // Deleting the sign-in revoked the refresh tokens anyway; worth knowing if it recurs.
        c.var.logger.warn("global sign-out failed; the account was deleted", { signOutFailure });
      }
      return c.body(null, 204);
    },
  );
