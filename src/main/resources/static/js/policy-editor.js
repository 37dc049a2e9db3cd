// The policy editor: turns the clause tree (JSON in #eligibility-json) and the golden cases (JSON in
// #golden-cases-json) into forms and writes every change back to the JSON, which is what the form submits.
// Without script the two JSON fields are the editor. Problems the server found (li[data-error-path]) are
// marked at the node or case they belong to.
(function () {
	'use strict';

	var form = document.getElementById('policy-editor');
	if (!form) {
		return;
	}
	var L = JSON.parse(form.getAttribute('data-labels') || '{}');
	var QUALS = JSON.parse(form.getAttribute('data-qualifications') || '[]');
	// division and GB/T 4754 codes with their names, fetched once (datalists for the pickers)
	var CODES_URL = form.getAttribute('data-codes-url');
	var NAMES = { divisionIn: null, industryUnder: null };
	var LISTS = { divisionIn: 'division-codes', industryUnder: 'industry-codes' };
	var CASE_LISTS = { division: 'division-codes', industry: 'industry-codes' };
	var treeText = document.getElementById('eligibility-json');
	var casesText = document.getElementById('golden-cases-json');
	var treeBox = document.getElementById('tree-editor');
	var caseBox = document.getElementById('case-editor');
	var serial = 0;

	var GROUPS = ['all', 'any', 'not'];
	// the inputs of each leaf type: [property, kind]
	var LEAF = {
		divisionIn: [['codes', 'codes']],
		industryUnder: [['codes', 'codes']],
		scale: [['scale', 'scale']],
		employees: [['min', 'int'], ['max', 'int']],
		revenue: [['min', 'int'], ['max', 'int']],
		founded: [['from', 'date'], ['to', 'date']],
		age: [['min', 'int'], ['max', 'int']],
		qualification: [['anyOf', 'quals']],
		credit: [],
		rdShare: [['min', 'decimal']],
		graduateHires: [['min', 'int']],
		firstSet: [],
		smartManufacturing: [['level', 'smart']]
	};
	var UNITS = { employees: 'unit.people', revenue: 'unit.wan', age: 'unit.years', rdShare: 'unit.percent',
		graduateHires: 'unit.people' };
	var FACTS = [['division', 'text'], ['industry', 'text'], ['scale', 'scale'], ['employees', 'int'],
		['revenueWan', 'int'], ['foundedOn', 'date'], ['qualifications', 'quals'], ['credit', 'credit'],
		['rdSharePercent', 'decimal'], ['graduateHires', 'int'], ['firstSet', 'bool'],
		['smartManufacturing', 'smartAll']];
	var CHOICES = {
		scale: ['ABOVE', 'BELOW'],
		smart: ['DIGITAL_WORKSHOP', 'SMART_FACTORY'],
		smartAll: ['NONE', 'DIGITAL_WORKSHOP', 'SMART_FACTORY'],
		credit: ['GOOD', 'DISHONEST'],
		bool: ['true', 'false'],
		expected: ['eligible', 'ineligible', 'unknown']
	};

	function t(key) {
		return L[key] || key;
	}

	function el(tag, attrs, children) {
		var e = document.createElement(tag);
		Object.keys(attrs || {}).forEach(function (k) {
			if (k === 'text') {
				e.textContent = attrs[k];
			}
			else if (attrs[k] !== null && attrs[k] !== undefined) {
				e.setAttribute(k, attrs[k]);
			}
		});
		(children || []).forEach(function (c) {
			if (c) {
				e.appendChild(c);
			}
		});
		return e;
	}

	function uid(prefix) {
		serial += 1;
		return prefix + '-' + serial;
	}

	function button(label, cls, onClick) {
		var b = el('button', { type: 'button', 'class': 'button button-secondary button-small ' + (cls || ''), text: label });
		b.addEventListener('click', onClick);
		return b;
	}

	// ------------------------------------------------------------ a picker of codes (divisions, industries)

	// a typed code as the reference data writes it: C3421 is 3421, 210106 stays
	function canonical(type, code) {
		var names = NAMES[type];
		var c = code.trim();
		if (!names || names[c]) {
			return c;
		}
		var upper = c.toUpperCase();
		if (names[upper]) {
			return upper;
		}
		if (type === 'industryUnder' && /^[A-Za-z]\d{2,4}$/.test(c) && names[c.substring(1)]) {
			return c.substring(1);
		}
		return c;
	}

	function codesField(obj, prop, label, onChange) {
		var field = el('div', { 'class': 'field codes-field' });
		var id = uid('c');
		var hintId = id + '-hint';
		function codes() {
			if (!Array.isArray(obj[prop])) {
				obj[prop] = [];
			}
			return obj[prop];
		}
		var chips = el('ul', { 'class': 'code-chips' });
		function renderChips() {
			var names = NAMES[obj.type];
			chips.textContent = '';
			hint.textContent = t(names ? 'codes.pick' : 'codes.hint');
			codes().forEach(function (code, i) {
				var name = names ? names[code] : null;
				var remove = el('button', { type: 'button', 'class': 'chip-remove', 'aria-label': t('codes.remove') + ' ' + code, text: '×' });
				remove.addEventListener('click', function () {
					codes().splice(i, 1);
					onChange();
					renderChips();
					add.focus();
				});
				chips.appendChild(el('li', { 'class': 'code-chip' + (names && !name ? ' unknown-code' : ''), 'data-code': code }, [
					el('span', { 'class': 'mono', text: code }),
					el('span', { 'class': 'chip-name', text: name ? ' ' + name : (names ? ' ' + t('codes.unknown') : '') }),
					remove]));
			});
		}
		var hint = el('span', { 'class': 'hint', id: hintId });
		var add = el('input', { type: 'text', id: id, 'class': 'code-add', 'data-prop': prop, list: LISTS[obj.type],
			autocomplete: 'off', placeholder: t('codes.add'), 'aria-describedby': hintId });
		function addTyped() {
			var v = add.value.trim();
			if (v === '') {
				return;
			}
			v.split(/[\s,，、;；]+/).filter(function (s) { return s.length > 0; }).forEach(function (c) {
				var code = canonical(obj.type, c);
				if (codes().indexOf(code) < 0) {
					codes().push(code);
				}
			});
			add.value = '';
			onChange();
			renderChips();
		}
		// a choice from the list comes as one replacement of the text; typing waits for Enter or leaving
		add.addEventListener('input', function (e) {
			var names = NAMES[obj.type];
			if ((!e.inputType || e.inputType === 'insertReplacementText') && names && names[add.value.trim()]) {
				addTyped();
			}
		});
		add.addEventListener('change', addTyped);
		add.addEventListener('keydown', function (e) {
			if (e.key === 'Enter') {
				e.preventDefault();
				addTyped();
			}
		});
		renderChips();
		field.appendChild(el('label', { 'for': id, text: label }));
		field.appendChild(chips);
		field.appendChild(add);
		field.appendChild(hint);
		// when the reference data arrives: names on the chips, the list's hint (the input stays as it is)
		field.refreshCodes = renderChips;
		return field;
	}

	function loadCodes(then) {
		if (!CODES_URL || !window.fetch) {
			return;
		}
		fetch(CODES_URL, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
			.then(function (r) { return r.ok ? r.json() : null; })
			.then(function (data) {
				if (!data) {
					return;
				}
				[['divisionIn', data.divisions], ['industryUnder', data.industries]].forEach(function (spec) {
					var names = {};
					var list = el('datalist', { id: LISTS[spec[0]] });
					(spec[1] || []).forEach(function (c) {
						names[c.code] = c.name;
						list.appendChild(el('option', { value: c.code, text: c.name }));
					});
					NAMES[spec[0]] = names;
					form.appendChild(list);
				});
				then();
			})
			.catch(function () { /* the pickers stay plain inputs; the server checks the codes */ });
	}

	// ------------------------------------------------------------ one input bound to obj[prop]

	function input(obj, prop, kind, label, onChange, unit) {
		if (kind === 'codes') {
			return codesField(obj, prop, label, onChange);
		}
		var id = uid('f');
		var field = el('div', { 'class': 'field' });
		var value = obj[prop];
		var control;
		if (kind === 'quals') {
			control = el('fieldset', { 'class': 'quals' }, [el('legend', { text: label })]);
			var unknownBox = null;
			if (prop === 'qualifications') {
				// a fact: unknown (absent) is not the same as holding none
				var uidUnknown = uid('q');
				unknownBox = el('input', { type: 'checkbox', id: uidUnknown, 'class': 'unknown' });
				unknownBox.checked = !Array.isArray(value);
				unknownBox.addEventListener('change', function () {
					if (unknownBox.checked) {
						delete obj[prop];
						control.querySelectorAll('input[value]').forEach(function (b) { b.checked = false; });
					}
					else {
						obj[prop] = [];
					}
					onChange();
				});
				control.appendChild(el('label', { 'for': uidUnknown, 'class': 'check' }, [unknownBox, document.createTextNode(' ' + t('unset'))]));
			}
			QUALS.forEach(function (q) {
				var qid = uid('q');
				var box = el('input', { type: 'checkbox', id: qid, value: q.code });
				box.checked = Array.isArray(value) && value.indexOf(q.code) >= 0;
				box.addEventListener('change', function () {
					var chosen = [];
					control.querySelectorAll('input[value]:checked').forEach(function (b) { chosen.push(b.value); });
					if (chosen.length === 0 && prop !== 'qualifications') {
						delete obj[prop];
					}
					else {
						obj[prop] = chosen;
						if (unknownBox) {
							unknownBox.checked = false;
						}
					}
					onChange();
				});
				control.appendChild(el('label', { 'for': qid, 'class': 'check' }, [box, document.createTextNode(' ' + q.name)]));
			});
			field.appendChild(control);
			return field;
		}
		field.appendChild(el('label', { 'for': id, text: label + (unit ? '（' + t(unit) + '）' : '') }));
		if (CHOICES[kind]) {
			control = el('select', { id: id, 'data-prop': prop });
			if (kind !== 'expected' && (kind !== 'scale' && kind !== 'smart' || obj.type === undefined)) {
				control.appendChild(el('option', { value: '', text: t('unset') }));
			}
			CHOICES[kind].forEach(function (c) {
				var text = kind === 'bool' ? t(c === 'true' ? 'yes' : 'no') : t(c);
				control.appendChild(el('option', { value: c, text: text }));
			});
			control.value = value === undefined || value === null ? '' : String(value);
			if (control.value === '' && (kind === 'scale' || kind === 'smart') && obj.type !== undefined) {
				control.value = CHOICES[kind][0];
				obj[prop] = control.value;
			}
		}
		else {
			var type = kind === 'date' ? 'date' : (kind === 'int' || kind === 'decimal') ? 'number' : 'text';
			control = el('input', { type: type, id: id, 'data-prop': prop });
			if (kind === 'int') {
				control.setAttribute('step', '1');
			}
			if (kind === 'decimal') {
				control.setAttribute('step', 'any');
			}
			control.value = value === undefined || value === null ? '' : String(value);
			if (kind === 'text' && CASE_LISTS[prop]) {
				control.setAttribute('list', CASE_LISTS[prop]);
				control.setAttribute('autocomplete', 'off');
			}
		}
		control.addEventListener(control.tagName === 'SELECT' ? 'change' : 'input', function () {
			var v = control.value.trim();
			if (v === '') {
				delete obj[prop];
			}
			else if (kind === 'int') {
				obj[prop] = /^-?\d+$/.test(v) ? parseInt(v, 10) : v;
			}
			else if (kind === 'decimal') {
				obj[prop] = isNaN(Number(v)) ? v : Number(v);
			}
			else if (kind === 'bool') {
				obj[prop] = v === 'true';
			}
			else {
				obj[prop] = v;
			}
			onChange();
		});
		field.appendChild(control);
		return field;
	}

	// ------------------------------------------------------------ the clause tree

	var tree;

	function children(node) {
		if (node.type === 'all') {
			return node.all || (node.all = []);
		}
		if (node.type === 'any') {
			return node.any || (node.any = []);
		}
		return node.not ? [node.not] : [];
	}

	function newLeaf() {
		return { type: 'divisionIn', codes: [], article: null };
	}

	function writeTree() {
		treeText.value = JSON.stringify(tree, function (k, v) { return v === null ? undefined : v; }, 2);
	}

	function renderTree() {
		treeBox.textContent = '';
		treeBox.appendChild(node(tree, 'eligibility', function (replacement) {
			tree = replacement;
			changedTree();
		}, null));
		markProblems();
	}

	function changedTree() {
		writeTree();
		renderTree();
	}

	// one node: a group (all / any / not) with its children, or a leaf; replace(x) puts x in its place
	function node(n, path, replace, remove) {
		if (GROUPS.indexOf(n.type) >= 0) {
			return group(n, path, replace, remove);
		}
		return leaf(n, path, remove);
	}

	function group(n, path, replace, remove) {
		var box = el('fieldset', { 'class': 'clause-group', 'data-path': path });
		var id = uid('g');
		var kind = el('select', { id: id, 'class': 'group-kind' });
		GROUPS.forEach(function (g) {
			kind.appendChild(el('option', { value: g, text: t(g) }));
		});
		kind.value = n.type;
		kind.addEventListener('change', function () {
			var list = children(n);
			var next = kind.value === 'not' ? { type: 'not', not: list[0] || newLeaf() } : { type: kind.value };
			if (kind.value !== 'not') {
				next[kind.value] = list;
			}
			replace(next);
		});
		box.appendChild(el('legend', {}, [el('label', { 'for': id, 'class': 'visually-hidden', text: t('type') }), kind]));
		var list = children(n);
		var items = el('ol', { 'class': 'clause-children' });
		if (list.length === 0) {
			items.appendChild(el('li', { 'class': 'muted small', text: t('empty-group') }));
		}
		list.forEach(function (child, i) {
			var childPath = n.type === 'not' ? path + '.not' : path + '.' + n.type + '[' + i + ']';
			items.appendChild(el('li', {}, [node(child, childPath, function (replacement) {
				if (n.type === 'not') {
					n.not = replacement;
				}
				else {
					list[i] = replacement;
				}
				changedTree();
			}, function () {
				if (n.type === 'not') {
					delete n.not;
				}
				else {
					list.splice(i, 1);
				}
				changedTree();
			})]));
		});
		box.appendChild(items);
		var actions = el('div', { 'class': 'form-actions clause-actions' });
		if (n.type !== 'not' || list.length === 0) {
			actions.appendChild(button(t('add-leaf'), 'add-leaf', function () {
				if (n.type === 'not') {
					n.not = newLeaf();
				}
				else {
					list.push(newLeaf());
				}
				changedTree();
			}));
			actions.appendChild(button(t('add-group'), 'add-group', function () {
				var g = { type: 'any', any: [] };
				if (n.type === 'not') {
					n.not = g;
				}
				else {
					list.push(g);
				}
				changedTree();
			}));
		}
		if (remove) {
			actions.appendChild(button(t('remove'), 'remove', remove));
		}
		box.appendChild(actions);
		return box;
	}

	function leaf(n, path, remove) {
		var box = el('div', { 'class': 'clause-leaf', 'data-path': path });
		var grid = el('div', { 'class': 'form-grid' });
		var id = uid('t');
		var type = el('select', { id: id, 'class': 'leaf-type' });
		Object.keys(L.types || {}).forEach(function (k) {
			type.appendChild(el('option', { value: k, text: L.types[k] }));
		});
		type.value = n.type;
		type.addEventListener('change', function () {
			// a new type keeps the article and nothing else
			var article = n.article;
			Object.keys(n).forEach(function (k) { delete n[k]; });
			n.type = type.value;
			n.article = article;
			if (type.value === 'divisionIn' || type.value === 'industryUnder') {
				n.codes = [];
			}
			changedTree();
		});
		grid.appendChild(el('div', { 'class': 'field' }, [el('label', { 'for': id, text: t('type') }), type]));
		grid.appendChild(input(n, 'article', 'int', t('article'), writeTree));
		(LEAF[n.type] || []).forEach(function (spec) {
			var field = input(n, spec[0], spec[1], t(spec[0] === 'anyOf' ? 'anyOf' : spec[0]), writeTree, UNITS[n.type]);
			if (spec[1] === 'quals' || spec[1] === 'codes') {
				field.classList.add('span-all');
			}
			grid.appendChild(field);
		});
		box.appendChild(grid);
		if (remove) {
			box.appendChild(el('div', { 'class': 'form-actions clause-actions' }, [button(t('remove'), 'remove', remove)]));
		}
		return box;
	}

	// ------------------------------------------------------------ golden cases

	var cases;

	function writeCases() {
		casesText.value = JSON.stringify(cases, null, 2);
	}

	function renderCases() {
		caseBox.textContent = '';
		cases.forEach(function (c, i) {
			if (!c.facts || typeof c.facts !== 'object') {
				c.facts = {};
			}
			var card = el('fieldset', { 'class': 'golden-case', 'data-path': 'goldenCases[' + i + ']', id: 'golden-case-' + i });
			card.appendChild(el('legend', { text: t('case') + ' ' + (i + 1) }));
			var head = el('div', { 'class': 'form-grid' });
			head.appendChild(input(c, 'name', 'text', t('case.name'), writeCases));
			head.appendChild(input(c, 'expected', 'expected', t('case.expected'), writeCases));
			head.appendChild(input(c, 'on', 'date', t('case.on'), writeCases));
			card.appendChild(head);
			var facts = el('div', { 'class': 'form-grid case-facts' });
			FACTS.forEach(function (spec) {
				var field = input(c.facts, spec[0], spec[1], t(spec[0]), writeCases);
				if (spec[1] === 'quals') {
					field.classList.add('span-all');
				}
				facts.appendChild(field);
			});
			card.appendChild(el('details', { 'class': 'case-facts-box', open: 'open' },
				[el('summary', { text: t('case.facts') }), facts]));
			card.appendChild(el('div', { 'class': 'form-actions' }, [button(t('remove'), 'remove-case', function () {
				cases.splice(i, 1);
				writeCases();
				renderCases();
			})]));
			caseBox.appendChild(card);
		});
		caseBox.appendChild(el('div', { 'class': 'form-actions' }, [button(t('add-case'), 'add-case', function () {
			cases.push({ name: '', expected: 'eligible', facts: {} });
			writeCases();
			renderCases();
		})]));
		markProblems();
	}

	// ------------------------------------------------------------ the server's problems at their place

	function markProblems() {
		var nodes = Array.prototype.slice.call(form.querySelectorAll('[data-path]'));
		nodes.forEach(function (n) { n.classList.remove('has-error'); });
		document.querySelectorAll('#problems li[data-error-path]').forEach(function (li) {
			var path = li.getAttribute('data-error-path');
			var best = null;
			nodes.forEach(function (n) {
				var p = n.getAttribute('data-path');
				var prefix = path === p || path.indexOf(p + '.') === 0 || path.indexOf(p + '[') === 0;
				if (prefix && (!best || p.length > best.getAttribute('data-path').length)) {
					best = n;
				}
			});
			if (best) {
				best.classList.add('has-error');
			}
		});
	}

	// ------------------------------------------------------------ start

	function parse(textarea, fallback) {
		var text = textarea.value.trim();
		if (text === '') {
			return fallback;
		}
		try {
			return JSON.parse(text);
		}
		catch (e) {
			return undefined;
		}
	}

	function invalid(box, details) {
		box.textContent = '';
		box.appendChild(el('p', { 'class': 'error', text: t('json-invalid') }));
		details.open = true;
	}

	function startTree() {
		tree = parse(treeText, { type: 'all', all: [] });
		if (!tree || typeof tree !== 'object' || Array.isArray(tree) || !tree.type) {
			invalid(treeBox, document.getElementById('eligibility-raw'));
			return;
		}
		renderTree();
	}

	function startCases() {
		cases = parse(casesText, []);
		if (!Array.isArray(cases)) {
			invalid(caseBox, document.getElementById('cases-raw'));
			return;
		}
		renderCases();
	}

	if (treeBox && treeText) {
		startTree();
		treeText.addEventListener('change', startTree);
	}
	if (caseBox && casesText) {
		startCases();
		casesText.addEventListener('change', startCases);
	}
	// with the reference data, the code fields become pickers (and show the names)
	loadCodes(function () {
		form.querySelectorAll('.codes-field').forEach(function (f) {
			if (f.refreshCodes) {
				f.refreshCodes();
			}
		});
	});

	// after a check, show its result
	var preview = document.getElementById('preview');
	if (preview) {
		preview.scrollIntoView({ block: 'start' });
	}

	// articles: one more row
	var addArticle = document.getElementById('add-article');
	var rows = document.getElementById('article-rows');
	if (addArticle && rows) {
		addArticle.hidden = false;
		addArticle.addEventListener('click', function () {
			var all = rows.querySelectorAll('.article-row');
			var last = all[all.length - 1];
			var copy = last.cloneNode(true);
			var max = 0;
			rows.querySelectorAll('input[name=articleNumber]').forEach(function (i) {
				max = Math.max(max, parseInt(i.value, 10) || 0);
			});
			var index = all.length;
			copy.querySelectorAll('.error').forEach(function (e) { e.remove(); });
			var number = copy.querySelector('input[name=articleNumber]');
			var text = copy.querySelector('textarea[name=articleText]');
			number.value = String(max + 1);
			number.id = 'article-number-' + index;
			number.removeAttribute('aria-invalid');
			text.value = '';
			text.id = 'article-text-' + index;
			text.removeAttribute('aria-invalid');
			var labels = copy.querySelectorAll('label');
			labels[0].setAttribute('for', number.id);
			labels[1].setAttribute('for', text.id);
			rows.appendChild(copy);
			text.focus();
		});
	}
})();
