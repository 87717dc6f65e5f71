#ifndef HONORSITE_BUILD_INFO_H
#define HONORSITE_BUILD_INFO_H
/* The git commit a binary was built from. The Makefile passes it as
 *   -Xcc -DHONORSITE_GIT_COMMIT='"5ab3f9c2d1e0"'
 * (with "-dirty" appended when the checkout had uncommitted changes);
 * a plain `swift build`, or a build outside a git checkout, leaves it empty. */
#ifndef HONORSITE_GIT_COMMIT
#define HONORSITE_GIT_COMMIT ""
#endif
static inline const char *honorsite_git_commit(void) { return HONORSITE_GIT_COMMIT; }
#endif
