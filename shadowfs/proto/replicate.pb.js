/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";
if ($protobuf.util.Long) { $protobuf.util.Long = undefined; $protobuf.configure(); }

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["shadowfs_replicate"] || ($protobuf.roots["shadowfs_replicate"] = {});

export const arrow = $root.arrow = (() => {

    /**
     * Namespace arrow.
     * @exports arrow
     * @namespace
     */
    const arrow = {};

    arrow.shadowfs = (function() {

        /**
         * Namespace shadowfs.
         * @memberof arrow
         * @namespace
         */
        const shadowfs = {};

        shadowfs.replicate = (function() {

            /**
             * Namespace replicate.
             * @memberof arrow.shadowfs
             * @namespace
             */
            const replicate = {};

            replicate.PusherMessage = (function() {

                /**
                 * Properties of a PusherMessage.
                 * @typedef {Object} arrow.shadowfs.replicate.PusherMessage.$Properties
                 * @property {arrow.shadowfs.replicate.Offer.$Properties|null} [offer] PusherMessage offer
                 * @property {arrow.shadowfs.replicate.ManifestPart.$Properties|null} [manifestPart] PusherMessage manifestPart
                 * @property {arrow.shadowfs.replicate.Chunk.$Properties|null} [chunk] PusherMessage chunk
                 * @property {"offer"|"manifestPart"|"chunk"} [body] PusherMessage body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PusherMessage.
                 * @memberof arrow.shadowfs.replicate
                 * @interface IPusherMessage
                 * @augments arrow.shadowfs.replicate.PusherMessage.$Properties
                 * @deprecated Use arrow.shadowfs.replicate.PusherMessage.$Properties instead.
                 */

                /**
                 * Narrowed shape of a PusherMessage.
                 * @typedef {{
                 *   offer?: arrow.shadowfs.replicate.Offer.$Shape|null;
                 *   manifestPart?: arrow.shadowfs.replicate.ManifestPart.$Shape|null;
                 *   chunk?: arrow.shadowfs.replicate.Chunk.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; offer?: null; manifestPart?: null; chunk?: null }|{ body?: "offer"; offer: arrow.shadowfs.replicate.Offer.$Shape; manifestPart?: null; chunk?: null }|{ body?: "manifestPart"; offer?: null; manifestPart: arrow.shadowfs.replicate.ManifestPart.$Shape; chunk?: null }|{ body?: "chunk"; offer?: null; manifestPart?: null; chunk: arrow.shadowfs.replicate.Chunk.$Shape })
                 * )} arrow.shadowfs.replicate.PusherMessage.$Shape
                 */

                /**
                 * Constructs a new PusherMessage.
                 * @memberof arrow.shadowfs.replicate
                 * @classdesc Represents a PusherMessage.
                 * @constructor
                 * @param {arrow.shadowfs.replicate.PusherMessage.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PusherMessage = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * PusherMessage offer.
                 * @member {arrow.shadowfs.replicate.Offer.$Properties|null|undefined} offer
                 * @memberof arrow.shadowfs.replicate.PusherMessage
                 * @instance
                 */
                PusherMessage.prototype.offer = null;

                /**
                 * PusherMessage manifestPart.
                 * @member {arrow.shadowfs.replicate.ManifestPart.$Properties|null|undefined} manifestPart
                 * @memberof arrow.shadowfs.replicate.PusherMessage
                 * @instance
                 */
                PusherMessage.prototype.manifestPart = null;

                /**
                 * PusherMessage chunk.
                 * @member {arrow.shadowfs.replicate.Chunk.$Properties|null|undefined} chunk
                 * @memberof arrow.shadowfs.replicate.PusherMessage
                 * @instance
                 */
                PusherMessage.prototype.chunk = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * PusherMessage body.
                 * @member {"offer"|"manifestPart"|"chunk"|undefined} body
                 * @memberof arrow.shadowfs.replicate.PusherMessage
                 * @instance
                 */
                $Object.defineProperty(PusherMessage.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["offer", "manifestPart", "chunk"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new PusherMessage instance using the specified properties.
                 * @function create
                 * @memberof arrow.shadowfs.replicate.PusherMessage
                 * @static
                 * @param {arrow.shadowfs.replicate.PusherMessage.$Properties=} [properties] Properties to set
                 * @returns {arrow.shadowfs.replicate.PusherMessage} PusherMessage instance
                 * @type {{
                 *   (properties: arrow.shadowfs.replicate.PusherMessage.$Shape): arrow.shadowfs.replicate.PusherMessage & arrow.shadowfs.replicate.PusherMessage.$Shape;
                 *   (properties?: arrow.shadowfs.replicate.PusherMessage.$Properties): arrow.shadowfs.replicate.PusherMessage;
                 * }}
                 */
                PusherMessage.create = function(properties) {
                    return new PusherMessage(properties);
                };

                /**
                 * Encodes the specified PusherMessage message. Does not implicitly {@link arrow.shadowfs.replicate.PusherMessage.verify|verify} messages.
                 * @function encode
                 * @memberof arrow.shadowfs.replicate.PusherMessage
                 * @static
                 * @param {arrow.shadowfs.replicate.PusherMessage.$Properties} m PusherMessage message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PusherMessage.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.offer != null && $Object.hasOwnProperty.call(m, "offer"))
                        $root.arrow.shadowfs.replicate.Offer.encode(m.offer, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (m.manifestPart != null && $Object.hasOwnProperty.call(m, "manifestPart"))
                        $root.arrow.shadowfs.replicate.ManifestPart.encode(m.manifestPart, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (m.chunk != null && $Object.hasOwnProperty.call(m, "chunk"))
                        $root.arrow.shadowfs.replicate.Chunk.encode(m.chunk, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified PusherMessage message, length delimited. Does not implicitly {@link arrow.shadowfs.replicate.PusherMessage.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof arrow.shadowfs.replicate.PusherMessage
                 * @static
                 * @param {arrow.shadowfs.replicate.PusherMessage.$Properties} message PusherMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PusherMessage.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a PusherMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof arrow.shadowfs.replicate.PusherMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {arrow.shadowfs.replicate.PusherMessage & arrow.shadowfs.replicate.PusherMessage.$Shape} PusherMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PusherMessage.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.arrow.shadowfs.replicate.PusherMessage();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                m.offer = $root.arrow.shadowfs.replicate.Offer.decode(r, r.size(), $undefined, q + 1, m.offer);
                                m.body = "offer";
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                m.manifestPart = $root.arrow.shadowfs.replicate.ManifestPart.decode(r, r.size(), $undefined, q + 1, m.manifestPart);
                                m.body = "manifestPart";
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                m.chunk = $root.arrow.shadowfs.replicate.Chunk.decode(r, r.size(), $undefined, q + 1, m.chunk);
                                m.body = "chunk";
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a PusherMessage message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof arrow.shadowfs.replicate.PusherMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {arrow.shadowfs.replicate.PusherMessage & arrow.shadowfs.replicate.PusherMessage.$Shape} PusherMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PusherMessage.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a PusherMessage message.
                 * @function verify
                 * @memberof arrow.shadowfs.replicate.PusherMessage
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PusherMessage.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    var p = {};
                    if (m.offer != null && $Object.hasOwnProperty.call(m, "offer")) {
                        p.body = 1;
                        {
                            var e = $root.arrow.shadowfs.replicate.Offer.verify(m.offer, q + 1);
                            if (e)
                                return "offer." + e;
                        }
                    }
                    if (m.manifestPart != null && $Object.hasOwnProperty.call(m, "manifestPart")) {
                        if (p.body === 1)
                            return "body: multiple values";
                        p.body = 1;
                        {
                            var e = $root.arrow.shadowfs.replicate.ManifestPart.verify(m.manifestPart, q + 1);
                            if (e)
                                return "manifestPart." + e;
                        }
                    }
                    if (m.chunk != null && $Object.hasOwnProperty.call(m, "chunk")) {
                        if (p.body === 1)
                            return "body: multiple values";
                        p.body = 1;
                        {
                            var e = $root.arrow.shadowfs.replicate.Chunk.verify(m.chunk, q + 1);
                            if (e)
                                return "chunk." + e;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a PusherMessage message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof arrow.shadowfs.replicate.PusherMessage
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {arrow.shadowfs.replicate.PusherMessage} PusherMessage
                 */
                PusherMessage.fromObject = function (d, q) {
                    if (d instanceof $root.arrow.shadowfs.replicate.PusherMessage)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".arrow.shadowfs.replicate.PusherMessage: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.arrow.shadowfs.replicate.PusherMessage();
                    if (d.offer != null) {
                        if (!$util.isObject(d.offer))
                            throw $TypeError(".arrow.shadowfs.replicate.PusherMessage.offer: object expected");
                        m.offer = $root.arrow.shadowfs.replicate.Offer.fromObject(d.offer, q + 1);
                    }
                    if (d.manifestPart != null) {
                        if (!$util.isObject(d.manifestPart))
                            throw $TypeError(".arrow.shadowfs.replicate.PusherMessage.manifestPart: object expected");
                        m.manifestPart = $root.arrow.shadowfs.replicate.ManifestPart.fromObject(d.manifestPart, q + 1);
                    }
                    if (d.chunk != null) {
                        if (!$util.isObject(d.chunk))
                            throw $TypeError(".arrow.shadowfs.replicate.PusherMessage.chunk: object expected");
                        m.chunk = $root.arrow.shadowfs.replicate.Chunk.fromObject(d.chunk, q + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a PusherMessage message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof arrow.shadowfs.replicate.PusherMessage
                 * @static
                 * @param {arrow.shadowfs.replicate.PusherMessage} m PusherMessage
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PusherMessage.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (m.offer != null && $Object.hasOwnProperty.call(m, "offer")) {
                        d.offer = $root.arrow.shadowfs.replicate.Offer.toObject(m.offer, o, q + 1);
                        if (o.oneofs)
                            d.body = "offer";
                    }
                    if (m.manifestPart != null && $Object.hasOwnProperty.call(m, "manifestPart")) {
                        d.manifestPart = $root.arrow.shadowfs.replicate.ManifestPart.toObject(m.manifestPart, o, q + 1);
                        if (o.oneofs)
                            d.body = "manifestPart";
                    }
                    if (m.chunk != null && $Object.hasOwnProperty.call(m, "chunk")) {
                        d.chunk = $root.arrow.shadowfs.replicate.Chunk.toObject(m.chunk, o, q + 1);
                        if (o.oneofs)
                            d.body = "chunk";
                    }
                    return d;
                };

                /**
                 * Converts this PusherMessage to JSON.
                 * @function toJSON
                 * @memberof arrow.shadowfs.replicate.PusherMessage
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PusherMessage.prototype.toJSON = function() {
                    return PusherMessage.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PusherMessage
                 * @function getTypeUrl
                 * @memberof arrow.shadowfs.replicate.PusherMessage
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PusherMessage.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/arrow.shadowfs.replicate.PusherMessage";
                };

                return PusherMessage;
            })();

            replicate.Offer = (function() {

                /**
                 * Properties of an Offer.
                 * @typedef {Object} arrow.shadowfs.replicate.Offer.$Properties
                 * @property {string|null} [volume] Offer volume
                 * @property {number|null} [createdMs] Offer createdMs
                 * @property {Uint8Array|null} [manifestDigest] Offer manifestDigest
                 * @property {number|null} [manifestSize] Offer manifestSize
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Offer.
                 * @memberof arrow.shadowfs.replicate
                 * @interface IOffer
                 * @augments arrow.shadowfs.replicate.Offer.$Properties
                 * @deprecated Use arrow.shadowfs.replicate.Offer.$Properties instead.
                 */

                /**
                 * Shape of an Offer.
                 * @typedef {arrow.shadowfs.replicate.Offer.$Properties} arrow.shadowfs.replicate.Offer.$Shape
                 */

                /**
                 * Constructs a new Offer.
                 * @memberof arrow.shadowfs.replicate
                 * @classdesc Represents an Offer.
                 * @constructor
                 * @param {arrow.shadowfs.replicate.Offer.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Offer = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Offer volume.
                 * @member {string} volume
                 * @memberof arrow.shadowfs.replicate.Offer
                 * @instance
                 */
                Offer.prototype.volume = "";

                /**
                 * Offer createdMs.
                 * @member {number} createdMs
                 * @memberof arrow.shadowfs.replicate.Offer
                 * @instance
                 */
                Offer.prototype.createdMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Offer manifestDigest.
                 * @member {Uint8Array} manifestDigest
                 * @memberof arrow.shadowfs.replicate.Offer
                 * @instance
                 */
                Offer.prototype.manifestDigest = $util.newBuffer([]);

                /**
                 * Offer manifestSize.
                 * @member {number} manifestSize
                 * @memberof arrow.shadowfs.replicate.Offer
                 * @instance
                 */
                Offer.prototype.manifestSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Offer instance using the specified properties.
                 * @function create
                 * @memberof arrow.shadowfs.replicate.Offer
                 * @static
                 * @param {arrow.shadowfs.replicate.Offer.$Properties=} [properties] Properties to set
                 * @returns {arrow.shadowfs.replicate.Offer} Offer instance
                 * @type {{
                 *   (properties: arrow.shadowfs.replicate.Offer.$Shape): arrow.shadowfs.replicate.Offer & arrow.shadowfs.replicate.Offer.$Shape;
                 *   (properties?: arrow.shadowfs.replicate.Offer.$Properties): arrow.shadowfs.replicate.Offer;
                 * }}
                 */
                Offer.create = function(properties) {
                    return new Offer(properties);
                };

                /**
                 * Encodes the specified Offer message. Does not implicitly {@link arrow.shadowfs.replicate.Offer.verify|verify} messages.
                 * @function encode
                 * @memberof arrow.shadowfs.replicate.Offer
                 * @static
                 * @param {arrow.shadowfs.replicate.Offer.$Properties} m Offer message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Offer.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.volume != null && $Object.hasOwnProperty.call(m, "volume") && m.volume !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.volume);
                    if (m.createdMs != null && $Object.hasOwnProperty.call(m, "createdMs") && (typeof m.createdMs === "object" ? m.createdMs.low || m.createdMs.high : m.createdMs !== 0))
                        w.uint32(/* id 2, wireType 0 =*/16).uint64(m.createdMs);
                    if (m.manifestDigest != null && $Object.hasOwnProperty.call(m, "manifestDigest") && m.manifestDigest.length)
                        w.uint32(/* id 3, wireType 2 =*/26).bytes(m.manifestDigest);
                    if (m.manifestSize != null && $Object.hasOwnProperty.call(m, "manifestSize") && (typeof m.manifestSize === "object" ? m.manifestSize.low || m.manifestSize.high : m.manifestSize !== 0))
                        w.uint32(/* id 4, wireType 0 =*/32).uint64(m.manifestSize);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Offer message, length delimited. Does not implicitly {@link arrow.shadowfs.replicate.Offer.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof arrow.shadowfs.replicate.Offer
                 * @static
                 * @param {arrow.shadowfs.replicate.Offer.$Properties} message Offer message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Offer.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Offer message from the specified reader or buffer.
                 * @function decode
                 * @memberof arrow.shadowfs.replicate.Offer
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {arrow.shadowfs.replicate.Offer & arrow.shadowfs.replicate.Offer.$Shape} Offer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Offer.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.arrow.shadowfs.replicate.Offer();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.volume = v;
                                else
                                    delete m.volume;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.createdMs = v;
                                else
                                    delete m.createdMs;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.manifestDigest = v;
                                else
                                    delete m.manifestDigest;
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.manifestSize = v;
                                else
                                    delete m.manifestSize;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes an Offer message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof arrow.shadowfs.replicate.Offer
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {arrow.shadowfs.replicate.Offer & arrow.shadowfs.replicate.Offer.$Shape} Offer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Offer.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Offer message.
                 * @function verify
                 * @memberof arrow.shadowfs.replicate.Offer
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Offer.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.volume != null && $Object.hasOwnProperty.call(m, "volume")) {
                        if (!$util.isString(m.volume))
                            return "volume: string expected";
                    }
                    if (m.createdMs != null && $Object.hasOwnProperty.call(m, "createdMs")) {
                        if (!$util.isInteger(m.createdMs) && !(m.createdMs && $util.isInteger(m.createdMs.low) && $util.isInteger(m.createdMs.high)))
                            return "createdMs: integer|Long expected";
                    }
                    if (m.manifestDigest != null && $Object.hasOwnProperty.call(m, "manifestDigest")) {
                        if (!(m.manifestDigest && typeof m.manifestDigest.length === "number" || $util.isString(m.manifestDigest)))
                            return "manifestDigest: buffer expected";
                    }
                    if (m.manifestSize != null && $Object.hasOwnProperty.call(m, "manifestSize")) {
                        if (!$util.isInteger(m.manifestSize) && !(m.manifestSize && $util.isInteger(m.manifestSize.low) && $util.isInteger(m.manifestSize.high)))
                            return "manifestSize: integer|Long expected";
                    }
                    return null;
                };

                /**
                 * Creates an Offer message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof arrow.shadowfs.replicate.Offer
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {arrow.shadowfs.replicate.Offer} Offer
                 */
                Offer.fromObject = function (d, q) {
                    if (d instanceof $root.arrow.shadowfs.replicate.Offer)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".arrow.shadowfs.replicate.Offer: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.arrow.shadowfs.replicate.Offer();
                    if (d.volume != null) {
                        if (typeof d.volume !== "string" || d.volume.length) {
                            m.volume = $String(d.volume);
                        }
                    }
                    if (d.createdMs != null) {
                        if (typeof d.createdMs === "object" ? d.createdMs.low || d.createdMs.high : $Number(d.createdMs) !== 0) {
                            if ($util.Long)
                                m.createdMs = $util.Long.fromValue(d.createdMs, true);
                            else if (typeof d.createdMs === "string")
                                m.createdMs = $parseInt(d.createdMs, 10);
                            else if (typeof d.createdMs === "number")
                                m.createdMs = d.createdMs;
                            else if (typeof d.createdMs === "object")
                                m.createdMs = new $util.LongBits(d.createdMs.low >>> 0, d.createdMs.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.manifestDigest != null) {
                        if (d.manifestDigest.length) {
                            if (typeof d.manifestDigest === "string")
                                $util.base64.decode(d.manifestDigest, m.manifestDigest = $util.newBuffer($util.base64.length(d.manifestDigest)), 0);
                            else if (d.manifestDigest.length >= 0)
                                m.manifestDigest = d.manifestDigest;
                        }
                    }
                    if (d.manifestSize != null) {
                        if (typeof d.manifestSize === "object" ? d.manifestSize.low || d.manifestSize.high : $Number(d.manifestSize) !== 0) {
                            if ($util.Long)
                                m.manifestSize = $util.Long.fromValue(d.manifestSize, true);
                            else if (typeof d.manifestSize === "string")
                                m.manifestSize = $parseInt(d.manifestSize, 10);
                            else if (typeof d.manifestSize === "number")
                                m.manifestSize = d.manifestSize;
                            else if (typeof d.manifestSize === "object")
                                m.manifestSize = new $util.LongBits(d.manifestSize.low >>> 0, d.manifestSize.high >>> 0).toNumber(true);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an Offer message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof arrow.shadowfs.replicate.Offer
                 * @static
                 * @param {arrow.shadowfs.replicate.Offer} m Offer
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Offer.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.volume = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.createdMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.createdMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if (o.bytes === $String)
                            d.manifestDigest = "";
                        else {
                            d.manifestDigest = [];
                            if (o.bytes !== $Array)
                                d.manifestDigest = $util.newBuffer(d.manifestDigest);
                        }
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.manifestSize = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.manifestSize = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.volume != null && $Object.hasOwnProperty.call(m, "volume")) {
                        d.volume = m.volume;
                    }
                    if (m.createdMs != null && $Object.hasOwnProperty.call(m, "createdMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.createdMs = typeof m.createdMs === "number" ? $BigInt(m.createdMs) : $util.Long.fromBits(m.createdMs.low >>> 0, m.createdMs.high >>> 0, true).toBigInt();
                        else if (typeof m.createdMs === "number")
                            d.createdMs = o.longs === $String ? $String(m.createdMs) : m.createdMs;
                        else
                            d.createdMs = o.longs === $String ? $util.Long.prototype.toString.call(m.createdMs) : o.longs === $Number ? new $util.LongBits(m.createdMs.low >>> 0, m.createdMs.high >>> 0).toNumber(true) : m.createdMs;
                    }
                    if (m.manifestDigest != null && $Object.hasOwnProperty.call(m, "manifestDigest")) {
                        d.manifestDigest = o.bytes === $String ? $util.base64.encode(m.manifestDigest, 0, m.manifestDigest.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.manifestDigest) : m.manifestDigest;
                    }
                    if (m.manifestSize != null && $Object.hasOwnProperty.call(m, "manifestSize")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.manifestSize = typeof m.manifestSize === "number" ? $BigInt(m.manifestSize) : $util.Long.fromBits(m.manifestSize.low >>> 0, m.manifestSize.high >>> 0, true).toBigInt();
                        else if (typeof m.manifestSize === "number")
                            d.manifestSize = o.longs === $String ? $String(m.manifestSize) : m.manifestSize;
                        else
                            d.manifestSize = o.longs === $String ? $util.Long.prototype.toString.call(m.manifestSize) : o.longs === $Number ? new $util.LongBits(m.manifestSize.low >>> 0, m.manifestSize.high >>> 0).toNumber(true) : m.manifestSize;
                    }
                    return d;
                };

                /**
                 * Converts this Offer to JSON.
                 * @function toJSON
                 * @memberof arrow.shadowfs.replicate.Offer
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Offer.prototype.toJSON = function() {
                    return Offer.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Offer
                 * @function getTypeUrl
                 * @memberof arrow.shadowfs.replicate.Offer
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Offer.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/arrow.shadowfs.replicate.Offer";
                };

                return Offer;
            })();

            replicate.ManifestPart = (function() {

                /**
                 * Properties of a ManifestPart.
                 * @typedef {Object} arrow.shadowfs.replicate.ManifestPart.$Properties
                 * @property {Uint8Array|null} [data] ManifestPart data
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ManifestPart.
                 * @memberof arrow.shadowfs.replicate
                 * @interface IManifestPart
                 * @augments arrow.shadowfs.replicate.ManifestPart.$Properties
                 * @deprecated Use arrow.shadowfs.replicate.ManifestPart.$Properties instead.
                 */

                /**
                 * Shape of a ManifestPart.
                 * @typedef {arrow.shadowfs.replicate.ManifestPart.$Properties} arrow.shadowfs.replicate.ManifestPart.$Shape
                 */

                /**
                 * Constructs a new ManifestPart.
                 * @memberof arrow.shadowfs.replicate
                 * @classdesc Represents a ManifestPart.
                 * @constructor
                 * @param {arrow.shadowfs.replicate.ManifestPart.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ManifestPart = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ManifestPart data.
                 * @member {Uint8Array} data
                 * @memberof arrow.shadowfs.replicate.ManifestPart
                 * @instance
                 */
                ManifestPart.prototype.data = $util.newBuffer([]);

                /**
                 * Creates a new ManifestPart instance using the specified properties.
                 * @function create
                 * @memberof arrow.shadowfs.replicate.ManifestPart
                 * @static
                 * @param {arrow.shadowfs.replicate.ManifestPart.$Properties=} [properties] Properties to set
                 * @returns {arrow.shadowfs.replicate.ManifestPart} ManifestPart instance
                 * @type {{
                 *   (properties: arrow.shadowfs.replicate.ManifestPart.$Shape): arrow.shadowfs.replicate.ManifestPart & arrow.shadowfs.replicate.ManifestPart.$Shape;
                 *   (properties?: arrow.shadowfs.replicate.ManifestPart.$Properties): arrow.shadowfs.replicate.ManifestPart;
                 * }}
                 */
                ManifestPart.create = function(properties) {
                    return new ManifestPart(properties);
                };

                /**
                 * Encodes the specified ManifestPart message. Does not implicitly {@link arrow.shadowfs.replicate.ManifestPart.verify|verify} messages.
                 * @function encode
                 * @memberof arrow.shadowfs.replicate.ManifestPart
                 * @static
                 * @param {arrow.shadowfs.replicate.ManifestPart.$Properties} m ManifestPart message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ManifestPart.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                        w.uint32(/* id 1, wireType 2 =*/10).bytes(m.data);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified ManifestPart message, length delimited. Does not implicitly {@link arrow.shadowfs.replicate.ManifestPart.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof arrow.shadowfs.replicate.ManifestPart
                 * @static
                 * @param {arrow.shadowfs.replicate.ManifestPart.$Properties} message ManifestPart message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ManifestPart.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ManifestPart message from the specified reader or buffer.
                 * @function decode
                 * @memberof arrow.shadowfs.replicate.ManifestPart
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {arrow.shadowfs.replicate.ManifestPart & arrow.shadowfs.replicate.ManifestPart.$Shape} ManifestPart
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ManifestPart.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.arrow.shadowfs.replicate.ManifestPart();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.data = v;
                                else
                                    delete m.data;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a ManifestPart message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof arrow.shadowfs.replicate.ManifestPart
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {arrow.shadowfs.replicate.ManifestPart & arrow.shadowfs.replicate.ManifestPart.$Shape} ManifestPart
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ManifestPart.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ManifestPart message.
                 * @function verify
                 * @memberof arrow.shadowfs.replicate.ManifestPart
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ManifestPart.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                        if (!(m.data && typeof m.data.length === "number" || $util.isString(m.data)))
                            return "data: buffer expected";
                    }
                    return null;
                };

                /**
                 * Creates a ManifestPart message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof arrow.shadowfs.replicate.ManifestPart
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {arrow.shadowfs.replicate.ManifestPart} ManifestPart
                 */
                ManifestPart.fromObject = function (d, q) {
                    if (d instanceof $root.arrow.shadowfs.replicate.ManifestPart)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".arrow.shadowfs.replicate.ManifestPart: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.arrow.shadowfs.replicate.ManifestPart();
                    if (d.data != null) {
                        if (d.data.length) {
                            if (typeof d.data === "string")
                                $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                            else if (d.data.length >= 0)
                                m.data = d.data;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ManifestPart message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof arrow.shadowfs.replicate.ManifestPart
                 * @static
                 * @param {arrow.shadowfs.replicate.ManifestPart} m ManifestPart
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ManifestPart.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if (o.bytes === $String)
                            d.data = "";
                        else {
                            d.data = [];
                            if (o.bytes !== $Array)
                                d.data = $util.newBuffer(d.data);
                        }
                    }
                    if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                        d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                    }
                    return d;
                };

                /**
                 * Converts this ManifestPart to JSON.
                 * @function toJSON
                 * @memberof arrow.shadowfs.replicate.ManifestPart
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ManifestPart.prototype.toJSON = function() {
                    return ManifestPart.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ManifestPart
                 * @function getTypeUrl
                 * @memberof arrow.shadowfs.replicate.ManifestPart
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ManifestPart.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/arrow.shadowfs.replicate.ManifestPart";
                };

                return ManifestPart;
            })();

            replicate.Chunk = (function() {

                /**
                 * Properties of a Chunk.
                 * @typedef {Object} arrow.shadowfs.replicate.Chunk.$Properties
                 * @property {Uint8Array|null} [digest] Chunk digest
                 * @property {Uint8Array|null} [data] Chunk data
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Chunk.
                 * @memberof arrow.shadowfs.replicate
                 * @interface IChunk
                 * @augments arrow.shadowfs.replicate.Chunk.$Properties
                 * @deprecated Use arrow.shadowfs.replicate.Chunk.$Properties instead.
                 */

                /**
                 * Shape of a Chunk.
                 * @typedef {arrow.shadowfs.replicate.Chunk.$Properties} arrow.shadowfs.replicate.Chunk.$Shape
                 */

                /**
                 * Constructs a new Chunk.
                 * @memberof arrow.shadowfs.replicate
                 * @classdesc Represents a Chunk.
                 * @constructor
                 * @param {arrow.shadowfs.replicate.Chunk.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Chunk = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Chunk digest.
                 * @member {Uint8Array} digest
                 * @memberof arrow.shadowfs.replicate.Chunk
                 * @instance
                 */
                Chunk.prototype.digest = $util.newBuffer([]);

                /**
                 * Chunk data.
                 * @member {Uint8Array} data
                 * @memberof arrow.shadowfs.replicate.Chunk
                 * @instance
                 */
                Chunk.prototype.data = $util.newBuffer([]);

                /**
                 * Creates a new Chunk instance using the specified properties.
                 * @function create
                 * @memberof arrow.shadowfs.replicate.Chunk
                 * @static
                 * @param {arrow.shadowfs.replicate.Chunk.$Properties=} [properties] Properties to set
                 * @returns {arrow.shadowfs.replicate.Chunk} Chunk instance
                 * @type {{
                 *   (properties: arrow.shadowfs.replicate.Chunk.$Shape): arrow.shadowfs.replicate.Chunk & arrow.shadowfs.replicate.Chunk.$Shape;
                 *   (properties?: arrow.shadowfs.replicate.Chunk.$Properties): arrow.shadowfs.replicate.Chunk;
                 * }}
                 */
                Chunk.create = function(properties) {
                    return new Chunk(properties);
                };

                /**
                 * Encodes the specified Chunk message. Does not implicitly {@link arrow.shadowfs.replicate.Chunk.verify|verify} messages.
                 * @function encode
                 * @memberof arrow.shadowfs.replicate.Chunk
                 * @static
                 * @param {arrow.shadowfs.replicate.Chunk.$Properties} m Chunk message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Chunk.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.digest != null && $Object.hasOwnProperty.call(m, "digest") && m.digest.length)
                        w.uint32(/* id 1, wireType 2 =*/10).bytes(m.digest);
                    if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                        w.uint32(/* id 2, wireType 2 =*/18).bytes(m.data);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Chunk message, length delimited. Does not implicitly {@link arrow.shadowfs.replicate.Chunk.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof arrow.shadowfs.replicate.Chunk
                 * @static
                 * @param {arrow.shadowfs.replicate.Chunk.$Properties} message Chunk message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Chunk.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Chunk message from the specified reader or buffer.
                 * @function decode
                 * @memberof arrow.shadowfs.replicate.Chunk
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {arrow.shadowfs.replicate.Chunk & arrow.shadowfs.replicate.Chunk.$Shape} Chunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Chunk.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.arrow.shadowfs.replicate.Chunk();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.digest = v;
                                else
                                    delete m.digest;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.data = v;
                                else
                                    delete m.data;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a Chunk message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof arrow.shadowfs.replicate.Chunk
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {arrow.shadowfs.replicate.Chunk & arrow.shadowfs.replicate.Chunk.$Shape} Chunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Chunk.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Chunk message.
                 * @function verify
                 * @memberof arrow.shadowfs.replicate.Chunk
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Chunk.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.digest != null && $Object.hasOwnProperty.call(m, "digest")) {
                        if (!(m.digest && typeof m.digest.length === "number" || $util.isString(m.digest)))
                            return "digest: buffer expected";
                    }
                    if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                        if (!(m.data && typeof m.data.length === "number" || $util.isString(m.data)))
                            return "data: buffer expected";
                    }
                    return null;
                };

                /**
                 * Creates a Chunk message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof arrow.shadowfs.replicate.Chunk
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {arrow.shadowfs.replicate.Chunk} Chunk
                 */
                Chunk.fromObject = function (d, q) {
                    if (d instanceof $root.arrow.shadowfs.replicate.Chunk)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".arrow.shadowfs.replicate.Chunk: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.arrow.shadowfs.replicate.Chunk();
                    if (d.digest != null) {
                        if (d.digest.length) {
                            if (typeof d.digest === "string")
                                $util.base64.decode(d.digest, m.digest = $util.newBuffer($util.base64.length(d.digest)), 0);
                            else if (d.digest.length >= 0)
                                m.digest = d.digest;
                        }
                    }
                    if (d.data != null) {
                        if (d.data.length) {
                            if (typeof d.data === "string")
                                $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                            else if (d.data.length >= 0)
                                m.data = d.data;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Chunk message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof arrow.shadowfs.replicate.Chunk
                 * @static
                 * @param {arrow.shadowfs.replicate.Chunk} m Chunk
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Chunk.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if (o.bytes === $String)
                            d.digest = "";
                        else {
                            d.digest = [];
                            if (o.bytes !== $Array)
                                d.digest = $util.newBuffer(d.digest);
                        }
                        if (o.bytes === $String)
                            d.data = "";
                        else {
                            d.data = [];
                            if (o.bytes !== $Array)
                                d.data = $util.newBuffer(d.data);
                        }
                    }
                    if (m.digest != null && $Object.hasOwnProperty.call(m, "digest")) {
                        d.digest = o.bytes === $String ? $util.base64.encode(m.digest, 0, m.digest.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.digest) : m.digest;
                    }
                    if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                        d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                    }
                    return d;
                };

                /**
                 * Converts this Chunk to JSON.
                 * @function toJSON
                 * @memberof arrow.shadowfs.replicate.Chunk
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Chunk.prototype.toJSON = function() {
                    return Chunk.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Chunk
                 * @function getTypeUrl
                 * @memberof arrow.shadowfs.replicate.Chunk
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Chunk.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/arrow.shadowfs.replicate.Chunk";
                };

                return Chunk;
            })();

            replicate.ReplicaMessage = (function() {

                /**
                 * Properties of a ReplicaMessage.
                 * @typedef {Object} arrow.shadowfs.replicate.ReplicaMessage.$Properties
                 * @property {arrow.shadowfs.replicate.Refused.$Properties|null} [refused] ReplicaMessage refused
                 * @property {arrow.shadowfs.replicate.Held.$Properties|null} [held] ReplicaMessage held
                 * @property {arrow.shadowfs.replicate.SendManifest.$Properties|null} [sendManifest] ReplicaMessage sendManifest
                 * @property {arrow.shadowfs.replicate.Want.$Properties|null} [want] ReplicaMessage want
                 * @property {arrow.shadowfs.replicate.Adopted.$Properties|null} [adopted] ReplicaMessage adopted
                 * @property {"refused"|"held"|"sendManifest"|"want"|"adopted"} [body] ReplicaMessage body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ReplicaMessage.
                 * @memberof arrow.shadowfs.replicate
                 * @interface IReplicaMessage
                 * @augments arrow.shadowfs.replicate.ReplicaMessage.$Properties
                 * @deprecated Use arrow.shadowfs.replicate.ReplicaMessage.$Properties instead.
                 */

                /**
                 * Narrowed shape of a ReplicaMessage.
                 * @typedef {{
                 *   refused?: arrow.shadowfs.replicate.Refused.$Shape|null;
                 *   held?: arrow.shadowfs.replicate.Held.$Shape|null;
                 *   sendManifest?: arrow.shadowfs.replicate.SendManifest.$Shape|null;
                 *   want?: arrow.shadowfs.replicate.Want.$Shape|null;
                 *   adopted?: arrow.shadowfs.replicate.Adopted.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; refused?: null; held?: null; sendManifest?: null; want?: null; adopted?: null }|{ body?: "refused"; refused: arrow.shadowfs.replicate.Refused.$Shape; held?: null; sendManifest?: null; want?: null; adopted?: null }|{ body?: "held"; refused?: null; held: arrow.shadowfs.replicate.Held.$Shape; sendManifest?: null; want?: null; adopted?: null }|{ body?: "sendManifest"; refused?: null; held?: null; sendManifest: arrow.shadowfs.replicate.SendManifest.$Shape; want?: null; adopted?: null }|{ body?: "want"; refused?: null; held?: null; sendManifest?: null; want: arrow.shadowfs.replicate.Want.$Shape; adopted?: null }|{ body?: "adopted"; refused?: null; held?: null; sendManifest?: null; want?: null; adopted: arrow.shadowfs.replicate.Adopted.$Shape })
                 * )} arrow.shadowfs.replicate.ReplicaMessage.$Shape
                 */

                /**
                 * Constructs a new ReplicaMessage.
                 * @memberof arrow.shadowfs.replicate
                 * @classdesc Represents a ReplicaMessage.
                 * @constructor
                 * @param {arrow.shadowfs.replicate.ReplicaMessage.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ReplicaMessage = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ReplicaMessage refused.
                 * @member {arrow.shadowfs.replicate.Refused.$Properties|null|undefined} refused
                 * @memberof arrow.shadowfs.replicate.ReplicaMessage
                 * @instance
                 */
                ReplicaMessage.prototype.refused = null;

                /**
                 * ReplicaMessage held.
                 * @member {arrow.shadowfs.replicate.Held.$Properties|null|undefined} held
                 * @memberof arrow.shadowfs.replicate.ReplicaMessage
                 * @instance
                 */
                ReplicaMessage.prototype.held = null;

                /**
                 * ReplicaMessage sendManifest.
                 * @member {arrow.shadowfs.replicate.SendManifest.$Properties|null|undefined} sendManifest
                 * @memberof arrow.shadowfs.replicate.ReplicaMessage
                 * @instance
                 */
                ReplicaMessage.prototype.sendManifest = null;

                /**
                 * ReplicaMessage want.
                 * @member {arrow.shadowfs.replicate.Want.$Properties|null|undefined} want
                 * @memberof arrow.shadowfs.replicate.ReplicaMessage
                 * @instance
                 */
                ReplicaMessage.prototype.want = null;

                /**
                 * ReplicaMessage adopted.
                 * @member {arrow.shadowfs.replicate.Adopted.$Properties|null|undefined} adopted
                 * @memberof arrow.shadowfs.replicate.ReplicaMessage
                 * @instance
                 */
                ReplicaMessage.prototype.adopted = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * ReplicaMessage body.
                 * @member {"refused"|"held"|"sendManifest"|"want"|"adopted"|undefined} body
                 * @memberof arrow.shadowfs.replicate.ReplicaMessage
                 * @instance
                 */
                $Object.defineProperty(ReplicaMessage.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["refused", "held", "sendManifest", "want", "adopted"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new ReplicaMessage instance using the specified properties.
                 * @function create
                 * @memberof arrow.shadowfs.replicate.ReplicaMessage
                 * @static
                 * @param {arrow.shadowfs.replicate.ReplicaMessage.$Properties=} [properties] Properties to set
                 * @returns {arrow.shadowfs.replicate.ReplicaMessage} ReplicaMessage instance
                 * @type {{
                 *   (properties: arrow.shadowfs.replicate.ReplicaMessage.$Shape): arrow.shadowfs.replicate.ReplicaMessage & arrow.shadowfs.replicate.ReplicaMessage.$Shape;
                 *   (properties?: arrow.shadowfs.replicate.ReplicaMessage.$Properties): arrow.shadowfs.replicate.ReplicaMessage;
                 * }}
                 */
                ReplicaMessage.create = function(properties) {
                    return new ReplicaMessage(properties);
                };

                /**
                 * Encodes the specified ReplicaMessage message. Does not implicitly {@link arrow.shadowfs.replicate.ReplicaMessage.verify|verify} messages.
                 * @function encode
                 * @memberof arrow.shadowfs.replicate.ReplicaMessage
                 * @static
                 * @param {arrow.shadowfs.replicate.ReplicaMessage.$Properties} m ReplicaMessage message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReplicaMessage.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.refused != null && $Object.hasOwnProperty.call(m, "refused"))
                        $root.arrow.shadowfs.replicate.Refused.encode(m.refused, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (m.held != null && $Object.hasOwnProperty.call(m, "held"))
                        $root.arrow.shadowfs.replicate.Held.encode(m.held, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (m.sendManifest != null && $Object.hasOwnProperty.call(m, "sendManifest"))
                        $root.arrow.shadowfs.replicate.SendManifest.encode(m.sendManifest, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (m.want != null && $Object.hasOwnProperty.call(m, "want"))
                        $root.arrow.shadowfs.replicate.Want.encode(m.want, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    if (m.adopted != null && $Object.hasOwnProperty.call(m, "adopted"))
                        $root.arrow.shadowfs.replicate.Adopted.encode(m.adopted, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified ReplicaMessage message, length delimited. Does not implicitly {@link arrow.shadowfs.replicate.ReplicaMessage.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof arrow.shadowfs.replicate.ReplicaMessage
                 * @static
                 * @param {arrow.shadowfs.replicate.ReplicaMessage.$Properties} message ReplicaMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReplicaMessage.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ReplicaMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof arrow.shadowfs.replicate.ReplicaMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {arrow.shadowfs.replicate.ReplicaMessage & arrow.shadowfs.replicate.ReplicaMessage.$Shape} ReplicaMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReplicaMessage.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.arrow.shadowfs.replicate.ReplicaMessage();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                m.refused = $root.arrow.shadowfs.replicate.Refused.decode(r, r.size(), $undefined, q + 1, m.refused);
                                m.body = "refused";
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                m.held = $root.arrow.shadowfs.replicate.Held.decode(r, r.size(), $undefined, q + 1, m.held);
                                m.body = "held";
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                m.sendManifest = $root.arrow.shadowfs.replicate.SendManifest.decode(r, r.size(), $undefined, q + 1, m.sendManifest);
                                m.body = "sendManifest";
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                m.want = $root.arrow.shadowfs.replicate.Want.decode(r, r.size(), $undefined, q + 1, m.want);
                                m.body = "want";
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                m.adopted = $root.arrow.shadowfs.replicate.Adopted.decode(r, r.size(), $undefined, q + 1, m.adopted);
                                m.body = "adopted";
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a ReplicaMessage message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof arrow.shadowfs.replicate.ReplicaMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {arrow.shadowfs.replicate.ReplicaMessage & arrow.shadowfs.replicate.ReplicaMessage.$Shape} ReplicaMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReplicaMessage.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ReplicaMessage message.
                 * @function verify
                 * @memberof arrow.shadowfs.replicate.ReplicaMessage
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ReplicaMessage.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    var p = {};
                    if (m.refused != null && $Object.hasOwnProperty.call(m, "refused")) {
                        p.body = 1;
                        {
                            var e = $root.arrow.shadowfs.replicate.Refused.verify(m.refused, q + 1);
                            if (e)
                                return "refused." + e;
                        }
                    }
                    if (m.held != null && $Object.hasOwnProperty.call(m, "held")) {
                        if (p.body === 1)
                            return "body: multiple values";
                        p.body = 1;
                        {
                            var e = $root.arrow.shadowfs.replicate.Held.verify(m.held, q + 1);
                            if (e)
                                return "held." + e;
                        }
                    }
                    if (m.sendManifest != null && $Object.hasOwnProperty.call(m, "sendManifest")) {
                        if (p.body === 1)
                            return "body: multiple values";
                        p.body = 1;
                        {
                            var e = $root.arrow.shadowfs.replicate.SendManifest.verify(m.sendManifest, q + 1);
                            if (e)
                                return "sendManifest." + e;
                        }
                    }
                    if (m.want != null && $Object.hasOwnProperty.call(m, "want")) {
                        if (p.body === 1)
                            return "body: multiple values";
                        p.body = 1;
                        {
                            var e = $root.arrow.shadowfs.replicate.Want.verify(m.want, q + 1);
                            if (e)
                                return "want." + e;
                        }
                    }
                    if (m.adopted != null && $Object.hasOwnProperty.call(m, "adopted")) {
                        if (p.body === 1)
                            return "body: multiple values";
                        p.body = 1;
                        {
                            var e = $root.arrow.shadowfs.replicate.Adopted.verify(m.adopted, q + 1);
                            if (e)
                                return "adopted." + e;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a ReplicaMessage message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof arrow.shadowfs.replicate.ReplicaMessage
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {arrow.shadowfs.replicate.ReplicaMessage} ReplicaMessage
                 */
                ReplicaMessage.fromObject = function (d, q) {
                    if (d instanceof $root.arrow.shadowfs.replicate.ReplicaMessage)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".arrow.shadowfs.replicate.ReplicaMessage: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.arrow.shadowfs.replicate.ReplicaMessage();
                    if (d.refused != null) {
                        if (!$util.isObject(d.refused))
                            throw $TypeError(".arrow.shadowfs.replicate.ReplicaMessage.refused: object expected");
                        m.refused = $root.arrow.shadowfs.replicate.Refused.fromObject(d.refused, q + 1);
                    }
                    if (d.held != null) {
                        if (!$util.isObject(d.held))
                            throw $TypeError(".arrow.shadowfs.replicate.ReplicaMessage.held: object expected");
                        m.held = $root.arrow.shadowfs.replicate.Held.fromObject(d.held, q + 1);
                    }
                    if (d.sendManifest != null) {
                        if (!$util.isObject(d.sendManifest))
                            throw $TypeError(".arrow.shadowfs.replicate.ReplicaMessage.sendManifest: object expected");
                        m.sendManifest = $root.arrow.shadowfs.replicate.SendManifest.fromObject(d.sendManifest, q + 1);
                    }
                    if (d.want != null) {
                        if (!$util.isObject(d.want))
                            throw $TypeError(".arrow.shadowfs.replicate.ReplicaMessage.want: object expected");
                        m.want = $root.arrow.shadowfs.replicate.Want.fromObject(d.want, q + 1);
                    }
                    if (d.adopted != null) {
                        if (!$util.isObject(d.adopted))
                            throw $TypeError(".arrow.shadowfs.replicate.ReplicaMessage.adopted: object expected");
                        m.adopted = $root.arrow.shadowfs.replicate.Adopted.fromObject(d.adopted, q + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ReplicaMessage message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof arrow.shadowfs.replicate.ReplicaMessage
                 * @static
                 * @param {arrow.shadowfs.replicate.ReplicaMessage} m ReplicaMessage
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ReplicaMessage.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (m.refused != null && $Object.hasOwnProperty.call(m, "refused")) {
                        d.refused = $root.arrow.shadowfs.replicate.Refused.toObject(m.refused, o, q + 1);
                        if (o.oneofs)
                            d.body = "refused";
                    }
                    if (m.held != null && $Object.hasOwnProperty.call(m, "held")) {
                        d.held = $root.arrow.shadowfs.replicate.Held.toObject(m.held, o, q + 1);
                        if (o.oneofs)
                            d.body = "held";
                    }
                    if (m.sendManifest != null && $Object.hasOwnProperty.call(m, "sendManifest")) {
                        d.sendManifest = $root.arrow.shadowfs.replicate.SendManifest.toObject(m.sendManifest, o, q + 1);
                        if (o.oneofs)
                            d.body = "sendManifest";
                    }
                    if (m.want != null && $Object.hasOwnProperty.call(m, "want")) {
                        d.want = $root.arrow.shadowfs.replicate.Want.toObject(m.want, o, q + 1);
                        if (o.oneofs)
                            d.body = "want";
                    }
                    if (m.adopted != null && $Object.hasOwnProperty.call(m, "adopted")) {
                        d.adopted = $root.arrow.shadowfs.replicate.Adopted.toObject(m.adopted, o, q + 1);
                        if (o.oneofs)
                            d.body = "adopted";
                    }
                    return d;
                };

                /**
                 * Converts this ReplicaMessage to JSON.
                 * @function toJSON
                 * @memberof arrow.shadowfs.replicate.ReplicaMessage
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ReplicaMessage.prototype.toJSON = function() {
                    return ReplicaMessage.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ReplicaMessage
                 * @function getTypeUrl
                 * @memberof arrow.shadowfs.replicate.ReplicaMessage
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ReplicaMessage.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/arrow.shadowfs.replicate.ReplicaMessage";
                };

                return ReplicaMessage;
            })();

            replicate.Refused = (function() {

                /**
                 * Properties of a Refused.
                 * @typedef {Object} arrow.shadowfs.replicate.Refused.$Properties
                 * @property {string|null} [code] Refused code
                 * @property {string|null} [reason] Refused reason
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Refused.
                 * @memberof arrow.shadowfs.replicate
                 * @interface IRefused
                 * @augments arrow.shadowfs.replicate.Refused.$Properties
                 * @deprecated Use arrow.shadowfs.replicate.Refused.$Properties instead.
                 */

                /**
                 * Shape of a Refused.
                 * @typedef {arrow.shadowfs.replicate.Refused.$Properties} arrow.shadowfs.replicate.Refused.$Shape
                 */

                /**
                 * Constructs a new Refused.
                 * @memberof arrow.shadowfs.replicate
                 * @classdesc Represents a Refused.
                 * @constructor
                 * @param {arrow.shadowfs.replicate.Refused.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Refused = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Refused code.
                 * @member {string} code
                 * @memberof arrow.shadowfs.replicate.Refused
                 * @instance
                 */
                Refused.prototype.code = "";

                /**
                 * Refused reason.
                 * @member {string} reason
                 * @memberof arrow.shadowfs.replicate.Refused
                 * @instance
                 */
                Refused.prototype.reason = "";

                /**
                 * Creates a new Refused instance using the specified properties.
                 * @function create
                 * @memberof arrow.shadowfs.replicate.Refused
                 * @static
                 * @param {arrow.shadowfs.replicate.Refused.$Properties=} [properties] Properties to set
                 * @returns {arrow.shadowfs.replicate.Refused} Refused instance
                 * @type {{
                 *   (properties: arrow.shadowfs.replicate.Refused.$Shape): arrow.shadowfs.replicate.Refused & arrow.shadowfs.replicate.Refused.$Shape;
                 *   (properties?: arrow.shadowfs.replicate.Refused.$Properties): arrow.shadowfs.replicate.Refused;
                 * }}
                 */
                Refused.create = function(properties) {
                    return new Refused(properties);
                };

                /**
                 * Encodes the specified Refused message. Does not implicitly {@link arrow.shadowfs.replicate.Refused.verify|verify} messages.
                 * @function encode
                 * @memberof arrow.shadowfs.replicate.Refused
                 * @static
                 * @param {arrow.shadowfs.replicate.Refused.$Properties} m Refused message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Refused.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.code);
                    if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.reason);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Refused message, length delimited. Does not implicitly {@link arrow.shadowfs.replicate.Refused.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof arrow.shadowfs.replicate.Refused
                 * @static
                 * @param {arrow.shadowfs.replicate.Refused.$Properties} message Refused message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Refused.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Refused message from the specified reader or buffer.
                 * @function decode
                 * @memberof arrow.shadowfs.replicate.Refused
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {arrow.shadowfs.replicate.Refused & arrow.shadowfs.replicate.Refused.$Shape} Refused
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Refused.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.arrow.shadowfs.replicate.Refused();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.code = v;
                                else
                                    delete m.code;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.reason = v;
                                else
                                    delete m.reason;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a Refused message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof arrow.shadowfs.replicate.Refused
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {arrow.shadowfs.replicate.Refused & arrow.shadowfs.replicate.Refused.$Shape} Refused
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Refused.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Refused message.
                 * @function verify
                 * @memberof arrow.shadowfs.replicate.Refused
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Refused.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        if (!$util.isString(m.code))
                            return "code: string expected";
                    }
                    if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                        if (!$util.isString(m.reason))
                            return "reason: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a Refused message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof arrow.shadowfs.replicate.Refused
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {arrow.shadowfs.replicate.Refused} Refused
                 */
                Refused.fromObject = function (d, q) {
                    if (d instanceof $root.arrow.shadowfs.replicate.Refused)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".arrow.shadowfs.replicate.Refused: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.arrow.shadowfs.replicate.Refused();
                    if (d.code != null) {
                        if (typeof d.code !== "string" || d.code.length) {
                            m.code = $String(d.code);
                        }
                    }
                    if (d.reason != null) {
                        if (typeof d.reason !== "string" || d.reason.length) {
                            m.reason = $String(d.reason);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Refused message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof arrow.shadowfs.replicate.Refused
                 * @static
                 * @param {arrow.shadowfs.replicate.Refused} m Refused
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Refused.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.code = "";
                        d.reason = "";
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        d.code = m.code;
                    }
                    if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                        d.reason = m.reason;
                    }
                    return d;
                };

                /**
                 * Converts this Refused to JSON.
                 * @function toJSON
                 * @memberof arrow.shadowfs.replicate.Refused
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Refused.prototype.toJSON = function() {
                    return Refused.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Refused
                 * @function getTypeUrl
                 * @memberof arrow.shadowfs.replicate.Refused
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Refused.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/arrow.shadowfs.replicate.Refused";
                };

                return Refused;
            })();

            replicate.Held = (function() {

                /**
                 * Properties of a Held.
                 * @typedef {Object} arrow.shadowfs.replicate.Held.$Properties
                 * @property {number|null} [seq] Held seq
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Held.
                 * @memberof arrow.shadowfs.replicate
                 * @interface IHeld
                 * @augments arrow.shadowfs.replicate.Held.$Properties
                 * @deprecated Use arrow.shadowfs.replicate.Held.$Properties instead.
                 */

                /**
                 * Shape of a Held.
                 * @typedef {arrow.shadowfs.replicate.Held.$Properties} arrow.shadowfs.replicate.Held.$Shape
                 */

                /**
                 * Constructs a new Held.
                 * @memberof arrow.shadowfs.replicate
                 * @classdesc Represents a Held.
                 * @constructor
                 * @param {arrow.shadowfs.replicate.Held.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Held = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Held seq.
                 * @member {number} seq
                 * @memberof arrow.shadowfs.replicate.Held
                 * @instance
                 */
                Held.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Held instance using the specified properties.
                 * @function create
                 * @memberof arrow.shadowfs.replicate.Held
                 * @static
                 * @param {arrow.shadowfs.replicate.Held.$Properties=} [properties] Properties to set
                 * @returns {arrow.shadowfs.replicate.Held} Held instance
                 * @type {{
                 *   (properties: arrow.shadowfs.replicate.Held.$Shape): arrow.shadowfs.replicate.Held & arrow.shadowfs.replicate.Held.$Shape;
                 *   (properties?: arrow.shadowfs.replicate.Held.$Properties): arrow.shadowfs.replicate.Held;
                 * }}
                 */
                Held.create = function(properties) {
                    return new Held(properties);
                };

                /**
                 * Encodes the specified Held message. Does not implicitly {@link arrow.shadowfs.replicate.Held.verify|verify} messages.
                 * @function encode
                 * @memberof arrow.shadowfs.replicate.Held
                 * @static
                 * @param {arrow.shadowfs.replicate.Held.$Properties} m Held message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Held.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                        w.uint32(/* id 1, wireType 0 =*/8).uint64(m.seq);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Held message, length delimited. Does not implicitly {@link arrow.shadowfs.replicate.Held.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof arrow.shadowfs.replicate.Held
                 * @static
                 * @param {arrow.shadowfs.replicate.Held.$Properties} message Held message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Held.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Held message from the specified reader or buffer.
                 * @function decode
                 * @memberof arrow.shadowfs.replicate.Held
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {arrow.shadowfs.replicate.Held & arrow.shadowfs.replicate.Held.$Shape} Held
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Held.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.arrow.shadowfs.replicate.Held();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.seq = v;
                                else
                                    delete m.seq;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a Held message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof arrow.shadowfs.replicate.Held
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {arrow.shadowfs.replicate.Held & arrow.shadowfs.replicate.Held.$Shape} Held
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Held.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Held message.
                 * @function verify
                 * @memberof arrow.shadowfs.replicate.Held
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Held.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                        if (!$util.isInteger(m.seq) && !(m.seq && $util.isInteger(m.seq.low) && $util.isInteger(m.seq.high)))
                            return "seq: integer|Long expected";
                    }
                    return null;
                };

                /**
                 * Creates a Held message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof arrow.shadowfs.replicate.Held
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {arrow.shadowfs.replicate.Held} Held
                 */
                Held.fromObject = function (d, q) {
                    if (d instanceof $root.arrow.shadowfs.replicate.Held)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".arrow.shadowfs.replicate.Held: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.arrow.shadowfs.replicate.Held();
                    if (d.seq != null) {
                        if (typeof d.seq === "object" ? d.seq.low || d.seq.high : $Number(d.seq) !== 0) {
                            if ($util.Long)
                                m.seq = $util.Long.fromValue(d.seq, true);
                            else if (typeof d.seq === "string")
                                m.seq = $parseInt(d.seq, 10);
                            else if (typeof d.seq === "number")
                                m.seq = d.seq;
                            else if (typeof d.seq === "object")
                                m.seq = new $util.LongBits(d.seq.low >>> 0, d.seq.high >>> 0).toNumber(true);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Held message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof arrow.shadowfs.replicate.Held
                 * @static
                 * @param {arrow.shadowfs.replicate.Held} m Held
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Held.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.seq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.seq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.seq = typeof m.seq === "number" ? $BigInt(m.seq) : $util.Long.fromBits(m.seq.low >>> 0, m.seq.high >>> 0, true).toBigInt();
                        else if (typeof m.seq === "number")
                            d.seq = o.longs === $String ? $String(m.seq) : m.seq;
                        else
                            d.seq = o.longs === $String ? $util.Long.prototype.toString.call(m.seq) : o.longs === $Number ? new $util.LongBits(m.seq.low >>> 0, m.seq.high >>> 0).toNumber(true) : m.seq;
                    }
                    return d;
                };

                /**
                 * Converts this Held to JSON.
                 * @function toJSON
                 * @memberof arrow.shadowfs.replicate.Held
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Held.prototype.toJSON = function() {
                    return Held.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Held
                 * @function getTypeUrl
                 * @memberof arrow.shadowfs.replicate.Held
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Held.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/arrow.shadowfs.replicate.Held";
                };

                return Held;
            })();

            replicate.SendManifest = (function() {

                /**
                 * Properties of a SendManifest.
                 * @typedef {Object} arrow.shadowfs.replicate.SendManifest.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SendManifest.
                 * @memberof arrow.shadowfs.replicate
                 * @interface ISendManifest
                 * @augments arrow.shadowfs.replicate.SendManifest.$Properties
                 * @deprecated Use arrow.shadowfs.replicate.SendManifest.$Properties instead.
                 */

                /**
                 * Shape of a SendManifest.
                 * @typedef {arrow.shadowfs.replicate.SendManifest.$Properties} arrow.shadowfs.replicate.SendManifest.$Shape
                 */

                /**
                 * Constructs a new SendManifest.
                 * @memberof arrow.shadowfs.replicate
                 * @classdesc Represents a SendManifest.
                 * @constructor
                 * @param {arrow.shadowfs.replicate.SendManifest.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SendManifest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Creates a new SendManifest instance using the specified properties.
                 * @function create
                 * @memberof arrow.shadowfs.replicate.SendManifest
                 * @static
                 * @param {arrow.shadowfs.replicate.SendManifest.$Properties=} [properties] Properties to set
                 * @returns {arrow.shadowfs.replicate.SendManifest} SendManifest instance
                 * @type {{
                 *   (properties: arrow.shadowfs.replicate.SendManifest.$Shape): arrow.shadowfs.replicate.SendManifest & arrow.shadowfs.replicate.SendManifest.$Shape;
                 *   (properties?: arrow.shadowfs.replicate.SendManifest.$Properties): arrow.shadowfs.replicate.SendManifest;
                 * }}
                 */
                SendManifest.create = function(properties) {
                    return new SendManifest(properties);
                };

                /**
                 * Encodes the specified SendManifest message. Does not implicitly {@link arrow.shadowfs.replicate.SendManifest.verify|verify} messages.
                 * @function encode
                 * @memberof arrow.shadowfs.replicate.SendManifest
                 * @static
                 * @param {arrow.shadowfs.replicate.SendManifest.$Properties} m SendManifest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SendManifest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified SendManifest message, length delimited. Does not implicitly {@link arrow.shadowfs.replicate.SendManifest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof arrow.shadowfs.replicate.SendManifest
                 * @static
                 * @param {arrow.shadowfs.replicate.SendManifest.$Properties} message SendManifest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SendManifest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a SendManifest message from the specified reader or buffer.
                 * @function decode
                 * @memberof arrow.shadowfs.replicate.SendManifest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {arrow.shadowfs.replicate.SendManifest & arrow.shadowfs.replicate.SendManifest.$Shape} SendManifest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SendManifest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.arrow.shadowfs.replicate.SendManifest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        r.skipType(t & 7, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a SendManifest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof arrow.shadowfs.replicate.SendManifest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {arrow.shadowfs.replicate.SendManifest & arrow.shadowfs.replicate.SendManifest.$Shape} SendManifest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SendManifest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a SendManifest message.
                 * @function verify
                 * @memberof arrow.shadowfs.replicate.SendManifest
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SendManifest.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates a SendManifest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof arrow.shadowfs.replicate.SendManifest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {arrow.shadowfs.replicate.SendManifest} SendManifest
                 */
                SendManifest.fromObject = function (d, q) {
                    if (d instanceof $root.arrow.shadowfs.replicate.SendManifest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".arrow.shadowfs.replicate.SendManifest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.arrow.shadowfs.replicate.SendManifest();
                };

                /**
                 * Creates a plain object from a SendManifest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof arrow.shadowfs.replicate.SendManifest
                 * @static
                 * @param {arrow.shadowfs.replicate.SendManifest} m SendManifest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SendManifest.toObject = function () {
                    return {};
                };

                /**
                 * Converts this SendManifest to JSON.
                 * @function toJSON
                 * @memberof arrow.shadowfs.replicate.SendManifest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SendManifest.prototype.toJSON = function() {
                    return SendManifest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SendManifest
                 * @function getTypeUrl
                 * @memberof arrow.shadowfs.replicate.SendManifest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SendManifest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/arrow.shadowfs.replicate.SendManifest";
                };

                return SendManifest;
            })();

            replicate.Want = (function() {

                /**
                 * Properties of a Want.
                 * @typedef {Object} arrow.shadowfs.replicate.Want.$Properties
                 * @property {Uint8Array|null} [chunks] Want chunks
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Want.
                 * @memberof arrow.shadowfs.replicate
                 * @interface IWant
                 * @augments arrow.shadowfs.replicate.Want.$Properties
                 * @deprecated Use arrow.shadowfs.replicate.Want.$Properties instead.
                 */

                /**
                 * Shape of a Want.
                 * @typedef {arrow.shadowfs.replicate.Want.$Properties} arrow.shadowfs.replicate.Want.$Shape
                 */

                /**
                 * Constructs a new Want.
                 * @memberof arrow.shadowfs.replicate
                 * @classdesc Represents a Want.
                 * @constructor
                 * @param {arrow.shadowfs.replicate.Want.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Want = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Want chunks.
                 * @member {Uint8Array} chunks
                 * @memberof arrow.shadowfs.replicate.Want
                 * @instance
                 */
                Want.prototype.chunks = $util.newBuffer([]);

                /**
                 * Creates a new Want instance using the specified properties.
                 * @function create
                 * @memberof arrow.shadowfs.replicate.Want
                 * @static
                 * @param {arrow.shadowfs.replicate.Want.$Properties=} [properties] Properties to set
                 * @returns {arrow.shadowfs.replicate.Want} Want instance
                 * @type {{
                 *   (properties: arrow.shadowfs.replicate.Want.$Shape): arrow.shadowfs.replicate.Want & arrow.shadowfs.replicate.Want.$Shape;
                 *   (properties?: arrow.shadowfs.replicate.Want.$Properties): arrow.shadowfs.replicate.Want;
                 * }}
                 */
                Want.create = function(properties) {
                    return new Want(properties);
                };

                /**
                 * Encodes the specified Want message. Does not implicitly {@link arrow.shadowfs.replicate.Want.verify|verify} messages.
                 * @function encode
                 * @memberof arrow.shadowfs.replicate.Want
                 * @static
                 * @param {arrow.shadowfs.replicate.Want.$Properties} m Want message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Want.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.chunks != null && $Object.hasOwnProperty.call(m, "chunks") && m.chunks.length)
                        w.uint32(/* id 1, wireType 2 =*/10).bytes(m.chunks);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Want message, length delimited. Does not implicitly {@link arrow.shadowfs.replicate.Want.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof arrow.shadowfs.replicate.Want
                 * @static
                 * @param {arrow.shadowfs.replicate.Want.$Properties} message Want message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Want.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Want message from the specified reader or buffer.
                 * @function decode
                 * @memberof arrow.shadowfs.replicate.Want
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {arrow.shadowfs.replicate.Want & arrow.shadowfs.replicate.Want.$Shape} Want
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Want.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.arrow.shadowfs.replicate.Want();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.chunks = v;
                                else
                                    delete m.chunks;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a Want message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof arrow.shadowfs.replicate.Want
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {arrow.shadowfs.replicate.Want & arrow.shadowfs.replicate.Want.$Shape} Want
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Want.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Want message.
                 * @function verify
                 * @memberof arrow.shadowfs.replicate.Want
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Want.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.chunks != null && $Object.hasOwnProperty.call(m, "chunks")) {
                        if (!(m.chunks && typeof m.chunks.length === "number" || $util.isString(m.chunks)))
                            return "chunks: buffer expected";
                    }
                    return null;
                };

                /**
                 * Creates a Want message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof arrow.shadowfs.replicate.Want
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {arrow.shadowfs.replicate.Want} Want
                 */
                Want.fromObject = function (d, q) {
                    if (d instanceof $root.arrow.shadowfs.replicate.Want)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".arrow.shadowfs.replicate.Want: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.arrow.shadowfs.replicate.Want();
                    if (d.chunks != null) {
                        if (d.chunks.length) {
                            if (typeof d.chunks === "string")
                                $util.base64.decode(d.chunks, m.chunks = $util.newBuffer($util.base64.length(d.chunks)), 0);
                            else if (d.chunks.length >= 0)
                                m.chunks = d.chunks;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Want message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof arrow.shadowfs.replicate.Want
                 * @static
                 * @param {arrow.shadowfs.replicate.Want} m Want
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Want.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if (o.bytes === $String)
                            d.chunks = "";
                        else {
                            d.chunks = [];
                            if (o.bytes !== $Array)
                                d.chunks = $util.newBuffer(d.chunks);
                        }
                    }
                    if (m.chunks != null && $Object.hasOwnProperty.call(m, "chunks")) {
                        d.chunks = o.bytes === $String ? $util.base64.encode(m.chunks, 0, m.chunks.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.chunks) : m.chunks;
                    }
                    return d;
                };

                /**
                 * Converts this Want to JSON.
                 * @function toJSON
                 * @memberof arrow.shadowfs.replicate.Want
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Want.prototype.toJSON = function() {
                    return Want.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Want
                 * @function getTypeUrl
                 * @memberof arrow.shadowfs.replicate.Want
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Want.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/arrow.shadowfs.replicate.Want";
                };

                return Want;
            })();

            replicate.Adopted = (function() {

                /**
                 * Properties of an Adopted.
                 * @typedef {Object} arrow.shadowfs.replicate.Adopted.$Properties
                 * @property {number|null} [seq] Adopted seq
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Adopted.
                 * @memberof arrow.shadowfs.replicate
                 * @interface IAdopted
                 * @augments arrow.shadowfs.replicate.Adopted.$Properties
                 * @deprecated Use arrow.shadowfs.replicate.Adopted.$Properties instead.
                 */

                /**
                 * Shape of an Adopted.
                 * @typedef {arrow.shadowfs.replicate.Adopted.$Properties} arrow.shadowfs.replicate.Adopted.$Shape
                 */

                /**
                 * Constructs a new Adopted.
                 * @memberof arrow.shadowfs.replicate
                 * @classdesc Represents an Adopted.
                 * @constructor
                 * @param {arrow.shadowfs.replicate.Adopted.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Adopted = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Adopted seq.
                 * @member {number} seq
                 * @memberof arrow.shadowfs.replicate.Adopted
                 * @instance
                 */
                Adopted.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Adopted instance using the specified properties.
                 * @function create
                 * @memberof arrow.shadowfs.replicate.Adopted
                 * @static
                 * @param {arrow.shadowfs.replicate.Adopted.$Properties=} [properties] Properties to set
                 * @returns {arrow.shadowfs.replicate.Adopted} Adopted instance
                 * @type {{
                 *   (properties: arrow.shadowfs.replicate.Adopted.$Shape): arrow.shadowfs.replicate.Adopted & arrow.shadowfs.replicate.Adopted.$Shape;
                 *   (properties?: arrow.shadowfs.replicate.Adopted.$Properties): arrow.shadowfs.replicate.Adopted;
                 * }}
                 */
                Adopted.create = function(properties) {
                    return new Adopted(properties);
                };

                /**
                 * Encodes the specified Adopted message. Does not implicitly {@link arrow.shadowfs.replicate.Adopted.verify|verify} messages.
                 * @function encode
                 * @memberof arrow.shadowfs.replicate.Adopted
                 * @static
                 * @param {arrow.shadowfs.replicate.Adopted.$Properties} m Adopted message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Adopted.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                        w.uint32(/* id 1, wireType 0 =*/8).uint64(m.seq);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Adopted message, length delimited. Does not implicitly {@link arrow.shadowfs.replicate.Adopted.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof arrow.shadowfs.replicate.Adopted
                 * @static
                 * @param {arrow.shadowfs.replicate.Adopted.$Properties} message Adopted message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Adopted.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Adopted message from the specified reader or buffer.
                 * @function decode
                 * @memberof arrow.shadowfs.replicate.Adopted
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {arrow.shadowfs.replicate.Adopted & arrow.shadowfs.replicate.Adopted.$Shape} Adopted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Adopted.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.arrow.shadowfs.replicate.Adopted();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.seq = v;
                                else
                                    delete m.seq;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes an Adopted message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof arrow.shadowfs.replicate.Adopted
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {arrow.shadowfs.replicate.Adopted & arrow.shadowfs.replicate.Adopted.$Shape} Adopted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Adopted.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Adopted message.
                 * @function verify
                 * @memberof arrow.shadowfs.replicate.Adopted
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Adopted.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                        if (!$util.isInteger(m.seq) && !(m.seq && $util.isInteger(m.seq.low) && $util.isInteger(m.seq.high)))
                            return "seq: integer|Long expected";
                    }
                    return null;
                };

                /**
                 * Creates an Adopted message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof arrow.shadowfs.replicate.Adopted
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {arrow.shadowfs.replicate.Adopted} Adopted
                 */
                Adopted.fromObject = function (d, q) {
                    if (d instanceof $root.arrow.shadowfs.replicate.Adopted)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".arrow.shadowfs.replicate.Adopted: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.arrow.shadowfs.replicate.Adopted();
                    if (d.seq != null) {
                        if (typeof d.seq === "object" ? d.seq.low || d.seq.high : $Number(d.seq) !== 0) {
                            if ($util.Long)
                                m.seq = $util.Long.fromValue(d.seq, true);
                            else if (typeof d.seq === "string")
                                m.seq = $parseInt(d.seq, 10);
                            else if (typeof d.seq === "number")
                                m.seq = d.seq;
                            else if (typeof d.seq === "object")
                                m.seq = new $util.LongBits(d.seq.low >>> 0, d.seq.high >>> 0).toNumber(true);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an Adopted message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof arrow.shadowfs.replicate.Adopted
                 * @static
                 * @param {arrow.shadowfs.replicate.Adopted} m Adopted
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Adopted.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.seq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.seq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.seq = typeof m.seq === "number" ? $BigInt(m.seq) : $util.Long.fromBits(m.seq.low >>> 0, m.seq.high >>> 0, true).toBigInt();
                        else if (typeof m.seq === "number")
                            d.seq = o.longs === $String ? $String(m.seq) : m.seq;
                        else
                            d.seq = o.longs === $String ? $util.Long.prototype.toString.call(m.seq) : o.longs === $Number ? new $util.LongBits(m.seq.low >>> 0, m.seq.high >>> 0).toNumber(true) : m.seq;
                    }
                    return d;
                };

                /**
                 * Converts this Adopted to JSON.
                 * @function toJSON
                 * @memberof arrow.shadowfs.replicate.Adopted
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Adopted.prototype.toJSON = function() {
                    return Adopted.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Adopted
                 * @function getTypeUrl
                 * @memberof arrow.shadowfs.replicate.Adopted
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Adopted.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/arrow.shadowfs.replicate.Adopted";
                };

                return Adopted;
            })();

            return replicate;
        })();

        return shadowfs;
    })();

    return arrow;
})();

export {
  $root as default
};
