/**
 * Limits and splitting for the Markdown renderer. The parser (micromark) is
 * quadratic on some inputs within one block: 10 000 characters of `a*a*…` take
 * about 0.3 s, 40 000 about 4 s. So the renderer never gets more than
 * MARKDOWN_MAX_LENGTH characters (the longest text core accepts), and gets them
 * in pieces of at most MARKDOWN_PIECE_LENGTH, cut at blank lines; a single block
 * longer than a piece is shown as plain text. Ordinary texts are one piece.
 */
export const MARKDOWN_MAX_LENGTH = 50_000;
export const MARKDOWN_PIECE_LENGTH = 10_000;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Whether a fenced code block is open after this line, and with which marker. */
function fenceAfter(line: string, open: string | undefined): string | undefined {
  const marker = FENCE.exec(line)?.[1];
  if (!marker) return open;
  if (open === undefined) return marker;
  return marker[0] === open[0] && marker.length >= open.length ? undefined : open;
}

/** The text as the renderer may take it: line endings made `\n`, cut at the cap. */
export function cappedMarkdown(text: string): string {
  return text.replace(/\r\n?/g, "\n").slice(0, MARKDOWN_MAX_LENGTH);
}

/**
 * The text's blocks (separated by blank lines outside fenced code), joined back
 * into pieces of at most `size` characters where the blocks allow it.
 */
export function markdownPieces(text: string, size = MARKDOWN_PIECE_LENGTH): string[] {
  const blocks: string[] = [];
  let block: string[] = [];
  let fence: string | undefined;
  for (const line of cappedMarkdown(text).split("\n")) {
    fence = fenceAfter(line, fence);
    if (fence === undefined && line.trim() === "" && block.length > 0) {
      blocks.push(block.join("\n"));
      block = [];
    } else if (line.trim() !== "" || block.length > 0) block.push(line);
  }
  if (block.length > 0) blocks.push(block.join("\n"));

  const pieces: string[] = [];
  for (const next of blocks) {
    const last = pieces.at(-1);
    if (last !== undefined && last.length + 2 + next.length <= size) {
      pieces[pieces.length - 1] = `${last}\n\n${next}`;
    } else pieces.push(next);
  }
  return pieces;
}

/**
 * The fewest `#` of the text's headings outside fenced code (a line scan, for texts
 * rendered in several pieces, whose outline no single parse sees), or undefined.
 */
export function topHeadingDepth(text: string): number | undefined {
  let top: number | undefined;
  let fence: string | undefined;
  for (const line of cappedMarkdown(text).split("\n")) {
    fence = fenceAfter(line, fence);
    const depth = fence === undefined ? /^ {0,3}(#{1,6})(\s|$)/.exec(line)?.[1]?.length : undefined;
    if (depth !== undefined && (top === undefined || depth < top)) top = depth;
  }
  return top;
}

/** Paragraphs of plain text (blank-line separated), for the moment before Markdown renders. */
export function plainParagraphs(text: string): string[] {
  return cappedMarkdown(text)
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/**
 * A short mark of a text as rendered at a heading level (its length and a 32-bit FNV-1a
 * hash): the server writes it on the element that holds the rendered text, and the
 * browser finds that element by it while hydrating (markdown.tsx). Two elements with the
 * same mark hold the same text at the same level.
 */
export function markdownMark(text: string, headingLevel: number): string {
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at++) {
    hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  }
  return `${text.length.toString(36)}-${(hash >>> 0).toString(36)}-${headingLevel}`;
}
