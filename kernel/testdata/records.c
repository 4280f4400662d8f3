/* Test app for volumes: appends argv[1] numbered records (default 100) of argv[2] bytes each
 * (default 64, at least 24) to /data/records, after those already there, fsyncing and printing
 * "acked N" after each, then sleeping argv[3] ms if given (an app that keeps writing for a
 * while: migrations and rescans happen under it). It first prints "found N" (the records a materialised volume brought)
 * and leaves /data/runs/<first>/started in a directory it creates (the guest must watch new
 * subdirectories). A write that fails prints "ENOSPC after N" (or the error) and exits 3.
 *
 * `records churn N` instead changes many paths at once (more than ainit's change queue holds,
 * so it rescans): N files in /data/churn/, every tenth deleted, the directory renamed to
 * /data/churned, then "churned" printed.
 *
 * `records copy SRC DST` copies a file (a volume's file that came from the host, back to it
 * under another name), then prints "copied N" (bytes). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

static int churn(long n)
{
	char path[96];
	mkdir("/data/churn", 0755);
	for (long i = 0; i < n; i++) {
		snprintf(path, sizeof path, "/data/churn/f%05ld", i);
		int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd < 0 || write_all(fd, path, strlen(path)) < 0) {
			printf("write %s: %s\n", path, strerror(errno));
			return 2;
		}
		close(fd);
	}
	for (long i = 0; i < n; i += 10) {
		snprintf(path, sizeof path, "/data/churn/f%05ld", i);
		unlink(path);
	}
	if (rename("/data/churn", "/data/churned") < 0) {
		printf("rename: %s\n", strerror(errno));
		return 2;
	}
	printf("churned\n");
	return 0;
}

static int copy(const char *from, const char *to)
{
	static char buf[64 * 1024];
	int in = open(from, O_RDONLY), out = open(to, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (in < 0 || out < 0) {
		printf("open: %s\n", strerror(errno));
		return 2;
	}
	long total = 0;
	for (ssize_t n; (n = read(in, buf, sizeof buf)) > 0; total += n)
		if (write_all(out, buf, (size_t)n) < 0) {
			printf("write %s: %s\n", to, strerror(errno));
			return 2;
		}
	close(out);
	printf("copied %ld\n", total);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc > 2 && strcmp(argv[1], "churn") == 0)
		return churn(atol(argv[2]));
	if (argc > 3 && strcmp(argv[1], "copy") == 0)
		return copy(argv[2], argv[3]);
	long count = argc > 1 ? atol(argv[1]) : 100;
	long size = argc > 2 ? atol(argv[2]) : 64;
	if (size < 24 || size > 1 << 20)
		size = 64;
	long pause_ms = argc > 3 ? atol(argv[3]) : 0;
	if (pause_ms < 0 || pause_ms > 60000)
		pause_ms = 0;
	int fd = open("/data/records", O_RDWR | O_CREAT | O_APPEND, 0644);
	if (fd < 0) {
		printf("open /data/records: %s\n", strerror(errno));
		return 2;
	}
	struct stat st;
	fstat(fd, &st);
	/* Records are fixed-size; a partial one (a full volume cut it) is not counted. */
	long found = (long)(st.st_size / size);
	printf("found %ld\n", found);
	fflush(stdout);
	char dir[64], note[96];
	snprintf(dir, sizeof dir, "/data/runs/%ld", found + 1);
	mkdir("/data/runs", 0755);
	mkdir(dir, 0755);
	snprintf(note, sizeof note, "%s/started", dir);
	int nfd = open(note, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (nfd >= 0) {
		(void)!write(nfd, "yes\n", 4);
		close(nfd);
	}
	char *record = malloc((size_t)size);
	for (long i = found + 1; i <= found + count; i++) {
		memset(record, 'x', (size_t)size);
		int n = snprintf(record, (size_t)size, "record %08ld ", i);
		record[n] = 'x';
		record[size - 1] = '\n';
		if (write_all(fd, record, (size_t)size) < 0) {
			if (errno == ENOSPC)
				printf("ENOSPC after %ld\n", i - 1);
			else
				printf("write record %ld: %s\n", i, strerror(errno));
			return 3;
		}
		fsync(fd);
		printf("acked %ld\n", i);
		fflush(stdout);
		if (pause_ms > 0)
			usleep((useconds_t)pause_ms * 1000);
	}
	close(fd);
	return 0;
}
