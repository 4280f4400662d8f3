/* ainit: PID 1 of every Arrow.
 *
 * Sets up the minimal guest (proc, sysfs, devtmpfs, tmpfs, loopback), talks to the host over
 * the virtio-serial port named "arrow.0" (the Arrow channel, kernel/proto/channel.proto:
 * 4-byte little-endian length + protobuf Frame, seq/ack numbering), receives Start, runs the
 * app with its stdout/stderr on pipes, forwards output, handles Stop, reports Exited and halts
 * the VM. Any setup or protocol failure is reported as an Error frame (and on the console)
 * before halting, because a silent PID 1 death would only show up as a kernel panic.
 *
 * Built static with musl: musl-gcc -static -Os -s ainit.c pb.c -o ainit */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "pb.h"

#define AINIT_VERSION "ainit/0.2.0"
#define PORT_NAME "arrow.0"
#define MAX_FRAME (1024 * 1024)          /* contract: larger frames are a protocol error */
#define OUTPUT_CHUNK (64 * 1024)         /* Output frames carry at most this much */
#define HELLO_RESEND_MS 100              /* the host may connect after we boot */
#define HOST_SILENCE_MS (60 * 1000)      /* no Start within this → give up */
#define PARTIAL_FRAME_MS 10000           /* a frame started but not finished in time */
#define EXIT_ACK_WAIT_MS 2000            /* bounded wait for the host to ack Exited/Error */
#define DRAIN_AFTER_EXIT_MS 500          /* grandchildren may hold the pipes open */
#define WRITE_TIMEOUT_MS 10000
#define DEFAULT_APP "/arrow/app"
#define MIN_RNG_SEED 16                  /* bytes; fewer is a host bug, not a seed */
#define MAX_RNG_SEED 256

/* From <linux/random.h>, which musl does not ship. */
#define RNDADDENTROPY 0x40085203         /* _IOW('R', 0x03, int[2]) */
#define RNDRESEEDCRNG 0x5207             /* _IO('R', 0x07) */

/* Frame field numbers (channel.proto). */
enum { F_SEQ = 1, F_ACK = 2, F_HELLO = 10, F_START = 11, F_OUTPUT = 12, F_EXITED = 13,
       F_STOP = 14, F_LOG = 15, F_ERROR = 16, F_WARM = 17, F_WARMED = 18 };
enum { STREAM_STDOUT = 1, STREAM_STDERR = 2 };

static int port_fd = -1;
static uint64_t next_seq = 1;      /* our next outgoing seq */
static uint64_t recv_seq;          /* highest in-order seq received from the host */
static uint64_t acked_by_host;      /* highest of our seqs the host acknowledged */
static uint64_t ack_sent;          /* highest recv_seq we told the host about */

static uint8_t rx[MAX_FRAME + 4];  /* receive buffer: one maximal frame plus its length */
static size_t rx_len;
static uint64_t rx_partial_since;  /* ms when the unfinished frame in rx started, 0 if none */

static uint64_t now_ms(clockid_t clock)
{
	struct timespec ts;
	clock_gettime(clock, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

static uint64_t mono(void) { return now_ms(CLOCK_MONOTONIC); }

static void console(const char *fmt, ...)
{
	char line[512];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(line, sizeof line - 1, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n > sizeof line - 2)
		n = sizeof line - 2;
	line[n++] = '\n';
	(void)!write(2, "ainit: ", 7);
	(void)!write(2, line, (size_t)n);
}

static _Noreturn void halt_vm(void)
{
	sync();
	/* With microvm and acpi=off the guest cannot power off: a reboot with reboot=t on the
	 * kernel command line and QEMU's -no-reboot ends the VM. */
	reboot(RB_AUTOBOOT);
	reboot(RB_POWER_OFF);
	for (;;)
		pause(); /* PID 1 must never exit: that would panic the kernel */
}

/* Writes all of p, waiting at most WRITE_TIMEOUT_MS for the port to take it. */
static int write_all(int fd, const uint8_t *p, size_t n)
{
	uint64_t deadline = mono() + WRITE_TIMEOUT_MS;
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w > 0) {
			p += w;
			n -= (size_t)w;
			continue;
		}
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0 && errno != EAGAIN)
			return -1;
		uint64_t now = mono();
		if (now >= deadline) {
			errno = ETIMEDOUT;
			return -1;
		}
		struct pollfd pfd = { .fd = fd, .events = POLLOUT };
		/* A virtio port with no host attached reports HUP at once instead of blocking: without
		 * the pause this loop would spin on the vCPU until the deadline. */
		if (poll(&pfd, 1, (int)(deadline - now)) > 0 && !(pfd.revents & POLLOUT) &&
		    (pfd.revents & (POLLHUP | POLLERR)))
			usleep(20000);
	}
	return 0;
}

