import { type Observation, type ObservationForm, observationFormSchema } from "@alliance/core/web";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { ConflictNotice } from "../../ui/conflict-notice.tsx";
import { useSchemaForm } from "../../ui/form/index.ts";
import { Page } from "../../ui/page.tsx";
import { QueryFallback } from "../../ui/status.tsx";
import { ObservationFormView, observationProblems, SignalRules } from "./observation-fields.tsx";
import { signalQueries, useEditObservation } from "./queries.ts";

const valuesOf = (observation: Observation): ObservationForm => ({
  theme: observation.theme,
  area: observation.area,
  period: observation.period,
  direction: observation.direction,
  intensity: observation.intensity,
  note: observation.note,
});

/**
 * Editing an observation of my city that is not approved yet, above all one an
 * administrator sent back: their reason first, then the form filled with what the
 * city wrote. Saving sends it for review again, at the version loaded (If-Match);
 * a 412 says another member changed it and offers to reload, keeping what was typed.
 */
function EditPage() {
  const { t } = useTranslation();
  const { observationId = "" } = useParams();
  const query = useQuery(signalQueries.one(observationId));
  if (!query.data) {
    return (
      <Page title={t("signals.edit.title")}>
        <QueryFallback
          query={query}
          label={t("signals.edit.loading")}
          wayOn={{ to: "/signals/mine", label: t("signals.mine.title") }}
        />
      </Page>
    );
  }
  return <EditForm key={observationId} observation={query.data} />;
}

function EditForm({ observation }: { observation: Observation }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const edit = useEditObservation();
  const [base, setBase] = useState(observation);
  const form = useSchemaForm(observationFormSchema, valuesOf(base), {
    idOf: (field) => `observation-${field}`,
  });
  const submit = form.onSubmit(async (patch) => {
    await edit.mutateAsync({ observationId: base.observationId, version: base.version, patch });
    await navigate("/signals/mine", { state: { flash: "observationResent" } });
  }, observationProblems);
  const reload = () =>
    form.reload(
      () => queryClient.fetchQuery({ ...signalQueries.one(base.observationId), staleTime: 0 }),
      (latest) => {
        setBase(latest);
        form.reset(valuesOf(latest));
      },
    );
  const title = t("signals.edit.title");
  return (
    <Page title={title}>
      {base.sentBackReason && (
        <section aria-labelledby="sent-back" className="notice notice--warning">
          <h2 id="sent-back">{t("signals.edit.sentBackTitle")}</h2>
          <p>{t("signals.edit.sentBackIntro")}</p>
          <blockquote>{base.sentBackReason}</blockquote>
        </section>
      )}
      {base.actions.edit ? (
        <>
          <SignalRules />
          {form.conflict && (
            <ConflictNotice
              title={t("signals.edit.conflictTitle")}
              body={t("signals.edit.conflictBody")}
              reloadLabel={t("signals.edit.reload")}
              reloadingLabel={t("signals.edit.reloading")}
              reloading={form.reloading}
              onReload={() => void reload()}
            />
          )}
          <ObservationFormView
            form={form}
            title={title}
            saveLabel={t("signals.edit.save")}
            onSubmit={submit}
          />
        </>
      ) : (
        <p className="notice">{t("signals.edit.notEditable")}</p>
      )}
      <p>
        <Link to="/signals/mine">{t("signals.edit.back")}</Link>
      </p>
    </Page>
  );
}

export { EditPage as Component };
