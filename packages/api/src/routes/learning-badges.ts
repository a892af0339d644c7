import {
  badgeStatusListPathSchema,
  badgeVerificationRequestSchema,
  badgeVerificationSchema,
  certificatePathSchema,
  openBadgeCredentialSchema,
} from "@alliance/core/learning";
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../env.ts";
import { json, jsonBody } from "../http/json.ts";
import { learner } from "../http/learning-responses.ts";
import { problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";

const badges = { tags: ["Learning"] };

/** The signing suite; only a deployment that routes these paths to the wrong function lacks it. */
function suiteOf(c: Context<AppEnv>) {
  const load = c.var.openBadges;
  if (!load) throw new Error("This function does not sign Open Badges (decision 0066)");
  return load();
}

/**
 * Open Badges 3.0 (decision 0066): the holder's credential of a certificate, the issuer's
 * `did:web` document, the revocation status lists and the public verification. API Gateway
 * sends them to the certificate function, which holds the signing libraries and the key.
 */
export const learningBadgeRoutes = createRouter()
  .openapi(
    createRoute({
      ...learner,
      method: "get",
      path: "/me/certificates/{code}/credential",
      summary: "Download my certificate as an Open Badges 3.0 credential (JSON-LD)",
      request: { params: certificatePathSchema },
      responses: {
        200: {
          description: "The signed OpenBadgeCredential",
          content: json(openBadgeCredentialSchema),
        },
        ...problems(400, 401, 404, 503),
      },
    }),
    async (c) => {
      const { code } = c.req.valid("param");
      const credential = await c.var.core.learning.badges.credential(code, await suiteOf(c));
      c.header("Content-Disposition", `attachment; filename="open-badge-${code}.json"`);
      c.header("Cache-Control", "private, no-store");
      return c.json(credential, 200);
    },
  )
  .openapi(
    createRoute({
      ...badges,
      method: "get",
      path: "/badges/did.json",
      summary: "The academy's issuer identity (did:web document with its public key)",
      responses: {
        200: { description: "The DID document", content: json(openBadgeCredentialSchema) },
        ...problems(503),
      },
    }),
    async (c) => {
      c.header("Cache-Control", "public, max-age=300");
      return c.json(await c.var.core.learning.badges.didDocument(await suiteOf(c)), 200);
    },
  )
  .openapi(
    createRoute({
      ...badges,
      method: "get",
      path: "/badges/status-lists/{list}",
      summary: "A revocation status list (BitstringStatusListCredential)",
      request: { params: badgeStatusListPathSchema },
      responses: {
        200: { description: "The signed status list", content: json(openBadgeCredentialSchema) },
        ...problems(400, 404, 503),
      },
    }),
    async (c) => {
      const { list } = c.req.valid("param");
      const signed = await c.var.core.learning.badges.statusList(list, await suiteOf(c));
      // Short: a revocation shows within a minute.
      c.header("Cache-Control", "public, max-age=60");
      return c.json(signed, 200);
    },
  )
  .openapi(
    createRoute({
      ...badges,
      method: "post",
      path: "/badges/verifications",
      summary: "Verify an Open Badges credential, or the credential of a certificate code",
      description:
        "Checks the signature, that this academy issued it, and its revocation status. A credential of another issuer answers `issuer: false`.",
      request: { body: jsonBody(badgeVerificationRequestSchema) },
      responses: {
        200: { description: "What the checks found", content: json(badgeVerificationSchema) },
        ...problems(400, 404, 503),
      },
    }),
    async (c) => {
      const { credential, code } = c.req.valid("json");
      const suite = await suiteOf(c);
      const { badges: use } = c.var.core.learning;
      const result = code ? await use.verifyCode(code, suite) : await use.verify(credential, suite);
      c.header("Cache-Control", "no-store");
      return c.json(result, 200);
    },
  );
