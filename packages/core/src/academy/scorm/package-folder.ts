import { SCORM_FILES_PREFIX } from "../../schema/attachments-bucket.ts";

/**
 * Where a package's files are served from: `scorm/<courseId>/<packageId>/` (decision 0084).
 * A file of its own, so that the use cases that name it take no S3 client (decision 0109).
 */
export const packageFolder = (courseId: string, packageId: string) =>
  `${SCORM_FILES_PREFIX}${courseId}/${packageId}/`;
