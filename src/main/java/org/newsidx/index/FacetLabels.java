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
        // one pass, no regex: this runs for every facet value of every article
        StringBuilder sb = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        String s = sb.toString();
        return s.isEmpty() ? null : s;
    }

    /** "2023-08-14" to {"2023", "08", "14"}; "2023-08" to {"2023", "08"}. */
    public static String[] datePath(String isoDate) {
        return isoDate.split("-");
    }
}
