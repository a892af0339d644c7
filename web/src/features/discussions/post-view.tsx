import type { AnswerView, QuestionView } from "@alliance/core/web";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Markdown } from "../../ui/markdown.tsx";
import { ModerationForm, PostForm, ReportForm } from "./lazy-forms.tsx";
import { type PostAt, useEdit, useModerate, useReport } from "./queries.ts";

type Post = QuestionView | AnswerView;

/** A person's name, or "a former member" once they deleted their account. */
export function useName(): (name: string) => string {
  const { t } = useTranslation();
  return (name) => name || t("discussions.formerMember");
}

/** A date and time in the interface's language. */
export function useWhen(): (iso: string) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? i18n.language, {
    dateStyle: "medium",
    timeStyle: "short",
  });
  return (iso) => format.format(new Date(iso));
}

/** Who wrote it (with their mark), when, and whether it was edited. */
export function PostMeta({ post, verb }: { post: Post; verb: "asked" | "answered" }) {
  const { t } = useTranslation();
  const when = useWhen();
  const named = useName();
  return (
    <p className="card__meta post__meta">
      {post.author
        ? t(`discussions.meta.${verb}`, {
            name: named(post.author.name),
            date: when(post.createdAt),
          })
        : when(post.createdAt)}
      {post.role && (
        <>
          {" "}
          <span className={`badge badge--role-${post.role}`}>
            {t(`discussions.roles.${post.role}`)}
          </span>
        </>
      )}
      {post.editedAt && <> · {t("discussions.meta.edited", { date: when(post.editedAt) })}</>}
    </p>
  );
}

/** Its text (Markdown, as item descriptions), or that the moderators hid it. */
export function PostBody({ post }: { post: Post }) {
  const { t } = useTranslation();
  return (
    <>
      {post.state === "hidden" && (
        <p className="notice notice--warning post__hidden">
          {t("discussions.hidden.notice")}
          {post.hiddenReason && (
            <> {t("discussions.hidden.reason", { reason: post.hiddenReason })}</>
          )}
        </p>
      )}
      {post.body !== null && (
        <div className="post__body">
          <Markdown text={post.body} />
        </div>
      )}
    </>
  );
}

/**
 * Edit (its author, within the window), report (other members), moderate
 * (administrators): one form open at a time, below the buttons that open them.
 */
export function PostControls({
  post,
  at,
  label,
  onDone,
}: {
  post: Post;
  at: PostAt;
  /** What the buttons act on, for their accessible names ("question", "answer by …"). */
  label: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<"edit" | "report" | "moderate" | null>(null);
  const edit = useEdit();
  const report = useReport();
  const moderate = useModerate();
  const id = `post-${at.answerId ?? at.questionId}`;
  const close = () => setOpen(null);
  const toggle = (panel: typeof open) => setOpen(open === panel ? null : panel);
  const buttons = [
    post.actions.edit && ("edit" as const),
    post.actions.report && ("report" as const),
    post.actions.moderate && ("moderate" as const),
  ].filter((panel) => panel !== false);
  if (buttons.length === 0) return null;
  return (
    <div className="post__controls">
      <p className="actions actions--row">
        {buttons.map((panel) => (
          <button
            key={panel}
            type="button"
            className="button button--secondary"
            aria-expanded={open === panel}
            aria-controls={open === panel ? `${id}-${panel}` : undefined}
            aria-label={t(`discussions.controls.${panel}`, { post: label })}
            onClick={() => toggle(panel)}
          >
            {t(`discussions.controls.${panel}Short`)}
          </button>
        ))}
      </p>
      <div id={`${id}-${open ?? "none"}`}>
        {open === "edit" && (
          <PostForm
            id={`${id}-edit-form`}
            kind={"title" in post ? "question" : "answer"}
            initial={{ title: "title" in post ? (post.title ?? "") : "", body: post.body ?? "" }}
            title={t("discussions.edit.title")}
            submitLabel={t("discussions.edit.save")}
            pendingLabel={t("discussions.edit.saving")}
            onCancel={close}
            onSend={async (form) => {
              await edit.mutateAsync({ at, form, version: post.version });
              close();
              onDone(t("discussions.edit.done"));
            }}
          />
        )}
        {open === "report" && (
          <ReportForm
            id={`${id}-report-form`}
            title={t("discussions.report.title")}
            submitLabel={t("discussions.report.send")}
            pendingLabel={t("discussions.report.sending")}
            onCancel={close}
            onSend={async (sent) => {
              await report.mutateAsync({ at, report: sent });
              close();
              onDone(t("discussions.report.done"));
            }}
          />
        )}
        {open === "moderate" && (
          <ModerationForm
            id={`${id}-moderation-form`}
            state={post.state}
            title={t("discussions.moderation.title")}
            submitLabel={t("discussions.moderation.send")}
            pendingLabel={t("discussions.moderation.sending")}
            onCancel={close}
            onSend={async (decision) => {
              await moderate.mutateAsync({ at, decision, version: post.version });
              close();
              onDone(t(`discussions.moderation.done.${decision.decision}`));
            }}
          />
        )}
      </div>
    </div>
  );
}
