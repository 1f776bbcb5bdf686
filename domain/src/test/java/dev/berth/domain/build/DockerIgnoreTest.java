package dev.berth.domain.build;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DockerIgnoreTest {

    private static final DockerIgnore RULES = DockerIgnore.parse("""
            # comment
            secret.txt
            *.log
            logs
            **/*.tmp
            /build/
            docs/*
            !docs/keep.md
            a?c
            """);

    @ParameterizedTest(name = "{0} excluded: {1}")
    @CsvSource({
            "secret.txt, true",
            "sub/secret.txt, false",
            "x.log, true",
            "sub/x.log, false",
            "logs, true",
            "logs/a.txt, true",
            "deep/er/file.tmp, true",
            "file.tmp, true",
            "build/out.bin, true",
            "docs/other.md, true",
            "docs/keep.md, false",
            "abc, true",
            "abbc, false",
            "keep.txt, false",
            "Dockerfile, false",
    })
    void lastMatchingPatternDecides(String path, boolean excluded) {
        assertEquals(excluded, RULES.excludes(path));
    }
}
