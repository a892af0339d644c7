import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Page } from "../../ui/page.tsx";
import { QueryFallback } from "../../ui/status.tsx";
import { meQuery } from "../auth/index.ts";
import { NotificationPreferencesSection } from "../notifications/index.ts";
import { ProfileForm } from "./profile-form.tsx";
import { YourDataSection } from "./your-data-section.tsx";

export function ProfilePage() {
  const { t } = useTranslation();
  const profile = useQuery(meQuery());

  return (
    <Page title={t("profile.title")}>
      {profile.data ? (
        <ProfileForm
          initial={profile.data}
          reload={async () => {
            const latest = await profile.refetch();
            if (latest.isError || !latest.data) throw latest.error;
            return latest.data;
          }}
        />
      ) : (
        <QueryFallback query={profile} label={t("profile.loading")} />
      )}
      <NotificationPreferencesSection />
      <YourDataSection />
    </Page>
  );
}

export { ProfilePage as Component };
