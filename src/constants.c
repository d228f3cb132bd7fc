/* constants.c -- internalBinding('constants'): the numbers os.constants and fs.constants
 * expose (signals, errno values, priorities, dlopen flags, file modes and open flags). */
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

#define SIGNALS(XX)                                                                         \
  XX(SIGHUP) XX(SIGINT) XX(SIGQUIT) XX(SIGILL) XX(SIGTRAP) XX(SIGABRT) XX(SIGIOT)           \
  XX(SIGBUS) XX(SIGFPE) XX(SIGKILL) XX(SIGUSR1) XX(SIGSEGV) XX(SIGUSR2) XX(SIGPIPE)         \
  XX(SIGALRM) XX(SIGTERM) XX(SIGCHLD) XX(SIGSTKFLT) XX(SIGCONT) XX(SIGSTOP) XX(SIGTSTP)     \
  XX(SIGTTIN) XX(SIGTTOU) XX(SIGURG) XX(SIGXCPU) XX(SIGXFSZ) XX(SIGVTALRM) XX(SIGPROF)      \
  XX(SIGWINCH) XX(SIGIO) XX(SIGPOLL) XX(SIGPWR) XX(SIGSYS)

#define ERRNOS(XX)                                                                          \
  XX(E2BIG) XX(EACCES) XX(EADDRINUSE) XX(EADDRNOTAVAIL) XX(EAFNOSUPPORT) XX(EAGAIN)         \
  XX(EALREADY) XX(EBADF) XX(EBADMSG) XX(EBUSY) XX(ECANCELED) XX(ECHILD) XX(ECONNABORTED)    \
  XX(ECONNREFUSED) XX(ECONNRESET) XX(EDEADLK) XX(EDESTADDRREQ) XX(EDOM) XX(EDQUOT)          \
  XX(EEXIST) XX(EFAULT) XX(EFBIG) XX(EHOSTUNREACH) XX(EIDRM) XX(EILSEQ) XX(EINPROGRESS)     \
  XX(EINTR) XX(EINVAL) XX(EIO) XX(EISCONN) XX(EISDIR) XX(ELOOP) XX(EMFILE) XX(EMLINK)       \
  XX(EMSGSIZE) XX(EMULTIHOP) XX(ENAMETOOLONG) XX(ENETDOWN) XX(ENETRESET) XX(ENETUNREACH)    \
  XX(ENFILE) XX(ENOBUFS) XX(ENODATA) XX(ENODEV) XX(ENOENT) XX(ENOEXEC) XX(ENOLCK)           \
  XX(ENOLINK) XX(ENOMEM) XX(ENOMSG) XX(ENOPROTOOPT) XX(ENOSPC) XX(ENOSR) XX(ENOSTR)         \
  XX(ENOSYS) XX(ENOTCONN) XX(ENOTDIR) XX(ENOTEMPTY) XX(ENOTSOCK) XX(ENOTSUP) XX(ENOTTY)     \
  XX(ENXIO) XX(EOPNOTSUPP) XX(EOVERFLOW) XX(EPERM) XX(EPIPE) XX(EPROTO)                     \
  XX(EPROTONOSUPPORT) XX(EPROTOTYPE) XX(ERANGE) XX(EROFS) XX(ESPIPE) XX(ESRCH) XX(ESTALE)   \
  XX(ETIME) XX(ETIMEDOUT) XX(ETXTBSY) XX(EWOULDBLOCK) XX(EXDEV)

#define FS_CONSTANTS(XX)                                                                    \
  XX(O_RDONLY) XX(O_WRONLY) XX(O_RDWR) XX(S_IFMT) XX(S_IFREG) XX(S_IFDIR) XX(S_IFCHR)       \
  XX(S_IFBLK) XX(S_IFIFO) XX(S_IFLNK) XX(S_IFSOCK) XX(O_CREAT) XX(O_EXCL) XX(O_NOCTTY)      \
  XX(O_TRUNC) XX(O_APPEND) XX(O_DIRECTORY) XX(O_NOATIME) XX(O_NOFOLLOW) XX(O_SYNC)          \
  XX(O_DSYNC) XX(O_DIRECT) XX(O_NONBLOCK) XX(S_IRWXU) XX(S_IRUSR) XX(S_IWUSR) XX(S_IXUSR)   \
  XX(S_IRWXG) XX(S_IRGRP) XX(S_IWGRP) XX(S_IXGRP) XX(S_IRWXO) XX(S_IROTH) XX(S_IWOTH)       \
  XX(S_IXOTH) XX(F_OK) XX(R_OK) XX(W_OK) XX(X_OK)

