/* Test and benchmark app for live migration: keeps dirtying guest memory at a steady rate and
 * prints a numbered line with its pid every tick, so a migration's output gap, a lost or repeated
 * line, and a restart (another pid, numbers from 1) all show on the host.
 * argv[1]: MiB of memory it writes over, round-robin (default 16)
 * argv[2]: pages dirtied per tick (default 256: 1 MiB a tick with 4 KiB pages)
 * argv[3]: tick in µs (default 10000: 100 MiB/s at the defaults)
 * Line: "n=<tick> pid=<pid>". SIGTERM ends it with exit code 0. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static volatile sig_atomic_t stop;

static void on_term(int sig)
{
	(void)sig;
	stop = 1;
}

int main(int argc, char **argv)
{
	long mib = argc > 1 ? atol(argv[1]) : 16;
	long per_tick = argc > 2 ? atol(argv[2]) : 256;
	long interval = argc > 3 ? atol(argv[3]) : 10000;
	const long page = 4096;
	long pages = mib * 1024 * 1024 / page;
	if (pages < 1)
		pages = 1;
	volatile unsigned char *memory = malloc((size_t)(pages * page));
	if (!memory) {
		fprintf(stderr, "cannot allocate %ld MiB\n", mib);
		return 1;
	}
	signal(SIGTERM, on_term);
	long next = 0;
	int pid = (int)getpid();
	for (long n = 1; !stop; n++) {
		for (long i = 0; i < per_tick; i++) {
			memory[next * page] = (unsigned char)(n + i);
			next = (next + 1) % pages;
		}
		printf("n=%ld pid=%d\n", n, pid);
		fflush(stdout);
		if (interval > 0)
			usleep((useconds_t)interval);
	}
	return 0;
}
