import {
  type Actor,
  AWS_CALL_LIMITS,
  type DataService,
  isRole,
  refuseSuspended,
  VisibleError,
} from "@alliance/core/kernel";
import { JwtVerifier } from "aws-jwt-verify";
import { SimpleJwksCache } from "aws-jwt-verify/jwk";

/** Algorithms Cognito signs with; anything else (including `none`) is refused. */
const ALLOWED_ALGORITHMS = new Set(["RS256"]);

export interface TokenVerifier {
  /** Verifies a Cognito access token and returns the caller, or throws a 401 VisibleError. */
  verify(token: string): Promise<Extract<Actor, { kind: "user" }>>;
}

/**
 * The signing keys could not be fetched (refused, timed out, 5xx): nothing is known
 * about the token yet, so the caller gets 503 and keeps their session; a 401 would
 * sign them out.
 */
class JwksUnavailableError extends Error {
  override name = "JwksUnavailableError";
}

/** Fetches the JWKS within `timeoutMs`; a fault of the identity provider throws JwksUnavailableError. */
async function fetchJwks(uri: string, timeoutMs: number): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(uri, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (cause) {
    throw new JwksUnavailableError("JWKS request failed", { cause });
  }
  if (response.status >= 500) {
    throw new JwksUnavailableError(`JWKS request answered ${response.status}`);
  }
  if (!response.ok) throw new Error(`JWKS request failed: ${response.status}`);
  try {
    return await response.arrayBuffer();
  } catch (cause) {
    throw new JwksUnavailableError("JWKS response broke off", { cause });
  }
}

/**
 * Checks signature (against the pool's JWKS), issuer, expiry, `token_use`
 * (access tokens only), `client_id` (our app client) and the algorithm, then maps
 * `cognito:groups` to roles. The JWKS is fetched with `fetch`, so the local
 * emulator's http address works as well as Cognito's https one.
 */
export function createTokenVerifier(options: {
  issuer: string;
  jwksUri: string;
  clientId: string;
  /** How long to wait for the JWKS (aws-call-limits.ts); AWS's limit by default. */
  jwksTimeoutMs?: number;
}): TokenVerifier {
  const timeoutMs = options.jwksTimeoutMs ?? AWS_CALL_LIMITS.jwksTimeoutMs;
  const jwksCache = new SimpleJwksCache({ fetcher: { fetch: (uri) => fetchJwks(uri, timeoutMs) } });
  const verifier = JwtVerifier.create(
    {
      issuer: options.issuer,
      jwksUri: options.jwksUri,
      audience: null, // access tokens carry client_id, not aud: checked below
      customJwtCheck: ({ header, payload }) => {
        if (!ALLOWED_ALGORITHMS.has(String(header.alg))) throw new Error("algorithm not allowed");
        if (payload.token_use !== "access") throw new Error("not an access token");
        if (payload.client_id !== options.clientId) throw new Error("wrong client");
      },
    },
    { jwksCache },
  );

  return {
    async verify(token) {
      let payload: Awaited<ReturnType<typeof verifier.verify>>;
      try {
        payload = await verifier.verify(token);
      } catch (error) {
        if (error instanceof JwksUnavailableError) {
          throw Object.assign(
            new VisibleError(
              "unavailable",
              "sign-in-check-unavailable",
              "Your sign-in cannot be checked right now. Please try again in a moment.",
            ),
            { cause: error },
          );
        }
        throw new VisibleError(
          "unauthenticated",
          "invalid-token",
          "Your sign-in is not valid or has expired. Please sign in again.",
        );
      }
      const groups = payload["cognito:groups"];
      const roles = (Array.isArray(groups) ? groups : []).map(String).filter(isRole);
      const subject = String(payload.sub);
      return {
        kind: "user",
        subject,
        username: typeof payload.username === "string" ? payload.username : subject,
        roles,
      };
    },
  };
}

/**
 * `verifier`, and then the caller's suspension mark: a person an administrator suspended
 * is refused (403) whatever valid token they still hold. One GetItem per signed-in
 * request, projected to that mark (decision 0048).
 */
export function refusingSuspended(verifier: TokenVerifier, data: DataService): TokenVerifier {
  return {
    async verify(token) {
      const actor = await verifier.verify(token);
      await refuseSuspended(data, actor.subject);
      return actor;
    },
  };
}
