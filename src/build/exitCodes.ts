/**
 * The build's exit codes, and system errors (a file that cannot be written, a full disk) in one human line:
 * these are faults of the machine, not of the data or of the program, and a stack trace helps no one.
 */
export const exitCodes = { built: 0, data: 1, usage: 2, io: 3, unexpected: 4 } as const;

const plainWords: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "the operation is not permitted",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EROFS: "the disk is read-only",
  EIO: "the disk reported an input/output error",
  EMFILE: "too many files are open",
  ENFILE: "too many files are open",
  EBUSY: "the file or folder is in use",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "a folder stands where a file should be",
  ENOENT: "there is no such folder there (or it vanished while the build ran)",
  EEXIST: "a file or folder is in the way",
  ENOTEMPTY: "a folder is in the way",
  ENAMETOOLONG: "the path is too long",
  EXDEV: "the folder is on another disk",
};

/** "Could not write /x/charts: permission denied (EACCES)", or undefined when the error is not a system error. */
export function describeSystemError(error: unknown): string | undefined {
  const { code, syscall, path } = (error ?? {}) as NodeJS.ErrnoException;
  if (typeof code !== "string" || !/^E[A-Z]+$/.test(code) || !syscall) return undefined;
  const verb = /^(open|read|scandir|stat|lstat|readlink)$/.test(syscall) ? "use" : "write";
  return `Could not ${verb} ${path ?? "a file"}: ${plainWords[code] ?? "the system refused"} (${code}).`;
}
