import { useTranslation } from "react-i18next";
import { Link, Outlet, ScrollRestoration } from "react-router";
import { useHomeReached } from "../features/auth/index.ts";
import { LegalLinks } from "../features/legal/index.ts";
import { NotificationBell } from "../features/notifications/index.ts";
import { HydrationSlice } from "../ui/hydration-slices.tsx";
import { FlashMessage } from "./flash-message.tsx";
import { LanguageSwitcher } from "./language-switcher.tsx";
import { NavigationProgress } from "./navigation-progress.tsx";
import { SiteNav } from "./site-nav.tsx";

/** The frame of every page: skip link, header with navigation, main, footer. */
export function Layout() {
  const { t } = useTranslation();
  useHomeReached();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <HydrationSlice>
        <header className="site-header">
          <div className="container site-header__top">
            <Link to="/" className="brand">
              {t("app.name")}
            </Link>
            <div className="site-header__tools">
              <NotificationBell />
              <LanguageSwitcher />
            </div>
          </div>
          <SiteNav />
        </header>
      </HydrationSlice>
      <NavigationProgress />
      <HydrationSlice>
        <main id="main" tabIndex={-1} className="container">
          <FlashMessage />
          <Outlet />
        </main>
      </HydrationSlice>
      <HydrationSlice>
        <footer className="site-footer">
          <div className="container">
            <p>{t("footer.about")}</p>
            <p>
              <Link to="/verify">{t("footer.verify")}</Link>
            </p>
            <LegalLinks />
          </div>
        </footer>
      </HydrationSlice>
      <ScrollRestoration />
    </>
  );
}
