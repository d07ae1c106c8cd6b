package org.newsidx.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The article's paragraphs on an HTML page, without the page around it: navigation, headers, footers,
 * asides, cookie notices, adverts and newsletter sign-ups by their tags, roles and classes; then, block
 * by block, what reads like links rather than text (a menu, "Share on Facebook", "Read more: ...", a
 * "Most read" list: half or more of its characters are link text), advert labels, copyright lines, and
 * headings left with nothing under them.
 * The link-density test is the one boilerplate detectors use (Kohlschütter et al., "Boilerplate
 * Detection using Shallow Text Features", 2010): it needs no list of site layouts.
 */
final class HtmlArticleText {

    private static final String BOILERPLATE = "nav, header, footer, aside, form, script, style, noscript, "
            + "[role=navigation], [role=banner], [role=contentinfo], .nav, .menu, .footer, .sidebar, .related, "
            + "[class*=cookie], [id*=cookie], [class*=consent], [id*=consent], [class*=advert], [id*=advert], "
            + "[class*=newsletter], [id*=newsletter]";
    private static final String BLOCKS = "p, h2, h3, h4, figcaption, li, blockquote:not(:has(p))";
    /** Share of a block's characters in links from which it is navigation, not text. */
    private static final double MAX_LINK_DENSITY = 0.5;
    /** Length under which a line that starts with "©" or "Copyright" is the site's notice. */
    private static final int COPYRIGHT_LINE = 200;

    private HtmlArticleText() {
    }

    /**
     * The paragraphs of {@code root} (not changed), without boilerplate and without the page's title;
     * the whole text without boilerplate when no paragraph element has any; empty when there is no text.
     */
    static List<String> paragraphs(Element root, String title) {
        Element page = root.clone();
        page.select(BOILERPLATE).remove();
        List<String> blocks = new ArrayList<>();
        List<Boolean> headings = new ArrayList<>();
        for (Element block : page.select(BLOCKS)) {
            if (block.tagName().equals("li") && block.selectFirst("p") != null) {
                continue;
            }
            String t = block.text().strip();
            if (t.isEmpty() || t.equals(title) || isLinks(block, t) || isCopyright(t) || isAdvertLabel(t)) {
                continue;
            }
            blocks.add(t);
            headings.add(block.tagName().matches("h[2-4]"));
        }
        List<String> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            // a heading counts only with text under it ("Most read" over links that were left out does not)
            if (!headings.get(i) || i + 1 < blocks.size() && !headings.get(i + 1)) {
                out.add(blocks.get(i));
            }
        }
        if (out.isEmpty() && blocks.isEmpty()) {
            // a page without paragraph elements: its text as one paragraph (none when it has none)
            String t = page.text().strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The page's {@code <article>} with the most paragraph text, or null: the story, not a teaser card
     * of another story that comes before it in the page.
     */
    static Element mainArticle(org.jsoup.nodes.Document doc) {
        Element best = null;
        int bestLength = -1;
        for (Element article : doc.select("article")) {
            int length = 0;
            for (Element p : article.select("p")) {
                length += p.text().length();
            }
            if (length > bestLength) {
                best = article;
                bestLength = length;
            }
        }
        return best;
    }

    /** Whether half or more of a block's characters are link text, or the block sits inside a link. */
    private static boolean isLinks(Element block, String text) {
        if (block.closest("a") != null) {
            return true; // no block of BLOCKS is itself a link, so this is a link around it
        }
        int linked = 0;
        for (Element a : block.select("a")) {
            linked += a.text().strip().length();
        }
        return linked >= MAX_LINK_DENSITY * text.length();
    }

    /** "Advertisement", "ADVERTISEMENT": the label over an advert, which sits in the story on many pages. */
    private static boolean isAdvertLabel(String text) {
        return text.equalsIgnoreCase("advertisement") || text.equalsIgnoreCase("advert");
    }

    private static boolean isCopyright(String text) {
        return text.length() < COPYRIGHT_LINE && (text.startsWith("©") || text.regionMatches(true, 0, "copyright", 0, 9));
    }
}
