import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Page } from "../../ui/page.tsx";
import { Loading } from "../../ui/status.tsx";
import { ItemForm } from "./item-form/item-form.tsx";
import { ItemUnavailable } from "./item-unavailable.tsx";
import { exchangeQueries } from "./queries.ts";

/** `/exchange/new` and `/exchange/items/:itemId/edit`. */
export function ItemFormPage() {
  const { t } = useTranslation();
  const { itemId } = useParams();
  const item = useQuery({ ...exchangeQueries.item(itemId ?? ""), enabled: Boolean(itemId) });

  if (!itemId) {
    return (
      <Page title={t("exchange.form.newTitle")}>
        <ItemForm initial={null} />
      </Page>
    );
  }
  if (!item.data && item.isError) {
    return <ItemUnavailable error={item.error} onRetry={() => void item.refetch()} />;
  }
  if (item.data && !item.data.actions.edit) {
    // The API says this caller may not edit it: say so instead of offering a form.
    return (
      <Page title={t("exchange.form.refusedTitle")}>
        <p>{t("exchange.form.refused")}</p>
        <p>
          <Link to={`/exchange/items/${item.data.itemId}`}>{t("exchange.form.view")}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page
      title={
        item.data
          ? t("exchange.form.editTitle", { title: item.data.title })
          : t("exchange.form.editing")
      }
    >
      {item.data ? (
        <ItemForm initial={item.data} />
      ) : (
        <Loading label={t("exchange.item.loading")} paused={item.fetchStatus === "paused"} />
      )}
    </Page>
  );
}

export { ItemFormPage as Component };
