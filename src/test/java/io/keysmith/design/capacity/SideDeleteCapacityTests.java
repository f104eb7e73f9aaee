package io.keysmith.design.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Cost;
import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.design.PatternPlan;
import io.keysmith.model.ModelReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A delete of a many-to-many side is costed with the implied edges it removes first: the Query
 * that collects them and one delete per edge with its index entries, as many edges as the model's
 * counts and maxChildren give per side, an assumed number (and the verdict says so) when they do not.
 */
class SideDeleteCapacityTests {

    // 10,000 playlists of at most 200 songs (2,000,000 edges, 10 per song of 200,000); genres of songs unsized.
    private static final Path MODEL = Path.of("src/test/resources/design/manytomany/playlist-songs.json");

    private static Design design() {
        return DesignEngine.design(ModelReader.read(MODEL).model());
    }

    private static PatternPlan plan(Design d, String id) {
        return d.accessPatterns().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void deletingAPlaylistReadsItsTwoHundredEdgesAndDeletesEachWithItsIndexEntryBeforeIt() {
        PatternPlan delete = plan(design(), "AP3");
        // 200 edges of 1 KB (no itemSizeBytes: the default) in one consistent Query of the playlist's partition: 50 units
        assertThat(delete.readUnits()).isEqualTo(50.0);
        // each edge: 1 unit on the table and 1 on the index that holds it from the song's side; the playlist (500 B): 1
        assertThat(delete.writeUnits()).isEqualTo(200 * 2 + 1.0);
        assertThat(delete.verdict()).doesNotContain("assumed");
    }

    @Test
    void edgesTheModelDoesNotSizeAreAssumedAndTheVerdictSaysSo() {
        Design d = design();
        PatternPlan genre = plan(d, "AP5");
        // a genre's songs: nothing says how many, so 10 edges, read on the eventually consistent index (3 units halved)
        assertThat(genre.verdict()).endsWith("(SongGenre items per Genre unknown, assumed 10)");
        assertThat(genre.readUnits()).isEqualTo(1.5);
        assertThat(genre.writeUnits()).isEqualTo(10 * 2 + 1.0);
        PatternPlan song = plan(d, "AP4");
        // a song's playlists are known (2,000,000 / 200,000 = 10), its genres are not
        assertThat(song.verdict()).contains("SongGenre items per Song unknown, assumed 10").doesNotContain("PlaylistSong items");
        assertThat(song.readUnits()).isEqualTo(1.5 + 3.0);
        assertThat(song.writeUnits()).isEqualTo(10 * 2 + 10 * 2 + 2.0);
    }

    @Test
    void theEdgeDeletesLoadTheIndexThatHoldsTheEdgesAtEachPatternsRate() {
        Cost.IndexCost gsi = design().cost().indexes().stream().filter(i -> "GSI1".equals(i.index())).findFirst().orElseThrow();
        // link and unlink of both edge kinds (1/s each, 1 unit), playlist deletes 2/s x 200, song deletes 5/s x 20,
        // genre deletes 1/s x 10
        assertThat(gsi.writeUnitsPerSecond()).isEqualTo(4 + 400 + 100 + 10.0);
        // the edges collected on it: a song's playlists (1.5 units at 5/s) and a genre's songs (1.5 at 1/s)
        assertThat(gsi.readUnitsPerSecond()).isEqualTo(7.5 + 1.5);
    }
}
