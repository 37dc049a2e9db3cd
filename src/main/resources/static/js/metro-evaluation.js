// The charts of /metro/evaluation (ECharts 5.5.0 from the WebJar): a bar of the composite index and TOPSIS
// closeness per city, and one radar per city over the six dimensions. The data come from the page's JSON block
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

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', draw);
	}
	else {
		draw();
	}
})();
