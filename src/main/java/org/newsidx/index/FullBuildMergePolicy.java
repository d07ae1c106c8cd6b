package org.newsidx.index;

import java.io.IOException;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.TieredMergePolicy;

/**
 * Lucene's tiered merge policy, except that natural merges can be held back while a run builds most
 * of the index anew: such a run ends with one forced merge anyway, so every merge before it would be
 * work done twice. Forced merges always go through. Thread-safe.
 */
final class FullBuildMergePolicy extends FilterMergePolicy {

    private volatile boolean holdBack;

    FullBuildMergePolicy() {
        super(new TieredMergePolicy());
    }

    /** Holds back (true) or allows (false) natural merges from now on. */
    void holdBackMerges(boolean holdBack) {
        this.holdBack = holdBack;
    }

    @Override
    public MergeSpecification findMerges(MergeTrigger trigger, SegmentInfos infos, MergeContext context)
            throws IOException {
        return holdBack ? null : super.findMerges(trigger, infos, context);
    }

    @Override
    public MergePolicy.MergeSpecification findFullFlushMerges(MergeTrigger trigger, SegmentInfos infos,
                                                              MergeContext context) throws IOException {
        return holdBack ? null : super.findFullFlushMerges(trigger, infos, context);
    }
}
