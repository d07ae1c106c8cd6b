package org.newsidx.analysis.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads word clusters from a text file "bitpath<TAB>word[<TAB>count[<TAB>capitalisation bucket]]"
 * (the Brown-clustering output format, plus {@link ClusterBuilder}'s capitalisation prior). */
final class ClusterFile {

    private ClusterFile() {
    }

    static WordClusters read(Path path) throws IOException {
        LongIntMap paths = new LongIntMap(1 << 16);
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length < 2 || f[0].isEmpty()) {
                continue;
            }
            String bits = f[0].length() > 24 ? f[0].substring(0, 24) : f[0];
            int capitalisation = f.length >= 4 ? Integer.parseInt(f[3]) : -1;
            paths.put(StringHash.lower(f[1]), WordClusters.pack(Integer.parseInt(bits, 2), bits.length(), capitalisation));
        }
        return new WordClusters(paths);
    }
}
