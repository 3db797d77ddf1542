export const processIo = {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    now: () => new Date(),
    env: process.env,
    stderrStream: process.stderr,
    stdoutStream: process.stdout,
};
