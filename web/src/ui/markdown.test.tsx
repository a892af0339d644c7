import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown.tsx";

const html = (text: string) => renderToStaticMarkup(<Markdown text={text} />);

describe("Markdown", () => {
  it("renders the usual blocks, with headings under the page's", () => {
    expect(html("# Aim\n\nOne line\nand another.\n\n- a\n- **b**\n\n1. first\n2. second")).toBe(
      "<h3>Aim</h3><p>One line and another.</p><ul><li>a</li><li><strong>b</strong></li></ul><ol><li>first</li><li>second</li></ol>",
    );
    expect(html("> quoted *text*\n\n---\n\n```\n<b>x</b>\n```")).toBe(
      "<blockquote><p>quoted <em>text</em></p></blockquote><hr/><pre><code>&lt;b&gt;x&lt;/b&gt;</code></pre>",
    );
  });

  it("never renders markup or unsafe links from the text", () => {
    expect(html('<script>alert(1)</script> <img src=x onerror="alert(1)">')).toBe(
      "<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>",
    );
    expect(html("[click](javascript:alert(1)) [site](https://example.org) `a*b*`")).toBe(
      '<p>click) <a href="https://example.org" rel="noopener noreferrer nofollow">site</a> <code>a*b*</code></p>',
    );
  });
});
