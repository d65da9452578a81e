// The end-to-end files first, on a cluster nobody has harmed yet; the files that kill its
// processes after them. Within each, by path, so that two runs go in the same order.
const Sequencer = require('@jest/test-sequencer').default;

const killsProcesses = (test) => test.path.includes('/test/cluster/');

class ClusterSequencer extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => Number(killsProcesses(a)) - Number(killsProcesses(b)) || a.path.localeCompare(b.path));
  }
}

module.exports = ClusterSequencer;
