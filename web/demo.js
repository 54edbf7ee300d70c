// The demo page's switchers (index.html): language and theme are plain
// attributes of <program-fit>, so switching is setting them. A file, not an
// inline script, so the demo runs under the strict CSP too.
const form = document.getElementById('demo-switch');
const fit = document.querySelector('program-fit');
form.addEventListener('change', (e) => fit.setAttribute(e.target.name, e.target.value));
form.addEventListener('submit', (e) => e.preventDefault());
