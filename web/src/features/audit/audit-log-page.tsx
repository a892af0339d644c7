import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { DownloadButton } from "../../ui/download-button.tsx";
import { Page } from "../../ui/page.tsx";
import { PagedResults } from "../../ui/paged-results.tsx";
import { saveFile } from "../../ui/save-file.ts";
import { AuditFiltersForm, filtersFrom } from "./audit-filters.tsx";
import { ConsoleNav } from "./console-nav.tsx";
import { auditQueries, fetchAuditCsv } from "./queries.ts";

/** The audit log: filters in the URL, newest first, a page at a time, and its CSV export. */
export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const log = useInfiniteQuery(auditQueries.log(filters));
  const records = log.data?.pages.flatMap((page) => page.items) ?? [];
  const narrowed = Object.keys(filters).length > 0;
  const when = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  });

  return (
    <Page title={t("audit.title")}>
      <ConsoleNav />
      <p>{t("audit.intro")}</p>
      <AuditFiltersForm
        key={params.toString()}
        initial={filters}
        onApply={(next) => setParams(new URLSearchParams({ ...next }))}
      />
      <DownloadButton
        save={async () => {
          const fileName = "audit-log.csv";
          saveFile(await fetchAuditCsv(filters), fileName);
          return fileName;
        }}
        preparing={t("audit.csv.preparing")}
        done={(fileName) => t("audit.csv.done", { fileName })}
        failed={t("audit.csv.failed")}
      >
        {t("audit.csv.download")}
      </DownloadButton>
      <PagedResults
        search={log}
        items={records}
        narrowed={narrowed}
        clearTo="/admin/audit"
        labels={{
          loading: t("audit.loading"),
          empty: narrowed ? t("audit.empty") : t("audit.emptyAll"),
          clear: t("audit.filters.clear"),
          more: t("audit.more"),
          loadingMore: t("audit.loadingMore"),
        }}
        render={(record) => (
          <li key={record.auditId} className="card audit-record">
            <h2>
              {t(`audit.actions.${record.action}`)}: {record.objectName}
            </h2>
            <dl className="details">
              <dt>{t("audit.columns.at")}</dt>
              <dd>
                <time dateTime={record.at}>{when.format(new Date(record.at))} UTC</time>
              </dd>
              <dt>{t("audit.columns.actor")}</dt>
              <dd>{record.actorName}</dd>
              <dt>{t("audit.columns.object")}</dt>
              <dd>
                {t(`audit.objects.${record.objectType}`)} <code>{record.objectId}</code>
              </dd>
              <dt>{t("audit.columns.before")}</dt>
              <dd>{record.before}</dd>
              <dt>{t("audit.columns.after")}</dt>
              <dd>{record.after}</dd>
              {record.reason ? (
                <>
                  <dt>{t("audit.columns.reason")}</dt>
                  <dd>{record.reason}</dd>
                </>
              ) : null}
            </dl>
          </li>
        )}
      />
    </Page>
  );
}

export { AuditLogPage as Component };
