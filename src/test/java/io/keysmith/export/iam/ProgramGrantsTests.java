package io.keysmith.export.iam;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.model.Model;
import io.keysmith.model.ModelReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A write's policy allows exactly what its program runs: the read that finds the item and each transaction part. */
class ProgramGrantsTests {

    private final Model model = ModelReader.read(Path.of("sample-models/users-service.json")).model();
    private final Design design = DesignEngine.design(model);

    private List<String> writerActionsOf(String pattern) {
        IamPolicy writer = IamPolicies.of(model, design).stream().filter(p -> p.role().equals("writer")).findFirst().orElseThrow();
        return writer.statements().stream().filter(s -> s.patterns().contains(pattern)).flatMap(s -> s.actions().stream())
                .distinct().sorted().toList();
    }

    @Test
    void changingAUniqueEmailNeedsTheReadTheUpdateAndTheMarkerMove() {
        assertThat(writerActionsOf("AP9")).contains("dynamodb:GetItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem",
                "dynamodb:PutItem");
    }

    @Test
    void aProfileUpdateThatMustReadTheStatusFirstNeedsGetItemToo() {
        assertThat(writerActionsOf("AP8")).contains("dynamodb:GetItem", "dynamodb:UpdateItem");
    }

    @Test
    void theReaderCannotWrite() {
        IamPolicy reader = IamPolicies.of(model, design).stream().filter(p -> p.role().equals("reader")).findFirst().orElseThrow();
        assertThat(reader.statements()).flatExtracting(IamPolicy.Statement::actions)
                .doesNotContain("dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem");
    }

    @Test
    void deletingATagMayQueryItsEdgesOnTheIndexWhereTheyAreKeyedByTheTagAndDeleteThemInBatches() {
        Model tagged = ModelReader.read(Path.of("src/test/resources/design/manytomany/tagged-articles.json")).model();
        IamPolicy writer = IamPolicies.of(tagged, DesignEngine.design(tagged)).stream().filter(p -> p.role().equals("writer"))
                .findFirst().orElseThrow();
        assertThat(writer.statements()).anySatisfy(st -> {
            assertThat(st.index()).isEqualTo("GSI1");
            assertThat(st.patterns()).contains("AP7");
            assertThat(st.actions()).containsExactly("dynamodb:Query");
        });
        assertThat(writer.statements()).anySatisfy(st -> {
            assertThat(st.index()).isNull();
            assertThat(st.patterns()).contains("AP7", "AP8");
            // the edges go in BatchWriteItem calls, the side's own item in a DeleteItem
            assertThat(st.actions()).contains("dynamodb:Query", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem");
        });
    }
}
