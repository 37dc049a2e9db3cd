package cn.lianshang.shared.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** One page of a list, as every list endpoint returns it. */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapper) {
		return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

	public static <T> PageResponse<T> of(List<T> content, int page, int size, long total) {
		int pages = size == 0 ? 0 : (int) ((total + size - 1) / size);
		return new PageResponse<>(content, page, size, total, pages);
	}

}
