import type { AuditAction, AuditPage, PlatformFigures } from "@alliance/core/web";
import { queryOptions } from "@tanstack/react-query";
import { api, readJson } from "../../api/client.ts";
import { pagedQueryOptions } from "../../api/paged-query.ts";

const PAGE = 25;

/** The audit log's filters as the URL carries them (absent: not filtered). */
export interface AuditFilters {
  actor?: string;
  object?: string;
  action?: AuditAction;
  from?: string;
  to?: string;
}

export const auditKeys = {
  all: ["audit"] as const,
  log: (filters: AuditFilters) => [...auditKeys.all, "log", filters] as const,
  figures: () => ["figures"] as const,
};

export const auditQueries = {
  /** The audit log with these filters, newest first, a page at a time. */
  log: (filters: AuditFilters) =>
    pagedQueryOptions(
      auditKeys.log(filters),
      PAGE,
      async (page, signal): Promise<AuditPage> =>
        readJson(
          await api.api.admin.audit.$get({ query: { ...filters, ...page } }, { init: { signal } }),
        ),
    ),
  figures: () =>
    queryOptions({
      queryKey: auditKeys.figures(),
      queryFn: async ({ signal }): Promise<PlatformFigures> =>
        readJson(await api.api.admin.figures.$get({}, { init: { signal } })),
    }),
};

/** The filtered log as a CSV file, fetched with the sign-in the API asks for. */
export async function fetchAuditCsv(filters: AuditFilters): Promise<Blob> {
  const response = await api.api.admin.audit.export.$get({ query: filters });
  if (!response.ok) await readJson(response);
  return response.blob();
}
