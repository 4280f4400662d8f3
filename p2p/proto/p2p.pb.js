/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";
if ($protobuf.util.Long) { $protobuf.util.Long = undefined; $protobuf.configure(); }

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["p2p_p2p"] || ($protobuf.roots["p2p_p2p"] = {});

export const arrow = $root.arrow = (() => {

    /**
     * Namespace arrow.
     * @exports arrow
     * @namespace
     */
    const arrow = {};

    arrow.p2p = (function() {

        /**
         * Namespace p2p.
         * @memberof arrow
         * @namespace
         */
        const p2p = {};

        p2p.Manifest = (function() {

            /**
             * Properties of a Manifest.
             * @typedef {Object} arrow.p2p.Manifest.$Properties
             * @property {string|null} [digest] Manifest digest
             * @property {number|null} [size] Manifest size
             * @property {number|null} [pieceSize] Manifest pieceSize
             * @property {Array.<Uint8Array>|null} [pieceDigests] Manifest pieceDigests
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Manifest.
             * @memberof arrow.p2p
             * @interface IManifest
             * @augments arrow.p2p.Manifest.$Properties
             * @deprecated Use arrow.p2p.Manifest.$Properties instead.
             */

            /**
             * Shape of a Manifest.
             * @typedef {arrow.p2p.Manifest.$Properties} arrow.p2p.Manifest.$Shape
             */

            /**
             * Constructs a new Manifest.
             * @memberof arrow.p2p
             * @classdesc Represents a Manifest.
             * @constructor
             * @param {arrow.p2p.Manifest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Manifest = function (p) {
                this.pieceDigests = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Manifest digest.
             * @member {string} digest
             * @memberof arrow.p2p.Manifest
             * @instance
             */
            Manifest.prototype.digest = "";

            /**
             * Manifest size.
             * @member {number} size
             * @memberof arrow.p2p.Manifest
             * @instance
             */
            Manifest.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Manifest pieceSize.
             * @member {number} pieceSize
             * @memberof arrow.p2p.Manifest
             * @instance
             */
            Manifest.prototype.pieceSize = 0;

            /**
             * Manifest pieceDigests.
             * @member {Array.<Uint8Array>} pieceDigests
             * @memberof arrow.p2p.Manifest
             * @instance
             */
            Manifest.prototype.pieceDigests = $util.emptyArray;

            /**
             * Creates a new Manifest instance using the specified properties.
             * @function create
             * @memberof arrow.p2p.Manifest
             * @static
             * @param {arrow.p2p.Manifest.$Properties=} [properties] Properties to set
             * @returns {arrow.p2p.Manifest} Manifest instance
             * @type {{
             *   (properties: arrow.p2p.Manifest.$Shape): arrow.p2p.Manifest & arrow.p2p.Manifest.$Shape;
             *   (properties?: arrow.p2p.Manifest.$Properties): arrow.p2p.Manifest;
             * }}
             */
            Manifest.create = function(properties) {
                return new Manifest(properties);
            };

            /**
             * Encodes the specified Manifest message. Does not implicitly {@link arrow.p2p.Manifest.verify|verify} messages.
             * @function encode
             * @memberof arrow.p2p.Manifest
             * @static
             * @param {arrow.p2p.Manifest.$Properties} m Manifest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Manifest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.digest != null && $Object.hasOwnProperty.call(m, "digest") && m.digest !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.digest);
                if (m.size != null && $Object.hasOwnProperty.call(m, "size") && (typeof m.size === "object" ? m.size.low || m.size.high : m.size !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.size);
                if (m.pieceSize != null && $Object.hasOwnProperty.call(m, "pieceSize") && m.pieceSize !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.pieceSize);
                if (m.pieceDigests != null && m.pieceDigests.length) {
                    for (var i = 0; i < m.pieceDigests.length; ++i)
                        w.uint32(/* id 4, wireType 2 =*/34).bytes(m.pieceDigests[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Manifest message, length delimited. Does not implicitly {@link arrow.p2p.Manifest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.p2p.Manifest
             * @static
             * @param {arrow.p2p.Manifest.$Properties} message Manifest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Manifest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Manifest message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.p2p.Manifest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.p2p.Manifest & arrow.p2p.Manifest.$Shape} Manifest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Manifest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.p2p.Manifest();
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
                                m.digest = v;
                            else
                                delete m.digest;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.size = v;
                            else
                                delete m.size;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.pieceSize = v;
                            else
                                delete m.pieceSize;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.pieceDigests && m.pieceDigests.length))
                                m.pieceDigests = [];
                            m.pieceDigests.push(r.bytes());
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
             * Decodes a Manifest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.p2p.Manifest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.p2p.Manifest & arrow.p2p.Manifest.$Shape} Manifest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Manifest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Manifest message.
             * @function verify
             * @memberof arrow.p2p.Manifest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Manifest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.digest != null && $Object.hasOwnProperty.call(m, "digest")) {
                    if (!$util.isString(m.digest))
                        return "digest: string expected";
                }
                if (m.size != null && $Object.hasOwnProperty.call(m, "size")) {
                    if (!$util.isInteger(m.size) && !(m.size && $util.isInteger(m.size.low) && $util.isInteger(m.size.high)))
                        return "size: integer|Long expected";
                }
                if (m.pieceSize != null && $Object.hasOwnProperty.call(m, "pieceSize")) {
                    if (!$util.isInteger(m.pieceSize))
                        return "pieceSize: integer expected";
                }
                if (m.pieceDigests != null && $Object.hasOwnProperty.call(m, "pieceDigests")) {
                    if (!$Array.isArray(m.pieceDigests))
                        return "pieceDigests: array expected";
                    for (var i = 0; i < m.pieceDigests.length; ++i) {
                        if (!(m.pieceDigests[i] && typeof m.pieceDigests[i].length === "number" || $util.isString(m.pieceDigests[i])))
                            return "pieceDigests: buffer[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates a Manifest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.p2p.Manifest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.p2p.Manifest} Manifest
             */
            Manifest.fromObject = function (d, q) {
                if (d instanceof $root.arrow.p2p.Manifest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.p2p.Manifest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.p2p.Manifest();
                if (d.digest != null) {
                    if (typeof d.digest !== "string" || d.digest.length) {
                        m.digest = $String(d.digest);
                    }
                }
                if (d.size != null) {
                    if (typeof d.size === "object" ? d.size.low || d.size.high : $Number(d.size) !== 0) {
                        if ($util.Long)
                            m.size = $util.Long.fromValue(d.size, true);
                        else if (typeof d.size === "string")
                            m.size = $parseInt(d.size, 10);
                        else if (typeof d.size === "number")
                            m.size = d.size;
                        else if (typeof d.size === "object")
                            m.size = new $util.LongBits(d.size.low >>> 0, d.size.high >>> 0).toNumber(true);
                    }
                }
                if (d.pieceSize != null) {
                    if ($Number(d.pieceSize) !== 0) {
                        m.pieceSize = d.pieceSize >>> 0;
                    }
                }
                if (d.pieceDigests) {
                    if (!$Array.isArray(d.pieceDigests))
                        throw $TypeError(".arrow.p2p.Manifest.pieceDigests: array expected");
                    m.pieceDigests = $Array(d.pieceDigests.length);
                    for (var i = 0; i < d.pieceDigests.length; ++i) {
                        if (typeof d.pieceDigests[i] === "string")
                            $util.base64.decode(d.pieceDigests[i], m.pieceDigests[i] = $util.newBuffer($util.base64.length(d.pieceDigests[i])), 0);
                        else if (d.pieceDigests[i].length >= 0)
                            m.pieceDigests[i] = d.pieceDigests[i];
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Manifest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.p2p.Manifest
             * @static
             * @param {arrow.p2p.Manifest} m Manifest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Manifest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.pieceDigests = [];
                }
                if (o.defaults) {
                    d.digest = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.size = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.size = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.pieceSize = 0;
                }
                if (m.digest != null && $Object.hasOwnProperty.call(m, "digest")) {
                    d.digest = m.digest;
                }
                if (m.size != null && $Object.hasOwnProperty.call(m, "size")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.size = typeof m.size === "number" ? $BigInt(m.size) : $util.Long.fromBits(m.size.low >>> 0, m.size.high >>> 0, true).toBigInt();
                    else if (typeof m.size === "number")
                        d.size = o.longs === $String ? $String(m.size) : m.size;
                    else
                        d.size = o.longs === $String ? $util.Long.prototype.toString.call(m.size) : o.longs === $Number ? new $util.LongBits(m.size.low >>> 0, m.size.high >>> 0).toNumber(true) : m.size;
                }
                if (m.pieceSize != null && $Object.hasOwnProperty.call(m, "pieceSize")) {
                    d.pieceSize = m.pieceSize;
                }
                if (m.pieceDigests && m.pieceDigests.length) {
                    d.pieceDigests = $Array(m.pieceDigests.length);
                    for (var j = 0; j < m.pieceDigests.length; ++j) {
                        d.pieceDigests[j] = o.bytes === $String ? $util.base64.encode(m.pieceDigests[j], 0, m.pieceDigests[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.pieceDigests[j]) : m.pieceDigests[j];
                    }
                }
                return d;
            };

            /**
             * Converts this Manifest to JSON.
             * @function toJSON
             * @memberof arrow.p2p.Manifest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Manifest.prototype.toJSON = function() {
                return Manifest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Manifest
             * @function getTypeUrl
             * @memberof arrow.p2p.Manifest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Manifest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.p2p.Manifest";
            };

            return Manifest;
        })();

        p2p.PartialRecord = (function() {

            /**
             * Properties of a PartialRecord.
             * @typedef {Object} arrow.p2p.PartialRecord.$Properties
             * @property {arrow.p2p.Manifest.$Properties|null} [manifest] PartialRecord manifest
             * @property {Uint8Array|null} [have] PartialRecord have
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PartialRecord.
             * @memberof arrow.p2p
             * @interface IPartialRecord
             * @augments arrow.p2p.PartialRecord.$Properties
             * @deprecated Use arrow.p2p.PartialRecord.$Properties instead.
             */

            /**
             * Shape of a PartialRecord.
             * @typedef {arrow.p2p.PartialRecord.$Properties} arrow.p2p.PartialRecord.$Shape
             */

            /**
             * Constructs a new PartialRecord.
             * @memberof arrow.p2p
             * @classdesc Represents a PartialRecord.
             * @constructor
             * @param {arrow.p2p.PartialRecord.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PartialRecord = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PartialRecord manifest.
             * @member {arrow.p2p.Manifest.$Properties|null|undefined} manifest
             * @memberof arrow.p2p.PartialRecord
             * @instance
             */
            PartialRecord.prototype.manifest = null;

            /**
             * PartialRecord have.
             * @member {Uint8Array} have
             * @memberof arrow.p2p.PartialRecord
             * @instance
             */
            PartialRecord.prototype.have = $util.newBuffer([]);

            /**
             * Creates a new PartialRecord instance using the specified properties.
             * @function create
             * @memberof arrow.p2p.PartialRecord
             * @static
             * @param {arrow.p2p.PartialRecord.$Properties=} [properties] Properties to set
             * @returns {arrow.p2p.PartialRecord} PartialRecord instance
             * @type {{
             *   (properties: arrow.p2p.PartialRecord.$Shape): arrow.p2p.PartialRecord & arrow.p2p.PartialRecord.$Shape;
             *   (properties?: arrow.p2p.PartialRecord.$Properties): arrow.p2p.PartialRecord;
             * }}
             */
            PartialRecord.create = function(properties) {
                return new PartialRecord(properties);
            };

            /**
             * Encodes the specified PartialRecord message. Does not implicitly {@link arrow.p2p.PartialRecord.verify|verify} messages.
             * @function encode
             * @memberof arrow.p2p.PartialRecord
             * @static
             * @param {arrow.p2p.PartialRecord.$Properties} m PartialRecord message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PartialRecord.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.manifest != null && $Object.hasOwnProperty.call(m, "manifest"))
                    $root.arrow.p2p.Manifest.encode(m.manifest, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.have != null && $Object.hasOwnProperty.call(m, "have") && m.have.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.have);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified PartialRecord message, length delimited. Does not implicitly {@link arrow.p2p.PartialRecord.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.p2p.PartialRecord
             * @static
             * @param {arrow.p2p.PartialRecord.$Properties} message PartialRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PartialRecord.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PartialRecord message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.p2p.PartialRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.p2p.PartialRecord & arrow.p2p.PartialRecord.$Shape} PartialRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PartialRecord.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.p2p.PartialRecord();
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
                            m.manifest = $root.arrow.p2p.Manifest.decode(r, r.size(), $undefined, q + 1, m.manifest);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.have = v;
                            else
                                delete m.have;
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
             * Decodes a PartialRecord message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.p2p.PartialRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.p2p.PartialRecord & arrow.p2p.PartialRecord.$Shape} PartialRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PartialRecord.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PartialRecord message.
             * @function verify
             * @memberof arrow.p2p.PartialRecord
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PartialRecord.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.manifest != null && $Object.hasOwnProperty.call(m, "manifest")) {
                    {
                        var e = $root.arrow.p2p.Manifest.verify(m.manifest, q + 1);
                        if (e)
                            return "manifest." + e;
                    }
                }
                if (m.have != null && $Object.hasOwnProperty.call(m, "have")) {
                    if (!(m.have && typeof m.have.length === "number" || $util.isString(m.have)))
                        return "have: buffer expected";
                }
                return null;
            };

            /**
             * Creates a PartialRecord message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.p2p.PartialRecord
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.p2p.PartialRecord} PartialRecord
             */
            PartialRecord.fromObject = function (d, q) {
                if (d instanceof $root.arrow.p2p.PartialRecord)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.p2p.PartialRecord: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.p2p.PartialRecord();
                if (d.manifest != null) {
                    if (!$util.isObject(d.manifest))
                        throw $TypeError(".arrow.p2p.PartialRecord.manifest: object expected");
                    m.manifest = $root.arrow.p2p.Manifest.fromObject(d.manifest, q + 1);
                }
                if (d.have != null) {
                    if (d.have.length) {
                        if (typeof d.have === "string")
                            $util.base64.decode(d.have, m.have = $util.newBuffer($util.base64.length(d.have)), 0);
                        else if (d.have.length >= 0)
                            m.have = d.have;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PartialRecord message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.p2p.PartialRecord
             * @static
             * @param {arrow.p2p.PartialRecord} m PartialRecord
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PartialRecord.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.manifest = null;
                    if (o.bytes === $String)
                        d.have = "";
                    else {
                        d.have = [];
                        if (o.bytes !== $Array)
                            d.have = $util.newBuffer(d.have);
                    }
                }
                if (m.manifest != null && $Object.hasOwnProperty.call(m, "manifest")) {
                    d.manifest = $root.arrow.p2p.Manifest.toObject(m.manifest, o, q + 1);
                }
                if (m.have != null && $Object.hasOwnProperty.call(m, "have")) {
                    d.have = o.bytes === $String ? $util.base64.encode(m.have, 0, m.have.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.have) : m.have;
                }
                return d;
            };

            /**
             * Converts this PartialRecord to JSON.
             * @function toJSON
             * @memberof arrow.p2p.PartialRecord
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PartialRecord.prototype.toJSON = function() {
                return PartialRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PartialRecord
             * @function getTypeUrl
             * @memberof arrow.p2p.PartialRecord
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PartialRecord.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.p2p.PartialRecord";
            };

            return PartialRecord;
        })();

        p2p.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} arrow.p2p.Request.$Properties
             * @property {arrow.p2p.HaveRequest.$Properties|null} [have] Request have
             * @property {arrow.p2p.PieceRequest.$Properties|null} [piece] Request piece
             * @property {"have"|"piece"} [kind] Request kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof arrow.p2p
             * @interface IRequest
             * @augments arrow.p2p.Request.$Properties
             * @deprecated Use arrow.p2p.Request.$Properties instead.
             */

            /**
             * Narrowed shape of a Request.
             * @typedef {{
             *   have?: arrow.p2p.HaveRequest.$Shape|null;
             *   piece?: arrow.p2p.PieceRequest.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; have?: null; piece?: null }|{ kind?: "have"; have: arrow.p2p.HaveRequest.$Shape; piece?: null }|{ kind?: "piece"; have?: null; piece: arrow.p2p.PieceRequest.$Shape })
             * )} arrow.p2p.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof arrow.p2p
             * @classdesc Represents a Request.
             * @constructor
             * @param {arrow.p2p.Request.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Request = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Request have.
             * @member {arrow.p2p.HaveRequest.$Properties|null|undefined} have
             * @memberof arrow.p2p.Request
             * @instance
             */
            Request.prototype.have = null;

            /**
             * Request piece.
             * @member {arrow.p2p.PieceRequest.$Properties|null|undefined} piece
             * @memberof arrow.p2p.Request
             * @instance
             */
            Request.prototype.piece = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Request kind.
             * @member {"have"|"piece"|undefined} kind
             * @memberof arrow.p2p.Request
             * @instance
             */
            $Object.defineProperty(Request.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["have", "piece"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof arrow.p2p.Request
             * @static
             * @param {arrow.p2p.Request.$Properties=} [properties] Properties to set
             * @returns {arrow.p2p.Request} Request instance
             * @type {{
             *   (properties: arrow.p2p.Request.$Shape): arrow.p2p.Request & arrow.p2p.Request.$Shape;
             *   (properties?: arrow.p2p.Request.$Properties): arrow.p2p.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link arrow.p2p.Request.verify|verify} messages.
             * @function encode
             * @memberof arrow.p2p.Request
             * @static
             * @param {arrow.p2p.Request.$Properties} m Request message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.have != null && $Object.hasOwnProperty.call(m, "have"))
                    $root.arrow.p2p.HaveRequest.encode(m.have, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.piece != null && $Object.hasOwnProperty.call(m, "piece"))
                    $root.arrow.p2p.PieceRequest.encode(m.piece, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Request message, length delimited. Does not implicitly {@link arrow.p2p.Request.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.p2p.Request
             * @static
             * @param {arrow.p2p.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.p2p.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.p2p.Request & arrow.p2p.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.p2p.Request();
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
                            m.have = $root.arrow.p2p.HaveRequest.decode(r, r.size(), $undefined, q + 1, m.have);
                            m.kind = "have";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.piece = $root.arrow.p2p.PieceRequest.decode(r, r.size(), $undefined, q + 1, m.piece);
                            m.kind = "piece";
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
             * Decodes a Request message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.p2p.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.p2p.Request & arrow.p2p.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Request message.
             * @function verify
             * @memberof arrow.p2p.Request
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Request.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.have != null && $Object.hasOwnProperty.call(m, "have")) {
                    p.kind = 1;
                    {
                        var e = $root.arrow.p2p.HaveRequest.verify(m.have, q + 1);
                        if (e)
                            return "have." + e;
                    }
                }
                if (m.piece != null && $Object.hasOwnProperty.call(m, "piece")) {
                    if (p.kind === 1)
                        return "kind: multiple values";
                    p.kind = 1;
                    {
                        var e = $root.arrow.p2p.PieceRequest.verify(m.piece, q + 1);
                        if (e)
                            return "piece." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a Request message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.p2p.Request
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.p2p.Request} Request
             */
            Request.fromObject = function (d, q) {
                if (d instanceof $root.arrow.p2p.Request)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.p2p.Request: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.p2p.Request();
                if (d.have != null) {
                    if (!$util.isObject(d.have))
                        throw $TypeError(".arrow.p2p.Request.have: object expected");
                    m.have = $root.arrow.p2p.HaveRequest.fromObject(d.have, q + 1);
                }
                if (d.piece != null) {
                    if (!$util.isObject(d.piece))
                        throw $TypeError(".arrow.p2p.Request.piece: object expected");
                    m.piece = $root.arrow.p2p.PieceRequest.fromObject(d.piece, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Request message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.p2p.Request
             * @static
             * @param {arrow.p2p.Request} m Request
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Request.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.have != null && $Object.hasOwnProperty.call(m, "have")) {
                    d.have = $root.arrow.p2p.HaveRequest.toObject(m.have, o, q + 1);
                    if (o.oneofs)
                        d.kind = "have";
                }
                if (m.piece != null && $Object.hasOwnProperty.call(m, "piece")) {
                    d.piece = $root.arrow.p2p.PieceRequest.toObject(m.piece, o, q + 1);
                    if (o.oneofs)
                        d.kind = "piece";
                }
                return d;
            };

            /**
             * Converts this Request to JSON.
             * @function toJSON
             * @memberof arrow.p2p.Request
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Request.prototype.toJSON = function() {
                return Request.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Request
             * @function getTypeUrl
             * @memberof arrow.p2p.Request
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Request.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.p2p.Request";
            };

            return Request;
        })();

        p2p.HaveRequest = (function() {

            /**
             * Properties of a HaveRequest.
             * @typedef {Object} arrow.p2p.HaveRequest.$Properties
             * @property {string|null} [digest] HaveRequest digest
             * @property {number|null} [waitMs] HaveRequest waitMs
             * @property {number|null} [knownCount] HaveRequest knownCount
             * @property {boolean|null} [manifestKnown] HaveRequest manifestKnown
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HaveRequest.
             * @memberof arrow.p2p
             * @interface IHaveRequest
             * @augments arrow.p2p.HaveRequest.$Properties
             * @deprecated Use arrow.p2p.HaveRequest.$Properties instead.
             */

            /**
             * Shape of a HaveRequest.
             * @typedef {arrow.p2p.HaveRequest.$Properties} arrow.p2p.HaveRequest.$Shape
             */

            /**
             * Constructs a new HaveRequest.
             * @memberof arrow.p2p
             * @classdesc Represents a HaveRequest.
             * @constructor
             * @param {arrow.p2p.HaveRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HaveRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * HaveRequest digest.
             * @member {string} digest
             * @memberof arrow.p2p.HaveRequest
             * @instance
             */
            HaveRequest.prototype.digest = "";

            /**
             * HaveRequest waitMs.
             * @member {number} waitMs
             * @memberof arrow.p2p.HaveRequest
             * @instance
             */
            HaveRequest.prototype.waitMs = 0;

            /**
             * HaveRequest knownCount.
             * @member {number} knownCount
             * @memberof arrow.p2p.HaveRequest
             * @instance
             */
            HaveRequest.prototype.knownCount = 0;

            /**
             * HaveRequest manifestKnown.
             * @member {boolean} manifestKnown
             * @memberof arrow.p2p.HaveRequest
             * @instance
             */
            HaveRequest.prototype.manifestKnown = false;

            /**
             * Creates a new HaveRequest instance using the specified properties.
             * @function create
             * @memberof arrow.p2p.HaveRequest
             * @static
             * @param {arrow.p2p.HaveRequest.$Properties=} [properties] Properties to set
             * @returns {arrow.p2p.HaveRequest} HaveRequest instance
             * @type {{
             *   (properties: arrow.p2p.HaveRequest.$Shape): arrow.p2p.HaveRequest & arrow.p2p.HaveRequest.$Shape;
             *   (properties?: arrow.p2p.HaveRequest.$Properties): arrow.p2p.HaveRequest;
             * }}
             */
            HaveRequest.create = function(properties) {
                return new HaveRequest(properties);
            };

            /**
             * Encodes the specified HaveRequest message. Does not implicitly {@link arrow.p2p.HaveRequest.verify|verify} messages.
             * @function encode
             * @memberof arrow.p2p.HaveRequest
             * @static
             * @param {arrow.p2p.HaveRequest.$Properties} m HaveRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HaveRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.digest != null && $Object.hasOwnProperty.call(m, "digest") && m.digest !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.digest);
                if (m.waitMs != null && $Object.hasOwnProperty.call(m, "waitMs") && m.waitMs !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.waitMs);
                if (m.knownCount != null && $Object.hasOwnProperty.call(m, "knownCount") && m.knownCount !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.knownCount);
                if (m.manifestKnown != null && $Object.hasOwnProperty.call(m, "manifestKnown") && m.manifestKnown !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.manifestKnown);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified HaveRequest message, length delimited. Does not implicitly {@link arrow.p2p.HaveRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.p2p.HaveRequest
             * @static
             * @param {arrow.p2p.HaveRequest.$Properties} message HaveRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HaveRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HaveRequest message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.p2p.HaveRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.p2p.HaveRequest & arrow.p2p.HaveRequest.$Shape} HaveRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HaveRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.p2p.HaveRequest();
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
                                m.digest = v;
                            else
                                delete m.digest;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.waitMs = v;
                            else
                                delete m.waitMs;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.knownCount = v;
                            else
                                delete m.knownCount;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.manifestKnown = v;
                            else
                                delete m.manifestKnown;
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
             * Decodes a HaveRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.p2p.HaveRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.p2p.HaveRequest & arrow.p2p.HaveRequest.$Shape} HaveRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HaveRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HaveRequest message.
             * @function verify
             * @memberof arrow.p2p.HaveRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HaveRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.digest != null && $Object.hasOwnProperty.call(m, "digest")) {
                    if (!$util.isString(m.digest))
                        return "digest: string expected";
                }
                if (m.waitMs != null && $Object.hasOwnProperty.call(m, "waitMs")) {
                    if (!$util.isInteger(m.waitMs))
                        return "waitMs: integer expected";
                }
                if (m.knownCount != null && $Object.hasOwnProperty.call(m, "knownCount")) {
                    if (!$util.isInteger(m.knownCount))
                        return "knownCount: integer expected";
                }
                if (m.manifestKnown != null && $Object.hasOwnProperty.call(m, "manifestKnown")) {
                    if (typeof m.manifestKnown !== "boolean")
                        return "manifestKnown: boolean expected";
                }
                return null;
            };

            /**
             * Creates a HaveRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.p2p.HaveRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.p2p.HaveRequest} HaveRequest
             */
            HaveRequest.fromObject = function (d, q) {
                if (d instanceof $root.arrow.p2p.HaveRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.p2p.HaveRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.p2p.HaveRequest();
                if (d.digest != null) {
                    if (typeof d.digest !== "string" || d.digest.length) {
                        m.digest = $String(d.digest);
                    }
                }
                if (d.waitMs != null) {
                    if ($Number(d.waitMs) !== 0) {
                        m.waitMs = d.waitMs >>> 0;
                    }
                }
                if (d.knownCount != null) {
                    if ($Number(d.knownCount) !== 0) {
                        m.knownCount = d.knownCount >>> 0;
                    }
                }
                if (d.manifestKnown != null) {
                    if (d.manifestKnown) {
                        m.manifestKnown = $Boolean(d.manifestKnown);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a HaveRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.p2p.HaveRequest
             * @static
             * @param {arrow.p2p.HaveRequest} m HaveRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HaveRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.digest = "";
                    d.waitMs = 0;
                    d.knownCount = 0;
                    d.manifestKnown = false;
                }
                if (m.digest != null && $Object.hasOwnProperty.call(m, "digest")) {
                    d.digest = m.digest;
                }
                if (m.waitMs != null && $Object.hasOwnProperty.call(m, "waitMs")) {
                    d.waitMs = m.waitMs;
                }
                if (m.knownCount != null && $Object.hasOwnProperty.call(m, "knownCount")) {
                    d.knownCount = m.knownCount;
                }
                if (m.manifestKnown != null && $Object.hasOwnProperty.call(m, "manifestKnown")) {
                    d.manifestKnown = m.manifestKnown;
                }
                return d;
            };

            /**
             * Converts this HaveRequest to JSON.
             * @function toJSON
             * @memberof arrow.p2p.HaveRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HaveRequest.prototype.toJSON = function() {
                return HaveRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HaveRequest
             * @function getTypeUrl
             * @memberof arrow.p2p.HaveRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HaveRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.p2p.HaveRequest";
            };

            return HaveRequest;
        })();

        p2p.PieceRequest = (function() {

            /**
             * Properties of a PieceRequest.
             * @typedef {Object} arrow.p2p.PieceRequest.$Properties
             * @property {string|null} [digest] PieceRequest digest
             * @property {number|null} [index] PieceRequest index
             * @property {boolean|null} [insist] PieceRequest insist
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PieceRequest.
             * @memberof arrow.p2p
             * @interface IPieceRequest
             * @augments arrow.p2p.PieceRequest.$Properties
             * @deprecated Use arrow.p2p.PieceRequest.$Properties instead.
             */

            /**
             * Shape of a PieceRequest.
             * @typedef {arrow.p2p.PieceRequest.$Properties} arrow.p2p.PieceRequest.$Shape
             */

            /**
             * Constructs a new PieceRequest.
             * @memberof arrow.p2p
             * @classdesc Represents a PieceRequest.
             * @constructor
             * @param {arrow.p2p.PieceRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PieceRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PieceRequest digest.
             * @member {string} digest
             * @memberof arrow.p2p.PieceRequest
             * @instance
             */
            PieceRequest.prototype.digest = "";

            /**
             * PieceRequest index.
             * @member {number} index
             * @memberof arrow.p2p.PieceRequest
             * @instance
             */
            PieceRequest.prototype.index = 0;

            /**
             * PieceRequest insist.
             * @member {boolean} insist
             * @memberof arrow.p2p.PieceRequest
             * @instance
             */
            PieceRequest.prototype.insist = false;

            /**
             * Creates a new PieceRequest instance using the specified properties.
             * @function create
             * @memberof arrow.p2p.PieceRequest
             * @static
             * @param {arrow.p2p.PieceRequest.$Properties=} [properties] Properties to set
             * @returns {arrow.p2p.PieceRequest} PieceRequest instance
             * @type {{
             *   (properties: arrow.p2p.PieceRequest.$Shape): arrow.p2p.PieceRequest & arrow.p2p.PieceRequest.$Shape;
             *   (properties?: arrow.p2p.PieceRequest.$Properties): arrow.p2p.PieceRequest;
             * }}
             */
            PieceRequest.create = function(properties) {
                return new PieceRequest(properties);
            };

            /**
             * Encodes the specified PieceRequest message. Does not implicitly {@link arrow.p2p.PieceRequest.verify|verify} messages.
             * @function encode
             * @memberof arrow.p2p.PieceRequest
             * @static
             * @param {arrow.p2p.PieceRequest.$Properties} m PieceRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PieceRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.digest != null && $Object.hasOwnProperty.call(m, "digest") && m.digest !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.digest);
                if (m.index != null && $Object.hasOwnProperty.call(m, "index") && m.index !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.index);
                if (m.insist != null && $Object.hasOwnProperty.call(m, "insist") && m.insist !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.insist);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified PieceRequest message, length delimited. Does not implicitly {@link arrow.p2p.PieceRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.p2p.PieceRequest
             * @static
             * @param {arrow.p2p.PieceRequest.$Properties} message PieceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PieceRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PieceRequest message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.p2p.PieceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.p2p.PieceRequest & arrow.p2p.PieceRequest.$Shape} PieceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PieceRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.p2p.PieceRequest();
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
                                m.digest = v;
                            else
                                delete m.digest;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.index = v;
                            else
                                delete m.index;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.insist = v;
                            else
                                delete m.insist;
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
             * Decodes a PieceRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.p2p.PieceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.p2p.PieceRequest & arrow.p2p.PieceRequest.$Shape} PieceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PieceRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PieceRequest message.
             * @function verify
             * @memberof arrow.p2p.PieceRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PieceRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.digest != null && $Object.hasOwnProperty.call(m, "digest")) {
                    if (!$util.isString(m.digest))
                        return "digest: string expected";
                }
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    if (!$util.isInteger(m.index))
                        return "index: integer expected";
                }
                if (m.insist != null && $Object.hasOwnProperty.call(m, "insist")) {
                    if (typeof m.insist !== "boolean")
                        return "insist: boolean expected";
                }
                return null;
            };

            /**
             * Creates a PieceRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.p2p.PieceRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.p2p.PieceRequest} PieceRequest
             */
            PieceRequest.fromObject = function (d, q) {
                if (d instanceof $root.arrow.p2p.PieceRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.p2p.PieceRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.p2p.PieceRequest();
                if (d.digest != null) {
                    if (typeof d.digest !== "string" || d.digest.length) {
                        m.digest = $String(d.digest);
                    }
                }
                if (d.index != null) {
                    if ($Number(d.index) !== 0) {
                        m.index = d.index >>> 0;
                    }
                }
                if (d.insist != null) {
                    if (d.insist) {
                        m.insist = $Boolean(d.insist);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PieceRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.p2p.PieceRequest
             * @static
             * @param {arrow.p2p.PieceRequest} m PieceRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PieceRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.digest = "";
                    d.index = 0;
                    d.insist = false;
                }
                if (m.digest != null && $Object.hasOwnProperty.call(m, "digest")) {
                    d.digest = m.digest;
                }
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    d.index = m.index;
                }
                if (m.insist != null && $Object.hasOwnProperty.call(m, "insist")) {
                    d.insist = m.insist;
                }
                return d;
            };

            /**
             * Converts this PieceRequest to JSON.
             * @function toJSON
             * @memberof arrow.p2p.PieceRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PieceRequest.prototype.toJSON = function() {
                return PieceRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PieceRequest
             * @function getTypeUrl
             * @memberof arrow.p2p.PieceRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PieceRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.p2p.PieceRequest";
            };

            return PieceRequest;
        })();

        p2p.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} arrow.p2p.Response.$Properties
             * @property {arrow.p2p.HaveResponse.$Properties|null} [have] Response have
             * @property {arrow.p2p.PieceResponse.$Properties|null} [piece] Response piece
             * @property {arrow.p2p.ErrorResponse.$Properties|null} [error] Response error
             * @property {"have"|"piece"|"error"} [kind] Response kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof arrow.p2p
             * @interface IResponse
             * @augments arrow.p2p.Response.$Properties
             * @deprecated Use arrow.p2p.Response.$Properties instead.
             */

            /**
             * Narrowed shape of a Response.
             * @typedef {{
             *   have?: arrow.p2p.HaveResponse.$Shape|null;
             *   piece?: arrow.p2p.PieceResponse.$Shape|null;
             *   error?: arrow.p2p.ErrorResponse.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; have?: null; piece?: null; error?: null }|{ kind?: "have"; have: arrow.p2p.HaveResponse.$Shape; piece?: null; error?: null }|{ kind?: "piece"; have?: null; piece: arrow.p2p.PieceResponse.$Shape; error?: null }|{ kind?: "error"; have?: null; piece?: null; error: arrow.p2p.ErrorResponse.$Shape })
             * )} arrow.p2p.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof arrow.p2p
             * @classdesc Represents a Response.
             * @constructor
             * @param {arrow.p2p.Response.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Response = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Response have.
             * @member {arrow.p2p.HaveResponse.$Properties|null|undefined} have
             * @memberof arrow.p2p.Response
             * @instance
             */
            Response.prototype.have = null;

            /**
             * Response piece.
             * @member {arrow.p2p.PieceResponse.$Properties|null|undefined} piece
             * @memberof arrow.p2p.Response
             * @instance
             */
            Response.prototype.piece = null;

            /**
             * Response error.
             * @member {arrow.p2p.ErrorResponse.$Properties|null|undefined} error
             * @memberof arrow.p2p.Response
             * @instance
             */
            Response.prototype.error = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Response kind.
             * @member {"have"|"piece"|"error"|undefined} kind
             * @memberof arrow.p2p.Response
             * @instance
             */
            $Object.defineProperty(Response.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["have", "piece", "error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Response instance using the specified properties.
             * @function create
             * @memberof arrow.p2p.Response
             * @static
             * @param {arrow.p2p.Response.$Properties=} [properties] Properties to set
             * @returns {arrow.p2p.Response} Response instance
             * @type {{
             *   (properties: arrow.p2p.Response.$Shape): arrow.p2p.Response & arrow.p2p.Response.$Shape;
             *   (properties?: arrow.p2p.Response.$Properties): arrow.p2p.Response;
             * }}
             */
            Response.create = function(properties) {
                return new Response(properties);
            };

            /**
             * Encodes the specified Response message. Does not implicitly {@link arrow.p2p.Response.verify|verify} messages.
             * @function encode
             * @memberof arrow.p2p.Response
             * @static
             * @param {arrow.p2p.Response.$Properties} m Response message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.have != null && $Object.hasOwnProperty.call(m, "have"))
                    $root.arrow.p2p.HaveResponse.encode(m.have, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.piece != null && $Object.hasOwnProperty.call(m, "piece"))
                    $root.arrow.p2p.PieceResponse.encode(m.piece, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                    $root.arrow.p2p.ErrorResponse.encode(m.error, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Response message, length delimited. Does not implicitly {@link arrow.p2p.Response.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.p2p.Response
             * @static
             * @param {arrow.p2p.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.p2p.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.p2p.Response & arrow.p2p.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.p2p.Response();
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
                            m.have = $root.arrow.p2p.HaveResponse.decode(r, r.size(), $undefined, q + 1, m.have);
                            m.kind = "have";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.piece = $root.arrow.p2p.PieceResponse.decode(r, r.size(), $undefined, q + 1, m.piece);
                            m.kind = "piece";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.error = $root.arrow.p2p.ErrorResponse.decode(r, r.size(), $undefined, q + 1, m.error);
                            m.kind = "error";
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
             * Decodes a Response message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.p2p.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.p2p.Response & arrow.p2p.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Response message.
             * @function verify
             * @memberof arrow.p2p.Response
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Response.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.have != null && $Object.hasOwnProperty.call(m, "have")) {
                    p.kind = 1;
                    {
                        var e = $root.arrow.p2p.HaveResponse.verify(m.have, q + 1);
                        if (e)
                            return "have." + e;
                    }
                }
                if (m.piece != null && $Object.hasOwnProperty.call(m, "piece")) {
                    if (p.kind === 1)
                        return "kind: multiple values";
                    p.kind = 1;
                    {
                        var e = $root.arrow.p2p.PieceResponse.verify(m.piece, q + 1);
                        if (e)
                            return "piece." + e;
                    }
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    if (p.kind === 1)
                        return "kind: multiple values";
                    p.kind = 1;
                    {
                        var e = $root.arrow.p2p.ErrorResponse.verify(m.error, q + 1);
                        if (e)
                            return "error." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a Response message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.p2p.Response
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.p2p.Response} Response
             */
            Response.fromObject = function (d, q) {
                if (d instanceof $root.arrow.p2p.Response)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.p2p.Response: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.p2p.Response();
                if (d.have != null) {
                    if (!$util.isObject(d.have))
                        throw $TypeError(".arrow.p2p.Response.have: object expected");
                    m.have = $root.arrow.p2p.HaveResponse.fromObject(d.have, q + 1);
                }
                if (d.piece != null) {
                    if (!$util.isObject(d.piece))
                        throw $TypeError(".arrow.p2p.Response.piece: object expected");
                    m.piece = $root.arrow.p2p.PieceResponse.fromObject(d.piece, q + 1);
                }
                if (d.error != null) {
                    if (!$util.isObject(d.error))
                        throw $TypeError(".arrow.p2p.Response.error: object expected");
                    m.error = $root.arrow.p2p.ErrorResponse.fromObject(d.error, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Response message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.p2p.Response
             * @static
             * @param {arrow.p2p.Response} m Response
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Response.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.have != null && $Object.hasOwnProperty.call(m, "have")) {
                    d.have = $root.arrow.p2p.HaveResponse.toObject(m.have, o, q + 1);
                    if (o.oneofs)
                        d.kind = "have";
                }
                if (m.piece != null && $Object.hasOwnProperty.call(m, "piece")) {
                    d.piece = $root.arrow.p2p.PieceResponse.toObject(m.piece, o, q + 1);
                    if (o.oneofs)
                        d.kind = "piece";
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = $root.arrow.p2p.ErrorResponse.toObject(m.error, o, q + 1);
                    if (o.oneofs)
                        d.kind = "error";
                }
                return d;
            };

            /**
             * Converts this Response to JSON.
             * @function toJSON
             * @memberof arrow.p2p.Response
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Response.prototype.toJSON = function() {
                return Response.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Response
             * @function getTypeUrl
             * @memberof arrow.p2p.Response
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Response.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.p2p.Response";
            };

            return Response;
        })();

        p2p.HaveResponse = (function() {

            /**
             * Properties of a HaveResponse.
             * @typedef {Object} arrow.p2p.HaveResponse.$Properties
             * @property {boolean|null} [known] HaveResponse known
             * @property {arrow.p2p.Manifest.$Properties|null} [manifest] HaveResponse manifest
             * @property {Uint8Array|null} [have] HaveResponse have
             * @property {boolean|null} [complete] HaveResponse complete
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HaveResponse.
             * @memberof arrow.p2p
             * @interface IHaveResponse
             * @augments arrow.p2p.HaveResponse.$Properties
             * @deprecated Use arrow.p2p.HaveResponse.$Properties instead.
             */

            /**
             * Shape of a HaveResponse.
             * @typedef {arrow.p2p.HaveResponse.$Properties} arrow.p2p.HaveResponse.$Shape
             */

            /**
             * Constructs a new HaveResponse.
             * @memberof arrow.p2p
             * @classdesc Represents a HaveResponse.
             * @constructor
             * @param {arrow.p2p.HaveResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HaveResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * HaveResponse known.
             * @member {boolean} known
             * @memberof arrow.p2p.HaveResponse
             * @instance
             */
            HaveResponse.prototype.known = false;

            /**
             * HaveResponse manifest.
             * @member {arrow.p2p.Manifest.$Properties|null|undefined} manifest
             * @memberof arrow.p2p.HaveResponse
             * @instance
             */
            HaveResponse.prototype.manifest = null;

            /**
             * HaveResponse have.
             * @member {Uint8Array} have
             * @memberof arrow.p2p.HaveResponse
             * @instance
             */
            HaveResponse.prototype.have = $util.newBuffer([]);

            /**
             * HaveResponse complete.
             * @member {boolean} complete
             * @memberof arrow.p2p.HaveResponse
             * @instance
             */
            HaveResponse.prototype.complete = false;

            /**
             * Creates a new HaveResponse instance using the specified properties.
             * @function create
             * @memberof arrow.p2p.HaveResponse
             * @static
             * @param {arrow.p2p.HaveResponse.$Properties=} [properties] Properties to set
             * @returns {arrow.p2p.HaveResponse} HaveResponse instance
             * @type {{
             *   (properties: arrow.p2p.HaveResponse.$Shape): arrow.p2p.HaveResponse & arrow.p2p.HaveResponse.$Shape;
             *   (properties?: arrow.p2p.HaveResponse.$Properties): arrow.p2p.HaveResponse;
             * }}
             */
            HaveResponse.create = function(properties) {
                return new HaveResponse(properties);
            };

            /**
             * Encodes the specified HaveResponse message. Does not implicitly {@link arrow.p2p.HaveResponse.verify|verify} messages.
             * @function encode
             * @memberof arrow.p2p.HaveResponse
             * @static
             * @param {arrow.p2p.HaveResponse.$Properties} m HaveResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HaveResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.known != null && $Object.hasOwnProperty.call(m, "known") && m.known !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.known);
                if (m.manifest != null && $Object.hasOwnProperty.call(m, "manifest"))
                    $root.arrow.p2p.Manifest.encode(m.manifest, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.have != null && $Object.hasOwnProperty.call(m, "have") && m.have.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.have);
                if (m.complete != null && $Object.hasOwnProperty.call(m, "complete") && m.complete !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.complete);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified HaveResponse message, length delimited. Does not implicitly {@link arrow.p2p.HaveResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.p2p.HaveResponse
             * @static
             * @param {arrow.p2p.HaveResponse.$Properties} message HaveResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HaveResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HaveResponse message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.p2p.HaveResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.p2p.HaveResponse & arrow.p2p.HaveResponse.$Shape} HaveResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HaveResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.p2p.HaveResponse();
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
                            if (v = r.bool())
                                m.known = v;
                            else
                                delete m.known;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.manifest = $root.arrow.p2p.Manifest.decode(r, r.size(), $undefined, q + 1, m.manifest);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.have = v;
                            else
                                delete m.have;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.complete = v;
                            else
                                delete m.complete;
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
             * Decodes a HaveResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.p2p.HaveResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.p2p.HaveResponse & arrow.p2p.HaveResponse.$Shape} HaveResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HaveResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HaveResponse message.
             * @function verify
             * @memberof arrow.p2p.HaveResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HaveResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.known != null && $Object.hasOwnProperty.call(m, "known")) {
                    if (typeof m.known !== "boolean")
                        return "known: boolean expected";
                }
                if (m.manifest != null && $Object.hasOwnProperty.call(m, "manifest")) {
                    {
                        var e = $root.arrow.p2p.Manifest.verify(m.manifest, q + 1);
                        if (e)
                            return "manifest." + e;
                    }
                }
                if (m.have != null && $Object.hasOwnProperty.call(m, "have")) {
                    if (!(m.have && typeof m.have.length === "number" || $util.isString(m.have)))
                        return "have: buffer expected";
                }
                if (m.complete != null && $Object.hasOwnProperty.call(m, "complete")) {
                    if (typeof m.complete !== "boolean")
                        return "complete: boolean expected";
                }
                return null;
            };

            /**
             * Creates a HaveResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.p2p.HaveResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.p2p.HaveResponse} HaveResponse
             */
            HaveResponse.fromObject = function (d, q) {
                if (d instanceof $root.arrow.p2p.HaveResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.p2p.HaveResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.p2p.HaveResponse();
                if (d.known != null) {
                    if (d.known) {
                        m.known = $Boolean(d.known);
                    }
                }
                if (d.manifest != null) {
                    if (!$util.isObject(d.manifest))
                        throw $TypeError(".arrow.p2p.HaveResponse.manifest: object expected");
                    m.manifest = $root.arrow.p2p.Manifest.fromObject(d.manifest, q + 1);
                }
                if (d.have != null) {
                    if (d.have.length) {
                        if (typeof d.have === "string")
                            $util.base64.decode(d.have, m.have = $util.newBuffer($util.base64.length(d.have)), 0);
                        else if (d.have.length >= 0)
                            m.have = d.have;
                    }
                }
                if (d.complete != null) {
                    if (d.complete) {
                        m.complete = $Boolean(d.complete);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a HaveResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.p2p.HaveResponse
             * @static
             * @param {arrow.p2p.HaveResponse} m HaveResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HaveResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.known = false;
                    d.manifest = null;
                    if (o.bytes === $String)
                        d.have = "";
                    else {
                        d.have = [];
                        if (o.bytes !== $Array)
                            d.have = $util.newBuffer(d.have);
                    }
                    d.complete = false;
                }
                if (m.known != null && $Object.hasOwnProperty.call(m, "known")) {
                    d.known = m.known;
                }
                if (m.manifest != null && $Object.hasOwnProperty.call(m, "manifest")) {
                    d.manifest = $root.arrow.p2p.Manifest.toObject(m.manifest, o, q + 1);
                }
                if (m.have != null && $Object.hasOwnProperty.call(m, "have")) {
                    d.have = o.bytes === $String ? $util.base64.encode(m.have, 0, m.have.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.have) : m.have;
                }
                if (m.complete != null && $Object.hasOwnProperty.call(m, "complete")) {
                    d.complete = m.complete;
                }
                return d;
            };

            /**
             * Converts this HaveResponse to JSON.
             * @function toJSON
             * @memberof arrow.p2p.HaveResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HaveResponse.prototype.toJSON = function() {
                return HaveResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HaveResponse
             * @function getTypeUrl
             * @memberof arrow.p2p.HaveResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HaveResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.p2p.HaveResponse";
            };

            return HaveResponse;
        })();

        p2p.PieceResponse = (function() {

            /**
             * Properties of a PieceResponse.
             * @typedef {Object} arrow.p2p.PieceResponse.$Properties
             * @property {number|null} [index] PieceResponse index
             * @property {Uint8Array|null} [data] PieceResponse data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PieceResponse.
             * @memberof arrow.p2p
             * @interface IPieceResponse
             * @augments arrow.p2p.PieceResponse.$Properties
             * @deprecated Use arrow.p2p.PieceResponse.$Properties instead.
             */

            /**
             * Shape of a PieceResponse.
             * @typedef {arrow.p2p.PieceResponse.$Properties} arrow.p2p.PieceResponse.$Shape
             */

            /**
             * Constructs a new PieceResponse.
             * @memberof arrow.p2p
             * @classdesc Represents a PieceResponse.
             * @constructor
             * @param {arrow.p2p.PieceResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PieceResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PieceResponse index.
             * @member {number} index
             * @memberof arrow.p2p.PieceResponse
             * @instance
             */
            PieceResponse.prototype.index = 0;

            /**
             * PieceResponse data.
             * @member {Uint8Array} data
             * @memberof arrow.p2p.PieceResponse
             * @instance
             */
            PieceResponse.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new PieceResponse instance using the specified properties.
             * @function create
             * @memberof arrow.p2p.PieceResponse
             * @static
             * @param {arrow.p2p.PieceResponse.$Properties=} [properties] Properties to set
             * @returns {arrow.p2p.PieceResponse} PieceResponse instance
             * @type {{
             *   (properties: arrow.p2p.PieceResponse.$Shape): arrow.p2p.PieceResponse & arrow.p2p.PieceResponse.$Shape;
             *   (properties?: arrow.p2p.PieceResponse.$Properties): arrow.p2p.PieceResponse;
             * }}
             */
            PieceResponse.create = function(properties) {
                return new PieceResponse(properties);
            };

            /**
             * Encodes the specified PieceResponse message. Does not implicitly {@link arrow.p2p.PieceResponse.verify|verify} messages.
             * @function encode
             * @memberof arrow.p2p.PieceResponse
             * @static
             * @param {arrow.p2p.PieceResponse.$Properties} m PieceResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PieceResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.index != null && $Object.hasOwnProperty.call(m, "index") && m.index !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.index);
                if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.data);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified PieceResponse message, length delimited. Does not implicitly {@link arrow.p2p.PieceResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.p2p.PieceResponse
             * @static
             * @param {arrow.p2p.PieceResponse.$Properties} message PieceResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PieceResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PieceResponse message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.p2p.PieceResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.p2p.PieceResponse & arrow.p2p.PieceResponse.$Shape} PieceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PieceResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.p2p.PieceResponse();
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
                            if (v = r.uint32())
                                m.index = v;
                            else
                                delete m.index;
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
             * Decodes a PieceResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.p2p.PieceResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.p2p.PieceResponse & arrow.p2p.PieceResponse.$Shape} PieceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PieceResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PieceResponse message.
             * @function verify
             * @memberof arrow.p2p.PieceResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PieceResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    if (!$util.isInteger(m.index))
                        return "index: integer expected";
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    if (!(m.data && typeof m.data.length === "number" || $util.isString(m.data)))
                        return "data: buffer expected";
                }
                return null;
            };

            /**
             * Creates a PieceResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.p2p.PieceResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.p2p.PieceResponse} PieceResponse
             */
            PieceResponse.fromObject = function (d, q) {
                if (d instanceof $root.arrow.p2p.PieceResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.p2p.PieceResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.p2p.PieceResponse();
                if (d.index != null) {
                    if ($Number(d.index) !== 0) {
                        m.index = d.index >>> 0;
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
             * Creates a plain object from a PieceResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.p2p.PieceResponse
             * @static
             * @param {arrow.p2p.PieceResponse} m PieceResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PieceResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.index = 0;
                    if (o.bytes === $String)
                        d.data = "";
                    else {
                        d.data = [];
                        if (o.bytes !== $Array)
                            d.data = $util.newBuffer(d.data);
                    }
                }
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    d.index = m.index;
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                }
                return d;
            };

            /**
             * Converts this PieceResponse to JSON.
             * @function toJSON
             * @memberof arrow.p2p.PieceResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PieceResponse.prototype.toJSON = function() {
                return PieceResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PieceResponse
             * @function getTypeUrl
             * @memberof arrow.p2p.PieceResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PieceResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.p2p.PieceResponse";
            };

            return PieceResponse;
        })();

        p2p.ErrorResponse = (function() {

            /**
             * Properties of an ErrorResponse.
             * @typedef {Object} arrow.p2p.ErrorResponse.$Properties
             * @property {string|null} [code] ErrorResponse code
             * @property {string|null} [message] ErrorResponse message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ErrorResponse.
             * @memberof arrow.p2p
             * @interface IErrorResponse
             * @augments arrow.p2p.ErrorResponse.$Properties
             * @deprecated Use arrow.p2p.ErrorResponse.$Properties instead.
             */

            /**
             * Shape of an ErrorResponse.
             * @typedef {arrow.p2p.ErrorResponse.$Properties} arrow.p2p.ErrorResponse.$Shape
             */

            /**
             * Constructs a new ErrorResponse.
             * @memberof arrow.p2p
             * @classdesc Represents an ErrorResponse.
             * @constructor
             * @param {arrow.p2p.ErrorResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ErrorResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ErrorResponse code.
             * @member {string} code
             * @memberof arrow.p2p.ErrorResponse
             * @instance
             */
            ErrorResponse.prototype.code = "";

            /**
             * ErrorResponse message.
             * @member {string} message
             * @memberof arrow.p2p.ErrorResponse
             * @instance
             */
            ErrorResponse.prototype.message = "";

            /**
             * Creates a new ErrorResponse instance using the specified properties.
             * @function create
             * @memberof arrow.p2p.ErrorResponse
             * @static
             * @param {arrow.p2p.ErrorResponse.$Properties=} [properties] Properties to set
             * @returns {arrow.p2p.ErrorResponse} ErrorResponse instance
             * @type {{
             *   (properties: arrow.p2p.ErrorResponse.$Shape): arrow.p2p.ErrorResponse & arrow.p2p.ErrorResponse.$Shape;
             *   (properties?: arrow.p2p.ErrorResponse.$Properties): arrow.p2p.ErrorResponse;
             * }}
             */
            ErrorResponse.create = function(properties) {
                return new ErrorResponse(properties);
            };

            /**
             * Encodes the specified ErrorResponse message. Does not implicitly {@link arrow.p2p.ErrorResponse.verify|verify} messages.
             * @function encode
             * @memberof arrow.p2p.ErrorResponse
             * @static
             * @param {arrow.p2p.ErrorResponse.$Properties} m ErrorResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ErrorResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.code);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ErrorResponse message, length delimited. Does not implicitly {@link arrow.p2p.ErrorResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.p2p.ErrorResponse
             * @static
             * @param {arrow.p2p.ErrorResponse.$Properties} message ErrorResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ErrorResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ErrorResponse message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.p2p.ErrorResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.p2p.ErrorResponse & arrow.p2p.ErrorResponse.$Shape} ErrorResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ErrorResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.p2p.ErrorResponse();
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
                                m.message = v;
                            else
                                delete m.message;
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
             * Decodes an ErrorResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.p2p.ErrorResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.p2p.ErrorResponse & arrow.p2p.ErrorResponse.$Shape} ErrorResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ErrorResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an ErrorResponse message.
             * @function verify
             * @memberof arrow.p2p.ErrorResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ErrorResponse.verify = function (m, q) {
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
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    if (!$util.isString(m.message))
                        return "message: string expected";
                }
                return null;
            };

            /**
             * Creates an ErrorResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.p2p.ErrorResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.p2p.ErrorResponse} ErrorResponse
             */
            ErrorResponse.fromObject = function (d, q) {
                if (d instanceof $root.arrow.p2p.ErrorResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.p2p.ErrorResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.p2p.ErrorResponse();
                if (d.code != null) {
                    if (typeof d.code !== "string" || d.code.length) {
                        m.code = $String(d.code);
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an ErrorResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.p2p.ErrorResponse
             * @static
             * @param {arrow.p2p.ErrorResponse} m ErrorResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ErrorResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.code = "";
                    d.message = "";
                }
                if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                    d.code = m.code;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                return d;
            };

            /**
             * Converts this ErrorResponse to JSON.
             * @function toJSON
             * @memberof arrow.p2p.ErrorResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ErrorResponse.prototype.toJSON = function() {
                return ErrorResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ErrorResponse
             * @function getTypeUrl
             * @memberof arrow.p2p.ErrorResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ErrorResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.p2p.ErrorResponse";
            };

            return ErrorResponse;
        })();

        p2p.RpcRequest = (function() {

            /**
             * Properties of a RpcRequest.
             * @typedef {Object} arrow.p2p.RpcRequest.$Properties
             * @property {Uint8Array|null} [body] RpcRequest body
             * @property {number|null} [timeoutMs] RpcRequest timeoutMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RpcRequest.
             * @memberof arrow.p2p
             * @interface IRpcRequest
             * @augments arrow.p2p.RpcRequest.$Properties
             * @deprecated Use arrow.p2p.RpcRequest.$Properties instead.
             */

            /**
             * Shape of a RpcRequest.
             * @typedef {arrow.p2p.RpcRequest.$Properties} arrow.p2p.RpcRequest.$Shape
             */

            /**
             * Constructs a new RpcRequest.
             * @memberof arrow.p2p
             * @classdesc Represents a RpcRequest.
             * @constructor
             * @param {arrow.p2p.RpcRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RpcRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RpcRequest body.
             * @member {Uint8Array} body
             * @memberof arrow.p2p.RpcRequest
             * @instance
             */
            RpcRequest.prototype.body = $util.newBuffer([]);

            /**
             * RpcRequest timeoutMs.
             * @member {number} timeoutMs
             * @memberof arrow.p2p.RpcRequest
             * @instance
             */
            RpcRequest.prototype.timeoutMs = 0;

            /**
             * Creates a new RpcRequest instance using the specified properties.
             * @function create
             * @memberof arrow.p2p.RpcRequest
             * @static
             * @param {arrow.p2p.RpcRequest.$Properties=} [properties] Properties to set
             * @returns {arrow.p2p.RpcRequest} RpcRequest instance
             * @type {{
             *   (properties: arrow.p2p.RpcRequest.$Shape): arrow.p2p.RpcRequest & arrow.p2p.RpcRequest.$Shape;
             *   (properties?: arrow.p2p.RpcRequest.$Properties): arrow.p2p.RpcRequest;
             * }}
             */
            RpcRequest.create = function(properties) {
                return new RpcRequest(properties);
            };

            /**
             * Encodes the specified RpcRequest message. Does not implicitly {@link arrow.p2p.RpcRequest.verify|verify} messages.
             * @function encode
             * @memberof arrow.p2p.RpcRequest
             * @static
             * @param {arrow.p2p.RpcRequest.$Properties} m RpcRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RpcRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.body != null && $Object.hasOwnProperty.call(m, "body") && m.body.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.body);
                if (m.timeoutMs != null && $Object.hasOwnProperty.call(m, "timeoutMs") && m.timeoutMs !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.timeoutMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified RpcRequest message, length delimited. Does not implicitly {@link arrow.p2p.RpcRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.p2p.RpcRequest
             * @static
             * @param {arrow.p2p.RpcRequest.$Properties} message RpcRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RpcRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RpcRequest message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.p2p.RpcRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.p2p.RpcRequest & arrow.p2p.RpcRequest.$Shape} RpcRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RpcRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.p2p.RpcRequest();
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
                                m.body = v;
                            else
                                delete m.body;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.timeoutMs = v;
                            else
                                delete m.timeoutMs;
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
             * Decodes a RpcRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.p2p.RpcRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.p2p.RpcRequest & arrow.p2p.RpcRequest.$Shape} RpcRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RpcRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RpcRequest message.
             * @function verify
             * @memberof arrow.p2p.RpcRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RpcRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                    if (!(m.body && typeof m.body.length === "number" || $util.isString(m.body)))
                        return "body: buffer expected";
                }
                if (m.timeoutMs != null && $Object.hasOwnProperty.call(m, "timeoutMs")) {
                    if (!$util.isInteger(m.timeoutMs))
                        return "timeoutMs: integer expected";
                }
                return null;
            };

            /**
             * Creates a RpcRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.p2p.RpcRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.p2p.RpcRequest} RpcRequest
             */
            RpcRequest.fromObject = function (d, q) {
                if (d instanceof $root.arrow.p2p.RpcRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.p2p.RpcRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.p2p.RpcRequest();
                if (d.body != null) {
                    if (d.body.length) {
                        if (typeof d.body === "string")
                            $util.base64.decode(d.body, m.body = $util.newBuffer($util.base64.length(d.body)), 0);
                        else if (d.body.length >= 0)
                            m.body = d.body;
                    }
                }
                if (d.timeoutMs != null) {
                    if ($Number(d.timeoutMs) !== 0) {
                        m.timeoutMs = d.timeoutMs >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RpcRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.p2p.RpcRequest
             * @static
             * @param {arrow.p2p.RpcRequest} m RpcRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RpcRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.body = "";
                    else {
                        d.body = [];
                        if (o.bytes !== $Array)
                            d.body = $util.newBuffer(d.body);
                    }
                    d.timeoutMs = 0;
                }
                if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                    d.body = o.bytes === $String ? $util.base64.encode(m.body, 0, m.body.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.body) : m.body;
                }
                if (m.timeoutMs != null && $Object.hasOwnProperty.call(m, "timeoutMs")) {
                    d.timeoutMs = m.timeoutMs;
                }
                return d;
            };

            /**
             * Converts this RpcRequest to JSON.
             * @function toJSON
             * @memberof arrow.p2p.RpcRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RpcRequest.prototype.toJSON = function() {
                return RpcRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RpcRequest
             * @function getTypeUrl
             * @memberof arrow.p2p.RpcRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RpcRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.p2p.RpcRequest";
            };

            return RpcRequest;
        })();

        p2p.RpcResponse = (function() {

            /**
             * Properties of a RpcResponse.
             * @typedef {Object} arrow.p2p.RpcResponse.$Properties
             * @property {Uint8Array|null} [body] RpcResponse body
             * @property {arrow.p2p.RpcError.$Properties|null} [error] RpcResponse error
             * @property {"body"|"error"} [kind] RpcResponse kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RpcResponse.
             * @memberof arrow.p2p
             * @interface IRpcResponse
             * @augments arrow.p2p.RpcResponse.$Properties
             * @deprecated Use arrow.p2p.RpcResponse.$Properties instead.
             */

            /**
             * Narrowed shape of a RpcResponse.
             * @typedef {{
             *   body?: Uint8Array|null;
             *   error?: arrow.p2p.RpcError.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; body?: null; error?: null }|{ kind?: "body"; body: Uint8Array; error?: null }|{ kind?: "error"; body?: null; error: arrow.p2p.RpcError.$Shape })
             * )} arrow.p2p.RpcResponse.$Shape
             */

            /**
             * Constructs a new RpcResponse.
             * @memberof arrow.p2p
             * @classdesc Represents a RpcResponse.
             * @constructor
             * @param {arrow.p2p.RpcResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RpcResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RpcResponse body.
             * @member {Uint8Array|null|undefined} body
             * @memberof arrow.p2p.RpcResponse
             * @instance
             */
            RpcResponse.prototype.body = null;

            /**
             * RpcResponse error.
             * @member {arrow.p2p.RpcError.$Properties|null|undefined} error
             * @memberof arrow.p2p.RpcResponse
             * @instance
             */
            RpcResponse.prototype.error = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * RpcResponse kind.
             * @member {"body"|"error"|undefined} kind
             * @memberof arrow.p2p.RpcResponse
             * @instance
             */
            $Object.defineProperty(RpcResponse.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["body", "error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new RpcResponse instance using the specified properties.
             * @function create
             * @memberof arrow.p2p.RpcResponse
             * @static
             * @param {arrow.p2p.RpcResponse.$Properties=} [properties] Properties to set
             * @returns {arrow.p2p.RpcResponse} RpcResponse instance
             * @type {{
             *   (properties: arrow.p2p.RpcResponse.$Shape): arrow.p2p.RpcResponse & arrow.p2p.RpcResponse.$Shape;
             *   (properties?: arrow.p2p.RpcResponse.$Properties): arrow.p2p.RpcResponse;
             * }}
             */
            RpcResponse.create = function(properties) {
                return new RpcResponse(properties);
            };

            /**
             * Encodes the specified RpcResponse message. Does not implicitly {@link arrow.p2p.RpcResponse.verify|verify} messages.
             * @function encode
             * @memberof arrow.p2p.RpcResponse
             * @static
             * @param {arrow.p2p.RpcResponse.$Properties} m RpcResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RpcResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.body != null && $Object.hasOwnProperty.call(m, "body"))
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.body);
                if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                    $root.arrow.p2p.RpcError.encode(m.error, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified RpcResponse message, length delimited. Does not implicitly {@link arrow.p2p.RpcResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.p2p.RpcResponse
             * @static
             * @param {arrow.p2p.RpcResponse.$Properties} message RpcResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RpcResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RpcResponse message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.p2p.RpcResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.p2p.RpcResponse & arrow.p2p.RpcResponse.$Shape} RpcResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RpcResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.p2p.RpcResponse();
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
                            m.body = r.bytes();
                            m.kind = "body";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.error = $root.arrow.p2p.RpcError.decode(r, r.size(), $undefined, q + 1, m.error);
                            m.kind = "error";
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
             * Decodes a RpcResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.p2p.RpcResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.p2p.RpcResponse & arrow.p2p.RpcResponse.$Shape} RpcResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RpcResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RpcResponse message.
             * @function verify
             * @memberof arrow.p2p.RpcResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RpcResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                    p.kind = 1;
                    if (!(m.body && typeof m.body.length === "number" || $util.isString(m.body)))
                        return "body: buffer expected";
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    if (p.kind === 1)
                        return "kind: multiple values";
                    p.kind = 1;
                    {
                        var e = $root.arrow.p2p.RpcError.verify(m.error, q + 1);
                        if (e)
                            return "error." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a RpcResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.p2p.RpcResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.p2p.RpcResponse} RpcResponse
             */
            RpcResponse.fromObject = function (d, q) {
                if (d instanceof $root.arrow.p2p.RpcResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.p2p.RpcResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.p2p.RpcResponse();
                if (d.body != null) {
                    if (typeof d.body === "string")
                        $util.base64.decode(d.body, m.body = $util.newBuffer($util.base64.length(d.body)), 0);
                    else if (d.body.length >= 0)
                        m.body = d.body;
                }
                if (d.error != null) {
                    if (!$util.isObject(d.error))
                        throw $TypeError(".arrow.p2p.RpcResponse.error: object expected");
                    m.error = $root.arrow.p2p.RpcError.fromObject(d.error, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a RpcResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.p2p.RpcResponse
             * @static
             * @param {arrow.p2p.RpcResponse} m RpcResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RpcResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                    d.body = o.bytes === $String ? $util.base64.encode(m.body, 0, m.body.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.body) : m.body;
                    if (o.oneofs)
                        d.kind = "body";
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = $root.arrow.p2p.RpcError.toObject(m.error, o, q + 1);
                    if (o.oneofs)
                        d.kind = "error";
                }
                return d;
            };

            /**
             * Converts this RpcResponse to JSON.
             * @function toJSON
             * @memberof arrow.p2p.RpcResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RpcResponse.prototype.toJSON = function() {
                return RpcResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RpcResponse
             * @function getTypeUrl
             * @memberof arrow.p2p.RpcResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RpcResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.p2p.RpcResponse";
            };

            return RpcResponse;
        })();

        p2p.RpcError = (function() {

            /**
             * Properties of a RpcError.
             * @typedef {Object} arrow.p2p.RpcError.$Properties
             * @property {string|null} [code] RpcError code
             * @property {string|null} [message] RpcError message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RpcError.
             * @memberof arrow.p2p
             * @interface IRpcError
             * @augments arrow.p2p.RpcError.$Properties
             * @deprecated Use arrow.p2p.RpcError.$Properties instead.
             */

            /**
             * Shape of a RpcError.
             * @typedef {arrow.p2p.RpcError.$Properties} arrow.p2p.RpcError.$Shape
             */

            /**
             * Constructs a new RpcError.
             * @memberof arrow.p2p
             * @classdesc Represents a RpcError.
             * @constructor
             * @param {arrow.p2p.RpcError.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RpcError = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RpcError code.
             * @member {string} code
             * @memberof arrow.p2p.RpcError
             * @instance
             */
            RpcError.prototype.code = "";

            /**
             * RpcError message.
             * @member {string} message
             * @memberof arrow.p2p.RpcError
             * @instance
             */
            RpcError.prototype.message = "";

            /**
             * Creates a new RpcError instance using the specified properties.
             * @function create
             * @memberof arrow.p2p.RpcError
             * @static
             * @param {arrow.p2p.RpcError.$Properties=} [properties] Properties to set
             * @returns {arrow.p2p.RpcError} RpcError instance
             * @type {{
             *   (properties: arrow.p2p.RpcError.$Shape): arrow.p2p.RpcError & arrow.p2p.RpcError.$Shape;
             *   (properties?: arrow.p2p.RpcError.$Properties): arrow.p2p.RpcError;
             * }}
             */
            RpcError.create = function(properties) {
                return new RpcError(properties);
            };

            /**
             * Encodes the specified RpcError message. Does not implicitly {@link arrow.p2p.RpcError.verify|verify} messages.
             * @function encode
             * @memberof arrow.p2p.RpcError
             * @static
             * @param {arrow.p2p.RpcError.$Properties} m RpcError message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RpcError.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.code);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified RpcError message, length delimited. Does not implicitly {@link arrow.p2p.RpcError.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.p2p.RpcError
             * @static
             * @param {arrow.p2p.RpcError.$Properties} message RpcError message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RpcError.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RpcError message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.p2p.RpcError
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.p2p.RpcError & arrow.p2p.RpcError.$Shape} RpcError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RpcError.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.p2p.RpcError();
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
                                m.message = v;
                            else
                                delete m.message;
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
             * Decodes a RpcError message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.p2p.RpcError
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.p2p.RpcError & arrow.p2p.RpcError.$Shape} RpcError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RpcError.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RpcError message.
             * @function verify
             * @memberof arrow.p2p.RpcError
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RpcError.verify = function (m, q) {
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
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    if (!$util.isString(m.message))
                        return "message: string expected";
                }
                return null;
            };

            /**
             * Creates a RpcError message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.p2p.RpcError
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.p2p.RpcError} RpcError
             */
            RpcError.fromObject = function (d, q) {
                if (d instanceof $root.arrow.p2p.RpcError)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.p2p.RpcError: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.p2p.RpcError();
                if (d.code != null) {
                    if (typeof d.code !== "string" || d.code.length) {
                        m.code = $String(d.code);
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RpcError message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.p2p.RpcError
             * @static
             * @param {arrow.p2p.RpcError} m RpcError
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RpcError.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.code = "";
                    d.message = "";
                }
                if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                    d.code = m.code;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                return d;
            };

            /**
             * Converts this RpcError to JSON.
             * @function toJSON
             * @memberof arrow.p2p.RpcError
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RpcError.prototype.toJSON = function() {
                return RpcError.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RpcError
             * @function getTypeUrl
             * @memberof arrow.p2p.RpcError
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RpcError.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.p2p.RpcError";
            };

            return RpcError;
        })();

        return p2p;
    })();

    return arrow;
})();

export {
  $root as default
};
