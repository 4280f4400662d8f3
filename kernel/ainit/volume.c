/* The guest side of a ShadowFS volume: see volume.h for the order of calls.
 *
 * What goes to the host is the state of a path when ainit sends it, not the event that marked
 * it: the queue holds changed paths (each once, in the order they first changed), and sending
 * one reads what is there now (a file's content, a directory, or nothing: DELETE). So repeated
 * writes to a file travel once per send, and a stale event can never put old data on the host.
 * The queue is bounded (QUEUE_MAX paths): when it overflows, or inotify's own queue does, the
 * queue is dropped and a full walk of the tree (RESCAN_BEGIN ... RESCAN_END) replaces it. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pb.h"
#include "volume.h"

#define F_VOLUME_CHANGE 23
enum { K_WRITE = 1, K_DELETE = 2, K_MKDIR = 3, K_RESCAN_BEGIN = 4, K_RESCAN_END = 5 };

#define QUEUE_MAX 512      /* changed paths waiting; beyond, a full rescan */
#define MAX_WATCHES 4096   /* directories watched; beyond, deeper ones are not (logged) */
#define MAX_DEPTH 32       /* directory nesting walked */
#define MAX_REL 1024       /* bytes of a path inside the volume */
#define WATCH_MASK (IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_ONLYDIR)

static char root[256];        /* mount point, absolute */
static uint64_t size_limit;   /* 0: no volume */
static int ino_fd = -1;

static struct { int wd; char *rel; } watches[MAX_WATCHES];
static size_t n_watches;
static int watches_full_logged;

static char *queue[QUEUE_MAX];
static size_t n_queue;
static int rescan_due;        /* the queue overflowed: walk everything */

static int xfer_fd = -1;      /* the file being sent, piece by piece */
static char xfer_rel[MAX_REL];
static uint32_t xfer_mode;
static uint64_t xfer_off;

static struct { DIR *dir; char rel[MAX_REL]; } walk[MAX_DEPTH];
static int walk_depth = -1;   /* -1: no rescan walk in progress */

/* A relative path of plain components: no leading '/', no empty, "." or ".." component. */
static int safe_rel(const char *rel)
{
	size_t n = strlen(rel);
	if (n == 0 || n >= MAX_REL || rel[0] == '/')
		return 0;
	for (const char *c = rel; c;) {
		const char *slash = strchr(c, '/');
		size_t len = slash ? (size_t)(slash - c) : strlen(c);
		if (len == 0 || (len == 1 && c[0] == '.') || (len == 2 && c[0] == '.' && c[1] == '.'))
			return 0;
		c = slash ? slash + 1 : NULL;
	}
	return 1;
}

static void full_path(char *out, size_t size, const char *rel)
{
	snprintf(out, size, "%s%s%s", root, rel[0] ? "/" : "", rel);
}

void volume_parse(const uint8_t *msg, size_t len)
{
	struct pb_reader r = { msg, msg + len };
	struct pb_field f;
	int rc;
	while ((rc = pb_next(&r, &f)) > 0) {
		if (f.number == 1 && f.wire_type == PB_LEN) {
			if (f.len == 0 || f.len >= sizeof root || memchr(f.bytes, 0, f.len))
				ainit_fatal("Start volume path is %zu bytes; expected 1-%zu without NUL", f.len, sizeof root - 1);
			memcpy(root, f.bytes, f.len);
			root[f.len] = 0;
		} else if (f.number == 2 && f.wire_type == PB_VARINT) {
			size_limit = f.varint;
		}
	}
	if (rc < 0)
		ainit_fatal("malformed volume in Start");
	if (root[0] != '/' || !safe_rel(root + 1))
		ainit_fatal("Start volume path %s is not an absolute path of plain components (and not /)", root);
	if (size_limit == 0)
		ainit_fatal("Start volume %s has no size limit", root);
}

int volume_configured(void) { return size_limit > 0; }

void volume_mount(void)
{
	char path[sizeof root];
	strcpy(path, root);
	for (char *slash = strchr(path + 1, '/');; slash = strchr(slash + 1, '/')) {
		if (slash)
			*slash = 0;
		if (mkdir(path, 0755) < 0 && errno != EEXIST)
			ainit_fatal("create directory %s: %s", path, strerror(errno));
		if (!slash)
			break;
		*slash = '/';
	}
	/* size= makes the kernel refuse writes past the limit with ENOSPC: the app sees its full
	 * volume, and nothing it writes can make the host's copy grow past it either. */
	char options[64];
	snprintf(options, sizeof options, "size=%llu,mode=0755", (unsigned long long)size_limit);
	if (mount("tmpfs", root, "tmpfs", MS_NOSUID | MS_NODEV, options) < 0)
		ainit_fatal("mount the volume's tmpfs on %s (%s): %s", root, options, strerror(errno));
}

