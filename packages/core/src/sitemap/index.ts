/** The public site's sitemap, for search engines. */
export { STATIC_PAGES, sitemapUseCases } from "./sitemap.ts";
export { renderSitemap, SITEMAP_URL_LIMIT, type SitemapEntry } from "./sitemap-xml.ts";
