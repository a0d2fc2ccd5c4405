/**
 * `--server=URL` on the command line (npm start passes the embedded server's address). One argument,
 * so the softphone's command-line parsing skips it as a switch like Chromium's own.
 */
export function serverArgument(argv: readonly string[]): string | null {
  const arg = argv.find((a) => a.startsWith('--server='));
  return arg ? arg.slice('--server='.length) : null;
}
