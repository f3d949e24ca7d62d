package io.smarttriage.text;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;

/**
 * Turns HTML request bodies into plain text with jsoup, keeping line breaks at block elements so
 * that pasted stack traces and logs stay line by line. Text that only looks like code with angle
 * brackets ({@code List<String>}) is left alone: only known HTML tags switch the parser on.
 */
final class HtmlText {

    private static final Pattern HTML_TAG =
            Pattern.compile(
                    "(?i)<(?:p|div|br|span|a|b|i|u|s|ul|ol|li|table|thead|tbody|tr|td|th|pre"
                            + "|code|tt"
                            + "|h[1-6]|html|head|body|font|strong|em|img|blockquote|hr|sup|sub"
                            + "|style"
                            + "|script)\\b[^<>]{0,500}/?>");

    private static final Pattern ENTITY =
            Pattern.compile("&(?:[a-zA-Z]{2,8}|#\\d{1,7}|#[xX][0-9a-fA-F]{1,6});");

    private HtmlText() {}

    /** Returns whether {@code text} contains HTML tags or character entities to decode. */
    static boolean isHtml(String text) {
        return text.indexOf('&') >= 0 && ENTITY.matcher(text).find()
                || text.indexOf('<') >= 0 && HTML_TAG.matcher(text).find();
    }

    /** Returns the text content of {@code html}, entities decoded, one line per block. */
    static String toText(String html) {
        if (!HTML_TAG.matcher(html).find()) {
            return Parser.unescapeEntities(html, false);
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        StringBuilder out = new StringBuilder(html.length());
        body.filter(new TextCollector(out));
        return out.toString();
    }

    /** Appends text nodes in document order, with a line break around each block element. */
    private record TextCollector(StringBuilder out) implements NodeFilter {

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                out.append(text.getWholeText());
            } else if (node instanceof Element element) {
                if (element.nameIs("script") || element.nameIs("style")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                breakIfBlock(element);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                breakIfBlock(element);
                if (element.nameIs("td") || element.nameIs("th")) {
                    out.append(' ');
                }
            }
            return FilterResult.CONTINUE;
        }

        private void breakIfBlock(Element element) {
            if (element.isBlock() || element.nameIs("br")) {
                out.append('\n');
            }
        }
    }
}
