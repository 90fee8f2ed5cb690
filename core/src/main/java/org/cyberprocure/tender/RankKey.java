package org.cyberprocure.tender;

import org.cyberprocure.model.Decision;

/**
 * Where an offer stands: offers that can be awarded (ACCEPT, ACCEPT_WITH_CONDITIONS) come first, then INCOMPLETE
 * ones (they cannot be judged until completed), then REJECT ones; within each group the higher score first. An
 * offer without a score comes last in its group.
 */
record RankKey(int group, double score) {

    static RankKey of(Decision decision, Double score) {
        int group = switch (decision) {
            case ACCEPT, ACCEPT_WITH_CONDITIONS -> 0;
            case INCOMPLETE -> 1;
            case REJECT -> 2;
        };
        return new RankKey(group, score == null ? -1 : score);
    }

    /** Strictly ahead of the other: a better group, or the same group and a higher score. */
    boolean ahead(RankKey other) {
        return group < other.group || group == other.group && score > other.score;
    }

    /** 1 plus the number of offers strictly ahead: tied offers share a rank. */
    static int[] ranks(RankKey[] keys) {
        int[] ranks = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            int ahead = 0;
            for (RankKey other : keys) {
                if (other.ahead(keys[i])) {
                    ahead++;
                }
            }
            ranks[i] = ahead + 1;
        }
        return ranks;
    }
}
