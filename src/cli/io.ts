/** Where a command writes what the user reads: the terminal, or a test's buffer. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export const terminal: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
