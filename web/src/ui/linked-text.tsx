/** http(s) addresses in plain text; what follows them as punctuation stays text. */
const ADDRESS = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’]/g;

/**
 * Plain text with its web addresses as links (messages are text, not Markdown):
 * React escapes every piece, and only http(s) addresses become links, which open
 * in the same tab with no referrer. Paragraphs at blank lines, line breaks kept.
 */
export function LinkedText({ text }: { text: string }) {
  const paragraphs = text.split(/\n\s*\n/);
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one immutable text
        <p key={index} className="prose linked-text">
          {linked(paragraph)}
        </p>
      ))}
    </>
  );
}

function linked(paragraph: string) {
  const pieces: Array<string | { href: string }> = [];
  let last = 0;
  for (const match of paragraph.matchAll(ADDRESS)) {
    if (match.index > last) pieces.push(paragraph.slice(last, match.index));
    pieces.push({ href: match[0] });
    last = match.index + match[0].length;
  }
  if (last < paragraph.length) pieces.push(paragraph.slice(last));
  return pieces.map((piece, index) =>
    typeof piece === "string" ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one immutable text
      <span key={index} style={{ whiteSpace: "pre-line" }}>
        {piece}
      </span>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one immutable text
      <a key={index} href={piece.href} rel="noopener noreferrer nofollow">
        {piece.href}
      </a>
    ),
  );
}
