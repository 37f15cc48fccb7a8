/*
 * frames.so counts the frames a window shows, for keycost: preloaded into
 * the window (LD_PRELOAD), it adds one to the counter in the file
 * KEYCOST_FRAMES names each time Mesa's software GL puts a finished frame
 * on the X server (XPutImage or XShmPutImage: one per glXSwapBuffers under
 * Xvfb), then calls the real function. GLFW finds glXSwapBuffers with
 * dlsym on libGL's own handle, which a preloaded library cannot stand in
 * for; Mesa calls these two through the ordinary symbol lookup.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

static volatile long *count;

__attribute__((constructor)) static void init(void) {
	const char *p = getenv("KEYCOST_FRAMES");
	if (!p) return;
	int fd = open(p, O_RDWR);
	if (fd < 0) return;
	void *m = mmap(0, sizeof(long), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	close(fd);
	if (m != MAP_FAILED) count = m;
}

typedef int (*put_fn)(void *, unsigned long, void *, void *, int, int, int, int, unsigned, unsigned);
int XPutImage(void *d, unsigned long dr, void *gc, void *im, int sx, int sy, int dx, int dy, unsigned w, unsigned h) {
	static put_fn real;
	if (!real) real = (put_fn)dlsym(RTLD_NEXT, "XPutImage");
	if (count) __atomic_add_fetch(count, 1, __ATOMIC_RELAXED);
	return real(d, dr, gc, im, sx, sy, dx, dy, w, h);
}

typedef int (*shm_fn)(void *, unsigned long, void *, void *, int, int, int, int, unsigned, unsigned, int);
int XShmPutImage(void *d, unsigned long dr, void *gc, void *im, int sx, int sy, int dx, int dy, unsigned w, unsigned h, int ev) {
	static shm_fn real;
	if (!real) real = (shm_fn)dlsym(RTLD_NEXT, "XShmPutImage");
	if (count) __atomic_add_fetch(count, 1, __ATOMIC_RELAXED);
	return real(d, dr, gc, im, sx, sy, dx, dy, w, h, ev);
}
