/* Test app: an Arrow that calls another. Every argv[3] ms (default 500) it resolves argv[1] (a
 * name such as web.arrow, or an address) through the guest's resolver, sends "GET argv[2]
 * HTTP/1.0" to port 8080 of the first address and prints one line: "ok <address> <first body
 * line>" or "fail <what failed>". Each step is bounded (2 s). SIGTERM ends it with exit code 0. */
#include <errno.h>
#include <netdb.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t stopping;

static void on_term(int sig)
{
	(void)sig;
	stopping = 1;
}

static void once(const char *name, const char *path)
{
	struct addrinfo hints = { .ai_family = AF_INET, .ai_socktype = SOCK_STREAM };
	struct addrinfo *found = NULL;
	int rc = getaddrinfo(name, "8080", &hints, &found);
	if (rc != 0) {
		printf("fail resolve %s: %s\n", name, gai_strerror(rc));
		return;
	}
	char address[INET_ADDRSTRLEN] = "?";
	inet_ntop(AF_INET, &((struct sockaddr_in *)found->ai_addr)->sin_addr, address, sizeof address);
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	struct timeval timeout = { .tv_sec = 2 };
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
	setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
	if (connect(fd, found->ai_addr, found->ai_addrlen) != 0) {
		printf("fail connect %s: %s\n", address, strerror(errno));
		close(fd);
		freeaddrinfo(found);
		return;
	}
	freeaddrinfo(found);
	char request[512];
	int n = snprintf(request, sizeof request, "GET %s HTTP/1.0\r\n\r\n", path);
	(void)!write(fd, request, (size_t)n);
	char reply[4096];
	size_t used = 0;
	for (;;) {
		ssize_t got = read(fd, reply + used, sizeof reply - 1 - used);
		if (got <= 0)
			break;
		used += (size_t)got;
		if (used == sizeof reply - 1)
			break;
	}
	close(fd);
	reply[used] = 0;
	char *body = strstr(reply, "\r\n\r\n");
	if (strncmp(reply, "HTTP/1.", 7) != 0 || !body) {
		printf("fail answer %s: %zu bytes\n", address, used);
		return;
	}
	body += 4;
	body[strcspn(body, "\r\n")] = 0;
	printf("ok %s %s\n", address, body);
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: fetcher NAME PATH [INTERVAL_MS]\n");
		return 2;
	}
	long interval = argc > 3 ? atol(argv[3]) : 500;
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	while (!stopping) {
		once(argv[1], argv[2]);
		fflush(stdout);
		struct timespec pause = { .tv_sec = interval / 1000, .tv_nsec = (interval % 1000) * 1000000 };
		nanosleep(&pause, NULL);
	}
	return 0;
}
