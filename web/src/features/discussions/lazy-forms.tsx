import { type ComponentProps, lazy, type ReactNode, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Loading } from "../../ui/status.tsx";

/**
 * The discussion's forms, loaded when a member first opens one (or once a member's view
 * of a discussion shows, `preloadForms`): a visitor, who sees no form, never evaluates
 * their schemas (zod) and react-hook-form, about 100 ms of an item or course page's
 * hydration on a phone (decision 0108). Until the chunk is in, the form's place says
 * that it is loading.
 */
const load = () => import("./post-forms.tsx");
type Forms = Awaited<ReturnType<typeof load>>;

/** Starts loading the forms, so that the first one a member opens shows at once. */
export function preloadForms(): void {
  void load();
}

const LazyPostForm = lazy(async () => ({ default: (await load()).PostForm }));
const LazyReportForm = lazy(async () => ({ default: (await load()).ReportForm }));
const LazyModerationForm = lazy(async () => ({ default: (await load()).ModerationForm }));

/** A form's place while its chunk loads: a status that says so. */
function Deferred({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<Loading label={t("discussions.loadingForm")} />}>{children}</Suspense>
  );
}

export function PostForm(props: ComponentProps<Forms["PostForm"]>) {
  return (
    <Deferred>
      <LazyPostForm {...props} />
    </Deferred>
  );
}

export function ReportForm(props: ComponentProps<Forms["ReportForm"]>) {
  return (
    <Deferred>
      <LazyReportForm {...props} />
    </Deferred>
  );
}

export function ModerationForm(props: ComponentProps<Forms["ModerationForm"]>) {
  return (
    <Deferred>
      <LazyModerationForm {...props} />
    </Deferred>
  );
}
