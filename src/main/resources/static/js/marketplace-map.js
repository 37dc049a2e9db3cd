// The map on a demand's page (ECharts 5.5.0 from the WebJar): the demand as a star and its matching offers as dots
// sized by their score and labelled with their rank, over the seven cities' boundaries (static/geo, see its
// README). The data come from the page's JSON block #match-map-data (no inline script: the Content-Security-Policy
// forbids it); the list below the map says the same without JavaScript.
(function () {
	'use strict';

	function draw() {
		var box = document.getElementById('match-map');
		var block = document.getElementById('match-map-data');
		if (!box || !block || typeof echarts === 'undefined' || !window.fetch) {
			return;
		}
		var data = JSON.parse(block.textContent);
		fetch(box.getAttribute('data-geo'), { credentials: 'same-origin' })
			.then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
			.then(function (geo) {
				echarts.registerMap('shenyang-metro', geo);
				var series = [{
					type: 'scatter', coordinateSystem: 'geo', name: 'offers',
					symbolSize: function (v) { return 8 + 14 * v[2]; },
					itemStyle: { color: '#2563eb', opacity: 0.85 },
					label: { show: true, formatter: function (p) { return String(p.data.rank); },
						color: '#ffffff', fontSize: 10 },
					data: (data.offers || []).map(function (o) {
						return { name: o.name, rank: o.rank, value: [o.lon, o.lat, o.score] };
					})
				}];
				if (data.demand) {
					series.push({
						type: 'scatter', coordinateSystem: 'geo', name: 'demand', symbol: 'pin', symbolSize: 26,
						itemStyle: { color: '#dc2626' }, z: 3,
						data: [{ name: data.demand.name, value: [data.demand.lon, data.demand.lat, 1] }]
					});
				}
				var chart = echarts.init(box);
				chart.setOption({
					animation: false,
					tooltip: { trigger: 'item', formatter: function (p) {
						var s = echarts.format.encodeHTML(p.name);
						return p.data.rank ? p.data.rank + '. ' + s + ' · ' + Math.round(p.value[2] * 100) + '%' : s;
					} },
					geo: { map: 'shenyang-metro', roam: true, top: 8, bottom: 8, silent: true,
						label: { show: true, fontSize: 10, color: '#64748b' },
						itemStyle: { areaColor: '#eef2f6', borderColor: '#9aa8b6' } },
					series: series
				});
				window.addEventListener('resize', function () { chart.resize(); });
				box.setAttribute('data-rendered', String((data.offers || []).length));
			})
			.catch(function () { box.parentNode.style.display = 'none'; });
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', draw);
	}
	else {
		draw();
	}
})();
