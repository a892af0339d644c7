/**
 * Routes anyone may call without a token. API Gateway's JWT authorizer guards
 * every other route; infra/ and stacks/ read this list, and the API's own
 * middleware still verifies any token that is sent.
 */
export const PUBLIC_ROUTES = [
  { method: "GET", path: "/api/health" },
  { method: "GET", path: "/api/openapi.json" },
  { method: "GET", path: "/api/docs" },
  { method: "GET", path: "/api/cities" },
  { method: "GET", path: "/api/cities/directory" },
  { method: "GET", path: "/api/cities/{cityId}" },
  { method: "GET", path: "/api/cities/{cityId}/similar" },
  { method: "GET", path: "/api/exchange/items" },
  { method: "GET", path: "/api/exchange/items/{itemId}" },
  { method: "GET", path: "/api/exchange/items/{itemId}/attachments/{attachmentId}" },
  { method: "GET", path: "/api/courses" },
  { method: "GET", path: "/api/courses/{courseId}" },
  { method: "GET", path: "/api/courses/{courseId}/documents/{attachmentId}" },
  { method: "GET", path: "/api/exchange/items/{itemId}/courses" },
  { method: "GET", path: "/api/certificates/{code}" },
  { method: "GET", path: "/api/badges/did.json" },
  { method: "GET", path: "/api/badges/status-lists/{list}" },
  { method: "POST", path: "/api/badges/verifications" },
  { method: "GET", path: "/api/sitemap.xml" },
  { method: "GET", path: "/api/discussions/{subject}" },
  { method: "GET", path: "/api/events" },
  { method: "GET", path: "/api/events/{eventId}" },
  { method: "GET", path: "/api/events/{eventId}/calendar" },
  { method: "GET", path: "/api/calendar-feeds/{token}" },
  { method: "POST", path: "/api/unsubscribe/{unsubscribeToken}" },
] as const;
