/** Where the command line prints: stdout and stderr, or a test's buffers. */
export type Out = { log: (s: string) => void; err: (s: string) => void };

export const stdio: Out = { log: (s) => process.stdout.write(s + "\n"), err: (s) => process.stderr.write(s + "\n") };
