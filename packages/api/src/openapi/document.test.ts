import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMITTED_PATH, openApiDocument, serialise } from "./document.ts";

describe("the committed OpenAPI document", () => {
  it("matches the routes (run `pnpm openapi` after changing a route)", () => {
    const committed = readFileSync(COMMITTED_PATH, "utf8");
    expect(committed, "docs/openapi.json is stale: run `pnpm openapi`").toBe(
      serialise(openApiDocument()),
    );
  });

  it("documents every route with its errors and marks signed-in routes", () => {
    const document = openApiDocument();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths ?? {}).sort()).toEqual(
      [
        "/api/admin/users",
        "/api/admin/users/{userId}",
        "/api/admin/users/{userId}/city",
        "/api/admin/users/{userId}/roles",
        "/api/admin/users/{userId}/suspension",
        "/api/admin/audit",
        "/api/admin/audit/export",
        "/api/admin/figures",
        "/api/cities",
        "/api/cities/{cityId}",
        "/api/health",
        "/api/me",
        "/api/admin/moderation",
        "/api/exchange/items",
        "/api/exchange/items/{itemId}",
        "/api/exchange/items/{itemId}/archive",
        "/api/exchange/items/{itemId}/attachments",
        "/api/exchange/items/{itemId}/attachments/{attachmentId}",
        "/api/exchange/items/{itemId}/attachments/{attachmentId}/confirm",
        "/api/exchange/items/{itemId}/review",
        "/api/exchange/items/{itemId}/revision",
        "/api/exchange/items/{itemId}/submit",
        "/api/me/bookmarks",
        "/api/me/bookmarks/{itemId}",
        "/api/me/city-items",
        "/api/courses",
        "/api/courses/{courseId}",
        "/api/courses/{courseId}/archive",
        "/api/courses/{courseId}/draft",
        "/api/courses/{courseId}/draft/lessons/{lessonId}",
        "/api/courses/{courseId}/draft/lessons/{lessonId}/move",
        "/api/courses/{courseId}/draft/modules",
        "/api/courses/{courseId}/draft/modules/{moduleId}",
        "/api/courses/{courseId}/draft/modules/{moduleId}/lessons",
        "/api/courses/{courseId}/draft/modules/{moduleId}/move",
        "/api/courses/{courseId}/publish",
        "/api/courses/{courseId}/trainers/{userId}",
        "/api/courses/{courseId}/unpublish",
        "/api/courses/{courseId}/versions",
        "/api/courses/mine",
        "/api/trainers",
        "/api/exchange/items/{itemId}/courses",
        "/api/courses/{courseId}/draft/documents",
        "/api/courses/{courseId}/draft/documents/{attachmentId}/confirm",
        "/api/courses/{courseId}/documents/{attachmentId}",
        "/api/me/learning",
        "/api/me/learning-record",
        "/api/me/courses/{courseId}/enrolment",
        "/api/me/courses/{courseId}/lessons/{lessonId}",
        "/api/me/courses/{courseId}/lessons/{lessonId}/completion",
        "/api/me/courses/{courseId}/lessons/{lessonId}/attempts",
        "/api/me/certificates/{code}",
        "/api/certificates/{code}",
        "/api/courses/{courseId}/stats",
        "/api/cities/{cityId}/learning",
        "/api/cities/{cityId}/similar",
        "/api/sitemap.xml",
        "/api/membership/applications",
        "/api/membership/applications/{applicationId}",
        "/api/membership/applications/{applicationId}/resubmit",
        "/api/membership/applications/{applicationId}/withdraw",
        "/api/membership/applications/{applicationId}/review",
        "/api/me/membership-applications",
        "/api/admin/membership-applications",
        "/api/cities/directory",
        "/api/cities/{cityId}/suspend",
        "/api/cities/{cityId}/reinstate",
        "/api/cities/{cityId}/leave",
        "/api/cities/{cityId}/membership-log",
        "/api/discussions/{subject}",
        "/api/discussions/{subject}/questions",
        "/api/discussions/{subject}/questions/{questionId}",
        "/api/discussions/{subject}/questions/{questionId}/accept",
        "/api/discussions/{subject}/questions/{questionId}/answers",
        "/api/discussions/{subject}/questions/{questionId}/answers/{answerId}",
        "/api/discussions/{subject}/questions/{questionId}/report",
        "/api/discussions/{subject}/questions/{questionId}/answers/{answerId}/report",
        "/api/discussions/{subject}/questions/{questionId}/moderation",
        "/api/discussions/{subject}/questions/{questionId}/answers/{answerId}/moderation",
        "/api/admin/discussion-reports",
        "/api/exchange-requests",
        "/api/exchange-requests/{requestId}",
        "/api/exchange-requests/{requestId}/answer",
        "/api/exchange-requests/{requestId}/accept-date",
        "/api/exchange-requests/{requestId}/withdraw",
        "/api/exchange-requests/{requestId}/outcome",
        "/api/exchange-requests/{requestId}/experience",
        "/api/exchange-requests/{requestId}/messages",
        "/api/exchange-requests/{requestId}/messages/{messageId}",
        "/api/exchange-requests/{requestId}/messages/{messageId}/report",
        "/api/exchange-requests/{requestId}/messages/{messageId}/moderation",
        "/api/me/exchange-requests",
        "/api/admin/exchange-request-reports",
      ].sort(),
    );
    const patchMe = document.paths?.["/api/me"]?.patch;
    expect(patchMe?.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(patchMe?.responses ?? {})).toEqual(
      expect.arrayContaining(["200", "400", "401", "412", "428"]),
    );
  });
});
