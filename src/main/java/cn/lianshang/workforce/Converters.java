package cn.lianshang.workforce;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Small sets stored as one column: shifts as {@code DAY,NIGHT}, days as ISO numbers
 * {@code 12345}.
 */
final class Converters {

	private Converters() {
	}

	@Converter
	static final class Shifts implements AttributeConverter<Set<Shift>, String> {

		@Override
		public String convertToDatabaseColumn(Set<Shift> shifts) {
			return shifts == null ? "" : shifts.stream().sorted().map(Shift::name).collect(Collectors.joining(","));
		}

		@Override
		public Set<Shift> convertToEntityAttribute(String text) {
			EnumSet<Shift> set = EnumSet.noneOf(Shift.class);
			if (text != null && !text.isBlank()) {
				Arrays.stream(text.split(",")).map(Shift::valueOf).forEach(set::add);
			}
			return set;
		}

	}

	@Converter
	static final class Days implements AttributeConverter<Set<DayOfWeek>, String> {

		@Override
		public String convertToDatabaseColumn(Set<DayOfWeek> days) {
			return days == null ? ""
					: days.stream().sorted().map(d -> String.valueOf(d.getValue())).collect(Collectors.joining());
		}

		@Override
		public Set<DayOfWeek> convertToEntityAttribute(String text) {
			EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
			if (text != null) {
				text.chars().forEach(c -> set.add(DayOfWeek.of(c - '0')));
			}
			return set;
		}

	}

}
