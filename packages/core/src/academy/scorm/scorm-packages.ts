import type { DataService } from "../../data/service.ts";
import { VisibleError } from "../../errors.ts";
import type { AttachmentStore, AttachmentUpload } from "../../exchange/index.ts";
import { uploadPipeline } from "../../exchange/index.ts";
import { loadOwnDraft } from "../trainers.ts";
import type { ScormInspector } from "./inspection.ts";
import { packageFolder } from "./package-folder.ts";
import type { ScormFiles } from "./scorm-files.ts";
import type { StoredPackage } from "./scorm-package.entity.ts";
import {
  SCORM_PACKAGES_PER_COURSE,
  type ScormPackage,
  type ScormUploadRequest,
} from "./scorm-schemas.ts";

/** A check running longer than this died (the SCORM function's timeout is 29 s). */
export const SCORM_CHECK_STALE_SECONDS = 120;

/** Where the upload of a package lands before it is checked: `uploads/courses/<id>/scorm/<att>`. */
const uploadFolder = (courseId: string, packageId: string) =>
  `courses/${courseId}/scorm/${packageId}`;

const packageNotFound = () =>
  new VisibleError(
    "not-found",
    "scorm-package-not-found",
    "This course has no such SCORM package.",
  );

/** The package as its trainers see it: never where its files are kept. */
export const toScormPackage = (stored: StoredPackage): ScormPackage => ({
  packageId: stored.packageId,
  fileName: stored.fileName,
  size: stored.size,
  status: stored.status,
  ...(stored.reason ? { reason: stored.reason } : {}),
  ...(stored.standard ? { standard: stored.standard } : {}),
  ...(stored.title ? { title: stored.title } : {}),
  ...(stored.launchPath ? { launchPath: stored.launchPath } : {}),
  ...(stored.fileCount !== undefined ? { fileCount: stored.fileCount } : {}),
  ...(stored.checkedAt ? { checkedAt: stored.checkedAt } : {}),
});

/**
 * SCORM packages of a course (decision 0084): uploaded like a document (presigned PUT to
 * `uploads/`), then checked and extracted by `check`, which runs in the SCORM function
 * with the heavy inspector passed in, never in the API function.
 */
