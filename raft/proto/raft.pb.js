/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";
if ($protobuf.util.Long) { $protobuf.util.Long = undefined; $protobuf.configure(); }

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["raft_raft"] || ($protobuf.roots["raft_raft"] = {});

export const arrow = $root.arrow = (() => {

    /**
     * Namespace arrow.
     * @exports arrow
     * @namespace
     */
    const arrow = {};

    arrow.raft = (function() {

        /**
         * Namespace raft.
         * @memberof arrow
         * @namespace
         */
        const raft = {};

        /**
         * EntryType enum.
         * @name arrow.raft.EntryType
         * @enum {number}
         * @property {number} NORMAL=0 NORMAL value
         * @property {number} CONF_CHANGE=1 CONF_CHANGE value
         */
        raft.EntryType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NORMAL"] = 0;
            values[valuesById[1] = "CONF_CHANGE"] = 1;
            return values;
        })();

        raft.Entry = (function() {

            /**
             * Properties of an Entry.
             * @typedef {Object} arrow.raft.Entry.$Properties
             * @property {number|null} [term] Entry term
             * @property {number|null} [index] Entry index
             * @property {arrow.raft.EntryType|null} [type] Entry type
             * @property {Uint8Array|null} [data] Entry data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Entry.
             * @memberof arrow.raft
             * @interface IEntry
             * @augments arrow.raft.Entry.$Properties
             * @deprecated Use arrow.raft.Entry.$Properties instead.
             */

            /**
             * Shape of an Entry.
             * @typedef {arrow.raft.Entry.$Properties} arrow.raft.Entry.$Shape
             */

            /**
             * Constructs a new Entry.
             * @memberof arrow.raft
             * @classdesc Represents an Entry.
             * @constructor
             * @param {arrow.raft.Entry.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Entry = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Entry term.
             * @member {number} term
             * @memberof arrow.raft.Entry
             * @instance
             */
            Entry.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Entry index.
             * @member {number} index
             * @memberof arrow.raft.Entry
             * @instance
             */
            Entry.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Entry type.
             * @member {arrow.raft.EntryType} type
             * @memberof arrow.raft.Entry
             * @instance
             */
            Entry.prototype.type = 0;

            /**
             * Entry data.
             * @member {Uint8Array} data
             * @memberof arrow.raft.Entry
             * @instance
             */
            Entry.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new Entry instance using the specified properties.
             * @function create
             * @memberof arrow.raft.Entry
             * @static
             * @param {arrow.raft.Entry.$Properties=} [properties] Properties to set
             * @returns {arrow.raft.Entry} Entry instance
             * @type {{
             *   (properties: arrow.raft.Entry.$Shape): arrow.raft.Entry & arrow.raft.Entry.$Shape;
             *   (properties?: arrow.raft.Entry.$Properties): arrow.raft.Entry;
             * }}
             */
            Entry.create = function(properties) {
                return new Entry(properties);
            };

            /**
             * Encodes the specified Entry message. Does not implicitly {@link arrow.raft.Entry.verify|verify} messages.
             * @function encode
             * @memberof arrow.raft.Entry
             * @static
             * @param {arrow.raft.Entry.$Properties} m Entry message or plain object to encode
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
                if (m.term != null && $Object.hasOwnProperty.call(m, "term") && (typeof m.term === "object" ? m.term.low || m.term.high : m.term !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.term);
                if (m.index != null && $Object.hasOwnProperty.call(m, "index") && (typeof m.index === "object" ? m.index.low || m.index.high : m.index !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.index);
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).int32(m.type);
                if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                    w.uint32(/* id 4, wireType 2 =*/34).bytes(m.data);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Entry message, length delimited. Does not implicitly {@link arrow.raft.Entry.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.raft.Entry
             * @static
             * @param {arrow.raft.Entry.$Properties} message Entry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Entry.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Entry message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.raft.Entry
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.raft.Entry & arrow.raft.Entry.$Shape} Entry
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
                m = g || new $root.arrow.raft.Entry();
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
                                m.term = v;
                            else
                                delete m.term;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.index = v;
                            else
                                delete m.index;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 4: {
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
             * Decodes an Entry message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.raft.Entry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.raft.Entry & arrow.raft.Entry.$Shape} Entry
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
             * @memberof arrow.raft.Entry
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
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (!$util.isInteger(m.term) && !(m.term && $util.isInteger(m.term.low) && $util.isInteger(m.term.high)))
                        return "term: integer|Long expected";
                }
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    if (!$util.isInteger(m.index) && !(m.index && $util.isInteger(m.index.low) && $util.isInteger(m.index.high)))
                        return "index: integer|Long expected";
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    if (typeof m.type !== "number" || (m.type | 0) !== m.type)
                        return "type: enum value expected";
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    if (!(m.data && typeof m.data.length === "number" || $util.isString(m.data)))
                        return "data: buffer expected";
                }
                return null;
            };

            /**
             * Creates an Entry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.raft.Entry
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.raft.Entry} Entry
             */
            Entry.fromObject = function (d, q) {
                if (d instanceof $root.arrow.raft.Entry)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.raft.Entry: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.raft.Entry();
                if (d.term != null) {
                    if (typeof d.term === "object" ? d.term.low || d.term.high : $Number(d.term) !== 0) {
                        if ($util.Long)
                            m.term = $util.Long.fromValue(d.term, true);
                        else if (typeof d.term === "string")
                            m.term = $parseInt(d.term, 10);
                        else if (typeof d.term === "number")
                            m.term = d.term;
                        else if (typeof d.term === "object")
                            m.term = new $util.LongBits(d.term.low >>> 0, d.term.high >>> 0).toNumber(true);
                    }
                }
                if (d.index != null) {
                    if (typeof d.index === "object" ? d.index.low || d.index.high : $Number(d.index) !== 0) {
                        if ($util.Long)
                            m.index = $util.Long.fromValue(d.index, true);
                        else if (typeof d.index === "string")
                            m.index = $parseInt(d.index, 10);
                        else if (typeof d.index === "number")
                            m.index = d.index;
                        else if (typeof d.index === "object")
                            m.index = new $util.LongBits(d.index.low >>> 0, d.index.high >>> 0).toNumber(true);
                    }
                }
                if (d.type !== 0 && (typeof d.type !== "string" || $root.arrow.raft.EntryType[d.type] !== 0)) {
                    switch (d.type) {
                    case "NORMAL":
                    case 0:
                        m.type = 0;
                        break;
                    case "CONF_CHANGE":
                    case 1:
                        m.type = 1;
                        break;
                    default:
                        if (typeof d.type === "number" && (d.type | 0) === d.type)
                            m.type = d.type;
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
             * Creates a plain object from an Entry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.raft.Entry
             * @static
             * @param {arrow.raft.Entry} m Entry
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
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.term = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.term = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.index = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.index = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.type = o.enums === $String ? "NORMAL" : 0;
                    if (o.bytes === $String)
                        d.data = "";
                    else {
                        d.data = [];
                        if (o.bytes !== $Array)
                            d.data = $util.newBuffer(d.data);
                    }
                }
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.term = typeof m.term === "number" ? $BigInt(m.term) : $util.Long.fromBits(m.term.low >>> 0, m.term.high >>> 0, true).toBigInt();
                    else if (typeof m.term === "number")
                        d.term = o.longs === $String ? $String(m.term) : m.term;
                    else
                        d.term = o.longs === $String ? $util.Long.prototype.toString.call(m.term) : o.longs === $Number ? new $util.LongBits(m.term.low >>> 0, m.term.high >>> 0).toNumber(true) : m.term;
                }
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.index = typeof m.index === "number" ? $BigInt(m.index) : $util.Long.fromBits(m.index.low >>> 0, m.index.high >>> 0, true).toBigInt();
                    else if (typeof m.index === "number")
                        d.index = o.longs === $String ? $String(m.index) : m.index;
                    else
                        d.index = o.longs === $String ? $util.Long.prototype.toString.call(m.index) : o.longs === $Number ? new $util.LongBits(m.index.low >>> 0, m.index.high >>> 0).toNumber(true) : m.index;
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    d.type = o.enums === $String ? $root.arrow.raft.EntryType[m.type] === $undefined ? m.type : $root.arrow.raft.EntryType[m.type] : m.type;
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                }
                return d;
            };

            /**
             * Converts this Entry to JSON.
             * @function toJSON
             * @memberof arrow.raft.Entry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Entry.prototype.toJSON = function() {
                return Entry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Entry
             * @function getTypeUrl
             * @memberof arrow.raft.Entry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Entry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.raft.Entry";
            };

            return Entry;
        })();

        raft.EntryRun = (function() {

            /**
             * Properties of an EntryRun.
             * @typedef {Object} arrow.raft.EntryRun.$Properties
             * @property {Array.<arrow.raft.Entry.$Properties>|null} [entries] EntryRun entries
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EntryRun.
             * @memberof arrow.raft
             * @interface IEntryRun
             * @augments arrow.raft.EntryRun.$Properties
             * @deprecated Use arrow.raft.EntryRun.$Properties instead.
             */

            /**
             * Shape of an EntryRun.
             * @typedef {arrow.raft.EntryRun.$Properties} arrow.raft.EntryRun.$Shape
             */

            /**
             * Constructs a new EntryRun.
             * @memberof arrow.raft
             * @classdesc Represents an EntryRun.
             * @constructor
             * @param {arrow.raft.EntryRun.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EntryRun = function (p) {
                this.entries = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * EntryRun entries.
             * @member {Array.<arrow.raft.Entry.$Properties>} entries
             * @memberof arrow.raft.EntryRun
             * @instance
             */
            EntryRun.prototype.entries = $util.emptyArray;

            /**
             * Creates a new EntryRun instance using the specified properties.
             * @function create
             * @memberof arrow.raft.EntryRun
             * @static
             * @param {arrow.raft.EntryRun.$Properties=} [properties] Properties to set
             * @returns {arrow.raft.EntryRun} EntryRun instance
             * @type {{
             *   (properties: arrow.raft.EntryRun.$Shape): arrow.raft.EntryRun & arrow.raft.EntryRun.$Shape;
             *   (properties?: arrow.raft.EntryRun.$Properties): arrow.raft.EntryRun;
             * }}
             */
            EntryRun.create = function(properties) {
                return new EntryRun(properties);
            };

            /**
             * Encodes the specified EntryRun message. Does not implicitly {@link arrow.raft.EntryRun.verify|verify} messages.
             * @function encode
             * @memberof arrow.raft.EntryRun
             * @static
             * @param {arrow.raft.EntryRun.$Properties} m EntryRun message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EntryRun.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.entries != null && m.entries.length) {
                    for (var i = 0; i < m.entries.length; ++i)
                        $root.arrow.raft.Entry.encode(m.entries[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified EntryRun message, length delimited. Does not implicitly {@link arrow.raft.EntryRun.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.raft.EntryRun
             * @static
             * @param {arrow.raft.EntryRun.$Properties} message EntryRun message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EntryRun.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EntryRun message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.raft.EntryRun
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.raft.EntryRun & arrow.raft.EntryRun.$Shape} EntryRun
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EntryRun.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.raft.EntryRun();
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
                            if (!(m.entries && m.entries.length))
                                m.entries = [];
                            m.entries.push($root.arrow.raft.Entry.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes an EntryRun message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.raft.EntryRun
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.raft.EntryRun & arrow.raft.EntryRun.$Shape} EntryRun
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EntryRun.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EntryRun message.
             * @function verify
             * @memberof arrow.raft.EntryRun
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EntryRun.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.entries != null && $Object.hasOwnProperty.call(m, "entries")) {
                    if (!$Array.isArray(m.entries))
                        return "entries: array expected";
                    for (var i = 0; i < m.entries.length; ++i) {
                        {
                            var e = $root.arrow.raft.Entry.verify(m.entries[i], q + 1);
                            if (e)
                                return "entries." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates an EntryRun message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.raft.EntryRun
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.raft.EntryRun} EntryRun
             */
            EntryRun.fromObject = function (d, q) {
                if (d instanceof $root.arrow.raft.EntryRun)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.raft.EntryRun: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.raft.EntryRun();
                if (d.entries) {
                    if (!$Array.isArray(d.entries))
                        throw $TypeError(".arrow.raft.EntryRun.entries: array expected");
                    m.entries = $Array(d.entries.length);
                    for (var i = 0; i < d.entries.length; ++i) {
                        if (!$util.isObject(d.entries[i]))
                            throw $TypeError(".arrow.raft.EntryRun.entries: object expected");
                        m.entries[i] = $root.arrow.raft.Entry.fromObject(d.entries[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an EntryRun message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.raft.EntryRun
             * @static
             * @param {arrow.raft.EntryRun} m EntryRun
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EntryRun.toObject = function (m, o, q) {
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
                if (m.entries && m.entries.length) {
                    d.entries = $Array(m.entries.length);
                    for (var j = 0; j < m.entries.length; ++j) {
                        d.entries[j] = $root.arrow.raft.Entry.toObject(m.entries[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this EntryRun to JSON.
             * @function toJSON
             * @memberof arrow.raft.EntryRun
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EntryRun.prototype.toJSON = function() {
                return EntryRun.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EntryRun
             * @function getTypeUrl
             * @memberof arrow.raft.EntryRun
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EntryRun.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.raft.EntryRun";
            };

            return EntryRun;
        })();

        raft.HardState = (function() {

            /**
             * Properties of a HardState.
             * @typedef {Object} arrow.raft.HardState.$Properties
             * @property {number|null} [term] HardState term
             * @property {string|null} [vote] HardState vote
             * @property {number|null} [commit] HardState commit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HardState.
             * @memberof arrow.raft
             * @interface IHardState
             * @augments arrow.raft.HardState.$Properties
             * @deprecated Use arrow.raft.HardState.$Properties instead.
             */

            /**
             * Shape of a HardState.
             * @typedef {arrow.raft.HardState.$Properties} arrow.raft.HardState.$Shape
             */

            /**
             * Constructs a new HardState.
             * @memberof arrow.raft
             * @classdesc Represents a HardState.
             * @constructor
             * @param {arrow.raft.HardState.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HardState = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * HardState term.
             * @member {number} term
             * @memberof arrow.raft.HardState
             * @instance
             */
            HardState.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HardState vote.
             * @member {string} vote
             * @memberof arrow.raft.HardState
             * @instance
             */
            HardState.prototype.vote = "";

            /**
             * HardState commit.
             * @member {number} commit
             * @memberof arrow.raft.HardState
             * @instance
             */
            HardState.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new HardState instance using the specified properties.
             * @function create
             * @memberof arrow.raft.HardState
             * @static
             * @param {arrow.raft.HardState.$Properties=} [properties] Properties to set
             * @returns {arrow.raft.HardState} HardState instance
             * @type {{
             *   (properties: arrow.raft.HardState.$Shape): arrow.raft.HardState & arrow.raft.HardState.$Shape;
             *   (properties?: arrow.raft.HardState.$Properties): arrow.raft.HardState;
             * }}
             */
            HardState.create = function(properties) {
                return new HardState(properties);
            };

            /**
             * Encodes the specified HardState message. Does not implicitly {@link arrow.raft.HardState.verify|verify} messages.
             * @function encode
             * @memberof arrow.raft.HardState
             * @static
             * @param {arrow.raft.HardState.$Properties} m HardState message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HardState.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.term != null && $Object.hasOwnProperty.call(m, "term") && (typeof m.term === "object" ? m.term.low || m.term.high : m.term !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.term);
                if (m.vote != null && $Object.hasOwnProperty.call(m, "vote") && m.vote !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.vote);
                if (m.commit != null && $Object.hasOwnProperty.call(m, "commit") && (typeof m.commit === "object" ? m.commit.low || m.commit.high : m.commit !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.commit);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified HardState message, length delimited. Does not implicitly {@link arrow.raft.HardState.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.raft.HardState
             * @static
             * @param {arrow.raft.HardState.$Properties} message HardState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HardState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HardState message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.raft.HardState
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.raft.HardState & arrow.raft.HardState.$Shape} HardState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HardState.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.raft.HardState();
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
                                m.term = v;
                            else
                                delete m.term;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.vote = v;
                            else
                                delete m.vote;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.commit = v;
                            else
                                delete m.commit;
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
             * Decodes a HardState message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.raft.HardState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.raft.HardState & arrow.raft.HardState.$Shape} HardState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HardState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HardState message.
             * @function verify
             * @memberof arrow.raft.HardState
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HardState.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (!$util.isInteger(m.term) && !(m.term && $util.isInteger(m.term.low) && $util.isInteger(m.term.high)))
                        return "term: integer|Long expected";
                }
                if (m.vote != null && $Object.hasOwnProperty.call(m, "vote")) {
                    if (!$util.isString(m.vote))
                        return "vote: string expected";
                }
                if (m.commit != null && $Object.hasOwnProperty.call(m, "commit")) {
                    if (!$util.isInteger(m.commit) && !(m.commit && $util.isInteger(m.commit.low) && $util.isInteger(m.commit.high)))
                        return "commit: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a HardState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.raft.HardState
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.raft.HardState} HardState
             */
            HardState.fromObject = function (d, q) {
                if (d instanceof $root.arrow.raft.HardState)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.raft.HardState: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.raft.HardState();
                if (d.term != null) {
                    if (typeof d.term === "object" ? d.term.low || d.term.high : $Number(d.term) !== 0) {
                        if ($util.Long)
                            m.term = $util.Long.fromValue(d.term, true);
                        else if (typeof d.term === "string")
                            m.term = $parseInt(d.term, 10);
                        else if (typeof d.term === "number")
                            m.term = d.term;
                        else if (typeof d.term === "object")
                            m.term = new $util.LongBits(d.term.low >>> 0, d.term.high >>> 0).toNumber(true);
                    }
                }
                if (d.vote != null) {
                    if (typeof d.vote !== "string" || d.vote.length) {
                        m.vote = $String(d.vote);
                    }
                }
                if (d.commit != null) {
                    if (typeof d.commit === "object" ? d.commit.low || d.commit.high : $Number(d.commit) !== 0) {
                        if ($util.Long)
                            m.commit = $util.Long.fromValue(d.commit, true);
                        else if (typeof d.commit === "string")
                            m.commit = $parseInt(d.commit, 10);
                        else if (typeof d.commit === "number")
                            m.commit = d.commit;
                        else if (typeof d.commit === "object")
                            m.commit = new $util.LongBits(d.commit.low >>> 0, d.commit.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a HardState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.raft.HardState
             * @static
             * @param {arrow.raft.HardState} m HardState
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HardState.toObject = function (m, o, q) {
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
                        d.term = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.term = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.vote = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.commit = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.commit = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.term = typeof m.term === "number" ? $BigInt(m.term) : $util.Long.fromBits(m.term.low >>> 0, m.term.high >>> 0, true).toBigInt();
                    else if (typeof m.term === "number")
                        d.term = o.longs === $String ? $String(m.term) : m.term;
                    else
                        d.term = o.longs === $String ? $util.Long.prototype.toString.call(m.term) : o.longs === $Number ? new $util.LongBits(m.term.low >>> 0, m.term.high >>> 0).toNumber(true) : m.term;
                }
                if (m.vote != null && $Object.hasOwnProperty.call(m, "vote")) {
                    d.vote = m.vote;
                }
                if (m.commit != null && $Object.hasOwnProperty.call(m, "commit")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.commit = typeof m.commit === "number" ? $BigInt(m.commit) : $util.Long.fromBits(m.commit.low >>> 0, m.commit.high >>> 0, true).toBigInt();
                    else if (typeof m.commit === "number")
                        d.commit = o.longs === $String ? $String(m.commit) : m.commit;
                    else
                        d.commit = o.longs === $String ? $util.Long.prototype.toString.call(m.commit) : o.longs === $Number ? new $util.LongBits(m.commit.low >>> 0, m.commit.high >>> 0).toNumber(true) : m.commit;
                }
                return d;
            };

            /**
             * Converts this HardState to JSON.
             * @function toJSON
             * @memberof arrow.raft.HardState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HardState.prototype.toJSON = function() {
                return HardState.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HardState
             * @function getTypeUrl
             * @memberof arrow.raft.HardState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HardState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.raft.HardState";
            };

            return HardState;
        })();

        raft.ConfState = (function() {

            /**
             * Properties of a ConfState.
             * @typedef {Object} arrow.raft.ConfState.$Properties
             * @property {Array.<string>|null} [voters] ConfState voters
             * @property {Array.<string>|null} [learners] ConfState learners
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfState.
             * @memberof arrow.raft
             * @interface IConfState
             * @augments arrow.raft.ConfState.$Properties
             * @deprecated Use arrow.raft.ConfState.$Properties instead.
             */

            /**
             * Shape of a ConfState.
             * @typedef {arrow.raft.ConfState.$Properties} arrow.raft.ConfState.$Shape
             */

            /**
             * Constructs a new ConfState.
             * @memberof arrow.raft
             * @classdesc Represents a ConfState.
             * @constructor
             * @param {arrow.raft.ConfState.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConfState = function (p) {
                this.voters = [];
                this.learners = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ConfState voters.
             * @member {Array.<string>} voters
             * @memberof arrow.raft.ConfState
             * @instance
             */
            ConfState.prototype.voters = $util.emptyArray;

            /**
             * ConfState learners.
             * @member {Array.<string>} learners
             * @memberof arrow.raft.ConfState
             * @instance
             */
            ConfState.prototype.learners = $util.emptyArray;

            /**
             * Creates a new ConfState instance using the specified properties.
             * @function create
             * @memberof arrow.raft.ConfState
             * @static
             * @param {arrow.raft.ConfState.$Properties=} [properties] Properties to set
             * @returns {arrow.raft.ConfState} ConfState instance
             * @type {{
             *   (properties: arrow.raft.ConfState.$Shape): arrow.raft.ConfState & arrow.raft.ConfState.$Shape;
             *   (properties?: arrow.raft.ConfState.$Properties): arrow.raft.ConfState;
             * }}
             */
            ConfState.create = function(properties) {
                return new ConfState(properties);
            };

            /**
             * Encodes the specified ConfState message. Does not implicitly {@link arrow.raft.ConfState.verify|verify} messages.
             * @function encode
             * @memberof arrow.raft.ConfState
             * @static
             * @param {arrow.raft.ConfState.$Properties} m ConfState message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfState.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.voters != null && m.voters.length) {
                    for (var i = 0; i < m.voters.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.voters[i]);
                }
                if (m.learners != null && m.learners.length) {
                    for (var i = 0; i < m.learners.length; ++i)
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.learners[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ConfState message, length delimited. Does not implicitly {@link arrow.raft.ConfState.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.raft.ConfState
             * @static
             * @param {arrow.raft.ConfState.$Properties} message ConfState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ConfState message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.raft.ConfState
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.raft.ConfState & arrow.raft.ConfState.$Shape} ConfState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfState.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.raft.ConfState();
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
                            if (!(m.voters && m.voters.length))
                                m.voters = [];
                            m.voters.push(r.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.learners && m.learners.length))
                                m.learners = [];
                            m.learners.push(r.stringVerify());
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
             * Decodes a ConfState message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.raft.ConfState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.raft.ConfState & arrow.raft.ConfState.$Shape} ConfState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ConfState message.
             * @function verify
             * @memberof arrow.raft.ConfState
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ConfState.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.voters != null && $Object.hasOwnProperty.call(m, "voters")) {
                    if (!$Array.isArray(m.voters))
                        return "voters: array expected";
                    for (var i = 0; i < m.voters.length; ++i) {
                        if (!$util.isString(m.voters[i]))
                            return "voters: string[] expected";
                    }
                }
                if (m.learners != null && $Object.hasOwnProperty.call(m, "learners")) {
                    if (!$Array.isArray(m.learners))
                        return "learners: array expected";
                    for (var i = 0; i < m.learners.length; ++i) {
                        if (!$util.isString(m.learners[i]))
                            return "learners: string[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates a ConfState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.raft.ConfState
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.raft.ConfState} ConfState
             */
            ConfState.fromObject = function (d, q) {
                if (d instanceof $root.arrow.raft.ConfState)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.raft.ConfState: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.raft.ConfState();
                if (d.voters) {
                    if (!$Array.isArray(d.voters))
                        throw $TypeError(".arrow.raft.ConfState.voters: array expected");
                    m.voters = $Array(d.voters.length);
                    for (var i = 0; i < d.voters.length; ++i) {
                        m.voters[i] = $String(d.voters[i]);
                    }
                }
                if (d.learners) {
                    if (!$Array.isArray(d.learners))
                        throw $TypeError(".arrow.raft.ConfState.learners: array expected");
                    m.learners = $Array(d.learners.length);
                    for (var i = 0; i < d.learners.length; ++i) {
                        m.learners[i] = $String(d.learners[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ConfState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.raft.ConfState
             * @static
             * @param {arrow.raft.ConfState} m ConfState
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConfState.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.voters = [];
                    d.learners = [];
                }
                if (m.voters && m.voters.length) {
                    d.voters = $Array(m.voters.length);
                    for (var j = 0; j < m.voters.length; ++j) {
                        d.voters[j] = m.voters[j];
                    }
                }
                if (m.learners && m.learners.length) {
                    d.learners = $Array(m.learners.length);
                    for (var j = 0; j < m.learners.length; ++j) {
                        d.learners[j] = m.learners[j];
                    }
                }
                return d;
            };

            /**
             * Converts this ConfState to JSON.
             * @function toJSON
             * @memberof arrow.raft.ConfState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConfState.prototype.toJSON = function() {
                return ConfState.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConfState
             * @function getTypeUrl
             * @memberof arrow.raft.ConfState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConfState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.raft.ConfState";
            };

            return ConfState;
        })();

        /**
         * ConfChangeType enum.
         * @name arrow.raft.ConfChangeType
         * @enum {number}
         * @property {number} ADD_LEARNER=0 ADD_LEARNER value
         * @property {number} PROMOTE=1 PROMOTE value
         * @property {number} REMOVE=2 REMOVE value
         */
        raft.ConfChangeType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ADD_LEARNER"] = 0;
            values[valuesById[1] = "PROMOTE"] = 1;
            values[valuesById[2] = "REMOVE"] = 2;
            return values;
        })();

        raft.ConfChange = (function() {

            /**
             * Properties of a ConfChange.
             * @typedef {Object} arrow.raft.ConfChange.$Properties
             * @property {arrow.raft.ConfChangeType|null} [type] ConfChange type
             * @property {string|null} [member] ConfChange member
             * @property {Uint8Array|null} [context] ConfChange context
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfChange.
             * @memberof arrow.raft
             * @interface IConfChange
             * @augments arrow.raft.ConfChange.$Properties
             * @deprecated Use arrow.raft.ConfChange.$Properties instead.
             */

            /**
             * Shape of a ConfChange.
             * @typedef {arrow.raft.ConfChange.$Properties} arrow.raft.ConfChange.$Shape
             */

            /**
             * Constructs a new ConfChange.
             * @memberof arrow.raft
             * @classdesc Represents a ConfChange.
             * @constructor
             * @param {arrow.raft.ConfChange.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConfChange = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ConfChange type.
             * @member {arrow.raft.ConfChangeType} type
             * @memberof arrow.raft.ConfChange
             * @instance
             */
            ConfChange.prototype.type = 0;

            /**
             * ConfChange member.
             * @member {string} member
             * @memberof arrow.raft.ConfChange
             * @instance
             */
            ConfChange.prototype.member = "";

            /**
             * ConfChange context.
             * @member {Uint8Array} context
             * @memberof arrow.raft.ConfChange
             * @instance
             */
            ConfChange.prototype.context = $util.newBuffer([]);

            /**
             * Creates a new ConfChange instance using the specified properties.
             * @function create
             * @memberof arrow.raft.ConfChange
             * @static
             * @param {arrow.raft.ConfChange.$Properties=} [properties] Properties to set
             * @returns {arrow.raft.ConfChange} ConfChange instance
             * @type {{
             *   (properties: arrow.raft.ConfChange.$Shape): arrow.raft.ConfChange & arrow.raft.ConfChange.$Shape;
             *   (properties?: arrow.raft.ConfChange.$Properties): arrow.raft.ConfChange;
             * }}
             */
            ConfChange.create = function(properties) {
                return new ConfChange(properties);
            };

            /**
             * Encodes the specified ConfChange message. Does not implicitly {@link arrow.raft.ConfChange.verify|verify} messages.
             * @function encode
             * @memberof arrow.raft.ConfChange
             * @static
             * @param {arrow.raft.ConfChange.$Properties} m ConfChange message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfChange.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.type);
                if (m.member != null && $Object.hasOwnProperty.call(m, "member") && m.member !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.member);
                if (m.context != null && $Object.hasOwnProperty.call(m, "context") && m.context.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.context);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ConfChange message, length delimited. Does not implicitly {@link arrow.raft.ConfChange.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.raft.ConfChange
             * @static
             * @param {arrow.raft.ConfChange.$Properties} message ConfChange message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfChange.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ConfChange message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.raft.ConfChange
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.raft.ConfChange & arrow.raft.ConfChange.$Shape} ConfChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfChange.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.raft.ConfChange();
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
                            if (v = r.int32())
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.member = v;
                            else
                                delete m.member;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.context = v;
                            else
                                delete m.context;
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
             * Decodes a ConfChange message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.raft.ConfChange
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.raft.ConfChange & arrow.raft.ConfChange.$Shape} ConfChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfChange.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ConfChange message.
             * @function verify
             * @memberof arrow.raft.ConfChange
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ConfChange.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    if (typeof m.type !== "number" || (m.type | 0) !== m.type)
                        return "type: enum value expected";
                }
                if (m.member != null && $Object.hasOwnProperty.call(m, "member")) {
                    if (!$util.isString(m.member))
                        return "member: string expected";
                }
                if (m.context != null && $Object.hasOwnProperty.call(m, "context")) {
                    if (!(m.context && typeof m.context.length === "number" || $util.isString(m.context)))
                        return "context: buffer expected";
                }
                return null;
            };

            /**
             * Creates a ConfChange message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.raft.ConfChange
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.raft.ConfChange} ConfChange
             */
            ConfChange.fromObject = function (d, q) {
                if (d instanceof $root.arrow.raft.ConfChange)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.raft.ConfChange: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.raft.ConfChange();
                if (d.type !== 0 && (typeof d.type !== "string" || $root.arrow.raft.ConfChangeType[d.type] !== 0)) {
                    switch (d.type) {
                    case "ADD_LEARNER":
                    case 0:
                        m.type = 0;
                        break;
                    case "PROMOTE":
                    case 1:
                        m.type = 1;
                        break;
                    case "REMOVE":
                    case 2:
                        m.type = 2;
                        break;
                    default:
                        if (typeof d.type === "number" && (d.type | 0) === d.type)
                            m.type = d.type;
                    }
                }
                if (d.member != null) {
                    if (typeof d.member !== "string" || d.member.length) {
                        m.member = $String(d.member);
                    }
                }
                if (d.context != null) {
                    if (d.context.length) {
                        if (typeof d.context === "string")
                            $util.base64.decode(d.context, m.context = $util.newBuffer($util.base64.length(d.context)), 0);
                        else if (d.context.length >= 0)
                            m.context = d.context;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ConfChange message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.raft.ConfChange
             * @static
             * @param {arrow.raft.ConfChange} m ConfChange
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConfChange.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.type = o.enums === $String ? "ADD_LEARNER" : 0;
                    d.member = "";
                    if (o.bytes === $String)
                        d.context = "";
                    else {
                        d.context = [];
                        if (o.bytes !== $Array)
                            d.context = $util.newBuffer(d.context);
                    }
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    d.type = o.enums === $String ? $root.arrow.raft.ConfChangeType[m.type] === $undefined ? m.type : $root.arrow.raft.ConfChangeType[m.type] : m.type;
                }
                if (m.member != null && $Object.hasOwnProperty.call(m, "member")) {
                    d.member = m.member;
                }
                if (m.context != null && $Object.hasOwnProperty.call(m, "context")) {
                    d.context = o.bytes === $String ? $util.base64.encode(m.context, 0, m.context.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.context) : m.context;
                }
                return d;
            };

            /**
             * Converts this ConfChange to JSON.
             * @function toJSON
             * @memberof arrow.raft.ConfChange
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConfChange.prototype.toJSON = function() {
                return ConfChange.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConfChange
             * @function getTypeUrl
             * @memberof arrow.raft.ConfChange
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConfChange.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.raft.ConfChange";
            };

            return ConfChange;
        })();

        raft.SnapshotMetadata = (function() {

            /**
             * Properties of a SnapshotMetadata.
             * @typedef {Object} arrow.raft.SnapshotMetadata.$Properties
             * @property {number|null} [index] SnapshotMetadata index
             * @property {number|null} [term] SnapshotMetadata term
             * @property {arrow.raft.ConfState.$Properties|null} [confState] SnapshotMetadata confState
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotMetadata.
             * @memberof arrow.raft
             * @interface ISnapshotMetadata
             * @augments arrow.raft.SnapshotMetadata.$Properties
             * @deprecated Use arrow.raft.SnapshotMetadata.$Properties instead.
             */

            /**
             * Shape of a SnapshotMetadata.
             * @typedef {arrow.raft.SnapshotMetadata.$Properties} arrow.raft.SnapshotMetadata.$Shape
             */

            /**
             * Constructs a new SnapshotMetadata.
             * @memberof arrow.raft
             * @classdesc Represents a SnapshotMetadata.
             * @constructor
             * @param {arrow.raft.SnapshotMetadata.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotMetadata = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SnapshotMetadata index.
             * @member {number} index
             * @memberof arrow.raft.SnapshotMetadata
             * @instance
             */
            SnapshotMetadata.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotMetadata term.
             * @member {number} term
             * @memberof arrow.raft.SnapshotMetadata
             * @instance
             */
            SnapshotMetadata.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotMetadata confState.
             * @member {arrow.raft.ConfState.$Properties|null|undefined} confState
             * @memberof arrow.raft.SnapshotMetadata
             * @instance
             */
            SnapshotMetadata.prototype.confState = null;

            /**
             * Creates a new SnapshotMetadata instance using the specified properties.
             * @function create
             * @memberof arrow.raft.SnapshotMetadata
             * @static
             * @param {arrow.raft.SnapshotMetadata.$Properties=} [properties] Properties to set
             * @returns {arrow.raft.SnapshotMetadata} SnapshotMetadata instance
             * @type {{
             *   (properties: arrow.raft.SnapshotMetadata.$Shape): arrow.raft.SnapshotMetadata & arrow.raft.SnapshotMetadata.$Shape;
             *   (properties?: arrow.raft.SnapshotMetadata.$Properties): arrow.raft.SnapshotMetadata;
             * }}
             */
            SnapshotMetadata.create = function(properties) {
                return new SnapshotMetadata(properties);
            };

            /**
             * Encodes the specified SnapshotMetadata message. Does not implicitly {@link arrow.raft.SnapshotMetadata.verify|verify} messages.
             * @function encode
             * @memberof arrow.raft.SnapshotMetadata
             * @static
             * @param {arrow.raft.SnapshotMetadata.$Properties} m SnapshotMetadata message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotMetadata.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.index != null && $Object.hasOwnProperty.call(m, "index") && (typeof m.index === "object" ? m.index.low || m.index.high : m.index !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.index);
                if (m.term != null && $Object.hasOwnProperty.call(m, "term") && (typeof m.term === "object" ? m.term.low || m.term.high : m.term !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.term);
                if (m.confState != null && $Object.hasOwnProperty.call(m, "confState"))
                    $root.arrow.raft.ConfState.encode(m.confState, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SnapshotMetadata message, length delimited. Does not implicitly {@link arrow.raft.SnapshotMetadata.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.raft.SnapshotMetadata
             * @static
             * @param {arrow.raft.SnapshotMetadata.$Properties} message SnapshotMetadata message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotMetadata.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SnapshotMetadata message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.raft.SnapshotMetadata
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.raft.SnapshotMetadata & arrow.raft.SnapshotMetadata.$Shape} SnapshotMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotMetadata.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.raft.SnapshotMetadata();
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
                                m.index = v;
                            else
                                delete m.index;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.term = v;
                            else
                                delete m.term;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.confState = $root.arrow.raft.ConfState.decode(r, r.size(), $undefined, q + 1, m.confState);
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
             * Decodes a SnapshotMetadata message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.raft.SnapshotMetadata
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.raft.SnapshotMetadata & arrow.raft.SnapshotMetadata.$Shape} SnapshotMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotMetadata.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SnapshotMetadata message.
             * @function verify
             * @memberof arrow.raft.SnapshotMetadata
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SnapshotMetadata.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    if (!$util.isInteger(m.index) && !(m.index && $util.isInteger(m.index.low) && $util.isInteger(m.index.high)))
                        return "index: integer|Long expected";
                }
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (!$util.isInteger(m.term) && !(m.term && $util.isInteger(m.term.low) && $util.isInteger(m.term.high)))
                        return "term: integer|Long expected";
                }
                if (m.confState != null && $Object.hasOwnProperty.call(m, "confState")) {
                    {
                        var e = $root.arrow.raft.ConfState.verify(m.confState, q + 1);
                        if (e)
                            return "confState." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a SnapshotMetadata message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.raft.SnapshotMetadata
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.raft.SnapshotMetadata} SnapshotMetadata
             */
            SnapshotMetadata.fromObject = function (d, q) {
                if (d instanceof $root.arrow.raft.SnapshotMetadata)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.raft.SnapshotMetadata: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.raft.SnapshotMetadata();
                if (d.index != null) {
                    if (typeof d.index === "object" ? d.index.low || d.index.high : $Number(d.index) !== 0) {
                        if ($util.Long)
                            m.index = $util.Long.fromValue(d.index, true);
                        else if (typeof d.index === "string")
                            m.index = $parseInt(d.index, 10);
                        else if (typeof d.index === "number")
                            m.index = d.index;
                        else if (typeof d.index === "object")
                            m.index = new $util.LongBits(d.index.low >>> 0, d.index.high >>> 0).toNumber(true);
                    }
                }
                if (d.term != null) {
                    if (typeof d.term === "object" ? d.term.low || d.term.high : $Number(d.term) !== 0) {
                        if ($util.Long)
                            m.term = $util.Long.fromValue(d.term, true);
                        else if (typeof d.term === "string")
                            m.term = $parseInt(d.term, 10);
                        else if (typeof d.term === "number")
                            m.term = d.term;
                        else if (typeof d.term === "object")
                            m.term = new $util.LongBits(d.term.low >>> 0, d.term.high >>> 0).toNumber(true);
                    }
                }
                if (d.confState != null) {
                    if (!$util.isObject(d.confState))
                        throw $TypeError(".arrow.raft.SnapshotMetadata.confState: object expected");
                    m.confState = $root.arrow.raft.ConfState.fromObject(d.confState, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a SnapshotMetadata message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.raft.SnapshotMetadata
             * @static
             * @param {arrow.raft.SnapshotMetadata} m SnapshotMetadata
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SnapshotMetadata.toObject = function (m, o, q) {
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
                        d.index = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.index = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.term = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.term = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.confState = null;
                }
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.index = typeof m.index === "number" ? $BigInt(m.index) : $util.Long.fromBits(m.index.low >>> 0, m.index.high >>> 0, true).toBigInt();
                    else if (typeof m.index === "number")
                        d.index = o.longs === $String ? $String(m.index) : m.index;
                    else
                        d.index = o.longs === $String ? $util.Long.prototype.toString.call(m.index) : o.longs === $Number ? new $util.LongBits(m.index.low >>> 0, m.index.high >>> 0).toNumber(true) : m.index;
                }
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.term = typeof m.term === "number" ? $BigInt(m.term) : $util.Long.fromBits(m.term.low >>> 0, m.term.high >>> 0, true).toBigInt();
                    else if (typeof m.term === "number")
                        d.term = o.longs === $String ? $String(m.term) : m.term;
                    else
                        d.term = o.longs === $String ? $util.Long.prototype.toString.call(m.term) : o.longs === $Number ? new $util.LongBits(m.term.low >>> 0, m.term.high >>> 0).toNumber(true) : m.term;
                }
                if (m.confState != null && $Object.hasOwnProperty.call(m, "confState")) {
                    d.confState = $root.arrow.raft.ConfState.toObject(m.confState, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this SnapshotMetadata to JSON.
             * @function toJSON
             * @memberof arrow.raft.SnapshotMetadata
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SnapshotMetadata.prototype.toJSON = function() {
                return SnapshotMetadata.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SnapshotMetadata
             * @function getTypeUrl
             * @memberof arrow.raft.SnapshotMetadata
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SnapshotMetadata.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.raft.SnapshotMetadata";
            };

            return SnapshotMetadata;
        })();

        raft.Snapshot = (function() {

            /**
             * Properties of a Snapshot.
             * @typedef {Object} arrow.raft.Snapshot.$Properties
             * @property {arrow.raft.SnapshotMetadata.$Properties|null} [metadata] Snapshot metadata
             * @property {Uint8Array|null} [data] Snapshot data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Snapshot.
             * @memberof arrow.raft
             * @interface ISnapshot
             * @augments arrow.raft.Snapshot.$Properties
             * @deprecated Use arrow.raft.Snapshot.$Properties instead.
             */

            /**
             * Shape of a Snapshot.
             * @typedef {arrow.raft.Snapshot.$Properties} arrow.raft.Snapshot.$Shape
             */

            /**
             * Constructs a new Snapshot.
             * @memberof arrow.raft
             * @classdesc Represents a Snapshot.
             * @constructor
             * @param {arrow.raft.Snapshot.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Snapshot = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Snapshot metadata.
             * @member {arrow.raft.SnapshotMetadata.$Properties|null|undefined} metadata
             * @memberof arrow.raft.Snapshot
             * @instance
             */
            Snapshot.prototype.metadata = null;

            /**
             * Snapshot data.
             * @member {Uint8Array} data
             * @memberof arrow.raft.Snapshot
             * @instance
             */
            Snapshot.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new Snapshot instance using the specified properties.
             * @function create
             * @memberof arrow.raft.Snapshot
             * @static
             * @param {arrow.raft.Snapshot.$Properties=} [properties] Properties to set
             * @returns {arrow.raft.Snapshot} Snapshot instance
             * @type {{
             *   (properties: arrow.raft.Snapshot.$Shape): arrow.raft.Snapshot & arrow.raft.Snapshot.$Shape;
             *   (properties?: arrow.raft.Snapshot.$Properties): arrow.raft.Snapshot;
             * }}
             */
            Snapshot.create = function(properties) {
                return new Snapshot(properties);
            };

            /**
             * Encodes the specified Snapshot message. Does not implicitly {@link arrow.raft.Snapshot.verify|verify} messages.
             * @function encode
             * @memberof arrow.raft.Snapshot
             * @static
             * @param {arrow.raft.Snapshot.$Properties} m Snapshot message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Snapshot.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.arrow.raft.SnapshotMetadata.encode(m.metadata, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.data);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Snapshot message, length delimited. Does not implicitly {@link arrow.raft.Snapshot.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.raft.Snapshot
             * @static
             * @param {arrow.raft.Snapshot.$Properties} message Snapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Snapshot.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Snapshot message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.raft.Snapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.raft.Snapshot & arrow.raft.Snapshot.$Shape} Snapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Snapshot.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.raft.Snapshot();
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
                            m.metadata = $root.arrow.raft.SnapshotMetadata.decode(r, r.size(), $undefined, q + 1, m.metadata);
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
             * Decodes a Snapshot message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.raft.Snapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.raft.Snapshot & arrow.raft.Snapshot.$Shape} Snapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Snapshot.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Snapshot message.
             * @function verify
             * @memberof arrow.raft.Snapshot
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Snapshot.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                    {
                        var e = $root.arrow.raft.SnapshotMetadata.verify(m.metadata, q + 1);
                        if (e)
                            return "metadata." + e;
                    }
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    if (!(m.data && typeof m.data.length === "number" || $util.isString(m.data)))
                        return "data: buffer expected";
                }
                return null;
            };

            /**
             * Creates a Snapshot message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.raft.Snapshot
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.raft.Snapshot} Snapshot
             */
            Snapshot.fromObject = function (d, q) {
                if (d instanceof $root.arrow.raft.Snapshot)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.raft.Snapshot: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.raft.Snapshot();
                if (d.metadata != null) {
                    if (!$util.isObject(d.metadata))
                        throw $TypeError(".arrow.raft.Snapshot.metadata: object expected");
                    m.metadata = $root.arrow.raft.SnapshotMetadata.fromObject(d.metadata, q + 1);
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
             * Creates a plain object from a Snapshot message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.raft.Snapshot
             * @static
             * @param {arrow.raft.Snapshot} m Snapshot
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Snapshot.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.metadata = null;
                    if (o.bytes === $String)
                        d.data = "";
                    else {
                        d.data = [];
                        if (o.bytes !== $Array)
                            d.data = $util.newBuffer(d.data);
                    }
                }
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                    d.metadata = $root.arrow.raft.SnapshotMetadata.toObject(m.metadata, o, q + 1);
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                }
                return d;
            };

            /**
             * Converts this Snapshot to JSON.
             * @function toJSON
             * @memberof arrow.raft.Snapshot
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Snapshot.prototype.toJSON = function() {
                return Snapshot.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Snapshot
             * @function getTypeUrl
             * @memberof arrow.raft.Snapshot
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Snapshot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.raft.Snapshot";
            };

            return Snapshot;
        })();

        /**
         * MessageType enum.
         * @name arrow.raft.MessageType
         * @enum {number}
         * @property {number} HUP=0 HUP value
         * @property {number} BEAT=1 BEAT value
         * @property {number} PROP=2 PROP value
         * @property {number} APP=3 APP value
         * @property {number} APP_RESP=4 APP_RESP value
         * @property {number} VOTE=5 VOTE value
         * @property {number} VOTE_RESP=6 VOTE_RESP value
         * @property {number} PRE_VOTE=7 PRE_VOTE value
         * @property {number} PRE_VOTE_RESP=8 PRE_VOTE_RESP value
         * @property {number} SNAP=9 SNAP value
         * @property {number} HEARTBEAT=10 HEARTBEAT value
         * @property {number} HEARTBEAT_RESP=11 HEARTBEAT_RESP value
         * @property {number} READ_INDEX=12 READ_INDEX value
         * @property {number} READ_INDEX_RESP=13 READ_INDEX_RESP value
         * @property {number} TRANSFER_LEADER=14 TRANSFER_LEADER value
         * @property {number} TIMEOUT_NOW=15 TIMEOUT_NOW value
         * @property {number} SNAP_STATUS=16 SNAP_STATUS value
         * @property {number} UNREACHABLE=17 UNREACHABLE value
         * @property {number} CHECK_QUORUM=18 CHECK_QUORUM value
         */
        raft.MessageType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "HUP"] = 0;
            values[valuesById[1] = "BEAT"] = 1;
            values[valuesById[2] = "PROP"] = 2;
            values[valuesById[3] = "APP"] = 3;
            values[valuesById[4] = "APP_RESP"] = 4;
            values[valuesById[5] = "VOTE"] = 5;
            values[valuesById[6] = "VOTE_RESP"] = 6;
            values[valuesById[7] = "PRE_VOTE"] = 7;
            values[valuesById[8] = "PRE_VOTE_RESP"] = 8;
            values[valuesById[9] = "SNAP"] = 9;
            values[valuesById[10] = "HEARTBEAT"] = 10;
            values[valuesById[11] = "HEARTBEAT_RESP"] = 11;
            values[valuesById[12] = "READ_INDEX"] = 12;
            values[valuesById[13] = "READ_INDEX_RESP"] = 13;
            values[valuesById[14] = "TRANSFER_LEADER"] = 14;
            values[valuesById[15] = "TIMEOUT_NOW"] = 15;
            values[valuesById[16] = "SNAP_STATUS"] = 16;
            values[valuesById[17] = "UNREACHABLE"] = 17;
            values[valuesById[18] = "CHECK_QUORUM"] = 18;
            return values;
        })();

        raft.Message = (function() {

            /**
             * Properties of a Message.
             * @typedef {Object} arrow.raft.Message.$Properties
             * @property {arrow.raft.MessageType|null} [type] Message type
             * @property {string|null} [to] Message to
             * @property {string|null} [from] Message from
             * @property {number|null} [term] Message term
             * @property {number|null} [logTerm] Message logTerm
             * @property {number|null} [index] Message index
             * @property {Array.<arrow.raft.Entry.$Properties>|null} [entries] Message entries
             * @property {number|null} [commit] Message commit
             * @property {arrow.raft.Snapshot.$Properties|null} [snapshot] Message snapshot
             * @property {boolean|null} [reject] Message reject
             * @property {number|null} [rejectHint] Message rejectHint
             * @property {Uint8Array|null} [context] Message context
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Message.
             * @memberof arrow.raft
             * @interface IMessage
             * @augments arrow.raft.Message.$Properties
             * @deprecated Use arrow.raft.Message.$Properties instead.
             */

            /**
             * Shape of a Message.
             * @typedef {arrow.raft.Message.$Properties} arrow.raft.Message.$Shape
             */

            /**
             * Constructs a new Message.
             * @memberof arrow.raft
             * @classdesc Represents a Message.
             * @constructor
             * @param {arrow.raft.Message.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Message = function (p) {
                this.entries = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Message type.
             * @member {arrow.raft.MessageType} type
             * @memberof arrow.raft.Message
             * @instance
             */
            Message.prototype.type = 0;

            /**
             * Message to.
             * @member {string} to
             * @memberof arrow.raft.Message
             * @instance
             */
            Message.prototype.to = "";

            /**
             * Message from.
             * @member {string} from
             * @memberof arrow.raft.Message
             * @instance
             */
            Message.prototype.from = "";

            /**
             * Message term.
             * @member {number} term
             * @memberof arrow.raft.Message
             * @instance
             */
            Message.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message logTerm.
             * @member {number} logTerm
             * @memberof arrow.raft.Message
             * @instance
             */
            Message.prototype.logTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message index.
             * @member {number} index
             * @memberof arrow.raft.Message
             * @instance
             */
            Message.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message entries.
             * @member {Array.<arrow.raft.Entry.$Properties>} entries
             * @memberof arrow.raft.Message
             * @instance
             */
            Message.prototype.entries = $util.emptyArray;

            /**
             * Message commit.
             * @member {number} commit
             * @memberof arrow.raft.Message
             * @instance
             */
            Message.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message snapshot.
             * @member {arrow.raft.Snapshot.$Properties|null|undefined} snapshot
             * @memberof arrow.raft.Message
             * @instance
             */
            Message.prototype.snapshot = null;

            /**
             * Message reject.
             * @member {boolean} reject
             * @memberof arrow.raft.Message
             * @instance
             */
            Message.prototype.reject = false;

            /**
             * Message rejectHint.
             * @member {number} rejectHint
             * @memberof arrow.raft.Message
             * @instance
             */
            Message.prototype.rejectHint = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message context.
             * @member {Uint8Array} context
             * @memberof arrow.raft.Message
             * @instance
             */
            Message.prototype.context = $util.newBuffer([]);

            /**
             * Creates a new Message instance using the specified properties.
             * @function create
             * @memberof arrow.raft.Message
             * @static
             * @param {arrow.raft.Message.$Properties=} [properties] Properties to set
             * @returns {arrow.raft.Message} Message instance
             * @type {{
             *   (properties: arrow.raft.Message.$Shape): arrow.raft.Message & arrow.raft.Message.$Shape;
             *   (properties?: arrow.raft.Message.$Properties): arrow.raft.Message;
             * }}
             */
            Message.create = function(properties) {
                return new Message(properties);
            };

            /**
             * Encodes the specified Message message. Does not implicitly {@link arrow.raft.Message.verify|verify} messages.
             * @function encode
             * @memberof arrow.raft.Message
             * @static
             * @param {arrow.raft.Message.$Properties} m Message message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Message.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.type);
                if (m.to != null && $Object.hasOwnProperty.call(m, "to") && m.to !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.to);
                if (m.from != null && $Object.hasOwnProperty.call(m, "from") && m.from !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.from);
                if (m.term != null && $Object.hasOwnProperty.call(m, "term") && (typeof m.term === "object" ? m.term.low || m.term.high : m.term !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.term);
                if (m.logTerm != null && $Object.hasOwnProperty.call(m, "logTerm") && (typeof m.logTerm === "object" ? m.logTerm.low || m.logTerm.high : m.logTerm !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).uint64(m.logTerm);
                if (m.index != null && $Object.hasOwnProperty.call(m, "index") && (typeof m.index === "object" ? m.index.low || m.index.high : m.index !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).uint64(m.index);
                if (m.entries != null && m.entries.length) {
                    for (var i = 0; i < m.entries.length; ++i)
                        $root.arrow.raft.Entry.encode(m.entries[i], w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                }
                if (m.commit != null && $Object.hasOwnProperty.call(m, "commit") && (typeof m.commit === "object" ? m.commit.low || m.commit.high : m.commit !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).uint64(m.commit);
                if (m.snapshot != null && $Object.hasOwnProperty.call(m, "snapshot"))
                    $root.arrow.raft.Snapshot.encode(m.snapshot, w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (m.reject != null && $Object.hasOwnProperty.call(m, "reject") && m.reject !== false)
                    w.uint32(/* id 10, wireType 0 =*/80).bool(m.reject);
                if (m.rejectHint != null && $Object.hasOwnProperty.call(m, "rejectHint") && (typeof m.rejectHint === "object" ? m.rejectHint.low || m.rejectHint.high : m.rejectHint !== 0))
                    w.uint32(/* id 11, wireType 0 =*/88).uint64(m.rejectHint);
                if (m.context != null && $Object.hasOwnProperty.call(m, "context") && m.context.length)
                    w.uint32(/* id 12, wireType 2 =*/98).bytes(m.context);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Message message, length delimited. Does not implicitly {@link arrow.raft.Message.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.raft.Message
             * @static
             * @param {arrow.raft.Message.$Properties} message Message message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Message.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Message message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.raft.Message
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.raft.Message & arrow.raft.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Message.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.raft.Message();
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
                            if (v = r.int32())
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.to = v;
                            else
                                delete m.to;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.from = v;
                            else
                                delete m.from;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.term = v;
                            else
                                delete m.term;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.logTerm = v;
                            else
                                delete m.logTerm;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.index = v;
                            else
                                delete m.index;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if (!(m.entries && m.entries.length))
                                m.entries = [];
                            m.entries.push($root.arrow.raft.Entry.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.commit = v;
                            else
                                delete m.commit;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            m.snapshot = $root.arrow.raft.Snapshot.decode(r, r.size(), $undefined, q + 1, m.snapshot);
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.reject = v;
                            else
                                delete m.reject;
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.rejectHint = v;
                            else
                                delete m.rejectHint;
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.context = v;
                            else
                                delete m.context;
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
             * Decodes a Message message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.raft.Message
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.raft.Message & arrow.raft.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Message.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Message message.
             * @function verify
             * @memberof arrow.raft.Message
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Message.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    if (typeof m.type !== "number" || (m.type | 0) !== m.type)
                        return "type: enum value expected";
                }
                if (m.to != null && $Object.hasOwnProperty.call(m, "to")) {
                    if (!$util.isString(m.to))
                        return "to: string expected";
                }
                if (m.from != null && $Object.hasOwnProperty.call(m, "from")) {
                    if (!$util.isString(m.from))
                        return "from: string expected";
                }
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (!$util.isInteger(m.term) && !(m.term && $util.isInteger(m.term.low) && $util.isInteger(m.term.high)))
                        return "term: integer|Long expected";
                }
                if (m.logTerm != null && $Object.hasOwnProperty.call(m, "logTerm")) {
                    if (!$util.isInteger(m.logTerm) && !(m.logTerm && $util.isInteger(m.logTerm.low) && $util.isInteger(m.logTerm.high)))
                        return "logTerm: integer|Long expected";
                }
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    if (!$util.isInteger(m.index) && !(m.index && $util.isInteger(m.index.low) && $util.isInteger(m.index.high)))
                        return "index: integer|Long expected";
                }
                if (m.entries != null && $Object.hasOwnProperty.call(m, "entries")) {
                    if (!$Array.isArray(m.entries))
                        return "entries: array expected";
                    for (var i = 0; i < m.entries.length; ++i) {
                        {
                            var e = $root.arrow.raft.Entry.verify(m.entries[i], q + 1);
                            if (e)
                                return "entries." + e;
                        }
                    }
                }
                if (m.commit != null && $Object.hasOwnProperty.call(m, "commit")) {
                    if (!$util.isInteger(m.commit) && !(m.commit && $util.isInteger(m.commit.low) && $util.isInteger(m.commit.high)))
                        return "commit: integer|Long expected";
                }
                if (m.snapshot != null && $Object.hasOwnProperty.call(m, "snapshot")) {
                    {
                        var e = $root.arrow.raft.Snapshot.verify(m.snapshot, q + 1);
                        if (e)
                            return "snapshot." + e;
                    }
                }
                if (m.reject != null && $Object.hasOwnProperty.call(m, "reject")) {
                    if (typeof m.reject !== "boolean")
                        return "reject: boolean expected";
                }
                if (m.rejectHint != null && $Object.hasOwnProperty.call(m, "rejectHint")) {
                    if (!$util.isInteger(m.rejectHint) && !(m.rejectHint && $util.isInteger(m.rejectHint.low) && $util.isInteger(m.rejectHint.high)))
                        return "rejectHint: integer|Long expected";
                }
                if (m.context != null && $Object.hasOwnProperty.call(m, "context")) {
                    if (!(m.context && typeof m.context.length === "number" || $util.isString(m.context)))
                        return "context: buffer expected";
                }
                return null;
            };

            /**
             * Creates a Message message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.raft.Message
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.raft.Message} Message
             */
            Message.fromObject = function (d, q) {
                if (d instanceof $root.arrow.raft.Message)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.raft.Message: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.raft.Message();
                if (d.type !== 0 && (typeof d.type !== "string" || $root.arrow.raft.MessageType[d.type] !== 0)) {
                    switch (d.type) {
                    case "HUP":
                    case 0:
                        m.type = 0;
                        break;
                    case "BEAT":
                    case 1:
                        m.type = 1;
                        break;
                    case "PROP":
                    case 2:
                        m.type = 2;
                        break;
                    case "APP":
                    case 3:
                        m.type = 3;
                        break;
                    case "APP_RESP":
                    case 4:
                        m.type = 4;
                        break;
                    case "VOTE":
                    case 5:
                        m.type = 5;
                        break;
                    case "VOTE_RESP":
                    case 6:
                        m.type = 6;
                        break;
                    case "PRE_VOTE":
                    case 7:
                        m.type = 7;
                        break;
                    case "PRE_VOTE_RESP":
                    case 8:
                        m.type = 8;
                        break;
                    case "SNAP":
                    case 9:
                        m.type = 9;
                        break;
                    case "HEARTBEAT":
                    case 10:
                        m.type = 10;
                        break;
                    case "HEARTBEAT_RESP":
                    case 11:
                        m.type = 11;
                        break;
                    case "READ_INDEX":
                    case 12:
                        m.type = 12;
                        break;
                    case "READ_INDEX_RESP":
                    case 13:
                        m.type = 13;
                        break;
                    case "TRANSFER_LEADER":
                    case 14:
                        m.type = 14;
                        break;
                    case "TIMEOUT_NOW":
                    case 15:
                        m.type = 15;
                        break;
                    case "SNAP_STATUS":
                    case 16:
                        m.type = 16;
                        break;
                    case "UNREACHABLE":
                    case 17:
                        m.type = 17;
                        break;
                    case "CHECK_QUORUM":
                    case 18:
                        m.type = 18;
                        break;
                    default:
                        if (typeof d.type === "number" && (d.type | 0) === d.type)
                            m.type = d.type;
                    }
                }
                if (d.to != null) {
                    if (typeof d.to !== "string" || d.to.length) {
                        m.to = $String(d.to);
                    }
                }
                if (d.from != null) {
                    if (typeof d.from !== "string" || d.from.length) {
                        m.from = $String(d.from);
                    }
                }
                if (d.term != null) {
                    if (typeof d.term === "object" ? d.term.low || d.term.high : $Number(d.term) !== 0) {
                        if ($util.Long)
                            m.term = $util.Long.fromValue(d.term, true);
                        else if (typeof d.term === "string")
                            m.term = $parseInt(d.term, 10);
                        else if (typeof d.term === "number")
                            m.term = d.term;
                        else if (typeof d.term === "object")
                            m.term = new $util.LongBits(d.term.low >>> 0, d.term.high >>> 0).toNumber(true);
                    }
                }
                if (d.logTerm != null) {
                    if (typeof d.logTerm === "object" ? d.logTerm.low || d.logTerm.high : $Number(d.logTerm) !== 0) {
                        if ($util.Long)
                            m.logTerm = $util.Long.fromValue(d.logTerm, true);
                        else if (typeof d.logTerm === "string")
                            m.logTerm = $parseInt(d.logTerm, 10);
                        else if (typeof d.logTerm === "number")
                            m.logTerm = d.logTerm;
                        else if (typeof d.logTerm === "object")
                            m.logTerm = new $util.LongBits(d.logTerm.low >>> 0, d.logTerm.high >>> 0).toNumber(true);
                    }
                }
                if (d.index != null) {
                    if (typeof d.index === "object" ? d.index.low || d.index.high : $Number(d.index) !== 0) {
                        if ($util.Long)
                            m.index = $util.Long.fromValue(d.index, true);
                        else if (typeof d.index === "string")
                            m.index = $parseInt(d.index, 10);
                        else if (typeof d.index === "number")
                            m.index = d.index;
                        else if (typeof d.index === "object")
                            m.index = new $util.LongBits(d.index.low >>> 0, d.index.high >>> 0).toNumber(true);
                    }
                }
                if (d.entries) {
                    if (!$Array.isArray(d.entries))
                        throw $TypeError(".arrow.raft.Message.entries: array expected");
                    m.entries = $Array(d.entries.length);
                    for (var i = 0; i < d.entries.length; ++i) {
                        if (!$util.isObject(d.entries[i]))
                            throw $TypeError(".arrow.raft.Message.entries: object expected");
                        m.entries[i] = $root.arrow.raft.Entry.fromObject(d.entries[i], q + 1);
                    }
                }
                if (d.commit != null) {
                    if (typeof d.commit === "object" ? d.commit.low || d.commit.high : $Number(d.commit) !== 0) {
                        if ($util.Long)
                            m.commit = $util.Long.fromValue(d.commit, true);
                        else if (typeof d.commit === "string")
                            m.commit = $parseInt(d.commit, 10);
                        else if (typeof d.commit === "number")
                            m.commit = d.commit;
                        else if (typeof d.commit === "object")
                            m.commit = new $util.LongBits(d.commit.low >>> 0, d.commit.high >>> 0).toNumber(true);
                    }
                }
                if (d.snapshot != null) {
                    if (!$util.isObject(d.snapshot))
                        throw $TypeError(".arrow.raft.Message.snapshot: object expected");
                    m.snapshot = $root.arrow.raft.Snapshot.fromObject(d.snapshot, q + 1);
                }
                if (d.reject != null) {
                    if (d.reject) {
                        m.reject = $Boolean(d.reject);
                    }
                }
                if (d.rejectHint != null) {
                    if (typeof d.rejectHint === "object" ? d.rejectHint.low || d.rejectHint.high : $Number(d.rejectHint) !== 0) {
                        if ($util.Long)
                            m.rejectHint = $util.Long.fromValue(d.rejectHint, true);
                        else if (typeof d.rejectHint === "string")
                            m.rejectHint = $parseInt(d.rejectHint, 10);
                        else if (typeof d.rejectHint === "number")
                            m.rejectHint = d.rejectHint;
                        else if (typeof d.rejectHint === "object")
                            m.rejectHint = new $util.LongBits(d.rejectHint.low >>> 0, d.rejectHint.high >>> 0).toNumber(true);
                    }
                }
                if (d.context != null) {
                    if (d.context.length) {
                        if (typeof d.context === "string")
                            $util.base64.decode(d.context, m.context = $util.newBuffer($util.base64.length(d.context)), 0);
                        else if (d.context.length >= 0)
                            m.context = d.context;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Message message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.raft.Message
             * @static
             * @param {arrow.raft.Message} m Message
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Message.toObject = function (m, o, q) {
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
                    d.type = o.enums === $String ? "HUP" : 0;
                    d.to = "";
                    d.from = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.term = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.term = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.logTerm = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.logTerm = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.index = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.index = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.commit = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.commit = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.snapshot = null;
                    d.reject = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.rejectHint = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.rejectHint = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if (o.bytes === $String)
                        d.context = "";
                    else {
                        d.context = [];
                        if (o.bytes !== $Array)
                            d.context = $util.newBuffer(d.context);
                    }
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    d.type = o.enums === $String ? $root.arrow.raft.MessageType[m.type] === $undefined ? m.type : $root.arrow.raft.MessageType[m.type] : m.type;
                }
                if (m.to != null && $Object.hasOwnProperty.call(m, "to")) {
                    d.to = m.to;
                }
                if (m.from != null && $Object.hasOwnProperty.call(m, "from")) {
                    d.from = m.from;
                }
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.term = typeof m.term === "number" ? $BigInt(m.term) : $util.Long.fromBits(m.term.low >>> 0, m.term.high >>> 0, true).toBigInt();
                    else if (typeof m.term === "number")
                        d.term = o.longs === $String ? $String(m.term) : m.term;
                    else
                        d.term = o.longs === $String ? $util.Long.prototype.toString.call(m.term) : o.longs === $Number ? new $util.LongBits(m.term.low >>> 0, m.term.high >>> 0).toNumber(true) : m.term;
                }
                if (m.logTerm != null && $Object.hasOwnProperty.call(m, "logTerm")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.logTerm = typeof m.logTerm === "number" ? $BigInt(m.logTerm) : $util.Long.fromBits(m.logTerm.low >>> 0, m.logTerm.high >>> 0, true).toBigInt();
                    else if (typeof m.logTerm === "number")
                        d.logTerm = o.longs === $String ? $String(m.logTerm) : m.logTerm;
                    else
                        d.logTerm = o.longs === $String ? $util.Long.prototype.toString.call(m.logTerm) : o.longs === $Number ? new $util.LongBits(m.logTerm.low >>> 0, m.logTerm.high >>> 0).toNumber(true) : m.logTerm;
                }
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.index = typeof m.index === "number" ? $BigInt(m.index) : $util.Long.fromBits(m.index.low >>> 0, m.index.high >>> 0, true).toBigInt();
                    else if (typeof m.index === "number")
                        d.index = o.longs === $String ? $String(m.index) : m.index;
                    else
                        d.index = o.longs === $String ? $util.Long.prototype.toString.call(m.index) : o.longs === $Number ? new $util.LongBits(m.index.low >>> 0, m.index.high >>> 0).toNumber(true) : m.index;
                }
                if (m.entries && m.entries.length) {
                    d.entries = $Array(m.entries.length);
                    for (var j = 0; j < m.entries.length; ++j) {
                        d.entries[j] = $root.arrow.raft.Entry.toObject(m.entries[j], o, q + 1);
                    }
                }
                if (m.commit != null && $Object.hasOwnProperty.call(m, "commit")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.commit = typeof m.commit === "number" ? $BigInt(m.commit) : $util.Long.fromBits(m.commit.low >>> 0, m.commit.high >>> 0, true).toBigInt();
                    else if (typeof m.commit === "number")
                        d.commit = o.longs === $String ? $String(m.commit) : m.commit;
                    else
                        d.commit = o.longs === $String ? $util.Long.prototype.toString.call(m.commit) : o.longs === $Number ? new $util.LongBits(m.commit.low >>> 0, m.commit.high >>> 0).toNumber(true) : m.commit;
                }
                if (m.snapshot != null && $Object.hasOwnProperty.call(m, "snapshot")) {
                    d.snapshot = $root.arrow.raft.Snapshot.toObject(m.snapshot, o, q + 1);
                }
                if (m.reject != null && $Object.hasOwnProperty.call(m, "reject")) {
                    d.reject = m.reject;
                }
                if (m.rejectHint != null && $Object.hasOwnProperty.call(m, "rejectHint")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.rejectHint = typeof m.rejectHint === "number" ? $BigInt(m.rejectHint) : $util.Long.fromBits(m.rejectHint.low >>> 0, m.rejectHint.high >>> 0, true).toBigInt();
                    else if (typeof m.rejectHint === "number")
                        d.rejectHint = o.longs === $String ? $String(m.rejectHint) : m.rejectHint;
                    else
                        d.rejectHint = o.longs === $String ? $util.Long.prototype.toString.call(m.rejectHint) : o.longs === $Number ? new $util.LongBits(m.rejectHint.low >>> 0, m.rejectHint.high >>> 0).toNumber(true) : m.rejectHint;
                }
                if (m.context != null && $Object.hasOwnProperty.call(m, "context")) {
                    d.context = o.bytes === $String ? $util.base64.encode(m.context, 0, m.context.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.context) : m.context;
                }
                return d;
            };

            /**
             * Converts this Message to JSON.
             * @function toJSON
             * @memberof arrow.raft.Message
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Message.prototype.toJSON = function() {
                return Message.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Message
             * @function getTypeUrl
             * @memberof arrow.raft.Message
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Message.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.raft.Message";
            };

            return Message;
        })();

        raft.DriverProposal = (function() {

            /**
             * Properties of a DriverProposal.
             * @typedef {Object} arrow.raft.DriverProposal.$Properties
             * @property {string|null} [proposer] DriverProposal proposer
             * @property {number|null} [request] DriverProposal request
             * @property {Uint8Array|null} [command] DriverProposal command
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DriverProposal.
             * @memberof arrow.raft
             * @interface IDriverProposal
             * @augments arrow.raft.DriverProposal.$Properties
             * @deprecated Use arrow.raft.DriverProposal.$Properties instead.
             */

            /**
             * Shape of a DriverProposal.
             * @typedef {arrow.raft.DriverProposal.$Properties} arrow.raft.DriverProposal.$Shape
             */

            /**
             * Constructs a new DriverProposal.
             * @memberof arrow.raft
             * @classdesc Represents a DriverProposal.
             * @constructor
             * @param {arrow.raft.DriverProposal.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DriverProposal = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DriverProposal proposer.
             * @member {string} proposer
             * @memberof arrow.raft.DriverProposal
             * @instance
             */
            DriverProposal.prototype.proposer = "";

            /**
             * DriverProposal request.
             * @member {number} request
             * @memberof arrow.raft.DriverProposal
             * @instance
             */
            DriverProposal.prototype.request = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DriverProposal command.
             * @member {Uint8Array} command
             * @memberof arrow.raft.DriverProposal
             * @instance
             */
            DriverProposal.prototype.command = $util.newBuffer([]);

            /**
             * Creates a new DriverProposal instance using the specified properties.
             * @function create
             * @memberof arrow.raft.DriverProposal
             * @static
             * @param {arrow.raft.DriverProposal.$Properties=} [properties] Properties to set
             * @returns {arrow.raft.DriverProposal} DriverProposal instance
             * @type {{
             *   (properties: arrow.raft.DriverProposal.$Shape): arrow.raft.DriverProposal & arrow.raft.DriverProposal.$Shape;
             *   (properties?: arrow.raft.DriverProposal.$Properties): arrow.raft.DriverProposal;
             * }}
             */
            DriverProposal.create = function(properties) {
                return new DriverProposal(properties);
            };

            /**
             * Encodes the specified DriverProposal message. Does not implicitly {@link arrow.raft.DriverProposal.verify|verify} messages.
             * @function encode
             * @memberof arrow.raft.DriverProposal
             * @static
             * @param {arrow.raft.DriverProposal.$Properties} m DriverProposal message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DriverProposal.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.proposer != null && $Object.hasOwnProperty.call(m, "proposer") && m.proposer !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.proposer);
                if (m.request != null && $Object.hasOwnProperty.call(m, "request") && (typeof m.request === "object" ? m.request.low || m.request.high : m.request !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.request);
                if (m.command != null && $Object.hasOwnProperty.call(m, "command") && m.command.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.command);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DriverProposal message, length delimited. Does not implicitly {@link arrow.raft.DriverProposal.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.raft.DriverProposal
             * @static
             * @param {arrow.raft.DriverProposal.$Properties} message DriverProposal message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DriverProposal.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DriverProposal message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.raft.DriverProposal
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.raft.DriverProposal & arrow.raft.DriverProposal.$Shape} DriverProposal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DriverProposal.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.raft.DriverProposal();
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
                                m.proposer = v;
                            else
                                delete m.proposer;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.request = v;
                            else
                                delete m.request;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.command = v;
                            else
                                delete m.command;
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
             * Decodes a DriverProposal message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.raft.DriverProposal
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.raft.DriverProposal & arrow.raft.DriverProposal.$Shape} DriverProposal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DriverProposal.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DriverProposal message.
             * @function verify
             * @memberof arrow.raft.DriverProposal
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DriverProposal.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.proposer != null && $Object.hasOwnProperty.call(m, "proposer")) {
                    if (!$util.isString(m.proposer))
                        return "proposer: string expected";
                }
                if (m.request != null && $Object.hasOwnProperty.call(m, "request")) {
                    if (!$util.isInteger(m.request) && !(m.request && $util.isInteger(m.request.low) && $util.isInteger(m.request.high)))
                        return "request: integer|Long expected";
                }
                if (m.command != null && $Object.hasOwnProperty.call(m, "command")) {
                    if (!(m.command && typeof m.command.length === "number" || $util.isString(m.command)))
                        return "command: buffer expected";
                }
                return null;
            };

            /**
             * Creates a DriverProposal message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.raft.DriverProposal
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.raft.DriverProposal} DriverProposal
             */
            DriverProposal.fromObject = function (d, q) {
                if (d instanceof $root.arrow.raft.DriverProposal)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.raft.DriverProposal: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.raft.DriverProposal();
                if (d.proposer != null) {
                    if (typeof d.proposer !== "string" || d.proposer.length) {
                        m.proposer = $String(d.proposer);
                    }
                }
                if (d.request != null) {
                    if (typeof d.request === "object" ? d.request.low || d.request.high : $Number(d.request) !== 0) {
                        if ($util.Long)
                            m.request = $util.Long.fromValue(d.request, true);
                        else if (typeof d.request === "string")
                            m.request = $parseInt(d.request, 10);
                        else if (typeof d.request === "number")
                            m.request = d.request;
                        else if (typeof d.request === "object")
                            m.request = new $util.LongBits(d.request.low >>> 0, d.request.high >>> 0).toNumber(true);
                    }
                }
                if (d.command != null) {
                    if (d.command.length) {
                        if (typeof d.command === "string")
                            $util.base64.decode(d.command, m.command = $util.newBuffer($util.base64.length(d.command)), 0);
                        else if (d.command.length >= 0)
                            m.command = d.command;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DriverProposal message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.raft.DriverProposal
             * @static
             * @param {arrow.raft.DriverProposal} m DriverProposal
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DriverProposal.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.proposer = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.request = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.request = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if (o.bytes === $String)
                        d.command = "";
                    else {
                        d.command = [];
                        if (o.bytes !== $Array)
                            d.command = $util.newBuffer(d.command);
                    }
                }
                if (m.proposer != null && $Object.hasOwnProperty.call(m, "proposer")) {
                    d.proposer = m.proposer;
                }
                if (m.request != null && $Object.hasOwnProperty.call(m, "request")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.request = typeof m.request === "number" ? $BigInt(m.request) : $util.Long.fromBits(m.request.low >>> 0, m.request.high >>> 0, true).toBigInt();
                    else if (typeof m.request === "number")
                        d.request = o.longs === $String ? $String(m.request) : m.request;
                    else
                        d.request = o.longs === $String ? $util.Long.prototype.toString.call(m.request) : o.longs === $Number ? new $util.LongBits(m.request.low >>> 0, m.request.high >>> 0).toNumber(true) : m.request;
                }
                if (m.command != null && $Object.hasOwnProperty.call(m, "command")) {
                    d.command = o.bytes === $String ? $util.base64.encode(m.command, 0, m.command.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.command) : m.command;
                }
                return d;
            };

            /**
             * Converts this DriverProposal to JSON.
             * @function toJSON
             * @memberof arrow.raft.DriverProposal
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DriverProposal.prototype.toJSON = function() {
                return DriverProposal.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DriverProposal
             * @function getTypeUrl
             * @memberof arrow.raft.DriverProposal
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DriverProposal.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.raft.DriverProposal";
            };

            return DriverProposal;
        })();

        raft.MemberAddress = (function() {

            /**
             * Properties of a MemberAddress.
             * @typedef {Object} arrow.raft.MemberAddress.$Properties
             * @property {string|null} [member] MemberAddress member
             * @property {string|null} [address] MemberAddress address
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MemberAddress.
             * @memberof arrow.raft
             * @interface IMemberAddress
             * @augments arrow.raft.MemberAddress.$Properties
             * @deprecated Use arrow.raft.MemberAddress.$Properties instead.
             */

            /**
             * Shape of a MemberAddress.
             * @typedef {arrow.raft.MemberAddress.$Properties} arrow.raft.MemberAddress.$Shape
             */

            /**
             * Constructs a new MemberAddress.
             * @memberof arrow.raft
             * @classdesc Represents a MemberAddress.
             * @constructor
             * @param {arrow.raft.MemberAddress.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MemberAddress = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * MemberAddress member.
             * @member {string} member
             * @memberof arrow.raft.MemberAddress
             * @instance
             */
            MemberAddress.prototype.member = "";

            /**
             * MemberAddress address.
             * @member {string} address
             * @memberof arrow.raft.MemberAddress
             * @instance
             */
            MemberAddress.prototype.address = "";

            /**
             * Creates a new MemberAddress instance using the specified properties.
             * @function create
             * @memberof arrow.raft.MemberAddress
             * @static
             * @param {arrow.raft.MemberAddress.$Properties=} [properties] Properties to set
             * @returns {arrow.raft.MemberAddress} MemberAddress instance
             * @type {{
             *   (properties: arrow.raft.MemberAddress.$Shape): arrow.raft.MemberAddress & arrow.raft.MemberAddress.$Shape;
             *   (properties?: arrow.raft.MemberAddress.$Properties): arrow.raft.MemberAddress;
             * }}
             */
            MemberAddress.create = function(properties) {
                return new MemberAddress(properties);
            };

            /**
             * Encodes the specified MemberAddress message. Does not implicitly {@link arrow.raft.MemberAddress.verify|verify} messages.
             * @function encode
             * @memberof arrow.raft.MemberAddress
             * @static
             * @param {arrow.raft.MemberAddress.$Properties} m MemberAddress message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemberAddress.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.member != null && $Object.hasOwnProperty.call(m, "member") && m.member !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.member);
                if (m.address != null && $Object.hasOwnProperty.call(m, "address") && m.address !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.address);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified MemberAddress message, length delimited. Does not implicitly {@link arrow.raft.MemberAddress.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.raft.MemberAddress
             * @static
             * @param {arrow.raft.MemberAddress.$Properties} message MemberAddress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemberAddress.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MemberAddress message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.raft.MemberAddress
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.raft.MemberAddress & arrow.raft.MemberAddress.$Shape} MemberAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemberAddress.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.raft.MemberAddress();
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
                                m.member = v;
                            else
                                delete m.member;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.address = v;
                            else
                                delete m.address;
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
             * Decodes a MemberAddress message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.raft.MemberAddress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.raft.MemberAddress & arrow.raft.MemberAddress.$Shape} MemberAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemberAddress.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MemberAddress message.
             * @function verify
             * @memberof arrow.raft.MemberAddress
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MemberAddress.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.member != null && $Object.hasOwnProperty.call(m, "member")) {
                    if (!$util.isString(m.member))
                        return "member: string expected";
                }
                if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                    if (!$util.isString(m.address))
                        return "address: string expected";
                }
                return null;
            };

            /**
             * Creates a MemberAddress message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.raft.MemberAddress
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.raft.MemberAddress} MemberAddress
             */
            MemberAddress.fromObject = function (d, q) {
                if (d instanceof $root.arrow.raft.MemberAddress)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.raft.MemberAddress: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.raft.MemberAddress();
                if (d.member != null) {
                    if (typeof d.member !== "string" || d.member.length) {
                        m.member = $String(d.member);
                    }
                }
                if (d.address != null) {
                    if (typeof d.address !== "string" || d.address.length) {
                        m.address = $String(d.address);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a MemberAddress message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.raft.MemberAddress
             * @static
             * @param {arrow.raft.MemberAddress} m MemberAddress
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MemberAddress.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.member = "";
                    d.address = "";
                }
                if (m.member != null && $Object.hasOwnProperty.call(m, "member")) {
                    d.member = m.member;
                }
                if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                    d.address = m.address;
                }
                return d;
            };

            /**
             * Converts this MemberAddress to JSON.
             * @function toJSON
             * @memberof arrow.raft.MemberAddress
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MemberAddress.prototype.toJSON = function() {
                return MemberAddress.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MemberAddress
             * @function getTypeUrl
             * @memberof arrow.raft.MemberAddress
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MemberAddress.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.raft.MemberAddress";
            };

            return MemberAddress;
        })();

        raft.DriverSnapshotData = (function() {

            /**
             * Properties of a DriverSnapshotData.
             * @typedef {Object} arrow.raft.DriverSnapshotData.$Properties
             * @property {Array.<arrow.raft.MemberAddress.$Properties>|null} [addresses] DriverSnapshotData addresses
             * @property {Uint8Array|null} [state] DriverSnapshotData state
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DriverSnapshotData.
             * @memberof arrow.raft
             * @interface IDriverSnapshotData
             * @augments arrow.raft.DriverSnapshotData.$Properties
             * @deprecated Use arrow.raft.DriverSnapshotData.$Properties instead.
             */

            /**
             * Shape of a DriverSnapshotData.
             * @typedef {arrow.raft.DriverSnapshotData.$Properties} arrow.raft.DriverSnapshotData.$Shape
             */

            /**
             * Constructs a new DriverSnapshotData.
             * @memberof arrow.raft
             * @classdesc Represents a DriverSnapshotData.
             * @constructor
             * @param {arrow.raft.DriverSnapshotData.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DriverSnapshotData = function (p) {
                this.addresses = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DriverSnapshotData addresses.
             * @member {Array.<arrow.raft.MemberAddress.$Properties>} addresses
             * @memberof arrow.raft.DriverSnapshotData
             * @instance
             */
            DriverSnapshotData.prototype.addresses = $util.emptyArray;

            /**
             * DriverSnapshotData state.
             * @member {Uint8Array} state
             * @memberof arrow.raft.DriverSnapshotData
             * @instance
             */
            DriverSnapshotData.prototype.state = $util.newBuffer([]);

            /**
             * Creates a new DriverSnapshotData instance using the specified properties.
             * @function create
             * @memberof arrow.raft.DriverSnapshotData
             * @static
             * @param {arrow.raft.DriverSnapshotData.$Properties=} [properties] Properties to set
             * @returns {arrow.raft.DriverSnapshotData} DriverSnapshotData instance
             * @type {{
             *   (properties: arrow.raft.DriverSnapshotData.$Shape): arrow.raft.DriverSnapshotData & arrow.raft.DriverSnapshotData.$Shape;
             *   (properties?: arrow.raft.DriverSnapshotData.$Properties): arrow.raft.DriverSnapshotData;
             * }}
             */
            DriverSnapshotData.create = function(properties) {
                return new DriverSnapshotData(properties);
            };

            /**
             * Encodes the specified DriverSnapshotData message. Does not implicitly {@link arrow.raft.DriverSnapshotData.verify|verify} messages.
             * @function encode
             * @memberof arrow.raft.DriverSnapshotData
             * @static
             * @param {arrow.raft.DriverSnapshotData.$Properties} m DriverSnapshotData message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DriverSnapshotData.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.addresses != null && m.addresses.length) {
                    for (var i = 0; i < m.addresses.length; ++i)
                        $root.arrow.raft.MemberAddress.encode(m.addresses[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.state);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DriverSnapshotData message, length delimited. Does not implicitly {@link arrow.raft.DriverSnapshotData.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.raft.DriverSnapshotData
             * @static
             * @param {arrow.raft.DriverSnapshotData.$Properties} message DriverSnapshotData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DriverSnapshotData.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DriverSnapshotData message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.raft.DriverSnapshotData
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.raft.DriverSnapshotData & arrow.raft.DriverSnapshotData.$Shape} DriverSnapshotData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DriverSnapshotData.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.raft.DriverSnapshotData();
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
                            if (!(m.addresses && m.addresses.length))
                                m.addresses = [];
                            m.addresses.push($root.arrow.raft.MemberAddress.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.state = v;
                            else
                                delete m.state;
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
             * Decodes a DriverSnapshotData message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.raft.DriverSnapshotData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.raft.DriverSnapshotData & arrow.raft.DriverSnapshotData.$Shape} DriverSnapshotData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DriverSnapshotData.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DriverSnapshotData message.
             * @function verify
             * @memberof arrow.raft.DriverSnapshotData
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DriverSnapshotData.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.addresses != null && $Object.hasOwnProperty.call(m, "addresses")) {
                    if (!$Array.isArray(m.addresses))
                        return "addresses: array expected";
                    for (var i = 0; i < m.addresses.length; ++i) {
                        {
                            var e = $root.arrow.raft.MemberAddress.verify(m.addresses[i], q + 1);
                            if (e)
                                return "addresses." + e;
                        }
                    }
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    if (!(m.state && typeof m.state.length === "number" || $util.isString(m.state)))
                        return "state: buffer expected";
                }
                return null;
            };

            /**
             * Creates a DriverSnapshotData message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.raft.DriverSnapshotData
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.raft.DriverSnapshotData} DriverSnapshotData
             */
            DriverSnapshotData.fromObject = function (d, q) {
                if (d instanceof $root.arrow.raft.DriverSnapshotData)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.raft.DriverSnapshotData: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.raft.DriverSnapshotData();
                if (d.addresses) {
                    if (!$Array.isArray(d.addresses))
                        throw $TypeError(".arrow.raft.DriverSnapshotData.addresses: array expected");
                    m.addresses = $Array(d.addresses.length);
                    for (var i = 0; i < d.addresses.length; ++i) {
                        if (!$util.isObject(d.addresses[i]))
                            throw $TypeError(".arrow.raft.DriverSnapshotData.addresses: object expected");
                        m.addresses[i] = $root.arrow.raft.MemberAddress.fromObject(d.addresses[i], q + 1);
                    }
                }
                if (d.state != null) {
                    if (d.state.length) {
                        if (typeof d.state === "string")
                            $util.base64.decode(d.state, m.state = $util.newBuffer($util.base64.length(d.state)), 0);
                        else if (d.state.length >= 0)
                            m.state = d.state;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DriverSnapshotData message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.raft.DriverSnapshotData
             * @static
             * @param {arrow.raft.DriverSnapshotData} m DriverSnapshotData
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DriverSnapshotData.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.addresses = [];
                }
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.state = "";
                    else {
                        d.state = [];
                        if (o.bytes !== $Array)
                            d.state = $util.newBuffer(d.state);
                    }
                }
                if (m.addresses && m.addresses.length) {
                    d.addresses = $Array(m.addresses.length);
                    for (var j = 0; j < m.addresses.length; ++j) {
                        d.addresses[j] = $root.arrow.raft.MemberAddress.toObject(m.addresses[j], o, q + 1);
                    }
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = o.bytes === $String ? $util.base64.encode(m.state, 0, m.state.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.state) : m.state;
                }
                return d;
            };

            /**
             * Converts this DriverSnapshotData to JSON.
             * @function toJSON
             * @memberof arrow.raft.DriverSnapshotData
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DriverSnapshotData.prototype.toJSON = function() {
                return DriverSnapshotData.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DriverSnapshotData
             * @function getTypeUrl
             * @memberof arrow.raft.DriverSnapshotData
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DriverSnapshotData.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.raft.DriverSnapshotData";
            };

            return DriverSnapshotData;
        })();

        raft.ClientRequest = (function() {

            /**
             * Properties of a ClientRequest.
             * @typedef {Object} arrow.raft.ClientRequest.$Properties
             * @property {number|null} [id] ClientRequest id
             * @property {Uint8Array|null} [command] ClientRequest command
             * @property {string|null} [get] ClientRequest get
             * @property {boolean|null} [dump] ClientRequest dump
             * @property {boolean|null} [status] ClientRequest status
             * @property {"command"|"get"|"dump"|"status"} [body] ClientRequest body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClientRequest.
             * @memberof arrow.raft
             * @interface IClientRequest
             * @augments arrow.raft.ClientRequest.$Properties
             * @deprecated Use arrow.raft.ClientRequest.$Properties instead.
             */

            /**
             * Narrowed shape of a ClientRequest.
             * @typedef {{
             *   id?: number|null;
             *   command?: Uint8Array|null;
             *   get?: string|null;
             *   dump?: boolean|null;
             *   status?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; command?: null; get?: null; dump?: null; status?: null }|{ body?: "command"; command: Uint8Array; get?: null; dump?: null; status?: null }|{ body?: "get"; command?: null; get: string; dump?: null; status?: null }|{ body?: "dump"; command?: null; get?: null; dump: boolean; status?: null }|{ body?: "status"; command?: null; get?: null; dump?: null; status: boolean })
             * )} arrow.raft.ClientRequest.$Shape
             */

            /**
             * Constructs a new ClientRequest.
             * @memberof arrow.raft
             * @classdesc Represents a ClientRequest.
             * @constructor
             * @param {arrow.raft.ClientRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClientRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ClientRequest id.
             * @member {number} id
             * @memberof arrow.raft.ClientRequest
             * @instance
             */
            ClientRequest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ClientRequest command.
             * @member {Uint8Array|null|undefined} command
             * @memberof arrow.raft.ClientRequest
             * @instance
             */
            ClientRequest.prototype.command = null;

            /**
             * ClientRequest get.
             * @member {string|null|undefined} get
             * @memberof arrow.raft.ClientRequest
             * @instance
             */
            ClientRequest.prototype.get = null;

            /**
             * ClientRequest dump.
             * @member {boolean|null|undefined} dump
             * @memberof arrow.raft.ClientRequest
             * @instance
             */
            ClientRequest.prototype.dump = null;

            /**
             * ClientRequest status.
             * @member {boolean|null|undefined} status
             * @memberof arrow.raft.ClientRequest
             * @instance
             */
            ClientRequest.prototype.status = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ClientRequest body.
             * @member {"command"|"get"|"dump"|"status"|undefined} body
             * @memberof arrow.raft.ClientRequest
             * @instance
             */
            $Object.defineProperty(ClientRequest.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["command", "get", "dump", "status"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ClientRequest instance using the specified properties.
             * @function create
             * @memberof arrow.raft.ClientRequest
             * @static
             * @param {arrow.raft.ClientRequest.$Properties=} [properties] Properties to set
             * @returns {arrow.raft.ClientRequest} ClientRequest instance
             * @type {{
             *   (properties: arrow.raft.ClientRequest.$Shape): arrow.raft.ClientRequest & arrow.raft.ClientRequest.$Shape;
             *   (properties?: arrow.raft.ClientRequest.$Properties): arrow.raft.ClientRequest;
             * }}
             */
            ClientRequest.create = function(properties) {
                return new ClientRequest(properties);
            };

            /**
             * Encodes the specified ClientRequest message. Does not implicitly {@link arrow.raft.ClientRequest.verify|verify} messages.
             * @function encode
             * @memberof arrow.raft.ClientRequest
             * @static
             * @param {arrow.raft.ClientRequest.$Properties} m ClientRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && (typeof m.id === "object" ? m.id.low || m.id.high : m.id !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.id);
                if (m.command != null && $Object.hasOwnProperty.call(m, "command"))
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.command);
                if (m.get != null && $Object.hasOwnProperty.call(m, "get"))
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.get);
                if (m.dump != null && $Object.hasOwnProperty.call(m, "dump"))
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.dump);
                if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.status);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ClientRequest message, length delimited. Does not implicitly {@link arrow.raft.ClientRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.raft.ClientRequest
             * @static
             * @param {arrow.raft.ClientRequest.$Properties} message ClientRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ClientRequest message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.raft.ClientRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.raft.ClientRequest & arrow.raft.ClientRequest.$Shape} ClientRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.raft.ClientRequest();
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
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.command = r.bytes();
                            m.body = "command";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.get = r.stringVerify();
                            m.body = "get";
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            m.dump = r.bool();
                            m.body = "dump";
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            m.status = r.bool();
                            m.body = "status";
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
             * Decodes a ClientRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.raft.ClientRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.raft.ClientRequest & arrow.raft.ClientRequest.$Shape} ClientRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ClientRequest message.
             * @function verify
             * @memberof arrow.raft.ClientRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClientRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (!$util.isInteger(m.id) && !(m.id && $util.isInteger(m.id.low) && $util.isInteger(m.id.high)))
                        return "id: integer|Long expected";
                }
                if (m.command != null && $Object.hasOwnProperty.call(m, "command")) {
                    p.body = 1;
                    if (!(m.command && typeof m.command.length === "number" || $util.isString(m.command)))
                        return "command: buffer expected";
                }
                if (m.get != null && $Object.hasOwnProperty.call(m, "get")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    if (!$util.isString(m.get))
                        return "get: string expected";
                }
                if (m.dump != null && $Object.hasOwnProperty.call(m, "dump")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    if (typeof m.dump !== "boolean")
                        return "dump: boolean expected";
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    if (typeof m.status !== "boolean")
                        return "status: boolean expected";
                }
                return null;
            };

            /**
             * Creates a ClientRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.raft.ClientRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.raft.ClientRequest} ClientRequest
             */
            ClientRequest.fromObject = function (d, q) {
                if (d instanceof $root.arrow.raft.ClientRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.raft.ClientRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.raft.ClientRequest();
                if (d.id != null) {
                    if (typeof d.id === "object" ? d.id.low || d.id.high : $Number(d.id) !== 0) {
                        if ($util.Long)
                            m.id = $util.Long.fromValue(d.id, true);
                        else if (typeof d.id === "string")
                            m.id = $parseInt(d.id, 10);
                        else if (typeof d.id === "number")
                            m.id = d.id;
                        else if (typeof d.id === "object")
                            m.id = new $util.LongBits(d.id.low >>> 0, d.id.high >>> 0).toNumber(true);
                    }
                }
                if (d.command != null) {
                    if (typeof d.command === "string")
                        $util.base64.decode(d.command, m.command = $util.newBuffer($util.base64.length(d.command)), 0);
                    else if (d.command.length >= 0)
                        m.command = d.command;
                }
                if (d.get != null) {
                    m.get = $String(d.get);
                }
                if (d.dump != null) {
                    m.dump = $Boolean(d.dump);
                }
                if (d.status != null) {
                    m.status = $Boolean(d.status);
                }
                return m;
            };

            /**
             * Creates a plain object from a ClientRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.raft.ClientRequest
             * @static
             * @param {arrow.raft.ClientRequest} m ClientRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClientRequest.toObject = function (m, o, q) {
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
                        d.id = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.id = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.id = typeof m.id === "number" ? $BigInt(m.id) : $util.Long.fromBits(m.id.low >>> 0, m.id.high >>> 0, true).toBigInt();
                    else if (typeof m.id === "number")
                        d.id = o.longs === $String ? $String(m.id) : m.id;
                    else
                        d.id = o.longs === $String ? $util.Long.prototype.toString.call(m.id) : o.longs === $Number ? new $util.LongBits(m.id.low >>> 0, m.id.high >>> 0).toNumber(true) : m.id;
                }
                if (m.command != null && $Object.hasOwnProperty.call(m, "command")) {
                    d.command = o.bytes === $String ? $util.base64.encode(m.command, 0, m.command.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.command) : m.command;
                    if (o.oneofs)
                        d.body = "command";
                }
                if (m.get != null && $Object.hasOwnProperty.call(m, "get")) {
                    d.get = m.get;
                    if (o.oneofs)
                        d.body = "get";
                }
                if (m.dump != null && $Object.hasOwnProperty.call(m, "dump")) {
                    d.dump = m.dump;
                    if (o.oneofs)
                        d.body = "dump";
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = m.status;
                    if (o.oneofs)
                        d.body = "status";
                }
                return d;
            };

            /**
             * Converts this ClientRequest to JSON.
             * @function toJSON
             * @memberof arrow.raft.ClientRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClientRequest.prototype.toJSON = function() {
                return ClientRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClientRequest
             * @function getTypeUrl
             * @memberof arrow.raft.ClientRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClientRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.raft.ClientRequest";
            };

            return ClientRequest;
        })();

        raft.ClientResponse = (function() {

            /**
             * Properties of a ClientResponse.
             * @typedef {Object} arrow.raft.ClientResponse.$Properties
             * @property {number|null} [id] ClientResponse id
             * @property {string|null} [error] ClientResponse error
             * @property {string|null} [leader] ClientResponse leader
             * @property {Uint8Array|null} [result] ClientResponse result
             * @property {boolean|null} [found] ClientResponse found
             * @property {string|null} [fingerprint] ClientResponse fingerprint
             * @property {number|null} [applied] ClientResponse applied
             * @property {number|null} [index] ClientResponse index
             * @property {string|null} [role] ClientResponse role
             * @property {number|null} [term] ClientResponse term
             * @property {number|null} [commit] ClientResponse commit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClientResponse.
             * @memberof arrow.raft
             * @interface IClientResponse
             * @augments arrow.raft.ClientResponse.$Properties
             * @deprecated Use arrow.raft.ClientResponse.$Properties instead.
             */

            /**
             * Shape of a ClientResponse.
             * @typedef {arrow.raft.ClientResponse.$Properties} arrow.raft.ClientResponse.$Shape
             */

            /**
             * Constructs a new ClientResponse.
             * @memberof arrow.raft
             * @classdesc Represents a ClientResponse.
             * @constructor
             * @param {arrow.raft.ClientResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClientResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ClientResponse id.
             * @member {number} id
             * @memberof arrow.raft.ClientResponse
             * @instance
             */
            ClientResponse.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ClientResponse error.
             * @member {string} error
             * @memberof arrow.raft.ClientResponse
             * @instance
             */
            ClientResponse.prototype.error = "";

            /**
             * ClientResponse leader.
             * @member {string} leader
             * @memberof arrow.raft.ClientResponse
             * @instance
             */
            ClientResponse.prototype.leader = "";

            /**
             * ClientResponse result.
             * @member {Uint8Array} result
             * @memberof arrow.raft.ClientResponse
             * @instance
             */
            ClientResponse.prototype.result = $util.newBuffer([]);

            /**
             * ClientResponse found.
             * @member {boolean} found
             * @memberof arrow.raft.ClientResponse
             * @instance
             */
            ClientResponse.prototype.found = false;

            /**
             * ClientResponse fingerprint.
             * @member {string} fingerprint
             * @memberof arrow.raft.ClientResponse
             * @instance
             */
            ClientResponse.prototype.fingerprint = "";

            /**
             * ClientResponse applied.
             * @member {number} applied
             * @memberof arrow.raft.ClientResponse
             * @instance
             */
            ClientResponse.prototype.applied = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ClientResponse index.
             * @member {number} index
             * @memberof arrow.raft.ClientResponse
             * @instance
             */
            ClientResponse.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ClientResponse role.
             * @member {string} role
             * @memberof arrow.raft.ClientResponse
             * @instance
             */
            ClientResponse.prototype.role = "";

            /**
             * ClientResponse term.
             * @member {number} term
             * @memberof arrow.raft.ClientResponse
             * @instance
             */
            ClientResponse.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ClientResponse commit.
             * @member {number} commit
             * @memberof arrow.raft.ClientResponse
             * @instance
             */
            ClientResponse.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ClientResponse instance using the specified properties.
             * @function create
             * @memberof arrow.raft.ClientResponse
             * @static
             * @param {arrow.raft.ClientResponse.$Properties=} [properties] Properties to set
             * @returns {arrow.raft.ClientResponse} ClientResponse instance
             * @type {{
             *   (properties: arrow.raft.ClientResponse.$Shape): arrow.raft.ClientResponse & arrow.raft.ClientResponse.$Shape;
             *   (properties?: arrow.raft.ClientResponse.$Properties): arrow.raft.ClientResponse;
             * }}
             */
            ClientResponse.create = function(properties) {
                return new ClientResponse(properties);
            };

            /**
             * Encodes the specified ClientResponse message. Does not implicitly {@link arrow.raft.ClientResponse.verify|verify} messages.
             * @function encode
             * @memberof arrow.raft.ClientResponse
             * @static
             * @param {arrow.raft.ClientResponse.$Properties} m ClientResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && (typeof m.id === "object" ? m.id.low || m.id.high : m.id !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.id);
                if (m.error != null && $Object.hasOwnProperty.call(m, "error") && m.error !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.error);
                if (m.leader != null && $Object.hasOwnProperty.call(m, "leader") && m.leader !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.leader);
                if (m.result != null && $Object.hasOwnProperty.call(m, "result") && m.result.length)
                    w.uint32(/* id 4, wireType 2 =*/34).bytes(m.result);
                if (m.found != null && $Object.hasOwnProperty.call(m, "found") && m.found !== false)
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.found);
                if (m.fingerprint != null && $Object.hasOwnProperty.call(m, "fingerprint") && m.fingerprint !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.fingerprint);
                if (m.applied != null && $Object.hasOwnProperty.call(m, "applied") && (typeof m.applied === "object" ? m.applied.low || m.applied.high : m.applied !== 0))
                    w.uint32(/* id 7, wireType 0 =*/56).uint64(m.applied);
                if (m.index != null && $Object.hasOwnProperty.call(m, "index") && (typeof m.index === "object" ? m.index.low || m.index.high : m.index !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).uint64(m.index);
                if (m.role != null && $Object.hasOwnProperty.call(m, "role") && m.role !== "")
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.role);
                if (m.term != null && $Object.hasOwnProperty.call(m, "term") && (typeof m.term === "object" ? m.term.low || m.term.high : m.term !== 0))
                    w.uint32(/* id 10, wireType 0 =*/80).uint64(m.term);
                if (m.commit != null && $Object.hasOwnProperty.call(m, "commit") && (typeof m.commit === "object" ? m.commit.low || m.commit.high : m.commit !== 0))
                    w.uint32(/* id 11, wireType 0 =*/88).uint64(m.commit);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ClientResponse message, length delimited. Does not implicitly {@link arrow.raft.ClientResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.raft.ClientResponse
             * @static
             * @param {arrow.raft.ClientResponse.$Properties} message ClientResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ClientResponse message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.raft.ClientResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.raft.ClientResponse & arrow.raft.ClientResponse.$Shape} ClientResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.raft.ClientResponse();
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
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.error = v;
                            else
                                delete m.error;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.leader = v;
                            else
                                delete m.leader;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.result = v;
                            else
                                delete m.result;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.found = v;
                            else
                                delete m.found;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.fingerprint = v;
                            else
                                delete m.fingerprint;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.applied = v;
                            else
                                delete m.applied;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.index = v;
                            else
                                delete m.index;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.role = v;
                            else
                                delete m.role;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.term = v;
                            else
                                delete m.term;
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.commit = v;
                            else
                                delete m.commit;
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
             * Decodes a ClientResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.raft.ClientResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.raft.ClientResponse & arrow.raft.ClientResponse.$Shape} ClientResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ClientResponse message.
             * @function verify
             * @memberof arrow.raft.ClientResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClientResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (!$util.isInteger(m.id) && !(m.id && $util.isInteger(m.id.low) && $util.isInteger(m.id.high)))
                        return "id: integer|Long expected";
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    if (!$util.isString(m.error))
                        return "error: string expected";
                }
                if (m.leader != null && $Object.hasOwnProperty.call(m, "leader")) {
                    if (!$util.isString(m.leader))
                        return "leader: string expected";
                }
                if (m.result != null && $Object.hasOwnProperty.call(m, "result")) {
                    if (!(m.result && typeof m.result.length === "number" || $util.isString(m.result)))
                        return "result: buffer expected";
                }
                if (m.found != null && $Object.hasOwnProperty.call(m, "found")) {
                    if (typeof m.found !== "boolean")
                        return "found: boolean expected";
                }
                if (m.fingerprint != null && $Object.hasOwnProperty.call(m, "fingerprint")) {
                    if (!$util.isString(m.fingerprint))
                        return "fingerprint: string expected";
                }
                if (m.applied != null && $Object.hasOwnProperty.call(m, "applied")) {
                    if (!$util.isInteger(m.applied) && !(m.applied && $util.isInteger(m.applied.low) && $util.isInteger(m.applied.high)))
                        return "applied: integer|Long expected";
                }
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    if (!$util.isInteger(m.index) && !(m.index && $util.isInteger(m.index.low) && $util.isInteger(m.index.high)))
                        return "index: integer|Long expected";
                }
                if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                    if (!$util.isString(m.role))
                        return "role: string expected";
                }
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (!$util.isInteger(m.term) && !(m.term && $util.isInteger(m.term.low) && $util.isInteger(m.term.high)))
                        return "term: integer|Long expected";
                }
                if (m.commit != null && $Object.hasOwnProperty.call(m, "commit")) {
                    if (!$util.isInteger(m.commit) && !(m.commit && $util.isInteger(m.commit.low) && $util.isInteger(m.commit.high)))
                        return "commit: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a ClientResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.raft.ClientResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.raft.ClientResponse} ClientResponse
             */
            ClientResponse.fromObject = function (d, q) {
                if (d instanceof $root.arrow.raft.ClientResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.raft.ClientResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.raft.ClientResponse();
                if (d.id != null) {
                    if (typeof d.id === "object" ? d.id.low || d.id.high : $Number(d.id) !== 0) {
                        if ($util.Long)
                            m.id = $util.Long.fromValue(d.id, true);
                        else if (typeof d.id === "string")
                            m.id = $parseInt(d.id, 10);
                        else if (typeof d.id === "number")
                            m.id = d.id;
                        else if (typeof d.id === "object")
                            m.id = new $util.LongBits(d.id.low >>> 0, d.id.high >>> 0).toNumber(true);
                    }
                }
                if (d.error != null) {
                    if (typeof d.error !== "string" || d.error.length) {
                        m.error = $String(d.error);
                    }
                }
                if (d.leader != null) {
                    if (typeof d.leader !== "string" || d.leader.length) {
                        m.leader = $String(d.leader);
                    }
                }
                if (d.result != null) {
                    if (d.result.length) {
                        if (typeof d.result === "string")
                            $util.base64.decode(d.result, m.result = $util.newBuffer($util.base64.length(d.result)), 0);
                        else if (d.result.length >= 0)
                            m.result = d.result;
                    }
                }
                if (d.found != null) {
                    if (d.found) {
                        m.found = $Boolean(d.found);
                    }
                }
                if (d.fingerprint != null) {
                    if (typeof d.fingerprint !== "string" || d.fingerprint.length) {
                        m.fingerprint = $String(d.fingerprint);
                    }
                }
                if (d.applied != null) {
                    if (typeof d.applied === "object" ? d.applied.low || d.applied.high : $Number(d.applied) !== 0) {
                        if ($util.Long)
                            m.applied = $util.Long.fromValue(d.applied, true);
                        else if (typeof d.applied === "string")
                            m.applied = $parseInt(d.applied, 10);
                        else if (typeof d.applied === "number")
                            m.applied = d.applied;
                        else if (typeof d.applied === "object")
                            m.applied = new $util.LongBits(d.applied.low >>> 0, d.applied.high >>> 0).toNumber(true);
                    }
                }
                if (d.index != null) {
                    if (typeof d.index === "object" ? d.index.low || d.index.high : $Number(d.index) !== 0) {
                        if ($util.Long)
                            m.index = $util.Long.fromValue(d.index, true);
                        else if (typeof d.index === "string")
                            m.index = $parseInt(d.index, 10);
                        else if (typeof d.index === "number")
                            m.index = d.index;
                        else if (typeof d.index === "object")
                            m.index = new $util.LongBits(d.index.low >>> 0, d.index.high >>> 0).toNumber(true);
                    }
                }
                if (d.role != null) {
                    if (typeof d.role !== "string" || d.role.length) {
                        m.role = $String(d.role);
                    }
                }
                if (d.term != null) {
                    if (typeof d.term === "object" ? d.term.low || d.term.high : $Number(d.term) !== 0) {
                        if ($util.Long)
                            m.term = $util.Long.fromValue(d.term, true);
                        else if (typeof d.term === "string")
                            m.term = $parseInt(d.term, 10);
                        else if (typeof d.term === "number")
                            m.term = d.term;
                        else if (typeof d.term === "object")
                            m.term = new $util.LongBits(d.term.low >>> 0, d.term.high >>> 0).toNumber(true);
                    }
                }
                if (d.commit != null) {
                    if (typeof d.commit === "object" ? d.commit.low || d.commit.high : $Number(d.commit) !== 0) {
                        if ($util.Long)
                            m.commit = $util.Long.fromValue(d.commit, true);
                        else if (typeof d.commit === "string")
                            m.commit = $parseInt(d.commit, 10);
                        else if (typeof d.commit === "number")
                            m.commit = d.commit;
                        else if (typeof d.commit === "object")
                            m.commit = new $util.LongBits(d.commit.low >>> 0, d.commit.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ClientResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.raft.ClientResponse
             * @static
             * @param {arrow.raft.ClientResponse} m ClientResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClientResponse.toObject = function (m, o, q) {
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
                        d.id = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.id = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.error = "";
                    d.leader = "";
                    if (o.bytes === $String)
                        d.result = "";
                    else {
                        d.result = [];
                        if (o.bytes !== $Array)
                            d.result = $util.newBuffer(d.result);
                    }
                    d.found = false;
                    d.fingerprint = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.applied = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.applied = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.index = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.index = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.role = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.term = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.term = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.commit = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.commit = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.id = typeof m.id === "number" ? $BigInt(m.id) : $util.Long.fromBits(m.id.low >>> 0, m.id.high >>> 0, true).toBigInt();
                    else if (typeof m.id === "number")
                        d.id = o.longs === $String ? $String(m.id) : m.id;
                    else
                        d.id = o.longs === $String ? $util.Long.prototype.toString.call(m.id) : o.longs === $Number ? new $util.LongBits(m.id.low >>> 0, m.id.high >>> 0).toNumber(true) : m.id;
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = m.error;
                }
                if (m.leader != null && $Object.hasOwnProperty.call(m, "leader")) {
                    d.leader = m.leader;
                }
                if (m.result != null && $Object.hasOwnProperty.call(m, "result")) {
                    d.result = o.bytes === $String ? $util.base64.encode(m.result, 0, m.result.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.result) : m.result;
                }
                if (m.found != null && $Object.hasOwnProperty.call(m, "found")) {
                    d.found = m.found;
                }
                if (m.fingerprint != null && $Object.hasOwnProperty.call(m, "fingerprint")) {
                    d.fingerprint = m.fingerprint;
                }
                if (m.applied != null && $Object.hasOwnProperty.call(m, "applied")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.applied = typeof m.applied === "number" ? $BigInt(m.applied) : $util.Long.fromBits(m.applied.low >>> 0, m.applied.high >>> 0, true).toBigInt();
                    else if (typeof m.applied === "number")
                        d.applied = o.longs === $String ? $String(m.applied) : m.applied;
                    else
                        d.applied = o.longs === $String ? $util.Long.prototype.toString.call(m.applied) : o.longs === $Number ? new $util.LongBits(m.applied.low >>> 0, m.applied.high >>> 0).toNumber(true) : m.applied;
                }
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.index = typeof m.index === "number" ? $BigInt(m.index) : $util.Long.fromBits(m.index.low >>> 0, m.index.high >>> 0, true).toBigInt();
                    else if (typeof m.index === "number")
                        d.index = o.longs === $String ? $String(m.index) : m.index;
                    else
                        d.index = o.longs === $String ? $util.Long.prototype.toString.call(m.index) : o.longs === $Number ? new $util.LongBits(m.index.low >>> 0, m.index.high >>> 0).toNumber(true) : m.index;
                }
                if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                    d.role = m.role;
                }
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.term = typeof m.term === "number" ? $BigInt(m.term) : $util.Long.fromBits(m.term.low >>> 0, m.term.high >>> 0, true).toBigInt();
                    else if (typeof m.term === "number")
                        d.term = o.longs === $String ? $String(m.term) : m.term;
                    else
                        d.term = o.longs === $String ? $util.Long.prototype.toString.call(m.term) : o.longs === $Number ? new $util.LongBits(m.term.low >>> 0, m.term.high >>> 0).toNumber(true) : m.term;
                }
                if (m.commit != null && $Object.hasOwnProperty.call(m, "commit")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.commit = typeof m.commit === "number" ? $BigInt(m.commit) : $util.Long.fromBits(m.commit.low >>> 0, m.commit.high >>> 0, true).toBigInt();
                    else if (typeof m.commit === "number")
                        d.commit = o.longs === $String ? $String(m.commit) : m.commit;
                    else
                        d.commit = o.longs === $String ? $util.Long.prototype.toString.call(m.commit) : o.longs === $Number ? new $util.LongBits(m.commit.low >>> 0, m.commit.high >>> 0).toNumber(true) : m.commit;
                }
                return d;
            };

            /**
             * Converts this ClientResponse to JSON.
             * @function toJSON
             * @memberof arrow.raft.ClientResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClientResponse.prototype.toJSON = function() {
                return ClientResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClientResponse
             * @function getTypeUrl
             * @memberof arrow.raft.ClientResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClientResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.raft.ClientResponse";
            };

            return ClientResponse;
        })();

        return raft;
    })();

    return arrow;
})();

export {
  $root as default
};
