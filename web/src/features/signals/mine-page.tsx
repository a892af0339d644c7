import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Page } from "../../ui/page.tsx";
import { ObservationList } from "./observation-entry.tsx";
import { signalQueries } from "./queries.ts";

/** "My city's observations", in full, latest month first. */
export function MinePage() {
  const { t } = useTranslation();
  const query = useQuery(signalQueries.mine());
  return (
    <Page title={t("signals.mine.title")}>
      <p>
        <Link to="/signals/new">{t("signals.record.title")}</Link>
      </p>
      <ObservationList
        query={query}
        loading={t("signals.mine.loading")}
        none={t("signals.mine.none")}
      />
    </Page>
  );
}

export { MinePage as Component };
