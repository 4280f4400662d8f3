/* ainit: PID 1 of every Arrow.
 *
 * Sets up the minimal guest (proc, sysfs, devtmpfs, tmpfs, loopback), talks to the host over
 * the virtio-serial port named "arrow.0" (the Arrow channel, kernel/proto/channel.proto:
 * 4-byte little-endian length + protobuf Frame, seq/ack numbering), receives Start, runs the
 * app with its stdout/stderr on pipes, forwards output, handles Stop, reports Exited and halts
 * the VM. Any setup or protocol failure is reported as an Error frame (and on the console)
 * before halting, because a silent PID 1 death would only show up as a kernel panic.
 * A Start with a volume mounts it, fills it from the host and watches it: volume.c.
 *
 * Built static with musl: musl-gcc -static -Os -s ainit.c pb.c volume.c -o ainit */
#define _GNU_SOURCE
#include <dirent.h>
#include <limits.h>
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <net/route.h>
#include <arpa/inet.h>
#include <netinet/in.h>
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
#include "volume.h"

#define fatal ainit_fatal

#define AINIT_VERSION "ainit/0.4.0"
#define PORT_NAME "arrow.0"
#define MAX_FRAME (1024 * 1024)          /* contract: larger frames are a protocol error */
#define OUTPUT_CHUNK (64 * 1024)         /* Output frames carry at most this much */
#define UNACKED_LIMIT (1024 * 1024)      /* frame bytes kept for the host; beyond, the app waits */
#define RESEND_FIRST_MS 100              /* resend what the host has not acknowledged: before its first ack */
#define RESEND_MS 1000                   /* ... and once it has acknowledged something */
#define DETACHED_LOOK_MS 1000            /* no host attached: look again this often (SIGIO wakes us sooner) */
#define HOST_SILENCE_MS (60 * 1000)      /* no Start within this → give up */
#define PARTIAL_FRAME_MS 10000           /* a frame started but not finished in time */
#define EXIT_ACK_WAIT_MS 2000            /* bounded wait for the host to ack Exited/Error */
#define DRAIN_AFTER_EXIT_MS 500          /* grandchildren may hold the pipes open */
#define WRITE_TIMEOUT_MS 10000
#define VOLUME_FLUSH_MS 30000            /* at exit: bound on sending the volume's last changes */
#define DEFAULT_APP "/arrow/app"
#define MIN_RNG_SEED 16                  /* bytes; fewer is a host bug, not a seed */
#define MAX_RNG_SEED 256
#define MAX_NAMESERVERS 3                /* resolv.conf (musl and glibc) honours the first three */
#define MIN_MTU 68                       /* IPv4's minimum */
#define MAX_MTU 65535

/* From <linux/random.h>, which musl does not ship. */
#define RNDADDENTROPY 0x40085203         /* _IOW('R', 0x03, int[2]) */
#define RNDRESEEDCRNG 0x5207             /* _IO('R', 0x07) */

/* Frame field numbers (channel.proto). */
enum { F_SEQ = 1, F_ACK = 2, F_HELLO = 10, F_START = 11, F_OUTPUT = 12, F_EXITED = 13,
       F_STOP = 14, F_LOG = 15, F_ERROR = 16, F_WARM = 17, F_WARMED = 18, F_RESUME = 19,
       F_RESUMED = 20, F_VOLUME_FILE = 21, F_VOLUME_READY = 22, F_VOLUME_CHANGE = 23,
       F_VOLUME_RESCAN = 24, F_NETWORK_CHANGE = 25 };
enum { STREAM_STDOUT = 1, STREAM_STDERR = 2 };

static int port_fd = -1;
static int sig_fd = -1;            /* signalfd: SIGCHLD (the app) and SIGIO (the host came or went) */
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

/* Writes all of p to a file, waiting at most WRITE_TIMEOUT_MS for it to take it. */
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
		poll(&pfd, 1, (int)(deadline - now));
	}
	return 0;
}

/* ---- sending: every numbered frame is kept until the host acknowledges it -----------------
 *
 * The host may go away and another attach at any time (arrowd restarting while its Arrows run):
 * frames it did not acknowledge are sent again, from the oldest, to whoever is attached next,
 * and the host deduplicates by seq. Nothing blocks while no host is attached: the virtio port
 * then reports HUP, ainit stops polling it and waits for SIGIO (sent by the port driver when
 * the host side opens or closes) or DETACHED_LOOK_MS. App output beyond UNACKED_LIMIT waits in
 * the app's pipes, so the app blocks instead of ainit growing.
 *
 * A frame is encoded once, when queued (its ack is the one of that moment: the host takes the
 * highest it sees, and a pure ack follows when nothing else carries a newer one), and written
 * from the queue. A frame is only ever written whole to one host: when the host goes away
 * mid-frame, the rest is dropped and the frame goes again, from its start, to the next host. */

struct outframe {
	struct outframe *next;
	uint64_t seq;
	uint64_t ack;     /* the ack encoded in it */
	size_t len;       /* of data: the whole frame, length prefix included */
	uint8_t data[];
};

static struct outframe *q_head, *q_tail; /* unacknowledged frames, in seq order */
static struct outframe *q_next;          /* the next one to write (NULL: all written) */
static size_t q_bytes;                   /* frame bytes held in the queue */
static struct outframe *w_frame;         /* the queued frame being written (NULL: w_data is ctl's) */
static const uint8_t *w_data;            /* the frame being written */
static size_t w_len, w_off;              /* its length, and how much of it the port took */
static struct pb_buf ctl;                /* an unqueued frame (pure ack, Resumed) */
static struct outframe *w_orphan;        /* w_frame once acknowledged: freed when written */
static int link_up = 1;                  /* 0 while the port reports HUP (no host attached) */
static uint64_t link_look_at;            /* while down: when to look at the port again */
static int resumed_due;                  /* a host asked to resume: answer before anything else */
static uint64_t last_tx;                 /* ms of the last send from the head or ack progress */

/* Encodes seq, ack and the body field's tag and length (the body's bytes follow). */
static int encode_head(struct pb_buf *f, uint64_t seq, uint32_t body_field, size_t body_len, int has_body)
{
	uint8_t len[4] = { 0 };
	f->len = 0;
	int rc = pb_put_raw(f, len, 4);
	rc |= pb_put_uint(f, F_SEQ, seq);
	rc |= pb_put_uint(f, F_ACK, recv_seq);
	if (has_body)
		rc |= pb_put_tag(f, body_field, PB_LEN) | pb_put_varint(f, body_len);
	return rc < 0 ? -1 : 0;
}

