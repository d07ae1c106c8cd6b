package org.newsidx.analysis;

/**
 * A named entity in the text.
 *
 * @param canonical the one name this entity counts under in facets ("Emmanuel Macron" for "Mr Macron")
 */
public record EntityMention(int start, int end, String text, EntityType type, String canonical) {
}
