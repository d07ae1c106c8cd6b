package org.newsidx.analysis.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads NER gold in the column formats of the shared data into BILOU-tagged documents: CoNLL-2003
 * ("token POS chunk TAG", {@code -DOCSTART-}), Wikigold (IOB1, "token TAG") and UNER ({@code .iob2},
 * "idx token TAG", {@code # newdoc id}). Tag types PER / ORG / LOC / MISC; chunking is conlleval-style so
 * IOB1 and IOB2 both work.
 */
final class NerCorpusReader {

    private NerCorpusReader() {
    }

    /** CoNLL-2003 or Wikigold: token in the first column, tag in the last. */
    static List<LabelledDocument> readConll(Path path) throws IOException {
        return read(path, false, Map.of());
    }

    /**
     * CoNLL with its own entity types, mapped to PER / ORG / LOC / MISC by {@code typeMap} (unmapped types
     * become MISC); without {@code -DOCSTART-}, every {@code sentencesPerDocument} sentences form a document.
     */
    static List<LabelledDocument> readConll(Path path, Map<String, String> typeMap, int sentencesPerDocument)
            throws IOException {
        List<LabelledDocument> docs = read(path, false, typeMap);
        if (docs.size() != 1 || sentencesPerDocument <= 0) {
            return docs;
        }
        List<LabelledDocument> out = new ArrayList<>();
        List<LabelledSentence> all = docs.get(0).sentences();
        for (int i = 0; i < all.size(); i += sentencesPerDocument) {
            out.add(new LabelledDocument(docs.get(0).id() + "-" + i,
                    all.subList(i, Math.min(all.size(), i + sentencesPerDocument))));
        }
        return out;
    }

    /** UNER .iob2: token in the second column, tag in the third. */
    static List<LabelledDocument> readIob2(Path path) throws IOException {
        return read(path, true, Map.of());
    }

    private static List<LabelledDocument> read(Path path, boolean uner, Map<String, String> typeMap)
            throws IOException {
        List<LabelledDocument> docs = new ArrayList<>();
        List<LabelledSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String name = path.getFileName().toString();
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    flushSentence(tokens, tags, sentences, typeMap);
                    continue;
                }
                if (uner && line.startsWith("#")) {
                    if (line.startsWith("# newdoc")) {
                        flushSentence(tokens, tags, sentences, typeMap);
                        flushDocument(name, sentences, docs);
                    }
                    continue;
                }
                String[] cols = line.indexOf('\t') >= 0 ? line.split("\t") : line.trim().split("\\s+");
                if (!uner && cols[0].equals("-DOCSTART-")) {
                    flushSentence(tokens, tags, sentences, typeMap);
                    flushDocument(name, sentences, docs);
                    continue;
                }
                if (uner) {
                    if (cols[0].contains("-") || cols[0].contains(".")) {
                        continue; // multi-word token ranges / empty nodes
                    }
                    tokens.add(cols[1]);
                    tags.add(cols[2]);
                } else {
                    tokens.add(cols[0]);
                    tags.add(cols[cols.length - 1]);
                }
            }
        }
        flushSentence(tokens, tags, sentences, typeMap);
        flushDocument(name, sentences, docs);
        return docs;
    }

    private static void flushSentence(List<String> tokens, List<String> tags, List<LabelledSentence> sentences,
                                      Map<String, String> typeMap) {
        if (!tokens.isEmpty()) {
            if (!typeMap.isEmpty()) {
                tags.replaceAll(t -> mapType(t, typeMap));
            }
            sentences.add(new LabelledSentence(List.copyOf(tokens), toBilou(tags)));
        }
        tokens.clear();
        tags.clear();
    }

    private static void flushDocument(String name, List<LabelledSentence> sentences, List<LabelledDocument> docs) {
        if (!sentences.isEmpty()) {
            docs.add(new LabelledDocument(name + "-" + (docs.size() + 1), List.copyOf(sentences)));
        }
        sentences.clear();
    }

    private static String mapType(String tag, Map<String, String> typeMap) {
        if (tag.length() < 3 || tag.charAt(1) != '-') {
            return tag;
        }
        return tag.substring(0, 2) + typeMap.getOrDefault(tag.substring(2), "MISC");
    }

    /** IOB1/IOB2 tags -> BILOU tag numbers (unknown types become O). */
    static int[] toBilou(List<String> tags) {
        int n = tags.size();
        int[] out = new int[n];
        int start = -1;
        String type = null;
        for (int i = 0; i <= n; i++) {
            String t = i < n ? tags.get(i) : "O";
            char p = 'O';
            String ty = null;
            if (!t.equals("O") && !t.equals("_")) {
                if (t.length() > 2 && (t.charAt(1) == '-' || t.charAt(1) == '_')) {
                    p = t.charAt(0);
                    ty = t.substring(2);
                } else {
                    p = 'I';
                    ty = t;
                }
            }
            if (start >= 0 && (p == 'O' || p == 'B' || p == 'S' || p == 'U' || !ty.equals(type))) {
                writeSpan(out, start, i, type);
                start = -1;
            }
            if (p != 'O' && start < 0) {
                start = i;
                type = ty;
            }
        }
        return out;
    }

    private static void writeSpan(int[] out, int start, int end, String type) {
        int cls = TagSet.classIndex(type);
        if (cls < 0) {
            return;
        }
        if (end - start == 1) {
            out[start] = TagSet.tag(cls, TagSet.U);
            return;
        }
        out[start] = TagSet.tag(cls, TagSet.B);
        for (int k = start + 1; k < end - 1; k++) {
            out[k] = TagSet.tag(cls, TagSet.I);
        }
        out[end - 1] = TagSet.tag(cls, TagSet.L);
    }
}
