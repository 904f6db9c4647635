// Bootstrap trimmed to the selectors CaseTracker uses (issue 16: 232 KB served for a few dozen classes).
// Source: eng/bootstrap/bootstrap.min.css (the vendored release); output: the file the app serves.
//   node tests/node/trim-bootstrap.mjs          writes the trimmed file
//   node tests/node/trim-bootstrap.mjs --check  exits 1 when the served file is not what this would write
// Run it after using a Bootstrap class for the first time; the test suite runs --check.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { PurgeCSS } from 'purgecss';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const web = path.join(root, 'src', 'CaseTracker.Web');
const source = path.join(root, 'eng', 'bootstrap', 'bootstrap.min.css');
const served = path.join(web, 'wwwroot', 'lib', 'bootstrap', 'bootstrap.min.css');

const [result] = await new PurgeCSS().purge({
    // Views, the C# that writes markup or classes (tag helpers, read models, charts) and the scripts.
    content: [
        path.join(web, 'Pages', '**', '*.cshtml'),
        path.join(web, 'Pages', '**', '*.cs'),
        path.join(web, 'Infrastructure', '**', '*.cs'),
        path.join(web, 'wwwroot', 'js', '*.js'),
    ],
    css: [source],
    // Classes put together from a prefix and a value at run time.
    safelist: { standard: [/^text-bg-/, /^alert-/, /^btn-outline-/] },
    variables: false,
    keyframes: true,
    fontFace: true,
});

const banner = '/* Bootstrap 5.3.9 (MIT, LICENSE beside this file), trimmed by tests/node/trim-bootstrap.mjs to the selectors CaseTracker uses. */\n';
const trimmed = banner + result.css + '\n';

if (process.argv.includes('--check')) {
    const current = await readFile(served, 'utf8').catch(() => '');
    if (current !== trimmed) {
        console.error(`${served} is not the trimmed Bootstrap of the current views: run node tests/node/trim-bootstrap.mjs`);
        process.exit(1);
    }
    console.log(`up to date: ${trimmed.length} bytes`);
} else {
    await writeFile(served, trimmed);
    console.log(`wrote ${served}: ${trimmed.length} bytes (source ${(await readFile(source)).length})`);
}
