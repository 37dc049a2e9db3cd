// Lianshang web UI: the little script the pages need. No inline scripts are allowed (Content-Security-Policy),
// so behaviour that needs JavaScript lives here.
(function () {
	'use strict';

	// htmx requests that change state carry the CSRF token the server put in the page's <meta> tags.
	document.addEventListener('htmx:configRequest', function (event) {
		var token = document.querySelector('meta[name="_csrf"]');
		var header = document.querySelector('meta[name="_csrf_header"]');
		if (token && header && event.detail.verb !== 'get') {
			event.detail.headers[header.content] = token.content;
		}
	});

	// Forms that ask for confirmation (disable an account) name their question in data-confirm.
	document.addEventListener('submit', function (event) {
		var question = event.target.getAttribute && event.target.getAttribute('data-confirm');
		if (question && !window.confirm(question)) {
			event.preventDefault();
		}
	});
})();
