import { z } from "zod";

/**
 * What the public certificate check needs, apart from the rest of the learning contract:
 * the page imports only these, so the browser builds three schemas for it, not the
 * whole learning contract's (`schemas.ts` re-exports them).
 */
export const certificateCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^ALC(-[0-9A-HJKMNP-TV-Z]{4}){3}$/, "Expected a code such as ALC-7K3M-9QX2-PT4D");
export const certificatePathSchema = z.object({ code: certificateCodeSchema });

/** The largest credential the verification reads: ours are about 3 KiB. */
export const MAX_CREDENTIAL_BYTES = 64 * 1024;
