import { Fragment, type ReactNode } from "react";

/**
 * A small, safe subset of Markdown, rendered to React elements (never to HTML, so
 * nothing a contributor writes can run or inject markup): paragraphs, headings,
 * bulleted and numbered lists, quotes, code blocks, rules, and inline strong,
 * emphasis, code and links (http, https and mailto only). Headings start at
 * `headingOffset + 1` so that the text's own outline sits under the page's.
 */
export function Markdown({ text, headingOffset = 2 }: { text: string; headingOffset?: number }) {
  return <>{blocks(text.replace(/\r\n?/g, "\n"), headingOffset)}</>;
}

type Heading = "h2" | "h3" | "h4" | "h5" | "h6";

function blocks(text: string, offset: number): ReactNode[] {
  const lines = text.split("\n");
  const out: ReactNode[] = [];
  let index = 0;
  const key = () => `b${out.length}`;

  while (index < lines.length) {
    const line = lines[index] ?? "";
    if (line.trim() === "") {
      index += 1;
      continue;
    }
    const fence = /^\s*(```|~~~)/.exec(line);
    if (fence) {
      const code: string[] = [];
      index += 1;
      while (index < lines.length && !(lines[index] ?? "").trim().startsWith(fence[1] ?? "```")) {
        code.push(lines[index] ?? "");
        index += 1;
      }
      index += 1;
      out.push(
        <pre key={key()}>
          <code>{code.join("\n")}</code>
        </pre>,
      );
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const level = Math.min(6, Math.max(2, (heading[1] ?? "#").length + offset));
      const Tag = `h${level}` as Heading;
      out.push(<Tag key={key()}>{inline(heading[2] ?? "")}</Tag>);
      index += 1;
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      out.push(<hr key={key()} />);
      index += 1;
      continue;
    }
    if (/^\s{0,3}>/.test(line)) {
      const quoted: string[] = [];
      while (index < lines.length && /^\s{0,3}>/.test(lines[index] ?? "")) {
        quoted.push((lines[index] ?? "").replace(/^\s{0,3}>\s?/, ""));
        index += 1;
      }
      out.push(<blockquote key={key()}>{blocks(quoted.join("\n"), offset)}</blockquote>);
      continue;
    }
    const bullet = /^\s{0,3}[-*+]\s+/;
    const numbered = /^\s{0,3}\d{1,9}[.)]\s+/;
    if (bullet.test(line) || numbered.test(line)) {
      const marker = bullet.test(line) ? bullet : numbered;
      const entries: string[] = [];
      while (index < lines.length) {
        const current = lines[index] ?? "";
        if (marker.test(current)) entries.push(current.replace(marker, ""));
        else if (current.trim() !== "" && /^\s+/.test(current) && entries.length > 0) {
          entries[entries.length - 1] += ` ${current.trim()}`;
        } else break;
        index += 1;
      }
      const items = entries.map((entry, at) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static text, rendered once per change
        <li key={`i${at}`}>{inline(entry)}</li>
      ));
      out.push(marker === bullet ? <ul key={key()}>{items}</ul> : <ol key={key()}>{items}</ol>);
      continue;
    }
    const paragraph: string[] = [];
    while (index < lines.length) {
      const current = lines[index] ?? "";
      if (
        current.trim() === "" ||
        /^\s{0,3}(#{1,6}\s|>|```|~~~)/.test(current) ||
        bullet.test(current) ||
        numbered.test(current)
      ) {
        break;
      }
      paragraph.push(current.trim());
      index += 1;
    }
    out.push(<p key={key()}>{inline(paragraph.join(" "))}</p>);
  }
  return out;
}

const SAFE_URL = /^(https?:\/\/|mailto:)/i;
const INLINE =
  /(`+)([^`]+?)\1|\*\*([^*]+?)\*\*|__([^_]+?)__|\*([^*\s][^*]*?)\*|_([^_\s][^_]*?)_|\[([^\]]+)\]\(([^)\s]+)\)|<((?:https?:\/\/|mailto:)[^>\s]+)>/;

/** Inline marks; anything that is not one stays plain text. */
export function inline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let rest = text;
  while (rest.length > 0) {
    const match = INLINE.exec(rest);
    if (!match) {
      out.push(rest);
      break;
    }
    if (match.index > 0) out.push(rest.slice(0, match.index));
    const key = `n${out.length}`;
    const [whole, , code, strong1, strong2, em1, em2, label, href, auto] = match;
    if (code !== undefined) out.push(<code key={key}>{code}</code>);
    else if (strong1 !== undefined || strong2 !== undefined) {
      out.push(<strong key={key}>{inline(strong1 ?? strong2 ?? "")}</strong>);
    } else if (em1 !== undefined || em2 !== undefined) {
      out.push(<em key={key}>{inline(em1 ?? em2 ?? "")}</em>);
    } else if (label !== undefined && href !== undefined) {
      out.push(
        SAFE_URL.test(href) ? (
          <a key={key} href={href} rel="noopener noreferrer nofollow">
            {inline(label)}
          </a>
        ) : (
          <Fragment key={key}>{inline(label)}</Fragment>
        ),
      );
    } else if (auto !== undefined) {
      out.push(
        <a key={key} href={auto} rel="noopener noreferrer nofollow">
          {auto}
        </a>,
      );
    } else out.push(whole);
    rest = rest.slice(match.index + whole.length);
  }
  return out;
}