/* Sends one frame: body_field/body is the oneof (body_field 0: pure ack). seq is explicit so
 * Hello can be resent under the same number. */
static int send_frame_seq(uint64_t seq, uint32_t body_field, const struct pb_buf *body)
{
	if (port_fd < 0)
		return -1;
	struct pb_buf f = { 0 };
	uint8_t len[4] = { 0 };
	int rc = pb_put_raw(&f, len, 4);
	rc |= pb_put_uint(&f, F_SEQ, seq);
	rc |= pb_put_uint(&f, F_ACK, recv_seq);
	if (body_field)
		rc |= pb_put_bytes(&f, body_field, body ? body->data : NULL, body ? body->len : 0);
	if (rc < 0) {
		pb_free(&f);
		return -1;
	}
	uint32_t n = (uint32_t)(f.len - 4);
	f.data[0] = n & 0xff;
	f.data[1] = (n >> 8) & 0xff;
	f.data[2] = (n >> 16) & 0xff;
	f.data[3] = (n >> 24) & 0xff;
	rc = write_all(port_fd, f.data, f.len);
	pb_free(&f);
	if (rc == 0)
		ack_sent = recv_seq;
	return rc;
}

static int send_frame(uint32_t body_field, const struct pb_buf *body)
{
	return send_frame_seq(next_seq++, body_field, body);
}

static void send_string_frame(uint32_t body_field, const char *message)
{
	struct pb_buf b = { 0 };
	if (pb_put_bytes(&b, 1, message, strlen(message)) == 0)
		send_frame(body_field, &b);
	pb_free(&b);
}

static void send_log(const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	send_string_frame(F_LOG, msg);
}

static int read_port(void);

/* Waits (bounded) until the host acknowledged our seq `upto`. */
static void wait_host_ack(uint64_t upto, uint64_t timeout_ms)
{
	uint64_t deadline = mono() + timeout_ms;
	while (port_fd >= 0 && acked_by_host < upto) {
		uint64_t now = mono();
		if (now >= deadline)
			return;
		struct pollfd pfd = { .fd = port_fd, .events = POLLIN };
		int r = poll(&pfd, 1, (int)(deadline - now));
		if (r <= 0)
			continue;
		if (pfd.revents & POLLIN) {
			if (read_port() < 0)
				return;
		} else if (pfd.revents & (POLLHUP | POLLERR)) {
			usleep(20000); /* host not connected: nothing to read, avoid spinning */
		}
	}
}

/* Reports a fatal error to the host and the console, then halts. */
static _Noreturn void fatal(const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	console("fatal: %s", msg);
	if (port_fd >= 0) {
		uint64_t seq = next_seq;
		send_string_frame(F_ERROR, msg);
		wait_host_ack(seq, EXIT_ACK_WAIT_MS);
	}
	halt_vm();
}

/* ---- guest setup ---------------------------------------------------------------------- */

static void mount_fs(const char *source, const char *target, const char *type, unsigned long flags,
		     const char *data)
{
	if (mkdir(target, 0755) < 0 && errno != EEXIST)
		fatal("mkdir %s: %s", target, strerror(errno));
	if (mount(source, target, type, flags, data) < 0 && errno != EBUSY)
		fatal("mount %s on %s: %s", type, target, strerror(errno));
}

