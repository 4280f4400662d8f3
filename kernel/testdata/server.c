/* Test app: a small static HTTP/1.0 file server, the kind of app Arrows host. Serves files under
 * argv[2] (default /www) on port argv[1] (default 8080), one request per connection, and prints
 * "listening on <port>" once it accepts connections. GET only; a request is read up to 4 KiB for
 * at most 5 s; paths with ".." are refused. SIGTERM ends it with exit code 0. */
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

static volatile sig_atomic_t stopping;

static void on_term(int sig)
{
	(void)sig;
	stopping = 1;
}

static void reply(int fd, const char *status, const char *body)
{
	char head[128];
	int n = snprintf(head, sizeof head, "HTTP/1.0 %s\r\nContent-Length: %zu\r\n\r\n", status, strlen(body));
	(void)!write(fd, head, (size_t)n);
	(void)!write(fd, body, strlen(body));
}

static void serve(int fd, const char *root)
{
	struct timeval timeout = { .tv_sec = 5 };
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
	char request[4096] = ""; /* strstr below reads it before the first read(): no stale request from the stack */
	size_t used = 0;
	while (used < sizeof request - 1 && !strstr(request, "\r\n\r\n")) {
		ssize_t n = read(fd, request + used, sizeof request - 1 - used);
		if (n <= 0)
			break;
		used += (size_t)n;
		request[used] = 0;
	}
	request[used] = 0;
	char path[256];
	if (sscanf(request, "GET %255s HTTP/", path) != 1 || path[0] != '/' || strstr(path, "..")) {
		reply(fd, "400 Bad Request", "bad request\n");
		return;
	}
	char file[512];
	snprintf(file, sizeof file, "%s%s", root, strcmp(path, "/") == 0 ? "/index.html" : path);
	int in = open(file, O_RDONLY | O_CLOEXEC);
	if (in < 0) {
		reply(fd, "404 Not Found", "not found\n");
		return;
	}
	char body[65536];
	ssize_t size = read(in, body, sizeof body - 1);
	close(in);
	body[size > 0 ? size : 0] = 0;
	reply(fd, "200 OK", body);
}

int main(int argc, char **argv)
{
	int port = argc > 1 ? atoi(argv[1]) : 8080;
	const char *root = argc > 2 ? argv[2] : "/www";
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL); /* no SA_RESTART: accept() returns EINTR */
	signal(SIGPIPE, SIG_IGN);
	int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	int on = 1;
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
	struct sockaddr_in address = { .sin_family = AF_INET, .sin_port = htons((unsigned short)port) };
	if (s < 0 || bind(s, (struct sockaddr *)&address, sizeof address) < 0 || listen(s, 511) < 0) { /* as nginx and Redis: 50 clients connecting at once must not overflow it */
		perror("listen");
		return 1;
	}
	printf("listening on %d\n", port);
	fflush(stdout);
	while (!stopping) {
		int fd = accept(s, NULL, NULL);
		if (fd < 0) {
			if (errno == EINTR)
				continue;
			perror("accept");
			return 1;
		}
		serve(fd, root);
		close(fd);
	}
	printf("stopped\n");
	return 0;
}