/* mkdir -p of rel's parents under root. */
static void make_rel_parents(const char *rel)
{
	char path[sizeof root + MAX_REL + 1];
	full_path(path, sizeof path, rel);
	for (char *slash = strchr(path + strlen(root) + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
		*slash = 0;
		if (mkdir(path, 0755) < 0 && errno != EEXIST)
			ainit_fatal("create directory %s: %s", path, strerror(errno));
		*slash = '/';
	}
}

void volume_file(const uint8_t *msg, size_t len)
{
	struct pb_reader r = { msg, msg + len };
	struct pb_field f;
	char rel[MAX_REL] = "";
	int directory = 0, rc;
	uint32_t mode = 0;
	uint64_t offset = 0;
	const uint8_t *data = NULL;
	size_t data_len = 0;
	while ((rc = pb_next(&r, &f)) > 0) {
		if (f.number == 1 && f.wire_type == PB_LEN) {
			if (f.len >= sizeof rel || memchr(f.bytes, 0, f.len))
				ainit_fatal("VolumeFile path of %zu bytes", f.len);
			memcpy(rel, f.bytes, f.len);
			rel[f.len] = 0;
		} else if (f.number == 2 && f.wire_type == PB_VARINT) {
			directory = f.varint != 0;
		} else if (f.number == 3 && f.wire_type == PB_VARINT) {
			mode = (uint32_t)f.varint & 07777;
		} else if (f.number == 4 && f.wire_type == PB_VARINT) {
			offset = f.varint;
		} else if (f.number == 5 && f.wire_type == PB_LEN) {
			data = f.bytes;
			data_len = f.len;
		}
	}
	if (rc < 0)
		ainit_fatal("malformed VolumeFile");
	if (!safe_rel(rel))
		ainit_fatal("VolumeFile path %s is not a relative path of plain components", rel);
	if (offset + data_len > size_limit)
		ainit_fatal("VolumeFile %s reaches past the volume's %llu bytes", rel, (unsigned long long)size_limit);
	char path[sizeof root + MAX_REL + 1];
	full_path(path, sizeof path, rel);
	make_rel_parents(rel);
	if (directory) {
		if (mkdir(path, mode ? mode : 0755) < 0 && errno != EEXIST)
			ainit_fatal("create directory %s: %s", path, strerror(errno));
		if (chmod(path, mode ? mode : 0755) < 0)
			ainit_fatal("chmod %s: %s", path, strerror(errno));
		return;
	}
	int flags = O_WRONLY | O_CLOEXEC | O_NOFOLLOW | (offset == 0 ? O_CREAT | O_TRUNC : 0);
	int fd = open(path, flags, 0600);
	if (fd < 0)
		ainit_fatal("open %s: %s", path, strerror(errno));
	for (size_t done = 0; done < data_len;) {
		ssize_t w = pwrite(fd, data + done, data_len - done, (off_t)(offset + done));
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			ainit_fatal("write %s: %s", path, w < 0 ? strerror(errno) : "short write");
		done += (size_t)w;
	}
	if (offset == 0 && fchmod(fd, mode ? mode : 0644) < 0)
		ainit_fatal("chmod %s: %s", path, strerror(errno));
	close(fd);
}

/* ---- the queue of changed paths --------------------------------------------------------- */

static void mark(const char *rel)
{
	if (!rel[0] || rescan_due)
		return; /* the root itself is the mount point: nothing to report; a rescan covers all */
	for (size_t i = 0; i < n_queue; i++)
		if (strcmp(queue[i], rel) == 0)
			return;
	char *copy = n_queue < QUEUE_MAX ? strdup(rel) : NULL;
	if (!copy) {
		/* Full (or out of memory): rather than grow, forget the list and walk everything. */
		for (size_t i = 0; i < n_queue; i++)
			free(queue[i]);
		n_queue = 0;
		rescan_due = 1;
		ainit_log("volume: more than %d paths changed at once; rescanning the volume", QUEUE_MAX);
		return;
	}
	queue[n_queue++] = copy;
}

static const char *watch_rel(int wd)
{
	for (size_t i = 0; i < n_watches; i++)
		if (watches[i].wd == wd)
			return watches[i].rel;
	return NULL;
}

static void forget_watch(int wd)
{
	for (size_t i = 0; i < n_watches; i++)
		if (watches[i].wd == wd) {
			free(watches[i].rel);
			watches[i] = watches[--n_watches];
			return;
		}
}

/* Watches the directory rel (a directory renamed inside the volume keeps its wd: its path is
 * updated). Returns 0 when it is watched. */
static int watch_dir(const char *rel)
{
	char path[sizeof root + MAX_REL + 1];
	full_path(path, sizeof path, rel);
	int wd = inotify_add_watch(ino_fd, path, WATCH_MASK);
	if (wd < 0)
		return -1;
	for (size_t i = 0; i < n_watches; i++)
		if (watches[i].wd == wd) {
			char *copy = strdup(rel);
			if (copy) {
				free(watches[i].rel);
				watches[i].rel = copy;
			}
			return 0;
		}
	char *copy = n_watches < MAX_WATCHES ? strdup(rel) : NULL;
	if (!copy) {
		inotify_rm_watch(ino_fd, wd);
		if (!watches_full_logged++)
			ainit_log("volume: more than %d directories; %s and later ones are not watched", MAX_WATCHES, path);
		return -1;
	}
	watches[n_watches].wd = wd;
	watches[n_watches++].rel = copy;
	return 0;
}

/* A directory that appeared (created, or moved in): watch it and everything below, and mark
 * what is already there (it may have filled before the watch went up). */
static void adopt_dir(const char *rel, int depth)
{
	if (depth >= MAX_DEPTH || watch_dir(rel) < 0)
		return;
	char path[sizeof root + MAX_REL + 1];
	full_path(path, sizeof path, rel);
	DIR *d = opendir(path);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		char child[MAX_REL];
		if ((size_t)snprintf(child, sizeof child, "%s%s%s", rel, rel[0] ? "/" : "", e->d_name) >= sizeof child)
			continue;
		mark(child);
		if (e->d_type == DT_DIR)
			adopt_dir(child, depth + 1);
	}
	closedir(d);
}

