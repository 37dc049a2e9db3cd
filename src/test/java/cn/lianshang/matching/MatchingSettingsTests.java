package cn.lianshang.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.lianshang.matching.MatchingSettings.WeightSettings;
import cn.lianshang.matching.model.Weights;

class MatchingSettingsTests {

	@Test
	void unsetWeightsKeepTheirDefaultsAndSetOnesOverrideThem() {
		MatchingSettings settings = new MatchingSettings(
				new WeightSettings(null, null, null, null, null, null, null, 0.9, null, null), null);
		Weights w = settings.weights().toWeights();
		assertThat(w.distance()).isEqualTo(0.9);
		assertThat(w.process()).isEqualTo(Weights.DEFAULT.process());
		assertThat(settings.candidates()).isEqualTo(MatchingSettings.DEFAULT_CANDIDATES);
		assertThat(new MatchingSettings(null, null).weights().toWeights()).isEqualTo(Weights.DEFAULT);
	}

	@Test
	void negativeWeightsAreRefused() {
		assertThatThrownBy(
				() -> new WeightSettings(-1.0, null, null, null, null, null, null, null, null, null).toWeights())
			.isInstanceOf(IllegalArgumentException.class);
	}

}
