/* The guest side of a ShadowFS volume (kernel/proto/channel.proto: Volume, VolumeFile,
 * VolumeReady, VolumeChange). ainit.c owns the channel; this file owns the mount, the inotify
 * watches, the bounded queue of changed paths and the walk that reports them.
 *
 * In order: volume_mount() at Start, volume_file() for each VolumeFile, volume_ready() at
 * VolumeReady (watches go up before the app starts, so none of its changes is missed). Then the
 * main loop polls volume_fd(), calls volume_events() when it is readable and volume_step() while
 * volume_busy() and the channel has room; volume_step() sends at most one frame. */
#ifndef ARROW_VOLUME_H
#define ARROW_VOLUME_H

#include <stddef.h>
#include <stdint.h>

#define VOLUME_CHUNK (256 * 1024) /* file bytes per VolumeFile / VolumeChange frame */

/* Provided by ainit.c. */
int ainit_send(uint32_t body_field, const uint8_t *head, size_t head_len, const uint8_t *tail, size_t tail_len);
_Noreturn void ainit_fatal(const char *fmt, ...);
void ainit_log(const char *fmt, ...);

/* Start.volume, checked (fatal on a bad value); then mounts the tmpfs. */
void volume_parse(const uint8_t *msg, size_t len);
int volume_configured(void);
void volume_mount(void);
void volume_file(const uint8_t *msg, size_t len);
void volume_ready(void);
int volume_fd(void);        /* the inotify fd, -1 before volume_ready() */
void volume_events(void);   /* reads what inotify has (never blocks) */
int volume_busy(void);      /* something to send */
void volume_step(void);
void volume_rescan(void);   /* the host asks for a full walk (RESCAN_BEGIN ... RESCAN_END) */

#endif
