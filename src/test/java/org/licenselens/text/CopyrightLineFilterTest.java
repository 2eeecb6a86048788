package org.licenselens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CopyrightLineFilterTest {
    private static List<String> terms(String text) {
        return Analysis.folded(text, CopyrightLineFilter::new);
    }

    @Test
    void statementLinesAndTheirRightsReservedLineAreDropped() {
        assertEquals(List.of("redistribution", "is", "fine"),
                terms("Copyright (c) 2004-2010 Foo Corp.\nAll rights reserved.\nRedistribution is fine"));
        assertEquals(List.of("text"), terms("\u00A9 2023 Meta Platforms, Inc.\ntext"));
        assertEquals(List.of("text"), terms("Copyright 1999 by X\n(c) 2004 Foo\n\u00A9 Foo\ntext"));
        assertEquals(List.of("text"), terms(" * Copyright (C) <year> <name of author>\n * text"));
    }

    @Test
    void textLinesStartingWithTheWordStay() {
        assertEquals(List.of("copyright", "notice", "this", "list", "of", "conditions"),
                terms("copyright notice, this list of conditions"));
        assertEquals(List.of("copyright", "law"), terms("Copyright law"));
        assertEquals(List.of("copyright", "holders", "and", "contributors"),
                terms("COPYRIGHT HOLDERS AND CONTRIBUTORS"));
        assertEquals(List.of("c", "you", "must"), terms("(c) You must"));
    }

    @Test
    void licenseWordingAfterAStatementStays() {
        assertEquals(List.of("licensed", "under", "mit"), terms("Copyright 2020 X, licensed under MIT"));
        assertEquals(List.of("spdx", "license", "identifier", "mit"),
                terms("// Copyright (c) 2020 X SPDX-License-Identifier: MIT"));
        assertEquals(List.of("public", "domain"), terms("Copyright (C): Public domain"));
    }

    @Test
    void yearOnlyAfterLicenseWordingIsNoStatement() {
        assertEquals(List.of("copyright", "gnu", "general", "public", "license", "version", "2", "june", "1991"),
                terms("Copyright GNU GENERAL PUBLIC LICENSE Version 2, June 1991"));
    }

    @Test
    void statementInsideALineStays() {
        assertEquals(List.of("see", "copyright", "c", "2004", "foo"), terms("See Copyright (c) 2004 Foo"));
    }

    @Test
    void rightsReservedWithoutAStatementStays() {
        assertEquals(List.of("foo", "all", "rights", "reserved"), terms("Foo\nAll rights reserved."));
        assertEquals(List.of("all", "rights", "reserved", "to", "foo"),
                terms("Copyright 2004 X\nAll rights reserved to Foo"));
    }
}
