/* Test app for request-rate benchmarks, client and server in one static binary (it runs in an
 * Arrow or natively, the same code both ways).
 *
 * "reqs serve PORT" is an echo server: every byte read on a connection is written back. It prints
 * "listening on PORT" once it accepts connections; SIGTERM ends it with exit code 0.
 *
 * "reqs run HOST PORT CONNECTIONS TOTAL [TIMEOUT_MS] [DEADLINE_MS]" opens CONNECTIONS TCP
 * connections to HOST:PORT at once and runs TOTAL exchanges over them in all: each sends a
 * 64-byte request and waits for its 64 bytes back before sending the next (keep-alive, one
 * request in flight per connection, like HTTP/1.1 without pipelining). It prints one line,
 *   "requests TOTAL in MS ms rps RATE max_gap_ms GAP connections CONNECTIONS"
 * where GAP is the longest time without a completed exchange, counted from the first connect.
 * An exchange (its connect included) taking over TIMEOUT_MS (default 10000), or the whole run
 * over DEADLINE_MS (default 300000), fails it: "fail ..." on stderr and exit code 1.
 *
 * Both sides are single-threaded around poll(): what is measured is the network path, and a
 * guest under TCG has one vCPU anyway. */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MESSAGE 64
#define MAX_CONNECTIONS 1000

static volatile sig_atomic_t stopping;

static void on_term(int sig)
{
	(void)sig;
	stopping = 1;
}

static double now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

/* Small messages back and forth: Nagle's algorithm could hold one back for an ACK, as in any
 * RPC server (Redis, nginx keep-alive), so both sides turn it off. */
static void tune(int fd)
{
	int on = 1;
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
}

static int serve(int port)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL); /* no SA_RESTART: poll() returns EINTR */
	int s = socket(AF_INET, SOCK_STREAM, 0);
	int on = 1;
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
	struct sockaddr_in address = { .sin_family = AF_INET, .sin_port = htons((unsigned short)port) };
	/* backlog 511 as server.c: a client's connections all arrive at once */
	if (s < 0 || bind(s, (struct sockaddr *)&address, sizeof address) != 0 || listen(s, 511) != 0) {
		perror("listen");
		return 1;
	}
	fcntl(s, F_SETFL, fcntl(s, F_GETFL) | O_NONBLOCK);
	printf("listening on %d\n", port);
	fflush(stdout);
	/* fds[0] is the listener; connections follow, closed ones replaced by the last */
	static struct pollfd fds[1 + MAX_CONNECTIONS];
	nfds_t count = 1;
	fds[0] = (struct pollfd){ .fd = s, .events = POLLIN };
	char buffer[4096];
	while (!stopping) {
		if (poll(fds, count, 1000) < 0) {
			if (errno == EINTR)
				continue;
			perror("poll");
			return 1;
		}
		if (fds[0].revents & POLLIN) {
			int fd;
			while (count < 1 + MAX_CONNECTIONS && (fd = accept(s, NULL, NULL)) >= 0) {
				tune(fd);
				fds[count++] = (struct pollfd){ .fd = fd, .events = POLLIN };
			}
		}
		for (nfds_t i = count - 1; i >= 1; i--) {
			if (!fds[i].revents)
				continue;
			ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
			if (n < 0 && (errno == EAGAIN || errno == EINTR))
				continue;
			/* A client has one 64-byte request in flight, so the answer always fits the send
			 * buffer: a short write means a client that does not read, and it is dropped. */
			if (n <= 0 || send(fds[i].fd, buffer, (size_t)n, MSG_NOSIGNAL) != n) {
				close(fds[i].fd);
				fds[i] = fds[--count];
			}
		}
	}
	printf("stopped\n");
	return 0;
}

struct connection {
	int received;      /* bytes of the current answer */
	double started_at; /* when the current exchange (or the connect) began */
	int connecting;
};

static int fail(const char *what, int connection)
{
	fprintf(stderr, "fail %s on connection %d: %s\n", what, connection, errno ? strerror(errno) : "");
	return 1;
}

/* Sends the next request on connection i, or closes it once every request has been sent. */
static int next(struct pollfd *p, struct connection *c, long *sent, long total, int i)
{
	static const char request[MESSAGE] = "GET / keep-alive request of 64 bytes, answered by its echo.....";
	if (*sent >= total) {
		close(p->fd);
		p->fd = -1; /* poll() skips it */
		return 0;
	}
	errno = 0;
	if (send(p->fd, request, MESSAGE, MSG_NOSIGNAL) != MESSAGE)
		return fail("send", i); /* 64 bytes always fit an idle socket's send buffer */
	(*sent)++;
	c->received = 0;
	c->started_at = now_ms();
	p->events = POLLIN;
	return 0;
}

