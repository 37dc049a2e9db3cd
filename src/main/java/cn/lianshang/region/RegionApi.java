package cn.lianshang.region;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.lianshang.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The division tree as reference data: public, read-only. */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "regions", description = "七市一区及其下级行政区划 / the divisions of the metropolitan area")
class RegionApi {

	private final Regions regions;

	RegionApi(Regions regions) {
		this.regions = regions;
	}

	record RegionView(String code, String name, String level, String parentCode, double latitude, double longitude,
			int childCount) {

	}

	@GetMapping
	@Operation(summary = "The seven cities and the 沈抚改革创新示范区 (SFZ)")
	List<RegionView> topLevel() {
		return regions.topLevel().stream().map(this::view).toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "One division")
	RegionView one(@PathVariable String code) {
		return regions.find(code).map(this::view).orElseThrow(() -> new NotFoundException("region", code));
	}

	@GetMapping("/{code}/children")
	@Operation(summary = "The divisions directly below one division")
	List<RegionView> children(@PathVariable String code) {
		if (!regions.exists(code)) {
			throw new NotFoundException("region", code);
		}
		return regions.childrenOf(code).stream().map(this::view).toList();
	}

	private RegionView view(Region r) {
		return new RegionView(r.code(), r.name(), r.level().name().toLowerCase(), r.parentCode(), r.latitude(),
				r.longitude(), regions.childrenOf(r.code()).size());
	}

}
