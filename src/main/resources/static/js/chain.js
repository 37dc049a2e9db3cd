/* The chain pages' charts (Apache ECharts 5.5.0 WebJar). Data comes from <script type="application/json"> blocks;
   no inline script (strict CSP). Sets data-rendered="true" on a chart's container once drawn. */
(function () {
	'use strict';

	function data(id) {
		var el = document.getElementById(id);
		return el ? JSON.parse(el.textContent) : null;
	}

	function drawGraph() {
		var box = document.getElementById('chain-graph');
		var tree = data('chain-graph-data');
		if (!box || !tree || typeof echarts === 'undefined') {
			return;
		}
		var max = 1;
		tree.children.forEach(function (s) {
			s.children.forEach(function (n) {
				max = Math.max(max, n.count);
			});
		});
		tree.children.forEach(function (s) {
			s.itemStyle = { color: '#1f5fa8' };
			s.symbolSize = 14;
			s.children.forEach(function (n) {
				n.symbol = 'circle';
				n.itemStyle = { color: n.colour, borderColor: n.colour };
				n.symbolSize = 8 + 18 * Math.sqrt(n.count / max);
			});
		});
		tree.symbolSize = 16;
		var chart = echarts.init(box, null, { renderer: 'canvas' });
		chart.setOption({
			tooltip: {
				trigger: 'item',
				formatter: function (p) {
					var d = p.data, lines = [echarts.format.encodeHTML(d.name)];
					if (d.cities) {
						Object.keys(d.cities).forEach(function (c) {
							lines.push(echarts.format.encodeHTML(c) + ': ' + d.cities[c]);
						});
					}
					return lines.join('<br>');
				}
			},
			series: [{
				type: 'tree',
				data: [tree],
				orient: 'LR',
				top: 10, bottom: 10, left: 90, right: 180,
				initialTreeDepth: 2,
				expandAndCollapse: false,
				label: { position: 'left', verticalAlign: 'middle', align: 'right', fontSize: 12 },
				leaves: { label: { position: 'right', align: 'left' } },
				lineStyle: { color: '#aab7c4' }
			}]
		});
		chart.on('click', function (p) {
			if (p.data && p.data.url) {
				window.location.href = p.data.url;
			}
		});
		window.addEventListener('resize', function () { chart.resize(); });
		box.setAttribute('data-rendered', 'true');
	}

	// The node's enterprises over the boundaries of the seven cities (static/geo, the Liaoning map of Apache
	// ECharts 4.9.0), city seats as diamonds; on a plain longitude/latitude plane if the boundaries do not load.
	function drawMap() {
		var box = document.getElementById('node-map');
		var map = data('node-map-data');
		if (!box || !map || typeof echarts === 'undefined') {
			return;
		}
		var geoUrl = box.getAttribute('data-geo');
		if (geoUrl && window.fetch) {
			fetch(geoUrl, { credentials: 'same-origin' })
				.then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
				.then(function (geo) {
					echarts.registerMap('shenyang-metro', geo);
					render(box, map, true);
				})
				.catch(function () { render(box, map, false); });
		}
		else {
			render(box, map, false);
		}
	}

	function render(box, map, onGeo) {
		var chart = echarts.init(box, null, { renderer: 'canvas' });
		var place = onGeo ? { coordinateSystem: 'geo' } : {};
		var option = {
			animation: false,
			tooltip: { trigger: 'item', formatter: function (p) { return echarts.format.encodeHTML(p.data.name); } },
			series: [Object.assign({
				type: 'scatter',
				name: 'cities',
				symbol: 'diamond',
				symbolSize: 14,
				data: map.cities.map(function (c) {
					return { name: c.name, value: [c.lon, c.lat], itemStyle: { color: c.colour, opacity: 0.5 } };
				}),
				label: { show: true, position: 'right', formatter: '{b}', fontSize: 12 },
				labelLayout: { hideOverlap: true }
			}, place), Object.assign({
				type: 'scatter',
				name: 'enterprises',
				symbolSize: function (v, p) { return p.data.lead ? 14 : 7; },
				data: map.points.map(function (e) {
					return { name: e.name, lead: e.lead, value: [e.lon, e.lat], itemStyle: { color: e.colour } };
				})
			}, place)]
		};
		if (onGeo) {
			option.geo = { map: 'shenyang-metro', roam: true, top: 10, bottom: 10, silent: true,
				itemStyle: { areaColor: '#eef2f6', borderColor: '#9aa8b6' } };
		}
		else {
			option.grid = { left: 50, right: 20, top: 20, bottom: 40 };
			option.xAxis = { type: 'value', name: 'E°', min: 121, max: 125, scale: true };
			option.yAxis = { type: 'value', name: 'N°', min: 40.5, max: 43, scale: true };
		}
		chart.setOption(option);
		window.addEventListener('resize', function () { chart.resize(); });
		box.setAttribute('data-rendered', onGeo ? 'true' : 'plane');
	}

	function start() {
		drawGraph();
		drawMap();
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	} else {
		start();
	}
})();
