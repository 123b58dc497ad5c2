// Shows the "Print this page" buttons, which stay hidden where JavaScript does not run, and prints the page with its
// print stylesheet. A file of its own rather than an inline script, so a site can forbid inline scripts (CSP).
'use strict';
document.querySelectorAll('[data-print]').forEach(function (holder) {
  holder.hidden = false;
  holder.querySelector('button').addEventListener('click', function () { window.print(); });
});
