import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMe } from "../auth/index.ts";

/**
 * "Ask {city} for an exchange", for a contributor of another member city: the
 * city page, an item page and each "cities like mine" suggestion show it.
 */
export function AskForExchange({
  cityId,
  cityName,
  itemId,
}: {
  cityId: string;
  cityName: string;
  itemId?: string | undefined;
}) {
  const { t } = useTranslation();
  const { isContributor, me } = useMe();
  if (!isContributor || !me?.cityId || me.cityId === cityId) return null;
  const query = new URLSearchParams({
    to: cityId,
    city: cityName,
    ...(itemId && { item: itemId }),
  });
  return (
    <Link className="button button--secondary ask-exchange" to={`/exchange-requests/new?${query}`}>
      {t("requests.ask", { city: cityName })}
    </Link>
  );
}
