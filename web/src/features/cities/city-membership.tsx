import {
  type City,
  type CityStatusEvent,
  cityLeaveSchema,
  cityStatusChangeSchema,
} from "@alliance/core/web";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, readJson } from "../../api/client.ts";
import { problemOf } from "../../api/problem.ts";
import {
  FormCheckboxField,
  FormErrors,
  FormTextAreaField,
  useSchemaForm,
} from "../../ui/form/index.ts";
import { QueryFallback, StatusMessage } from "../../ui/status.tsx";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { useMe } from "../auth/index.ts";
import { cityKeys, cityQueries } from "./queries.ts";

type Action = "suspend" | "reinstate" | "leave";

/** Who sees which change: administrators all that the status allows; the city's contributors, leaving. */
function actionsFor(city: City, admin: boolean, ownCity: boolean): Action[] {
  const status = city.membershipStatus;
  if (admin) {
    return [
      ...(status === "active" ? (["suspend"] as const) : []),
      ...(status !== "active" ? (["reinstate"] as const) : []),
      ...(status !== "former" ? (["leave"] as const) : []),
    ];
  }
  return ownCity && status !== "former" ? ["leave"] : [];
}

/** What everyone reads on a suspended or former member's page. */
export function CityStatusNotice({ city }: { city: City }) {
  const { t } = useTranslation();
  if (city.membershipStatus === "active") return null;
  return (
    <p className="notice notice--warning">
      {t(
        city.membershipStatus === "suspended"
          ? "directory.status.suspendedNotice"
          : "directory.status.formerNotice",
      )}
    </p>
  );
}

/**
 * A city's membership (decision 0034), for its contributors and administrators:
 * its log, and the changes the caller may make, each with a reason (and, to leave,
 * a confirmation), sent with If-Match. Another administrator's change a moment
 * earlier (412, or 409 for a status that no longer allows it) reloads the city and says so.
 */
export function CityMembership({ city }: { city: City }) {
  const { me, isAdmin } = useMe();
  const ownCity = Boolean(me?.roles.includes("contributor") && me.cityId === city.cityId);
  if (!isAdmin && !ownCity) return null;
  return <MembershipPanel city={city} isAdmin={isAdmin} ownCity={ownCity} />;
}

/** The panel itself, for an administrator (`isAdmin`) or a contributor of the city (`ownCity`). */
export function MembershipPanel({
  city,
  isAdmin,
  ownCity,
}: {
  city: City;
  isAdmin: boolean;
  ownCity: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Action | null>(null);
  const [notice, setNotice] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const actions = actionsFor(city, isAdmin, ownCity);
  const close = (message?: string) => {
    setOpen(null);
    setNotice(message);
    requestAnimationFrame(() => heading.current?.focus());
  };

  return (
    <section aria-labelledby="city-membership">
      <h2 id="city-membership" ref={heading} tabIndex={-1}>
        {t("directory.status.heading")}
      </h2>
      <StatusMessage>{notice}</StatusMessage>
      {open ? (
        <StatusForm
          key={open}
          city={city}
          action={open}
          onDone={() => close(t(`directory.status.done.${open}`))}
          onChanged={() => close(t("directory.status.changed"))}
          onCancel={() => close()}
        />
      ) : (
        actions.length > 0 && (
          <p className="actions">
            {actions.map((action) => (
              <button
                key={action}
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setNotice(undefined);
                  setOpen(action);
                }}
              >
                {t(`directory.status.open.${action === "leave" && !isAdmin ? "leaveOwn" : action}`)}
              </button>
            ))}
          </p>
        )
      )}
      <MembershipLog cityId={city.cityId} />
    </section>
  );
}

function StatusForm({
  city,
  action,
  onDone,
  onChanged,
  onCancel,
}: {
  city: City;
  action: Action;
  onDone: () => void;
  onChanged: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const leaving = action === "leave";
  const form = useSchemaForm(
    leaving ? cityLeaveSchema : cityStatusChangeSchema,
    { reason: "", confirm: false },
    {
      toInput: (values) => (leaving ? values : { reason: values.reason }),
      idOf: (field) => `membership-${field}`,
      messageOf: (field) => ({ key: `directory.status.errors.${field}` }),
    },
  );
  const change = useMutation({
    mutationFn: async (values: { reason: string; confirm: boolean }): Promise<City> => {
      const cities = api.api.cities[":cityId"];
      const request = {
        param: { cityId: city.cityId },
        header: { "if-match": `"${city.version}"` },
      };
      return readJson(
        await (leaving
          ? cities.leave.$post({ ...request, json: { reason: values.reason, confirm: true } })
          : cities[action as "suspend" | "reinstate"].$post({
              ...request,
              json: { reason: values.reason },
            })),
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: cityKeys.all }),
  });
  const submit = form.onSubmit(async (_output, values) => {
    try {
      queryClient.setQueryData(cityKeys.one(city.cityId), await change.mutateAsync(values));
      onDone();
    } catch (error) {
      const problem = problemOf(error);
      if (problem.stale || problem.status === 409) onChanged();
      else throw error;
    }
  });

  return (
    <form
      noValidate
      className="form"
      aria-labelledby="membership-form-title"
      onSubmit={(event) => void submit(event)}
    >
      <h3 id="membership-form-title">
        {t(`directory.status.title.${action}`, { city: city.name })}
      </h3>
      <FormErrors form={form} />
      <FormTextAreaField
        form={form}
        name="reason"
        label={t("directory.status.reason")}
        hint={t("directory.status.reasonHint")}
        rows={3}
      />
      {leaving && (
        <FormCheckboxField
          form={form}
          name="confirm"
          label={t("directory.status.confirm", { city: city.name })}
        />
      )}
      <div className="actions actions--row">
        <SubmitButton
          pending={form.formState.isSubmitting}
          pendingLabel={t("directory.status.sending")}
        >
          {t(`directory.status.send.${action}`)}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("directory.status.cancel")}
        </button>
      </div>
    </form>
  );
}

function MembershipLog({ cityId }: { cityId: string }) {
  const { t, i18n } = useTranslation();
  const log = useQuery(cityQueries.log(cityId));
  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? i18n.language, {
    dateStyle: "long",
    timeStyle: "short",
  });
  const entry = (event: CityStatusEvent) => (
    <li key={`${event.at}-${event.action}`}>
      <p>
        <strong>{t(`directory.status.actions.${event.action}`)}</strong>{" "}
        {t("directory.status.byOn", { name: event.byName, date: date.format(new Date(event.at)) })}
      </p>
      <blockquote>{event.reason}</blockquote>
    </li>
  );
  return (
    <>
      <h3>{t("directory.status.log")}</h3>
      {!log.data ? (
        <QueryFallback query={log} label={t("directory.status.logLoading")} />
      ) : log.data.events.length === 0 ? (
        <p className="empty">{t("directory.status.logEmpty")}</p>
      ) : (
        <ol className="log">{log.data.events.map(entry)}</ol>
      )}
    </>
  );
}