static void interface_up(const char *name)
{
	int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (s < 0) {
		console("socket for %s: %s", name, strerror(errno));
		return;
	}
	struct ifreq ifr;
	memset(&ifr, 0, sizeof ifr);
	strncpy(ifr.ifr_name, name, IFNAMSIZ - 1);
	if (ioctl(s, SIOCGIFFLAGS, &ifr) == 0) {
		ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
		if (ioctl(s, SIOCSIFFLAGS, &ifr) < 0)
			console("bring %s up: %s", name, strerror(errno));
	} else if (errno != ENODEV) {
		console("flags of %s: %s", name, strerror(errno));
	}
	close(s);
}

/* With free page reporting (virtio-balloon, cold boots) the kernel reports only free blocks of
 * its pageblock order, 4 MiB here: in a small guest whose free memory is rarely that contiguous,
 * pages an app freed stayed with QEMU. Reporting 2^PAGE_REPORTING_ORDER pages (128 KiB) makes
 * them go back. (Without a reporting device the setting does nothing.) */
#define PAGE_REPORTING_ORDER "5"
static void tune_page_reporting(void)
{
	int fd = open("/sys/module/page_reporting/parameters/page_reporting_order", O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	if (write(fd, PAGE_REPORTING_ORDER, strlen(PAGE_REPORTING_ORDER)) < 0)
		console("page_reporting_order: %s", strerror(errno));
	close(fd);
}

/* Finds /dev/<port> whose /sys/class/virtio-ports/<port>/name is PORT_NAME. Returns an fd. */
static int open_channel(void)
{
	/* Built-in virtio drivers probe before init runs, but give a late port a moment. */
	uint64_t deadline = mono() + 3000;
	for (;;) {
		DIR *d = opendir("/sys/class/virtio-ports");
		if (d) {
			struct dirent *e;
			while ((e = readdir(d)) != NULL) {
				if (e->d_name[0] == '.' || strlen(e->d_name) > 64)
					continue;
				char path[320], name[64] = { 0 };
				snprintf(path, sizeof path, "/sys/class/virtio-ports/%s/name", e->d_name);
				int fd = open(path, O_RDONLY | O_CLOEXEC);
				if (fd < 0)
					continue;
				ssize_t n = read(fd, name, sizeof name - 1);
				close(fd);
				if (n <= 0)
					continue;
				while (n > 0 && (name[n - 1] == '\n' || name[n - 1] == ' '))
					name[--n] = 0;
				if (strcmp(name, PORT_NAME) != 0)
					continue;
				snprintf(path, sizeof path, "/dev/%s", e->d_name);
				fd = open(path, O_RDWR | O_CLOEXEC | O_NONBLOCK);
				closedir(d);
				if (fd < 0)
					fatal("open %s (%s): %s", path, PORT_NAME, strerror(errno));
				return fd;
			}
			closedir(d);
		}
		if (mono() >= deadline)
			fatal("no virtio-serial port named %s in /sys/class/virtio-ports", PORT_NAME);
		usleep(10000);
	}
}

/* ---- Start -------------------------------------------------------------------------------- */

struct strv {
	char **items;
	size_t n;
};

struct start {
	struct strv argv, env;
	char *cwd;
	uint64_t clock_unix_us;
	uint8_t rng_seed[MAX_RNG_SEED];
	size_t rng_seed_len;
	uint8_t mac[6];
	int has_mac;
};

static char *dup_bytes(const uint8_t *p, size_t n)
{
	if (memchr(p, 0, n))
		fatal("Start contains a string with a NUL byte");
	char *s = malloc(n + 1);
	if (!s)
		fatal("out of memory");
	memcpy(s, p, n);
	s[n] = 0;
	return s;
}

static void strv_push(struct strv *v, char *s)
{
	char **grown = realloc(v->items, (v->n + 2) * sizeof *grown);
	if (!grown)
		fatal("out of memory");
	v->items = grown;
	v->items[v->n++] = s;
	v->items[v->n] = NULL;
}

/* mkdir -p of the parents of path (path must be absolute). */
static void make_parents(char *path)
{
	for (char *slash = strchr(path + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
		*slash = 0;
		if (mkdir(path, 0755) < 0 && errno != EEXIST)
			fatal("create directory %s: %s", path, strerror(errno));
		*slash = '/';
	}
}

static void write_guest_file(const uint8_t *msg, size_t len)
{
	struct pb_reader r = { msg, msg + len };
	struct pb_field f;
	char *path = NULL;
	const uint8_t *content = NULL;
	size_t content_len = 0;
	uint32_t mode = 0;
	int rc;
	while ((rc = pb_next(&r, &f)) > 0) {
		if (f.number == 1 && f.wire_type == PB_LEN) {
			free(path);
			path = dup_bytes(f.bytes, f.len);
		} else if (f.number == 2 && f.wire_type == PB_LEN) {
			content = f.bytes;
			content_len = f.len;
		} else if (f.number == 3 && f.wire_type == PB_VARINT) {
			mode = (uint32_t)f.varint;
		}
	}
	if (rc < 0)
		fatal("malformed File in Start");
	if (!path || path[0] != '/')
		fatal("Start file path %s is not absolute", path ? path : "(empty)");
	if (strstr(path, "/../") || (strlen(path) >= 3 && strcmp(path + strlen(path) - 3, "/..") == 0))
		fatal("Start file path %s contains '..'", path);
	if (mode == 0)
		mode = 0644;
	make_parents(path);
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode & 07777);
	if (fd < 0)
		fatal("create %s: %s", path, strerror(errno));
	if (content_len && write_all(fd, content, content_len) < 0)
		fatal("write %s: %s", path, strerror(errno));
	if (fchmod(fd, mode & 07777) < 0) /* open's mode is filtered by the umask */
		fatal("chmod %s: %s", path, strerror(errno));
	close(fd);
	free(path);
}

static void parse_start(const uint8_t *msg, size_t len, struct start *st)
{
	struct pb_reader r = { msg, msg + len };
	struct pb_field f;
	int rc;
	memset(st, 0, sizeof *st);
	while ((rc = pb_next(&r, &f)) > 0) {
		if (f.number == 5 && f.wire_type == PB_VARINT) {
			st->clock_unix_us = f.varint;
			continue;
		}
		if (f.wire_type != PB_LEN)
			continue;
		switch (f.number) {
		case 1: strv_push(&st->argv, dup_bytes(f.bytes, f.len)); break;
		case 2: strv_push(&st->env, dup_bytes(f.bytes, f.len)); break;
		case 3: write_guest_file(f.bytes, f.len); break;
		case 4: free(st->cwd); st->cwd = dup_bytes(f.bytes, f.len); break;
		case 6:
			if (f.len > 0 && (f.len < MIN_RNG_SEED || f.len > MAX_RNG_SEED))
				fatal("Start rng_seed is %zu bytes; expected %d-%d", f.len, MIN_RNG_SEED, MAX_RNG_SEED);
			memcpy(st->rng_seed, f.bytes, f.len);
			st->rng_seed_len = f.len;
			break;
		case 7:
			if (f.len != 0 && f.len != 6)
				fatal("Start mac_address is %zu bytes; expected 6", f.len);
			memcpy(st->mac, f.bytes, f.len);
			st->has_mac = f.len == 6;
			break;
		}
	}
	if (rc < 0)
		fatal("malformed Start frame");
	if (st->argv.n == 0)
		strv_push(&st->argv, dup_bytes((const uint8_t *)DEFAULT_APP, strlen(DEFAULT_APP)));
	if (st->env.n == 0)
		strv_push(&st->env, dup_bytes((const uint8_t *)"PATH=/arrow:/bin:/usr/bin", 25));
}

/* ---- the Arrow's own identity ---------------------------------------------------------------
 * A clone resumes its template's memory: the template's wall clock, RNG state and MAC. Start
 * carries this Arrow's own, applied before the app runs (cold boots get the same treatment, so
 * both behave alike). */

static void set_clock(uint64_t unix_us)
{
	struct timespec ts = { .tv_sec = (time_t)(unix_us / 1000000), .tv_nsec = (long)(unix_us % 1000000) * 1000 };
	if (clock_settime(CLOCK_REALTIME, &ts) < 0)
		fatal("set the clock: %s", strerror(errno));
}

/* RNDADDENTROPY mixes the seed in and credits it (so getrandom never blocks waiting for boot
 * entropy); RNDRESEEDCRNG then makes the kernel's generator rekey from the pool at once instead
 * of at its next scheduled reseed, so the app's first random bytes already depend on the seed. */
static void seed_rng(const uint8_t *seed, size_t len)
{
	struct {
		int entropy_count;
		int buf_size;
		uint8_t buf[MAX_RNG_SEED];
	} info;
	info.entropy_count = (int)(len * 8);
	info.buf_size = (int)len;
	memcpy(info.buf, seed, len);
	int fd = open("/dev/urandom", O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		fatal("open /dev/urandom: %s", strerror(errno));
	if (ioctl(fd, RNDADDENTROPY, &info) < 0)
		fatal("add the host's seed to the RNG: %s", strerror(errno));
	if (ioctl(fd, RNDRESEEDCRNG) < 0)
		fatal("reseed the RNG: %s", strerror(errno));
	close(fd);
	explicit_bzero(&info, sizeof info);
}

static void set_mac(const uint8_t mac[6])
{
	int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (s < 0)
		fatal("socket: %s", strerror(errno));
	struct ifreq ifr;
	memset(&ifr, 0, sizeof ifr);
	strncpy(ifr.ifr_name, "eth0", IFNAMSIZ - 1);
	ifr.ifr_hwaddr.sa_family = ARPHRD_ETHER;
	memcpy(ifr.ifr_hwaddr.sa_data, mac, 6);
	if (ioctl(s, SIOCSIFHWADDR, &ifr) < 0 && errno != ENODEV)
		fatal("set the MAC address of eth0: %s", strerror(errno));
	close(s);
}

static void apply_identity(struct start *st)
{
	if (st->clock_unix_us)
		set_clock(st->clock_unix_us);
	if (st->rng_seed_len)
		seed_rng(st->rng_seed, st->rng_seed_len);
	explicit_bzero(st->rng_seed, sizeof st->rng_seed); /* the app's RNG must not be readable back from PID 1 */
	if (st->has_mac)
		set_mac(st->mac);
}

/* ---- app process ------------------------------------------------------------------------- */

struct app {
	pid_t pid;            /* 0 before start; -1 after it was reaped */
	int out_fd, err_fd;   /* read ends of the stdout/stderr pipes, -1 when closed */
	int status;           /* wait status once reaped */
	int exec_failed;
	uint64_t kill_at;     /* ms deadline for SIGKILL after Stop, 0 if none */
	uint64_t exited_at;   /* ms when reaped, to bound draining */
};

static struct app app = { .out_fd = -1, .err_fd = -1 };
static int stop_before_start;

static void start_app(struct start *st)
{
	int out[2], err[2], exec_status[2];
	if (pipe2(out, O_CLOEXEC) < 0 || pipe2(err, O_CLOEXEC) < 0 || pipe2(exec_status, O_CLOEXEC) < 0)
		fatal("pipe: %s", strerror(errno));
	pid_t pid = fork();
	if (pid < 0)
		fatal("fork: %s", strerror(errno));
	if (pid == 0) {
		/* Child: its own session (so Stop reaches its whole process group), default signals. */
		sigset_t none;
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		setsid();
		int null = open("/dev/null", O_RDONLY);
		if (null >= 0 && null != 0) {
			dup2(null, 0);
			close(null);
		}
		dup2(out[1], 1);
		dup2(err[1], 2);
		/* On failure tell the parent what failed: [0]=1 chdir / 2 exec, [1]=errno. */
		int report[2] = { 2, 0 };
		if (st->cwd && st->cwd[0] && chdir(st->cwd) < 0)
			report[0] = 1;
		else
			execve(st->argv.items[0], st->argv.items, st->env.items);
		report[1] = errno;
		(void)!write(exec_status[1], report, sizeof report);
		_exit(127);
	}
	close(out[1]);
	close(err[1]);
	close(exec_status[1]);
	app.pid = pid;
	app.out_fd = out[0];
	app.err_fd = err[0];
	fcntl(app.out_fd, F_SETFL, O_NONBLOCK);
	fcntl(app.err_fd, F_SETFL, O_NONBLOCK);
	/* The status pipe closes on a successful exec (O_CLOEXEC) or carries what failed. */
	int report[2] = { 0, 0 };
	ssize_t n;
	do
		n = read(exec_status[0], report, sizeof report);
	while (n < 0 && errno == EINTR);
	close(exec_status[0]);
	if (n == (ssize_t)sizeof report) {
		app.exec_failed = 1;
		char msg[512];
		if (report[0] == 1)
			snprintf(msg, sizeof msg, "cannot change directory to %s: %s", st->cwd, strerror(report[1]));
		else
			snprintf(msg, sizeof msg, "cannot exec %s: %s", st->argv.items[0], strerror(report[1]));
		console("%s", msg);
		send_string_frame(F_ERROR, msg);
	}
}

static void signal_app(int sig)
{
	if (app.pid > 0) {
		kill(-app.pid, sig); /* the app's process group (it called setsid) */
		kill(app.pid, sig);
	}
}

/* Forwards what is readable on a pipe; closes it at EOF. */
static void forward_pipe(int *fd, int stream)
{
	static uint8_t chunk[OUTPUT_CHUNK];
	for (int rounds = 0; *fd >= 0 && rounds < 16; rounds++) {
		ssize_t n = read(*fd, chunk, sizeof chunk);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno == EAGAIN)
			return;
		if (n <= 0) {
			close(*fd);
			*fd = -1;
			return;
		}
		struct pb_buf b = { 0 };
		if (pb_put_uint(&b, 1, (uint64_t)stream) < 0 || pb_put_bytes(&b, 2, chunk, (size_t)n) < 0 ||
		    send_frame(F_OUTPUT, &b) < 0)
			console("lost %zd bytes of app output (channel write failed)", n);
		pb_free(&b);
	}
}

/* ---- warming a clone up (Warm, see channel.proto) ----------------------------------------- */

#define WARM_ARG "--arrow-warm-up"

/* Runs a throwaway copy of ainit that exits at once (main() checks WARM_ARG), and reports. */
static void warm_up(void)
{
	uint64_t began = mono();
	pid_t pid = fork();
	if (pid < 0)
		fatal("fork: %s", strerror(errno));
	if (pid == 0) {
		char *argv[] = { "/init", WARM_ARG, NULL };
		char *envp[] = { NULL };
		execve("/init", argv, envp);
		_exit(127);
	}
	int status;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	struct pb_buf b = { 0 };
	pb_put_uint(&b, 1, mono() - began);
	send_frame(F_WARMED, &b);
	pb_free(&b);
}

/* ---- receiving frames -------------------------------------------------------------------- */

static struct start start_msg;
static int started;

static void handle_frame(const uint8_t *p, size_t len)
{
	struct pb_reader r = { p, p + len };
	struct pb_field f;
	uint64_t seq = 0, ack = 0;
	uint32_t body = 0;
	const uint8_t *body_bytes = NULL;
	size_t body_len = 0;
	int rc;
	while ((rc = pb_next(&r, &f)) > 0) {
		if (f.number == F_SEQ && f.wire_type == PB_VARINT)
			seq = f.varint;
		else if (f.number == F_ACK && f.wire_type == PB_VARINT)
			ack = f.varint;
		else if (f.number >= F_HELLO && f.number <= F_WARMED && f.wire_type == PB_LEN) {
			body = f.number;
			body_bytes = f.bytes;
			body_len = f.len;
		}
	}
	if (rc < 0)
		fatal("malformed frame from host (%zu bytes)", len);
	if (ack > acked_by_host)
		acked_by_host = ack;
	if (seq == 0)
		return; /* pure ack */
	if (seq <= recv_seq) {
		ack_sent = 0; /* duplicate: the host missed our ack, send it again */
		return;
	}
	if (seq != recv_seq + 1)
		fatal("frame seq %llu from host, expected %llu", (unsigned long long)seq,
		      (unsigned long long)(recv_seq + 1));
	recv_seq = seq;
	switch (body) {
	case F_START:
		if (started)
			fatal("second Start from host");
		parse_start(body_bytes, body_len, &start_msg);
		started = 1;
		if (stop_before_start)
			return;
		apply_identity(&start_msg);
		start_app(&start_msg);
		break;
	case F_WARM:
		if (started)
			fatal("Warm after Start");
		warm_up();
		break;
	case F_STOP: {
		uint64_t grace = 0;
		struct pb_reader sr = { body_bytes, body_bytes + body_len };
		while (pb_next(&sr, &f) > 0)
			if (f.number == 1 && f.wire_type == PB_VARINT)
				grace = f.varint;
		if (app.pid > 0) {
			signal_app(SIGTERM);
			if (!app.kill_at)
				app.kill_at = mono() + grace;
		} else if (!started) {
			stop_before_start = 1;
		}
		break;
	}
	case F_ERROR: {
		const uint8_t *text = (const uint8_t *)"";
		size_t text_len = 0;
		struct pb_reader er = { body_bytes, body_bytes + body_len };
		while (pb_next(&er, &f) > 0)
			if (f.number == 1 && f.wire_type == PB_LEN) {
				text = f.bytes;
				text_len = f.len > 400 ? 400 : f.len;
			}
		fatal("host reported an error: %.*s", (int)text_len, (const char *)text);
	}
	default:
		fatal("unexpected frame body %u from host", body);
	}
}

/* Reads what the port has and handles complete frames. Returns -1 when the host hung up. */
static int read_port(void)
{
	for (;;) {
		ssize_t n = read(port_fd, rx + rx_len, sizeof rx - rx_len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno == EAGAIN)
			break;
		if (n < 0)
			fatal("read %s: %s", PORT_NAME, strerror(errno));
		if (n == 0)
			return -1; /* host side not connected */
		rx_len += (size_t)n;
		while (rx_len >= 4) {
			uint32_t flen = (uint32_t)rx[0] | (uint32_t)rx[1] << 8 | (uint32_t)rx[2] << 16 |
					(uint32_t)rx[3] << 24;
			if (flen > MAX_FRAME)
				fatal("frame of %u bytes from host exceeds the %d byte limit", flen, MAX_FRAME);
			if (rx_len < 4 + (size_t)flen)
				break;
			handle_frame(rx + 4, flen);
			memmove(rx, rx + 4 + flen, rx_len - 4 - flen);
			rx_len -= 4 + flen;
		}
		rx_partial_since = rx_len ? (rx_partial_since ? rx_partial_since : mono()) : 0;
	}
	if (ack_sent < recv_seq)
		send_frame_seq(0, 0, NULL);
	return 0;
}

/* ---- main loop ---------------------------------------------------------------------------- */

static void reap(void)
{
	int status;
	pid_t pid;
	while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
		if (pid == app.pid) {
			app.status = status;
			app.pid = -1;
			app.exited_at = mono();
		}
		/* other pids: orphans reparented to PID 1, reaped so they do not linger as zombies */
	}
}

