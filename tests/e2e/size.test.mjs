// Size ratchet: what a host page loads for the widget, gzipped. The limit
// is today's size plus 3%, so growth is a deliberate decision; the target
// is 110 KiB (bench/RESULTS.md). Raising it needs a reason in the commit.
// Raised from 190 to 211 KiB with the plan search (issue 23): 204.8 KiB,
// +16 KiB for searching every feasible mix, prices by scale, goal,
// audience and currency (with EUR and GBP tables), and the sentences that
// explain the choice against the runner-up.
// Raised from 211 to 216 KiB with the what-if explorer (issue 26): 215.5 KiB
// as this test gzips (214.5 KiB by make dist, +9.5 KiB): its view, state and
// controls about 5.7 KiB (208.8 KiB without the view), the re-plan with the
// original beside it and the program-fit:explore detail about 3.8 KiB, of
// which the thresholds' searches are 0.4 KiB (214.1 KiB without them).
// Then to 218 KiB for its pinned comparison: 217.9 KiB as this test gzips
// (216.3 KiB by make dist, +1.8 KiB: the second re-plan, the two-column
// table on screen and in the report, three buttons' texts). Then to 219 KiB
// for the lead payload's pinned scenario: 218.2 KiB here (216.6 KiB by make
// dist, +0.2 KiB).
// Raised from 219 to 228 KiB when issue 25's branches joined the explorer:
// 226.9 KiB here (wasm 219,479 B, loader 8,354 B, CSS 4,465 B). Measured on
// each branch alone: the attribution, CTA target, lead-delivered and
// fallback card +3.8 KiB; the CEO report, typed numbers, Start again's
// question, Copy link's confirmation and the overlay's remove +4.8 KiB,
// much of it the new default texts embedded in the wasm; the validator
// 0 (its wasm is separate). Cutting back to the old ratchet is open work.
// Raised from 228 to 230 KiB when issue 26 was finished: 229.5 KiB here
// (wasm 222,117 B, loader 8,354 B, CSS 4,515 B); by make dist the wasm
// went from 218,551 to 220,473 B (+1.9 KiB) for the share link's pinned
// fields and their checks, the comparison's timeline row, the budget
// marks rounded with their exact values kept, the mentors' time disabled
// with its reason, and radio groups for the choice levers.
// Then to 233 KiB with issue 23's remaining gaps: 232.7 KiB here (wasm
// 225,405 B, loader 8,369 B, CSS 4,515 B). On its branch alone they were
// +3.3 KiB (230.8 KiB against 227.5 KiB, wasm 220,107 -> 223,535 B): pairs
// beside circles in the plan search and in the plan's words, timeline and
// report, the sentence for a scheme's tier step, mentoringParts in the
// complete event, and four new texts in three languages.
// Then to 235 KiB for advice and words a consultant would sign: 234.4 KiB
// here (wasm 227,115 B, loader 8,414 B, CSS 4,515 B; +1.7 KiB): an
// executive team coached and mentored whole, the outside coaching format
// named beside the line managers, plural units ("1 person") and mentees,
// the review and nine next steps for one person, money that cannot buy
// mentors said so, and the fallback card's link reported as
// program-fit:cta.
// Then to 236 KiB: 235.8 KiB here (wasm 227,763 B, loader 5,306 B, glue
// 3,870 B, CSS 4,515 B). wasm-bindgen's glue left the loader for a file of
// its own (program-fit_bg.js), run with its hash when an element loads, so
// a host page's load fetches 5.2 KiB, not 8.2: the two files gzip to
// 662 B more than the one did, and running the glue from a script with
// its hash and the loader's nonce, and compiling the wasm while it comes,
// added 98 B. The wasm grew 648 B for the timeline's words for one person and
// one answer_text for the results and the UI.
// Then to 237 KiB: 236.4 KiB here (wasm 228,351 B, +588 B) for the why's
// sentence on a plan that mentors only some of those it coaches because
// the next mentee moves the scheme to a dearer tier (plan.scheme_step_some,
// en/de/es), and the scheme's tier found by its place in the table.
// Then to 261 KiB for programmes with several groups (issue 27): 260.7 KiB
// here (wasm 253,167 B, +24.3 KiB; loader, glue and CSS within 50 B). On
// the branch before main's engine it was +18 KiB; with main's share link
// pins, the CTA's and the lead's programme fields it is more. What it
// buys: the groups' answers and their JSON form, one plan across groups,
// version 2 share links and stored progress, the check screen's add,
// name, move and remove, the programme's results and timeline, and the
// complete, lead and CTA fields. Cutting it back is open work (issue 24).
// Then to 264 KiB for the programme's printed report: 263.2 KiB here (wasm
// 255,803 B, +2.6 KiB): its total, a section per group, one timeline, the
// groups' assumptions and next steps each once, and the answers by group.
// Then to 265 KiB for the programme's explorer: 264.2 KiB here (wasm
// 256,828 B, +1.0 KiB): the programme in brief, re-planned on the shared
// levers, and the levers of a group's own answers left out.
// Then to 266 KiB: 265.0 KiB here (wasm 257,667 B, +0.8 KiB) for "Email
// me this plan" of a programme (its total and each group) and next steps
// that name the groups they are for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { ROOT } from './server.mjs';

const LIMIT_KIB = 266;
const FILES = ['program-fit.js', 'program-fit_bg.js', 'program-fit_bg.wasm', 'program-fit.css'];

test(`widget bundle stays under ${LIMIT_KIB} KiB gzipped`, () => {
  const sizes = FILES.map((f) => gzipSync(readFileSync(join(ROOT, 'dist', f)), { level: 9 }).length);
  const total = sizes.reduce((a, b) => a + b, 0);
  assert.ok(total <= LIMIT_KIB * 1024, `dist total ${(total / 1024).toFixed(1)} KiB (${FILES.map((f, i) => `${f} ${sizes[i]}`).join(', ')})`);
});
