/* Test app: numbers its output lines ("n=<i> 000…", argv[4] zeros, default 90) about every
 * `interval` µs (argv[2], default 1000) until argv[1] lines were written (0 or none: forever),
 * then exits with argv[3] (default 0); SIGTERM ends it with exit code 0. Shows whether output is lost or repeated on its way to
 * the host, e.g. across a host going away and another attaching. */
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
	long limit = argc > 1 ? atol(argv[1]) : 0;
	long interval = argc > 2 ? atol(argv[2]) : 1000;
	int code = argc > 3 ? atoi(argv[3]) : 0;
	int pad = argc > 4 ? atoi(argv[4]) : 90;
	signal(SIGTERM, on_term);
	for (long i = 1; !stop && (limit <= 0 || i <= limit); i++) {
		printf("n=%ld %0*d\n", i, pad, 0);
		fflush(stdout);
		if (interval > 0)
			usleep((useconds_t)interval);
	}
	return stop ? 0 : code;
}
