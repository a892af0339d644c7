/**
 * The pages a public-sector site must carry (privacy notice, accessibility statement,
 * terms of use, cookies statement): the router reaches the pages; the layout takes the
 * footer's links from here.
 */
export { LegalLinks } from "./legal-links.tsx";
