package org.licenselens.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlignerTest {
    private static int matched(List<Block> blocks) {
        return blocks.stream().mapToInt(Block::length).sum();
    }

    @Test
    void identicalSequencesAlignAsOneBlock() {
        int[] ref = {1, 2, 3, 4, 5, 6, 7, 8};
        List<Block> blocks = Aligner.align(ref, 0, ref.length, ref);
        assertEquals(List.of(new Block(0, 0, 8)), blocks);
    }

    @Test
    void insertionAndDeletionSplitTheAlignment() {
        int[] ref = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        int[] query = {50, 51, 1, 2, 3, 4, 99, 98, 5, 6, 7, 9, 10, 11, 12};
        List<Block> blocks = Aligner.align(query, 0, query.length, ref);
        assertEquals(new Block(2, 0, 4), blocks.getFirst());
        assertEquals(7, matched(blocks), "8 is missing and 9,10 are too short to seed alone");
        for (int i = 1; i < blocks.size(); i++) {
            assertTrue(blocks.get(i).query() >= blocks.get(i - 1).queryEnd());
            assertTrue(blocks.get(i).reference() >= blocks.get(i - 1).referenceEnd());
        }
    }

    @Test
    void chainKeepsOrderWhenTextIsMovedAround() {
        int[] ref = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        int[] query = {7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6};
        List<Block> blocks = Aligner.align(query, 0, query.length, ref);
        assertEquals(6, matched(blocks), "two swapped halves cannot both be in order");
    }

    @Test
    void respectsTheRegion() {
        int[] ref = {1, 2, 3, 4};
        int[] query = {1, 2, 3, 4, 0, 1, 2, 3, 4};
        List<Block> blocks = Aligner.align(query, 5, 9, ref);
        assertEquals(List.of(new Block(5, 0, 4)), blocks);
    }

    @Test
    void unknownTermsNeverMatch() {
        int[] ref = {-1, -1, -1, -1};
        assertTrue(Aligner.align(ref, 0, 4, ref).isEmpty());
    }

    @Test
    void strayRunsFarFromTheBodyAreTrimmed() {
        int[] ref = {1, 2, 3, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
        int[] query = new int[40];
        java.util.Arrays.fill(query, 99);
        query[0] = 1; query[1] = 2; query[2] = 3;          // three shared words, far ahead of the body
        for (int i = 0; i < 11; i++) {
            query[25 + i] = 10 + i;
        }
        List<Block> blocks = Aligner.align(query, 0, query.length, ref);
        assertEquals(List.of(new Block(25, 3, 11)), blocks);
    }
}
