import type { Application } from "@alliance/core/web";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { Page } from "../../ui/page.tsx";
import { QueryFallback } from "../../ui/status.tsx";
import { membershipQueries } from "./queries.ts";

/**
 * The page of the application the address names: while it loads or when it
 * fails, `title` with progress or the error (and "Try again"); then `children`
 * with the application and a way to read it again.
 */
export function LoadedApplication({
  title,
  titleOf,
  children,
}: {
  title: string;
  titleOf: (city: string) => string;
  children: (application: Application, reload: () => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const { applicationId = "" } = useParams();
  const query = useQuery(membershipQueries.one(applicationId));
  if (!query.data) {
    return (
      <Page title={title}>
        <QueryFallback query={query} label={t("membership.loading")} />
      </Page>
    );
  }
  return (
    <Page title={titleOf(query.data.cityName)}>
      {children(query.data, () => void query.refetch())}
    </Page>
  );
}
