package jp.policygen.render.html;

/** The stylesheet embedded in every HTML file: readable on screen, A4 when printed. */
final class Css {
    private Css() {
    }

    static final String STYLE = """
            :root { --ink: #1a1a1a; --muted: #555; --rule: #999; }
            body { font-family: "BIZ UDMincho", "BIZ UD明朝", "Yu Mincho", "游明朝", "Hiragino Mincho ProN", \
            "IPAexMincho", serif; color: var(--ink); max-width: 46em; margin: 2em auto; padding: 0 1em; \
            line-height: 1.8; font-size: 11pt; line-break: strict; word-break: normal; }
            h1, h2, h3, h4, h5, h6, caption, th, .marking { font-family: "BIZ UDGothic", "BIZ UDゴシック", \
            "Yu Gothic", "游ゴシック", "Hiragino Sans", "IPAexGothic", sans-serif; }
            h1 { font-size: 1.6em; text-align: center; margin: 1em 0 .3em; }
            h2 { font-size: 1.3em; border-bottom: 1px solid var(--rule); margin-top: 2em; }
            h3 { font-size: 1.15em; margin-top: 1.5em; }
            h4, h5, h6 { font-size: 1em; margin: 1em 0 .3em; }
            .cover { text-align: center; margin-bottom: 3em; }
            .rule h1 { text-align: left; margin-left: 2em; }
            .rule .enactment { text-align: right; margin-bottom: 2em; }
            .body-name { font-size: 1.3em; }
            .meta { display: inline-grid; grid-template-columns: auto auto; gap: .2em 1em; text-align: left; }
            .meta dt { color: var(--muted); }
            .meta dd { margin: 0; }
            .marking { text-align: right; color: #a00; font-weight: bold; margin: 0; }
            table { border-collapse: collapse; margin: .8em 0; width: 100%; }
            th, td { border: 1px solid var(--rule); padding: .3em .5em; vertical-align: top; text-align: left; }
            thead th { background: #eee; }
            caption { font-weight: bold; text-align: left; padding-bottom: .3em; }
            section { margin-left: 0; }
            section section section { margin-left: 1em; }
            section.article, section.article > section.provision { margin-left: 0; }
            section.article section { margin-left: 1em; }
            section.article > section.provision { margin-left: 0; }
            p { margin: .4em 0; text-indent: 1em; }
            p.numbered { text-indent: -1.5em; padding-left: 1.5em; }
            .label { font-weight: normal; margin-right: .5em; }
            h1.caption, h2.caption, h3.caption, h4.caption, h5.caption, h6.caption { font-size: 1em; border: 0; \
            margin: 1em 0 0 1em; font-weight: normal; }
            p.article, p.paragraph { text-indent: -1em; padding-left: 1em; }
            .article-number { font-family: "BIZ UDGothic", "BIZ UDゴシック", "Yu Gothic", "游ゴシック", sans-serif; \
            margin-right: 1em; }
            .paragraph-number { margin-right: 1em; }
            ol.kana { list-style: none; padding-left: 1em; margin: .3em 0; }
            ol.kana li { text-indent: -1.5em; padding-left: 1.5em; }
            nav.toc ol { list-style: none; padding-left: 1.2em; }
            nav.toc a { color: inherit; text-decoration: none; }
            nav.toc a:hover, nav.toc a:focus { text-decoration: underline; }
            @media print {
              body { max-width: none; margin: 0; font-size: 10.5pt; }
              .cover, nav.toc { page-break-after: always; }
              h2, h3, h4 { page-break-after: avoid; }
              tr, li { page-break-inside: avoid; }
              thead { display: table-header-group; }
              .marking { position: fixed; top: 0; right: 0; }
            }
            @page { size: A4; margin: 20mm 20mm 20mm 25mm; }
            """;

    /** Added for a 新旧対照表: a wide page, cells keep their lines, 二重傍線 for renumbered numbers. */
    static final String COMPARISON = """
            body { max-width: none; }
            main table td { white-space: pre-wrap; vertical-align: top; width: 45%; }
            main table td:last-child { width: 10%; }
            u { text-underline-offset: 0.2em; }
            u.double { text-decoration-style: double; }
            """;
}
