package cn.lianshang.chain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lianshang.access.AuditLog;
import cn.lianshang.access.CurrentUser;
import cn.lianshang.access.Role;
import cn.lianshang.access.Scope;
import cn.lianshang.enterprise.Industries;
import cn.lianshang.enterprise.IndustryClass;
import cn.lianshang.shared.web.InvalidInputException;
import cn.lianshang.shared.web.InvalidInputException.FieldProblem;

/**
 * A chain officer edits a chain's node set: the whole set is sent, checked, and written
 * as a new version; the old versions stay. Assignments and edges refer to node codes, so
 * they carry over to the nodes that keep their code.
 * <p>
 * Who may edit: a chain's node set is one for the whole metropolitan area (the nodes,
 * their classes and weights drive every city's counts, rates and gaps), so only the
 * administrator and area-level chain officers (a chain officer with no division) write
 * new versions. A city (or county) chain officer reads the chains and works on the
 * enterprises of their jurisdiction: suggestions, confirmations, lead firms and supply
 * edges (see {@link AssigningEnterprises} and {@link RecordingSupplyEdges}).
 */
@Service
public class KeepingChains {

	static final Pattern NODE_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,23}");

	private final BrowsingChains browsing;

	private final ChainVersions versions;

	private final ChainNodes nodes;

	private final Industries industries;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	KeepingChains(BrowsingChains browsing, ChainVersions versions, ChainNodes nodes, Industries industries,
			AuditLog audit, CurrentUser currentUser) {
		this.browsing = browsing;
		this.versions = versions;
		this.nodes = nodes;
		this.industries = industries;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	/**
	 * Whether the caller may write a new version of a node set (see the class comment).
	 */
	public boolean mayEdit() {
		return (currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.CHAIN_OFFICER))
				&& currentUser.scope().kind() == Scope.Kind.ALL;
	}

	/** Checks a node set: the problems, none if it can be saved. */
	List<FieldProblem> validate(List<NodeSpec> specs) {
		List<FieldProblem> problems = new ArrayList<>();
		if (specs == null || specs.isEmpty()) {
			problems.add(new FieldProblem("nodes", "chain.nodes.empty"));
			return problems;
		}
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < specs.size(); i++) {
			NodeSpec s = specs.get(i);
			String f = "nodes[" + i + "]";
			if (s == null) {
				problems.add(new FieldProblem(f, "chain.node.required"));
				continue;
			}
			if (!NodeSpec.SEGMENTS.contains(s.segment())) {
				problems.add(new FieldProblem(f + ".segment", "chain.node.segment", s.segment()));
			}
			if (s.code() == null || !NODE_CODE.matcher(s.code()).matches()) {
				problems.add(new FieldProblem(f + ".code", "chain.node.code", s.code()));
			}
			else if (!codes.add(s.code())) {
				problems.add(new FieldProblem(f + ".code", "chain.node.duplicate", s.code()));
			}
			if (s.name() == null || s.name().isBlank() || s.name().length() > 60) {
				problems.add(new FieldProblem(f + ".name", "chain.node.name"));
			}
			if (!NodeSpec.KINDS.contains(s.kind())) {
				problems.add(new FieldProblem(f + ".kind", "chain.node.kind", s.kind()));
			}
			if (s.industryCodes() == null || s.industryCodes().isEmpty()) {
				problems.add(new FieldProblem(f + ".industryCodes", "chain.node.industry.empty"));
			}
			else {
				for (String c : s.industryCodes()) {
					boolean isClass = industries.find(c)
						.filter(ic -> ic.level() == IndustryClass.Level.CLASS && ic.code().equals(c))
						.isPresent();
					if (!isClass) {
						problems.add(new FieldProblem(f + ".industryCodes", "chain.node.industry", c));
					}
				}
				if (String.join("|", s.industryCodes()).length() > 200) {
					problems.add(new FieldProblem(f + ".industryCodes", "chain.node.industry.too-many"));
				}
			}
			if (s.keywords() != null && String.join("|", s.keywords()).length() > 300) {
				problems.add(new FieldProblem(f + ".keywords", "chain.node.keywords"));
			}
			if (s.weight() < 1 || s.weight() > 5) {
				problems.add(new FieldProblem(f + ".weight", "chain.node.weight"));
			}
		}
		return problems;
	}

	/** Writes a new version of the chain's node set (audited) and returns its number. */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN','CHAIN_OFFICER')")
	public int newVersion(String code, String note, List<NodeSpec> specs) {
		if (!mayEdit()) {
			throw new AccessDeniedException("node sets are edited at the level of the metropolitan area");
		}
		Chain chain = browsing.chain(code);
		List<FieldProblem> problems = validate(specs);
		if (note != null && note.length() > 500) {
			problems.add(new FieldProblem("note", "chain.note.too-long", 500));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<NodeSpec> before = browsing.currentNodes(chain).stream().map(ChainNode::spec).toList();
		int version = chain.nextVersion();
		versions.save(new ChainVersion(chain.code(), version, note, currentUser.actor(), OffsetDateTime.now()));
		for (int i = 0; i < specs.size(); i++) {
			NodeSpec s = specs.get(i);
			nodes.save(new ChainNode(chain.code(), version, i, new NodeSpec(s.segment(), s.code(), s.name().strip(),
					s.kind(), s.industryCodes(), s.keywords() == null ? List.of() : s.keywords(), s.weight())));
		}
		audit.record("chain.version", "chain", chain.code(), before, specs);
		return version;
	}

}