void volume_ready(void)
{
	ino_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
	if (ino_fd < 0)
		ainit_fatal("inotify_init1: %s", strerror(errno));
	adopt_dir("", 0);
	/* What the host sent is what it has: nothing to report back. */
	for (size_t i = 0; i < n_queue; i++)
		free(queue[i]);
	n_queue = 0;
	rescan_due = 0;
}

int volume_fd(void) { return ino_fd; }

void volume_rescan(void)
{
	if (ino_fd < 0)
		return;
	rescan_due = 1;
}

void volume_events(void)
{
	static char buf[64 * 1024] __attribute__((aligned(__alignof__(struct inotify_event))));
	if (ino_fd < 0)
		return;
	for (int rounds = 0; rounds < 64; rounds++) {
		ssize_t n = read(ino_fd, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return;
		for (char *p = buf; p < buf + n;) {
			struct inotify_event *ev = (struct inotify_event *)p;
			p += sizeof *ev + ev->len;
			if (ev->mask & IN_Q_OVERFLOW) {
				if (!rescan_due)
					ainit_log("volume: inotify's queue overflowed; rescanning the volume");
				rescan_due = 1;
				continue;
			}
			if (ev->mask & IN_IGNORED) {
				forget_watch(ev->wd);
				continue;
			}
			const char *dir = watch_rel(ev->wd);
			if (!dir)
				continue;
			char rel[MAX_REL];
			if (ev->len && ev->name[0]) {
				if ((size_t)snprintf(rel, sizeof rel, "%s%s%s", dir, dir[0] ? "/" : "", ev->name) >= sizeof rel)
					continue;
			} else {
				snprintf(rel, sizeof rel, "%s", dir);
			}
			if ((ev->mask & IN_ISDIR) && (ev->mask & (IN_CREATE | IN_MOVED_TO))) {
				mark(rel);
				int depth = 0;
				for (const char *c = rel; *c; c++)
					depth += *c == '/';
				adopt_dir(rel, depth + 1);
				continue;
			}
			mark(rel);
		}
	}
}

int volume_busy(void)
{
	return xfer_fd >= 0 || n_queue > 0 || rescan_due || walk_depth >= 0;
}

/* ---- sending ------------------------------------------------------------------------------ */

static void send_change(int kind, const char *rel, uint32_t mode, uint64_t offset, const uint8_t *data, size_t len, int last)
{
	struct pb_buf head = { 0 };
	int rc = pb_put_uint(&head, 1, (uint64_t)kind);
	if (rel[0])
		rc |= pb_put_bytes(&head, 2, rel, strlen(rel));
	rc |= pb_put_uint(&head, 3, mode);
	rc |= pb_put_uint(&head, 4, offset);
	rc |= pb_put_uint(&head, 6, (uint64_t)(last != 0));
	if (data)
		rc |= pb_put_tag(&head, 5, PB_LEN) | pb_put_varint(&head, len);
	if (rc < 0 || ainit_send(F_VOLUME_CHANGE, head.data, head.len, data, data ? len : 0) < 0)
		ainit_fatal("volume: out of memory sending a change to %s", rel);
	pb_free(&head);
}

/* The next piece of the file being sent. */
static void send_piece(void)
{
	static uint8_t chunk[VOLUME_CHUNK];
	ssize_t n;
	do
		n = pread(xfer_fd, chunk, sizeof chunk, (off_t)xfer_off);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		n = 0; /* unreadable now: end it here; a later change sends it again */
	int last = (size_t)n < sizeof chunk;
	send_change(K_WRITE, xfer_rel, xfer_mode, xfer_off, chunk, (size_t)n, last);
	xfer_off += (uint64_t)n;
	if (last) {
		close(xfer_fd);
		xfer_fd = -1;
	}
}

/* Reports what rel is now: starts sending a file, or sends MKDIR / DELETE. */
static void send_state(const char *rel)
{
	char path[sizeof root + MAX_REL + 1];
	full_path(path, sizeof path, rel);
	struct stat st;
	if (lstat(path, &st) < 0) {
		send_change(K_DELETE, rel, 0, 0, NULL, 0, 0);
	} else if (S_ISDIR(st.st_mode)) {
		send_change(K_MKDIR, rel, st.st_mode & 07777, 0, NULL, 0, 0);
	} else if (S_ISREG(st.st_mode)) {
		int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
		if (fd < 0) {
			send_change(K_DELETE, rel, 0, 0, NULL, 0, 0);
			return;
		}
		xfer_fd = fd;
		snprintf(xfer_rel, sizeof xfer_rel, "%s", rel);
		xfer_mode = st.st_mode & 07777;
		xfer_off = 0;
		send_piece();
	} else {
		/* Symlinks, FIFOs, sockets, devices are not kept in a volume: the host has none there. */
		send_change(K_DELETE, rel, 0, 0, NULL, 0, 0);
	}
}

/* One entry of the rescan walk (a directory stack, so the walk resumes where it was). */
static void walk_step(void)
{
	if (walk_depth < 0) {
		rescan_due = 0;
		DIR *d = opendir(root);
		if (!d)
			ainit_fatal("volume: open %s for a rescan: %s", root, strerror(errno));
		walk_depth = 0;
		walk[0].dir = d;
		walk[0].rel[0] = 0;
		send_change(K_RESCAN_BEGIN, "", 0, 0, NULL, 0, 0);
		return;
	}
	struct dirent *e = readdir(walk[walk_depth].dir);
	if (!e) {
		closedir(walk[walk_depth].dir);
		if (--walk_depth < 0)
			send_change(K_RESCAN_END, "", 0, 0, NULL, 0, 0);
		return;
	}
	if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
		return;
	char rel[MAX_REL];
	const char *parent = walk[walk_depth].rel;
	if ((size_t)snprintf(rel, sizeof rel, "%s%s%s", parent, parent[0] ? "/" : "", e->d_name) >= sizeof rel)
		return;
	send_state(rel);
	if (e->d_type == DT_DIR && walk_depth + 1 < MAX_DEPTH) {
		watch_dir(rel); /* before reading it: whatever changes in it later is marked */
		char path[sizeof root + MAX_REL + 1];
		full_path(path, sizeof path, rel);
		DIR *d = opendir(path);
		if (d) {
			walk_depth++;
			walk[walk_depth].dir = d;
			snprintf(walk[walk_depth].rel, sizeof walk[walk_depth].rel, "%s", rel);
		}
	}
}

void volume_step(void)
{
	if (xfer_fd >= 0) {
		send_piece();
	} else if (n_queue > 0) {
		char *rel = queue[0];
		memmove(queue, queue + 1, (n_queue - 1) * sizeof *queue);
		n_queue--;
		send_state(rel);
		free(rel);
	} else if (walk_depth >= 0 || rescan_due) {
		walk_step();
	}
}
