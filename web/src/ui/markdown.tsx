import {
  Component,
  type ComponentType,
  createContext,
  lazy,
  type ReactNode,
  Suspense,
  useContext,
  useState,
} from "react";
import type { MarkdownRendererProps } from "./markdown-renderer.tsx";
import { plainParagraphs } from "./markdown-text.ts";

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
 * Loads the renderer ahead of its first use. The server calls it before rendering, and
 * the browser before hydrating a page whose server render has Markdown: hydration then
 * finds the renderer in place. Through `lazy`, the text's boundary would suspend during
 * hydration, and React renders a boundary again on the client when it is updated before
 * its chunk is in, throwing the server's paragraphs away and making them anew.
 */
export async function preloadMarkdown(): Promise<void> {
  await loadRenderer();
}

/** Whether the server's render of a page showed Markdown (noted by `Markdown`). */
export const MarkdownNotes = createContext<{ rendered: boolean } | null>(null);

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
  const notes = useContext(MarkdownNotes);
  if (notes) notes.rendered = true;
  // Chosen once: a switch from the lazy renderer to the loaded one would remount the text.
  const [MarkdownRenderer] = useState<Renderer>(() => loaded ?? LazyRenderer);
  return (
    <PlainTextOnError key={text} text={text}>
      <Suspense fallback={<PlainText text={text} />}>
        <MarkdownRenderer text={text} headingLevel={headingLevel} />
      </Suspense>
    </PlainTextOnError>
  );
}
