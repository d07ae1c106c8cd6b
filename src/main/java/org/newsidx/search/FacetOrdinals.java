package org.newsidx.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Where each facet dimension's values sit among the ordinals of the facet doc values field, for
 * counting. Lucene's DefaultSortedSetDocValuesReaderState reads and splits every value of every
 * dimension to find that out, which is a good part of a one-off search; here a flat dimension's
 * range takes two seeks in the sorted values (a dimension's values all start with its name and the
 * delimiter), and only hierarchical dimensions (dates) are read through to build their trees.
 */
final class FacetOrdinals extends SortedSetDocValuesReaderState {

    private static final char DELIMITER = FacetsConfig.DELIM_CHAR;

    private final IndexReader reader;
    private final FacetsConfig config;
    private final String field = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
    private final int valueCount;
    private final Map<String, OrdRange> flat = new LinkedHashMap<>();
    private final Map<String, DimTree> trees = new LinkedHashMap<>();
    private final List<String> dims = new ArrayList<>();
    /** Segment to global ordinals, when there are several segments (built once); else null. */
    private final OrdinalMap ordinalMap;

    /**
     * @param dims the dimensions to find (those missing from the index are left out)
     * @return null when no document has facets
     */
    static FacetOrdinals open(IndexReader reader, FacetsConfig config, List<String> dims) throws IOException {
        FacetOrdinals f = new FacetOrdinals(reader, config);
        return f.valueCount < 0 ? null : f.locate(dims);
    }

    private FacetOrdinals(IndexReader reader, FacetsConfig config) throws IOException {
        this.reader = reader;
        this.config = config;
        SortedSetDocValues dv = MultiDocValues.getSortedSetValues(reader, field);
        this.ordinalMap = dv instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        this.valueCount = dv == null ? -1 : (int) dv.getValueCount();
    }

    private FacetOrdinals locate(List<String> wanted) throws IOException {
        SortedSetDocValues dv = getDocValues();
        TermsEnum te = dv.termsEnum();
        for (String dim : wanted) {
            boolean found = config.getDimConfig(dim).hierarchical ? tree(te, dim) : range(te, dim);
            if (found) {
                dims.add(dim);
            }
        }
        return this;
    }

    /** A flat dimension: the ordinals of "dim DELIM ..." are consecutive. */
    private boolean range(TermsEnum te, String dim) throws IOException {
        BytesRef prefix = new BytesRef(dim + DELIMITER);
        if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END || !StringHelper.startsWith(te.term(), prefix)) {
            return false;
        }
        int start = (int) te.ord();
        // the first value past the dimension: the delimiter's successor sorts right after all of them
        int end = te.seekCeil(new BytesRef(dim + (char) (DELIMITER + 1))) == TermsEnum.SeekStatus.END
                ? valueCount - 1 : (int) te.ord() - 1;
        flat.put(dim, new OrdRange(start, end));
        return true;
    }

    /**
     * A hierarchical dimension: its paths in ordinal order are a depth-first walk of its tree (every
     * ancestor path is indexed, and the delimiter sorts before any label character); a node's next
     * sibling is the first later path that is not deeper than it, when that one is as deep.
     */
    private boolean tree(TermsEnum te, String dim) throws IOException {
        BytesRef root = new BytesRef(dim);
        if (te.seekCeil(root) == TermsEnum.SeekStatus.END) {
            return false;
        }
        BytesRef children = new BytesRef(dim + DELIMITER);
        List<Integer> depths = new ArrayList<>();
        int start = (int) te.ord();
        for (BytesRef t = te.term(); t != null && (t.bytesEquals(root) || StringHelper.startsWith(t, children));
             t = te.next()) {
            depths.add(FacetsConfig.stringToPath(t.utf8ToString()).length);
        }
        if (depths.isEmpty()) {
            return false;
        }
        int n = depths.size();
        List<Integer> siblings = new ArrayList<>(n);
        List<Boolean> hasChildren = new ArrayList<>(n);
        int[] open = new int[n]; // nodes whose next sibling is not known yet, shallowest first
        int top = 0;
        for (int i = 0; i < n; i++) {
            siblings.add(INVALID_ORDINAL);
            hasChildren.add(i + 1 < n && depths.get(i + 1) > depths.get(i));
            int depth = depths.get(i);
            while (top > 0 && depths.get(open[top - 1]) >= depth) {
                int candidate = open[--top];
                if (depths.get(candidate) == depth) {
                    siblings.set(candidate, i);
                }
            }
            open[top++] = i;
        }
        trees.put(dim, new DimTree(start, siblings, hasChildren));
        return true;
    }

    @Override
    public SortedSetDocValues getDocValues() throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        if (ordinalMap == null) {
            return MultiDocValues.getSortedSetValues(reader, field);
        }
        SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
        int[] starts = new int[leaves.size() + 1];
        long cost = 0;
        for (int i = 0; i < values.length; i++) {
            values[i] = DocValues.getSortedSet(leaves.get(i).reader(), field);
            starts[i] = leaves.get(i).docBase;
            cost += values[i].cost();
        }
        starts[values.length] = reader.maxDoc();
        return new MultiDocValues.MultiSortedSetDocValues(values, starts, ordinalMap, cost);
    }

    @Override
    public String getField() {
        return field;
    }

    @Override
    public IndexReader getReader() {
        return reader;
    }

    @Override
    public int getSize() {
        return valueCount;
    }

    @Override
    public FacetsConfig getFacetsConfig() {
        return config;
    }

    @Override
    public OrdRange getOrdRange(String dim) {
        return flat.get(dim);
    }

    @Override
    public Map<String, OrdRange> getPrefixToOrdRange() {
        return new HashMap<>(flat);
    }

    @Override
    public DimTree getDimTree(String dim) {
        return trees.get(dim);
    }

    @Override
    public Iterable<String> getDims() {
        return dims;
    }

    @Override
    public long ramBytesUsed() {
        return ordinalMap == null ? 0 : ordinalMap.ramBytesUsed();
    }
}
