import { Component, lazy, type ReactNode, Suspense } from "react";
import { plainParagraphs } from "./markdown-text.ts";

/**
 * The renderer and its parser are a chunk of their own, fetched the first time a
 * page shows Markdown: the first download of every page stays without them.
 */
const MarkdownRenderer = lazy(() => import("./markdown-renderer.tsx"));

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
 */
export function Markdown({ text, headingLevel = 2 }: { text: string; headingLevel?: number }) {
  return (
    <PlainTextOnError key={text} text={text}>
      <Suspense fallback={<PlainText text={text} />}>
        <MarkdownRenderer text={text} headingLevel={headingLevel} />
      </Suspense>
    </PlainTextOnError>
  );
}
