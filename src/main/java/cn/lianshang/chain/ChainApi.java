package cn.lianshang.chain;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.lianshang.chain.ChainViews.AssignmentView;
import cn.lianshang.chain.ChainViews.ChainDetail;
import cn.lianshang.chain.ChainViews.ChainSummary;
import cn.lianshang.chain.ChainViews.EdgeView;
import cn.lianshang.chain.ChainViews.GapView;
import cn.lianshang.chain.ChainViews.Rate;
import cn.lianshang.chain.ChainViews.RateBreakdown;
import cn.lianshang.chain.ChainViews.VersionView;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The fixed chain endpoints of API-CONTRACT.md ({@code /chains}, {@code /chains/{code}},
 * {@code /gaps}, {@code /local-supporting-rate}) and the rest of the module's API.
 */
@RestController
@RequestMapping("/api/v1/chains")
@Validated
@Tag(name = "chains",
		description = "产业链图谱 / industrial chains, enterprises on nodes, supply edges, local supporting rate, gaps")
class ChainApi {

	private final BrowsingChains browsing;

	private final KeepingChains keeping;

	private final AssigningEnterprises assigning;

	private final RecordingSupplyEdges recording;

	ChainApi(BrowsingChains browsing, KeepingChains keeping, AssigningEnterprises assigning,
			RecordingSupplyEdges recording) {
		this.browsing = browsing;
		this.keeping = keeping;
		this.assigning = assigning;
		this.recording = recording;
	}

	@GetMapping
	@Operation(summary = "The chains: code, name, group (LAOZIHAO, YUANZIHAO, XINZIHAO, NEWIT)")
	List<ChainSummary> chains() {
		return browsing.list();
	}

	@GetMapping("/{code}")
	@Operation(
			summary = "One chain, its segments 上游/中游/下游 and nodes with GB/T 4754 classes and confirmed enterprises in the caller's jurisdiction")
	ChainDetail chain(@PathVariable String code) {
		return browsing.detail(code);
	}

	@GetMapping("/{code}/local-supporting-rate")
	@Operation(
			summary = "Shares (0–1), by count and by value (band midpoints), of the chain's supply edges whose supplier is inside the metropolitan area; buyers in the caller's jurisdiction and in `city` if given")
	Rate rate(@PathVariable String code, @RequestParam(required = false) String city) {
		return browsing.rate(code, city);
	}

	@GetMapping("/{code}/local-supporting-rate/breakdown")
	@Operation(summary = "The rate of the chain, per buyer city and per lead firm")
	RateBreakdown breakdown(@PathVariable String code) {
		return browsing.breakdown(code);
	}

	@GetMapping("/{code}/gaps")
	@Operation(summary = "Gap nodes ranked for investment attraction (招商), with the reasoning; per city if given")
	List<GapView> gaps(@PathVariable String code, @RequestParam(required = false) String city) {
		return browsing.gaps(code, city);
	}

	@GetMapping("/{code}/versions")
	@Operation(summary = "The versions of the chain's node set, newest first")
	List<VersionView> versions(@PathVariable String code) {
		return browsing.versions(code);
	}

	/** A new node set. */
	record NewVersion(String note, List<NodeSpec> nodes) {

	}

	@PutMapping("/{code}/nodes")
	@Operation(
			summary = "The administrator or an area-level chain officer (no division) replaces the node set: a new version (the old ones are kept); a city chain officer gets 403")
	Map<String, Integer> newVersion(@PathVariable String code, @RequestBody NewVersion body) {
		return Map.of("version", keeping.newVersion(code, body.note(), body.nodes()));
	}

	@GetMapping("/{code}/nodes/{node}/enterprises")
	@Operation(summary = "Enterprises on a node in the caller's jurisdiction; status SUGGESTED, CONFIRMED or REJECTED")
	PageResponse<AssignmentView> enterprises(@PathVariable String code, @PathVariable String node,
			@RequestParam(required = false) String status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return browsing.onNode(code, node, status(status), page, size);
	}

	static Assignment.Status status(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return Assignment.Status.valueOf(status.trim());
		}
		catch (IllegalArgumentException e) {
			throw InvalidInputException.of("status", "chain.assignment.status", status);
		}
	}

	@PostMapping("/{code}/nodes/{node}/suggestions")
	@PreAuthorize("hasAnyRole('ADMIN','CHAIN_OFFICER')")
	@Operation(summary = "Suggest enterprises of the caller's jurisdiction for the node (by class, by keywords in"
			+ " their names, and by keywords in the text of their open marketplace offers)")
	Map<String, Integer> suggest(@PathVariable String code, @PathVariable String node) {
		return Map.of("suggested", assigning.suggest(code, node));
	}

	/** An enterprise put on a node directly. */
	record Assign(String uscc) {

	}

	@PostMapping("/{code}/nodes/{node}/enterprises")
	@PreAuthorize("hasAnyRole('ADMIN','CHAIN_OFFICER')")
	@Operation(summary = "A chain officer puts an enterprise of their jurisdiction on the node (confirmed)")
	ResponseEntity<AssignmentView> assign(@PathVariable String code, @PathVariable String node,
			@RequestBody Assign body) {
		AssignmentView view = assigning.assign(code, node, body.uscc());
		return ResponseEntity.created(URI.create("/api/v1/chains/assignments/" + view.id())).body(view);
	}

	@PostMapping("/assignments/{id}/{decision}")
	@PreAuthorize("hasAnyRole('ADMIN','CHAIN_OFFICER')")
	@Operation(summary = "confirm, reject, lead (mark 链主) or unlead an enterprise on a node")
	AssignmentView decide(@PathVariable long id, @PathVariable String decision) {
		AssigningEnterprises.Decision d;
		try {
			d = AssigningEnterprises.Decision.valueOf(decision.toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw InvalidInputException.of("decision", "chain.assignment.decision", decision);
		}
		return assigning.decide(id, d);
	}

	@GetMapping("/{code}/supply-edges")
	@Operation(summary = "Supply edges whose buyer or supplier is in the caller's jurisdiction, newest first")
	PageResponse<EdgeView> edges(@PathVariable String code, @RequestParam(required = false) String node,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return browsing.edges(code, node, page, size);
	}

	@PostMapping("/supply-edges")
	@PreAuthorize("hasAnyRole('ENTERPRISE','CHAIN_OFFICER','ADMIN')")
	@Operation(
			summary = "An enterprise declares a supply relation of its own (a chain officer or the administrator one of an enterprise of their jurisdiction, named by enterpriseUscc), as SUPPLIER or BUYER; a supplier outside the area is named with its province/city")
	ResponseEntity<EdgeView> declare(@RequestBody RecordingSupplyEdges.Declaration body) {
		EdgeView view = recording.declare(body);
		return ResponseEntity.created(URI.create("/api/v1/chains/" + view.chainCode() + "/supply-edges")).body(view);
	}

}