/* Fills in the length prefix of an encoded frame of `total` bytes. */
static void put_length(uint8_t *frame, size_t total)
{
	uint32_t n = (uint32_t)(total - 4);
	frame[0] = n & 0xff;
	frame[1] = (n >> 8) & 0xff;
	frame[2] = (n >> 16) & 0xff;
	frame[3] = (n >> 24) & 0xff;
}

/* An unqueued frame into ctl, to be written next. */
static int encode_ctl(uint32_t body_field, const uint8_t *body, size_t body_len, int has_body)
{
	if (encode_head(&ctl, 0, body_field, body_len, has_body) < 0 || (body_len && pb_put_raw(&ctl, body, body_len) < 0))
		return -1;
	put_length(ctl.data, ctl.len);
	ack_sent = recv_seq;
	w_frame = NULL;
	w_data = ctl.data;
	w_len = ctl.len;
	w_off = 0;
	return 0;
}

/* Done with the frame being written (sent whole, or cut short by the host's departure). */
static void drop_written(void)
{
	free(w_orphan);
	w_orphan = NULL;
	w_frame = NULL;
	w_len = w_off = 0;
}

static void link_down(void)
{
	if (!link_up)
		return;
	link_up = 0;
	link_look_at = mono() + DETACHED_LOOK_MS;
	drop_written();
	q_next = q_head;
}

static int out_pending(void)
{
	return w_off < w_len || resumed_due || q_next || ack_sent < recv_seq;
}

/* Writes what the port takes now, frame after frame; never blocks. */
static void pump_out(void)
{
	while (link_up && port_fd >= 0) {
		if (w_off >= w_len) {
			drop_written();
			if (resumed_due) {
				resumed_due = 0;
				struct pb_buf resumed = { 0 };
				int rc = pb_put_uint(&resumed, 1, q_next ? q_next->seq : next_seq);
				if (rc == 0)
					rc = encode_ctl(F_RESUMED, resumed.data, resumed.len, 1);
				pb_free(&resumed);
				if (rc < 0)
					return; /* out of memory: the host asks again */
			} else if (q_next) {
				if (q_next == q_head)
					last_tx = mono();
				w_frame = q_next;
				w_data = q_next->data;
				w_len = q_next->len;
				if (q_next->ack > ack_sent)
					ack_sent = q_next->ack;
				q_next = q_next->next;
			} else if (ack_sent < recv_seq) {
				if (encode_ctl(0, NULL, 0, 0) < 0)
					return;
			} else {
				return;
			}
		}
		ssize_t w = write(port_fd, w_data + w_off, w_len - w_off);
		if (w > 0) {
			w_off += (size_t)w;
			continue;
		}
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0 && errno == EAGAIN)
			return; /* full, or nobody attached: poll says which */
		link_down();
		return;
	}
}

/* Queues a numbered frame whose body is head followed by tail (kept until acknowledged) and
 * writes what it can. The body's bytes are copied once, into the queued frame. */
static int send_frame_parts(uint32_t body_field, const uint8_t *head, size_t head_len, const uint8_t *tail, size_t tail_len)
{
	struct pb_buf prefix = { 0 };
	size_t body_len = head_len + tail_len;
	if (encode_head(&prefix, next_seq, body_field, body_len, 1) < 0) {
		pb_free(&prefix);
		return -1;
	}
	size_t total = prefix.len + body_len;
	struct outframe *f = malloc(sizeof *f + total);
	if (!f) {
		pb_free(&prefix);
		return -1;
	}
	memcpy(f->data, prefix.data, prefix.len);
	if (head_len)
		memcpy(f->data + prefix.len, head, head_len);
	if (tail_len)
		memcpy(f->data + prefix.len + head_len, tail, tail_len);
	put_length(f->data, total);
	pb_free(&prefix);
	f->next = NULL;
	f->seq = next_seq++;
	f->ack = recv_seq;
	f->len = total;
	if (q_tail)
		q_tail->next = f;
	else
		q_head = f;
	q_tail = f;
	if (!q_next)
		q_next = f;
	q_bytes += total;
	pump_out();
	return 0;
}

static int send_frame(uint32_t body_field, const struct pb_buf *body)
{
	return send_frame_parts(body_field, body ? body->data : NULL, body ? body->len : 0, NULL, 0);
}

/* The host acknowledged our frames up to `ack`: forget them. */
static void on_ack(uint64_t ack)
{
	if (ack <= acked_by_host)
		return;
	acked_by_host = ack;
	last_tx = mono();
	while (q_head && q_head->seq <= ack) {
		struct outframe *f = q_head;
		q_head = f->next;
		if (q_next == f)
			q_next = f->next;
		q_bytes -= f->len;
		if (w_frame == f) {
			/* Being written again (a resend) as the host acknowledged its first copy: the
			 * rest of it still goes out; its memory goes back once it has. */
			w_orphan = f;
			continue;
		}
		free(f);
	}
	if (!q_head)
		q_tail = NULL;
}

/* Everything written and some of it not acknowledged for a while: send it again from the
 * oldest. Covers writes the port dropped and hosts that attached without asking to resume. */
static void maybe_resend(uint64_t now)
{
	uint64_t after = acked_by_host ? RESEND_MS : RESEND_FIRST_MS;
	if (link_up && q_head && !q_next && w_off >= w_len && now - last_tx >= after)
		q_next = q_head;
}

/* ms until maybe_resend has something to do (-1: nothing pending). */
static int resend_wait(uint64_t now)
{
	if (!link_up || !q_head || q_next)
		return -1;
	uint64_t at = last_tx + (acked_by_host ? RESEND_MS : RESEND_FIRST_MS);
	return at > now ? (int)(at - now) : 0;
}

/* While no host is attached: has one come? (SIGIO or the periodic look brought us here.) */
static void look_for_host(uint64_t now, int signalled)
{
	if (link_up || port_fd < 0 || (!signalled && now < link_look_at))
		return;
	struct pollfd pfd = { .fd = port_fd, .events = POLLIN | POLLOUT };
	if (poll(&pfd, 1, 0) >= 0 && !(pfd.revents & (POLLHUP | POLLERR))) {
		link_up = 1;
		last_tx = 0; /* resend at once what the last host did not acknowledge */
		maybe_resend(now);
	} else {
		link_look_at = now + DETACHED_LOOK_MS;
	}
}

