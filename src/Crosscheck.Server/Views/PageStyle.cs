namespace Crosscheck.Server.Views;

/// <summary>The CSS every page carries inline: readable type, the highlight colours (each with its own underline, so they survive black-and-white print).</summary>
internal static class PageStyle
{
    public const string Css = """
        :root { --ink: #1c2128; --muted: #5a6472; --line: #e2e6eb; --accent: #1f5fbf; --soft: #f5f7fa;
                --agreed: #dff3e4; --agreed-line: #2e8b4e; --shared: #e4edfb; --shared-line: #3b6fc4;
                --unique: #fff1c9; --unique-line: #b58900; --conflict: #fde0de; --conflict-line: #c0392b; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; color: var(--ink); background: #fff; font: 17px/1.6 Georgia, "Iowan Old Style", "Times New Roman", serif; }
        header.site, footer.site, h1, h2, h3, .meta, form.search, table, .legend, .column header, .cites, nav, .count, .pill { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
        header.site { display: flex; align-items: baseline; gap: 1rem; padding: .9rem 1.5rem; border-bottom: 1px solid var(--line); }
        header.site .brand { font-weight: 700; font-size: 1.1rem; color: var(--ink); letter-spacing: -.01em; }
        header.site .tagline { color: var(--muted); font-size: .85rem; }
        main { max-width: 76rem; margin: 0 auto; padding: 1.5rem 1.5rem 3rem; }
        main.wide { max-width: 120rem; }
        .narrow, section.brief { max-width: 56rem; }
        footer.site { max-width: 76rem; margin: 0 auto; padding: 1rem 1.5rem 2.5rem; color: var(--muted); font-size: .8rem; border-top: 1px solid var(--line); }
        a { color: var(--accent); text-decoration: none; }
        a:hover, a:focus { text-decoration: underline; }
        h1 { font-size: 1.85rem; line-height: 1.2; margin: .2rem 0 .4rem; letter-spacing: -.015em; }
        h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); margin: 2rem 0 .7rem; }
        h3 { font-size: 1.05rem; line-height: 1.3; margin: .2rem 0 .3rem; }
        .meta { color: var(--muted); font-size: .88rem; margin: 0; }
        .meta a { margin-left: .6rem; }
        form.search { display: flex; gap: .5rem; margin: .5rem 0 1.5rem; max-width: 40rem; }
        form.search input { flex: 1; font: inherit; font-size: 1rem; padding: .5rem .7rem; border: 1px solid #c9d0d8; border-radius: 6px; }
        form.search button { font: inherit; font-size: .95rem; padding: .5rem 1rem; border: 0; border-radius: 6px; background: var(--accent); color: #fff; cursor: pointer; }
        .count { color: var(--muted); font-size: .9rem; margin: 0 0 .5rem; }
        ol.stories { list-style: none; margin: 0; padding: 0; }
        ol.stories li { padding: 1rem 0; border-bottom: 1px solid var(--line); }
        ol.stories h3 { font-size: 1.2rem; }
        .pill { display: inline-block; font-size: .75rem; border: 1px solid var(--line); border-radius: 999px; padding: 0 .55rem; margin: .15rem .25rem 0 0; color: var(--muted); background: var(--soft); }
        .empty { color: var(--muted); font-style: italic; }
        .failure { border-left: 4px solid var(--conflict-line); background: #fff8f7; padding: .6rem 1rem; margin: 1rem 0 0; max-width: 50rem; }
        .summary { font-size: 1.08rem; background: var(--soft); border-left: 4px solid var(--accent); padding: .9rem 1.1rem; margin: 1rem 0 0; max-width: 50rem; }
        .summary p { margin: 0 0 .4rem; }
        .cites { font-size: .7em; vertical-align: super; line-height: 0; white-space: nowrap; margin-left: .1em; }
        .conflicts { display: grid; gap: .8rem; max-width: 60rem; }
        .conflict { border: 1px solid #f1c9c4; background: #fff8f7; border-radius: 6px; padding: .5rem 1rem .7rem; }
        .conflict h3 { color: var(--conflict-line); font-family: system-ui, sans-serif; font-size: .95rem; }
        .conflict blockquote { margin: .4rem 0; padding: .2rem .8rem; border-left: 3px solid var(--conflict-line); }
        .conflict blockquote p { margin: 0; }
        .conflict footer { font: .8rem system-ui, sans-serif; color: var(--muted); }
        .legend { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; align-items: center; font-size: .85rem; margin: .3rem 0 1rem; padding: 0; list-style: none; }
        .legend li { display: flex; align-items: center; gap: .4rem; }
        .columns { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(19rem, 1fr); gap: 1.25rem; overflow-x: auto; padding-bottom: .5rem; }
        .column { border-top: 3px solid var(--ink); padding-top: .6rem; min-width: 0; }
        .column header { margin-bottom: .6rem; }
        .column .outlet { font-weight: 700; font-size: .95rem; }
        .column .num { display: inline-block; min-width: 1.4rem; font-size: .75rem; color: #fff; background: var(--ink); border-radius: 3px; text-align: center; margin-right: .4rem; }
        .column h3 { font-family: Georgia, serif; font-size: 1.1rem; }
        .column p { font-size: .98rem; margin: 0 0 .8rem; hyphens: auto; overflow-wrap: break-word; }
        .column .note { font-size: .8rem; color: var(--muted); font-style: italic; }
        mark { color: inherit; padding: .05em 0; border-bottom: 2px solid transparent; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        mark.agreed, .swatch.agreed { background: var(--agreed); border-bottom: 2px solid var(--agreed-line); }
        mark.shared, .swatch.shared { background: var(--shared); border-bottom: 2px dashed var(--shared-line); }
        mark.unique, .swatch.unique { background: var(--unique); border-bottom: 2px dotted var(--unique-line); }
        mark.conflicting, .swatch.conflicting { background: var(--conflict); border-bottom: 3px double var(--conflict-line); }
        .swatch { display: inline-block; width: 1.6rem; height: .95rem; border-radius: 2px; }
        @media (max-width: 40rem) { .columns { grid-auto-flow: row; grid-auto-columns: auto; } main { padding: 1rem; } }
        @media print {
          body { font-size: 10.5pt; }
          header.site .tagline, form.search, .meta a { display: none; }
          main, footer.site { max-width: none; padding: 0; }
          a { color: inherit; }
          .columns { grid-auto-flow: row; grid-template-columns: repeat(2, 1fr); grid-auto-columns: auto; overflow: visible; }
          .column { break-inside: avoid-page; }
          .column p, .conflict, ol.stories li { break-inside: avoid; }
          .summary { background: none; border-left: 3px solid #000; }
        }

        """;
}
