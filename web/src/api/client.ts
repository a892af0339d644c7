import { createApiClient } from "@alliance/api/client";
import { getAccessToken } from "../features/auth/session.ts";

/** The typed API client; same origin, so the base URL is the site's root. */
export const api = createApiClient({ getAccessToken });

export { ApiError, readJson } from "@alliance/api/client";
