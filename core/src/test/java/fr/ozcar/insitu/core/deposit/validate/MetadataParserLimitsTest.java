package fr.ozcar.insitu.core.deposit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.deposit.Problem;
import fr.ozcar.insitu.core.deposit.Problems;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MetadataParserLimitsTest {

    @Test
    void jsonNestedBeyondTheParsersLimitIsASyntaxErrorThatNamesNoParserInternalsNorAFalseLine() {
        String json = "{\"deep\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        Problems problems = new Problems(100);

        assertThat(new MetadataParser(problems).parse("ABCD_en.json", json.getBytes(StandardCharsets.UTF_8))).isNull();

        Problem problem = problems.list().get(0);
        assertThat(problem.code()).isEqualTo("json-syntax");
        assertThat(problem.file()).isEqualTo("ABCD_en.json");
        assertThat(problem.message()).contains("nesting depth").doesNotContain("StreamReadConstraints", "`");
        assertThat(problem.line()).isNull();
    }
}
