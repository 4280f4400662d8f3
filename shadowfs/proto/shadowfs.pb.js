/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";
if ($protobuf.util.Long) { $protobuf.util.Long = undefined; $protobuf.configure(); }

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["shadowfs_shadowfs"] || ($protobuf.roots["shadowfs_shadowfs"] = {});

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

        shadowfs.Manifest = (function() {

            /**
             * Properties of a Manifest.
             * @typedef {Object} arrow.shadowfs.Manifest.$Properties
             * @property {number|null} [version] Manifest version
             * @property {number|null} [rootMode] Manifest rootMode
             * @property {Array.<arrow.shadowfs.Entry.$Properties>|null} [entries] Manifest entries
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Manifest.
             * @memberof arrow.shadowfs
             * @interface IManifest
             * @augments arrow.shadowfs.Manifest.$Properties
             * @deprecated Use arrow.shadowfs.Manifest.$Properties instead.
             */

            /**
             * Shape of a Manifest.
             * @typedef {arrow.shadowfs.Manifest.$Properties} arrow.shadowfs.Manifest.$Shape
             */

            /**
             * Constructs a new Manifest.
             * @memberof arrow.shadowfs
             * @classdesc Represents a Manifest.
             * @constructor
             * @param {arrow.shadowfs.Manifest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Manifest = function (p) {
                this.entries = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Manifest version.
             * @member {number} version
             * @memberof arrow.shadowfs.Manifest
             * @instance
             */
            Manifest.prototype.version = 0;

            /**
             * Manifest rootMode.
             * @member {number} rootMode
             * @memberof arrow.shadowfs.Manifest
             * @instance
             */
            Manifest.prototype.rootMode = 0;

            /**
             * Manifest entries.
             * @member {Array.<arrow.shadowfs.Entry.$Properties>} entries
             * @memberof arrow.shadowfs.Manifest
             * @instance
             */
            Manifest.prototype.entries = $util.emptyArray;

            /**
             * Creates a new Manifest instance using the specified properties.
             * @function create
             * @memberof arrow.shadowfs.Manifest
             * @static
             * @param {arrow.shadowfs.Manifest.$Properties=} [properties] Properties to set
             * @returns {arrow.shadowfs.Manifest} Manifest instance
             * @type {{
             *   (properties: arrow.shadowfs.Manifest.$Shape): arrow.shadowfs.Manifest & arrow.shadowfs.Manifest.$Shape;
             *   (properties?: arrow.shadowfs.Manifest.$Properties): arrow.shadowfs.Manifest;
             * }}
             */
            Manifest.create = function(properties) {
                return new Manifest(properties);
            };

            /**
             * Encodes the specified Manifest message. Does not implicitly {@link arrow.shadowfs.Manifest.verify|verify} messages.
             * @function encode
             * @memberof arrow.shadowfs.Manifest
             * @static
             * @param {arrow.shadowfs.Manifest.$Properties} m Manifest message or plain object to encode
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
                if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.version);
                if (m.rootMode != null && $Object.hasOwnProperty.call(m, "rootMode") && m.rootMode !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.rootMode);
                if (m.entries != null && m.entries.length) {
                    for (var i = 0; i < m.entries.length; ++i)
                        $root.arrow.shadowfs.Entry.encode(m.entries[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Manifest message, length delimited. Does not implicitly {@link arrow.shadowfs.Manifest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.shadowfs.Manifest
             * @static
             * @param {arrow.shadowfs.Manifest.$Properties} message Manifest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Manifest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Manifest message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.shadowfs.Manifest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.shadowfs.Manifest & arrow.shadowfs.Manifest.$Shape} Manifest
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
                m = g || new $root.arrow.shadowfs.Manifest();
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
                                m.version = v;
                            else
                                delete m.version;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.rootMode = v;
                            else
                                delete m.rootMode;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.entries && m.entries.length))
                                m.entries = [];
                            m.entries.push($root.arrow.shadowfs.Entry.decode(r, r.size(), $undefined, q + 1));
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
             * @memberof arrow.shadowfs.Manifest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.shadowfs.Manifest & arrow.shadowfs.Manifest.$Shape} Manifest
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
             * @memberof arrow.shadowfs.Manifest
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
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (!$util.isInteger(m.version))
                        return "version: integer expected";
                }
                if (m.rootMode != null && $Object.hasOwnProperty.call(m, "rootMode")) {
                    if (!$util.isInteger(m.rootMode))
                        return "rootMode: integer expected";
                }
                if (m.entries != null && $Object.hasOwnProperty.call(m, "entries")) {
                    if (!$Array.isArray(m.entries))
                        return "entries: array expected";
                    for (var i = 0; i < m.entries.length; ++i) {
                        {
                            var e = $root.arrow.shadowfs.Entry.verify(m.entries[i], q + 1);
                            if (e)
                                return "entries." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a Manifest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.shadowfs.Manifest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.shadowfs.Manifest} Manifest
             */
            Manifest.fromObject = function (d, q) {
                if (d instanceof $root.arrow.shadowfs.Manifest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.shadowfs.Manifest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.shadowfs.Manifest();
                if (d.version != null) {
                    if ($Number(d.version) !== 0) {
                        m.version = d.version >>> 0;
                    }
                }
                if (d.rootMode != null) {
                    if ($Number(d.rootMode) !== 0) {
                        m.rootMode = d.rootMode >>> 0;
                    }
                }
                if (d.entries) {
                    if (!$Array.isArray(d.entries))
                        throw $TypeError(".arrow.shadowfs.Manifest.entries: array expected");
                    m.entries = $Array(d.entries.length);
                    for (var i = 0; i < d.entries.length; ++i) {
                        if (!$util.isObject(d.entries[i]))
                            throw $TypeError(".arrow.shadowfs.Manifest.entries: object expected");
                        m.entries[i] = $root.arrow.shadowfs.Entry.fromObject(d.entries[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Manifest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.shadowfs.Manifest
             * @static
             * @param {arrow.shadowfs.Manifest} m Manifest
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
                    d.entries = [];
                }
                if (o.defaults) {
                    d.version = 0;
                    d.rootMode = 0;
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    d.version = m.version;
                }
                if (m.rootMode != null && $Object.hasOwnProperty.call(m, "rootMode")) {
                    d.rootMode = m.rootMode;
                }
                if (m.entries && m.entries.length) {
                    d.entries = $Array(m.entries.length);
                    for (var j = 0; j < m.entries.length; ++j) {
                        d.entries[j] = $root.arrow.shadowfs.Entry.toObject(m.entries[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this Manifest to JSON.
             * @function toJSON
             * @memberof arrow.shadowfs.Manifest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Manifest.prototype.toJSON = function() {
                return Manifest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Manifest
             * @function getTypeUrl
             * @memberof arrow.shadowfs.Manifest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Manifest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.shadowfs.Manifest";
            };

            return Manifest;
        })();

        shadowfs.Entry = (function() {

            /**
             * Properties of an Entry.
             * @typedef {Object} arrow.shadowfs.Entry.$Properties
             * @property {string|null} [path] Entry path
             * @property {number|null} [type] Entry type
             * @property {number|null} [mode] Entry mode
             * @property {number|null} [size] Entry size
             * @property {number|null} [mtimeSec] Entry mtimeSec
             * @property {number|null} [mtimeNsec] Entry mtimeNsec
             * @property {Array.<arrow.shadowfs.ChunkRef.$Properties>|null} [chunks] Entry chunks
             * @property {string|null} [target] Entry target
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Entry.
             * @memberof arrow.shadowfs
             * @interface IEntry
             * @augments arrow.shadowfs.Entry.$Properties
             * @deprecated Use arrow.shadowfs.Entry.$Properties instead.
             */

            /**
             * Shape of an Entry.
             * @typedef {arrow.shadowfs.Entry.$Properties} arrow.shadowfs.Entry.$Shape
             */

            /**
             * Constructs a new Entry.
             * @memberof arrow.shadowfs
             * @classdesc Represents an Entry.
             * @constructor
             * @param {arrow.shadowfs.Entry.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Entry = function (p) {
                this.chunks = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Entry path.
             * @member {string} path
             * @memberof arrow.shadowfs.Entry
             * @instance
             */
            Entry.prototype.path = "";

            /**
             * Entry type.
             * @member {number} type
             * @memberof arrow.shadowfs.Entry
             * @instance
             */
            Entry.prototype.type = 0;

            /**
             * Entry mode.
             * @member {number} mode
             * @memberof arrow.shadowfs.Entry
             * @instance
             */
            Entry.prototype.mode = 0;

            /**
             * Entry size.
             * @member {number} size
             * @memberof arrow.shadowfs.Entry
             * @instance
             */
            Entry.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Entry mtimeSec.
             * @member {number} mtimeSec
             * @memberof arrow.shadowfs.Entry
             * @instance
             */
            Entry.prototype.mtimeSec = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Entry mtimeNsec.
             * @member {number} mtimeNsec
             * @memberof arrow.shadowfs.Entry
             * @instance
             */
            Entry.prototype.mtimeNsec = 0;

            /**
             * Entry chunks.
             * @member {Array.<arrow.shadowfs.ChunkRef.$Properties>} chunks
             * @memberof arrow.shadowfs.Entry
             * @instance
             */
            Entry.prototype.chunks = $util.emptyArray;

            /**
             * Entry target.
             * @member {string} target
             * @memberof arrow.shadowfs.Entry
             * @instance
             */
            Entry.prototype.target = "";

            /**
             * Creates a new Entry instance using the specified properties.
             * @function create
             * @memberof arrow.shadowfs.Entry
             * @static
             * @param {arrow.shadowfs.Entry.$Properties=} [properties] Properties to set
             * @returns {arrow.shadowfs.Entry} Entry instance
             * @type {{
             *   (properties: arrow.shadowfs.Entry.$Shape): arrow.shadowfs.Entry & arrow.shadowfs.Entry.$Shape;
             *   (properties?: arrow.shadowfs.Entry.$Properties): arrow.shadowfs.Entry;
             * }}
             */
            Entry.create = function(properties) {
                return new Entry(properties);
            };

            /**
             * Encodes the specified Entry message. Does not implicitly {@link arrow.shadowfs.Entry.verify|verify} messages.
             * @function encode
             * @memberof arrow.shadowfs.Entry
             * @static
             * @param {arrow.shadowfs.Entry.$Properties} m Entry message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Entry.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.path != null && $Object.hasOwnProperty.call(m, "path") && m.path !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.path);
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.type);
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode") && m.mode !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.mode);
                if (m.size != null && $Object.hasOwnProperty.call(m, "size") && (typeof m.size === "object" ? m.size.low || m.size.high : m.size !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.size);
                if (m.mtimeSec != null && $Object.hasOwnProperty.call(m, "mtimeSec") && (typeof m.mtimeSec === "object" ? m.mtimeSec.low || m.mtimeSec.high : m.mtimeSec !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.mtimeSec);
                if (m.mtimeNsec != null && $Object.hasOwnProperty.call(m, "mtimeNsec") && m.mtimeNsec !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.mtimeNsec);
                if (m.chunks != null && m.chunks.length) {
                    for (var i = 0; i < m.chunks.length; ++i)
                        $root.arrow.shadowfs.ChunkRef.encode(m.chunks[i], w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                }
                if (m.target != null && $Object.hasOwnProperty.call(m, "target") && m.target !== "")
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.target);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Entry message, length delimited. Does not implicitly {@link arrow.shadowfs.Entry.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.shadowfs.Entry
             * @static
             * @param {arrow.shadowfs.Entry.$Properties} message Entry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Entry.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Entry message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.shadowfs.Entry
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.shadowfs.Entry & arrow.shadowfs.Entry.$Shape} Entry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Entry.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.shadowfs.Entry();
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
                                m.path = v;
                            else
                                delete m.path;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.mode = v;
                            else
                                delete m.mode;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.size = v;
                            else
                                delete m.size;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.mtimeSec = v;
                            else
                                delete m.mtimeSec;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.mtimeNsec = v;
                            else
                                delete m.mtimeNsec;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if (!(m.chunks && m.chunks.length))
                                m.chunks = [];
                            m.chunks.push($root.arrow.shadowfs.ChunkRef.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.target = v;
                            else
                                delete m.target;
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
             * Decodes an Entry message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.shadowfs.Entry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.shadowfs.Entry & arrow.shadowfs.Entry.$Shape} Entry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Entry.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Entry message.
             * @function verify
             * @memberof arrow.shadowfs.Entry
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Entry.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                    if (!$util.isString(m.path))
                        return "path: string expected";
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    if (!$util.isInteger(m.type))
                        return "type: integer expected";
                }
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode")) {
                    if (!$util.isInteger(m.mode))
                        return "mode: integer expected";
                }
                if (m.size != null && $Object.hasOwnProperty.call(m, "size")) {
                    if (!$util.isInteger(m.size) && !(m.size && $util.isInteger(m.size.low) && $util.isInteger(m.size.high)))
                        return "size: integer|Long expected";
                }
                if (m.mtimeSec != null && $Object.hasOwnProperty.call(m, "mtimeSec")) {
                    if (!$util.isInteger(m.mtimeSec) && !(m.mtimeSec && $util.isInteger(m.mtimeSec.low) && $util.isInteger(m.mtimeSec.high)))
                        return "mtimeSec: integer|Long expected";
                }
                if (m.mtimeNsec != null && $Object.hasOwnProperty.call(m, "mtimeNsec")) {
                    if (!$util.isInteger(m.mtimeNsec))
                        return "mtimeNsec: integer expected";
                }
                if (m.chunks != null && $Object.hasOwnProperty.call(m, "chunks")) {
                    if (!$Array.isArray(m.chunks))
                        return "chunks: array expected";
                    for (var i = 0; i < m.chunks.length; ++i) {
                        {
                            var e = $root.arrow.shadowfs.ChunkRef.verify(m.chunks[i], q + 1);
                            if (e)
                                return "chunks." + e;
                        }
                    }
                }
                if (m.target != null && $Object.hasOwnProperty.call(m, "target")) {
                    if (!$util.isString(m.target))
                        return "target: string expected";
                }
                return null;
            };

            /**
             * Creates an Entry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.shadowfs.Entry
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.shadowfs.Entry} Entry
             */
            Entry.fromObject = function (d, q) {
                if (d instanceof $root.arrow.shadowfs.Entry)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.shadowfs.Entry: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.shadowfs.Entry();
                if (d.path != null) {
                    if (typeof d.path !== "string" || d.path.length) {
                        m.path = $String(d.path);
                    }
                }
                if (d.type != null) {
                    if ($Number(d.type) !== 0) {
                        m.type = d.type >>> 0;
                    }
                }
                if (d.mode != null) {
                    if ($Number(d.mode) !== 0) {
                        m.mode = d.mode >>> 0;
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
                if (d.mtimeSec != null) {
                    if (typeof d.mtimeSec === "object" ? d.mtimeSec.low || d.mtimeSec.high : $Number(d.mtimeSec) !== 0) {
                        if ($util.Long)
                            m.mtimeSec = $util.Long.fromValue(d.mtimeSec, false);
                        else if (typeof d.mtimeSec === "string")
                            m.mtimeSec = $parseInt(d.mtimeSec, 10);
                        else if (typeof d.mtimeSec === "number")
                            m.mtimeSec = d.mtimeSec;
                        else if (typeof d.mtimeSec === "object")
                            m.mtimeSec = new $util.LongBits(d.mtimeSec.low >>> 0, d.mtimeSec.high >>> 0).toNumber();
                    }
                }
                if (d.mtimeNsec != null) {
                    if ($Number(d.mtimeNsec) !== 0) {
                        m.mtimeNsec = d.mtimeNsec >>> 0;
                    }
                }
                if (d.chunks) {
                    if (!$Array.isArray(d.chunks))
                        throw $TypeError(".arrow.shadowfs.Entry.chunks: array expected");
                    m.chunks = $Array(d.chunks.length);
                    for (var i = 0; i < d.chunks.length; ++i) {
                        if (!$util.isObject(d.chunks[i]))
                            throw $TypeError(".arrow.shadowfs.Entry.chunks: object expected");
                        m.chunks[i] = $root.arrow.shadowfs.ChunkRef.fromObject(d.chunks[i], q + 1);
                    }
                }
                if (d.target != null) {
                    if (typeof d.target !== "string" || d.target.length) {
                        m.target = $String(d.target);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Entry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.shadowfs.Entry
             * @static
             * @param {arrow.shadowfs.Entry} m Entry
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Entry.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.chunks = [];
                }
                if (o.defaults) {
                    d.path = "";
                    d.type = 0;
                    d.mode = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.size = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.size = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.mtimeSec = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.mtimeSec = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.mtimeNsec = 0;
                    d.target = "";
                }
                if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                    d.path = m.path;
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    d.type = m.type;
                }
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode")) {
                    d.mode = m.mode;
                }
                if (m.size != null && $Object.hasOwnProperty.call(m, "size")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.size = typeof m.size === "number" ? $BigInt(m.size) : $util.Long.fromBits(m.size.low >>> 0, m.size.high >>> 0, true).toBigInt();
                    else if (typeof m.size === "number")
                        d.size = o.longs === $String ? $String(m.size) : m.size;
                    else
                        d.size = o.longs === $String ? $util.Long.prototype.toString.call(m.size) : o.longs === $Number ? new $util.LongBits(m.size.low >>> 0, m.size.high >>> 0).toNumber(true) : m.size;
                }
                if (m.mtimeSec != null && $Object.hasOwnProperty.call(m, "mtimeSec")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.mtimeSec = typeof m.mtimeSec === "number" ? $BigInt(m.mtimeSec) : $util.Long.fromBits(m.mtimeSec.low >>> 0, m.mtimeSec.high >>> 0, false).toBigInt();
                    else if (typeof m.mtimeSec === "number")
                        d.mtimeSec = o.longs === $String ? $String(m.mtimeSec) : m.mtimeSec;
                    else
                        d.mtimeSec = o.longs === $String ? $util.Long.prototype.toString.call(m.mtimeSec) : o.longs === $Number ? new $util.LongBits(m.mtimeSec.low >>> 0, m.mtimeSec.high >>> 0).toNumber() : m.mtimeSec;
                }
                if (m.mtimeNsec != null && $Object.hasOwnProperty.call(m, "mtimeNsec")) {
                    d.mtimeNsec = m.mtimeNsec;
                }
                if (m.chunks && m.chunks.length) {
                    d.chunks = $Array(m.chunks.length);
                    for (var j = 0; j < m.chunks.length; ++j) {
                        d.chunks[j] = $root.arrow.shadowfs.ChunkRef.toObject(m.chunks[j], o, q + 1);
                    }
                }
                if (m.target != null && $Object.hasOwnProperty.call(m, "target")) {
                    d.target = m.target;
                }
                return d;
            };

            /**
             * Converts this Entry to JSON.
             * @function toJSON
             * @memberof arrow.shadowfs.Entry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Entry.prototype.toJSON = function() {
                return Entry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Entry
             * @function getTypeUrl
             * @memberof arrow.shadowfs.Entry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Entry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.shadowfs.Entry";
            };

            return Entry;
        })();

        shadowfs.ChunkRef = (function() {

            /**
             * Properties of a ChunkRef.
             * @typedef {Object} arrow.shadowfs.ChunkRef.$Properties
             * @property {Uint8Array|null} [sha256] ChunkRef sha256
             * @property {number|null} [size] ChunkRef size
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChunkRef.
             * @memberof arrow.shadowfs
             * @interface IChunkRef
             * @augments arrow.shadowfs.ChunkRef.$Properties
             * @deprecated Use arrow.shadowfs.ChunkRef.$Properties instead.
             */

            /**
             * Shape of a ChunkRef.
             * @typedef {arrow.shadowfs.ChunkRef.$Properties} arrow.shadowfs.ChunkRef.$Shape
             */

            /**
             * Constructs a new ChunkRef.
             * @memberof arrow.shadowfs
             * @classdesc Represents a ChunkRef.
             * @constructor
             * @param {arrow.shadowfs.ChunkRef.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChunkRef = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ChunkRef sha256.
             * @member {Uint8Array} sha256
             * @memberof arrow.shadowfs.ChunkRef
             * @instance
             */
            ChunkRef.prototype.sha256 = $util.newBuffer([]);

            /**
             * ChunkRef size.
             * @member {number} size
             * @memberof arrow.shadowfs.ChunkRef
             * @instance
             */
            ChunkRef.prototype.size = 0;

            /**
             * Creates a new ChunkRef instance using the specified properties.
             * @function create
             * @memberof arrow.shadowfs.ChunkRef
             * @static
             * @param {arrow.shadowfs.ChunkRef.$Properties=} [properties] Properties to set
             * @returns {arrow.shadowfs.ChunkRef} ChunkRef instance
             * @type {{
             *   (properties: arrow.shadowfs.ChunkRef.$Shape): arrow.shadowfs.ChunkRef & arrow.shadowfs.ChunkRef.$Shape;
             *   (properties?: arrow.shadowfs.ChunkRef.$Properties): arrow.shadowfs.ChunkRef;
             * }}
             */
            ChunkRef.create = function(properties) {
                return new ChunkRef(properties);
            };

            /**
             * Encodes the specified ChunkRef message. Does not implicitly {@link arrow.shadowfs.ChunkRef.verify|verify} messages.
             * @function encode
             * @memberof arrow.shadowfs.ChunkRef
             * @static
             * @param {arrow.shadowfs.ChunkRef.$Properties} m ChunkRef message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChunkRef.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256") && m.sha256.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.sha256);
                if (m.size != null && $Object.hasOwnProperty.call(m, "size") && m.size !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.size);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ChunkRef message, length delimited. Does not implicitly {@link arrow.shadowfs.ChunkRef.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.shadowfs.ChunkRef
             * @static
             * @param {arrow.shadowfs.ChunkRef.$Properties} message ChunkRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChunkRef.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ChunkRef message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.shadowfs.ChunkRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.shadowfs.ChunkRef & arrow.shadowfs.ChunkRef.$Shape} ChunkRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChunkRef.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.shadowfs.ChunkRef();
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
                                m.sha256 = v;
                            else
                                delete m.sha256;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.size = v;
                            else
                                delete m.size;
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
             * Decodes a ChunkRef message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.shadowfs.ChunkRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.shadowfs.ChunkRef & arrow.shadowfs.ChunkRef.$Shape} ChunkRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChunkRef.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ChunkRef message.
             * @function verify
             * @memberof arrow.shadowfs.ChunkRef
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ChunkRef.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256")) {
                    if (!(m.sha256 && typeof m.sha256.length === "number" || $util.isString(m.sha256)))
                        return "sha256: buffer expected";
                }
                if (m.size != null && $Object.hasOwnProperty.call(m, "size")) {
                    if (!$util.isInteger(m.size))
                        return "size: integer expected";
                }
                return null;
            };

            /**
             * Creates a ChunkRef message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.shadowfs.ChunkRef
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.shadowfs.ChunkRef} ChunkRef
             */
            ChunkRef.fromObject = function (d, q) {
                if (d instanceof $root.arrow.shadowfs.ChunkRef)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.shadowfs.ChunkRef: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.shadowfs.ChunkRef();
                if (d.sha256 != null) {
                    if (d.sha256.length) {
                        if (typeof d.sha256 === "string")
                            $util.base64.decode(d.sha256, m.sha256 = $util.newBuffer($util.base64.length(d.sha256)), 0);
                        else if (d.sha256.length >= 0)
                            m.sha256 = d.sha256;
                    }
                }
                if (d.size != null) {
                    if ($Number(d.size) !== 0) {
                        m.size = d.size >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ChunkRef message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.shadowfs.ChunkRef
             * @static
             * @param {arrow.shadowfs.ChunkRef} m ChunkRef
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ChunkRef.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.sha256 = "";
                    else {
                        d.sha256 = [];
                        if (o.bytes !== $Array)
                            d.sha256 = $util.newBuffer(d.sha256);
                    }
                    d.size = 0;
                }
                if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256")) {
                    d.sha256 = o.bytes === $String ? $util.base64.encode(m.sha256, 0, m.sha256.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.sha256) : m.sha256;
                }
                if (m.size != null && $Object.hasOwnProperty.call(m, "size")) {
                    d.size = m.size;
                }
                return d;
            };

            /**
             * Converts this ChunkRef to JSON.
             * @function toJSON
             * @memberof arrow.shadowfs.ChunkRef
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ChunkRef.prototype.toJSON = function() {
                return ChunkRef.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ChunkRef
             * @function getTypeUrl
             * @memberof arrow.shadowfs.ChunkRef
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ChunkRef.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.shadowfs.ChunkRef";
            };

            return ChunkRef;
        })();

        shadowfs.SnapshotRecord = (function() {

            /**
             * Properties of a SnapshotRecord.
             * @typedef {Object} arrow.shadowfs.SnapshotRecord.$Properties
             * @property {number|null} [seq] SnapshotRecord seq
             * @property {string|null} [manifest] SnapshotRecord manifest
             * @property {number|null} [createdMs] SnapshotRecord createdMs
             * @property {number|null} [logicalBytes] SnapshotRecord logicalBytes
             * @property {number|null} [newBytes] SnapshotRecord newBytes
             * @property {number|null} [entries] SnapshotRecord entries
             * @property {number|null} [chunks] SnapshotRecord chunks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotRecord.
             * @memberof arrow.shadowfs
             * @interface ISnapshotRecord
             * @augments arrow.shadowfs.SnapshotRecord.$Properties
             * @deprecated Use arrow.shadowfs.SnapshotRecord.$Properties instead.
             */

            /**
             * Shape of a SnapshotRecord.
             * @typedef {arrow.shadowfs.SnapshotRecord.$Properties} arrow.shadowfs.SnapshotRecord.$Shape
             */

            /**
             * Constructs a new SnapshotRecord.
             * @memberof arrow.shadowfs
             * @classdesc Represents a SnapshotRecord.
             * @constructor
             * @param {arrow.shadowfs.SnapshotRecord.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotRecord = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SnapshotRecord seq.
             * @member {number} seq
             * @memberof arrow.shadowfs.SnapshotRecord
             * @instance
             */
            SnapshotRecord.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotRecord manifest.
             * @member {string} manifest
             * @memberof arrow.shadowfs.SnapshotRecord
             * @instance
             */
            SnapshotRecord.prototype.manifest = "";

            /**
             * SnapshotRecord createdMs.
             * @member {number} createdMs
             * @memberof arrow.shadowfs.SnapshotRecord
             * @instance
             */
            SnapshotRecord.prototype.createdMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotRecord logicalBytes.
             * @member {number} logicalBytes
             * @memberof arrow.shadowfs.SnapshotRecord
             * @instance
             */
            SnapshotRecord.prototype.logicalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotRecord newBytes.
             * @member {number} newBytes
             * @memberof arrow.shadowfs.SnapshotRecord
             * @instance
             */
            SnapshotRecord.prototype.newBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotRecord entries.
             * @member {number} entries
             * @memberof arrow.shadowfs.SnapshotRecord
             * @instance
             */
            SnapshotRecord.prototype.entries = 0;

            /**
             * SnapshotRecord chunks.
             * @member {number} chunks
             * @memberof arrow.shadowfs.SnapshotRecord
             * @instance
             */
            SnapshotRecord.prototype.chunks = 0;

            /**
             * Creates a new SnapshotRecord instance using the specified properties.
             * @function create
             * @memberof arrow.shadowfs.SnapshotRecord
             * @static
             * @param {arrow.shadowfs.SnapshotRecord.$Properties=} [properties] Properties to set
             * @returns {arrow.shadowfs.SnapshotRecord} SnapshotRecord instance
             * @type {{
             *   (properties: arrow.shadowfs.SnapshotRecord.$Shape): arrow.shadowfs.SnapshotRecord & arrow.shadowfs.SnapshotRecord.$Shape;
             *   (properties?: arrow.shadowfs.SnapshotRecord.$Properties): arrow.shadowfs.SnapshotRecord;
             * }}
             */
            SnapshotRecord.create = function(properties) {
                return new SnapshotRecord(properties);
            };

            /**
             * Encodes the specified SnapshotRecord message. Does not implicitly {@link arrow.shadowfs.SnapshotRecord.verify|verify} messages.
             * @function encode
             * @memberof arrow.shadowfs.SnapshotRecord
             * @static
             * @param {arrow.shadowfs.SnapshotRecord.$Properties} m SnapshotRecord message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotRecord.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.seq);
                if (m.manifest != null && $Object.hasOwnProperty.call(m, "manifest") && m.manifest !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.manifest);
                if (m.createdMs != null && $Object.hasOwnProperty.call(m, "createdMs") && (typeof m.createdMs === "object" ? m.createdMs.low || m.createdMs.high : m.createdMs !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.createdMs);
                if (m.logicalBytes != null && $Object.hasOwnProperty.call(m, "logicalBytes") && (typeof m.logicalBytes === "object" ? m.logicalBytes.low || m.logicalBytes.high : m.logicalBytes !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.logicalBytes);
                if (m.newBytes != null && $Object.hasOwnProperty.call(m, "newBytes") && (typeof m.newBytes === "object" ? m.newBytes.low || m.newBytes.high : m.newBytes !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).uint64(m.newBytes);
                if (m.entries != null && $Object.hasOwnProperty.call(m, "entries") && m.entries !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.entries);
                if (m.chunks != null && $Object.hasOwnProperty.call(m, "chunks") && m.chunks !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).uint32(m.chunks);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SnapshotRecord message, length delimited. Does not implicitly {@link arrow.shadowfs.SnapshotRecord.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.shadowfs.SnapshotRecord
             * @static
             * @param {arrow.shadowfs.SnapshotRecord.$Properties} message SnapshotRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotRecord.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SnapshotRecord message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.shadowfs.SnapshotRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.shadowfs.SnapshotRecord & arrow.shadowfs.SnapshotRecord.$Shape} SnapshotRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotRecord.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.shadowfs.SnapshotRecord();
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
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.manifest = v;
                            else
                                delete m.manifest;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.createdMs = v;
                            else
                                delete m.createdMs;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.logicalBytes = v;
                            else
                                delete m.logicalBytes;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.newBytes = v;
                            else
                                delete m.newBytes;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.entries = v;
                            else
                                delete m.entries;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
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
             * Decodes a SnapshotRecord message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.shadowfs.SnapshotRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.shadowfs.SnapshotRecord & arrow.shadowfs.SnapshotRecord.$Shape} SnapshotRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotRecord.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SnapshotRecord message.
             * @function verify
             * @memberof arrow.shadowfs.SnapshotRecord
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SnapshotRecord.verify = function (m, q) {
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
                if (m.manifest != null && $Object.hasOwnProperty.call(m, "manifest")) {
                    if (!$util.isString(m.manifest))
                        return "manifest: string expected";
                }
                if (m.createdMs != null && $Object.hasOwnProperty.call(m, "createdMs")) {
                    if (!$util.isInteger(m.createdMs) && !(m.createdMs && $util.isInteger(m.createdMs.low) && $util.isInteger(m.createdMs.high)))
                        return "createdMs: integer|Long expected";
                }
                if (m.logicalBytes != null && $Object.hasOwnProperty.call(m, "logicalBytes")) {
                    if (!$util.isInteger(m.logicalBytes) && !(m.logicalBytes && $util.isInteger(m.logicalBytes.low) && $util.isInteger(m.logicalBytes.high)))
                        return "logicalBytes: integer|Long expected";
                }
                if (m.newBytes != null && $Object.hasOwnProperty.call(m, "newBytes")) {
                    if (!$util.isInteger(m.newBytes) && !(m.newBytes && $util.isInteger(m.newBytes.low) && $util.isInteger(m.newBytes.high)))
                        return "newBytes: integer|Long expected";
                }
                if (m.entries != null && $Object.hasOwnProperty.call(m, "entries")) {
                    if (!$util.isInteger(m.entries))
                        return "entries: integer expected";
                }
                if (m.chunks != null && $Object.hasOwnProperty.call(m, "chunks")) {
                    if (!$util.isInteger(m.chunks))
                        return "chunks: integer expected";
                }
                return null;
            };

            /**
             * Creates a SnapshotRecord message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.shadowfs.SnapshotRecord
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.shadowfs.SnapshotRecord} SnapshotRecord
             */
            SnapshotRecord.fromObject = function (d, q) {
                if (d instanceof $root.arrow.shadowfs.SnapshotRecord)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.shadowfs.SnapshotRecord: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.shadowfs.SnapshotRecord();
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
                if (d.manifest != null) {
                    if (typeof d.manifest !== "string" || d.manifest.length) {
                        m.manifest = $String(d.manifest);
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
                if (d.logicalBytes != null) {
                    if (typeof d.logicalBytes === "object" ? d.logicalBytes.low || d.logicalBytes.high : $Number(d.logicalBytes) !== 0) {
                        if ($util.Long)
                            m.logicalBytes = $util.Long.fromValue(d.logicalBytes, true);
                        else if (typeof d.logicalBytes === "string")
                            m.logicalBytes = $parseInt(d.logicalBytes, 10);
                        else if (typeof d.logicalBytes === "number")
                            m.logicalBytes = d.logicalBytes;
                        else if (typeof d.logicalBytes === "object")
                            m.logicalBytes = new $util.LongBits(d.logicalBytes.low >>> 0, d.logicalBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.newBytes != null) {
                    if (typeof d.newBytes === "object" ? d.newBytes.low || d.newBytes.high : $Number(d.newBytes) !== 0) {
                        if ($util.Long)
                            m.newBytes = $util.Long.fromValue(d.newBytes, true);
                        else if (typeof d.newBytes === "string")
                            m.newBytes = $parseInt(d.newBytes, 10);
                        else if (typeof d.newBytes === "number")
                            m.newBytes = d.newBytes;
                        else if (typeof d.newBytes === "object")
                            m.newBytes = new $util.LongBits(d.newBytes.low >>> 0, d.newBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.entries != null) {
                    if ($Number(d.entries) !== 0) {
                        m.entries = d.entries >>> 0;
                    }
                }
                if (d.chunks != null) {
                    if ($Number(d.chunks) !== 0) {
                        m.chunks = d.chunks >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SnapshotRecord message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.shadowfs.SnapshotRecord
             * @static
             * @param {arrow.shadowfs.SnapshotRecord} m SnapshotRecord
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SnapshotRecord.toObject = function (m, o, q) {
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
                    d.manifest = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.createdMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.createdMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.logicalBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.logicalBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.newBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.newBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.entries = 0;
                    d.chunks = 0;
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.seq = typeof m.seq === "number" ? $BigInt(m.seq) : $util.Long.fromBits(m.seq.low >>> 0, m.seq.high >>> 0, true).toBigInt();
                    else if (typeof m.seq === "number")
                        d.seq = o.longs === $String ? $String(m.seq) : m.seq;
                    else
                        d.seq = o.longs === $String ? $util.Long.prototype.toString.call(m.seq) : o.longs === $Number ? new $util.LongBits(m.seq.low >>> 0, m.seq.high >>> 0).toNumber(true) : m.seq;
                }
                if (m.manifest != null && $Object.hasOwnProperty.call(m, "manifest")) {
                    d.manifest = m.manifest;
                }
                if (m.createdMs != null && $Object.hasOwnProperty.call(m, "createdMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.createdMs = typeof m.createdMs === "number" ? $BigInt(m.createdMs) : $util.Long.fromBits(m.createdMs.low >>> 0, m.createdMs.high >>> 0, true).toBigInt();
                    else if (typeof m.createdMs === "number")
                        d.createdMs = o.longs === $String ? $String(m.createdMs) : m.createdMs;
                    else
                        d.createdMs = o.longs === $String ? $util.Long.prototype.toString.call(m.createdMs) : o.longs === $Number ? new $util.LongBits(m.createdMs.low >>> 0, m.createdMs.high >>> 0).toNumber(true) : m.createdMs;
                }
                if (m.logicalBytes != null && $Object.hasOwnProperty.call(m, "logicalBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.logicalBytes = typeof m.logicalBytes === "number" ? $BigInt(m.logicalBytes) : $util.Long.fromBits(m.logicalBytes.low >>> 0, m.logicalBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.logicalBytes === "number")
                        d.logicalBytes = o.longs === $String ? $String(m.logicalBytes) : m.logicalBytes;
                    else
                        d.logicalBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.logicalBytes) : o.longs === $Number ? new $util.LongBits(m.logicalBytes.low >>> 0, m.logicalBytes.high >>> 0).toNumber(true) : m.logicalBytes;
                }
                if (m.newBytes != null && $Object.hasOwnProperty.call(m, "newBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.newBytes = typeof m.newBytes === "number" ? $BigInt(m.newBytes) : $util.Long.fromBits(m.newBytes.low >>> 0, m.newBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.newBytes === "number")
                        d.newBytes = o.longs === $String ? $String(m.newBytes) : m.newBytes;
                    else
                        d.newBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.newBytes) : o.longs === $Number ? new $util.LongBits(m.newBytes.low >>> 0, m.newBytes.high >>> 0).toNumber(true) : m.newBytes;
                }
                if (m.entries != null && $Object.hasOwnProperty.call(m, "entries")) {
                    d.entries = m.entries;
                }
                if (m.chunks != null && $Object.hasOwnProperty.call(m, "chunks")) {
                    d.chunks = m.chunks;
                }
                return d;
            };

            /**
             * Converts this SnapshotRecord to JSON.
             * @function toJSON
             * @memberof arrow.shadowfs.SnapshotRecord
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SnapshotRecord.prototype.toJSON = function() {
                return SnapshotRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SnapshotRecord
             * @function getTypeUrl
             * @memberof arrow.shadowfs.SnapshotRecord
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SnapshotRecord.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.shadowfs.SnapshotRecord";
            };

            return SnapshotRecord;
        })();

        shadowfs.VolumeRecord = (function() {

            /**
             * Properties of a VolumeRecord.
             * @typedef {Object} arrow.shadowfs.VolumeRecord.$Properties
             * @property {number|null} [nextSeq] VolumeRecord nextSeq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VolumeRecord.
             * @memberof arrow.shadowfs
             * @interface IVolumeRecord
             * @augments arrow.shadowfs.VolumeRecord.$Properties
             * @deprecated Use arrow.shadowfs.VolumeRecord.$Properties instead.
             */

            /**
             * Shape of a VolumeRecord.
             * @typedef {arrow.shadowfs.VolumeRecord.$Properties} arrow.shadowfs.VolumeRecord.$Shape
             */

            /**
             * Constructs a new VolumeRecord.
             * @memberof arrow.shadowfs
             * @classdesc Represents a VolumeRecord.
             * @constructor
             * @param {arrow.shadowfs.VolumeRecord.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VolumeRecord = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VolumeRecord nextSeq.
             * @member {number} nextSeq
             * @memberof arrow.shadowfs.VolumeRecord
             * @instance
             */
            VolumeRecord.prototype.nextSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new VolumeRecord instance using the specified properties.
             * @function create
             * @memberof arrow.shadowfs.VolumeRecord
             * @static
             * @param {arrow.shadowfs.VolumeRecord.$Properties=} [properties] Properties to set
             * @returns {arrow.shadowfs.VolumeRecord} VolumeRecord instance
             * @type {{
             *   (properties: arrow.shadowfs.VolumeRecord.$Shape): arrow.shadowfs.VolumeRecord & arrow.shadowfs.VolumeRecord.$Shape;
             *   (properties?: arrow.shadowfs.VolumeRecord.$Properties): arrow.shadowfs.VolumeRecord;
             * }}
             */
            VolumeRecord.create = function(properties) {
                return new VolumeRecord(properties);
            };

            /**
             * Encodes the specified VolumeRecord message. Does not implicitly {@link arrow.shadowfs.VolumeRecord.verify|verify} messages.
             * @function encode
             * @memberof arrow.shadowfs.VolumeRecord
             * @static
             * @param {arrow.shadowfs.VolumeRecord.$Properties} m VolumeRecord message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VolumeRecord.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nextSeq != null && $Object.hasOwnProperty.call(m, "nextSeq") && (typeof m.nextSeq === "object" ? m.nextSeq.low || m.nextSeq.high : m.nextSeq !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.nextSeq);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified VolumeRecord message, length delimited. Does not implicitly {@link arrow.shadowfs.VolumeRecord.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.shadowfs.VolumeRecord
             * @static
             * @param {arrow.shadowfs.VolumeRecord.$Properties} message VolumeRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VolumeRecord.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a VolumeRecord message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.shadowfs.VolumeRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.shadowfs.VolumeRecord & arrow.shadowfs.VolumeRecord.$Shape} VolumeRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VolumeRecord.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.shadowfs.VolumeRecord();
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
                                m.nextSeq = v;
                            else
                                delete m.nextSeq;
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
             * Decodes a VolumeRecord message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.shadowfs.VolumeRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.shadowfs.VolumeRecord & arrow.shadowfs.VolumeRecord.$Shape} VolumeRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VolumeRecord.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a VolumeRecord message.
             * @function verify
             * @memberof arrow.shadowfs.VolumeRecord
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VolumeRecord.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.nextSeq != null && $Object.hasOwnProperty.call(m, "nextSeq")) {
                    if (!$util.isInteger(m.nextSeq) && !(m.nextSeq && $util.isInteger(m.nextSeq.low) && $util.isInteger(m.nextSeq.high)))
                        return "nextSeq: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a VolumeRecord message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.shadowfs.VolumeRecord
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.shadowfs.VolumeRecord} VolumeRecord
             */
            VolumeRecord.fromObject = function (d, q) {
                if (d instanceof $root.arrow.shadowfs.VolumeRecord)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.shadowfs.VolumeRecord: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.shadowfs.VolumeRecord();
                if (d.nextSeq != null) {
                    if (typeof d.nextSeq === "object" ? d.nextSeq.low || d.nextSeq.high : $Number(d.nextSeq) !== 0) {
                        if ($util.Long)
                            m.nextSeq = $util.Long.fromValue(d.nextSeq, true);
                        else if (typeof d.nextSeq === "string")
                            m.nextSeq = $parseInt(d.nextSeq, 10);
                        else if (typeof d.nextSeq === "number")
                            m.nextSeq = d.nextSeq;
                        else if (typeof d.nextSeq === "object")
                            m.nextSeq = new $util.LongBits(d.nextSeq.low >>> 0, d.nextSeq.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a VolumeRecord message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.shadowfs.VolumeRecord
             * @static
             * @param {arrow.shadowfs.VolumeRecord} m VolumeRecord
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VolumeRecord.toObject = function (m, o, q) {
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
                        d.nextSeq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.nextSeq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.nextSeq != null && $Object.hasOwnProperty.call(m, "nextSeq")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.nextSeq = typeof m.nextSeq === "number" ? $BigInt(m.nextSeq) : $util.Long.fromBits(m.nextSeq.low >>> 0, m.nextSeq.high >>> 0, true).toBigInt();
                    else if (typeof m.nextSeq === "number")
                        d.nextSeq = o.longs === $String ? $String(m.nextSeq) : m.nextSeq;
                    else
                        d.nextSeq = o.longs === $String ? $util.Long.prototype.toString.call(m.nextSeq) : o.longs === $Number ? new $util.LongBits(m.nextSeq.low >>> 0, m.nextSeq.high >>> 0).toNumber(true) : m.nextSeq;
                }
                return d;
            };

            /**
             * Converts this VolumeRecord to JSON.
             * @function toJSON
             * @memberof arrow.shadowfs.VolumeRecord
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VolumeRecord.prototype.toJSON = function() {
                return VolumeRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VolumeRecord
             * @function getTypeUrl
             * @memberof arrow.shadowfs.VolumeRecord
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VolumeRecord.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.shadowfs.VolumeRecord";
            };

            return VolumeRecord;
        })();

        shadowfs.PendingRelease = (function() {

            /**
             * Properties of a PendingRelease.
             * @typedef {Object} arrow.shadowfs.PendingRelease.$Properties
             * @property {Array.<string>|null} [manifests] PendingRelease manifests
             * @property {string|null} [volume] PendingRelease volume
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PendingRelease.
             * @memberof arrow.shadowfs
             * @interface IPendingRelease
             * @augments arrow.shadowfs.PendingRelease.$Properties
             * @deprecated Use arrow.shadowfs.PendingRelease.$Properties instead.
             */

            /**
             * Shape of a PendingRelease.
             * @typedef {arrow.shadowfs.PendingRelease.$Properties} arrow.shadowfs.PendingRelease.$Shape
             */

            /**
             * Constructs a new PendingRelease.
             * @memberof arrow.shadowfs
             * @classdesc Represents a PendingRelease.
             * @constructor
             * @param {arrow.shadowfs.PendingRelease.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PendingRelease = function (p) {
                this.manifests = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PendingRelease manifests.
             * @member {Array.<string>} manifests
             * @memberof arrow.shadowfs.PendingRelease
             * @instance
             */
            PendingRelease.prototype.manifests = $util.emptyArray;

            /**
             * PendingRelease volume.
             * @member {string} volume
             * @memberof arrow.shadowfs.PendingRelease
             * @instance
             */
            PendingRelease.prototype.volume = "";

            /**
             * Creates a new PendingRelease instance using the specified properties.
             * @function create
             * @memberof arrow.shadowfs.PendingRelease
             * @static
             * @param {arrow.shadowfs.PendingRelease.$Properties=} [properties] Properties to set
             * @returns {arrow.shadowfs.PendingRelease} PendingRelease instance
             * @type {{
             *   (properties: arrow.shadowfs.PendingRelease.$Shape): arrow.shadowfs.PendingRelease & arrow.shadowfs.PendingRelease.$Shape;
             *   (properties?: arrow.shadowfs.PendingRelease.$Properties): arrow.shadowfs.PendingRelease;
             * }}
             */
            PendingRelease.create = function(properties) {
                return new PendingRelease(properties);
            };

            /**
             * Encodes the specified PendingRelease message. Does not implicitly {@link arrow.shadowfs.PendingRelease.verify|verify} messages.
             * @function encode
             * @memberof arrow.shadowfs.PendingRelease
             * @static
             * @param {arrow.shadowfs.PendingRelease.$Properties} m PendingRelease message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PendingRelease.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.manifests != null && m.manifests.length) {
                    for (var i = 0; i < m.manifests.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.manifests[i]);
                }
                if (m.volume != null && $Object.hasOwnProperty.call(m, "volume") && m.volume !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.volume);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified PendingRelease message, length delimited. Does not implicitly {@link arrow.shadowfs.PendingRelease.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.shadowfs.PendingRelease
             * @static
             * @param {arrow.shadowfs.PendingRelease.$Properties} message PendingRelease message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PendingRelease.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PendingRelease message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.shadowfs.PendingRelease
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.shadowfs.PendingRelease & arrow.shadowfs.PendingRelease.$Shape} PendingRelease
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PendingRelease.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.shadowfs.PendingRelease();
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
                            if (!(m.manifests && m.manifests.length))
                                m.manifests = [];
                            m.manifests.push(r.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.volume = v;
                            else
                                delete m.volume;
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
             * Decodes a PendingRelease message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.shadowfs.PendingRelease
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.shadowfs.PendingRelease & arrow.shadowfs.PendingRelease.$Shape} PendingRelease
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PendingRelease.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PendingRelease message.
             * @function verify
             * @memberof arrow.shadowfs.PendingRelease
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PendingRelease.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.manifests != null && $Object.hasOwnProperty.call(m, "manifests")) {
                    if (!$Array.isArray(m.manifests))
                        return "manifests: array expected";
                    for (var i = 0; i < m.manifests.length; ++i) {
                        if (!$util.isString(m.manifests[i]))
                            return "manifests: string[] expected";
                    }
                }
                if (m.volume != null && $Object.hasOwnProperty.call(m, "volume")) {
                    if (!$util.isString(m.volume))
                        return "volume: string expected";
                }
                return null;
            };

            /**
             * Creates a PendingRelease message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.shadowfs.PendingRelease
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.shadowfs.PendingRelease} PendingRelease
             */
            PendingRelease.fromObject = function (d, q) {
                if (d instanceof $root.arrow.shadowfs.PendingRelease)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.shadowfs.PendingRelease: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.shadowfs.PendingRelease();
                if (d.manifests) {
                    if (!$Array.isArray(d.manifests))
                        throw $TypeError(".arrow.shadowfs.PendingRelease.manifests: array expected");
                    m.manifests = $Array(d.manifests.length);
                    for (var i = 0; i < d.manifests.length; ++i) {
                        m.manifests[i] = $String(d.manifests[i]);
                    }
                }
                if (d.volume != null) {
                    if (typeof d.volume !== "string" || d.volume.length) {
                        m.volume = $String(d.volume);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PendingRelease message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.shadowfs.PendingRelease
             * @static
             * @param {arrow.shadowfs.PendingRelease} m PendingRelease
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PendingRelease.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.manifests = [];
                }
                if (o.defaults) {
                    d.volume = "";
                }
                if (m.manifests && m.manifests.length) {
                    d.manifests = $Array(m.manifests.length);
                    for (var j = 0; j < m.manifests.length; ++j) {
                        d.manifests[j] = m.manifests[j];
                    }
                }
                if (m.volume != null && $Object.hasOwnProperty.call(m, "volume")) {
                    d.volume = m.volume;
                }
                return d;
            };

            /**
             * Converts this PendingRelease to JSON.
             * @function toJSON
             * @memberof arrow.shadowfs.PendingRelease
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PendingRelease.prototype.toJSON = function() {
                return PendingRelease.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PendingRelease
             * @function getTypeUrl
             * @memberof arrow.shadowfs.PendingRelease
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PendingRelease.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.shadowfs.PendingRelease";
            };

            return PendingRelease;
        })();

        return shadowfs;
    })();

    return arrow;
})();

export {
  $root as default
};
