import { REQUEST_KINDS, requestFormSchema, THEMES } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import {
  FormErrors,
  FormRadioGroup,
  FormSelectField,
  FormTextAreaField,
  FormTextField,
  useSchemaForm,
} from "../../ui/form/index.ts";
import { Page } from "../../ui/page.tsx";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { useMe } from "../auth/index.ts";
import { useOpenRequest } from "./queries.ts";

interface Values {
  kind: (typeof REQUEST_KINDS)[number];
  theme: string;
  message: string;
  from1: string;
  to1: string;
  from2: string;
  to2: string;
}

const EMPTY: Values = {
  kind: "call",
  theme: "",
  message: "",
  from1: "",
  to1: "",
  from2: "",
  to2: "",
};

/** Which form field shows the error of a schema path. */
const FIELD_OF: Record<string, keyof Values> = {
  "preferredDates.0.from": "from1",
  "preferredDates.0.to": "to1",
  "preferredDates.1.from": "from2",
  "preferredDates.1.to": "to2",
  preferredDates: "from1",
};

/** "Ask {city} for an exchange": the city (and the item) come from the address. */
export function NewRequestPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { isContributor } = useMe();
  const toCityId = params.get("to") ?? "";
  const city = params.get("city") ?? "";
  const itemId = params.get("item") ?? undefined;
  const open = useOpenRequest();
  const form = useSchemaForm(requestFormSchema, EMPTY, {
    idOf: (field) => `request-${field}`,
    fieldOf: (path) => FIELD_OF[path] ?? path,
    toInput: (values) => ({
      toCityId,
      kind: values.kind,
      theme: values.theme,
      message: values.message,
      preferredDates: [
        { from: values.from1, ...(values.to1 && { to: values.to1 }) },
        ...(values.from2 ? [{ from: values.from2, ...(values.to2 && { to: values.to2 }) }] : []),
      ],
      ...(itemId && { itemId }),
    }),
  });
  const submit = form.onSubmit(async (request) => {
    const made = await open.mutateAsync(request);
    await navigate(`/exchange-requests/${made.requestId}`);
  });
  const title = city ? t("requests.new.title", { city }) : t("requests.new.titleGeneric");

  return (
    <Page title={title}>
      {!isContributor ? (
        <p>{t("requests.new.notContributor")}</p>
      ) : (
        <form
          noValidate
          className="form"
          aria-label={title}
          onSubmit={(event) => void submit(event)}
        >
          <FormErrors form={form} />
          <FormRadioGroup
            form={form}
            name="kind"
            legend={t("requests.new.kind")}
            options={REQUEST_KINDS.map((value) => ({
              value,
              label: t(`requests.kinds.${value}`),
            }))}
          />
          <FormSelectField form={form} name="theme" label={t("requests.new.theme")}>
            <option value="">{t("requests.new.chooseTheme")}</option>
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {t(`exchange.themes.${theme}`)}
              </option>
            ))}
          </FormSelectField>
          <FormTextAreaField
            form={form}
            name="message"
            label={t("requests.new.message")}
            hint={t("requests.new.messageHint")}
            rows={6}
          />
          <fieldset className="fieldset">
            <legend>{t("requests.new.dates")}</legend>
            <p className="hint">{t("requests.new.datesHint")}</p>
            <FormTextField
              form={form}
              name="from1"
              type="date"
              label={t("requests.new.firstFrom")}
            />
            <FormTextField form={form} name="to1" type="date" label={t("requests.new.firstTo")} />
            <FormTextField
              form={form}
              name="from2"
              type="date"
              label={t("requests.new.secondFrom")}
            />
            <FormTextField form={form} name="to2" type="date" label={t("requests.new.secondTo")} />
          </fieldset>
          <SubmitButton
            pending={form.formState.isSubmitting}
            pendingLabel={t("requests.new.sending")}
          >
            {t("requests.new.send")}
          </SubmitButton>
        </form>
      )}
    </Page>
  );
}

export { NewRequestPage as Component };