static _Noreturn void finish(void)
{
	int code = 0, sig = 0;
	if (app.exec_failed)
		code = 127;
	else if (WIFEXITED(app.status))
		code = WEXITSTATUS(app.status);
	else if (WIFSIGNALED(app.status))
		sig = WTERMSIG(app.status);
	struct pb_buf b = { 0 };
	pb_put_int32(&b, 1, code);
	pb_put_int32(&b, 2, sig);
	uint64_t seq = next_seq;
	send_frame(F_EXITED, &b);
	pb_free(&b);
	wait_host_ack(seq, EXIT_ACK_WAIT_MS);
	halt_vm();
}

int main(int argc, char **argv)
{
	if (getpid() != 1) /* the throwaway child of warm_up(), or run by mistake: nothing to do */
		return argc > 1 && strcmp(argv[1], WARM_ARG) == 0 ? 0 : 2;
	uint64_t boot_ms = now_ms(CLOCK_BOOTTIME);
	umask(022);
	mount_fs("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL);
	mount_fs("sysfs", "/sys", "sysfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL);
	mount_fs("devtmpfs", "/dev", "devtmpfs", MS_NOSUID, "mode=0755");
	mount_fs("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777");
	mount_fs("tmpfs", "/run", "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755");
	interface_up("lo");
	interface_up("eth0"); /* configured by the kernel's ip= argument when the net feature is on */
	tune_page_reporting();

	sigset_t chld;
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	int sfd = signalfd(-1, &chld, SFD_CLOEXEC | SFD_NONBLOCK);
	if (sfd < 0)
		fatal("signalfd: %s", strerror(errno));
	signal(SIGPIPE, SIG_IGN);

	port_fd = open_channel();

	/* Hello, resent under seq 1 until the host answers: the host may attach to the channel
	 * socket after the guest is already up, and the port drops writes while nobody listens. */
	struct pb_buf hello = { 0 };
	pb_put_bytes(&hello, 1, AINIT_VERSION, strlen(AINIT_VERSION));
	pb_put_uint(&hello, 2, boot_ms);
	next_seq = 2;
	uint64_t last_hello = 0, waiting_since = mono();

	for (;;) {
		uint64_t now = mono();
		if (acked_by_host < 1 && recv_seq == 0 && now - last_hello >= HELLO_RESEND_MS) {
			send_frame_seq(1, F_HELLO, &hello);
			last_hello = now;
		}
		if (!started && now - waiting_since > HOST_SILENCE_MS)
			fatal("no Start from the host within %d ms", HOST_SILENCE_MS);
		if (rx_partial_since && now - rx_partial_since > PARTIAL_FRAME_MS)
			fatal("incomplete frame from host for %d ms", PARTIAL_FRAME_MS);
		if (stop_before_start)
			finish();
		if (app.pid > 0 && app.kill_at && now >= app.kill_at) {
			send_log("app did not stop within the grace period; sending SIGKILL");
			signal_app(SIGKILL);
			app.kill_at = 0;
		}
		if (app.pid < 0 && ((app.out_fd < 0 && app.err_fd < 0) || now - app.exited_at > DRAIN_AFTER_EXIT_MS)) {
			forward_pipe(&app.out_fd, STREAM_STDOUT);
			forward_pipe(&app.err_fd, STREAM_STDERR);
			finish();
		}

		struct pollfd pfd[4];
		int nfds = 0;
		pfd[nfds++] = (struct pollfd){ .fd = port_fd, .events = POLLIN };
		pfd[nfds++] = (struct pollfd){ .fd = sfd, .events = POLLIN };
		int out_slot = -1, err_slot = -1;
		if (app.out_fd >= 0) {
			out_slot = nfds;
			pfd[nfds++] = (struct pollfd){ .fd = app.out_fd, .events = POLLIN };
		}
		if (app.err_fd >= 0) {
			err_slot = nfds;
			pfd[nfds++] = (struct pollfd){ .fd = app.err_fd, .events = POLLIN };
		}
		int timeout = 1000;
		if (acked_by_host < 1 && recv_seq == 0)
			timeout = HELLO_RESEND_MS;
		if (app.kill_at)
			timeout = app.kill_at > now ? (int)(app.kill_at - now) : 0;
		if (app.pid < 0)
			timeout = 50;
		if (poll(pfd, (nfds_t)nfds, timeout) < 0 && errno != EINTR)
			fatal("poll: %s", strerror(errno));

		if (pfd[0].revents & POLLIN) {
			if (read_port() < 0)
				usleep(20000);
		} else if (pfd[0].revents & (POLLHUP | POLLERR)) {
			usleep(20000); /* host not attached: the port reports HUP until it is */
		}
		if (out_slot >= 0 && pfd[out_slot].revents)
			forward_pipe(&app.out_fd, STREAM_STDOUT);
		if (err_slot >= 0 && pfd[err_slot].revents)
			forward_pipe(&app.err_fd, STREAM_STDERR);
		if (pfd[1].revents & POLLIN) {
			struct signalfd_siginfo si;
			while (read(sfd, &si, sizeof si) == (ssize_t)sizeof si)
				;
			reap();
		}
	}
}
