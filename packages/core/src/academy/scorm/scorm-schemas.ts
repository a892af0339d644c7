import { z } from "zod";
import { attachmentFileNameSchema, attachmentIdSchema } from "../../exchange/attachment-schemas.ts";
import { idPattern } from "../../schema/ids.ts";

/**
 * What a SCORM package may be (decision 0084). Checked from the zip's central directory
 * before anything is inflated, and again while inflating, so a zip that lies about its
 * sizes is stopped too. Pure data: the browser shows the same limits.
 */
export const SCORM_LIMITS = {
  /** The zip as uploaded. */
  maxPackageBytes: 50 * 1024 * 1024,
  /** Files and folders in the zip. */
  maxEntries: 2000,
  /** All files once inflated. */
  maxTotalBytes: 200 * 1024 * 1024,
  /** `imsmanifest.xml` once inflated. */
  maxManifestBytes: 1024 * 1024,
  /** Characters of one file's path in the zip. */
  maxPathLength: 400,
} as const;

/** Packages one course may hold (each is a partition row; old ones stay for old versions). */
export const SCORM_PACKAGES_PER_COURSE = 30;

export const SCORM_PACKAGE_STATUSES = ["checking", "ready", "refused"] as const;
export const SCORM_STANDARDS = ["1.2", "2004"] as const;
export type ScormStandard = (typeof SCORM_STANDARDS)[number];

export const scormPackagePathSchema = z.object({
  courseId: z
    .string()
    .regex(idPattern("crs"), "Expected a course id such as crs_01J9ZC3V6D8R1F3W5S9K2M4N7P"),
  packageId: attachmentIdSchema,
});

export const scormUploadRequestSchema = z
  .strictObject({
    fileName: attachmentFileNameSchema,
    contentType: z.enum(["application/zip", "application/x-zip-compressed"], {
      error: "Expected a zip file (application/zip)",
    }),
    size: z
      .number()
      .int()
      .min(1, "The file is empty")
      .max(SCORM_LIMITS.maxPackageBytes, "At most 50 MB (52,428,800 bytes)"),
  })
  .meta({ id: "ScormUploadRequest" });
export type ScormUploadRequest = z.infer<typeof scormUploadRequestSchema>;

/** A package as its course's trainers see it. */
export const scormPackageSchema = z
  .object({
    packageId: z.string(),
    fileName: z.string(),
    size: z.number().int(),
    status: z.enum(SCORM_PACKAGE_STATUSES),
    /** One line saying why the package was refused; only when `refused`. */
    reason: z.string().optional(),
    standard: z.enum(SCORM_STANDARDS).optional(),
    title: z.string().optional(),
    launchPath: z.string().optional(),
    fileCount: z.number().int().optional(),
    checkedAt: z.iso.datetime().optional(),
  })
  .meta({ id: "ScormPackage" });
export type ScormPackage = z.infer<typeof scormPackageSchema>;

export const scormPackageListSchema = z
  .object({ items: z.array(scormPackageSchema) })
  .meta({ id: "ScormPackageList" });
