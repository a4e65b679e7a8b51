/**
 * Runs the cheap tests that pin down data and messages first (documentation, catalog, literals), the property tests
 * last: a static mutant (module-level data) re-runs every test, and with bail the first failing file ends the run.
 */
const Sequencer = require('@jest/test-sequencer').default;

const ORDER = ['readme', 'image-catalog', 'network-literals', 'other-rules', 'rules/windows-vm-rules', 'image-selection', 'smb-xnet-rules', 'azure-local-rules', 'windows-vm-rules', 'nsg-rules', 'preconditions', 'holds-agrees'];
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
