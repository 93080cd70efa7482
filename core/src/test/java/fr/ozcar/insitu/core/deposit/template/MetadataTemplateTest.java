package fr.ozcar.insitu.core.deposit.template;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.deposit.Problem;
import fr.ozcar.insitu.core.deposit.Problems;
import fr.ozcar.insitu.core.deposit.validate.MetadataParser;
import fr.ozcar.insitu.core.model.PivotDeposit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code insitu template ABCD}: a skeleton that lacks no field the import needs, and its guide. */
class MetadataTemplateTest {

    @TempDir
    Path folder;

    @Test
    void theSkeletonHasEveryMandatoryFieldAndItsGuideSaysWhatGoesWhere() throws Exception {
        List<Path> written = MetadataTemplate.write("ABCD", folder);

        assertThat(written).extracting(path -> path.getFileName().toString())
                .containsExactly("ABCD_en.json", "ABCD_en.guide.md");
        Problems problems = new Problems(100);
        PivotDeposit deposit = new MetadataParser(problems).parse("ABCD_en.json",
                Files.readAllBytes(folder.resolve("ABCD_en.json")));
        assertThat(deposit).isNotNull();
        assertThat(deposit.producer().id()).isEqualTo("ABCD");
        assertThat(problems.list()).as(problems.list().toString()).extracting(Problem::code)
                .doesNotContain("json-missing-field");
        String guide = Files.readString(folder.resolve("ABCD_en.guide.md"));
        assertThat(guide).contains("`$.producer.producerId`", "`ABCD_DAT_` + a name",
                "`…observations[].result.qualityFlags[]`").doesNotContain("XXXX");
    }
}
