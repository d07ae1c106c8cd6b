package org.newsidx.index;

/** Facet labels as stored: clean names, and date values as year/month/day paths. */
public final class FacetLabels {

    private FacetLabels() {
    }

    /** A name with control characters removed and white space collapsed; null when nothing is left. */
    public static String clean(String name) {
        if (name == null) {
            return null;
        }
        String s = name.replaceAll("[\\p{Cntrl}\\u001F]", " ").replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }

    /** "2023-08-14" to {"2023", "08", "14"}; "2023-08" to {"2023", "08"}. */
    public static String[] datePath(String isoDate) {
        return isoDate.split("-");
    }
}
