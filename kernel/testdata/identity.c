/* Test app: prints what makes one Arrow distinct from another started from the same template:
 * its arguments, the ARROW_NAME variable, the config file /etc/identity.conf, whether the
 * kernel's RNG was ready at once (seeded, so getrandom does not block), 16 bytes from it, the wall
 * clock and eth0's MAC address. Then it sleeps until SIGTERM when its first argument is "wait",
 * else exits 0. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

static void print_file(const char *label, const char *path)
{
	char line[256] = "(missing)";
	FILE *f = fopen(path, "r");
	if (f) {
		if (!fgets(line, sizeof line, f))
			strcpy(line, "(empty)");
		fclose(f);
	}
	line[strcspn(line, "\n")] = 0;
	printf("%s=%s\n", label, line);
}

int main(int argc, char **argv)
{
	/* Blocked before anything is printed: a stop may come as soon as the output is seen. */
	int wait = argc > 1 && strcmp(argv[1], "wait") == 0;
	sigset_t term;
	sigemptyset(&term);
	sigaddset(&term, SIGTERM);
	if (wait)
		sigprocmask(SIG_BLOCK, &term, NULL);
	for (int i = 1; i < argc; i++)
		printf("arg[%d]=%s\n", i, argv[i]);
	const char *name = getenv("ARROW_NAME");
	printf("name=%s\n", name ? name : "(unset)");
	print_file("config", "/etc/identity.conf");
	unsigned char random[16];
	int ready = getrandom(random, 1, GRND_NONBLOCK) == 1;
	printf("rng_ready=%s\n", ready ? "yes" : errno == EAGAIN ? "no" : "error");
	if (getrandom(random, sizeof random, 0) != (ssize_t)sizeof random) {
		perror("getrandom");
		return 1;
	}
	printf("random=");
	for (size_t i = 0; i < sizeof random; i++)
		printf("%02x", random[i]);
	printf("\n");
	struct timespec now;
	clock_gettime(CLOCK_REALTIME, &now);
	printf("clock_ms=%lld\n", (long long)now.tv_sec * 1000 + now.tv_nsec / 1000000);
	print_file("mac", "/sys/class/net/eth0/address");
	fflush(stdout);
	if (wait) {
		int sig;
		sigwait(&term, &sig);
		printf("stopping\n");
	}
	return 0;
}
