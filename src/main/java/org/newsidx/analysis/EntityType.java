package org.newsidx.analysis;

/** The kinds of named entity newsidx recognises; the names are the facet dimensions' types. */
public enum EntityType {
    PERSON("person"),
    ORG("org"),
    PLACE("place");

    private final String dimension;

    EntityType(String dimension) {
        this.dimension = dimension;
    }

    /** The facet dimension (and search option) this type feeds: person, org or place. */
    public String dimension() {
        return dimension;
    }
}
