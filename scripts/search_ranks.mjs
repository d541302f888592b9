// The pages Material's own search worker answers for each query, run in Node instead of a browser.
//
//     node scripts/search_ranks.mjs <built site> <language folder: "" or "en/"> < queries.json
//
// Reads a JSON list of queries on stdin and prints a JSON list with, for each, the pages of its
// results in the order the search box lists them (locations relative to the language's home,
// "" for the home page itself). The worker is the built site's own file (with the build's
// corrections, scripts/hooks/search_worker.py), given the index the page would give it, in a
// context that has what a worker has and it uses: postMessage, addEventListener, importScripts.
// `python scripts/dev.py search-ranks` runs it; tests/browser/test_search_quality.py checks that
// it ranks every benchmark query as Chromium does.

import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";

const [site, language = ""] = process.argv.slice(2);
if (!site) {
  console.error("usage: node scripts/search_ranks.mjs <built site> [en/] < queries.json");
  process.exit(2);
}
const workers = path.join(site, "assets", "javascripts", "workers");
const worker = readdirSync(workers).find((name) => /^search\..*\.min\.js$/.test(name));
if (!worker) {
  console.error(`${workers} has no search worker (search.*.min.js): is ${site} a site built by Material?`);
  process.exit(1);
}
const index = JSON.parse(readFileSync(path.join(site, language, "search", "search_index.json"), "utf8"));
const queries = JSON.parse(readFileSync(0, "utf8"));

let onMessage = null;
const replies = [];
const scope = {
  console,
  setTimeout,
  clearTimeout,
  addEventListener: (type, listener) => {
    if (type === "message") onMessage = listener;
  },
  postMessage: (message) => replies.push(message),
  // The worker asks for "../lunr/min/lunr.zh.min.js" and the like, relative to its own file.
  importScripts: (...urls) => {
    for (const url of urls) {
      const file = path.join(workers, url);
      vm.runInContext(readFileSync(file, "utf8"), scope, { filename: file });
    }
  },
};
scope.self = scope;
vm.createContext(scope);
vm.runInContext(readFileSync(path.join(workers, worker), "utf8"), scope, { filename: worker });

// One message to the worker, and its answer (it answers each message with one of its own).
async function ask(message) {
  const before = replies.length;
  onMessage({ data: message });
  while (replies.length === before) await new Promise((resolve) => setImmediate(resolve));
  return replies[before];
}

// As Material's page sends them: SETUP (0) with the index, then a QUERY (2) per query; the worker
// answers READY (1), then RESULT (3) with the results grouped by page, best first.
const ready = await ask({ type: 0, data: { config: index.config, docs: index.docs, options: { suggest: false } } });
if (ready.type !== 1) throw new Error(`the search worker did not get ready: ${JSON.stringify(ready)}`);
const answers = [];
for (const query of queries) {
  const answer = await ask({ type: 2, data: query });
  const groups = answer.type === 3 ? answer.data.items : [];
  // A group's first entry is its page when the page itself matched; else the page comes last.
  answers.push(groups.map((group) => (group.find((doc) => !doc.location.includes("#")) || group[0]).location.split("#")[0]));
}
console.log(JSON.stringify(answers));