/* Reads the signalfd; returns 1 when SIGIO was among the signals. SIGCHLD is left to reap(). */
static int drain_signals(int *chld)
{
	struct signalfd_siginfo si;
	int io = 0;
	while (read(sig_fd, &si, sizeof si) == (ssize_t)sizeof si) {
		if (si.ssi_signo == SIGIO)
			io = 1;
		else if (si.ssi_signo == SIGCHLD && chld)
			*chld = 1;
	}
	return io;
}

static void send_string_frame(uint32_t body_field, const char *message)
{
	struct pb_buf b = { 0 };
	if (pb_put_bytes(&b, 1, message, strlen(message)) == 0)
		send_frame(body_field, &b);
	pb_free(&b);
}

/* Also volume.c's (volume.h). */
void ainit_log(const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	send_string_frame(F_LOG, msg);
}

static int read_port(void);

/* Waits (bounded) until the host acknowledged our seq `upto`, sending and resending meanwhile. */
static void wait_host_ack(uint64_t upto, uint64_t timeout_ms)
{
	uint64_t deadline = mono() + timeout_ms;
	while (port_fd >= 0 && acked_by_host < upto) {
		uint64_t now = mono();
		if (now >= deadline)
			return;
		int left = (int)(deadline - now);
		if (!link_up) {
			struct pollfd sp = { .fd = sig_fd, .events = POLLIN };
			int signalled = 0;
			if (sig_fd >= 0 && poll(&sp, 1, left < 100 ? left : 100) > 0)
				signalled = drain_signals(NULL);
			else if (sig_fd < 0)
				usleep(20000);
			look_for_host(mono(), signalled || sig_fd < 0);
			continue;
		}
		maybe_resend(now);
		pump_out();
		int wait = resend_wait(now);
		if (wait < 0 || wait > left)
			wait = left;
		struct pollfd pfd = { .fd = port_fd, .events = POLLIN | (out_pending() ? POLLOUT : 0) };
		if (poll(&pfd, 1, wait) <= 0)
			continue;
		if (pfd.revents & POLLIN) {
			if (read_port() < 0)
				link_down();
		} else if (pfd.revents & (POLLHUP | POLLERR)) {
			link_down();
		}
	}
}

/* Reports a fatal error to the host and the console, then halts. (fatal() in this file; volume.c
 * calls it by its exported name.) */
_Noreturn void ainit_fatal(const char *fmt, ...)
{
	static int dying;
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	console("fatal: %s", msg);
	if (port_fd >= 0 && !dying) {
		dying = 1; /* a failure while reporting this one only halts */
		uint64_t seq = next_seq;
		send_string_frame(F_ERROR, msg);
		wait_host_ack(seq, EXIT_ACK_WAIT_MS);
	}
	halt_vm();
}

/* For volume.c (volume.h): the channel's numbered frames. */
int ainit_send(uint32_t body_field, const uint8_t *head, size_t head_len, const uint8_t *tail, size_t tail_len)
{
	return send_frame_parts(body_field, head, head_len, tail, tail_len);
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

/* Writes a kernel setting under /proc/sys or /sys. A setting this kernel lacks (no such file) is
 * left alone; a refused write is reported on the console, never fatal. */
static void write_setting(const char *path, const char *value, const char *what)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	if (write(fd, value, strlen(value)) < 0)
		console("%s: %s", what, strerror(errno));
	close(fd);
}

/* eth0 sends a gratuitous ARP when Start or NetworkChange gives it its own MAC or address, so
 * its neighbours learn it at once. A clone's NIC is restored with the template's MAC, and its
 * user-mode network (slirp) may remember that one for the address: slirp's ARP entries never
 * expire, and the guest's NIC drops frames for a MAC it no longer has, so a published port then
 * never answered. A bridge's neighbours (taps) likewise. Without eth0 there is nothing to do. */
static void announce_address_changes(void)
{
	write_setting("/proc/sys/net/ipv4/conf/eth0/arp_notify", "1", "arp_notify of eth0");
}

/* With free page reporting (virtio-balloon, cold boots) the kernel reports only free blocks of
 * its pageblock order, 4 MiB here: in a small guest whose free memory is rarely that contiguous,
 * pages an app freed stayed with QEMU. Reporting 2^PAGE_REPORTING_ORDER pages (128 KiB) makes
 * them go back. (Without a reporting device the setting does nothing.) */
