// The charts of /metro/evaluation (ECharts 5.5.0 from the WebJar): a bar of the composite index and TOPSIS
// closeness per city, a map of the seven cities and the zone shaded by the index, and one radar per city over
// the six dimensions. The data come from the page's JSON block
// #metro-evaluation-data (no inline script: the Content-Security-Policy forbids it); the same numbers are in the
// ranking table, so the page still says everything without JavaScript.
(function () {
	'use strict';

	function draw() {
		var block = document.getElementById('metro-evaluation-data');
		if (!block || typeof echarts === 'undefined') {
			return;
		}
		var data = JSON.parse(block.textContent);
		if (!data.units || data.units.length === 0) {
			return;
		}
		var charts = [];
		var barEl = document.getElementById('metro-bar');
		if (barEl) {
			var sorted = data.units.slice().sort(function (a, b) { return a.index - b.index; });
			var bar = echarts.init(barEl);
			bar.setOption({
				animation: false,
				tooltip: { trigger: 'axis' },
				legend: { data: [data.indexLabel, data.topsisLabel] },
				grid: { left: 8, right: 56, top: 32, bottom: 8, containLabel: true },
				xAxis: [{ type: 'value', name: data.indexLabel, max: data.scaleMax || null },
					{ type: 'value', name: data.topsisLabel, min: 0, max: 1, position: 'top', show: false }],
				yAxis: { type: 'category', data: sorted.map(function (u) { return u.name; }) },
				series: [
					{ name: data.indexLabel, type: 'bar', data: sorted.map(function (u) { return u.index; }),
						label: { show: true, position: 'right' } },
					{ name: data.topsisLabel, type: 'scatter', xAxisIndex: 1, symbolSize: 10,
						data: sorted.map(function (u) { return u.topsis; }) }
				]
			});
			charts.push(bar);
		}
		var mapEl = document.getElementById('metro-map');
		if (mapEl && window.fetch) {
			fetch(mapEl.getAttribute('data-geo'), { credentials: 'same-origin' })
				.then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
				.then(function (geo) { charts.push(drawMap(mapEl, geo, data)); })
				.catch(function () { mapEl.style.display = 'none'; });
		}
		var radars = document.getElementById('metro-radars');
		if (radars) {
			var max = data.scaleMax || Math.max.apply(null, data.units.map(function (u) {
				return Math.max.apply(null, u.dimensions.map(function (v) { return v == null ? 0 : v; }));
			}));
			var min = data.scaleMax ? 0 : Math.min.apply(null, data.units.map(function (u) {
				return Math.min.apply(null, u.dimensions.map(function (v) { return v == null ? 0 : v; }));
			}));
			data.units.forEach(function (u) {
				var box = document.createElement('div');
				box.className = 'metro-radar';
				box.id = 'radar-' + u.code;
				box.style.height = '260px';
				box.setAttribute('role', 'img');
				box.setAttribute('aria-label', u.name);
				radars.appendChild(box);
				var chart = echarts.init(box);
				chart.setOption({
					animation: false,
					title: { text: u.name, left: 'center', textStyle: { fontSize: 14 } },
					tooltip: {},
					radar: {
						radius: '58%', center: ['50%', '58%'],
						indicator: data.dimensions.map(function (d) { return { name: d, max: max, min: min }; })
					},
					series: [{ type: 'radar', areaStyle: { opacity: 0.25 },
						data: [{ name: u.name, value: u.dimensions }] }]
				});
				charts.push(chart);
			});
		}
		window.addEventListener('resize', function () {
			charts.forEach(function (c) { c.resize(); });
		});
	}

	// The seven cities (boundaries of the Liaoning map of Apache ECharts 4.9.0, see static/geo/README.md)
	// shaded by their index; the zone, which has no boundary of its own, as a dot at its centroid.
	function drawMap(el, geo, data) {
		echarts.registerMap('shenyang-metro', geo);
		var names = {};
		geo.features.forEach(function (f) { names[f.id] = f.properties.name; });
		var regions = data.units.filter(function (u) { return names[u.code]; });
		var points = data.units.filter(function (u) { return !names[u.code] && u.centroid; });
		var values = data.units.map(function (u) { return u.index; });
		var chart = echarts.init(el);
		chart.setOption({
			animation: false,
			tooltip: { trigger: 'item', formatter: function (p) {
				var v = Array.isArray(p.value) ? p.value[2] : p.value;
				return p.name + '<br>' + data.indexLabel + ': ' + (v == null || isNaN(v) ? '—' : v.toFixed(2));
			} },
			visualMap: { min: Math.min.apply(null, values), max: Math.max.apply(null, values), calculable: false,
				orient: 'horizontal', left: 'center', bottom: 0, text: [data.indexLabel, ''],
				inRange: { color: ['#e3edf7', '#1f5fa8'] }, seriesIndex: 0 },
			geo: { map: 'shenyang-metro', roam: false, top: 8, bottom: 48, itemStyle: { borderColor: '#ffffff' },
				label: { show: true, fontSize: 11 } },
			series: [
				{ type: 'map', geoIndex: 0, data: regions.map(function (u) {
					return { name: names[u.code], value: u.index };
				}) },
				{ type: 'scatter', coordinateSystem: 'geo', symbolSize: 14, itemStyle: { color: '#d9622b' },
					label: { show: true, position: 'bottom', formatter: '{b}', fontSize: 10, color: '#a4471a',
						backgroundColor: 'rgba(255,255,255,0.85)', padding: [1, 3] },
					data: points.map(function (u) {
						return { name: u.name, value: [u.centroid[0], u.centroid[1], u.index] };
					}) }
			]
		});
		return chart;
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', draw);
	}
	else {
		draw();
	}
})();
