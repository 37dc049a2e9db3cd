package cn.lianshang.portal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.lianshang.region.Regions;

@Controller
class HomePage {

	private final Regions regions;

	HomePage(Regions regions) {
		this.regions = regions;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("regions", regions.topLevel());
		return "home";
	}

}