static void set_int(js_env *js, js_value obj, const char *name, int v) {
  js_set_named(js, obj, name, js_int32(js, v));
}

js_value binding_init_constants(node_env *env) {
  js_env *js = env->js;
  js_value b = js_object_new(js);
  js_value os = js_object_new(js);
  js_value sig = js_object_new(js), err = js_object_new(js), dl = js_object_new(js);
  js_value prio = js_object_new(js), fs = js_object_new(js);
#define XX(name) set_int(js, sig, #name, name);
  SIGNALS(XX)
#undef XX
#define XX(name) set_int(js, err, #name, name);
  ERRNOS(XX)
#undef XX
#define XX(name) set_int(js, fs, #name, name);
  FS_CONSTANTS(XX)
#undef XX
  set_int(js, fs, "UV_FS_SYMLINK_DIR", 1);
  set_int(js, fs, "UV_FS_SYMLINK_JUNCTION", 2);
  set_int(js, fs, "UV_FS_COPYFILE_EXCL", UV_FS_COPYFILE_EXCL);
  set_int(js, fs, "COPYFILE_EXCL", UV_FS_COPYFILE_EXCL);
  set_int(js, fs, "UV_FS_COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE);
  set_int(js, fs, "COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE);
  set_int(js, fs, "UV_FS_COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE);
  set_int(js, fs, "COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE);
  set_int(js, fs, "UV_DIRENT_UNKNOWN", UV_DIRENT_UNKNOWN);
  set_int(js, fs, "UV_DIRENT_FILE", UV_DIRENT_FILE);
  set_int(js, fs, "UV_DIRENT_DIR", UV_DIRENT_DIR);
  set_int(js, fs, "UV_DIRENT_LINK", UV_DIRENT_LINK);
  set_int(js, fs, "UV_DIRENT_FIFO", UV_DIRENT_FIFO);
  set_int(js, fs, "UV_DIRENT_SOCKET", UV_DIRENT_SOCKET);
  set_int(js, fs, "UV_DIRENT_CHAR", UV_DIRENT_CHAR);
  set_int(js, fs, "UV_DIRENT_BLOCK", UV_DIRENT_BLOCK);
  set_int(js, dl, "RTLD_LAZY", RTLD_LAZY);
  set_int(js, dl, "RTLD_NOW", RTLD_NOW);
  set_int(js, dl, "RTLD_GLOBAL", RTLD_GLOBAL);
  set_int(js, dl, "RTLD_LOCAL", RTLD_LOCAL);
  set_int(js, dl, "RTLD_DEEPBIND", RTLD_DEEPBIND);
  set_int(js, prio, "PRIORITY_LOW", UV_PRIORITY_LOW);
  set_int(js, prio, "PRIORITY_BELOW_NORMAL", UV_PRIORITY_BELOW_NORMAL);
  set_int(js, prio, "PRIORITY_NORMAL", UV_PRIORITY_NORMAL);
  set_int(js, prio, "PRIORITY_ABOVE_NORMAL", UV_PRIORITY_ABOVE_NORMAL);
  set_int(js, prio, "PRIORITY_HIGH", UV_PRIORITY_HIGH);
  set_int(js, prio, "PRIORITY_HIGHEST", UV_PRIORITY_HIGHEST);
  set_int(js, os, "UV_UDP_REUSEADDR", UV_UDP_REUSEADDR);
  js_set_named(js, os, "dlopen", dl);
  js_set_named(js, os, "errno", err);
  js_set_named(js, os, "signals", sig);
  js_set_named(js, os, "priority", prio);
  js_set_named(js, b, "os", os);
  js_set_named(js, b, "fs", fs);
  return b;
}
