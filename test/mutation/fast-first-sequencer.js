/**
 * Runs the cheap tests that pin down data and messages first (documentation, catalog, literals), the properties
 * last (a failing property ends at its first counterexample): the fail-fast runner ends a mutant's run at its first
 * failure.
 */
const Sequencer = require('@jest/test-sequencer').default;

const ORDER = ['readme', 'image-catalog', 'network-literals', 'other-rules', 'windows-vm-rules', 'disk-rules', 'vm-data-rules', 'vm-settings-rules', 'hardware-rules', 'extract', 'raw-values', 'load', 'input-shape', 'check.test', 'check-inputs', 'json-stream', 'image-selection', 'guest-image-support', 'network-rules', 'preconditions', 'holds-agrees', 'check.property', 'check.fuzz'];
const rank = (path) => {
  const i = ORDER.findIndex((name) => path.includes(`/test/${name}`) || path.includes(`/${name}.`));
  return i < 0 ? ORDER.length : i;
};

class FastFirstSequencer extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => rank(a.path) - rank(b.path) || a.path.localeCompare(b.path));
  }
}

module.exports = FastFirstSequencer;
