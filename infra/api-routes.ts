import openapi from "../docs/openapi.json" with { type: "json" };
import { apiLimits, SENSITIVE_ROUTES, type Throttle } from "./platform-settings.ts";

/**
 * The API's routes as API Gateway route keys, read from the OpenAPI document the app
 * generates (docs/openapi.json, kept equal to the routes by a test), so that infra/
 * (SST) and stacks/ (CDK) throttle the same routes and a new write route is limited
 * as soon as the document is regenerated. Pure data: no SST globals, no aws-cdk-lib.
 */
export type RouteMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface LimitedRoute {
  readonly method: RouteMethod;
  /** API Gateway's path syntax, the same as OpenAPI's: `/api/courses/{courseId}`. */
  readonly path: string;
  /** `METHOD path`, the key API Gateway's route settings use. */
  readonly key: string;
  readonly throttle: Throttle;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
}

const METHODS: readonly RouteMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];
const WRITES: readonly RouteMethod[] = ["POST", "PUT", "PATCH", "DELETE"];

/** Every operation of the document as `{ method, path, key }`. */
export function apiRoutes(document: OpenApiDocument = openapi) {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    METHODS.filter((method) => method.toLowerCase() in operations).map((method) => ({
      method,
      path,
      key: `${method} ${path}`,
    })),
  );
}

/**
 * The routes with a throttle of their own for `stage`: every write route, and the
 * sensitive ones with their lower limit. Fails when a sensitive route is no longer
 * in the document, so a renamed route cannot silently lose its limit.
 */
export function limitedRoutes(stage: string, document: OpenApiDocument = openapi): LimitedRoute[] {
  const limits = apiLimits(stage);
  const routes = apiRoutes(document);
  const known = new Set(routes.map((route) => route.key));
  const missing = SENSITIVE_ROUTES.filter((key) => !known.has(key));
  if (missing.length > 0) {
    throw new Error(`SENSITIVE_ROUTES names routes the API does not have: ${missing.join(", ")}`);
  }
  const sensitive = new Set<string>(SENSITIVE_ROUTES);
  return routes.flatMap((route) => {
    if (sensitive.has(route.key)) return [{ ...route, throttle: limits.sensitive }];
    if (WRITES.includes(route.method)) return [{ ...route, throttle: limits.writes }];
    return [];
  });
}

/** The one route the certificate function serves; every other goes to the API function. */
export const CERTIFICATE_PDF_ROUTE = {
  method: "GET",
  path: "/api/me/certificates/{code}",
  key: "GET /api/me/certificates/{code}",
} as const satisfies Omit<LimitedRoute, "throttle">;

/**
 * CERTIFICATE_PDF_ROUTE, checked against the document: fails when the route is renamed,
 * so certificate downloads cannot silently fall through to the API function.
 */
export function certificatePdfRoute(document: OpenApiDocument = openapi) {
  if (!apiRoutes(document).some((route) => route.key === CERTIFICATE_PDF_ROUTE.key)) {
    throw new Error(`The API has no ${CERTIFICATE_PDF_ROUTE.key} for the certificate function`);
  }
  return CERTIFICATE_PDF_ROUTE;
}

/**
 * Every route the certificate function serves (decisions 0028, 0066): the PDF and the
 * Open Badges routes, which need the signing libraries and the issuer's key. `public`
 * routes take no token (they are in PUBLIC_ROUTES too).
 */
export const CERTIFICATE_FUNCTION_ROUTES = [
  { ...CERTIFICATE_PDF_ROUTE, public: false },
  {
    method: "GET",
    path: "/api/me/certificates/{code}/credential",
    key: "GET /api/me/certificates/{code}/credential",
    public: false,
  },
  { method: "GET", path: "/api/badges/did.json", key: "GET /api/badges/did.json", public: true },
  {
    method: "GET",
    path: "/api/badges/status-lists/{list}",
    key: "GET /api/badges/status-lists/{list}",
    public: true,
  },
  {
    method: "POST",
    path: "/api/badges/verifications",
    key: "POST /api/badges/verifications",
    public: true,
  },
] as const satisfies readonly FunctionRoute[];

/** A route a function of its own serves; `public` routes take no token (PUBLIC_ROUTES). */
export type FunctionRoute = Omit<LimitedRoute, "throttle"> & { readonly public: boolean };

/**
 * `routes` of the function `name`, checked against the document: fails when one is
 * renamed, so its requests cannot silently fall through to the API function.
 */
function checkedRoutes<R extends readonly FunctionRoute[]>(
  name: string,
  routes: R,
  document: OpenApiDocument,
): R {
  const known = new Set(apiRoutes(document).map((route) => route.key));
  const missing = routes.filter((route) => !known.has(route.key));
  if (missing.length > 0) {
    throw new Error(
      `The API has no ${missing.map((route) => route.key).join(", ")} for the ${name} function`,
    );
  }
  return routes;
}

/** CERTIFICATE_FUNCTION_ROUTES, checked against the document as certificatePdfRoute is. */
export function certificateFunctionRoutes(document: OpenApiDocument = openapi) {
  return checkedRoutes("certificate", CERTIFICATE_FUNCTION_ROUTES, document);
}

/** The route the SCORM function serves (decision 0084); every other goes elsewhere. */
export const SCORM_FUNCTION_ROUTES = [
  {
    method: "POST",
    path: "/api/courses/{courseId}/draft/scorm-packages/{packageId}/check",
    key: "POST /api/courses/{courseId}/draft/scorm-packages/{packageId}/check",
    public: false,
  },
] as const satisfies readonly FunctionRoute[];

/** SCORM_FUNCTION_ROUTES, checked against the document as certificateFunctionRoutes is. */
export function scormFunctionRoutes(document: OpenApiDocument = openapi) {
  return checkedRoutes("SCORM", SCORM_FUNCTION_ROUTES, document);
}

/**
 * The routes the search function serves (decision 0096): those that run the full-text
 * index. Only the exchange search does; saved searches store a query and run none.
 */
export const SEARCH_FUNCTION_ROUTES = [
  { method: "GET", path: "/api/exchange/items", key: "GET /api/exchange/items", public: true },
] as const satisfies readonly FunctionRoute[];

/** SEARCH_FUNCTION_ROUTES, checked against the document as certificateFunctionRoutes is. */
export function searchFunctionRoutes(document: OpenApiDocument = openapi) {
  return checkedRoutes("search", SEARCH_FUNCTION_ROUTES, document);
}

/**
 * Every route a function other than the API's serves, by that function's construct id:
 * the one table stacks/api-stack.ts (CDK) and infra/api.ts (SST) route from, each route
 * checked against the document.
 */
export function separateFunctionRoutes(document: OpenApiDocument = openapi) {
  return {
    CertificateFunction: certificateFunctionRoutes(document),
    ScormFunction: scormFunctionRoutes(document),
    SearchFunction: searchFunctionRoutes(document),
  } as const satisfies Record<string, readonly FunctionRoute[]>;
}
