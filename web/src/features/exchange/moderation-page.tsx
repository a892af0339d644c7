import { useTranslation } from "react-i18next";
import { ItemListPage } from "./item-list-page.tsx";
import { exchangeQueries } from "./queries.ts";

/** Administrators: the items waiting for review, oldest first. */
export function ModerationPage() {
  const { t } = useTranslation();
  return (
    <ItemListPage
      title={t("exchange.moderation.title")}
      intro={t("exchange.moderation.intro")}
      query={exchangeQueries.moderation()}
      empty={t("exchange.moderation.empty")}
      countKey="exchange.moderation.count"
    />
  );
}

export { ModerationPage as Component };
