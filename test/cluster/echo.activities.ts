/** The activity of `clusterEcho`, run by the test's worker. */
export function greet(name: string): Promise<string> {
  return Promise.resolve(`bonjour ${name}, from the cluster`);
}
