import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate, useParams } from "react-router";
import { ApiError } from "../../../api/client.ts";
import { HydrationSlice } from "../../../ui/hydration-slices.tsx";
import { Page } from "../../../ui/page.tsx";
import { describe, type PublicPage } from "../../../ui/page-head.ts";
import { QueryFallback } from "../../../ui/status.tsx";
import { readCertificateCode } from "./certificate-code.ts";
import { CredentialCheck } from "./credential-check.tsx";
import { certificateQueries } from "./queries.ts";
import { CodeNotFound, VerificationResult } from "./verification-result.tsx";
import { VerifyForm } from "./verify-form.tsx";

/** Navigation state of a lookup started with the form: its result then takes focus. */
const FROM_FORM = { lookup: "form" } as const;

function startedByForm(state: unknown): boolean {
  return (
    typeof state === "object" && state !== null && "lookup" in state && state.lookup === "form"
  );
}

/**
 * Public page where anyone checks a certificate by its code. The code lives in the
 * address (/verify/{code}), which is also the link printed on the certificate, so a
 * result can be shared and a link looks the certificate up at once. Below it, anyone
 * checks the Open Badge credential of a certificate, pasted or from its file.
 */
function VerifyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { code: param } = useParams();
  const reading = param === undefined ? null : readCertificateCode(param);
  const code = reading?.ok ? reading.code : null;
  const verification = useQuery({
    ...certificateQueries.verification(code ?? ""),
    enabled: code !== null,
  });
  const status = verification.error instanceof ApiError ? verification.error.status : null;
  const outcome =
    code === null
      ? null
      : verification.data
        ? verification.data.status
        : status === 404
          ? "notFound"
          : null;

  // A lookup started with the form moves focus to its result (or to "not found") when it
  // shows, rather than to the page's heading.
  const byForm = startedByForm(location.state);

  const lookUp = (next: string) => {
    // The same code again: ask again (it may have been revoked since), in place.
    if (next === code) void verification.refetch();
    navigate(`/verify/${next}`, { state: FROM_FORM, replace: next === code });
  };

  const announcement =
    byForm || outcome === null
      ? ""
      : outcome === "valid"
        ? t("verify.valid.title")
        : outcome === "revoked"
          ? t("verify.revoked.title")
          : t("verify.notFound.title");

  return (
    <Page title={t("verify.title")}>
      <p className="lead">{t("verify.intro")}</p>
      <VerifyForm
        key={param ?? ""}
        initial={code ?? param ?? ""}
        problem={reading && !reading.ok ? reading.problem : null}
        refused={status === 400 ? verification.error : null}
        pending={code !== null && verification.isFetching}
        onLookup={lookUp}
      />
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {code === null || status === 400 ? null : verification.data ? (
        <VerificationResult verification={verification.data} focus={byForm} />
      ) : status === 404 ? (
        <CodeNotFound focus={byForm} />
      ) : (
        <QueryFallback query={verification} label={t("verify.loading")} />
      )}
      {/* Its form hydrates in a task of its own, after the code's (a form costs a phone's
          main thread a task of its own: react-hook-form's state and its fields). */}
      <HydrationSlice>
        <CredentialCheck />
      </HydrationSlice>
    </Page>
  );
}

export const handle: PublicPage = {
  prefetch: async ({ params, queryClient }) => {
    const reading = params.code === undefined ? null : readCertificateCode(params.code);
    if (reading?.ok) await queryClient.prefetchQuery(certificateQueries.verification(reading.code));
  },
  head: ({ t }) => ({ title: t("verify.title"), description: describe(t("verify.intro")) }),
};

export { VerifyPage as Component };
