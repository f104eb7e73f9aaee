package io.keysmith.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Start-up removes what killed saves left behind, and only that. */
class TemporaryFilesTests {

    private static final Instant LONG_AGO = Instant.parse("2024-01-01T00:00:00Z");

    @TempDir
    Path folder;

    @Test
    void aTruncatedTemporaryFileFromBeforeTheStartIsRemovedAndLogged() throws IOException {
        Workspace workspace = new Workspace(folder);
        String id = workspace.create("Shop");
        Path model = folder.resolve(id + ".json");
        String saved = Files.readString(model);
        Path leftOver = written(folder.resolve("." + id + ".json.tmp"), saved.substring(0, 20), LONG_AGO);

        ListAppender<ILoggingEvent> logged = logged();
        try {
            new Workspace(folder).initialize();
        } finally {
            ((Logger) LoggerFactory.getLogger(TemporaryFiles.class)).detachAppender(logged);
        }

        assertThat(leftOver).doesNotExist();
        assertThat(model).hasContent(saved);
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .singleElement().asString().startsWith("Removed " + leftOver + " (20 bytes)");
    }

    @Test
    void modelFilesLookAlikesAndFreshTemporaryFilesAreKept() throws IOException {
        Path model = written(folder.resolve("shop.json"), "{}", LONG_AGO);
        Path hidden = written(folder.resolve(".shop.json"), "{}", LONG_AGO);
        Path otherTmp = written(folder.resolve(".notes.txt.tmp"), "x", LONG_AGO);
        Path noDot = written(folder.resolve("shop.json.tmp"), "x", LONG_AGO);
        Path fresh = written(folder.resolve(".shop.json.tmp"), "{", Instant.now());
        Files.createDirectories(folder.resolve(".trash"));
        Path trashed = written(folder.resolve(".trash").resolve(".old.json.tmp"), "x", LONG_AGO);

        assertThat(TemporaryFiles.removeStale(folder, Instant.now().minus(1, ChronoUnit.MINUTES))).isEmpty();
        assertThat(model).exists();
        assertThat(hidden).exists();
        assertThat(otherTmp).exists();
        assertThat(noDot).exists();
        assertThat(fresh).exists();
        assertThat(trashed).exists();
    }

    @Test
    void aLinkNamedLikeATemporaryFileIsNotFollowedNorRemoved() throws IOException {
        Path model = written(folder.resolve("shop.json"), "{}", LONG_AGO);
        Path link = Files.createSymbolicLink(folder.resolve(".shop.json.tmp"), model);

        assertThat(TemporaryFiles.removeStale(folder, Instant.now())).isEmpty();
        assertThat(link).isSymbolicLink();
        assertThat(model).hasContent("{}");
    }

    @Test
    void aSaveUsesTheTemporaryFileAndLeavesNoneBehind() {
        Workspace workspace = new Workspace(folder);
        String id = workspace.create("Shop");
        assertThat(TemporaryFiles.of(folder.resolve(id + ".json"))).hasFileName(".shop.json.tmp").doesNotExist();
    }

    private static Path written(Path file, String text, Instant modified) throws IOException {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private static ListAppender<ILoggingEvent> logged() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(TemporaryFiles.class)).addAppender(appender);
        return appender;
    }
}
