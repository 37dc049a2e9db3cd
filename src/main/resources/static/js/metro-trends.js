// The chart of /metro/trends (ECharts 5.5.0 from the WebJar): one line per city and the zone over the years, of an
// indicator or of the composite index. The data come from the page's JSON block #metro-trends-data (no inline
// script: the Content-Security-Policy forbids it); the same numbers are in the table under the chart.
(function () {
	'use strict';

	function draw() {
		var block = document.getElementById('metro-trends-data');
		var el = document.getElementById('metro-trend');
		if (!block || !el || typeof echarts === 'undefined') {
			return;
		}
		var data = JSON.parse(block.textContent);
		if (!data.years || data.years.length === 0) {
			return;
		}
		var chart = echarts.init(el);
		chart.setOption({
			animation: false,
			tooltip: { trigger: 'axis' },
			legend: { type: 'scroll', top: 0 },
			grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
			xAxis: { type: 'category', data: data.years, boundaryGap: false },
			yAxis: { type: 'value', name: data.unit || null, scale: true },
			series: data.lines.map(function (l) {
				return { name: l.name, type: 'line', data: l.values, connectNulls: false, symbolSize: 6 };
			})
		});
		window.addEventListener('resize', function () { chart.resize(); });
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', draw);
	}
	else {
		draw();
	}
})();
