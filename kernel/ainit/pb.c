/* Protobuf wire-format helpers; see pb.h. */
#include "pb.h"

#include <stdlib.h>
#include <string.h>

int pb_put_raw(struct pb_buf *b, const void *p, size_t n)
{
	if (b->len + n > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		while (cap < b->len + n)
			cap *= 2;
		uint8_t *grown = realloc(b->data, cap);
		if (!grown)
			return -1;
		b->data = grown;
		b->cap = cap;
	}
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	return 0;
}

int pb_put_varint(struct pb_buf *b, uint64_t v)
{
	uint8_t tmp[10];
	size_t n = 0;
	do {
		uint8_t byte = v & 0x7f;
		v >>= 7;
		tmp[n++] = byte | (v ? 0x80 : 0);
	} while (v);
	return pb_put_raw(b, tmp, n);
}

int pb_put_tag(struct pb_buf *b, uint32_t field, int wire_type)
{
	return pb_put_varint(b, ((uint64_t)field << 3) | (uint64_t)wire_type);
}

int pb_put_uint(struct pb_buf *b, uint32_t field, uint64_t v)
{
	if (v == 0)
		return 0;
	if (pb_put_tag(b, field, PB_VARINT) < 0)
		return -1;
	return pb_put_varint(b, v);
}

int pb_put_int32(struct pb_buf *b, uint32_t field, int32_t v)
{
	/* proto3 int32: negative values are sign-extended to 64 bits on the wire. */
	return pb_put_uint(b, field, (uint64_t)(int64_t)v);
}

int pb_put_bytes(struct pb_buf *b, uint32_t field, const void *p, size_t n)
{
	if (pb_put_tag(b, field, PB_LEN) < 0 || pb_put_varint(b, n) < 0)
		return -1;
	return pb_put_raw(b, p, n);
}

void pb_free(struct pb_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

static int read_varint(struct pb_reader *r, uint64_t *out)
{
	uint64_t v = 0;
	for (int shift = 0; shift < 64; shift += 7) {
		if (r->p >= r->end)
			return -1;
		uint8_t byte = *r->p++;
		v |= (uint64_t)(byte & 0x7f) << shift;
		if (!(byte & 0x80)) {
			*out = v;
			return 0;
		}
	}
	return -1; /* more than 10 bytes */
}

int pb_next(struct pb_reader *r, struct pb_field *f)
{
	if (r->p >= r->end)
		return 0;
	uint64_t key;
	if (read_varint(r, &key) < 0)
		return -1;
	f->number = (uint32_t)(key >> 3);
	f->wire_type = (int)(key & 7);
	if (f->number == 0)
		return -1;
	switch (f->wire_type) {
	case PB_VARINT:
		return read_varint(r, &f->varint) < 0 ? -1 : 1;
	case PB_LEN: {
		uint64_t n;
		if (read_varint(r, &n) < 0 || n > (uint64_t)(r->end - r->p))
			return -1;
		f->bytes = r->p;
		f->len = (size_t)n;
		r->p += n;
		return 1;
	}
	case PB_FIXED64:
		if (r->end - r->p < 8)
			return -1;
		r->p += 8;
		return 1;
	case PB_FIXED32:
		if (r->end - r->p < 4)
			return -1;
		r->p += 4;
		return 1;
	default:
		return -1; /* groups are not used by proto3 */
	}
}
