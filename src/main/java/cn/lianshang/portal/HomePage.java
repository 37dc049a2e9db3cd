package cn.lianshang.portal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;

/**
 * The public home page: what the platform is, and the eight top-level units with their
 * enterprise counts.
 */
@Controller
class HomePage {

	private final Regions regions;

	private final EnterpriseRegistry registry;

	HomePage(Regions regions, EnterpriseRegistry registry) {
		this.regions = regions;
		this.registry = registry;
	}

	@GetMapping("/")
	String home(Model model) {
		List<Region> top = regions.topLevel();
		Map<String, Long> counts = registry.countsByDivision();
		// The zone's enterprises are counted under the zone and not again under a city,
		// so the sum is the total.
		long total = top.stream().mapToLong(r -> counts.getOrDefault(r.code(), 0L)).sum();
		model.addAttribute("regions", top);
		model.addAttribute("counts", counts);
		model.addAttribute("total", total);
		return "home";
	}

}
