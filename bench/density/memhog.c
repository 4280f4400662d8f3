/* Benchmark app: allocates MiB given as argv[1] (default 24), writes every page, frees it all,
 * prints "freed", then idles until SIGTERM. Shows whether memory an app frees goes back to the
 * host. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	/* Blocked first: a stop may come as soon as the output is seen. */
	sigset_t term;
	sigemptyset(&term);
	sigaddset(&term, SIGTERM);
	sigprocmask(SIG_BLOCK, &term, NULL);
	size_t mib = argc > 1 ? (size_t)atoi(argv[1]) : 24;
	size_t bytes = mib << 20;
	unsigned char *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED) {
		perror("mmap");
		return 1;
	}
	for (size_t i = 0; i < bytes; i += 4096)
		p[i] = (unsigned char)(i >> 12 | 1);
	printf("touched %zu MiB\n", mib);
	munmap(p, bytes);
	printf("freed\n");
	fflush(stdout);
	int sig;
	sigwait(&term, &sig);
	return 0;
}
