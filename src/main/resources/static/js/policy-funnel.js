// The funnel chart of /policies/{id}/funnel: data from the JSON block #funnel-data (no inline script: CSP).
(function () {
	'use strict';
	var el = document.getElementById('funnel-chart');
	var data = document.getElementById('funnel-data');
	if (!el || !data || typeof echarts === 'undefined') {
		return;
	}
	var funnel = JSON.parse(data.textContent);
	var steps = funnel.steps || [];
	var top = steps.length ? Math.max(steps[0].value, 1) : 1;
	var chart = echarts.init(el, null, { renderer: 'svg' });
	chart.setOption({
		tooltip: { trigger: 'item', formatter: '{b}: {c}' },
		series: [{
			type: 'funnel',
			sort: 'none',
			min: 0,
			max: top,
			left: '10%',
			width: '80%',
			label: { show: true, position: 'inside', formatter: '{b} {c}' },
			data: steps
		}]
	});
	window.addEventListener('resize', function () { chart.resize(); });
}());
