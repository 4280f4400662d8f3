/* Test app: a long-running service that handles SIGTERM: prints "ready", waits, and on SIGTERM
 * prints "got SIGTERM, shutting down" and exits 0. Gives up by itself after 120 s. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t terminated;

static void on_term(int sig) {
	(void)sig;
	terminated = 1;
}

int main(void) {
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	printf("ready\n");
	fflush(stdout);
	for (int i = 0; i < 1200 && !terminated; i++) usleep(100 * 1000);
	if (terminated) {
		printf("got SIGTERM, shutting down\n");
		return 0;
	}
	printf("timed out waiting for SIGTERM\n");
	return 3;
}
