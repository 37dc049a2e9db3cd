package cn.lianshang.portal;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.lianshang.enterprise.EnterpriseRegistry;
import cn.lianshang.region.Region;
import cn.lianshang.region.Regions;
import cn.lianshang.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public region browser: the seven cities and the zone, drilling down to counties and
 * townships, with the enterprise count of every unit. It lives in the portal because it
 * composes two modules: the region tree and the registry's counts (the region module may
 * not depend on the registry, which depends on it).
 */
@Controller
class RegionPages {

	private final Regions regions;

	private final EnterpriseRegistry registry;

	private final Messages messages;

	RegionPages(Regions regions, EnterpriseRegistry registry, Messages messages) {
		this.regions = regions;
		this.registry = registry;
		this.messages = messages;
	}

	@GetMapping("/regions")
	String topLevel(Model model) {
		model.addAttribute("units", regions.topLevel());
		model.addAttribute("counts", registry.countsByDivision());
		return "region/index";
	}

	@GetMapping("/regions/{code}")
	String unit(@PathVariable String code, Model model, HttpServletResponse response) {
		Region region = regions.find(code).orElse(null);
		if (region == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("status", 404);
			model.addAttribute("title", messages.get("problem.title.404"));
			model.addAttribute("detail", messages.get("problem.not-found.detail", messages.get("entity.region"), code));
			return "error";
		}
		Map<String, Long> counts = registry.countsByDivision();
		List<Region> children = regions.childrenOf(code);
		model.addAttribute("region", region);
		model.addAttribute("lineage", regions.lineage(code));
		model.addAttribute("fullName", regions.fullName(code));
		model.addAttribute("children", children);
		model.addAttribute("counts", counts);
		model.addAttribute("note", regions.note(code).map(this::inLanguage).orElse(null));
		return "region/unit";
	}

	/** Notes are stored as "中文 / English"; show the half in the reader's language. */
	private String inLanguage(String note) {
		int split = note.indexOf(" / ");
		if (split < 0) {
			return note;
		}
		return "en".equals(messages.locale().getLanguage()) ? note.substring(split + 3).trim()
				: note.substring(0, split).trim();
	}

}
