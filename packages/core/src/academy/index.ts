import type { IdentityDirectory } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import type { AttachmentStore } from "../exchange/index.ts";
import { authoringUseCases } from "./authoring.ts";
import { catalogueUseCases } from "./catalogue.ts";
import { courseDocumentUseCases } from "./documents.ts";
import { publishingUseCases } from "./publishing.ts";
import type { ScormFiles } from "./scorm/scorm-files.ts";
import { scormPackageUseCases } from "./scorm/scorm-packages.ts";

export { courseCatalogueMigration } from "./catalogue-backfill.ts";
export { cardsOf, syncCatalogueCard } from "./catalogue-cards.ts";
export type { StoredDraft } from "./course.entity.ts";
export { cardOf } from "./course-summary.entity.ts";
export * from "./schemas.ts";
export type {
  InspectedPackage,
  ScormInspection,
  ScormInspector,
  ScormLimits,
} from "./scorm/inspection.ts";
export { packageFolder } from "./scorm/package-folder.ts";
// Types only here: the S3 client comes with createScormFiles, from core's index (0109).
export type { ScormFiles } from "./scorm/scorm-files.ts";
export type { StoredPackage as StoredScormPackage } from "./scorm/scorm-package.entity.ts";
export { courseNotFound, currentAuthor, ownsCourse, ownsCourseByToken } from "./trainers.ts";
export { citedItemIds, toCourseSummary, toPublished, toSummaryItem } from "./views.ts";

/** The academy: course authoring, publication and the public catalogue. */
export function academyUseCases(
  data: DataService,
  services: { directory: IdentityDirectory; store: AttachmentStore; scormFiles: ScormFiles },
  now: () => Date = () => new Date(),
) {
  return {
    drafts: authoringUseCases(data, services.directory, now),
    documents: courseDocumentUseCases(data, services.store, now),
    scorm: scormPackageUseCases(
      data,
      { attachments: services.store, files: services.scormFiles },
      now,
    ),
    publishing: publishingUseCases(data, now),
    catalogue: catalogueUseCases(data),
  };
}
export { courseSummariesMigration } from "./summary-backfill.ts";
