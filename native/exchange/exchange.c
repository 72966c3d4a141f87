/*
 * exchange(a, b): swaps two paths in one system call, so a reader sees one folder or the other and never
 * neither. Linux: renameat2(RENAME_EXCHANGE) (kernel 3.15+); macOS: renamex_np(RENAME_SWAP). Returns 0 or
 * the errno; ENOSYS where neither exists. The caller turns errno into a Node error and, where the system
 * or file system cannot exchange (ENOSYS, EINVAL, ENOTSUP), falls back to two renames.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <node_api.h>

#if defined(__linux__)
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>
#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif
static int exchange_paths(const char *a, const char *b) {
#ifdef SYS_renameat2
  /* The raw system call: glibc before 2.28 and some other C libraries have no renameat2 wrapper. */
  return syscall(SYS_renameat2, AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE) == 0 ? 0 : errno;
#else
  (void)a; (void)b;
  return ENOSYS;
#endif
}
#elif defined(__APPLE__)
static int exchange_paths(const char *a, const char *b) {
  return renamex_np(a, b, RENAME_SWAP) == 0 ? 0 : errno;
}
#else
static int exchange_paths(const char *a, const char *b) {
  (void)a; (void)b;
  return ENOSYS;
}
#endif

/* A path argument as a NUL-terminated UTF-8 string the caller frees; NULL (with a JS error thrown) if not a string. */
static char *path_argument(napi_env env, napi_value value) {
  size_t length;
  if (napi_get_value_string_utf8(env, value, NULL, 0, &length) != napi_ok) {
    napi_throw_type_error(env, NULL, "exchange: paths must be strings");
    return NULL;
  }
  char *path = malloc(length + 1);
  if (path) napi_get_value_string_utf8(env, value, path, length + 1, &length);
  return path;
}

static napi_value exchange(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc < 2) {
    napi_throw_type_error(env, NULL, "exchange: two paths expected");
    return NULL;
  }
  char *a = path_argument(env, argv[0]);
  char *b = a ? path_argument(env, argv[1]) : NULL;
  int result = a && b ? exchange_paths(a, b) : ENOMEM;
  free(a);
  free(b);
  napi_value code;
  napi_create_int32(env, result, &code);
  return code;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  napi_create_function(env, "exchange", NAPI_AUTO_LENGTH, exchange, NULL, &fn);
  napi_set_named_property(env, exports, "exchange", fn);
  return exports;
}