#define PAGE_REPORTING_ORDER "5"
static void tune_page_reporting(void)
{
	write_setting("/sys/module/page_reporting/parameters/page_reporting_order", PAGE_REPORTING_ORDER, "page_reporting_order");
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

/* Start.network, checked: what ainit configures eth0 with. */
struct network {
	struct in_addr address, netmask, gateway;
	int prefix;
	uint32_t mtu; /* 0: leave */
	char nameservers[MAX_NAMESERVERS][INET6_ADDRSTRLEN];
	size_t n_nameservers;
};

/* What the launcher needs to exec the app: cwd, argv and env as NUL-terminated strings, in
 * that order (cwd empty: stay in /), after a header with their counts. Every string comes from
 * one Start frame, so the whole fits in a frame's size plus a NUL per string. */
struct launch_head {
	uint32_t argc, envc, bytes;
};
#define LAUNCH_MAX_BYTES (MAX_FRAME + MAX_FRAME / 2)
#define LAUNCH_MAX_ITEMS (MAX_FRAME / 2 + 2)

struct start {
	uint8_t *payload; /* launch_buf: cwd, argv, env */
	size_t payload_len;
	uint32_t argc, envc;
	const char *cwd, *argv0; /* into payload, for error messages */
	uint64_t clock_unix_us;
	uint8_t rng_seed[MAX_RNG_SEED];
	size_t rng_seed_len;
	uint8_t mac[6];
	int has_mac;
	struct network net;
	int has_net; /* 0: keep eth0 as it is */
};

/* Static, not malloc'd: the first allocations of a size class make musl map memory, and the
 * kernel's mmap paths were a large part of what a clone's TCG had to translate before its app's
 * first output (measured). */
static uint8_t launch_buf[LAUNCH_MAX_BYTES];

/* Appends a Start string, NUL-terminated, to the launch payload. */
static const char *payload_append(struct start *st, const uint8_t *p, size_t n)
{
	if (memchr(p, 0, n))
		fatal("Start contains a string with a NUL byte");
	if (n + 1 > LAUNCH_MAX_BYTES - st->payload_len)
		fatal("Start's strings exceed %d bytes", LAUNCH_MAX_BYTES);
	char *at = (char *)st->payload + st->payload_len;
	memcpy(at, p, n);
	at[n] = 0;
	st->payload_len += n + 1;
	return at;
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
	static char path_buf[PATH_MAX];
	char *path = NULL;
	const uint8_t *content = NULL;
	size_t content_len = 0;
	uint32_t mode = 0;
	int rc;
	while ((rc = pb_next(&r, &f)) > 0) {
		if (f.number == 1 && f.wire_type == PB_LEN) {
			if (memchr(f.bytes, 0, f.len))
				fatal("Start contains a string with a NUL byte");
			if (f.len >= sizeof path_buf)
				fatal("Start file path is %zu bytes; the limit is %zu", f.len, sizeof path_buf - 1);
			memcpy(path_buf, f.bytes, f.len);
			path_buf[f.len] = 0;
			path = path_buf;
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
	/* open's mode is filtered by the umask (022) */
	if ((mode & 022) && fchmod(fd, mode & 07777) < 0)
		fatal("chmod %s: %s", path, strerror(errno));
	close(fd);
}

/* ---- Start.network ---------------------------------------------------------------------------
 * Every value is checked before anything is changed, and any problem is fatal: an Arrow must be
 * reachable exactly where the node published it, or not start at all. */

/* A string field of Network as a C string of at most max-1 characters. */
static void network_string(const struct pb_field *f, const char *field, char *out, size_t max)
{
	if (f->wire_type != PB_LEN)
		fatal("Start network %s has wire type %d; expected a string", field, f->wire_type);
	if (f->len == 0 || f->len >= max)
		fatal("Start network %s is %zu bytes; expected 1-%zu", field, f->len, max - 1);
	if (memchr(f->bytes, 0, f->len))
		fatal("Start network %s contains a NUL byte", field);
	memcpy(out, f->bytes, f->len);
	out[f->len] = 0;
}

/* "a.b.c.d/n" into address, prefix and netmask; checks that it names a host of that subnet. */
static void parse_cidr(const char *text, struct network *net)
{
	char addr[INET_ADDRSTRLEN];
	const char *slash = strchr(text, '/');
	if (!slash || (size_t)(slash - text) >= sizeof addr)
		fatal("Start network address %s is not an IPv4 address with a prefix (a.b.c.d/n)", text);
	memcpy(addr, text, (size_t)(slash - text));
	addr[slash - text] = 0;
	if (inet_pton(AF_INET, addr, &net->address) != 1)
		fatal("Start network address %s: %s is not an IPv4 address", text, addr);
	const char *digits = slash + 1;
	if (strlen(digits) < 1 || strlen(digits) > 2 || strspn(digits, "0123456789") != strlen(digits))
		fatal("Start network address %s: prefix %s is not a number", text, digits);
	net->prefix = atoi(digits);
	/* /31 and /32 leave no room for a gateway beside the Arrow on an ordinary subnet. */
	if (net->prefix < 1 || net->prefix > 30)
		fatal("Start network address %s: prefix /%d is outside 1-30", text, net->prefix);
	uint32_t mask = net->prefix ? 0xffffffffu << (32 - net->prefix) : 0;
	net->netmask.s_addr = htonl(mask);
	uint32_t host = ntohl(net->address.s_addr);
	if ((host >> 24) == 0 || (host >> 24) == 127 || (host >> 28) >= 14)
		fatal("Start network address %s is not a unicast address", text);
	if ((host & ~mask) == 0 || (host & ~mask) == ~mask)
		fatal("Start network address %s is its subnet's network or broadcast address", text);
}

static void parse_gateway(const char *text, struct network *net)
{
	if (inet_pton(AF_INET, text, &net->gateway) != 1)
		fatal("Start network gateway %s is not an IPv4 address", text);
	uint32_t mask = ntohl(net->netmask.s_addr);
	uint32_t gateway = ntohl(net->gateway.s_addr), address = ntohl(net->address.s_addr);
	if ((gateway & mask) != (address & mask))
		fatal("Start network gateway %s is outside the subnet of address %s/%d", text, inet_ntoa(net->address), net->prefix);
	if (gateway == address)
		fatal("Start network gateway %s is the Arrow's own address", text);
	if ((gateway & ~mask) == 0 || (gateway & ~mask) == ~mask)
		fatal("Start network gateway %s is its subnet's network or broadcast address", text);
}

static void parse_nameserver(const char *text, struct network *net)
{
	struct in6_addr any;
	if (inet_pton(AF_INET, text, &any) != 1 && inet_pton(AF_INET6, text, &any) != 1)
		fatal("Start network nameserver %s is not an IP address", text);
	if (net->n_nameservers >= MAX_NAMESERVERS)
		fatal("Start network has more than %d nameservers", MAX_NAMESERVERS);
	strcpy(net->nameservers[net->n_nameservers++], text);
}

static void parse_network(const uint8_t *msg, size_t len, struct network *net)
{
	memset(net, 0, sizeof *net);
	struct pb_reader r = { msg, msg + len };
	struct pb_field f;
	char address[INET_ADDRSTRLEN + 3] = "", gateway[INET_ADDRSTRLEN] = "", text[INET6_ADDRSTRLEN];
	int rc;
	while ((rc = pb_next(&r, &f)) > 0) {
		switch (f.number) {
		case 1: network_string(&f, "address", address, sizeof address); break;
		case 2: network_string(&f, "gateway", gateway, sizeof gateway); break;
		case 3:
			if (f.wire_type != PB_VARINT)
				fatal("Start network mtu has wire type %d; expected a varint", f.wire_type);
			if (f.varint != 0 && (f.varint < MIN_MTU || f.varint > MAX_MTU))
				fatal("Start network mtu %llu is outside %d-%d", (unsigned long long)f.varint, MIN_MTU, MAX_MTU);
			net->mtu = (uint32_t)f.varint;
			break;
		case 4:
			network_string(&f, "nameserver", text, sizeof text);
			parse_nameserver(text, net);
			break;
		}
	}
	if (rc < 0)
		fatal("malformed network in Start");
	if (!address[0])
		fatal("Start network has no address");
	if (!gateway[0])
		fatal("Start network has no gateway");
	parse_cidr(address, net);
	parse_gateway(gateway, net);
}

/* The strings of one repeated Start field (1 argv, 2 env) into the payload, in order; returns how many. */
static uint32_t payload_strings(struct start *st, const uint8_t *msg, size_t len, uint32_t number)
{
	struct pb_reader r = { msg, msg + len };
	struct pb_field f;
	uint32_t n = 0;
	while (pb_next(&r, &f) > 0)
		if (f.number == number && f.wire_type == PB_LEN) {
			payload_append(st, f.bytes, f.len);
			n++;
		}
	return n;
}

static void parse_start(const uint8_t *msg, size_t len, struct start *st)
{
	struct pb_reader r = { msg, msg + len };
	struct pb_field f;
	const uint8_t *cwd = (const uint8_t *)"";
	size_t cwd_len = 0;
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
		case 3: write_guest_file(f.bytes, f.len); break;
		case 4: cwd = f.bytes; cwd_len = f.len; break;
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
		case 8:
			if (st->has_net)
				fatal("Start network is given twice");
			parse_network(f.bytes, f.len, &st->net);
			st->has_net = 1;
			break;
		case 9:
			if (volume_configured())
				fatal("Start volume is given twice");
			volume_parse(f.bytes, f.len);
			break;
		}
	}
	if (rc < 0)
		fatal("malformed Start frame");
	st->payload = launch_buf;
	st->cwd = payload_append(st, cwd, cwd_len);
	st->argv0 = (const char *)st->payload + st->payload_len;
	st->argc = payload_strings(st, msg, len, 1);
	if (st->argc == 0)
		st->argc = (payload_append(st, (const uint8_t *)DEFAULT_APP, strlen(DEFAULT_APP)), 1);
	st->envc = payload_strings(st, msg, len, 2);
	if (st->envc == 0)
		st->envc = (payload_append(st, (const uint8_t *)"PATH=/arrow:/bin:/usr/bin", 25), 1);
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

/* RNDADDENTROPY on /dev/urandom's fd: mixes len (<= MAX_RNG_SEED) bytes into the pool, crediting
 * them as entropy or not. Returns the ioctl's result. */
static int mix_into_rng(int fd, const uint8_t *bytes, size_t len, int credit)
{
	struct {
		int entropy_count;
		int buf_size;
		uint8_t buf[MAX_RNG_SEED];
	} info;
	info.entropy_count = credit ? (int)(len * 8) : 0;
	info.buf_size = (int)len;
	memcpy(info.buf, bytes, len);
	int rc = ioctl(fd, RNDADDENTROPY, &info);
	explicit_bzero(&info, sizeof info);
	return rc;
}

/* The seed is mixed in and credited (so getrandom never blocks waiting for boot entropy);
 * RNDRESEEDCRNG then makes the kernel's generator rekey from the pool at once instead of at its
 * next scheduled reseed, so the app's first random bytes already depend on the seed. */
static void seed_rng(const uint8_t *seed, size_t len)
{
	int fd = open("/dev/urandom", O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		fatal("open /dev/urandom: %s", strerror(errno));
	if (mix_into_rng(fd, seed, len, 1) < 0)
		fatal("add the host's seed to the RNG: %s", strerror(errno));
	if (ioctl(fd, RNDRESEEDCRNG) < 0)
		fatal("reseed the RNG: %s", strerror(errno));
	close(fd);
}

/* An interface request for eth0, otherwise empty. */
static void eth0_request(struct ifreq *ifr)
{
	memset(ifr, 0, sizeof *ifr);
	strncpy(ifr->ifr_name, "eth0", IFNAMSIZ - 1);
}

static void set_mac(const uint8_t mac[6])
{
	int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (s < 0)
		fatal("socket: %s", strerror(errno));
	struct ifreq ifr;
	eth0_request(&ifr);
	ifr.ifr_hwaddr.sa_family = ARPHRD_ETHER;
	memcpy(ifr.ifr_hwaddr.sa_data, mac, 6);
	if (ioctl(s, SIOCSIFHWADDR, &ifr) < 0 && errno != ENODEV)
		fatal("set the MAC address of eth0: %s", strerror(errno));
	close(s);
}

/* An interface ioctl on eth0 with one IPv4 address (or the MTU) in the request. */
static int eth0_ioctl(int s, unsigned long request, const struct in_addr *addr, int mtu)
{
	struct ifreq ifr;
	eth0_request(&ifr);
	if (addr) {
		struct sockaddr_in sin = { .sin_family = AF_INET, .sin_addr = *addr };
		memcpy(&ifr.ifr_addr, &sin, sizeof sin);
	} else {
		ifr.ifr_mtu = mtu;
	}
	return ioctl(s, request, &ifr);
}

/* The default route via gateway, in place of the one the kernel's ip= argument added (the
 * user-mode network's 10.0.2.2, which a clone's template had and a cold boot got). */
static void set_default_route(int s, struct in_addr gateway)
{
	struct rtentry rt;
	memset(&rt, 0, sizeof rt);
	struct sockaddr_in any = { .sin_family = AF_INET };
	struct sockaddr_in via = { .sin_family = AF_INET, .sin_addr = gateway };
	memcpy(&rt.rt_dst, &any, sizeof any);
	memcpy(&rt.rt_genmask, &any, sizeof any);
	rt.rt_dev = (char *)"eth0";
	/* Replacing the address usually took the old default route along; ESRCH says none is left
	 * (the bound only guards against a kernel that keeps answering success). */
	int deleted = 0;
	while (ioctl(s, SIOCDELRT, &rt) == 0)
		if (++deleted > 16)
			fatal("delete the default route: it does not go away");
	if (errno != ESRCH)
		fatal("delete the default route: %s", strerror(errno));
	memcpy(&rt.rt_gateway, &via, sizeof via);
	rt.rt_flags = RTF_UP | RTF_GATEWAY;
	if (ioctl(s, SIOCADDRT, &rt) < 0)
		fatal("add the default route via %s: %s", inet_ntoa(gateway), strerror(errno));
}

static void write_resolv_conf(const struct network *net)
{
	char text[MAX_NAMESERVERS * (INET6_ADDRSTRLEN + 12)];
	size_t n = 0;
	for (size_t i = 0; i < net->n_nameservers; i++)
		n += (size_t)snprintf(text + n, sizeof text - n, "nameserver %s\n", net->nameservers[i]);
	if (mkdir("/etc", 0755) < 0 && errno != EEXIST)
		fatal("create directory /etc: %s", strerror(errno));
	int fd = open("/etc/resolv.conf", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0)
		fatal("create /etc/resolv.conf: %s", strerror(errno));
	if (write_all(fd, (const uint8_t *)text, n) < 0)
		fatal("write /etc/resolv.conf: %s", strerror(errno));
	close(fd);
}

/* eth0 as Start.network says: address and netmask (SIOCSIFADDR replaces the address ip= set,
 * and with it its routes), MTU, up, the default route, resolv.conf. */
static void configure_network(const struct network *net)
{
	int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (s < 0)
		fatal("socket: %s", strerror(errno));
	if (eth0_ioctl(s, SIOCSIFADDR, &net->address, 0) < 0)
		fatal("set the address %s of eth0: %s", inet_ntoa(net->address), strerror(errno));
	if (eth0_ioctl(s, SIOCSIFNETMASK, &net->netmask, 0) < 0)
		fatal("set the netmask /%d of eth0: %s", net->prefix, strerror(errno));
	if (net->mtu && eth0_ioctl(s, SIOCSIFMTU, NULL, (int)net->mtu) < 0)
		fatal("set the MTU %u of eth0: %s", net->mtu, strerror(errno));
	struct ifreq ifr;
	eth0_request(&ifr);
	if (ioctl(s, SIOCGIFFLAGS, &ifr) < 0)
		fatal("flags of eth0: %s", strerror(errno));
	ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
	if (ioctl(s, SIOCSIFFLAGS, &ifr) < 0)
		fatal("bring eth0 up: %s", strerror(errno));
	set_default_route(s, net->gateway);
	close(s);
	if (net->n_nameservers)
		write_resolv_conf(net);
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
	if (st->has_net)
		configure_network(&st->net);
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

/* ---- the app's launcher ------------------------------------------------------------------
 * The app's process is forked at boot, before Hello, and waits on a pipe for what Start says to
 * exec. A clone of a template inherits it forked already: under TCG a clone's translation cache
 * starts empty, and the fork with the copy-on-write faults after it was about a sixth of the
 * guest code a clone translated before its app's first output (measured). */

static struct {
	pid_t pid;
	int go_fd;     /* write end: the launch payload */
	int status_fd; /* read end: closes on a successful exec (O_CLOEXEC) or carries what failed */
	int out_fd, err_fd;
	int gone;      /* reaped before Start */
} launcher = { 0, -1, -1, -1, -1, 0 };

/* What the launcher reports on its status pipe when it cannot exec: [0] what failed, [1] errno. */
enum { LAUNCH_CHDIR = 1, LAUNCH_EXEC = 2, LAUNCH_PAYLOAD = 3 };

static int read_exact(int fd, void *buf, size_t n)
{
	uint8_t *p = buf;
	while (n > 0) {
		ssize_t r = read(fd, p, n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		p += r;
		n -= (size_t)r;
	}
	return 0;
}

static _Noreturn void launch_failed(int status, int what, int err)
{
	int report[2] = { what, err };
	(void)!write(status, report, sizeof report);
	_exit(127);
}

/* The child's side: reads the payload (checked: it is ainit's own), changes directory, execs. */
static _Noreturn void launcher_run(int go, int status)
{
	static char *items[LAUNCH_MAX_ITEMS + 2]; /* argv, NULL, env, NULL */
	struct launch_head head;
	if (read_exact(go, &head, sizeof head) < 0)
		_exit(0); /* ainit ended without a Start */
	if (head.bytes > LAUNCH_MAX_BYTES || head.argc == 0 || head.argc > LAUNCH_MAX_ITEMS || head.envc > LAUNCH_MAX_ITEMS - head.argc ||
	    read_exact(go, launch_buf, head.bytes) < 0)
		launch_failed(status, LAUNCH_PAYLOAD, EPROTO);
	char *at = (char *)launch_buf, *end = at + head.bytes;
	size_t n = 0;
	char *cwd = NULL;
	for (uint32_t i = 0; i < 1 + head.argc + head.envc; i++) {
		char *nul = memchr(at, 0, (size_t)(end - at));
		if (!nul)
			launch_failed(status, LAUNCH_PAYLOAD, EPROTO);
		if (i == 0)
			cwd = at;
		else
			items[n++] = at;
		if (i == head.argc)
			items[n++] = NULL;
		at = nul + 1;
	}
	items[n] = NULL;
	if (cwd[0] && chdir(cwd) < 0)
		launch_failed(status, LAUNCH_CHDIR, errno);
	execve(items[0], items, items + head.argc + 1);
	launch_failed(status, LAUNCH_EXEC, errno);
}

static void launcher_fork(void)
{
	int out[2], err[2], go[2], status[2];
	if (pipe2(out, O_CLOEXEC) < 0 || pipe2(err, O_CLOEXEC) < 0 || pipe2(go, O_CLOEXEC) < 0 || pipe2(status, O_CLOEXEC) < 0)
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
		close(go[1]);
		close(status[0]);
		launcher_run(go[0], status[1]);
	}
	close(out[1]);
	close(err[1]);
	close(go[0]);
	close(status[1]);
	launcher.pid = pid;
	launcher.go_fd = go[1];
	launcher.status_fd = status[0];
	launcher.out_fd = out[0];
	launcher.err_fd = err[0];
}

static void start_app(struct start *st)
{
	app.pid = launcher.gone ? -1 : launcher.pid;
	if (launcher.gone)
		app.exited_at = mono();
	app.out_fd = launcher.out_fd;
	app.err_fd = launcher.err_fd;
	fcntl(app.out_fd, F_SETFL, O_NONBLOCK);
	fcntl(app.err_fd, F_SETFL, O_NONBLOCK);
	struct launch_head head = { st->argc, st->envc, (uint32_t)st->payload_len };
	int report[2] = { 0, 0 };
	if (write_all(launcher.go_fd, (const uint8_t *)&head, sizeof head) < 0 || write_all(launcher.go_fd, st->payload, st->payload_len) < 0) {
		report[0] = LAUNCH_PAYLOAD;
		report[1] = errno;
	} else {
		ssize_t n;
		do
			n = read(launcher.status_fd, report, sizeof report);
		while (n < 0 && errno == EINTR);
		if (n != (ssize_t)sizeof report)
			report[0] = 0;
	}
	close(launcher.go_fd);
	close(launcher.status_fd);
	if (report[0]) {
		app.exec_failed = 1;
		char msg[512];
		if (report[0] == LAUNCH_CHDIR)
			snprintf(msg, sizeof msg, "cannot change directory to %s: %s", st->cwd, strerror(report[1]));
		else if (report[0] == LAUNCH_EXEC)
			snprintf(msg, sizeof msg, "cannot exec %s: %s", st->argv0, strerror(report[1]));
		else
			snprintf(msg, sizeof msg, "cannot hand %s its arguments: %s", st->argv0, strerror(report[1]));
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

/* Forwards what is readable on a pipe, while the frames held for the host stay under
 * UNACKED_LIMIT (`drain`: regardless, once the app is gone); closes it at EOF. */
static void forward_pipe(int *fd, int stream, int drain)
{
	static uint8_t chunk[OUTPUT_CHUNK];
	for (int rounds = 0; *fd >= 0 && rounds < 16 && (drain || q_bytes < UNACKED_LIMIT); rounds++) {
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
		/* Output { stream, data }: the fields' heads here, the data copied once, into the frame. */
		struct pb_buf head = { 0 };
		if (pb_put_uint(&head, 1, (uint64_t)stream) < 0 || pb_put_tag(&head, 2, PB_LEN) < 0 || pb_put_varint(&head, (uint64_t)n) < 0 ||
		    send_frame_parts(F_OUTPUT, head.data, head.len, chunk, (size_t)n) < 0)
			console("lost %zd bytes of app output (out of memory)", n);
		pb_free(&head);
	}
}

/* ---- warming a clone up (Warm, see channel.proto) ----------------------------------------- */

#define WARM_ARG "--arrow-warm-up"

/* Warming up takes, once and to no effect, the kernel paths a start takes until its app is up,
 * so that TCG has translated them before a pooled clone gets its Start (a clone's translation
 * cache starts empty): Start's identity ioctls, with the clock's and eth0's own values; a file
 * written and removed; a throwaway copy of ainit that listens on a TCP socket and exits. Best
 * effort: a path that fails here is only translated later. */

static void warm_identity(void)
{
	struct timespec now;
	if (clock_gettime(CLOCK_REALTIME, &now) == 0)
		(void)clock_settime(CLOCK_REALTIME, &now);
	int fd = open("/dev/urandom", O_RDWR | O_CLOEXEC);
	if (fd >= 0) {
		uint8_t own[MIN_RNG_SEED]; /* the RNG's own bytes: mixed in, never credited */
		if (read(fd, own, sizeof own) == (ssize_t)sizeof own && mix_into_rng(fd, own, sizeof own, 0) == 0)
			(void)ioctl(fd, RNDRESEEDCRNG);
		close(fd);
	}
	int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (s >= 0) {
		struct ifreq ifr;
		eth0_request(&ifr);
		if (ioctl(s, SIOCGIFHWADDR, &ifr) == 0)
			(void)ioctl(s, SIOCSIFHWADDR, &ifr);
		close(s);
	}
}

static void warm_file(void)
{
	if (mkdir("/tmp/.arrow-warm", 0755) < 0 && errno != EEXIST)
		return;
	int fd = open("/tmp/.arrow-warm/file", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd >= 0) {
		(void)!write(fd, "warm\n", 5);
		close(fd);
	}
	unlink("/tmp/.arrow-warm/file");
	rmdir("/tmp/.arrow-warm");
}

/* The throwaway copy's work: what a server does first. */
static int warm_listen(void)
{
	int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (s < 0)
		return 0;
	struct sockaddr_in any = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	if (bind(s, (struct sockaddr *)&any, sizeof any) == 0)
		(void)listen(s, 1);
	close(s);
	return 0;
}

static void warm_up(void)
{
	uint64_t began = mono();
	warm_identity();
	warm_file();
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
static int awaiting_volume; /* Start had a volume: the app starts at VolumeReady */

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
		else if (f.number >= F_HELLO && f.number <= F_NETWORK_CHANGE && f.wire_type == PB_LEN) {
			body = f.number;
			body_bytes = f.bytes;
			body_len = f.len;
		}
	}
	if (rc < 0)
		fatal("malformed frame from host (%zu bytes)", len);
	on_ack(ack);
	if (seq == 0) {
		/* Unnumbered: a pure ack, or Resume from a host that attached to this running Arrow
		 * (arrowd restarted): it has what it acknowledged; everything else goes again, after
		 * Resumed, whose ack tells it where our numbering of its frames stands. */
		if (body == F_RESUME) {
			resumed_due = 1;
			q_next = q_head;
			last_tx = mono();
		}
		return;
	}
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
		if (volume_configured()) {
			volume_mount();
			awaiting_volume = 1;
			break;
		}
		start_app(&start_msg);
		break;
	case F_VOLUME_FILE:
		if (!awaiting_volume)
			fatal("VolumeFile outside a volume's materialisation");
		volume_file(body_bytes, body_len);
		break;
	case F_VOLUME_READY:
		if (!awaiting_volume)
			fatal("VolumeReady outside a volume's materialisation");
		awaiting_volume = 0;
		volume_ready();
		if (!stop_before_start)
			start_app(&start_msg);
		break;
	case F_NETWORK_CHANGE: {
		/* The Arrow moved live to another node, whose subnet gives it another address: eth0
		 * follows, checked as Start.network is (a bad value is fatal, as there). */
		if (!started)
			fatal("NetworkChange before Start");
		struct network net;
		parse_network(body_bytes, body_len, &net);
		configure_network(&net);
		ainit_log("network: eth0 moved to %s/%d", inet_ntoa(net.address), net.prefix);
		break;
	}
	case F_VOLUME_RESCAN:
		/* A new host copy (an arrowd that adopted the Arrow, or the node it migrated to) asks
		 * for the whole tree; before the volume is watched there is nothing to report. */
		volume_rescan();
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
		} else if (!started || awaiting_volume) {
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
	pump_out(); /* acks what arrived, with whatever else is due */
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
		} else if (pid == launcher.pid && app.pid == 0) {
			launcher.gone = 1;
			app.status = status;
		}
		/* other pids: orphans reparented to PID 1, reaped so they do not linger as zombies */
	}
}

/* The app is gone: what it changed in the volume goes to the host before Exited does (the host
 * applies frames in order, so at Exited it holds the volume's final state). Bounded. */
static void flush_volume(void)
{
	if (volume_fd() < 0)
		return;
	uint64_t deadline = mono() + VOLUME_FLUSH_MS;
	volume_events();
	while (volume_busy()) {
		uint64_t now = mono();
		if (now >= deadline) {
			ainit_log("volume: its last changes did not reach the host within %d ms", VOLUME_FLUSH_MS);
			return;
		}
		while (volume_busy() && q_bytes < UNACKED_LIMIT)
			volume_step();
		if (volume_busy())
			wait_host_ack(next_seq - 1, deadline - now < 1000 ? deadline - now : 1000);
		volume_events();
	}
}

static _Noreturn void finish(void)
{
	int code = 0, sig = 0;
	flush_volume();
	if (app.exec_failed)
		code = 127;
	else if (WIFEXITED(app.status))
		code = WEXITSTATUS(app.status);
	else if (WIFSIGNALED(app.status))
		sig = WTERMSIG(app.status);
	/* Also on the console (the serial log on the host): a host that attaches after the VM
	 * halted, or never, still learns how the app ended. */
	console("exited code=%d signal=%d", code, sig);
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
	if (getpid() != 1) /* the throwaway child of warm_up(), or run by mistake */
		return argc > 1 && strcmp(argv[1], WARM_ARG) == 0 ? warm_listen() : 2;
	uint64_t boot_ms = now_ms(CLOCK_BOOTTIME);
	umask(022);
	mount_fs("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL);
	mount_fs("sysfs", "/sys", "sysfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL);
	mount_fs("devtmpfs", "/dev", "devtmpfs", MS_NOSUID, "mode=0755");
	mount_fs("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777");
	mount_fs("tmpfs", "/run", "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755");
	interface_up("lo");
	interface_up("eth0"); /* configured by the kernel's ip= argument when the net feature is on */
	announce_address_changes();
	tune_page_reporting();

	sigset_t mask;
	sigemptyset(&mask);
	sigaddset(&mask, SIGCHLD);
	sigaddset(&mask, SIGIO);
	sigprocmask(SIG_BLOCK, &mask, NULL);
	sig_fd = signalfd(-1, &mask, SFD_CLOEXEC | SFD_NONBLOCK);
	if (sig_fd < 0)
		fatal("signalfd: %s", strerror(errno));
	signal(SIGPIPE, SIG_IGN);
	launcher_fork();

	port_fd = open_channel();
	/* SIGIO when the host side opens or closes the port (and when data arrives): how a
	 * detached ainit learns that a host is back without polling a port that reports HUP. */
	if (fcntl(port_fd, F_SETOWN, getpid()) < 0 || fcntl(port_fd, F_SETFL, O_RDWR | O_NONBLOCK | O_ASYNC) < 0)
		console("SIGIO on %s: %s; looking for the host every %d ms instead", PORT_NAME, strerror(errno), DETACHED_LOOK_MS);

	/* Hello is frame 1, resent every RESEND_FIRST_MS until acknowledged: the host may attach to
	 * the channel socket after the guest is already up. */
	struct pb_buf hello = { 0 };
	pb_put_bytes(&hello, 1, AINIT_VERSION, strlen(AINIT_VERSION));
	pb_put_uint(&hello, 2, boot_ms);
	send_frame(F_HELLO, &hello);
	pb_free(&hello);
	uint64_t waiting_since = mono();

	for (;;) {
		uint64_t now = mono();
		maybe_resend(now);
		pump_out();
		if (!started && now - waiting_since > HOST_SILENCE_MS)
			fatal("no Start from the host within %d ms", HOST_SILENCE_MS);
		if (rx_partial_since && now - rx_partial_since > PARTIAL_FRAME_MS)
			fatal("incomplete frame from host for %d ms", PARTIAL_FRAME_MS);
		if (stop_before_start)
			finish();
		if (app.pid > 0 && app.kill_at && now >= app.kill_at) {
			ainit_log("app did not stop within the grace period; sending SIGKILL");
			signal_app(SIGKILL);
			app.kill_at = 0;
		}
		if (app.pid < 0 && ((app.out_fd < 0 && app.err_fd < 0) || now - app.exited_at > DRAIN_AFTER_EXIT_MS)) {
			forward_pipe(&app.out_fd, STREAM_STDOUT, 1);
			forward_pipe(&app.err_fd, STREAM_STDERR, 1);
			finish();
		}

		struct pollfd pfd[5];
		int nfds = 0;
		int port_slot = -1, out_slot = -1, err_slot = -1, vol_slot = -1;
		pfd[nfds++] = (struct pollfd){ .fd = sig_fd, .events = POLLIN };
		if (volume_fd() >= 0) {
			vol_slot = nfds;
			pfd[nfds++] = (struct pollfd){ .fd = volume_fd(), .events = POLLIN };
		}
		/* Volume changes get half of what may wait for the host's acks, the app's output all of
		 * it: a busy volume slows its own sync, never the output or the exit report. */
		int vol_room = volume_fd() >= 0 && volume_busy() && q_bytes < UNACKED_LIMIT / 2;
		if (link_up) {
			port_slot = nfds;
			pfd[nfds++] = (struct pollfd){ .fd = port_fd, .events = POLLIN | (out_pending() ? POLLOUT : 0) };
		}
		/* App output waits in its pipes while the host has not taken what came before. */
		int room = q_bytes < UNACKED_LIMIT;
		if (app.out_fd >= 0 && room) {
			out_slot = nfds;
			pfd[nfds++] = (struct pollfd){ .fd = app.out_fd, .events = POLLIN };
		}
		if (app.err_fd >= 0 && room) {
			err_slot = nfds;
			pfd[nfds++] = (struct pollfd){ .fd = app.err_fd, .events = POLLIN };
		}
		int timeout = 1000;
		int resend = resend_wait(now);
		if (resend >= 0 && resend < timeout)
			timeout = resend;
		if (!link_up)
			timeout = link_look_at > now ? (int)(link_look_at - now) : 0;
		if (app.kill_at && (app.kill_at > now ? (int)(app.kill_at - now) : 0) < timeout)
			timeout = app.kill_at > now ? (int)(app.kill_at - now) : 0;
		if (app.pid < 0 && timeout > 50)
			timeout = 50;
		if (vol_room && link_up)
			timeout = 0;
		if (poll(pfd, (nfds_t)nfds, timeout) < 0 && errno != EINTR)
			fatal("poll: %s", strerror(errno));

		if (port_slot >= 0) {
			short ev = pfd[port_slot].revents;
			if (ev & POLLIN) {
				if (read_port() < 0)
					link_down();
			} else if (ev & (POLLHUP | POLLERR)) {
				link_down(); /* no host attached: stop polling the port until one is */
			}
			if (link_up && (ev & POLLOUT))
				pump_out();
		}
		if (out_slot >= 0 && pfd[out_slot].revents)
			forward_pipe(&app.out_fd, STREAM_STDOUT, 0);
		if (err_slot >= 0 && pfd[err_slot].revents)
			forward_pipe(&app.err_fd, STREAM_STDERR, 0);
		if (vol_slot >= 0 && pfd[vol_slot].revents)
			volume_events();
		for (int steps = 0; steps < 4 && link_up && volume_fd() >= 0 && volume_busy() && q_bytes < UNACKED_LIMIT / 2; steps++)
			volume_step();
		int chld = 0, io = 0;
		if (pfd[0].revents & POLLIN)
			io = drain_signals(&chld);
		if (chld)
			reap();
		if (!link_up)
			look_for_host(mono(), io);
	}
}
