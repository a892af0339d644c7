import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { exchangeQueries } from "../../exchange/index.ts";

/** A cited exchange item by its title once known, with a button to remove it. */
export function CitedItem({
  itemId,
  number,
  onRemove,
}: {
  itemId: string;
  number: number;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const item = useQuery({ ...exchangeQueries.item(itemId), retry: false, staleTime: 300_000 });
  const title = item.data?.title ?? t("authoring.citations.item", { number });
  return (
    <li>
      {item.data ? (
        <a href={`/exchange/items/${itemId}`} target="_blank" rel="noopener noreferrer">
          {title}
          <span className="visually-hidden"> {t("authoring.citations.newTab")}</span>
        </a>
      ) : (
        <span>{item.isError ? t("authoring.citations.unavailable", { number }) : title}</span>
      )}{" "}
      <button type="button" className="link-button link-button--inline" onClick={onRemove}>
        {t("authoring.citations.remove", { title })}
      </button>
    </li>
  );
}
