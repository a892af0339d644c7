import { Component, type ComponentType, lazy, type ReactNode, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MarkdownRendererProps } from "./markdown-renderer.tsx";
import { markdownMark, plainParagraphs } from "./markdown-text.ts";

type Renderer = ComponentType<MarkdownRendererProps>;

/** The renderer once its chunk is in: rendered directly from then on, not through `lazy`. */
let loaded: Renderer | undefined;

const loadRenderer = () =>
  import("./markdown-renderer.tsx").then((module) => {
    loaded = module.default;
    return module;
  });

/**
 * The renderer and its parser are a chunk of their own, fetched the first time a
 * page shows Markdown: the first download of every page stays without them.
 */
const LazyRenderer = lazy(loadRenderer);

/**
 * Loads the renderer ahead of its first use. The server calls it before rendering: the
 * page then has the rendered text, not the plain paragraphs.
 */
export async function preloadMarkdown(): Promise<void> {
  await loadRenderer();
}

/** Whether a page the server rendered is being hydrated (see `serverMarkdownUntil`). */
let hydrating = false;

/**
 * From now until `hydrated` settles (main.tsx: every hydration slice done), each Markdown
 * text the server rendered keeps the server's HTML rather than being parsed again: the
 * renderer's chunk need not be loaded, evaluated and run before a page can answer
 * (decision 0115). A text rendered in that time that is not in the page (a page the
 * visitor went on to) is rendered by the renderer, as ever.
 */
export function serverMarkdownUntil(hydrated: Promise<unknown>): void {
  hydrating = true;
  const done = () => {
    hydrating = false;
  };
  hydrated.then(done, done);
}

/** The server's rendering of a text, as found in the page while hydrating. */
interface Served {
  mark: string;
  language: string;
  html: string;
}

/**
 * The HTML the server rendered for this text at this level, if it is in the page: the
 * content of the element `Markdown` wrapped it in, which only the server's sanitised
 * render (markdown-renderer.tsx) or its plain paragraphs filled.
 */
function servedHtml(mark: string): string | undefined {
  if (typeof document === "undefined") return undefined;
  return document.querySelector(`[data-markdown="${mark}"]`)?.innerHTML;
}

/** The text as plain paragraphs: readable at once while the renderer loads, or if it fails. */
export function PlainText({ text }: { text: string }) {
  return (
    <>
      {plainParagraphs(text).map((paragraph, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one immutable text
        <p key={index} className="plain-text">
          {paragraph}
        </p>
      ))}
    </>
  );
}

/**
 * If the renderer cannot be downloaded, or a pathological text overflows the parser's
 * stack, the reader still gets the words.
 */
class PlainTextOnError extends Component<
  { text: string; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <PlainText text={this.props.text} /> : this.props.children;
  }
}

/**
 * Markdown written by contributors and trainers (descriptions, lessons, transcripts),
 * rendered safely: see markdown-renderer.tsx. `headingLevel` is the level of the
 * heading of the section the text sits in; the text's own headings start one below.
 *
 * The text sits in a `div` marked with `markdownMark`. While a page the server rendered
 * hydrates, the text keeps the server's HTML (the element's content, as
 * `dangerouslySetInnerHTML`, which Preact leaves in place when hydrating) until the text,
 * its level or the interface language (the external links' label) changes; then, and in
 * any render that is not a hydration, the renderer renders it.
 */
export function Markdown({ text, headingLevel = 2 }: { text: string; headingLevel?: number }) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const mark = markdownMark(text, headingLevel);
  const [served] = useState<Served | undefined>(() => {
    const html = hydrating ? servedHtml(mark) : undefined;
    return html === undefined ? undefined : { mark, language, html };
  });
  // Chosen once: a switch from the lazy renderer to the loaded one would remount the text.
  const [MarkdownRenderer] = useState<Renderer>(() => loaded ?? LazyRenderer);
  if (served && served.mark === mark && served.language === language) {
    return (
      <div
        key="served"
        data-markdown={mark}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: the page's own element's content, which the server's sanitised render made (servedHtml); during hydration Preact leaves it as it is
        dangerouslySetInnerHTML={{ __html: served.html }}
      />
    );
  }
  return (
    <div key="rendered" data-markdown={mark}>
      <PlainTextOnError key={text} text={text}>
        <Suspense fallback={<PlainText text={text} />}>
          <MarkdownRenderer text={text} headingLevel={headingLevel} />
        </Suspense>
      </PlainTextOnError>
    </div>
  );
}
