import type { ItemSummary } from "@alliance/core/web";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { freshness, useLabels } from "./labels.ts";

/** Marks shown on a card and on the item page: status, members only, possibly outdated, from a former member. */
export function ItemBadges({
  item,
  showStatus = false,
}: {
  item: Pick<
    ItemSummary,
    "status" | "visibility" | "outdated" | "revisionStatus" | "fromFormerMember"
  >;
  showStatus?: boolean;
}) {
  const { t } = useTranslation();
  const badges = [
    showStatus && (
      <span key="status" className={`badge badge--status-${item.status}`}>
        {t(`exchange.statuses.${item.status}`)}
      </span>
    ),
    showStatus && item.revisionStatus && (
      <span key="revision" className={`badge badge--status-${item.revisionStatus}`}>
        {t(`exchange.revision.badges.${item.revisionStatus}`)}
      </span>
    ),
    item.visibility === "members" && (
      <span key="members" className="badge badge--members">
        {t("exchange.badges.members")}
      </span>
    ),
    item.outdated && (
      <span key="outdated" className="badge badge--outdated">
        {t("exchange.badges.outdated")}
      </span>
    ),
    item.fromFormerMember && (
      <span key="former" className="badge badge--former">
        {t("exchange.badges.formerMember")}
      </span>
    ),
  ].filter(Boolean);
  return badges.length > 0 ? <p className="badges">{badges}</p> : null;
}

/**
 * The language of an item's own text, when it says so unambiguously (one language),
 * so that screen readers pronounce a Swedish title as Swedish.
 */
export function contentLanguage(
  item: Pick<ItemSummary, "languages"> & { translatedFrom?: string | null },
  shownIn?: string,
): string | undefined {
  // A translation is in the language it was asked for: the interface's.
  if (item.translatedFrom) return shownIn;
  return item.languages.length === 1 ? item.languages[0] : undefined;
}

/** One item in a list: title link, kind and place, summary, themes, freshness and marks. */
export function ItemCard({
  item,
  showStatus = false,
  actions,
  headingLevel = 2,
}: {
  item: ItemSummary;
  showStatus?: boolean;
  actions?: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const fresh = freshness(item);
  const lang = contentLanguage(item, i18n.resolvedLanguage ?? i18n.language);
  return (
    <li className="card item-card">
      <Heading lang={lang}>
        <Link to={`/exchange/items/${item.itemId}`}>{item.title}</Link>
      </Heading>
      <p className="card__meta">
        {t("exchange.card.meta", {
          kind: t(`exchange.kinds.${item.kind}`),
          city: item.cityName,
          country: labels.country(item.country),
        })}
      </p>
      <ItemBadges item={item} showStatus={showStatus} />
      {item.translatedFrom && (
        <p className="card__meta">
          {t("exchange.translation.from", { language: labels.language(item.translatedFrom) })}
        </p>
      )}
      {item.summary && <p lang={lang}>{item.summary}</p>}
      {item.themes.length > 0 && (
        <ul className="tags" aria-label={t("exchange.fields.themes")}>
          {item.themes.map((theme) => (
            <li key={theme} className="tag">
              {t(`exchange.themes.${theme}`)}
            </li>
          ))}
        </ul>
      )}
      <p className="card__meta">
        {t(`exchange.freshness.${fresh.key}`, { date: labels.date(fresh.at) })}
      </p>
      {actions}
    </li>
  );
}
