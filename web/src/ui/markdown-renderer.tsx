import { memo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import { MARKDOWN_PIECE_LENGTH, markdownPieces, topHeadingDepth } from "./markdown-text.ts";

/**
 * The Markdown renderer proper, in its own chunk (the Markdown component loads it lazily):
 * CommonMark without raw HTML (skipped), sanitised (no script, handler, iframe or
 * style can come through), links only to http, https, mailto or relative
 * addresses, images shown as their alternative text (an image from anywhere
 * would tell a third party who reads the page, and cost a weak connection).
 */
export interface MarkdownRendererProps {
  text: string;
  /** The level of the heading of the section the text sits in (1 to 6). */
  headingLevel: number;
}

const schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"], src: [] },
};

/** Only these schemes survive as links; anything else (javascript:, data:, …) is text. */
const SAFE = /^(https?:|mailto:)/i;

function safeUrl(url: string): string {
  const colon = url.indexOf(":");
  const relative = colon === -1 || /[/?#]/.test(url.slice(0, colon));
  return relative || SAFE.test(url) ? url : "";
}

interface MdNode {
  type: string;
  depth?: number;
  children?: MdNode[];
}

/**
 * Moves the text's headings under the section's: its top-level headings (whatever
 * number of `#` the author used for them) become `headingLevel + 1`, the deeper ones
 * keep their distance from them, and none goes past h6.
 */
function remarkHeadingLevels({ headingLevel, top: given }: { headingLevel: number; top?: number }) {
  return (tree: MdNode) => {
    const headings: MdNode[] = [];
    const stack = [tree];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (node.type === "heading") headings.push(node);
      if (node.children) stack.push(...node.children);
    }
    const top = given ?? Math.min(...headings.map((heading) => heading.depth ?? 1));
    for (const heading of headings) {
      heading.depth = Math.min(6, headingLevel + 1 + (heading.depth ?? 1) - top);
    }
  };
}

function isExternal(href: string): boolean {
  if (!/^https?:/i.test(href)) return false;
  const here = globalThis.location?.origin;
  return !here || new URL(href).origin !== here;
}

function Link({ href, children }: { href?: string | undefined; children?: ReactNode }) {
  const { t } = useTranslation();
  // A link whose address the sanitiser removed is left as its text.
  if (!href) return <>{children}</>;
  if (!isExternal(href)) return <a href={href}>{children}</a>;
  return (
    <a href={href} className="external" rel="noopener noreferrer nofollow">
      {children}
      <span className="visually-hidden"> {t("markdown.external")}</span>
    </a>
  );
}

const components: Components = {
  a: ({ href, children }) => <Link href={href}>{children}</Link>,
  img: ({ alt }) => alt ?? null,
};

function Piece({ text, headingLevel, top }: { text: string; headingLevel: number; top?: number }) {
  if (text.length > MARKDOWN_PIECE_LENGTH) return <p className="plain-text">{text}</p>;
  return (
    <ReactMarkdown
      skipHtml
      remarkPlugins={[
        [remarkHeadingLevels, top === undefined ? { headingLevel } : { headingLevel, top }],
      ]}
      rehypePlugins={[[rehypeSanitize, schema]]}
      urlTransform={safeUrl}
      components={components}
    >
      {text}
    </ReactMarkdown>
  );
}

/** Memoised: a page that re-renders for other reasons does not parse the text again. */
function MarkdownRenderer({ text, headingLevel }: MarkdownRendererProps) {
  const pieces = markdownPieces(text);
  // One piece (most texts) finds its top heading level as it parses; several share one.
  if (pieces.length === 1) return <Piece text={pieces[0] ?? ""} headingLevel={headingLevel} />;
  const top = topHeadingDepth(text) ?? 1;
  return (
    <>
      {pieces.map((piece, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one immutable text
        <Piece key={index} text={piece} headingLevel={headingLevel} top={top} />
      ))}
    </>
  );
}

export default memo(MarkdownRenderer);