export function scormPackageUseCases(
  data: DataService,
  stores: { attachments: AttachmentStore; files: ScormFiles },
  now: () => Date = () => new Date(),
) {
  const packages = data.entities.scormPackage;
  const uploads = uploadPipeline(
    data,
    stores.attachments,
    { noun: "course", folderOf: uploadFolder },
    now,
  );

  async function loadEditable(courseId: string) {
    const loaded = await loadOwnDraft(data, courseId);
    if (loaded.draft.status === "archived") {
      throw new VisibleError("conflict", "invalid-status", "An archived course cannot be edited.");
    }
    return loaded;
  }

  const stale = (stored: StoredPackage) =>
    Date.parse(stored.checkingSince) + SCORM_CHECK_STALE_SECONDS * 1000 <= now().getTime();

  /** Records the verdict, once: only a package still `checking` since `since` takes it. */
  async function settle(
    stored: StoredPackage,
    verdict: Partial<StoredPackage> & { status: "ready" | "refused" },
  ): Promise<ScormPackage> {
    const { courseId, packageId } = stored;
    const next = { ...verdict, checkedAt: now().toISOString() };
    await packages
      .patch({ courseId, packageId })
      .set(next)
      .where(
        (a, { eq }) =>
          `${eq(a.status, "checking")} AND ${eq(a.checkingSince, stored.checkingSince)}`,
      )
      .go({ response: "none" });
    return toScormPackage({ ...stored, ...next });
  }

  async function list(courseId: string) {
    const found = await packages.query.byCourse({ courseId }).go({ pages: "all" });
    return found.data;
  }

  return {
    async requestUpload(courseId: string, file: ScormUploadRequest): Promise<AttachmentUpload> {
      const { member } = await loadEditable(courseId);
      if ((await list(courseId)).length >= SCORM_PACKAGES_PER_COURSE) {
        throw new VisibleError(
          "conflict",
          "too-many-scorm-packages",
          `A course holds at most ${SCORM_PACKAGES_PER_COURSE} SCORM packages.`,
        );
      }
      return uploads.start(courseId, file, member.userId);
    },

    async list(courseId: string): Promise<ScormPackage[]> {
      await loadOwnDraft(data, courseId);
      return (await list(courseId)).map(toScormPackage);
    },

    async get(courseId: string, packageId: string): Promise<ScormPackage> {
      await loadOwnDraft(data, courseId);
      const found = await packages.get({ courseId, packageId }).go();
      if (!found.data) throw packageNotFound();
      return toScormPackage(found.data);
    },

    /**
     * Checks the uploaded package and extracts its files (decision 0084). Answers the
     * package: `ready`, `refused` with its reason, or `checking` while another check of
     * it runs. Checking again a package that is ready or refused changes nothing; a check
     * that died (timed out) is taken over once stale.
     */
    async check(
      courseId: string,
      packageId: string,
      inspect: ScormInspector,
    ): Promise<ScormPackage> {
      await loadEditable(courseId);
      const existing = (await packages.get({ courseId, packageId }).go({ consistent: true })).data;
      if (existing && (existing.status !== "checking" || !stale(existing))) {
        return toScormPackage(existing);
      }
      const pending = await uploads.declaration(courseId, packageId);
      if (!pending) {
        if (existing) {
          return settle(existing, {
            status: "refused",
            reason: "The check did not finish. Upload the package again.",
          });
        }
        throw new VisibleError(
          "not-found",
          "upload-not-found",
          "No upload with this id is waiting for confirmation; request a new one.",
        );
      }
      const checked = await uploads.takeCopy(courseId, packageId);
      if (!checked) {
        throw new VisibleError(
          "conflict",
          "upload-missing",
          "Nothing was uploaded yet: PUT the package to the upload URL, then check it.",
        );
      }
      const stored: StoredPackage = {
        courseId,
        packageId,
        fileName: pending.fileName,
        size: pending.size,
        uploadedBy: pending.requestedBy,
        status: "checking",
        checkingSince: now().toISOString(),
      };
      try {
        await (existing
          ? packages
              .put(stored)
              .where(
                (a, { eq }) =>
                  `${eq(a.status, "checking")} AND ${eq(a.checkingSince, existing.checkingSince)}`,
              )
          : packages.create(stored)
        ).go({ response: "none" });
      } catch (error) {
        await stores.files.remove(checked).catch(() => undefined);
        const now = (await packages.get({ courseId, packageId }).go({ consistent: true })).data;
        if (now) return toScormPackage(now);
        throw error;
      }
      try {
        const verdict = await verdictOf(stored, checked, inspect);
        await uploads.settle(pending);
        return verdict;
      } catch (error) {
        // A fault (S3, the table), not a verdict: as if this check never started, so
        // checking again retries it with the same upload.
        await packages
          .delete({ courseId, packageId })
          .where((a, { eq }) => eq(a.checkingSince, stored.checkingSince))
          .go({ response: "none" })
          .catch(() => undefined);
        throw error;
      } finally {
        await stores.files.remove(checked).catch(() => undefined);
      }
    },
  };

  /** Inspects the checked copy and extracts it; a refusal leaves no file behind. */
  async function verdictOf(stored: StoredPackage, checked: string, inspect: ScormInspector) {
    const zip = await stores.files.read(checked);
    const inspection = await inspect(zip);
    if ("refusal" in inspection) {
      return settle(stored, { status: "refused", reason: inspection.refusal });
    }
    const inspected = inspection.package;
    const folder = packageFolder(stored.courseId, stored.packageId);
    try {
      await inspected.extract((path, bytes, contentType) =>
        stores.files.write(folder, path, bytes, contentType),
      );
    } catch (error) {
      await stores.files.removeFolder(folder).catch(() => undefined);
      if (error instanceof Error && error.name === "ScormRefusal") {
        return settle(stored, { status: "refused", reason: error.message });
      }
      throw error;
    }
    return settle(stored, {
      status: "ready",
      standard: inspected.standard,
      launchPath: inspected.launchPath,
      title: inspected.title,
      fileCount: inspected.files.length,
      totalBytes: inspected.files.reduce((sum, file) => sum + file.size, 0),
      ...(inspected.masteryScore !== undefined ? { masteryScore: inspected.masteryScore } : {}),
    });
  }
}
