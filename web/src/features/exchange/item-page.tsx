import type { Item } from "@alliance/core/web";
import { useQuery } from "@tanstack/react-query";
import { lazy, type ReactNode, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { fileSize } from "../../ui/file-size.ts";
import { HydrationSlice } from "../../ui/hydration-slices.tsx";
import { Markdown } from "../../ui/markdown.tsx";
import { Page } from "../../ui/page.tsx";
import { describe, type PublicPage, queryErrorStatus } from "../../ui/page-head.ts";
import { Loading, StatusMessage } from "../../ui/status.tsx";
import { useMe } from "../auth/index.ts";
import { Discussion, prefetchDiscussion } from "../discussions/index.ts";
import { AskForExchange } from "../exchange-requests/index.ts";
import { AttachmentLink } from "./attachment-link.tsx";
import { CitingCourses } from "./citing-courses.tsx";
import { contentLanguage, ItemBadges } from "./item-card.tsx";
import { ItemUnavailable } from "./item-unavailable.tsx";
import { freshness, useLabels } from "./labels.ts";
import { exchangeQueries, useBookmark } from "./queries.ts";

export function ItemPage() {
  const { t, i18n } = useTranslation();
  const { itemId = "" } = useParams();
  const [original, setOriginal] = useState(false);
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const item = useQuery({
    ...exchangeQueries.item(itemId, original ? undefined : locale),
    // Switching between a translation and the original keeps the page (and focus) in place.
    placeholderData: (previous) => (previous?.itemId === itemId ? previous : undefined),
  });

  if (!item.data && item.isError) {
    return <ItemUnavailable error={item.error} onRetry={() => void item.refetch()} />;
  }
  return (
    <Page title={item.data?.title ?? t("exchange.item.title")}>
      {item.data ? (
        <ItemView
          item={item.data}
          shownIn={locale}
          translation={
            item.data.translatedFrom || original ? (
              <TranslationNotice
                from={item.data.translatedFrom}
                originalChanged={item.data.originalChangedSinceTranslation}
                showingOriginal={original}
                switching={item.isPlaceholderData}
                onToggle={() => setOriginal(!original)}
              />
            ) : null
          }
        />
      ) : (
        <Loading label={t("exchange.item.loading")} paused={item.fetchStatus === "paused"} />
      )}
    </Page>
  );
}

/**
 * "Translated from French · Show original": the item reads in the interface's language
 * where its city translated it; one button shows its own text, and back. A translation
 * made before the original's last change says so, with the way to the original
 * (decision 0093).
 */
function TranslationNotice({
  from,
  originalChanged,
  showingOriginal,
  switching,
  onToggle,
}: {
  from: string | null;
  originalChanged: boolean;
  showingOriginal: boolean;
  switching: boolean;
  onToggle: () => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const toggle = (label: string) => (
    <button
      type="button"
      className="link-button"
      aria-disabled={switching || undefined}
      onClick={() => !switching && onToggle()}
    >
      {label}
    </button>
  );
  return (
    <>
      <p className="card__meta translation-notice">
        {showingOriginal
          ? t("exchange.translation.original")
          : t("exchange.translation.from", { language: labels.language(from ?? "") })}{" "}
        ·{" "}
        {toggle(
          showingOriginal
            ? t("exchange.translation.showTranslation")
            : t("exchange.translation.showOriginal"),
        )}
      </p>
      {originalChanged && !showingOriginal && (
        <p className="notice notice--warning translation-notice">
          {t("exchange.translation.originalChanged")}{" "}
          {toggle(
            t("exchange.translation.readOriginal", { language: labels.language(from ?? "") }),
          )}
        </p>
      )}
    </>
  );
}

/**
 * The owner's and moderators' panel, with its review form (zod's schemas) and revision
 * diff: loaded only for someone it shows to, never for a visitor (decision 0108).
 */
const ItemManagement = lazy(async () => ({
  default: (await import("./item-management.tsx")).ItemManagement,
}));

/** The management panel reads the item in its own language, as its editor does. */
function Management({ item }: { item: Item }) {
  const { t } = useTranslation();
  const original = useQuery({
    ...exchangeQueries.item(item.itemId),
    enabled: item.translatedFrom !== null,
  });
  const shown = item.translatedFrom === null ? item : original.data;
  return shown ? (
    <Suspense fallback={<Loading label={t("exchange.manage.loading")} />}>
      <ItemManagement item={shown} />
    </Suspense>
  ) : null;
}

function ItemView({
  item,
  shownIn,
  translation,
}: {
  item: Item;
  shownIn: string;
  translation: ReactNode;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { signedIn } = useMe();
  const location = useLocation();
  const fresh = freshness(item);
  const list = (values: readonly string[], label: (value: string) => string) =>
    values.length > 0 ? values.map(label).join(", ") : t("exchange.item.notGiven");
  const period = labels.period(item.period);

  return (
    <article className="item">
      <p className="card__meta">
        {t(`exchange.kinds.${item.kind}`)} ·{" "}
        <Link to={`/cities/${item.cityId}`}>{item.cityName}</Link>, {labels.country(item.country)}
      </p>
      <ItemBadges item={item} showStatus={item.moderation !== null} />
      <p className="card__meta">
        {t(`exchange.freshness.${fresh.key}`, { date: labels.date(fresh.at) })}
      </p>
      {translation}
      {item.summary && (
        <p className="lead" lang={contentLanguage(item, shownIn)}>
          {item.summary}
        </p>
      )}
      {item.actions.bookmark && <BookmarkToggle itemId={item.itemId} />}
      {item.status === "published" && !item.fromFormerMember && (
        <AskForExchange cityId={item.cityId} cityName={item.cityName} itemId={item.itemId} />
      )}
      {item.moderation !== null && <Management item={item} />}

      {item.description.trim() && (
        <HydrationSlice>
          <section aria-labelledby="item-description">
            <h2 id="item-description">{t("exchange.fields.description")}</h2>
            <div lang={contentLanguage(item, shownIn)}>
              <Markdown text={item.description} />
            </div>
          </section>
        </HydrationSlice>
      )}

      <HydrationSlice>
        <section aria-labelledby="item-details">
          <h2 id="item-details">{t("exchange.item.details")}</h2>
          <dl className="details">
            <dt>{t("exchange.fields.themes")}</dt>
            <dd>{list(item.themes, (v) => t(`exchange.themes.${v}`))}</dd>
            <dt>{t("exchange.fields.targetGroups")}</dt>
            <dd>{list(item.targetGroups, (v) => t(`exchange.targetGroups.${v}`))}</dd>
            <dt>{t("exchange.fields.stakeholders")}</dt>
            <dd>{list(item.stakeholders, (v) => t(`exchange.stakeholders.${v}`))}</dd>
            <dt>{t("exchange.fields.languages")}</dt>
            <dd>{list(item.languages, labels.language)}</dd>
            <dt>{t("exchange.item.period")}</dt>
            <dd>{period}</dd>
            <dt>{t("exchange.fields.evidenceLevel")}</dt>
            <dd>{t(`exchange.evidence.${item.evidenceLevel}`)}</dd>
            {item.tags.length > 0 && (
              <>
                <dt>{t("exchange.fields.tags")}</dt>
                <dd>{item.tags.join(", ")}</dd>
              </>
            )}
          </dl>
        </section>
      </HydrationSlice>

      {item.outcomes.trim() && (
        <HydrationSlice>
          <section aria-labelledby="item-outcomes">
            <h2 id="item-outcomes">{t("exchange.fields.outcomes")}</h2>
            <div lang={item.translatedFrom ?? contentLanguage(item)}>
              <Markdown text={item.outcomes} />
            </div>
          </section>
        </HydrationSlice>
      )}

      <HydrationSlice>
        <section aria-labelledby="item-contact">
          <h2 id="item-contact">{t("exchange.item.contact")}</h2>
          {item.contact ? (
            item.contact.name || item.contact.email ? (
              <p>
                {[item.contact.name, item.contact.role].filter(Boolean).join(", ")}
                {item.contact.email && (
                  <>
                    {item.contact.name && <br />}
                    <a href={`mailto:${item.contact.email}`}>{item.contact.email}</a>
                  </>
                )}
              </p>
            ) : (
              <p>{t("exchange.item.noContact")}</p>
            )
          ) : (
            <p>
              <Link
                to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}
                state={{ flash: "signInFirst" }}
              >
                {t("exchange.item.signInForContact")}
              </Link>
            </p>
          )}
        </section>
      </HydrationSlice>

      {item.links.length > 0 && (
        <HydrationSlice>
          <section aria-labelledby="item-links">
            <h2 id="item-links">{t("exchange.fields.links")}</h2>
            <ul className="links">
              {item.links.map((link) => (
                <li key={link.url}>
                  {/^https?:\/\//i.test(link.url) ? (
                    <a href={link.url} rel="noopener noreferrer nofollow">
                      {link.label}
                    </a>
                  ) : (
                    link.label
                  )}
                </li>
              ))}
            </ul>
          </section>
        </HydrationSlice>
      )}

      {item.attachments.length > 0 && (
        <HydrationSlice>
          <section aria-labelledby="item-attachments">
            <h2 id="item-attachments">{t("exchange.item.attachments")}</h2>
            <ul className="links">
              {item.attachments.map((file) => (
                <li key={file.attachmentId}>
                  <AttachmentLink
                    itemId={item.itemId}
                    attachmentId={file.attachmentId}
                    fileName={file.fileName}
                    signedIn={signedIn}
                  />{" "}
                  <span className="card__meta">
                    {t("exchange.item.fileSize", { size: fileSize(file.size) })}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </HydrationSlice>
      )}
      <HydrationSlice>
        <CitingCourses itemId={item.itemId} />
      </HydrationSlice>
      {item.status === "published" && (
        <HydrationSlice>
          <Discussion subject={`item:${item.itemId}`} />
        </HydrationSlice>
      )}
    </article>
  );
}

/** Save / Remove from saved, as a toggle button that says its state. */
function BookmarkToggle({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const bookmarks = useQuery(exchangeQueries.bookmarks());
  const bookmark = useBookmark();
  const [notice, setNotice] = useState<"saved" | "unsaved" | "failed" | null>(null);
  const saved = bookmark.isPending
    ? (bookmark.variables?.saved ?? false)
    : (bookmarks.data?.some((entry) => entry.itemId === itemId) ?? false);

  const toggle = () => {
    if (bookmark.isPending || bookmarks.isPending) return;
    const next = !saved;
    bookmark.mutate(
      { itemId, saved: next },
      {
        onSuccess: () => setNotice(next ? "saved" : "unsaved"),
        onError: () => setNotice("failed"),
      },
    );
  };

  return (
    <div className="bookmark">
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={bookmark.isPending || bookmarks.isPending || undefined}
        onClick={toggle}
      >
        {saved ? t("exchange.bookmark.remove") : t("exchange.bookmark.save")}
      </button>{" "}
      {saved && <Link to="/saved">{t("exchange.bookmark.seeSaved")}</Link>}
      <StatusMessage tone="info">
        {notice ? t(`exchange.bookmark.notice.${notice}`) : undefined}
      </StatusMessage>
    </div>
  );
}

export const handle: PublicPage = {
  // With what the page shows below the item, so that it is in the first HTML and the
  // browser asks for nothing while the page starts (decision 0118).
  prefetch: ({ params, queryClient, locale }) => {
    const itemId = params.itemId ?? "";
    return Promise.all([
      queryClient.prefetchQuery(exchangeQueries.item(itemId, locale)),
      queryClient.prefetchQuery(exchangeQueries.citingCourses(itemId)),
      prefetchDiscussion(queryClient, `item:${itemId}`),
    ]);
  },
  head: ({ params, queryClient, t, locale }) => {
    const { queryKey } = exchangeQueries.item(params.itemId ?? "", locale);
    const item = queryClient.getQueryData(queryKey);
    if (item) {
      return {
        title: item.title,
        description: describe(item.summary, item.description),
        type: "article",
      };
    }
    const status = queryErrorStatus(queryClient, queryKey);
    if (status === 404 || status === 400) {
      const description = describe(t("exchange.unavailable.missing"));
      return { title: t("exchange.unavailable.missingTitle"), description, status: 404 };
    }
    if (status === 401) {
      const description = describe(t("exchange.unavailable.members"));
      return { title: t("exchange.unavailable.membersTitle"), description };
    }
    return { title: t("exchange.item.title"), description: describe(t("exchange.list.intro")) };
  },
};

export { ItemPage as Component };
