package io.ebbflow.examples.tpch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.ebbflow.examples.tpch.TpchCommandLine.Arguments;
import org.junit.jupiter.api.Test;

class TpchCommandLineTest {

    @Test
    void shouldUseDefaultsWhenNoArgumentsAreGiven() {
        assertThat(Arguments.parse()).isEqualTo(new Arguments(TpchCommandLine.DEFAULT_SCALE_FACTOR, 0, false));
    }

    @Test
    void shouldParseValuesWhenGivenSeparatelyOrAfterEquals() {
        assertThat(Arguments.parse("--sf", "0.1", "--parallelism", "3")).isEqualTo(new Arguments(0.1, 3, false));
        assertThat(Arguments.parse("--parallelism=4", "--sf=1")).isEqualTo(new Arguments(1, 4, false));
    }

    @Test
    void shouldAskForHelpWhenHelpFollowsOtherArguments() {
        assertThat(Arguments.parse("--sf", "0.1", "--help").help()).isTrue();
    }

    @Test
    void shouldNameTheBadValueWhenScaleFactorIsNotPositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> Arguments.parse("--sf", "0"))
                .withMessage("--sf must be positive, was '0'");
        assertThatIllegalArgumentException().isThrownBy(() -> Arguments.parse("--sf", "NaN"))
                .withMessageContaining("'NaN'");
    }

    @Test
    void shouldNameTheArgumentWhenItIsUnknown() {
        assertThatIllegalArgumentException().isThrownBy(() -> Arguments.parse("--scale", "1"))
                .withMessage("Unknown argument '--scale'");
    }
}
