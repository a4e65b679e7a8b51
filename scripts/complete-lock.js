// Adds lock entries for optional platform packages (other OS/CPU builds) that the registry used to resolve the
// lock did not serve, so that `npm ci` accepts the lock file everywhere. Run after changing dependencies:
// `npm install --package-lock-only && node scripts/complete-lock.js`.
const fs = require('fs');
const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8'));
const pk = lock.packages;
let added = 0;
for (const [path, meta] of Object.entries(pk)) {
  for (const [dep, version] of Object.entries(meta.optionalDependencies || {})) {
    const base = path === '' ? '' : path + '/';
    const candidates = [`${base}node_modules/${dep}`, `node_modules/${dep}`];
    if (candidates.some((c) => pk[c])) continue;
    pk[`node_modules/${dep}`] = { version, dev: meta.dev || undefined, optional: true };
    added++;
  }
}
const sorted = {};
for (const k of Object.keys(pk).sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)))) sorted[k] = pk[k];
lock.packages = sorted;
fs.writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log('added', added);
