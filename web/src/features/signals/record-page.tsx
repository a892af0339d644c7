import { type ObservationForm, observationFormSchema } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useSchemaForm } from "../../ui/form/index.ts";
import { Page } from "../../ui/page.tsx";
import { useMe } from "../auth/index.ts";
import { ObservationFormView, observationProblems, SignalRules } from "./observation-fields.tsx";
import { useRecordObservation } from "./queries.ts";

const thisMonth = () => new Date().toISOString().slice(0, 7);

/** "Record an observation", with the rules on personal data stated above the form. */
export function RecordPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const navigate = useNavigate();
  const record = useRecordObservation();
  const form = useSchemaForm<ObservationForm>(
    observationFormSchema,
    {
      // No theme until one is chosen: the schema then asks for one.
      theme: "" as ObservationForm["theme"],
      area: "",
      period: thisMonth(),
      direction: "stable",
      intensity: "medium",
      note: "",
    },
    { idOf: (field) => `observation-${field}` },
  );
  const submit = form.onSubmit(async (observation) => {
    await record.mutateAsync(observation);
    await navigate("/signals/mine", { state: { flash: "observationSent" } });
  }, observationProblems);
  const title = t("signals.record.title");
  return (
    <Page title={title}>
      <SignalRules />
      {me && !me.cityId ? (
        <p>{t("signals.record.noCity")}</p>
      ) : (
        <ObservationFormView
          form={form}
          title={title}
          saveLabel={t("signals.record.save")}
          onSubmit={submit}
        />
      )}
      <p>
        <Link to="/signals">{t("signals.picture.title")}</Link>
      </p>
    </Page>
  );
}

export { RecordPage as Component };
