// iframe mode: one <program-fit> filling the frame, reporting its events and
// its height to the parent page with postMessage. Messages go to the
// `parent-origin` query parameter only (never "*"), and only messages from
// that origin are obeyed, so no other page can drive or read the widget.
const params = new URLSearchParams(location.search);
const PROTOCOL = 1;
const instanceId = params.get('instance-id') || 'program-fit';
const parentOrigin = toOrigin(params.get('parent-origin'));

// `https://www.example.com/` (as the address bar shows it) means the same
// origin, so a trailing slash and letter case are normalised away; a path,
// query or user name is not an origin.
function toOrigin(value) {
  try {
    const url = new URL(value);
    if (url.origin !== 'null' && url.href === url.origin + '/') return url.origin;
  } catch {}
  console.error('program-fit frame: parent-origin must be an origin such as https://www.example.com; not posting messages');
  return null;
}

function post(type, detail) {
  if (parentOrigin && window.parent !== window) {
    window.parent.postMessage({ type, instanceId, version: PROTOCOL, detail }, parentOrigin);
  }
}

// The query is attacker-controlled, so config-url must not fetch just any
// config: the loader accepts it only from this frame's origin and from the
// origins listed in frame.html's program-fit-config-origins meta tag, and
// shows a refusal as an error (posted to the parent like any other). Should
// the tag have been deleted, an empty one keeps the frame's own origin only.
if (!document.querySelector('meta[name="program-fit-config-origins"]')) {
  const meta = document.createElement('meta');
  meta.name = 'program-fit-config-origins';
  meta.content = '';
  document.head.append(meta);
}

// The site's own files sit beside the release, not in it (docs/embedding.md,
// "Your files beside the release"): program-fit-site/frame.json, in the
// folder beside the release folder that holds this file, may list more
// config origins and name the config to show when the query names none. It
// is the deployer's file on this origin; the query can never name it.
// Missing, it changes nothing.
const SITE = new URL('../program-fit-site/frame.json', import.meta.url);
let site = {};
try {
  const r = await fetch(SITE, { credentials: 'same-origin', signal: AbortSignal.timeout(10000) });
  if (r.ok) site = (await r.json()) || {};
} catch (e) {
  console.error(`program-fit frame: ignoring ${SITE.href}: ${e.message}`);
}
const meta = document.querySelector('meta[name="program-fit-config-origins"]');
if (Array.isArray(site.config_origins)) {
  const listed = site.config_origins.filter((o) => typeof o === 'string');
  meta.content = [meta.content, ...listed].join(' ').trim();
}

const el = document.createElement('program-fit');
el.id = instanceId;
if (!params.has('config-url') && typeof site.config_url === 'string') {
  el.setAttribute('config-url', new URL(site.config_url, SITE).href);
}
for (const name of ['config-url', 'lang', 'storage', 'theme', 'loading', 'hidden-fields']) {
  if (params.has(name)) el.setAttribute(name, params.get(name));
}
// The partner page the lead came from: the page framing this one, as far as
// the browser tells (its referrer policy often leaves only the origin).
// Its presence also keeps contact details out of the `lead` message,
// unless the config's lead.share_with_parent says otherwise.
if (window.parent !== window) {
  let page = '';
  try {
    const ref = new URL(document.referrer);
    if (!parentOrigin || ref.origin === parentOrigin) page = ref.origin + ref.pathname;
  } catch {}
  el.setAttribute('frame-parent', page || parentOrigin || 'unknown');
}
if (params.has('lang')) document.documentElement.lang = params.get('lang');
// The frame's own canvas follows a forced theme too, so no light margin
// shows around a dark widget (frame.html's meta says "light dark").
const scheme = { light: 'light', dark: 'dark' }[params.get('theme')];
if (scheme) document.querySelector('meta[name="color-scheme"]').content = scheme;
// Every event goes to the parent-origin page only, never "*": `lead`
// carries the lead (its contact details only with lead.share_with_parent).
for (const type of ['ready', 'step', 'complete', 'error', 'start', 'cta', 'share', 'print', 'restart', 'lead', 'lead-delivered']) {
  el.addEventListener('program-fit:' + type, (e) => post(e.type, e.detail));
}
document.getElementById('pf-frame').append(el);

let lastHeight = -1;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== lastHeight) {
    lastHeight = height;
    post('program-fit:height', { height });
  }
}).observe(document.documentElement);

// Commands from the parent page.
window.addEventListener('message', (e) => {
  if (!parentOrigin || e.origin !== parentOrigin || e.source !== window.parent) return;
  const type = e.data && e.data.type;
  if (type === 'program-fit:reset') el.reset();
  else if (type === 'program-fit:focus') el.focus();
  else if (type === 'program-fit:get-answers') post('program-fit:answers', el.answers);
});