static int run(const char *host, int port, int connections, long total, double timeout_ms, double deadline_ms)
{
	struct sockaddr_in address = { .sin_family = AF_INET, .sin_port = htons((unsigned short)port) };
	if (inet_pton(AF_INET, host, &address.sin_addr) != 1) {
		fprintf(stderr, "not an IPv4 address: %s\n", host);
		return 2;
	}
	static struct pollfd fds[MAX_CONNECTIONS];
	static struct connection state[MAX_CONNECTIONS];
	double start = now_ms(), last = start, max_gap = 0;
	for (int i = 0; i < connections; i++) {
		fds[i] = (struct pollfd){ .fd = socket(AF_INET, SOCK_STREAM, 0), .events = POLLOUT };
		if (fds[i].fd < 0)
			return fail("socket", i);
		tune(fds[i].fd);
		if (connect(fds[i].fd, (struct sockaddr *)&address, sizeof address) != 0 && errno != EINPROGRESS)
			return fail("connect", i);
		state[i] = (struct connection){ .started_at = start, .connecting = 1 };
	}
	long sent = 0, done = 0;
	char answer[MESSAGE];
	while (done < total) {
		/* 100 ms at most, so the timeouts below are checked while nothing happens */
		if (poll(fds, (nfds_t)connections, 100) < 0 && errno != EINTR)
			return fail("poll", -1);
		double now = now_ms();
		if (now - start > deadline_ms) {
			fprintf(stderr, "fail deadline: %ld of %ld answered in %.0f ms\n", done, total, now - start);
			return 1;
		}
		for (int i = 0; i < connections; i++) {
			struct pollfd *p = &fds[i];
			struct connection *c = &state[i];
			if (p->fd < 0)
				continue;
			if (now - c->started_at > timeout_ms) {
				fprintf(stderr, "fail timeout: connection %d waited %.0f ms (%s)\n", i, now - c->started_at, c->connecting ? "connect" : "answer");
				return 1;
			}
			if (!p->revents)
				continue;
			if (c->connecting) {
				int error = 0;
				socklen_t length = sizeof error;
				getsockopt(p->fd, SOL_SOCKET, SO_ERROR, &error, &length);
				errno = error;
				if (error)
					return fail("connect", i);
				c->connecting = 0;
				if (next(p, c, &sent, total, i))
					return 1;
				continue;
			}
			errno = 0;
			ssize_t n = read(p->fd, answer, MESSAGE - c->received);
			if (n < 0 && (errno == EAGAIN || errno == EINTR))
				continue;
			if (n <= 0)
				return fail(n == 0 ? "read (closed by the server)" : "read", i);
			c->received += (int)n;
			if (c->received < MESSAGE)
				continue;
			done++;
			if (now - last > max_gap)
				max_gap = now - last;
			last = now;
			if (next(p, c, &sent, total, i))
				return 1;
		}
	}
	double elapsed = now_ms() - start;
	printf("requests %ld in %.1f ms rps %.1f max_gap_ms %.1f connections %d\n", done, elapsed, done / (elapsed / 1000), max_gap, connections);
	fflush(stdout);
	for (int i = 0; i < connections; i++)
		if (fds[i].fd >= 0)
			close(fds[i].fd);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "serve") == 0)
		return serve(atoi(argv[2]));
	if (argc >= 6 && argc <= 8 && strcmp(argv[1], "run") == 0) {
		int connections = atoi(argv[4]);
		long total = atol(argv[5]);
		if (connections < 1 || connections > MAX_CONNECTIONS || total < 1) {
			fprintf(stderr, "CONNECTIONS must be 1-%d, TOTAL at least 1\n", MAX_CONNECTIONS);
			return 2;
		}
		return run(argv[2], atoi(argv[3]), connections, total, argc > 6 ? atof(argv[6]) : 10000, argc > 7 ? atof(argv[7]) : 300000);
	}
	fprintf(stderr, "usage: reqs serve PORT | reqs run HOST PORT CONNECTIONS TOTAL [TIMEOUT_MS] [DEADLINE_MS]\n");
	return 2;
}
