import { certificatePathSchema, certificateVerificationSchema } from "@alliance/core/learning";
import { createRoute } from "@hono/zod-openapi";
import { json } from "../http/json.ts";
import { learner } from "../http/learning-responses.ts";
import { bearerSecurity, problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { adminOnly } from "../middleware/signed-in.ts";

/** `/me/certificates/{code}` and `/certificates/{code}`: the holder's PDF, anyone's verification. */
export const learningCertificateRoutes = createRouter()
  .openapi(
    createRoute({
      ...learner,
      method: "get",
      path: "/me/certificates/{code}",
      summary: "Download my certificate (PDF)",
      request: { params: certificatePathSchema },
      responses: {
        200: {
          description: "The certificate",
          content: { "application/pdf": { schema: { type: "string", format: "binary" } } },
        },
        ...problems(400, 401, 404, 503),
      },
    }),
    async (c) => {
      const { code } = c.req.valid("param");
      const render = c.var.renderCertificatePdf;
      // Only a deployment that routes this path to the wrong function gets here.
      if (!render) throw new Error("This function does not render certificates (decision 0028)");
      const { fileName, bytes } = await c.var.core.learning.certificates.pdf(code, render);
      c.header("Content-Type", "application/pdf");
      c.header("Content-Disposition", `attachment; filename="${fileName}"`);
      c.header("Cache-Control", "private, no-store");
      return c.body(bytes.buffer as ArrayBuffer, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/certificates/{code}",
      tags: ["Learning"],
      summary: "Verify a certificate: what it states, or that it was revoked",
      request: { params: certificatePathSchema },
      responses: {
        200: {
          description: "The certificate's statement",
          content: json(certificateVerificationSchema),
        },
        ...problems(400, 401, 404, 503),
      },
    }),
    async (c) => {
      const { code } = c.req.valid("param");
      return c.json(await c.var.core.learning.certificates.verify(code), 200);
    },
  )
  .openapi(
    createRoute({
      tags: ["Administration"],
      security: bearerSecurity,
      middleware: [adminOnly],
      method: "post",
      path: "/admin/certificates/{code}/revocation",
      summary: "Withdraw a certificate: it verifies as revoked, its Open Badges credential too",
      request: { params: certificatePathSchema },
      responses: {
        200: {
          description: "The certificate's statement, now revoked",
          content: json(certificateVerificationSchema),
        },
        ...problems(400, 401, 403, 404, 503),
      },
    }),
    async (c) => {
      const { code } = c.req.valid("param");
      const { certificates, badges } = c.var.core.learning;
      await badges.revoke(code, new Date());
      return c.json(await certificates.verify(code), 200);
    },
  );
