import type { ScormRuntimeData, ScormRuntimeRecord } from "@alliance/core/web";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, readJson } from "../../api/client.ts";
import { describeRequestError, QueryError } from "../../ui/query-error.tsx";
import { StatusMessage } from "../../ui/status.tsx";
import { learningKeys } from "./queries.ts";

/*
 * A SCORM lesson's player (decision 0086), loaded only on a SCORM lesson: the package's
 * launch page in a sandboxed frame of the site's origin, and the run-time API it looks
 * for in its parent (`window.API` for 1.2, `window.API_1484_11` for 2004) from
 * scorm-again, loaded per standard. Resumes the learner's record (decision 0085) and
 * saves it on each commit and at the end.
 */

type Cmi = Record<string, unknown> & {
  core?: Record<string, unknown> & { score?: Record<string, unknown> };
  score?: Record<string, unknown>;
};
interface RuntimeApi {
  cmi: Cmi;
  on(event: string, callback: () => void): void;
  loadFromJSON(json: Record<string, unknown>, element?: string): void;
}
/** scorm-again's ESM builds export the class by name; their typings say default. */
type RuntimeModule = Record<
  string,
  (new (settings: Record<string, unknown>) => RuntimeApi) | undefined
>;
type Host = Window & { API?: RuntimeApi; API_1484_11?: RuntimeApi };

const text = (value: unknown) => (typeof value === "string" ? value : "");
const score = (value: unknown) => (value === "" || value == null ? null : Number(value));

/** What the package reported, in the shape the API keeps. */
function reported(standard: ScormRuntimeRecord["standard"], cmi: Cmi): ScormRuntimeData {
  if (standard === "1.2") {
    const core = cmi.core ?? {};
    return {
      standard,
      lessonStatus: text(core.lesson_status) as never,
      scoreRaw: score(core.score?.raw),
      location: text(core.lesson_location),
      suspendData: text(cmi.suspend_data),
      sessionTime: text(core.session_time) || "00:00:00",
    };
  }
  return {
    standard,
    completionStatus: text(cmi.completion_status) as never,
    successStatus: text(cmi.success_status) as never,
    scoreScaled: score(cmi.score?.scaled),
    location: text(cmi.location),
    suspendData: text(cmi.suspend_data),
    sessionTime: text(cmi.session_time) || "PT0S",
  };
}

/** The saved record as scorm-again loads it before the package starts. */
function resumed(data: ScormRuntimeData | null, standard: string): Record<string, unknown> {
  if (!data || data.standard !== standard) return {};
  if (data.standard === "1.2") {
    return {
      core: { lesson_location: data.location, lesson_status: data.lessonStatus, entry: "resume" },
      suspend_data: data.suspendData,
    };
  }
  return {
    location: data.location,
    completion_status: data.completionStatus,
    success_status: data.successStatus,
    entry: "resume",
    suspend_data: data.suspendData,
  };
}

export default function ScormPlayer({
  courseId,
  lessonId,
  title,
}: {
  courseId: string;
  lessonId: string;
  title: string;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const route = api.api.me.courses[":courseId"].lessons[":lessonId"].scorm;
  const param = { courseId, lessonId };
  const record = useQuery({
    // Outside the course's keys: a save that completes the lesson reloads the course's
    // progress, not this record, which the running package holds already.
    queryKey: ["scorm-runtime", courseId, lessonId],
    queryFn: async ({ signal }): Promise<ScormRuntimeRecord> =>
      readJson(await route.$get({ param }, { init: { signal } })),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const [ready, setReady] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const version = useRef(0);
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  const loaded = record.data;

  // The runtime lives as long as the record it resumed: route, param, t and the query
  // client change identity per render, not meaning.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above.
  useEffect(() => {
    if (!loaded) return;
    let live = true;
    const host = window as Host;
    version.current = loaded.version;
    (async () => {
      const module = (loaded.standard === "1.2"
        ? await import("scorm-again/scorm12/min")
        : await import("scorm-again/scorm2004/min")) as unknown as RuntimeModule;
      const Runtime = module.Scorm12API ?? module.Scorm2004API ?? module.default;
      if (!live || !Runtime) return;
      const typed = new Runtime({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
      typed.loadFromJSON(resumed(loaded.data, loaded.standard), "cmi");
      const save = () => {
        // Serialised as scorm-again commits it: its write-only elements (session time)
        // can be read only so. Nothing here may throw into the package's own call.
        let data: ScormRuntimeData;
        try {
          data = reported(loaded.standard, JSON.parse(JSON.stringify(typed.cmi)) as Cmi);
        } catch {
          return;
        }
        saving.current = saving.current.then(async () => {
          try {
            const saved: ScormRuntimeRecord = await readJson(
              await route.$put({
                param,
                json: data,
                header: { "if-match": `"${version.current}"` },
              }),
            );
            version.current = saved.version;
            setSaveError(null);
            if (saved.lessonDone) {
              void queryClient.invalidateQueries({ queryKey: learningKeys.course(courseId) });
            }
          } catch (error) {
            setSaveError(describeRequestError(error, t));
          }
        });
      };
      for (const event of ["LMSCommit", "LMSFinish", "Commit", "Terminate"]) typed.on(event, save);
      if (loaded.standard === "1.2") host.API = typed;
      else host.API_1484_11 = typed;
      setReady(true);
    })();
    return () => {
      live = false;
      delete host.API;
      delete host.API_1484_11;
    };
  }, [loaded, courseId]);

  if (record.isError) return <QueryError error={record.error} onRetry={() => record.refetch()} />;
  if (!loaded || !ready) return <StatusMessage>{t("learning.lesson.scormLoading")}</StatusMessage>;
  return (
    <div className="scorm-frame">
      <iframe
        title={title}
        src={`/scorm/${courseId}/${loaded.packageId}/${loaded.launchPath}`}
        sandbox="allow-scripts allow-same-origin allow-forms"
      />
      {saveError && (
        <p role="alert" className="field__error">
          {t("learning.lesson.scormSaveFailed", { reason: saveError })}
        </p>
      )}
    </div>
  );
}
