/* Test app for network benchmarks: "blast sink PORT" accepts connections one at a time and reads
 * each to its end, printing "received BYTES in MS ms"; "blast send HOST PORT MIB" connects, writes
 * MIB MiB and prints "sent BYTES in MS ms" once the peer has read it all (it closes after). */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static char buffer[256 * 1024];

static double now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

static int sink(int port)
{
	int s = socket(AF_INET, SOCK_STREAM, 0);
	int on = 1;
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
	struct sockaddr_in address = { .sin_family = AF_INET, .sin_port = htons((unsigned short)port) };
	if (bind(s, (struct sockaddr *)&address, sizeof address) != 0 || listen(s, 16) != 0) {
		perror("listen");
		return 1;
	}
	printf("listening on %d\n", port);
	fflush(stdout);
	for (;;) {
		int fd = accept(s, NULL, NULL);
		if (fd < 0)
			continue;
		double start = now_ms();
		long long total = 0;
		ssize_t n;
		while ((n = read(fd, buffer, sizeof buffer)) > 0)
			total += n;
		printf("received %lld in %.1f ms\n", total, now_ms() - start);
		fflush(stdout);
		close(fd);
	}
}

static int send_to(const char *host, int port, long mib)
{
	struct sockaddr_in address = { .sin_family = AF_INET, .sin_port = htons((unsigned short)port) };
	if (inet_pton(AF_INET, host, &address.sin_addr) != 1) {
		fprintf(stderr, "not an IPv4 address: %s\n", host);
		return 2;
	}
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	if (connect(fd, (struct sockaddr *)&address, sizeof address) != 0) {
		perror("connect");
		return 1;
	}
	memset(buffer, 'x', sizeof buffer);
	double start = now_ms();
	long long total = mib * 1024 * 1024, sent = 0;
	while (sent < total) {
		size_t chunk = total - sent < (long long)sizeof buffer ? (size_t)(total - sent) : sizeof buffer;
		ssize_t n = write(fd, buffer, chunk);
		if (n <= 0) {
			perror("write");
			return 1;
		}
		sent += n;
	}
	shutdown(fd, SHUT_WR);
	while (read(fd, buffer, sizeof buffer) > 0) {
	}
	printf("sent %lld in %.1f ms\n", sent, now_ms() - start);
	fflush(stdout);
	close(fd);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "sink") == 0)
		return sink(atoi(argv[2]));
	if (argc == 5 && strcmp(argv[1], "send") == 0)
		return send_to(argv[2], atoi(argv[3]), atol(argv[4]));
	fprintf(stderr, "usage: blast sink PORT | blast send HOST PORT MIB\n");
	return 2;
}
