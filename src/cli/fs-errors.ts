/**
 * File-system failures as catalogue errors: Node reports a missing folder or a refused write as
 * an ErrnoException whose stack means nothing to a user. The CLI turns every one that reaches
 * it into `error FILE_SYSTEM_ERROR: <what> <path>: <why>`.
 */
import { TradeKgError } from "../core/errors.js";

const REASONS: Record<string, string> = {
  ENOENT: "no such file or folder",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "it is a folder, a file was expected",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EEXIST: "it already exists",
  ENOSPC: "no space left on the device",
  EROFS: "the file system is read-only",
  EMFILE: "too many open files",
  ENAMETOOLONG: "the name is too long",
};

const ACTIONS: Record<string, string> = {
  open: "cannot open",
  mkdir: "cannot create the folder",
  rename: "cannot move into place",
  rm: "cannot remove",
  rmdir: "cannot remove",
  unlink: "cannot remove",
  write: "cannot write",
  read: "cannot read",
  scandir: "cannot list",
  stat: "cannot find",
  lstat: "cannot find",
  access: "cannot use",
};

function isErrno(error: unknown): error is NodeJS.ErrnoException {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === "string" &&
    typeof (error as NodeJS.ErrnoException).syscall === "string"
  );
}

/** The catalogue error for a file-system failure, or null when the error is something else. */
export function fileSystemError(error: unknown): TradeKgError | null {
  if (!isErrno(error) || error.path === undefined) return null;
  const code = error.code ?? "";
  const action = ACTIONS[error.syscall ?? ""] ?? `${error.syscall} failed on`;
  const reason = REASONS[code] ?? code;
  return new TradeKgError("FILE_SYSTEM_ERROR", `${action} ${error.path}: ${reason} (${code})`);
}
