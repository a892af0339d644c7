import type { DataService } from "../data/service.ts";
import { renderSitemap, SITEMAP_URL_LIMIT, type SitemapEntry } from "./sitemap-xml.ts";

/** The public site's pages without an id, as web/src/app/router.tsx serves them. */
export const STATIC_PAGES = [
  "/",
  "/exchange",
  "/courses",
  "/cities",
  "/verify",
  "/join",
  "/privacy",
  "/accessibility",
  "/terms",
  "/cookies",
] as const;

type Page<T> = { data: T[]; cursor: string | null };

/** Reads a Query page after page (each one request) until it ends or `budget` entries are in. */
async function collect<T>(
  budget: number,
  read: (cursor: string | null) => Promise<Page<T>>,
  entry: (found: T) => SitemapEntry,
): Promise<SitemapEntry[]> {
  const entries: SitemapEntry[] = [];
  let cursor: string | null = null;
  do {
    const page = await read(cursor);
    entries.push(...page.data.map(entry));
    cursor = page.cursor;
  } while (cursor && entries.length < budget);
  return entries.slice(0, Math.max(budget, 0));
}

/**
 * The public site's sitemap: its static pages, every member city, every listed course
 * and every exchange item an anonymous visitor may read (published, public). One paged
 * Query per kind through the indexes the lists already use, each projected to the id
 * and the date it needs (about 40 bytes a row come back, though DynamoDB reads, and
 * bills, whole items: some 30 pages at 10,000 exchange items, never a read per item).
 *
 * The protocol allows 50,000 URLs per file. Past that, the newest-changed exchange items
 * are kept and the oldest left out (cities and courses, tens, come first); the way on
 * is a sitemap index pointing at numbered parts, which the site's `/sitemap.xml`
 * forward would then serve.
 */
export function sitemapUseCases(data: DataService, publicSiteUrl: string | undefined) {
  return {
    async xml(): Promise<string> {
      if (!publicSiteUrl) throw new Error("The public site address (PUBLIC_SITE_URL) is not set");
      const at = (path: string) => `${publicSiteUrl}${path}`;
      const { city, courseSummary, exchangeItem } = data.entities;
      const entries: SitemapEntry[] = STATIC_PAGES.map((path) => ({ loc: at(path) }));
      entries.push(
        ...(await collect(
          SITEMAP_URL_LIMIT - entries.length,
          (cursor) => city.query.byName({}).go({ cursor, attributes: ["cityId", "updatedAt"] }),
          (found) => ({ loc: at(`/cities/${found.cityId}`), lastmod: found.updatedAt }),
        )),
      );
      entries.push(
        ...(await collect(
          SITEMAP_URL_LIMIT - entries.length,
          (cursor) =>
            courseSummary.query
              .catalogue({})
              .where(({ listed }, { eq }) => eq(listed, true))
              .go({ cursor, attributes: ["courseId", "publishedAt"] }),
          (found) => ({ loc: at(`/courses/${found.courseId}`), lastmod: found.publishedAt }),
        )),
      );
      entries.push(
        ...(await collect(
          SITEMAP_URL_LIMIT - entries.length,
          (cursor) =>
            exchangeItem.query
              .catalog({})
              .where(
                ({ status, visibility }, { eq }) =>
                  `${eq(status, "published")} AND ${eq(visibility, "public")}`,
              )
              .go({ cursor, order: "desc", attributes: ["itemId", "updatedAt"] }),
          (found) => ({ loc: at(`/exchange/items/${found.itemId}`), lastmod: found.updatedAt }),
        )),
      );
      return renderSitemap(entries);
    },
  };
}
