/* Minimal protobuf wire-format helpers for the Arrow channel (kernel/proto/channel.proto).
 * Only what ainit needs: varints and length-delimited fields, encode into a growable buffer,
 * decode by walking fields of a bounded byte range. Written by hand so ainit stays a small
 * static binary with no library dependencies beyond libc. */
#ifndef ARROW_PB_H
#define ARROW_PB_H

#include <stddef.h>
#include <stdint.h>

enum { PB_VARINT = 0, PB_FIXED64 = 1, PB_LEN = 2, PB_FIXED32 = 5 };

struct pb_buf {
	uint8_t *data;
	size_t len, cap;
};

/* Encoding. All return 0 on success, -1 when out of memory. */
int pb_put_raw(struct pb_buf *b, const void *p, size_t n);
int pb_put_varint(struct pb_buf *b, uint64_t v);
int pb_put_tag(struct pb_buf *b, uint32_t field, int wire_type);
int pb_put_uint(struct pb_buf *b, uint32_t field, uint64_t v); /* omitted when 0 (proto3) */
int pb_put_int32(struct pb_buf *b, uint32_t field, int32_t v); /* negative: 10-byte varint */
int pb_put_bytes(struct pb_buf *b, uint32_t field, const void *p, size_t n); /* always emitted */
void pb_free(struct pb_buf *b);

/* Decoding: a cursor over [p, end). */
struct pb_reader {
	const uint8_t *p, *end;
};

struct pb_field {
	uint32_t number;
	int wire_type;
	uint64_t varint;         /* PB_VARINT */
	const uint8_t *bytes;    /* PB_LEN */
	size_t len;              /* PB_LEN */
};

/* Returns 1 and fills *f for the next field, 0 at the end, -1 on malformed input. */
int pb_next(struct pb_reader *r, struct pb_field *f);

#endif
