// The appeals dashboard (/appeals/dashboard): draws the charts from the JSON block #dashboard-data with ECharts.
// A separate file because the Content-Security-Policy allows no inline script.
(function () {
	'use strict';

	function draw() {
		var source = document.getElementById('dashboard-data');
		if (!source || typeof echarts === 'undefined') {
			return;
		}
		var d = JSON.parse(source.textContent);
		var L = d.labels;
		var charts = [];

		function chart(id, option) {
			var el = document.getElementById(id);
			if (!el) {
				return;
			}
			var c = echarts.init(el);
			c.setOption(option);
			charts.push(c);
		}

		var grid = { left: 48, right: 16, top: 40, bottom: 32, containLabel: true };
		chart('chart-received', {
			tooltip: { trigger: 'axis' },
			legend: { data: [L.received, L.closed] },
			grid: grid,
			xAxis: { type: 'category', data: d.months },
			yAxis: { type: 'value', minInterval: 1 },
			series: [
				{ name: L.received, type: 'bar', data: d.received },
				{ name: L.closed, type: 'bar', data: d.closed }
			]
		});
		chart('chart-rates', {
			tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : v + '%'; } },
			legend: { data: [L.closedOnTimeRate, L.satisfiedRate] },
			grid: grid,
			xAxis: { type: 'category', data: d.months },
			yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
			series: [
				{ name: L.closedOnTimeRate, type: 'line', connectNulls: false, data: d.closedOnTimeRate },
				{ name: L.satisfiedRate, type: 'line', connectNulls: false, data: d.satisfiedRate }
			]
		});
		chart('chart-returns', {
			tooltip: { trigger: 'axis' },
			legend: { data: [L.returned, L.reopened] },
			grid: grid,
			xAxis: { type: 'category', data: d.months },
			yAxis: { type: 'value', minInterval: 1 },
			series: [
				{ name: L.returned, type: 'bar', data: d.returned },
				{ name: L.reopened, type: 'bar', data: d.reopened }
			]
		});
		chart('chart-units', {
			tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
			legend: { data: [L.p90, L.median] },
			grid: { left: 8, right: 24, top: 40, bottom: 16, containLabel: true },
			xAxis: { type: 'value', minInterval: 1 },
			yAxis: { type: 'category', inverse: true, data: d.unitNames,
				axisLabel: { width: 140, overflow: 'truncate' } },
			series: [
				{ name: L.p90, type: 'bar', data: d.unitP90 },
				{ name: L.median, type: 'bar', data: d.unitMedian }
			]
		});
		window.addEventListener('resize', function () {
			charts.forEach(function (c) { c.resize(); });
		});
		document.body.setAttribute('data-charts', String(charts.length));
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', draw);
	} else {
		draw();
	}
})();
