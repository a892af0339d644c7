import type { EventView, Material } from "@alliance/core/web";
import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { problemOf } from "../../api/problem.ts";
import { FileLink } from "../../ui/file-link.tsx";
import { fileFormat, fileSize } from "../../ui/file-size.ts";
import { describeRequestError } from "../../ui/query-error.tsx";
import { StatusMessage } from "../../ui/status.tsx";
import { useAuth } from "../auth/index.ts";
import { MaterialForm } from "./material-form.tsx";
import { eventKeys, removeMaterial } from "./queries.ts";

/**
 * A material's link. Signed out, a plain link (the API redirects to the file);
 * signed in, fetched with the token, without which a draft's files answer 404.
 */
function MaterialLink({ eventId, material }: { eventId: string; material: Material }) {
  const { t } = useTranslation();
  const { state } = useAuth();
  const { attachmentId } = material;
  return (
    <FileLink
      href={`/api/events/${eventId}/materials/${attachmentId}`}
      download={material.fileName}
      tokenless={state.status !== "signed-in"}
      requestLink={() =>
        api.api.events[":eventId"].materials[":attachmentId"].$get({
          param: { eventId, attachmentId },
          query: { as: "link" },
        })
      }
      failedText={t("events.materials.downloadFailed")}
    >
      {material.title}
    </FileLink>
  );
}

/**
 * The event's materials (slides, handouts), for whoever reads the event, kept after it
 * and when it is cancelled (decision 0095). Its organisers add and remove them here.
 */
export function EventMaterials({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [failed, setFailed] = useState<{ material: Material; error: unknown } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const manage = event.actions.manageMaterials;
  if (event.materials.length === 0 && !manage) return null;

  const remove = async (material: Material) => {
    if (removing) return;
    setRemoving(material.attachmentId);
    setFailed(null);
    setNotice(null);
    try {
      const next = await removeMaterial(event, material.attachmentId);
      queryClient.setQueryData(eventKeys.one(event.eventId), next);
      setNotice(t("events.materials.removed", { title: material.title }));
      // The button is gone: the keyboard continues from the list's heading.
      heading.current?.focus();
    } catch (error) {
      if (problemOf(error).stale) {
        await queryClient.invalidateQueries({ queryKey: eventKeys.one(event.eventId) });
      }
      setFailed({ material, error });
    } finally {
      setRemoving(null);
    }
  };

  return (
    <section aria-labelledby="event-materials">
      <h2 id="event-materials" ref={heading} tabIndex={-1}>
        {t("events.materials.title")}
      </h2>
      {event.materials.length === 0 ? (
        <p>{t("events.materials.none")}</p>
      ) : (
        <ul className="links">
          {event.materials.map((material) => (
            <li key={material.attachmentId}>
              <MaterialLink eventId={event.eventId} material={material} />{" "}
              <span className="card__meta">
                {t("events.materials.meta", {
                  format: fileFormat(material.contentType),
                  size: fileSize(material.size),
                })}
              </span>
              {manage && (
                <>
                  {" "}
                  <button
                    type="button"
                    className="link-button link-button--inline"
                    aria-disabled={removing !== null || undefined}
                    onClick={() => void remove(material)}
                  >
                    {removing === material.attachmentId
                      ? t("events.materials.removing")
                      : t("events.materials.remove", { title: material.title })}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {failed && (
        <div className="notice notice--error" role="alert">
          <p>
            {problemOf(failed.error).stale
              ? t("events.materials.errors.stale", { title: failed.material.title })
              : `${t("events.materials.errors.remove", { title: failed.material.title })} ${describeRequestError(failed.error, t)}`}
          </p>
          {!problemOf(failed.error).stale && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void remove(failed.material)}
            >
              {t("actions.retry")}
            </button>
          )}
        </div>
      )}
      <StatusMessage>{notice}</StatusMessage>
      {manage && <MaterialForm event={event} />}
    </section>
  );
}
