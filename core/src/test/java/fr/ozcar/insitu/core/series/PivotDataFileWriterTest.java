package fr.ozcar.insitu.core.series;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PivotDataFileWriterTest {

    @ParameterizedTest
    @CsvSource({"24.31, 24.31", "414, 414", "-9999.9, -9999.9", "0.0001, 0.0001", "1.5e-7, 0.00000015",
            "12345678.25, 12345678.25", "-0.5, -0.5"})
    void numbersAreWrittenAsPlainDecimalsThatReadBackToTheSameDouble(double value, String expected) {
        assertThat(PivotDataFileWriter.number(value)).isEqualTo(expected);
        assertThat(Double.parseDouble(PivotDataFileWriter.number(value))).isEqualTo(value);
    }
}
