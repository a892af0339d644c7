import { courseFieldsSchema, itemFieldsSchema, lessonContentSchema } from "@alliance/core/web";
import { describe, expect, it } from "vitest";
import { renderStatic } from "../testing/render-static.tsx";
import MarkdownRenderer from "./markdown-renderer.tsx";
import { MARKDOWN_MAX_LENGTH, markdownPieces } from "./markdown-text.ts";

/** The renderer itself (the page loads it lazily; here it is imported directly). */
const html = (text: string, headingLevel = 2) =>
  renderStatic(<MarkdownRenderer text={text} headingLevel={headingLevel} />);

describe("Markdown", () => {
  it("renders the usual blocks", () => {
    expect(html("Some *text*\nand more.\n\n- a\n- **b**\n\n1. first\n2. `second`")).toBe(
      "<p>Some <em>text</em>\nand more.</p>\n<ul>\n<li>a</li>\n<li><strong>b</strong></li>\n</ul>\n<ol>\n<li>first</li>\n<li><code>second</code></li>\n</ol>",
    );
    expect(html("> quoted\n\n---\n\n```\n<b>x</b>\n```")).toBe(
      "<blockquote>\n<p>quoted</p>\n</blockquote>\n<hr/>\n<pre><code>&lt;b>x&lt;/b>\n</code></pre>",
    );
  });

  it("starts the text's headings one level below its section's, and never past h6", () => {
    expect(html("# Aim\n\n## Step\n\n### Detail", 2)).toBe(
      "<h3>Aim</h3>\n<h4>Step</h4>\n<h5>Detail</h5>",
    );
    // An author whose top headings are `##` gets them right under the section, not two below.
    expect(html("## Why a network\n\n### Partners", 4)).toBe(
      "<h5>Why a network</h5>\n<h6>Partners</h6>",
    );
    expect(html("# A\n\n## B\n\n### C", 5)).toBe("<h6>A</h6>\n<h6>B</h6>\n<h6>C</h6>");
    expect(html("Title\n=====", 1)).toBe("<h2>Title</h2>");
  });

  it("lets no markup, script, handler or unsafe address through", () => {
    const rendered = html(
      [
        "<script>alert(1)</script>",
        'Text <img src=x onerror="alert(1)"> and <iframe src="https://example.org"></iframe>.',
        "[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:x)",
        "<javascript:alert(1)> ![logo](https://tracker.example/p.png) ![](data:image/png;base64,AA)",
        '<a href="https://example.org" onclick="x()">raw</a> <style>p{}</style>',
      ].join("\n\n"),
    );
    for (const unsafe of ["<script", "<img", "<iframe", "onerror", "onclick", "<style"]) {
      expect(rendered).not.toContain(unsafe);
    }
    for (const scheme of ["javascript:", "data:", "vbscript:"]) {
      expect(rendered).not.toContain(`href="${scheme}`);
    }
    expect(rendered).not.toContain("src=");
    // Links lose their address, images become their description: the words remain.
    expect(rendered).toContain("<p>click data vb");
    expect(rendered).toContain("logo");
  });

  it("links to web and mail addresses, and marks links to other sites", () => {
    expect(
      html("[site](https://example.org/a) [mail](mailto:a@example.org) [page](/courses)"),
    ).toBe(
      '<p><a href="https://example.org/a" rel="noopener noreferrer nofollow" class="external">site<span class="visually-hidden"> (another site)</span></a> <a href="mailto:a@example.org">mail</a> <a href="/courses">page</a></p>',
    );
  });

  it("renders 50 000 brackets as the text they are", () => {
    // Parsed: five blocks of 10 000 brackets, each within a piece.
    const blocks = Array.from({ length: 5 }, () => "[".repeat(9_998));
    expect(html(blocks.join("\n\n"))).toBe(blocks.map((block) => `<p>${block}</p>`).join(""));
    // One block past a piece's length: shown as plain text, never parsed.
    expect(html("[".repeat(50_000))).toBe(`<p class="plain-text">${"[".repeat(50_000)}</p>`);
  });

  it("never gives the parser more than the cap, nor a block longer than a piece", () => {
    expect(html("a".repeat(MARKDOWN_MAX_LENGTH + 1000))).toBe(
      `<p class="plain-text">${"a".repeat(MARKDOWN_MAX_LENGTH)}</p>`,
    );
    // A long text is parsed in pieces cut at blank lines, none past the piece length...
    const long = Array.from({ length: 30 }, (_, n) => `## Part ${n}\n\n${"word ".repeat(400)}`);
    const pieces = markdownPieces(long.join("\n\n"));
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((piece) => piece.length <= 10_000)).toBe(true);
    expect(pieces.join("\n\n")).toBe(long.join("\n\n").slice(0, MARKDOWN_MAX_LENGTH).trimEnd());
    // ...a fenced block is never cut at its blank lines, and headings keep one outline.
    expect(markdownPieces("```\na\n\nb\n```\n\nc", 8)).toEqual(["```\na\n\nb\n```", "c"]);
    expect(html(`# Top\n\n${"x ".repeat(6000)}\n\n## Sub`, 2)).toContain("<h4>Sub</h4>");
  });

  it("caps no text below what core accepts", () => {
    const [text, video] = lessonContentSchema.options;
    const rendered = [
      text.shape.body,
      video.shape.transcript,
      itemFieldsSchema.shape.description,
      itemFieldsSchema.shape.outcomes,
      courseFieldsSchema.shape.description,
    ];
    for (const field of rendered) {
      expect(field.maxLength ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(MARKDOWN_MAX_LENGTH);
    }
  });
});
