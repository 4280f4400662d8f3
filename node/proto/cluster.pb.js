/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";
if ($protobuf.util.Long) { $protobuf.util.Long = undefined; $protobuf.configure(); }

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["node_cluster"] || ($protobuf.roots["node_cluster"] = {});

export const arrow = $root.arrow = (() => {

    /**
     * Namespace arrow.
     * @exports arrow
     * @namespace
     */
    const arrow = {};

    arrow.cluster = (function() {

        /**
         * Namespace cluster.
         * @memberof arrow
         * @namespace
         */
        const cluster = {};

        cluster.Resources = (function() {

            /**
             * Properties of a Resources.
             * @typedef {Object} arrow.cluster.Resources.$Properties
             * @property {number|null} [cpu] Resources cpu
             * @property {number|null} [memory] Resources memory
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Resources.
             * @memberof arrow.cluster
             * @interface IResources
             * @augments arrow.cluster.Resources.$Properties
             * @deprecated Use arrow.cluster.Resources.$Properties instead.
             */

            /**
             * Shape of a Resources.
             * @typedef {arrow.cluster.Resources.$Properties} arrow.cluster.Resources.$Shape
             */

            /**
             * Constructs a new Resources.
             * @memberof arrow.cluster
             * @classdesc Represents a Resources.
             * @constructor
             * @param {arrow.cluster.Resources.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Resources = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Resources cpu.
             * @member {number} cpu
             * @memberof arrow.cluster.Resources
             * @instance
             */
            Resources.prototype.cpu = 0;

            /**
             * Resources memory.
             * @member {number} memory
             * @memberof arrow.cluster.Resources
             * @instance
             */
            Resources.prototype.memory = 0;

            /**
             * Creates a new Resources instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.Resources
             * @static
             * @param {arrow.cluster.Resources.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.Resources} Resources instance
             * @type {{
             *   (properties: arrow.cluster.Resources.$Shape): arrow.cluster.Resources & arrow.cluster.Resources.$Shape;
             *   (properties?: arrow.cluster.Resources.$Properties): arrow.cluster.Resources;
             * }}
             */
            Resources.create = function(properties) {
                return new Resources(properties);
            };

            /**
             * Encodes the specified Resources message. Does not implicitly {@link arrow.cluster.Resources.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.Resources
             * @static
             * @param {arrow.cluster.Resources.$Properties} m Resources message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Resources.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.cpu != null && $Object.hasOwnProperty.call(m, "cpu") && m.cpu !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.cpu);
                if (m.memory != null && $Object.hasOwnProperty.call(m, "memory") && m.memory !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.memory);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Resources message, length delimited. Does not implicitly {@link arrow.cluster.Resources.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.Resources
             * @static
             * @param {arrow.cluster.Resources.$Properties} message Resources message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Resources.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Resources message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.Resources
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.Resources & arrow.cluster.Resources.$Shape} Resources
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Resources.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.Resources();
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
                                m.cpu = v;
                            else
                                delete m.cpu;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.memory = v;
                            else
                                delete m.memory;
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
             * Decodes a Resources message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.Resources
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.Resources & arrow.cluster.Resources.$Shape} Resources
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Resources.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Resources message.
             * @function verify
             * @memberof arrow.cluster.Resources
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Resources.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.cpu != null && $Object.hasOwnProperty.call(m, "cpu")) {
                    if (!$util.isInteger(m.cpu))
                        return "cpu: integer expected";
                }
                if (m.memory != null && $Object.hasOwnProperty.call(m, "memory")) {
                    if (!$util.isInteger(m.memory))
                        return "memory: integer expected";
                }
                return null;
            };

            /**
             * Creates a Resources message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.Resources
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.Resources} Resources
             */
            Resources.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.Resources)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.Resources: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.Resources();
                if (d.cpu != null) {
                    if ($Number(d.cpu) !== 0) {
                        m.cpu = d.cpu >>> 0;
                    }
                }
                if (d.memory != null) {
                    if ($Number(d.memory) !== 0) {
                        m.memory = d.memory >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Resources message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.Resources
             * @static
             * @param {arrow.cluster.Resources} m Resources
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Resources.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.cpu = 0;
                    d.memory = 0;
                }
                if (m.cpu != null && $Object.hasOwnProperty.call(m, "cpu")) {
                    d.cpu = m.cpu;
                }
                if (m.memory != null && $Object.hasOwnProperty.call(m, "memory")) {
                    d.memory = m.memory;
                }
                return d;
            };

            /**
             * Converts this Resources to JSON.
             * @function toJSON
             * @memberof arrow.cluster.Resources
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Resources.prototype.toJSON = function() {
                return Resources.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Resources
             * @function getTypeUrl
             * @memberof arrow.cluster.Resources
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Resources.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.Resources";
            };

            return Resources;
        })();

        /**
         * NodeRole enum.
         * @name arrow.cluster.NodeRole
         * @enum {number}
         * @property {number} CLIENT=0 CLIENT value
         * @property {number} SERVER=1 SERVER value
         */
        cluster.NodeRole = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CLIENT"] = 0;
            values[valuesById[1] = "SERVER"] = 1;
            return values;
        })();

        /**
         * NodeStatus enum.
         * @name arrow.cluster.NodeStatus
         * @enum {number}
         * @property {number} READY=0 READY value
         * @property {number} DRAINING=1 DRAINING value
         * @property {number} DOWN=2 DOWN value
         */
        cluster.NodeStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "READY"] = 0;
            values[valuesById[1] = "DRAINING"] = 1;
            values[valuesById[2] = "DOWN"] = 2;
            return values;
        })();

        cluster.Drain = (function() {

            /**
             * Properties of a Drain.
             * @typedef {Object} arrow.cluster.Drain.$Properties
             * @property {number|null} [deadlineMs] Drain deadlineMs
             * @property {number|null} [maxParallel] Drain maxParallel
             * @property {number|null} [startedMs] Drain startedMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Drain.
             * @memberof arrow.cluster
             * @interface IDrain
             * @augments arrow.cluster.Drain.$Properties
             * @deprecated Use arrow.cluster.Drain.$Properties instead.
             */

            /**
             * Shape of a Drain.
             * @typedef {arrow.cluster.Drain.$Properties} arrow.cluster.Drain.$Shape
             */

            /**
             * Constructs a new Drain.
             * @memberof arrow.cluster
             * @classdesc Represents a Drain.
             * @constructor
             * @param {arrow.cluster.Drain.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Drain = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Drain deadlineMs.
             * @member {number} deadlineMs
             * @memberof arrow.cluster.Drain
             * @instance
             */
            Drain.prototype.deadlineMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Drain maxParallel.
             * @member {number} maxParallel
             * @memberof arrow.cluster.Drain
             * @instance
             */
            Drain.prototype.maxParallel = 0;

            /**
             * Drain startedMs.
             * @member {number} startedMs
             * @memberof arrow.cluster.Drain
             * @instance
             */
            Drain.prototype.startedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Drain instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.Drain
             * @static
             * @param {arrow.cluster.Drain.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.Drain} Drain instance
             * @type {{
             *   (properties: arrow.cluster.Drain.$Shape): arrow.cluster.Drain & arrow.cluster.Drain.$Shape;
             *   (properties?: arrow.cluster.Drain.$Properties): arrow.cluster.Drain;
             * }}
             */
            Drain.create = function(properties) {
                return new Drain(properties);
            };

            /**
             * Encodes the specified Drain message. Does not implicitly {@link arrow.cluster.Drain.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.Drain
             * @static
             * @param {arrow.cluster.Drain.$Properties} m Drain message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Drain.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.deadlineMs != null && $Object.hasOwnProperty.call(m, "deadlineMs") && (typeof m.deadlineMs === "object" ? m.deadlineMs.low || m.deadlineMs.high : m.deadlineMs !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.deadlineMs);
                if (m.maxParallel != null && $Object.hasOwnProperty.call(m, "maxParallel") && m.maxParallel !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.maxParallel);
                if (m.startedMs != null && $Object.hasOwnProperty.call(m, "startedMs") && (typeof m.startedMs === "object" ? m.startedMs.low || m.startedMs.high : m.startedMs !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.startedMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Drain message, length delimited. Does not implicitly {@link arrow.cluster.Drain.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.Drain
             * @static
             * @param {arrow.cluster.Drain.$Properties} message Drain message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Drain.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Drain message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.Drain
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.Drain & arrow.cluster.Drain.$Shape} Drain
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Drain.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.Drain();
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
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.deadlineMs = v;
                            else
                                delete m.deadlineMs;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxParallel = v;
                            else
                                delete m.maxParallel;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.startedMs = v;
                            else
                                delete m.startedMs;
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
             * Decodes a Drain message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.Drain
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.Drain & arrow.cluster.Drain.$Shape} Drain
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Drain.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Drain message.
             * @function verify
             * @memberof arrow.cluster.Drain
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Drain.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.deadlineMs != null && $Object.hasOwnProperty.call(m, "deadlineMs")) {
                    if (!$util.isInteger(m.deadlineMs) && !(m.deadlineMs && $util.isInteger(m.deadlineMs.low) && $util.isInteger(m.deadlineMs.high)))
                        return "deadlineMs: integer|Long expected";
                }
                if (m.maxParallel != null && $Object.hasOwnProperty.call(m, "maxParallel")) {
                    if (!$util.isInteger(m.maxParallel))
                        return "maxParallel: integer expected";
                }
                if (m.startedMs != null && $Object.hasOwnProperty.call(m, "startedMs")) {
                    if (!$util.isInteger(m.startedMs) && !(m.startedMs && $util.isInteger(m.startedMs.low) && $util.isInteger(m.startedMs.high)))
                        return "startedMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a Drain message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.Drain
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.Drain} Drain
             */
            Drain.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.Drain)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.Drain: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.Drain();
                if (d.deadlineMs != null) {
                    if (typeof d.deadlineMs === "object" ? d.deadlineMs.low || d.deadlineMs.high : $Number(d.deadlineMs) !== 0) {
                        if ($util.Long)
                            m.deadlineMs = $util.Long.fromValue(d.deadlineMs, false);
                        else if (typeof d.deadlineMs === "string")
                            m.deadlineMs = $parseInt(d.deadlineMs, 10);
                        else if (typeof d.deadlineMs === "number")
                            m.deadlineMs = d.deadlineMs;
                        else if (typeof d.deadlineMs === "object")
                            m.deadlineMs = new $util.LongBits(d.deadlineMs.low >>> 0, d.deadlineMs.high >>> 0).toNumber();
                    }
                }
                if (d.maxParallel != null) {
                    if ($Number(d.maxParallel) !== 0) {
                        m.maxParallel = d.maxParallel >>> 0;
                    }
                }
                if (d.startedMs != null) {
                    if (typeof d.startedMs === "object" ? d.startedMs.low || d.startedMs.high : $Number(d.startedMs) !== 0) {
                        if ($util.Long)
                            m.startedMs = $util.Long.fromValue(d.startedMs, false);
                        else if (typeof d.startedMs === "string")
                            m.startedMs = $parseInt(d.startedMs, 10);
                        else if (typeof d.startedMs === "number")
                            m.startedMs = d.startedMs;
                        else if (typeof d.startedMs === "object")
                            m.startedMs = new $util.LongBits(d.startedMs.low >>> 0, d.startedMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Drain message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.Drain
             * @static
             * @param {arrow.cluster.Drain} m Drain
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Drain.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.deadlineMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.deadlineMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.maxParallel = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.startedMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.startedMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.deadlineMs != null && $Object.hasOwnProperty.call(m, "deadlineMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.deadlineMs = typeof m.deadlineMs === "number" ? $BigInt(m.deadlineMs) : $util.Long.fromBits(m.deadlineMs.low >>> 0, m.deadlineMs.high >>> 0, false).toBigInt();
                    else if (typeof m.deadlineMs === "number")
                        d.deadlineMs = o.longs === $String ? $String(m.deadlineMs) : m.deadlineMs;
                    else
                        d.deadlineMs = o.longs === $String ? $util.Long.prototype.toString.call(m.deadlineMs) : o.longs === $Number ? new $util.LongBits(m.deadlineMs.low >>> 0, m.deadlineMs.high >>> 0).toNumber() : m.deadlineMs;
                }
                if (m.maxParallel != null && $Object.hasOwnProperty.call(m, "maxParallel")) {
                    d.maxParallel = m.maxParallel;
                }
                if (m.startedMs != null && $Object.hasOwnProperty.call(m, "startedMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.startedMs = typeof m.startedMs === "number" ? $BigInt(m.startedMs) : $util.Long.fromBits(m.startedMs.low >>> 0, m.startedMs.high >>> 0, false).toBigInt();
                    else if (typeof m.startedMs === "number")
                        d.startedMs = o.longs === $String ? $String(m.startedMs) : m.startedMs;
                    else
                        d.startedMs = o.longs === $String ? $util.Long.prototype.toString.call(m.startedMs) : o.longs === $Number ? new $util.LongBits(m.startedMs.low >>> 0, m.startedMs.high >>> 0).toNumber() : m.startedMs;
                }
                return d;
            };

            /**
             * Converts this Drain to JSON.
             * @function toJSON
             * @memberof arrow.cluster.Drain
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Drain.prototype.toJSON = function() {
                return Drain.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Drain
             * @function getTypeUrl
             * @memberof arrow.cluster.Drain
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Drain.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.Drain";
            };

            return Drain;
        })();

        cluster.NodeRecord = (function() {

            /**
             * Properties of a NodeRecord.
             * @typedef {Object} arrow.cluster.NodeRecord.$Properties
             * @property {string|null} [id] NodeRecord id
             * @property {string|null} [name] NodeRecord name
             * @property {string|null} [peerId] NodeRecord peerId
             * @property {Array.<string>|null} [addrs] NodeRecord addrs
             * @property {arrow.cluster.Resources.$Properties|null} [capacity] NodeRecord capacity
             * @property {Object.<string,string>|null} [labels] NodeRecord labels
             * @property {boolean|null} [kvm] NodeRecord kvm
             * @property {arrow.cluster.NodeRole|null} [role] NodeRecord role
             * @property {arrow.cluster.NodeStatus|null} [status] NodeRecord status
             * @property {boolean|null} [eligible] NodeRecord eligible
             * @property {arrow.cluster.Drain.$Properties|null} [drain] NodeRecord drain
             * @property {number|null} [createIndex] NodeRecord createIndex
             * @property {number|null} [modifyIndex] NodeRecord modifyIndex
             * @property {number|null} [statusTimeMs] NodeRecord statusTimeMs
             * @property {string|null} [version] NodeRecord version
             * @property {string|null} [subnet] NodeRecord subnet
             * @property {arrow.cluster.NodeOverlay.$Properties|null} [overlay] NodeRecord overlay
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeRecord.
             * @memberof arrow.cluster
             * @interface INodeRecord
             * @augments arrow.cluster.NodeRecord.$Properties
             * @deprecated Use arrow.cluster.NodeRecord.$Properties instead.
             */

            /**
             * Shape of a NodeRecord.
             * @typedef {arrow.cluster.NodeRecord.$Properties} arrow.cluster.NodeRecord.$Shape
             */

            /**
             * Constructs a new NodeRecord.
             * @memberof arrow.cluster
             * @classdesc Represents a NodeRecord.
             * @constructor
             * @param {arrow.cluster.NodeRecord.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NodeRecord = function (p) {
                this.addrs = [];
                this.labels = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NodeRecord id.
             * @member {string} id
             * @memberof arrow.cluster.NodeRecord
             * @instance
             */
            NodeRecord.prototype.id = "";

            /**
             * NodeRecord name.
             * @member {string} name
             * @memberof arrow.cluster.NodeRecord
             * @instance
             */
            NodeRecord.prototype.name = "";

            /**
             * NodeRecord peerId.
             * @member {string} peerId
             * @memberof arrow.cluster.NodeRecord
             * @instance
             */
            NodeRecord.prototype.peerId = "";

            /**
             * NodeRecord addrs.
             * @member {Array.<string>} addrs
             * @memberof arrow.cluster.NodeRecord
             * @instance
             */
            NodeRecord.prototype.addrs = $util.emptyArray;

            /**
             * NodeRecord capacity.
             * @member {arrow.cluster.Resources.$Properties|null|undefined} capacity
             * @memberof arrow.cluster.NodeRecord
             * @instance
             */
            NodeRecord.prototype.capacity = null;

            /**
             * NodeRecord labels.
             * @member {Object.<string,string>} labels
             * @memberof arrow.cluster.NodeRecord
             * @instance
             */
            NodeRecord.prototype.labels = $util.emptyObject;

            /**
             * NodeRecord kvm.
             * @member {boolean} kvm
             * @memberof arrow.cluster.NodeRecord
             * @instance
             */
            NodeRecord.prototype.kvm = false;

            /**
             * NodeRecord role.
             * @member {arrow.cluster.NodeRole} role
             * @memberof arrow.cluster.NodeRecord
             * @instance
             */
            NodeRecord.prototype.role = 0;

            /**
             * NodeRecord status.
             * @member {arrow.cluster.NodeStatus} status
             * @memberof arrow.cluster.NodeRecord
             * @instance
             */
            NodeRecord.prototype.status = 0;

            /**
             * NodeRecord eligible.
             * @member {boolean} eligible
             * @memberof arrow.cluster.NodeRecord
             * @instance
             */
            NodeRecord.prototype.eligible = false;

            /**
             * NodeRecord drain.
             * @member {arrow.cluster.Drain.$Properties|null|undefined} drain
             * @memberof arrow.cluster.NodeRecord
             * @instance
             */
            NodeRecord.prototype.drain = null;

            /**
             * NodeRecord createIndex.
             * @member {number} createIndex
             * @memberof arrow.cluster.NodeRecord
             * @instance
             */
            NodeRecord.prototype.createIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeRecord modifyIndex.
             * @member {number} modifyIndex
             * @memberof arrow.cluster.NodeRecord
             * @instance
             */
            NodeRecord.prototype.modifyIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeRecord statusTimeMs.
             * @member {number} statusTimeMs
             * @memberof arrow.cluster.NodeRecord
             * @instance
             */
            NodeRecord.prototype.statusTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * NodeRecord version.
             * @member {string} version
             * @memberof arrow.cluster.NodeRecord
             * @instance
             */
            NodeRecord.prototype.version = "";

            /**
             * NodeRecord subnet.
             * @member {string} subnet
             * @memberof arrow.cluster.NodeRecord
             * @instance
             */
            NodeRecord.prototype.subnet = "";

            /**
             * NodeRecord overlay.
             * @member {arrow.cluster.NodeOverlay.$Properties|null|undefined} overlay
             * @memberof arrow.cluster.NodeRecord
             * @instance
             */
            NodeRecord.prototype.overlay = null;

            /**
             * Creates a new NodeRecord instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.NodeRecord
             * @static
             * @param {arrow.cluster.NodeRecord.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.NodeRecord} NodeRecord instance
             * @type {{
             *   (properties: arrow.cluster.NodeRecord.$Shape): arrow.cluster.NodeRecord & arrow.cluster.NodeRecord.$Shape;
             *   (properties?: arrow.cluster.NodeRecord.$Properties): arrow.cluster.NodeRecord;
             * }}
             */
            NodeRecord.create = function(properties) {
                return new NodeRecord(properties);
            };

            /**
             * Encodes the specified NodeRecord message. Does not implicitly {@link arrow.cluster.NodeRecord.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.NodeRecord
             * @static
             * @param {arrow.cluster.NodeRecord.$Properties} m NodeRecord message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeRecord.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
                if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.peerId);
                if (m.addrs != null && m.addrs.length) {
                    for (var i = 0; i < m.addrs.length; ++i)
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.addrs[i]);
                }
                if (m.capacity != null && $Object.hasOwnProperty.call(m, "capacity"))
                    $root.arrow.cluster.Resources.encode(m.capacity, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.labels != null && $Object.hasOwnProperty.call(m, "labels")) {
                    for (var ks = $Object.keys(m.labels), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 6, wireType 2 =*/50).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.labels[ks[i]]).ldelim();
                    }
                }
                if (m.kvm != null && $Object.hasOwnProperty.call(m, "kvm") && m.kvm !== false)
                    w.uint32(/* id 7, wireType 0 =*/56).bool(m.kvm);
                if (m.role != null && $Object.hasOwnProperty.call(m, "role") && m.role !== 0)
                    w.uint32(/* id 8, wireType 0 =*/64).int32(m.role);
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                    w.uint32(/* id 9, wireType 0 =*/72).int32(m.status);
                if (m.eligible != null && $Object.hasOwnProperty.call(m, "eligible") && m.eligible !== false)
                    w.uint32(/* id 10, wireType 0 =*/80).bool(m.eligible);
                if (m.drain != null && $Object.hasOwnProperty.call(m, "drain"))
                    $root.arrow.cluster.Drain.encode(m.drain, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.createIndex != null && $Object.hasOwnProperty.call(m, "createIndex") && (typeof m.createIndex === "object" ? m.createIndex.low || m.createIndex.high : m.createIndex !== 0))
                    w.uint32(/* id 12, wireType 0 =*/96).uint64(m.createIndex);
                if (m.modifyIndex != null && $Object.hasOwnProperty.call(m, "modifyIndex") && (typeof m.modifyIndex === "object" ? m.modifyIndex.low || m.modifyIndex.high : m.modifyIndex !== 0))
                    w.uint32(/* id 13, wireType 0 =*/104).uint64(m.modifyIndex);
                if (m.statusTimeMs != null && $Object.hasOwnProperty.call(m, "statusTimeMs") && (typeof m.statusTimeMs === "object" ? m.statusTimeMs.low || m.statusTimeMs.high : m.statusTimeMs !== 0))
                    w.uint32(/* id 14, wireType 0 =*/112).int64(m.statusTimeMs);
                if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== "")
                    w.uint32(/* id 15, wireType 2 =*/122).string(m.version);
                if (m.subnet != null && $Object.hasOwnProperty.call(m, "subnet") && m.subnet !== "")
                    w.uint32(/* id 16, wireType 2 =*/130).string(m.subnet);
                if (m.overlay != null && $Object.hasOwnProperty.call(m, "overlay"))
                    $root.arrow.cluster.NodeOverlay.encode(m.overlay, w.uint32(/* id 17, wireType 2 =*/138).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified NodeRecord message, length delimited. Does not implicitly {@link arrow.cluster.NodeRecord.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.NodeRecord
             * @static
             * @param {arrow.cluster.NodeRecord.$Properties} message NodeRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeRecord.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NodeRecord message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.NodeRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.NodeRecord & arrow.cluster.NodeRecord.$Shape} NodeRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeRecord.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.arrow.cluster.NodeRecord();
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
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.peerId = v;
                            else
                                delete m.peerId;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.addrs && m.addrs.length))
                                m.addrs = [];
                            m.addrs.push(r.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.capacity = $root.arrow.cluster.Resources.decode(r, r.size(), $undefined, q + 1, m.capacity);
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if (m.labels === $util.emptyObject)
                                m.labels = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.labels, k);
                            m.labels[k] = v;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.kvm = v;
                            else
                                delete m.kvm;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.role = v;
                            else
                                delete m.role;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.status = v;
                            else
                                delete m.status;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.eligible = v;
                            else
                                delete m.eligible;
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.drain = $root.arrow.cluster.Drain.decode(r, r.size(), $undefined, q + 1, m.drain);
                            continue;
                        }
                    case 12: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.createIndex = v;
                            else
                                delete m.createIndex;
                            continue;
                        }
                    case 13: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.modifyIndex = v;
                            else
                                delete m.modifyIndex;
                            continue;
                        }
                    case 14: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.statusTimeMs = v;
                            else
                                delete m.statusTimeMs;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.version = v;
                            else
                                delete m.version;
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.subnet = v;
                            else
                                delete m.subnet;
                            continue;
                        }
                    case 17: {
                            if (u !== 2)
                                break;
                            m.overlay = $root.arrow.cluster.NodeOverlay.decode(r, r.size(), $undefined, q + 1, m.overlay);
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
             * Decodes a NodeRecord message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.NodeRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.NodeRecord & arrow.cluster.NodeRecord.$Shape} NodeRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeRecord.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NodeRecord message.
             * @function verify
             * @memberof arrow.cluster.NodeRecord
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NodeRecord.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (!$util.isString(m.id))
                        return "id: string expected";
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    if (!$util.isString(m.name))
                        return "name: string expected";
                }
                if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                    if (!$util.isString(m.peerId))
                        return "peerId: string expected";
                }
                if (m.addrs != null && $Object.hasOwnProperty.call(m, "addrs")) {
                    if (!$Array.isArray(m.addrs))
                        return "addrs: array expected";
                    for (var i = 0; i < m.addrs.length; ++i) {
                        if (!$util.isString(m.addrs[i]))
                            return "addrs: string[] expected";
                    }
                }
                if (m.capacity != null && $Object.hasOwnProperty.call(m, "capacity")) {
                    {
                        var e = $root.arrow.cluster.Resources.verify(m.capacity, q + 1);
                        if (e)
                            return "capacity." + e;
                    }
                }
                if (m.labels != null && $Object.hasOwnProperty.call(m, "labels")) {
                    if (!$util.isObject(m.labels))
                        return "labels: object expected";
                    var k = $Object.keys(m.labels);
                    for (var i = 0; i < k.length; ++i) {
                        if (!$util.isString(m.labels[k[i]]))
                            return "labels: string{k:string} expected";
                    }
                }
                if (m.kvm != null && $Object.hasOwnProperty.call(m, "kvm")) {
                    if (typeof m.kvm !== "boolean")
                        return "kvm: boolean expected";
                }
                if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                    if (typeof m.role !== "number" || (m.role | 0) !== m.role)
                        return "role: enum value expected";
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    if (typeof m.status !== "number" || (m.status | 0) !== m.status)
                        return "status: enum value expected";
                }
                if (m.eligible != null && $Object.hasOwnProperty.call(m, "eligible")) {
                    if (typeof m.eligible !== "boolean")
                        return "eligible: boolean expected";
                }
                if (m.drain != null && $Object.hasOwnProperty.call(m, "drain")) {
                    {
                        var e = $root.arrow.cluster.Drain.verify(m.drain, q + 1);
                        if (e)
                            return "drain." + e;
                    }
                }
                if (m.createIndex != null && $Object.hasOwnProperty.call(m, "createIndex")) {
                    if (!$util.isInteger(m.createIndex) && !(m.createIndex && $util.isInteger(m.createIndex.low) && $util.isInteger(m.createIndex.high)))
                        return "createIndex: integer|Long expected";
                }
                if (m.modifyIndex != null && $Object.hasOwnProperty.call(m, "modifyIndex")) {
                    if (!$util.isInteger(m.modifyIndex) && !(m.modifyIndex && $util.isInteger(m.modifyIndex.low) && $util.isInteger(m.modifyIndex.high)))
                        return "modifyIndex: integer|Long expected";
                }
                if (m.statusTimeMs != null && $Object.hasOwnProperty.call(m, "statusTimeMs")) {
                    if (!$util.isInteger(m.statusTimeMs) && !(m.statusTimeMs && $util.isInteger(m.statusTimeMs.low) && $util.isInteger(m.statusTimeMs.high)))
                        return "statusTimeMs: integer|Long expected";
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (!$util.isString(m.version))
                        return "version: string expected";
                }
                if (m.subnet != null && $Object.hasOwnProperty.call(m, "subnet")) {
                    if (!$util.isString(m.subnet))
                        return "subnet: string expected";
                }
                if (m.overlay != null && $Object.hasOwnProperty.call(m, "overlay")) {
                    {
                        var e = $root.arrow.cluster.NodeOverlay.verify(m.overlay, q + 1);
                        if (e)
                            return "overlay." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a NodeRecord message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.NodeRecord
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.NodeRecord} NodeRecord
             */
            NodeRecord.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.NodeRecord)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.NodeRecord: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.NodeRecord();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.peerId != null) {
                    if (typeof d.peerId !== "string" || d.peerId.length) {
                        m.peerId = $String(d.peerId);
                    }
                }
                if (d.addrs) {
                    if (!$Array.isArray(d.addrs))
                        throw $TypeError(".arrow.cluster.NodeRecord.addrs: array expected");
                    m.addrs = $Array(d.addrs.length);
                    for (var i = 0; i < d.addrs.length; ++i) {
                        m.addrs[i] = $String(d.addrs[i]);
                    }
                }
                if (d.capacity != null) {
                    if (!$util.isObject(d.capacity))
                        throw $TypeError(".arrow.cluster.NodeRecord.capacity: object expected");
                    m.capacity = $root.arrow.cluster.Resources.fromObject(d.capacity, q + 1);
                }
                if (d.labels) {
                    if (!$util.isObject(d.labels))
                        throw $TypeError(".arrow.cluster.NodeRecord.labels: object expected");
                    m.labels = {};
                    for (var ks = $Object.keys(d.labels), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.labels, ks[i]);
                        m.labels[ks[i]] = $String(d.labels[ks[i]]);
                    }
                }
                if (d.kvm != null) {
                    if (d.kvm) {
                        m.kvm = $Boolean(d.kvm);
                    }
                }
                if (d.role !== 0 && (typeof d.role !== "string" || $root.arrow.cluster.NodeRole[d.role] !== 0)) {
                    switch (d.role) {
                    case "CLIENT":
                    case 0:
                        m.role = 0;
                        break;
                    case "SERVER":
                    case 1:
                        m.role = 1;
                        break;
                    default:
                        if (typeof d.role === "number" && (d.role | 0) === d.role)
                            m.role = d.role;
                    }
                }
                if (d.status !== 0 && (typeof d.status !== "string" || $root.arrow.cluster.NodeStatus[d.status] !== 0)) {
                    switch (d.status) {
                    case "READY":
                    case 0:
                        m.status = 0;
                        break;
                    case "DRAINING":
                    case 1:
                        m.status = 1;
                        break;
                    case "DOWN":
                    case 2:
                        m.status = 2;
                        break;
                    default:
                        if (typeof d.status === "number" && (d.status | 0) === d.status)
                            m.status = d.status;
                    }
                }
                if (d.eligible != null) {
                    if (d.eligible) {
                        m.eligible = $Boolean(d.eligible);
                    }
                }
                if (d.drain != null) {
                    if (!$util.isObject(d.drain))
                        throw $TypeError(".arrow.cluster.NodeRecord.drain: object expected");
                    m.drain = $root.arrow.cluster.Drain.fromObject(d.drain, q + 1);
                }
                if (d.createIndex != null) {
                    if (typeof d.createIndex === "object" ? d.createIndex.low || d.createIndex.high : $Number(d.createIndex) !== 0) {
                        if ($util.Long)
                            m.createIndex = $util.Long.fromValue(d.createIndex, true);
                        else if (typeof d.createIndex === "string")
                            m.createIndex = $parseInt(d.createIndex, 10);
                        else if (typeof d.createIndex === "number")
                            m.createIndex = d.createIndex;
                        else if (typeof d.createIndex === "object")
                            m.createIndex = new $util.LongBits(d.createIndex.low >>> 0, d.createIndex.high >>> 0).toNumber(true);
                    }
                }
                if (d.modifyIndex != null) {
                    if (typeof d.modifyIndex === "object" ? d.modifyIndex.low || d.modifyIndex.high : $Number(d.modifyIndex) !== 0) {
                        if ($util.Long)
                            m.modifyIndex = $util.Long.fromValue(d.modifyIndex, true);
                        else if (typeof d.modifyIndex === "string")
                            m.modifyIndex = $parseInt(d.modifyIndex, 10);
                        else if (typeof d.modifyIndex === "number")
                            m.modifyIndex = d.modifyIndex;
                        else if (typeof d.modifyIndex === "object")
                            m.modifyIndex = new $util.LongBits(d.modifyIndex.low >>> 0, d.modifyIndex.high >>> 0).toNumber(true);
                    }
                }
                if (d.statusTimeMs != null) {
                    if (typeof d.statusTimeMs === "object" ? d.statusTimeMs.low || d.statusTimeMs.high : $Number(d.statusTimeMs) !== 0) {
                        if ($util.Long)
                            m.statusTimeMs = $util.Long.fromValue(d.statusTimeMs, false);
                        else if (typeof d.statusTimeMs === "string")
                            m.statusTimeMs = $parseInt(d.statusTimeMs, 10);
                        else if (typeof d.statusTimeMs === "number")
                            m.statusTimeMs = d.statusTimeMs;
                        else if (typeof d.statusTimeMs === "object")
                            m.statusTimeMs = new $util.LongBits(d.statusTimeMs.low >>> 0, d.statusTimeMs.high >>> 0).toNumber();
                    }
                }
                if (d.version != null) {
                    if (typeof d.version !== "string" || d.version.length) {
                        m.version = $String(d.version);
                    }
                }
                if (d.subnet != null) {
                    if (typeof d.subnet !== "string" || d.subnet.length) {
                        m.subnet = $String(d.subnet);
                    }
                }
                if (d.overlay != null) {
                    if (!$util.isObject(d.overlay))
                        throw $TypeError(".arrow.cluster.NodeRecord.overlay: object expected");
                    m.overlay = $root.arrow.cluster.NodeOverlay.fromObject(d.overlay, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a NodeRecord message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.NodeRecord
             * @static
             * @param {arrow.cluster.NodeRecord} m NodeRecord
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodeRecord.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.addrs = [];
                }
                if (o.objects || o.defaults) {
                    d.labels = {};
                }
                if (o.defaults) {
                    d.id = "";
                    d.name = "";
                    d.peerId = "";
                    d.capacity = null;
                    d.kvm = false;
                    d.role = o.enums === $String ? "CLIENT" : 0;
                    d.status = o.enums === $String ? "READY" : 0;
                    d.eligible = false;
                    d.drain = null;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.createIndex = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.createIndex = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.modifyIndex = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.modifyIndex = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.statusTimeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.statusTimeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.version = "";
                    d.subnet = "";
                    d.overlay = null;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                    d.peerId = m.peerId;
                }
                if (m.addrs && m.addrs.length) {
                    d.addrs = $Array(m.addrs.length);
                    for (var j = 0; j < m.addrs.length; ++j) {
                        d.addrs[j] = m.addrs[j];
                    }
                }
                if (m.capacity != null && $Object.hasOwnProperty.call(m, "capacity")) {
                    d.capacity = $root.arrow.cluster.Resources.toObject(m.capacity, o, q + 1);
                }
                var ks2;
                if (m.labels && (ks2 = $Object.keys(m.labels)).length) {
                    d.labels = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.labels, ks2[j]);
                        d.labels[ks2[j]] = m.labels[ks2[j]];
                    }
                }
                if (m.kvm != null && $Object.hasOwnProperty.call(m, "kvm")) {
                    d.kvm = m.kvm;
                }
                if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                    d.role = o.enums === $String ? $root.arrow.cluster.NodeRole[m.role] === $undefined ? m.role : $root.arrow.cluster.NodeRole[m.role] : m.role;
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = o.enums === $String ? $root.arrow.cluster.NodeStatus[m.status] === $undefined ? m.status : $root.arrow.cluster.NodeStatus[m.status] : m.status;
                }
                if (m.eligible != null && $Object.hasOwnProperty.call(m, "eligible")) {
                    d.eligible = m.eligible;
                }
                if (m.drain != null && $Object.hasOwnProperty.call(m, "drain")) {
                    d.drain = $root.arrow.cluster.Drain.toObject(m.drain, o, q + 1);
                }
                if (m.createIndex != null && $Object.hasOwnProperty.call(m, "createIndex")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.createIndex = typeof m.createIndex === "number" ? $BigInt(m.createIndex) : $util.Long.fromBits(m.createIndex.low >>> 0, m.createIndex.high >>> 0, true).toBigInt();
                    else if (typeof m.createIndex === "number")
                        d.createIndex = o.longs === $String ? $String(m.createIndex) : m.createIndex;
                    else
                        d.createIndex = o.longs === $String ? $util.Long.prototype.toString.call(m.createIndex) : o.longs === $Number ? new $util.LongBits(m.createIndex.low >>> 0, m.createIndex.high >>> 0).toNumber(true) : m.createIndex;
                }
                if (m.modifyIndex != null && $Object.hasOwnProperty.call(m, "modifyIndex")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.modifyIndex = typeof m.modifyIndex === "number" ? $BigInt(m.modifyIndex) : $util.Long.fromBits(m.modifyIndex.low >>> 0, m.modifyIndex.high >>> 0, true).toBigInt();
                    else if (typeof m.modifyIndex === "number")
                        d.modifyIndex = o.longs === $String ? $String(m.modifyIndex) : m.modifyIndex;
                    else
                        d.modifyIndex = o.longs === $String ? $util.Long.prototype.toString.call(m.modifyIndex) : o.longs === $Number ? new $util.LongBits(m.modifyIndex.low >>> 0, m.modifyIndex.high >>> 0).toNumber(true) : m.modifyIndex;
                }
                if (m.statusTimeMs != null && $Object.hasOwnProperty.call(m, "statusTimeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.statusTimeMs = typeof m.statusTimeMs === "number" ? $BigInt(m.statusTimeMs) : $util.Long.fromBits(m.statusTimeMs.low >>> 0, m.statusTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.statusTimeMs === "number")
                        d.statusTimeMs = o.longs === $String ? $String(m.statusTimeMs) : m.statusTimeMs;
                    else
                        d.statusTimeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.statusTimeMs) : o.longs === $Number ? new $util.LongBits(m.statusTimeMs.low >>> 0, m.statusTimeMs.high >>> 0).toNumber() : m.statusTimeMs;
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    d.version = m.version;
                }
                if (m.subnet != null && $Object.hasOwnProperty.call(m, "subnet")) {
                    d.subnet = m.subnet;
                }
                if (m.overlay != null && $Object.hasOwnProperty.call(m, "overlay")) {
                    d.overlay = $root.arrow.cluster.NodeOverlay.toObject(m.overlay, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this NodeRecord to JSON.
             * @function toJSON
             * @memberof arrow.cluster.NodeRecord
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodeRecord.prototype.toJSON = function() {
                return NodeRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodeRecord
             * @function getTypeUrl
             * @memberof arrow.cluster.NodeRecord
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeRecord.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.NodeRecord";
            };

            return NodeRecord;
        })();

        cluster.NodeOverlay = (function() {

            /**
             * Properties of a NodeOverlay.
             * @typedef {Object} arrow.cluster.NodeOverlay.$Properties
             * @property {string|null} [publicKey] NodeOverlay publicKey
             * @property {string|null} [endpoint] NodeOverlay endpoint
             * @property {string|null} [mode] NodeOverlay mode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeOverlay.
             * @memberof arrow.cluster
             * @interface INodeOverlay
             * @augments arrow.cluster.NodeOverlay.$Properties
             * @deprecated Use arrow.cluster.NodeOverlay.$Properties instead.
             */

            /**
             * Shape of a NodeOverlay.
             * @typedef {arrow.cluster.NodeOverlay.$Properties} arrow.cluster.NodeOverlay.$Shape
             */

            /**
             * Constructs a new NodeOverlay.
             * @memberof arrow.cluster
             * @classdesc Represents a NodeOverlay.
             * @constructor
             * @param {arrow.cluster.NodeOverlay.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NodeOverlay = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NodeOverlay publicKey.
             * @member {string} publicKey
             * @memberof arrow.cluster.NodeOverlay
             * @instance
             */
            NodeOverlay.prototype.publicKey = "";

            /**
             * NodeOverlay endpoint.
             * @member {string} endpoint
             * @memberof arrow.cluster.NodeOverlay
             * @instance
             */
            NodeOverlay.prototype.endpoint = "";

            /**
             * NodeOverlay mode.
             * @member {string} mode
             * @memberof arrow.cluster.NodeOverlay
             * @instance
             */
            NodeOverlay.prototype.mode = "";

            /**
             * Creates a new NodeOverlay instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.NodeOverlay
             * @static
             * @param {arrow.cluster.NodeOverlay.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.NodeOverlay} NodeOverlay instance
             * @type {{
             *   (properties: arrow.cluster.NodeOverlay.$Shape): arrow.cluster.NodeOverlay & arrow.cluster.NodeOverlay.$Shape;
             *   (properties?: arrow.cluster.NodeOverlay.$Properties): arrow.cluster.NodeOverlay;
             * }}
             */
            NodeOverlay.create = function(properties) {
                return new NodeOverlay(properties);
            };

            /**
             * Encodes the specified NodeOverlay message. Does not implicitly {@link arrow.cluster.NodeOverlay.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.NodeOverlay
             * @static
             * @param {arrow.cluster.NodeOverlay.$Properties} m NodeOverlay message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeOverlay.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.publicKey != null && $Object.hasOwnProperty.call(m, "publicKey") && m.publicKey !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.publicKey);
                if (m.endpoint != null && $Object.hasOwnProperty.call(m, "endpoint") && m.endpoint !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.endpoint);
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode") && m.mode !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.mode);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified NodeOverlay message, length delimited. Does not implicitly {@link arrow.cluster.NodeOverlay.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.NodeOverlay
             * @static
             * @param {arrow.cluster.NodeOverlay.$Properties} message NodeOverlay message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeOverlay.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NodeOverlay message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.NodeOverlay
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.NodeOverlay & arrow.cluster.NodeOverlay.$Shape} NodeOverlay
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeOverlay.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.NodeOverlay();
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
                                m.publicKey = v;
                            else
                                delete m.publicKey;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.endpoint = v;
                            else
                                delete m.endpoint;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.mode = v;
                            else
                                delete m.mode;
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
             * Decodes a NodeOverlay message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.NodeOverlay
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.NodeOverlay & arrow.cluster.NodeOverlay.$Shape} NodeOverlay
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeOverlay.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NodeOverlay message.
             * @function verify
             * @memberof arrow.cluster.NodeOverlay
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NodeOverlay.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.publicKey != null && $Object.hasOwnProperty.call(m, "publicKey")) {
                    if (!$util.isString(m.publicKey))
                        return "publicKey: string expected";
                }
                if (m.endpoint != null && $Object.hasOwnProperty.call(m, "endpoint")) {
                    if (!$util.isString(m.endpoint))
                        return "endpoint: string expected";
                }
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode")) {
                    if (!$util.isString(m.mode))
                        return "mode: string expected";
                }
                return null;
            };

            /**
             * Creates a NodeOverlay message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.NodeOverlay
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.NodeOverlay} NodeOverlay
             */
            NodeOverlay.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.NodeOverlay)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.NodeOverlay: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.NodeOverlay();
                if (d.publicKey != null) {
                    if (typeof d.publicKey !== "string" || d.publicKey.length) {
                        m.publicKey = $String(d.publicKey);
                    }
                }
                if (d.endpoint != null) {
                    if (typeof d.endpoint !== "string" || d.endpoint.length) {
                        m.endpoint = $String(d.endpoint);
                    }
                }
                if (d.mode != null) {
                    if (typeof d.mode !== "string" || d.mode.length) {
                        m.mode = $String(d.mode);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a NodeOverlay message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.NodeOverlay
             * @static
             * @param {arrow.cluster.NodeOverlay} m NodeOverlay
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodeOverlay.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.publicKey = "";
                    d.endpoint = "";
                    d.mode = "";
                }
                if (m.publicKey != null && $Object.hasOwnProperty.call(m, "publicKey")) {
                    d.publicKey = m.publicKey;
                }
                if (m.endpoint != null && $Object.hasOwnProperty.call(m, "endpoint")) {
                    d.endpoint = m.endpoint;
                }
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode")) {
                    d.mode = m.mode;
                }
                return d;
            };

            /**
             * Converts this NodeOverlay to JSON.
             * @function toJSON
             * @memberof arrow.cluster.NodeOverlay
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodeOverlay.prototype.toJSON = function() {
                return NodeOverlay.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodeOverlay
             * @function getTypeUrl
             * @memberof arrow.cluster.NodeOverlay
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeOverlay.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.NodeOverlay";
            };

            return NodeOverlay;
        })();

        cluster.ArrowRecord = (function() {

            /**
             * Properties of an ArrowRecord.
             * @typedef {Object} arrow.cluster.ArrowRecord.$Properties
             * @property {string|null} [name] ArrowRecord name
             * @property {number|null} [version] ArrowRecord version
             * @property {string|null} [definitionJson] ArrowRecord definitionJson
             * @property {boolean|null} [stopped] ArrowRecord stopped
             * @property {number|null} [completed] ArrowRecord completed
             * @property {number|null} [createIndex] ArrowRecord createIndex
             * @property {number|null} [modifyIndex] ArrowRecord modifyIndex
             * @property {number|null} [submitTimeMs] ArrowRecord submitTimeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ArrowRecord.
             * @memberof arrow.cluster
             * @interface IArrowRecord
             * @augments arrow.cluster.ArrowRecord.$Properties
             * @deprecated Use arrow.cluster.ArrowRecord.$Properties instead.
             */

            /**
             * Shape of an ArrowRecord.
             * @typedef {arrow.cluster.ArrowRecord.$Properties} arrow.cluster.ArrowRecord.$Shape
             */

            /**
             * Constructs a new ArrowRecord.
             * @memberof arrow.cluster
             * @classdesc Represents an ArrowRecord.
             * @constructor
             * @param {arrow.cluster.ArrowRecord.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ArrowRecord = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ArrowRecord name.
             * @member {string} name
             * @memberof arrow.cluster.ArrowRecord
             * @instance
             */
            ArrowRecord.prototype.name = "";

            /**
             * ArrowRecord version.
             * @member {number} version
             * @memberof arrow.cluster.ArrowRecord
             * @instance
             */
            ArrowRecord.prototype.version = 0;

            /**
             * ArrowRecord definitionJson.
             * @member {string} definitionJson
             * @memberof arrow.cluster.ArrowRecord
             * @instance
             */
            ArrowRecord.prototype.definitionJson = "";

            /**
             * ArrowRecord stopped.
             * @member {boolean} stopped
             * @memberof arrow.cluster.ArrowRecord
             * @instance
             */
            ArrowRecord.prototype.stopped = false;

            /**
             * ArrowRecord completed.
             * @member {number} completed
             * @memberof arrow.cluster.ArrowRecord
             * @instance
             */
            ArrowRecord.prototype.completed = 0;

            /**
             * ArrowRecord createIndex.
             * @member {number} createIndex
             * @memberof arrow.cluster.ArrowRecord
             * @instance
             */
            ArrowRecord.prototype.createIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ArrowRecord modifyIndex.
             * @member {number} modifyIndex
             * @memberof arrow.cluster.ArrowRecord
             * @instance
             */
            ArrowRecord.prototype.modifyIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ArrowRecord submitTimeMs.
             * @member {number} submitTimeMs
             * @memberof arrow.cluster.ArrowRecord
             * @instance
             */
            ArrowRecord.prototype.submitTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ArrowRecord instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.ArrowRecord
             * @static
             * @param {arrow.cluster.ArrowRecord.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.ArrowRecord} ArrowRecord instance
             * @type {{
             *   (properties: arrow.cluster.ArrowRecord.$Shape): arrow.cluster.ArrowRecord & arrow.cluster.ArrowRecord.$Shape;
             *   (properties?: arrow.cluster.ArrowRecord.$Properties): arrow.cluster.ArrowRecord;
             * }}
             */
            ArrowRecord.create = function(properties) {
                return new ArrowRecord(properties);
            };

            /**
             * Encodes the specified ArrowRecord message. Does not implicitly {@link arrow.cluster.ArrowRecord.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.ArrowRecord
             * @static
             * @param {arrow.cluster.ArrowRecord.$Properties} m ArrowRecord message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ArrowRecord.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.version);
                if (m.definitionJson != null && $Object.hasOwnProperty.call(m, "definitionJson") && m.definitionJson !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.definitionJson);
                if (m.stopped != null && $Object.hasOwnProperty.call(m, "stopped") && m.stopped !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.stopped);
                if (m.completed != null && $Object.hasOwnProperty.call(m, "completed") && m.completed !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.completed);
                if (m.createIndex != null && $Object.hasOwnProperty.call(m, "createIndex") && (typeof m.createIndex === "object" ? m.createIndex.low || m.createIndex.high : m.createIndex !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).uint64(m.createIndex);
                if (m.modifyIndex != null && $Object.hasOwnProperty.call(m, "modifyIndex") && (typeof m.modifyIndex === "object" ? m.modifyIndex.low || m.modifyIndex.high : m.modifyIndex !== 0))
                    w.uint32(/* id 7, wireType 0 =*/56).uint64(m.modifyIndex);
                if (m.submitTimeMs != null && $Object.hasOwnProperty.call(m, "submitTimeMs") && (typeof m.submitTimeMs === "object" ? m.submitTimeMs.low || m.submitTimeMs.high : m.submitTimeMs !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).int64(m.submitTimeMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ArrowRecord message, length delimited. Does not implicitly {@link arrow.cluster.ArrowRecord.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.ArrowRecord
             * @static
             * @param {arrow.cluster.ArrowRecord.$Properties} message ArrowRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ArrowRecord.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ArrowRecord message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.ArrowRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.ArrowRecord & arrow.cluster.ArrowRecord.$Shape} ArrowRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ArrowRecord.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.ArrowRecord();
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
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.version = v;
                            else
                                delete m.version;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.definitionJson = v;
                            else
                                delete m.definitionJson;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.stopped = v;
                            else
                                delete m.stopped;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.completed = v;
                            else
                                delete m.completed;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.createIndex = v;
                            else
                                delete m.createIndex;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.modifyIndex = v;
                            else
                                delete m.modifyIndex;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.submitTimeMs = v;
                            else
                                delete m.submitTimeMs;
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
             * Decodes an ArrowRecord message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.ArrowRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.ArrowRecord & arrow.cluster.ArrowRecord.$Shape} ArrowRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ArrowRecord.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an ArrowRecord message.
             * @function verify
             * @memberof arrow.cluster.ArrowRecord
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ArrowRecord.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    if (!$util.isString(m.name))
                        return "name: string expected";
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (!$util.isInteger(m.version))
                        return "version: integer expected";
                }
                if (m.definitionJson != null && $Object.hasOwnProperty.call(m, "definitionJson")) {
                    if (!$util.isString(m.definitionJson))
                        return "definitionJson: string expected";
                }
                if (m.stopped != null && $Object.hasOwnProperty.call(m, "stopped")) {
                    if (typeof m.stopped !== "boolean")
                        return "stopped: boolean expected";
                }
                if (m.completed != null && $Object.hasOwnProperty.call(m, "completed")) {
                    if (!$util.isInteger(m.completed))
                        return "completed: integer expected";
                }
                if (m.createIndex != null && $Object.hasOwnProperty.call(m, "createIndex")) {
                    if (!$util.isInteger(m.createIndex) && !(m.createIndex && $util.isInteger(m.createIndex.low) && $util.isInteger(m.createIndex.high)))
                        return "createIndex: integer|Long expected";
                }
                if (m.modifyIndex != null && $Object.hasOwnProperty.call(m, "modifyIndex")) {
                    if (!$util.isInteger(m.modifyIndex) && !(m.modifyIndex && $util.isInteger(m.modifyIndex.low) && $util.isInteger(m.modifyIndex.high)))
                        return "modifyIndex: integer|Long expected";
                }
                if (m.submitTimeMs != null && $Object.hasOwnProperty.call(m, "submitTimeMs")) {
                    if (!$util.isInteger(m.submitTimeMs) && !(m.submitTimeMs && $util.isInteger(m.submitTimeMs.low) && $util.isInteger(m.submitTimeMs.high)))
                        return "submitTimeMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates an ArrowRecord message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.ArrowRecord
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.ArrowRecord} ArrowRecord
             */
            ArrowRecord.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.ArrowRecord)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.ArrowRecord: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.ArrowRecord();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.version != null) {
                    if ($Number(d.version) !== 0) {
                        m.version = d.version >>> 0;
                    }
                }
                if (d.definitionJson != null) {
                    if (typeof d.definitionJson !== "string" || d.definitionJson.length) {
                        m.definitionJson = $String(d.definitionJson);
                    }
                }
                if (d.stopped != null) {
                    if (d.stopped) {
                        m.stopped = $Boolean(d.stopped);
                    }
                }
                if (d.completed != null) {
                    if ($Number(d.completed) !== 0) {
                        m.completed = d.completed >>> 0;
                    }
                }
                if (d.createIndex != null) {
                    if (typeof d.createIndex === "object" ? d.createIndex.low || d.createIndex.high : $Number(d.createIndex) !== 0) {
                        if ($util.Long)
                            m.createIndex = $util.Long.fromValue(d.createIndex, true);
                        else if (typeof d.createIndex === "string")
                            m.createIndex = $parseInt(d.createIndex, 10);
                        else if (typeof d.createIndex === "number")
                            m.createIndex = d.createIndex;
                        else if (typeof d.createIndex === "object")
                            m.createIndex = new $util.LongBits(d.createIndex.low >>> 0, d.createIndex.high >>> 0).toNumber(true);
                    }
                }
                if (d.modifyIndex != null) {
                    if (typeof d.modifyIndex === "object" ? d.modifyIndex.low || d.modifyIndex.high : $Number(d.modifyIndex) !== 0) {
                        if ($util.Long)
                            m.modifyIndex = $util.Long.fromValue(d.modifyIndex, true);
                        else if (typeof d.modifyIndex === "string")
                            m.modifyIndex = $parseInt(d.modifyIndex, 10);
                        else if (typeof d.modifyIndex === "number")
                            m.modifyIndex = d.modifyIndex;
                        else if (typeof d.modifyIndex === "object")
                            m.modifyIndex = new $util.LongBits(d.modifyIndex.low >>> 0, d.modifyIndex.high >>> 0).toNumber(true);
                    }
                }
                if (d.submitTimeMs != null) {
                    if (typeof d.submitTimeMs === "object" ? d.submitTimeMs.low || d.submitTimeMs.high : $Number(d.submitTimeMs) !== 0) {
                        if ($util.Long)
                            m.submitTimeMs = $util.Long.fromValue(d.submitTimeMs, false);
                        else if (typeof d.submitTimeMs === "string")
                            m.submitTimeMs = $parseInt(d.submitTimeMs, 10);
                        else if (typeof d.submitTimeMs === "number")
                            m.submitTimeMs = d.submitTimeMs;
                        else if (typeof d.submitTimeMs === "object")
                            m.submitTimeMs = new $util.LongBits(d.submitTimeMs.low >>> 0, d.submitTimeMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an ArrowRecord message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.ArrowRecord
             * @static
             * @param {arrow.cluster.ArrowRecord} m ArrowRecord
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ArrowRecord.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    d.version = 0;
                    d.definitionJson = "";
                    d.stopped = false;
                    d.completed = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.createIndex = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.createIndex = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.modifyIndex = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.modifyIndex = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.submitTimeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.submitTimeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    d.version = m.version;
                }
                if (m.definitionJson != null && $Object.hasOwnProperty.call(m, "definitionJson")) {
                    d.definitionJson = m.definitionJson;
                }
                if (m.stopped != null && $Object.hasOwnProperty.call(m, "stopped")) {
                    d.stopped = m.stopped;
                }
                if (m.completed != null && $Object.hasOwnProperty.call(m, "completed")) {
                    d.completed = m.completed;
                }
                if (m.createIndex != null && $Object.hasOwnProperty.call(m, "createIndex")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.createIndex = typeof m.createIndex === "number" ? $BigInt(m.createIndex) : $util.Long.fromBits(m.createIndex.low >>> 0, m.createIndex.high >>> 0, true).toBigInt();
                    else if (typeof m.createIndex === "number")
                        d.createIndex = o.longs === $String ? $String(m.createIndex) : m.createIndex;
                    else
                        d.createIndex = o.longs === $String ? $util.Long.prototype.toString.call(m.createIndex) : o.longs === $Number ? new $util.LongBits(m.createIndex.low >>> 0, m.createIndex.high >>> 0).toNumber(true) : m.createIndex;
                }
                if (m.modifyIndex != null && $Object.hasOwnProperty.call(m, "modifyIndex")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.modifyIndex = typeof m.modifyIndex === "number" ? $BigInt(m.modifyIndex) : $util.Long.fromBits(m.modifyIndex.low >>> 0, m.modifyIndex.high >>> 0, true).toBigInt();
                    else if (typeof m.modifyIndex === "number")
                        d.modifyIndex = o.longs === $String ? $String(m.modifyIndex) : m.modifyIndex;
                    else
                        d.modifyIndex = o.longs === $String ? $util.Long.prototype.toString.call(m.modifyIndex) : o.longs === $Number ? new $util.LongBits(m.modifyIndex.low >>> 0, m.modifyIndex.high >>> 0).toNumber(true) : m.modifyIndex;
                }
                if (m.submitTimeMs != null && $Object.hasOwnProperty.call(m, "submitTimeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.submitTimeMs = typeof m.submitTimeMs === "number" ? $BigInt(m.submitTimeMs) : $util.Long.fromBits(m.submitTimeMs.low >>> 0, m.submitTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.submitTimeMs === "number")
                        d.submitTimeMs = o.longs === $String ? $String(m.submitTimeMs) : m.submitTimeMs;
                    else
                        d.submitTimeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.submitTimeMs) : o.longs === $Number ? new $util.LongBits(m.submitTimeMs.low >>> 0, m.submitTimeMs.high >>> 0).toNumber() : m.submitTimeMs;
                }
                return d;
            };

            /**
             * Converts this ArrowRecord to JSON.
             * @function toJSON
             * @memberof arrow.cluster.ArrowRecord
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ArrowRecord.prototype.toJSON = function() {
                return ArrowRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ArrowRecord
             * @function getTypeUrl
             * @memberof arrow.cluster.ArrowRecord
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ArrowRecord.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.ArrowRecord";
            };

            return ArrowRecord;
        })();

        /**
         * DesiredStatus enum.
         * @name arrow.cluster.DesiredStatus
         * @enum {number}
         * @property {number} RUN=0 RUN value
         * @property {number} STOP=1 STOP value
         */
        cluster.DesiredStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RUN"] = 0;
            values[valuesById[1] = "STOP"] = 1;
            return values;
        })();

        /**
         * AllocStatus enum.
         * @name arrow.cluster.AllocStatus
         * @enum {number}
         * @property {number} PENDING=0 PENDING value
         * @property {number} PULLING=1 PULLING value
         * @property {number} STARTING=2 STARTING value
         * @property {number} RUNNING=3 RUNNING value
         * @property {number} COMPLETE=4 COMPLETE value
         * @property {number} FAILED=5 FAILED value
         * @property {number} LOST=6 LOST value
         * @property {number} STOPPED=7 STOPPED value
         */
        cluster.AllocStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PENDING"] = 0;
            values[valuesById[1] = "PULLING"] = 1;
            values[valuesById[2] = "STARTING"] = 2;
            values[valuesById[3] = "RUNNING"] = 3;
            values[valuesById[4] = "COMPLETE"] = 4;
            values[valuesById[5] = "FAILED"] = 5;
            values[valuesById[6] = "LOST"] = 6;
            values[valuesById[7] = "STOPPED"] = 7;
            return values;
        })();

        cluster.PortBinding = (function() {

            /**
             * Properties of a PortBinding.
             * @typedef {Object} arrow.cluster.PortBinding.$Properties
             * @property {string|null} [name] PortBinding name
             * @property {number|null} [guest] PortBinding guest
             * @property {number|null} [host] PortBinding host
             * @property {string|null} [address] PortBinding address
             * @property {string|null} [protocol] PortBinding protocol
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PortBinding.
             * @memberof arrow.cluster
             * @interface IPortBinding
             * @augments arrow.cluster.PortBinding.$Properties
             * @deprecated Use arrow.cluster.PortBinding.$Properties instead.
             */

            /**
             * Shape of a PortBinding.
             * @typedef {arrow.cluster.PortBinding.$Properties} arrow.cluster.PortBinding.$Shape
             */

            /**
             * Constructs a new PortBinding.
             * @memberof arrow.cluster
             * @classdesc Represents a PortBinding.
             * @constructor
             * @param {arrow.cluster.PortBinding.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PortBinding = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PortBinding name.
             * @member {string} name
             * @memberof arrow.cluster.PortBinding
             * @instance
             */
            PortBinding.prototype.name = "";

            /**
             * PortBinding guest.
             * @member {number} guest
             * @memberof arrow.cluster.PortBinding
             * @instance
             */
            PortBinding.prototype.guest = 0;

            /**
             * PortBinding host.
             * @member {number} host
             * @memberof arrow.cluster.PortBinding
             * @instance
             */
            PortBinding.prototype.host = 0;

            /**
             * PortBinding address.
             * @member {string} address
             * @memberof arrow.cluster.PortBinding
             * @instance
             */
            PortBinding.prototype.address = "";

            /**
             * PortBinding protocol.
             * @member {string} protocol
             * @memberof arrow.cluster.PortBinding
             * @instance
             */
            PortBinding.prototype.protocol = "";

            /**
             * Creates a new PortBinding instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.PortBinding
             * @static
             * @param {arrow.cluster.PortBinding.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.PortBinding} PortBinding instance
             * @type {{
             *   (properties: arrow.cluster.PortBinding.$Shape): arrow.cluster.PortBinding & arrow.cluster.PortBinding.$Shape;
             *   (properties?: arrow.cluster.PortBinding.$Properties): arrow.cluster.PortBinding;
             * }}
             */
            PortBinding.create = function(properties) {
                return new PortBinding(properties);
            };

            /**
             * Encodes the specified PortBinding message. Does not implicitly {@link arrow.cluster.PortBinding.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.PortBinding
             * @static
             * @param {arrow.cluster.PortBinding.$Properties} m PortBinding message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PortBinding.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.guest != null && $Object.hasOwnProperty.call(m, "guest") && m.guest !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.guest);
                if (m.host != null && $Object.hasOwnProperty.call(m, "host") && m.host !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.host);
                if (m.address != null && $Object.hasOwnProperty.call(m, "address") && m.address !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.address);
                if (m.protocol != null && $Object.hasOwnProperty.call(m, "protocol") && m.protocol !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.protocol);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified PortBinding message, length delimited. Does not implicitly {@link arrow.cluster.PortBinding.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.PortBinding
             * @static
             * @param {arrow.cluster.PortBinding.$Properties} message PortBinding message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PortBinding.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PortBinding message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.PortBinding
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.PortBinding & arrow.cluster.PortBinding.$Shape} PortBinding
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PortBinding.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.PortBinding();
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
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.guest = v;
                            else
                                delete m.guest;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.host = v;
                            else
                                delete m.host;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.address = v;
                            else
                                delete m.address;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.protocol = v;
                            else
                                delete m.protocol;
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
             * Decodes a PortBinding message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.PortBinding
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.PortBinding & arrow.cluster.PortBinding.$Shape} PortBinding
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PortBinding.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PortBinding message.
             * @function verify
             * @memberof arrow.cluster.PortBinding
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PortBinding.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    if (!$util.isString(m.name))
                        return "name: string expected";
                }
                if (m.guest != null && $Object.hasOwnProperty.call(m, "guest")) {
                    if (!$util.isInteger(m.guest))
                        return "guest: integer expected";
                }
                if (m.host != null && $Object.hasOwnProperty.call(m, "host")) {
                    if (!$util.isInteger(m.host))
                        return "host: integer expected";
                }
                if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                    if (!$util.isString(m.address))
                        return "address: string expected";
                }
                if (m.protocol != null && $Object.hasOwnProperty.call(m, "protocol")) {
                    if (!$util.isString(m.protocol))
                        return "protocol: string expected";
                }
                return null;
            };

            /**
             * Creates a PortBinding message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.PortBinding
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.PortBinding} PortBinding
             */
            PortBinding.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.PortBinding)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.PortBinding: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.PortBinding();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.guest != null) {
                    if ($Number(d.guest) !== 0) {
                        m.guest = d.guest >>> 0;
                    }
                }
                if (d.host != null) {
                    if ($Number(d.host) !== 0) {
                        m.host = d.host >>> 0;
                    }
                }
                if (d.address != null) {
                    if (typeof d.address !== "string" || d.address.length) {
                        m.address = $String(d.address);
                    }
                }
                if (d.protocol != null) {
                    if (typeof d.protocol !== "string" || d.protocol.length) {
                        m.protocol = $String(d.protocol);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PortBinding message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.PortBinding
             * @static
             * @param {arrow.cluster.PortBinding} m PortBinding
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PortBinding.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    d.guest = 0;
                    d.host = 0;
                    d.address = "";
                    d.protocol = "";
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.guest != null && $Object.hasOwnProperty.call(m, "guest")) {
                    d.guest = m.guest;
                }
                if (m.host != null && $Object.hasOwnProperty.call(m, "host")) {
                    d.host = m.host;
                }
                if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                    d.address = m.address;
                }
                if (m.protocol != null && $Object.hasOwnProperty.call(m, "protocol")) {
                    d.protocol = m.protocol;
                }
                return d;
            };

            /**
             * Converts this PortBinding to JSON.
             * @function toJSON
             * @memberof arrow.cluster.PortBinding
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PortBinding.prototype.toJSON = function() {
                return PortBinding.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PortBinding
             * @function getTypeUrl
             * @memberof arrow.cluster.PortBinding
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PortBinding.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.PortBinding";
            };

            return PortBinding;
        })();

        cluster.AllocationRecord = (function() {

            /**
             * Properties of an AllocationRecord.
             * @typedef {Object} arrow.cluster.AllocationRecord.$Properties
             * @property {string|null} [id] AllocationRecord id
             * @property {string|null} [arrow] AllocationRecord arrow
             * @property {string|null} [node] AllocationRecord node
             * @property {number|null} [generation] AllocationRecord generation
             * @property {number|null} [specVersion] AllocationRecord specVersion
             * @property {arrow.cluster.Resources.$Properties|null} [resources] AllocationRecord resources
             * @property {number|null} [priority] AllocationRecord priority
             * @property {arrow.cluster.DesiredStatus|null} [desired] AllocationRecord desired
             * @property {string|null} [desiredReason] AllocationRecord desiredReason
             * @property {arrow.cluster.AllocStatus|null} [status] AllocationRecord status
             * @property {string|null} [statusDetail] AllocationRecord statusDetail
             * @property {boolean|null} [hasExitCode] AllocationRecord hasExitCode
             * @property {number|null} [exitCode] AllocationRecord exitCode
             * @property {number|null} [restarts] AllocationRecord restarts
             * @property {Array.<arrow.cluster.PortBinding.$Properties>|null} [ports] AllocationRecord ports
             * @property {string|null} [replaces] AllocationRecord replaces
             * @property {boolean|null} [draining] AllocationRecord draining
             * @property {number|null} [createIndex] AllocationRecord createIndex
             * @property {number|null} [modifyIndex] AllocationRecord modifyIndex
             * @property {number|null} [createTimeMs] AllocationRecord createTimeMs
             * @property {number|null} [statusTimeMs] AllocationRecord statusTimeMs
             * @property {Array.<string>|null} [hostPorts] AllocationRecord hostPorts
             * @property {string|null} [address] AllocationRecord address
             * @property {string|null} [migratingFrom] AllocationRecord migratingFrom
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AllocationRecord.
             * @memberof arrow.cluster
             * @interface IAllocationRecord
             * @augments arrow.cluster.AllocationRecord.$Properties
             * @deprecated Use arrow.cluster.AllocationRecord.$Properties instead.
             */

            /**
             * Shape of an AllocationRecord.
             * @typedef {arrow.cluster.AllocationRecord.$Properties} arrow.cluster.AllocationRecord.$Shape
             */

            /**
             * Constructs a new AllocationRecord.
             * @memberof arrow.cluster
             * @classdesc Represents an AllocationRecord.
             * @constructor
             * @param {arrow.cluster.AllocationRecord.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AllocationRecord = function (p) {
                this.ports = [];
                this.hostPorts = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * AllocationRecord id.
             * @member {string} id
             * @memberof arrow.cluster.AllocationRecord
             * @instance
             */
            AllocationRecord.prototype.id = "";

            /**
             * AllocationRecord arrow.
             * @member {string} arrow
             * @memberof arrow.cluster.AllocationRecord
             * @instance
             */
            AllocationRecord.prototype.arrow = "";

            /**
             * AllocationRecord node.
             * @member {string} node
             * @memberof arrow.cluster.AllocationRecord
             * @instance
             */
            AllocationRecord.prototype.node = "";

            /**
             * AllocationRecord generation.
             * @member {number} generation
             * @memberof arrow.cluster.AllocationRecord
             * @instance
             */
            AllocationRecord.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AllocationRecord specVersion.
             * @member {number} specVersion
             * @memberof arrow.cluster.AllocationRecord
             * @instance
             */
            AllocationRecord.prototype.specVersion = 0;

            /**
             * AllocationRecord resources.
             * @member {arrow.cluster.Resources.$Properties|null|undefined} resources
             * @memberof arrow.cluster.AllocationRecord
             * @instance
             */
            AllocationRecord.prototype.resources = null;

            /**
             * AllocationRecord priority.
             * @member {number} priority
             * @memberof arrow.cluster.AllocationRecord
             * @instance
             */
            AllocationRecord.prototype.priority = 0;

            /**
             * AllocationRecord desired.
             * @member {arrow.cluster.DesiredStatus} desired
             * @memberof arrow.cluster.AllocationRecord
             * @instance
             */
            AllocationRecord.prototype.desired = 0;

            /**
             * AllocationRecord desiredReason.
             * @member {string} desiredReason
             * @memberof arrow.cluster.AllocationRecord
             * @instance
             */
            AllocationRecord.prototype.desiredReason = "";

            /**
             * AllocationRecord status.
             * @member {arrow.cluster.AllocStatus} status
             * @memberof arrow.cluster.AllocationRecord
             * @instance
             */
            AllocationRecord.prototype.status = 0;

            /**
             * AllocationRecord statusDetail.
             * @member {string} statusDetail
             * @memberof arrow.cluster.AllocationRecord
             * @instance
             */
            AllocationRecord.prototype.statusDetail = "";

            /**
             * AllocationRecord hasExitCode.
             * @member {boolean} hasExitCode
             * @memberof arrow.cluster.AllocationRecord
             * @instance
             */
            AllocationRecord.prototype.hasExitCode = false;

            /**
             * AllocationRecord exitCode.
             * @member {number} exitCode
             * @memberof arrow.cluster.AllocationRecord
             * @instance
             */
            AllocationRecord.prototype.exitCode = 0;

            /**
             * AllocationRecord restarts.
             * @member {number} restarts
             * @memberof arrow.cluster.AllocationRecord
             * @instance
             */
            AllocationRecord.prototype.restarts = 0;

            /**
             * AllocationRecord ports.
             * @member {Array.<arrow.cluster.PortBinding.$Properties>} ports
             * @memberof arrow.cluster.AllocationRecord
             * @instance
             */
            AllocationRecord.prototype.ports = $util.emptyArray;

            /**
             * AllocationRecord replaces.
             * @member {string} replaces
             * @memberof arrow.cluster.AllocationRecord
             * @instance
             */
            AllocationRecord.prototype.replaces = "";

            /**
             * AllocationRecord draining.
             * @member {boolean} draining
             * @memberof arrow.cluster.AllocationRecord
             * @instance
             */
            AllocationRecord.prototype.draining = false;

            /**
             * AllocationRecord createIndex.
             * @member {number} createIndex
             * @memberof arrow.cluster.AllocationRecord
             * @instance
             */
            AllocationRecord.prototype.createIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AllocationRecord modifyIndex.
             * @member {number} modifyIndex
             * @memberof arrow.cluster.AllocationRecord
             * @instance
             */
            AllocationRecord.prototype.modifyIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AllocationRecord createTimeMs.
             * @member {number} createTimeMs
             * @memberof arrow.cluster.AllocationRecord
             * @instance
             */
            AllocationRecord.prototype.createTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AllocationRecord statusTimeMs.
             * @member {number} statusTimeMs
             * @memberof arrow.cluster.AllocationRecord
             * @instance
             */
            AllocationRecord.prototype.statusTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AllocationRecord hostPorts.
             * @member {Array.<string>} hostPorts
             * @memberof arrow.cluster.AllocationRecord
             * @instance
             */
            AllocationRecord.prototype.hostPorts = $util.emptyArray;

            /**
             * AllocationRecord address.
             * @member {string} address
             * @memberof arrow.cluster.AllocationRecord
             * @instance
             */
            AllocationRecord.prototype.address = "";

            /**
             * AllocationRecord migratingFrom.
             * @member {string} migratingFrom
             * @memberof arrow.cluster.AllocationRecord
             * @instance
             */
            AllocationRecord.prototype.migratingFrom = "";

            /**
             * Creates a new AllocationRecord instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.AllocationRecord
             * @static
             * @param {arrow.cluster.AllocationRecord.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.AllocationRecord} AllocationRecord instance
             * @type {{
             *   (properties: arrow.cluster.AllocationRecord.$Shape): arrow.cluster.AllocationRecord & arrow.cluster.AllocationRecord.$Shape;
             *   (properties?: arrow.cluster.AllocationRecord.$Properties): arrow.cluster.AllocationRecord;
             * }}
             */
            AllocationRecord.create = function(properties) {
                return new AllocationRecord(properties);
            };

            /**
             * Encodes the specified AllocationRecord message. Does not implicitly {@link arrow.cluster.AllocationRecord.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.AllocationRecord
             * @static
             * @param {arrow.cluster.AllocationRecord.$Properties} m AllocationRecord message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AllocationRecord.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.arrow != null && $Object.hasOwnProperty.call(m, "arrow") && m.arrow !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.arrow);
                if (m.node != null && $Object.hasOwnProperty.call(m, "node") && m.node !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.node);
                if (m.generation != null && $Object.hasOwnProperty.call(m, "generation") && (typeof m.generation === "object" ? m.generation.low || m.generation.high : m.generation !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.generation);
                if (m.specVersion != null && $Object.hasOwnProperty.call(m, "specVersion") && m.specVersion !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.specVersion);
                if (m.resources != null && $Object.hasOwnProperty.call(m, "resources"))
                    $root.arrow.cluster.Resources.encode(m.resources, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (m.priority != null && $Object.hasOwnProperty.call(m, "priority") && m.priority !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).uint32(m.priority);
                if (m.desired != null && $Object.hasOwnProperty.call(m, "desired") && m.desired !== 0)
                    w.uint32(/* id 8, wireType 0 =*/64).int32(m.desired);
                if (m.desiredReason != null && $Object.hasOwnProperty.call(m, "desiredReason") && m.desiredReason !== "")
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.desiredReason);
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                    w.uint32(/* id 10, wireType 0 =*/80).int32(m.status);
                if (m.statusDetail != null && $Object.hasOwnProperty.call(m, "statusDetail") && m.statusDetail !== "")
                    w.uint32(/* id 11, wireType 2 =*/90).string(m.statusDetail);
                if (m.hasExitCode != null && $Object.hasOwnProperty.call(m, "hasExitCode") && m.hasExitCode !== false)
                    w.uint32(/* id 12, wireType 0 =*/96).bool(m.hasExitCode);
                if (m.exitCode != null && $Object.hasOwnProperty.call(m, "exitCode") && m.exitCode !== 0)
                    w.uint32(/* id 13, wireType 0 =*/104).sint32(m.exitCode);
                if (m.restarts != null && $Object.hasOwnProperty.call(m, "restarts") && m.restarts !== 0)
                    w.uint32(/* id 14, wireType 0 =*/112).uint32(m.restarts);
                if (m.ports != null && m.ports.length) {
                    for (var i = 0; i < m.ports.length; ++i)
                        $root.arrow.cluster.PortBinding.encode(m.ports[i], w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                }
                if (m.replaces != null && $Object.hasOwnProperty.call(m, "replaces") && m.replaces !== "")
                    w.uint32(/* id 16, wireType 2 =*/130).string(m.replaces);
                if (m.draining != null && $Object.hasOwnProperty.call(m, "draining") && m.draining !== false)
                    w.uint32(/* id 17, wireType 0 =*/136).bool(m.draining);
                if (m.createIndex != null && $Object.hasOwnProperty.call(m, "createIndex") && (typeof m.createIndex === "object" ? m.createIndex.low || m.createIndex.high : m.createIndex !== 0))
                    w.uint32(/* id 18, wireType 0 =*/144).uint64(m.createIndex);
                if (m.modifyIndex != null && $Object.hasOwnProperty.call(m, "modifyIndex") && (typeof m.modifyIndex === "object" ? m.modifyIndex.low || m.modifyIndex.high : m.modifyIndex !== 0))
                    w.uint32(/* id 19, wireType 0 =*/152).uint64(m.modifyIndex);
                if (m.createTimeMs != null && $Object.hasOwnProperty.call(m, "createTimeMs") && (typeof m.createTimeMs === "object" ? m.createTimeMs.low || m.createTimeMs.high : m.createTimeMs !== 0))
                    w.uint32(/* id 20, wireType 0 =*/160).int64(m.createTimeMs);
                if (m.statusTimeMs != null && $Object.hasOwnProperty.call(m, "statusTimeMs") && (typeof m.statusTimeMs === "object" ? m.statusTimeMs.low || m.statusTimeMs.high : m.statusTimeMs !== 0))
                    w.uint32(/* id 21, wireType 0 =*/168).int64(m.statusTimeMs);
                if (m.hostPorts != null && m.hostPorts.length) {
                    for (var i = 0; i < m.hostPorts.length; ++i)
                        w.uint32(/* id 22, wireType 2 =*/178).string(m.hostPorts[i]);
                }
                if (m.address != null && $Object.hasOwnProperty.call(m, "address") && m.address !== "")
                    w.uint32(/* id 23, wireType 2 =*/186).string(m.address);
                if (m.migratingFrom != null && $Object.hasOwnProperty.call(m, "migratingFrom") && m.migratingFrom !== "")
                    w.uint32(/* id 24, wireType 2 =*/194).string(m.migratingFrom);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified AllocationRecord message, length delimited. Does not implicitly {@link arrow.cluster.AllocationRecord.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.AllocationRecord
             * @static
             * @param {arrow.cluster.AllocationRecord.$Properties} message AllocationRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AllocationRecord.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AllocationRecord message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.AllocationRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.AllocationRecord & arrow.cluster.AllocationRecord.$Shape} AllocationRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AllocationRecord.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.AllocationRecord();
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
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.arrow = v;
                            else
                                delete m.arrow;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.node = v;
                            else
                                delete m.node;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.generation = v;
                            else
                                delete m.generation;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.specVersion = v;
                            else
                                delete m.specVersion;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.resources = $root.arrow.cluster.Resources.decode(r, r.size(), $undefined, q + 1, m.resources);
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.priority = v;
                            else
                                delete m.priority;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.desired = v;
                            else
                                delete m.desired;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.desiredReason = v;
                            else
                                delete m.desiredReason;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.status = v;
                            else
                                delete m.status;
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.statusDetail = v;
                            else
                                delete m.statusDetail;
                            continue;
                        }
                    case 12: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.hasExitCode = v;
                            else
                                delete m.hasExitCode;
                            continue;
                        }
                    case 13: {
                            if (u !== 0)
                                break;
                            if (v = r.sint32())
                                m.exitCode = v;
                            else
                                delete m.exitCode;
                            continue;
                        }
                    case 14: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.restarts = v;
                            else
                                delete m.restarts;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            if (!(m.ports && m.ports.length))
                                m.ports = [];
                            m.ports.push($root.arrow.cluster.PortBinding.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.replaces = v;
                            else
                                delete m.replaces;
                            continue;
                        }
                    case 17: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.draining = v;
                            else
                                delete m.draining;
                            continue;
                        }
                    case 18: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.createIndex = v;
                            else
                                delete m.createIndex;
                            continue;
                        }
                    case 19: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.modifyIndex = v;
                            else
                                delete m.modifyIndex;
                            continue;
                        }
                    case 20: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.createTimeMs = v;
                            else
                                delete m.createTimeMs;
                            continue;
                        }
                    case 21: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.statusTimeMs = v;
                            else
                                delete m.statusTimeMs;
                            continue;
                        }
                    case 22: {
                            if (u !== 2)
                                break;
                            if (!(m.hostPorts && m.hostPorts.length))
                                m.hostPorts = [];
                            m.hostPorts.push(r.stringVerify());
                            continue;
                        }
                    case 23: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.address = v;
                            else
                                delete m.address;
                            continue;
                        }
                    case 24: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.migratingFrom = v;
                            else
                                delete m.migratingFrom;
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
             * Decodes an AllocationRecord message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.AllocationRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.AllocationRecord & arrow.cluster.AllocationRecord.$Shape} AllocationRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AllocationRecord.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AllocationRecord message.
             * @function verify
             * @memberof arrow.cluster.AllocationRecord
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AllocationRecord.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (!$util.isString(m.id))
                        return "id: string expected";
                }
                if (m.arrow != null && $Object.hasOwnProperty.call(m, "arrow")) {
                    if (!$util.isString(m.arrow))
                        return "arrow: string expected";
                }
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    if (!$util.isString(m.node))
                        return "node: string expected";
                }
                if (m.generation != null && $Object.hasOwnProperty.call(m, "generation")) {
                    if (!$util.isInteger(m.generation) && !(m.generation && $util.isInteger(m.generation.low) && $util.isInteger(m.generation.high)))
                        return "generation: integer|Long expected";
                }
                if (m.specVersion != null && $Object.hasOwnProperty.call(m, "specVersion")) {
                    if (!$util.isInteger(m.specVersion))
                        return "specVersion: integer expected";
                }
                if (m.resources != null && $Object.hasOwnProperty.call(m, "resources")) {
                    {
                        var e = $root.arrow.cluster.Resources.verify(m.resources, q + 1);
                        if (e)
                            return "resources." + e;
                    }
                }
                if (m.priority != null && $Object.hasOwnProperty.call(m, "priority")) {
                    if (!$util.isInteger(m.priority))
                        return "priority: integer expected";
                }
                if (m.desired != null && $Object.hasOwnProperty.call(m, "desired")) {
                    if (typeof m.desired !== "number" || (m.desired | 0) !== m.desired)
                        return "desired: enum value expected";
                }
                if (m.desiredReason != null && $Object.hasOwnProperty.call(m, "desiredReason")) {
                    if (!$util.isString(m.desiredReason))
                        return "desiredReason: string expected";
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    if (typeof m.status !== "number" || (m.status | 0) !== m.status)
                        return "status: enum value expected";
                }
                if (m.statusDetail != null && $Object.hasOwnProperty.call(m, "statusDetail")) {
                    if (!$util.isString(m.statusDetail))
                        return "statusDetail: string expected";
                }
                if (m.hasExitCode != null && $Object.hasOwnProperty.call(m, "hasExitCode")) {
                    if (typeof m.hasExitCode !== "boolean")
                        return "hasExitCode: boolean expected";
                }
                if (m.exitCode != null && $Object.hasOwnProperty.call(m, "exitCode")) {
                    if (!$util.isInteger(m.exitCode))
                        return "exitCode: integer expected";
                }
                if (m.restarts != null && $Object.hasOwnProperty.call(m, "restarts")) {
                    if (!$util.isInteger(m.restarts))
                        return "restarts: integer expected";
                }
                if (m.ports != null && $Object.hasOwnProperty.call(m, "ports")) {
                    if (!$Array.isArray(m.ports))
                        return "ports: array expected";
                    for (var i = 0; i < m.ports.length; ++i) {
                        {
                            var e = $root.arrow.cluster.PortBinding.verify(m.ports[i], q + 1);
                            if (e)
                                return "ports." + e;
                        }
                    }
                }
                if (m.replaces != null && $Object.hasOwnProperty.call(m, "replaces")) {
                    if (!$util.isString(m.replaces))
                        return "replaces: string expected";
                }
                if (m.draining != null && $Object.hasOwnProperty.call(m, "draining")) {
                    if (typeof m.draining !== "boolean")
                        return "draining: boolean expected";
                }
                if (m.createIndex != null && $Object.hasOwnProperty.call(m, "createIndex")) {
                    if (!$util.isInteger(m.createIndex) && !(m.createIndex && $util.isInteger(m.createIndex.low) && $util.isInteger(m.createIndex.high)))
                        return "createIndex: integer|Long expected";
                }
                if (m.modifyIndex != null && $Object.hasOwnProperty.call(m, "modifyIndex")) {
                    if (!$util.isInteger(m.modifyIndex) && !(m.modifyIndex && $util.isInteger(m.modifyIndex.low) && $util.isInteger(m.modifyIndex.high)))
                        return "modifyIndex: integer|Long expected";
                }
                if (m.createTimeMs != null && $Object.hasOwnProperty.call(m, "createTimeMs")) {
                    if (!$util.isInteger(m.createTimeMs) && !(m.createTimeMs && $util.isInteger(m.createTimeMs.low) && $util.isInteger(m.createTimeMs.high)))
                        return "createTimeMs: integer|Long expected";
                }
                if (m.statusTimeMs != null && $Object.hasOwnProperty.call(m, "statusTimeMs")) {
                    if (!$util.isInteger(m.statusTimeMs) && !(m.statusTimeMs && $util.isInteger(m.statusTimeMs.low) && $util.isInteger(m.statusTimeMs.high)))
                        return "statusTimeMs: integer|Long expected";
                }
                if (m.hostPorts != null && $Object.hasOwnProperty.call(m, "hostPorts")) {
                    if (!$Array.isArray(m.hostPorts))
                        return "hostPorts: array expected";
                    for (var i = 0; i < m.hostPorts.length; ++i) {
                        if (!$util.isString(m.hostPorts[i]))
                            return "hostPorts: string[] expected";
                    }
                }
                if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                    if (!$util.isString(m.address))
                        return "address: string expected";
                }
                if (m.migratingFrom != null && $Object.hasOwnProperty.call(m, "migratingFrom")) {
                    if (!$util.isString(m.migratingFrom))
                        return "migratingFrom: string expected";
                }
                return null;
            };

            /**
             * Creates an AllocationRecord message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.AllocationRecord
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.AllocationRecord} AllocationRecord
             */
            AllocationRecord.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.AllocationRecord)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.AllocationRecord: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.AllocationRecord();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.arrow != null) {
                    if (typeof d.arrow !== "string" || d.arrow.length) {
                        m.arrow = $String(d.arrow);
                    }
                }
                if (d.node != null) {
                    if (typeof d.node !== "string" || d.node.length) {
                        m.node = $String(d.node);
                    }
                }
                if (d.generation != null) {
                    if (typeof d.generation === "object" ? d.generation.low || d.generation.high : $Number(d.generation) !== 0) {
                        if ($util.Long)
                            m.generation = $util.Long.fromValue(d.generation, true);
                        else if (typeof d.generation === "string")
                            m.generation = $parseInt(d.generation, 10);
                        else if (typeof d.generation === "number")
                            m.generation = d.generation;
                        else if (typeof d.generation === "object")
                            m.generation = new $util.LongBits(d.generation.low >>> 0, d.generation.high >>> 0).toNumber(true);
                    }
                }
                if (d.specVersion != null) {
                    if ($Number(d.specVersion) !== 0) {
                        m.specVersion = d.specVersion >>> 0;
                    }
                }
                if (d.resources != null) {
                    if (!$util.isObject(d.resources))
                        throw $TypeError(".arrow.cluster.AllocationRecord.resources: object expected");
                    m.resources = $root.arrow.cluster.Resources.fromObject(d.resources, q + 1);
                }
                if (d.priority != null) {
                    if ($Number(d.priority) !== 0) {
                        m.priority = d.priority >>> 0;
                    }
                }
                if (d.desired !== 0 && (typeof d.desired !== "string" || $root.arrow.cluster.DesiredStatus[d.desired] !== 0)) {
                    switch (d.desired) {
                    case "RUN":
                    case 0:
                        m.desired = 0;
                        break;
                    case "STOP":
                    case 1:
                        m.desired = 1;
                        break;
                    default:
                        if (typeof d.desired === "number" && (d.desired | 0) === d.desired)
                            m.desired = d.desired;
                    }
                }
                if (d.desiredReason != null) {
                    if (typeof d.desiredReason !== "string" || d.desiredReason.length) {
                        m.desiredReason = $String(d.desiredReason);
                    }
                }
                if (d.status !== 0 && (typeof d.status !== "string" || $root.arrow.cluster.AllocStatus[d.status] !== 0)) {
                    switch (d.status) {
                    case "PENDING":
                    case 0:
                        m.status = 0;
                        break;
                    case "PULLING":
                    case 1:
                        m.status = 1;
                        break;
                    case "STARTING":
                    case 2:
                        m.status = 2;
                        break;
                    case "RUNNING":
                    case 3:
                        m.status = 3;
                        break;
                    case "COMPLETE":
                    case 4:
                        m.status = 4;
                        break;
                    case "FAILED":
                    case 5:
                        m.status = 5;
                        break;
                    case "LOST":
                    case 6:
                        m.status = 6;
                        break;
                    case "STOPPED":
                    case 7:
                        m.status = 7;
                        break;
                    default:
                        if (typeof d.status === "number" && (d.status | 0) === d.status)
                            m.status = d.status;
                    }
                }
                if (d.statusDetail != null) {
                    if (typeof d.statusDetail !== "string" || d.statusDetail.length) {
                        m.statusDetail = $String(d.statusDetail);
                    }
                }
                if (d.hasExitCode != null) {
                    if (d.hasExitCode) {
                        m.hasExitCode = $Boolean(d.hasExitCode);
                    }
                }
                if (d.exitCode != null) {
                    if ($Number(d.exitCode) !== 0) {
                        m.exitCode = d.exitCode | 0;
                    }
                }
                if (d.restarts != null) {
                    if ($Number(d.restarts) !== 0) {
                        m.restarts = d.restarts >>> 0;
                    }
                }
                if (d.ports) {
                    if (!$Array.isArray(d.ports))
                        throw $TypeError(".arrow.cluster.AllocationRecord.ports: array expected");
                    m.ports = $Array(d.ports.length);
                    for (var i = 0; i < d.ports.length; ++i) {
                        if (!$util.isObject(d.ports[i]))
                            throw $TypeError(".arrow.cluster.AllocationRecord.ports: object expected");
                        m.ports[i] = $root.arrow.cluster.PortBinding.fromObject(d.ports[i], q + 1);
                    }
                }
                if (d.replaces != null) {
                    if (typeof d.replaces !== "string" || d.replaces.length) {
                        m.replaces = $String(d.replaces);
                    }
                }
                if (d.draining != null) {
                    if (d.draining) {
                        m.draining = $Boolean(d.draining);
                    }
                }
                if (d.createIndex != null) {
                    if (typeof d.createIndex === "object" ? d.createIndex.low || d.createIndex.high : $Number(d.createIndex) !== 0) {
                        if ($util.Long)
                            m.createIndex = $util.Long.fromValue(d.createIndex, true);
                        else if (typeof d.createIndex === "string")
                            m.createIndex = $parseInt(d.createIndex, 10);
                        else if (typeof d.createIndex === "number")
                            m.createIndex = d.createIndex;
                        else if (typeof d.createIndex === "object")
                            m.createIndex = new $util.LongBits(d.createIndex.low >>> 0, d.createIndex.high >>> 0).toNumber(true);
                    }
                }
                if (d.modifyIndex != null) {
                    if (typeof d.modifyIndex === "object" ? d.modifyIndex.low || d.modifyIndex.high : $Number(d.modifyIndex) !== 0) {
                        if ($util.Long)
                            m.modifyIndex = $util.Long.fromValue(d.modifyIndex, true);
                        else if (typeof d.modifyIndex === "string")
                            m.modifyIndex = $parseInt(d.modifyIndex, 10);
                        else if (typeof d.modifyIndex === "number")
                            m.modifyIndex = d.modifyIndex;
                        else if (typeof d.modifyIndex === "object")
                            m.modifyIndex = new $util.LongBits(d.modifyIndex.low >>> 0, d.modifyIndex.high >>> 0).toNumber(true);
                    }
                }
                if (d.createTimeMs != null) {
                    if (typeof d.createTimeMs === "object" ? d.createTimeMs.low || d.createTimeMs.high : $Number(d.createTimeMs) !== 0) {
                        if ($util.Long)
                            m.createTimeMs = $util.Long.fromValue(d.createTimeMs, false);
                        else if (typeof d.createTimeMs === "string")
                            m.createTimeMs = $parseInt(d.createTimeMs, 10);
                        else if (typeof d.createTimeMs === "number")
                            m.createTimeMs = d.createTimeMs;
                        else if (typeof d.createTimeMs === "object")
                            m.createTimeMs = new $util.LongBits(d.createTimeMs.low >>> 0, d.createTimeMs.high >>> 0).toNumber();
                    }
                }
                if (d.statusTimeMs != null) {
                    if (typeof d.statusTimeMs === "object" ? d.statusTimeMs.low || d.statusTimeMs.high : $Number(d.statusTimeMs) !== 0) {
                        if ($util.Long)
                            m.statusTimeMs = $util.Long.fromValue(d.statusTimeMs, false);
                        else if (typeof d.statusTimeMs === "string")
                            m.statusTimeMs = $parseInt(d.statusTimeMs, 10);
                        else if (typeof d.statusTimeMs === "number")
                            m.statusTimeMs = d.statusTimeMs;
                        else if (typeof d.statusTimeMs === "object")
                            m.statusTimeMs = new $util.LongBits(d.statusTimeMs.low >>> 0, d.statusTimeMs.high >>> 0).toNumber();
                    }
                }
                if (d.hostPorts) {
                    if (!$Array.isArray(d.hostPorts))
                        throw $TypeError(".arrow.cluster.AllocationRecord.hostPorts: array expected");
                    m.hostPorts = $Array(d.hostPorts.length);
                    for (var i = 0; i < d.hostPorts.length; ++i) {
                        m.hostPorts[i] = $String(d.hostPorts[i]);
                    }
                }
                if (d.address != null) {
                    if (typeof d.address !== "string" || d.address.length) {
                        m.address = $String(d.address);
                    }
                }
                if (d.migratingFrom != null) {
                    if (typeof d.migratingFrom !== "string" || d.migratingFrom.length) {
                        m.migratingFrom = $String(d.migratingFrom);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an AllocationRecord message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.AllocationRecord
             * @static
             * @param {arrow.cluster.AllocationRecord} m AllocationRecord
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AllocationRecord.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.ports = [];
                    d.hostPorts = [];
                }
                if (o.defaults) {
                    d.id = "";
                    d.arrow = "";
                    d.node = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.generation = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.generation = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.specVersion = 0;
                    d.resources = null;
                    d.priority = 0;
                    d.desired = o.enums === $String ? "RUN" : 0;
                    d.desiredReason = "";
                    d.status = o.enums === $String ? "PENDING" : 0;
                    d.statusDetail = "";
                    d.hasExitCode = false;
                    d.exitCode = 0;
                    d.restarts = 0;
                    d.replaces = "";
                    d.draining = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.createIndex = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.createIndex = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.modifyIndex = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.modifyIndex = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.createTimeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.createTimeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.statusTimeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.statusTimeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.address = "";
                    d.migratingFrom = "";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.arrow != null && $Object.hasOwnProperty.call(m, "arrow")) {
                    d.arrow = m.arrow;
                }
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    d.node = m.node;
                }
                if (m.generation != null && $Object.hasOwnProperty.call(m, "generation")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.generation = typeof m.generation === "number" ? $BigInt(m.generation) : $util.Long.fromBits(m.generation.low >>> 0, m.generation.high >>> 0, true).toBigInt();
                    else if (typeof m.generation === "number")
                        d.generation = o.longs === $String ? $String(m.generation) : m.generation;
                    else
                        d.generation = o.longs === $String ? $util.Long.prototype.toString.call(m.generation) : o.longs === $Number ? new $util.LongBits(m.generation.low >>> 0, m.generation.high >>> 0).toNumber(true) : m.generation;
                }
                if (m.specVersion != null && $Object.hasOwnProperty.call(m, "specVersion")) {
                    d.specVersion = m.specVersion;
                }
                if (m.resources != null && $Object.hasOwnProperty.call(m, "resources")) {
                    d.resources = $root.arrow.cluster.Resources.toObject(m.resources, o, q + 1);
                }
                if (m.priority != null && $Object.hasOwnProperty.call(m, "priority")) {
                    d.priority = m.priority;
                }
                if (m.desired != null && $Object.hasOwnProperty.call(m, "desired")) {
                    d.desired = o.enums === $String ? $root.arrow.cluster.DesiredStatus[m.desired] === $undefined ? m.desired : $root.arrow.cluster.DesiredStatus[m.desired] : m.desired;
                }
                if (m.desiredReason != null && $Object.hasOwnProperty.call(m, "desiredReason")) {
                    d.desiredReason = m.desiredReason;
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = o.enums === $String ? $root.arrow.cluster.AllocStatus[m.status] === $undefined ? m.status : $root.arrow.cluster.AllocStatus[m.status] : m.status;
                }
                if (m.statusDetail != null && $Object.hasOwnProperty.call(m, "statusDetail")) {
                    d.statusDetail = m.statusDetail;
                }
                if (m.hasExitCode != null && $Object.hasOwnProperty.call(m, "hasExitCode")) {
                    d.hasExitCode = m.hasExitCode;
                }
                if (m.exitCode != null && $Object.hasOwnProperty.call(m, "exitCode")) {
                    d.exitCode = m.exitCode;
                }
                if (m.restarts != null && $Object.hasOwnProperty.call(m, "restarts")) {
                    d.restarts = m.restarts;
                }
                if (m.ports && m.ports.length) {
                    d.ports = $Array(m.ports.length);
                    for (var j = 0; j < m.ports.length; ++j) {
                        d.ports[j] = $root.arrow.cluster.PortBinding.toObject(m.ports[j], o, q + 1);
                    }
                }
                if (m.replaces != null && $Object.hasOwnProperty.call(m, "replaces")) {
                    d.replaces = m.replaces;
                }
                if (m.draining != null && $Object.hasOwnProperty.call(m, "draining")) {
                    d.draining = m.draining;
                }
                if (m.createIndex != null && $Object.hasOwnProperty.call(m, "createIndex")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.createIndex = typeof m.createIndex === "number" ? $BigInt(m.createIndex) : $util.Long.fromBits(m.createIndex.low >>> 0, m.createIndex.high >>> 0, true).toBigInt();
                    else if (typeof m.createIndex === "number")
                        d.createIndex = o.longs === $String ? $String(m.createIndex) : m.createIndex;
                    else
                        d.createIndex = o.longs === $String ? $util.Long.prototype.toString.call(m.createIndex) : o.longs === $Number ? new $util.LongBits(m.createIndex.low >>> 0, m.createIndex.high >>> 0).toNumber(true) : m.createIndex;
                }
                if (m.modifyIndex != null && $Object.hasOwnProperty.call(m, "modifyIndex")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.modifyIndex = typeof m.modifyIndex === "number" ? $BigInt(m.modifyIndex) : $util.Long.fromBits(m.modifyIndex.low >>> 0, m.modifyIndex.high >>> 0, true).toBigInt();
                    else if (typeof m.modifyIndex === "number")
                        d.modifyIndex = o.longs === $String ? $String(m.modifyIndex) : m.modifyIndex;
                    else
                        d.modifyIndex = o.longs === $String ? $util.Long.prototype.toString.call(m.modifyIndex) : o.longs === $Number ? new $util.LongBits(m.modifyIndex.low >>> 0, m.modifyIndex.high >>> 0).toNumber(true) : m.modifyIndex;
                }
                if (m.createTimeMs != null && $Object.hasOwnProperty.call(m, "createTimeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.createTimeMs = typeof m.createTimeMs === "number" ? $BigInt(m.createTimeMs) : $util.Long.fromBits(m.createTimeMs.low >>> 0, m.createTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.createTimeMs === "number")
                        d.createTimeMs = o.longs === $String ? $String(m.createTimeMs) : m.createTimeMs;
                    else
                        d.createTimeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.createTimeMs) : o.longs === $Number ? new $util.LongBits(m.createTimeMs.low >>> 0, m.createTimeMs.high >>> 0).toNumber() : m.createTimeMs;
                }
                if (m.statusTimeMs != null && $Object.hasOwnProperty.call(m, "statusTimeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.statusTimeMs = typeof m.statusTimeMs === "number" ? $BigInt(m.statusTimeMs) : $util.Long.fromBits(m.statusTimeMs.low >>> 0, m.statusTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.statusTimeMs === "number")
                        d.statusTimeMs = o.longs === $String ? $String(m.statusTimeMs) : m.statusTimeMs;
                    else
                        d.statusTimeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.statusTimeMs) : o.longs === $Number ? new $util.LongBits(m.statusTimeMs.low >>> 0, m.statusTimeMs.high >>> 0).toNumber() : m.statusTimeMs;
                }
                if (m.hostPorts && m.hostPorts.length) {
                    d.hostPorts = $Array(m.hostPorts.length);
                    for (var j = 0; j < m.hostPorts.length; ++j) {
                        d.hostPorts[j] = m.hostPorts[j];
                    }
                }
                if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                    d.address = m.address;
                }
                if (m.migratingFrom != null && $Object.hasOwnProperty.call(m, "migratingFrom")) {
                    d.migratingFrom = m.migratingFrom;
                }
                return d;
            };

            /**
             * Converts this AllocationRecord to JSON.
             * @function toJSON
             * @memberof arrow.cluster.AllocationRecord
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AllocationRecord.prototype.toJSON = function() {
                return AllocationRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AllocationRecord
             * @function getTypeUrl
             * @memberof arrow.cluster.AllocationRecord
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AllocationRecord.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.AllocationRecord";
            };

            return AllocationRecord;
        })();

        /**
         * EvalStatus enum.
         * @name arrow.cluster.EvalStatus
         * @enum {number}
         * @property {number} EVAL_PENDING=0 EVAL_PENDING value
         * @property {number} EVAL_COMPLETE=1 EVAL_COMPLETE value
         * @property {number} EVAL_BLOCKED=2 EVAL_BLOCKED value
         */
        cluster.EvalStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "EVAL_PENDING"] = 0;
            values[valuesById[1] = "EVAL_COMPLETE"] = 1;
            values[valuesById[2] = "EVAL_BLOCKED"] = 2;
            return values;
        })();

        cluster.EvaluationRecord = (function() {

            /**
             * Properties of an EvaluationRecord.
             * @typedef {Object} arrow.cluster.EvaluationRecord.$Properties
             * @property {string|null} [arrow] EvaluationRecord arrow
             * @property {string|null} [trigger] EvaluationRecord trigger
             * @property {arrow.cluster.EvalStatus|null} [status] EvaluationRecord status
             * @property {number|null} [triggerIndex] EvaluationRecord triggerIndex
             * @property {number|null} [triggerTimeMs] EvaluationRecord triggerTimeMs
             * @property {number|null} [createIndex] EvaluationRecord createIndex
             * @property {number|null} [modifyIndex] EvaluationRecord modifyIndex
             * @property {number|null} [placed] EvaluationRecord placed
             * @property {number|null} [unplaced] EvaluationRecord unplaced
             * @property {string|null} [message] EvaluationRecord message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EvaluationRecord.
             * @memberof arrow.cluster
             * @interface IEvaluationRecord
             * @augments arrow.cluster.EvaluationRecord.$Properties
             * @deprecated Use arrow.cluster.EvaluationRecord.$Properties instead.
             */

            /**
             * Shape of an EvaluationRecord.
             * @typedef {arrow.cluster.EvaluationRecord.$Properties} arrow.cluster.EvaluationRecord.$Shape
             */

            /**
             * Constructs a new EvaluationRecord.
             * @memberof arrow.cluster
             * @classdesc Represents an EvaluationRecord.
             * @constructor
             * @param {arrow.cluster.EvaluationRecord.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EvaluationRecord = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * EvaluationRecord arrow.
             * @member {string} arrow
             * @memberof arrow.cluster.EvaluationRecord
             * @instance
             */
            EvaluationRecord.prototype.arrow = "";

            /**
             * EvaluationRecord trigger.
             * @member {string} trigger
             * @memberof arrow.cluster.EvaluationRecord
             * @instance
             */
            EvaluationRecord.prototype.trigger = "";

            /**
             * EvaluationRecord status.
             * @member {arrow.cluster.EvalStatus} status
             * @memberof arrow.cluster.EvaluationRecord
             * @instance
             */
            EvaluationRecord.prototype.status = 0;

            /**
             * EvaluationRecord triggerIndex.
             * @member {number} triggerIndex
             * @memberof arrow.cluster.EvaluationRecord
             * @instance
             */
            EvaluationRecord.prototype.triggerIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EvaluationRecord triggerTimeMs.
             * @member {number} triggerTimeMs
             * @memberof arrow.cluster.EvaluationRecord
             * @instance
             */
            EvaluationRecord.prototype.triggerTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * EvaluationRecord createIndex.
             * @member {number} createIndex
             * @memberof arrow.cluster.EvaluationRecord
             * @instance
             */
            EvaluationRecord.prototype.createIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EvaluationRecord modifyIndex.
             * @member {number} modifyIndex
             * @memberof arrow.cluster.EvaluationRecord
             * @instance
             */
            EvaluationRecord.prototype.modifyIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EvaluationRecord placed.
             * @member {number} placed
             * @memberof arrow.cluster.EvaluationRecord
             * @instance
             */
            EvaluationRecord.prototype.placed = 0;

            /**
             * EvaluationRecord unplaced.
             * @member {number} unplaced
             * @memberof arrow.cluster.EvaluationRecord
             * @instance
             */
            EvaluationRecord.prototype.unplaced = 0;

            /**
             * EvaluationRecord message.
             * @member {string} message
             * @memberof arrow.cluster.EvaluationRecord
             * @instance
             */
            EvaluationRecord.prototype.message = "";

            /**
             * Creates a new EvaluationRecord instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.EvaluationRecord
             * @static
             * @param {arrow.cluster.EvaluationRecord.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.EvaluationRecord} EvaluationRecord instance
             * @type {{
             *   (properties: arrow.cluster.EvaluationRecord.$Shape): arrow.cluster.EvaluationRecord & arrow.cluster.EvaluationRecord.$Shape;
             *   (properties?: arrow.cluster.EvaluationRecord.$Properties): arrow.cluster.EvaluationRecord;
             * }}
             */
            EvaluationRecord.create = function(properties) {
                return new EvaluationRecord(properties);
            };

            /**
             * Encodes the specified EvaluationRecord message. Does not implicitly {@link arrow.cluster.EvaluationRecord.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.EvaluationRecord
             * @static
             * @param {arrow.cluster.EvaluationRecord.$Properties} m EvaluationRecord message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EvaluationRecord.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.arrow != null && $Object.hasOwnProperty.call(m, "arrow") && m.arrow !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.arrow);
                if (m.trigger != null && $Object.hasOwnProperty.call(m, "trigger") && m.trigger !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.trigger);
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).int32(m.status);
                if (m.triggerIndex != null && $Object.hasOwnProperty.call(m, "triggerIndex") && (typeof m.triggerIndex === "object" ? m.triggerIndex.low || m.triggerIndex.high : m.triggerIndex !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.triggerIndex);
                if (m.triggerTimeMs != null && $Object.hasOwnProperty.call(m, "triggerTimeMs") && (typeof m.triggerTimeMs === "object" ? m.triggerTimeMs.low || m.triggerTimeMs.high : m.triggerTimeMs !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.triggerTimeMs);
                if (m.createIndex != null && $Object.hasOwnProperty.call(m, "createIndex") && (typeof m.createIndex === "object" ? m.createIndex.low || m.createIndex.high : m.createIndex !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).uint64(m.createIndex);
                if (m.modifyIndex != null && $Object.hasOwnProperty.call(m, "modifyIndex") && (typeof m.modifyIndex === "object" ? m.modifyIndex.low || m.modifyIndex.high : m.modifyIndex !== 0))
                    w.uint32(/* id 7, wireType 0 =*/56).uint64(m.modifyIndex);
                if (m.placed != null && $Object.hasOwnProperty.call(m, "placed") && m.placed !== 0)
                    w.uint32(/* id 8, wireType 0 =*/64).uint32(m.placed);
                if (m.unplaced != null && $Object.hasOwnProperty.call(m, "unplaced") && m.unplaced !== 0)
                    w.uint32(/* id 9, wireType 0 =*/72).uint32(m.unplaced);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 10, wireType 2 =*/82).string(m.message);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified EvaluationRecord message, length delimited. Does not implicitly {@link arrow.cluster.EvaluationRecord.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.EvaluationRecord
             * @static
             * @param {arrow.cluster.EvaluationRecord.$Properties} message EvaluationRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EvaluationRecord.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EvaluationRecord message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.EvaluationRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.EvaluationRecord & arrow.cluster.EvaluationRecord.$Shape} EvaluationRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EvaluationRecord.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.EvaluationRecord();
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
                                m.arrow = v;
                            else
                                delete m.arrow;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.trigger = v;
                            else
                                delete m.trigger;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.status = v;
                            else
                                delete m.status;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.triggerIndex = v;
                            else
                                delete m.triggerIndex;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.triggerTimeMs = v;
                            else
                                delete m.triggerTimeMs;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.createIndex = v;
                            else
                                delete m.createIndex;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.modifyIndex = v;
                            else
                                delete m.modifyIndex;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.placed = v;
                            else
                                delete m.placed;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.unplaced = v;
                            else
                                delete m.unplaced;
                            continue;
                        }
                    case 10: {
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
             * Decodes an EvaluationRecord message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.EvaluationRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.EvaluationRecord & arrow.cluster.EvaluationRecord.$Shape} EvaluationRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EvaluationRecord.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EvaluationRecord message.
             * @function verify
             * @memberof arrow.cluster.EvaluationRecord
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EvaluationRecord.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.arrow != null && $Object.hasOwnProperty.call(m, "arrow")) {
                    if (!$util.isString(m.arrow))
                        return "arrow: string expected";
                }
                if (m.trigger != null && $Object.hasOwnProperty.call(m, "trigger")) {
                    if (!$util.isString(m.trigger))
                        return "trigger: string expected";
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    if (typeof m.status !== "number" || (m.status | 0) !== m.status)
                        return "status: enum value expected";
                }
                if (m.triggerIndex != null && $Object.hasOwnProperty.call(m, "triggerIndex")) {
                    if (!$util.isInteger(m.triggerIndex) && !(m.triggerIndex && $util.isInteger(m.triggerIndex.low) && $util.isInteger(m.triggerIndex.high)))
                        return "triggerIndex: integer|Long expected";
                }
                if (m.triggerTimeMs != null && $Object.hasOwnProperty.call(m, "triggerTimeMs")) {
                    if (!$util.isInteger(m.triggerTimeMs) && !(m.triggerTimeMs && $util.isInteger(m.triggerTimeMs.low) && $util.isInteger(m.triggerTimeMs.high)))
                        return "triggerTimeMs: integer|Long expected";
                }
                if (m.createIndex != null && $Object.hasOwnProperty.call(m, "createIndex")) {
                    if (!$util.isInteger(m.createIndex) && !(m.createIndex && $util.isInteger(m.createIndex.low) && $util.isInteger(m.createIndex.high)))
                        return "createIndex: integer|Long expected";
                }
                if (m.modifyIndex != null && $Object.hasOwnProperty.call(m, "modifyIndex")) {
                    if (!$util.isInteger(m.modifyIndex) && !(m.modifyIndex && $util.isInteger(m.modifyIndex.low) && $util.isInteger(m.modifyIndex.high)))
                        return "modifyIndex: integer|Long expected";
                }
                if (m.placed != null && $Object.hasOwnProperty.call(m, "placed")) {
                    if (!$util.isInteger(m.placed))
                        return "placed: integer expected";
                }
                if (m.unplaced != null && $Object.hasOwnProperty.call(m, "unplaced")) {
                    if (!$util.isInteger(m.unplaced))
                        return "unplaced: integer expected";
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    if (!$util.isString(m.message))
                        return "message: string expected";
                }
                return null;
            };

            /**
             * Creates an EvaluationRecord message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.EvaluationRecord
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.EvaluationRecord} EvaluationRecord
             */
            EvaluationRecord.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.EvaluationRecord)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.EvaluationRecord: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.EvaluationRecord();
                if (d.arrow != null) {
                    if (typeof d.arrow !== "string" || d.arrow.length) {
                        m.arrow = $String(d.arrow);
                    }
                }
                if (d.trigger != null) {
                    if (typeof d.trigger !== "string" || d.trigger.length) {
                        m.trigger = $String(d.trigger);
                    }
                }
                if (d.status !== 0 && (typeof d.status !== "string" || $root.arrow.cluster.EvalStatus[d.status] !== 0)) {
                    switch (d.status) {
                    case "EVAL_PENDING":
                    case 0:
                        m.status = 0;
                        break;
                    case "EVAL_COMPLETE":
                    case 1:
                        m.status = 1;
                        break;
                    case "EVAL_BLOCKED":
                    case 2:
                        m.status = 2;
                        break;
                    default:
                        if (typeof d.status === "number" && (d.status | 0) === d.status)
                            m.status = d.status;
                    }
                }
                if (d.triggerIndex != null) {
                    if (typeof d.triggerIndex === "object" ? d.triggerIndex.low || d.triggerIndex.high : $Number(d.triggerIndex) !== 0) {
                        if ($util.Long)
                            m.triggerIndex = $util.Long.fromValue(d.triggerIndex, true);
                        else if (typeof d.triggerIndex === "string")
                            m.triggerIndex = $parseInt(d.triggerIndex, 10);
                        else if (typeof d.triggerIndex === "number")
                            m.triggerIndex = d.triggerIndex;
                        else if (typeof d.triggerIndex === "object")
                            m.triggerIndex = new $util.LongBits(d.triggerIndex.low >>> 0, d.triggerIndex.high >>> 0).toNumber(true);
                    }
                }
                if (d.triggerTimeMs != null) {
                    if (typeof d.triggerTimeMs === "object" ? d.triggerTimeMs.low || d.triggerTimeMs.high : $Number(d.triggerTimeMs) !== 0) {
                        if ($util.Long)
                            m.triggerTimeMs = $util.Long.fromValue(d.triggerTimeMs, false);
                        else if (typeof d.triggerTimeMs === "string")
                            m.triggerTimeMs = $parseInt(d.triggerTimeMs, 10);
                        else if (typeof d.triggerTimeMs === "number")
                            m.triggerTimeMs = d.triggerTimeMs;
                        else if (typeof d.triggerTimeMs === "object")
                            m.triggerTimeMs = new $util.LongBits(d.triggerTimeMs.low >>> 0, d.triggerTimeMs.high >>> 0).toNumber();
                    }
                }
                if (d.createIndex != null) {
                    if (typeof d.createIndex === "object" ? d.createIndex.low || d.createIndex.high : $Number(d.createIndex) !== 0) {
                        if ($util.Long)
                            m.createIndex = $util.Long.fromValue(d.createIndex, true);
                        else if (typeof d.createIndex === "string")
                            m.createIndex = $parseInt(d.createIndex, 10);
                        else if (typeof d.createIndex === "number")
                            m.createIndex = d.createIndex;
                        else if (typeof d.createIndex === "object")
                            m.createIndex = new $util.LongBits(d.createIndex.low >>> 0, d.createIndex.high >>> 0).toNumber(true);
                    }
                }
                if (d.modifyIndex != null) {
                    if (typeof d.modifyIndex === "object" ? d.modifyIndex.low || d.modifyIndex.high : $Number(d.modifyIndex) !== 0) {
                        if ($util.Long)
                            m.modifyIndex = $util.Long.fromValue(d.modifyIndex, true);
                        else if (typeof d.modifyIndex === "string")
                            m.modifyIndex = $parseInt(d.modifyIndex, 10);
                        else if (typeof d.modifyIndex === "number")
                            m.modifyIndex = d.modifyIndex;
                        else if (typeof d.modifyIndex === "object")
                            m.modifyIndex = new $util.LongBits(d.modifyIndex.low >>> 0, d.modifyIndex.high >>> 0).toNumber(true);
                    }
                }
                if (d.placed != null) {
                    if ($Number(d.placed) !== 0) {
                        m.placed = d.placed >>> 0;
                    }
                }
                if (d.unplaced != null) {
                    if ($Number(d.unplaced) !== 0) {
                        m.unplaced = d.unplaced >>> 0;
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
             * Creates a plain object from an EvaluationRecord message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.EvaluationRecord
             * @static
             * @param {arrow.cluster.EvaluationRecord} m EvaluationRecord
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EvaluationRecord.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.arrow = "";
                    d.trigger = "";
                    d.status = o.enums === $String ? "EVAL_PENDING" : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.triggerIndex = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.triggerIndex = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.triggerTimeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.triggerTimeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.createIndex = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.createIndex = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.modifyIndex = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.modifyIndex = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.placed = 0;
                    d.unplaced = 0;
                    d.message = "";
                }
                if (m.arrow != null && $Object.hasOwnProperty.call(m, "arrow")) {
                    d.arrow = m.arrow;
                }
                if (m.trigger != null && $Object.hasOwnProperty.call(m, "trigger")) {
                    d.trigger = m.trigger;
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = o.enums === $String ? $root.arrow.cluster.EvalStatus[m.status] === $undefined ? m.status : $root.arrow.cluster.EvalStatus[m.status] : m.status;
                }
                if (m.triggerIndex != null && $Object.hasOwnProperty.call(m, "triggerIndex")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.triggerIndex = typeof m.triggerIndex === "number" ? $BigInt(m.triggerIndex) : $util.Long.fromBits(m.triggerIndex.low >>> 0, m.triggerIndex.high >>> 0, true).toBigInt();
                    else if (typeof m.triggerIndex === "number")
                        d.triggerIndex = o.longs === $String ? $String(m.triggerIndex) : m.triggerIndex;
                    else
                        d.triggerIndex = o.longs === $String ? $util.Long.prototype.toString.call(m.triggerIndex) : o.longs === $Number ? new $util.LongBits(m.triggerIndex.low >>> 0, m.triggerIndex.high >>> 0).toNumber(true) : m.triggerIndex;
                }
                if (m.triggerTimeMs != null && $Object.hasOwnProperty.call(m, "triggerTimeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.triggerTimeMs = typeof m.triggerTimeMs === "number" ? $BigInt(m.triggerTimeMs) : $util.Long.fromBits(m.triggerTimeMs.low >>> 0, m.triggerTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.triggerTimeMs === "number")
                        d.triggerTimeMs = o.longs === $String ? $String(m.triggerTimeMs) : m.triggerTimeMs;
                    else
                        d.triggerTimeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.triggerTimeMs) : o.longs === $Number ? new $util.LongBits(m.triggerTimeMs.low >>> 0, m.triggerTimeMs.high >>> 0).toNumber() : m.triggerTimeMs;
                }
                if (m.createIndex != null && $Object.hasOwnProperty.call(m, "createIndex")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.createIndex = typeof m.createIndex === "number" ? $BigInt(m.createIndex) : $util.Long.fromBits(m.createIndex.low >>> 0, m.createIndex.high >>> 0, true).toBigInt();
                    else if (typeof m.createIndex === "number")
                        d.createIndex = o.longs === $String ? $String(m.createIndex) : m.createIndex;
                    else
                        d.createIndex = o.longs === $String ? $util.Long.prototype.toString.call(m.createIndex) : o.longs === $Number ? new $util.LongBits(m.createIndex.low >>> 0, m.createIndex.high >>> 0).toNumber(true) : m.createIndex;
                }
                if (m.modifyIndex != null && $Object.hasOwnProperty.call(m, "modifyIndex")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.modifyIndex = typeof m.modifyIndex === "number" ? $BigInt(m.modifyIndex) : $util.Long.fromBits(m.modifyIndex.low >>> 0, m.modifyIndex.high >>> 0, true).toBigInt();
                    else if (typeof m.modifyIndex === "number")
                        d.modifyIndex = o.longs === $String ? $String(m.modifyIndex) : m.modifyIndex;
                    else
                        d.modifyIndex = o.longs === $String ? $util.Long.prototype.toString.call(m.modifyIndex) : o.longs === $Number ? new $util.LongBits(m.modifyIndex.low >>> 0, m.modifyIndex.high >>> 0).toNumber(true) : m.modifyIndex;
                }
                if (m.placed != null && $Object.hasOwnProperty.call(m, "placed")) {
                    d.placed = m.placed;
                }
                if (m.unplaced != null && $Object.hasOwnProperty.call(m, "unplaced")) {
                    d.unplaced = m.unplaced;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                return d;
            };

            /**
             * Converts this EvaluationRecord to JSON.
             * @function toJSON
             * @memberof arrow.cluster.EvaluationRecord
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EvaluationRecord.prototype.toJSON = function() {
                return EvaluationRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EvaluationRecord
             * @function getTypeUrl
             * @memberof arrow.cluster.EvaluationRecord
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EvaluationRecord.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.EvaluationRecord";
            };

            return EvaluationRecord;
        })();

        cluster.ArtifactRecord = (function() {

            /**
             * Properties of an ArtifactRecord.
             * @typedef {Object} arrow.cluster.ArtifactRecord.$Properties
             * @property {string|null} [digest] ArtifactRecord digest
             * @property {number|null} [size] ArtifactRecord size
             * @property {string|null} [manifestDigest] ArtifactRecord manifestDigest
             * @property {Array.<string>|null} [holders] ArtifactRecord holders
             * @property {number|null} [modifyIndex] ArtifactRecord modifyIndex
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ArtifactRecord.
             * @memberof arrow.cluster
             * @interface IArtifactRecord
             * @augments arrow.cluster.ArtifactRecord.$Properties
             * @deprecated Use arrow.cluster.ArtifactRecord.$Properties instead.
             */

            /**
             * Shape of an ArtifactRecord.
             * @typedef {arrow.cluster.ArtifactRecord.$Properties} arrow.cluster.ArtifactRecord.$Shape
             */

            /**
             * Constructs a new ArtifactRecord.
             * @memberof arrow.cluster
             * @classdesc Represents an ArtifactRecord.
             * @constructor
             * @param {arrow.cluster.ArtifactRecord.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ArtifactRecord = function (p) {
                this.holders = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ArtifactRecord digest.
             * @member {string} digest
             * @memberof arrow.cluster.ArtifactRecord
             * @instance
             */
            ArtifactRecord.prototype.digest = "";

            /**
             * ArtifactRecord size.
             * @member {number} size
             * @memberof arrow.cluster.ArtifactRecord
             * @instance
             */
            ArtifactRecord.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ArtifactRecord manifestDigest.
             * @member {string} manifestDigest
             * @memberof arrow.cluster.ArtifactRecord
             * @instance
             */
            ArtifactRecord.prototype.manifestDigest = "";

            /**
             * ArtifactRecord holders.
             * @member {Array.<string>} holders
             * @memberof arrow.cluster.ArtifactRecord
             * @instance
             */
            ArtifactRecord.prototype.holders = $util.emptyArray;

            /**
             * ArtifactRecord modifyIndex.
             * @member {number} modifyIndex
             * @memberof arrow.cluster.ArtifactRecord
             * @instance
             */
            ArtifactRecord.prototype.modifyIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ArtifactRecord instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.ArtifactRecord
             * @static
             * @param {arrow.cluster.ArtifactRecord.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.ArtifactRecord} ArtifactRecord instance
             * @type {{
             *   (properties: arrow.cluster.ArtifactRecord.$Shape): arrow.cluster.ArtifactRecord & arrow.cluster.ArtifactRecord.$Shape;
             *   (properties?: arrow.cluster.ArtifactRecord.$Properties): arrow.cluster.ArtifactRecord;
             * }}
             */
            ArtifactRecord.create = function(properties) {
                return new ArtifactRecord(properties);
            };

            /**
             * Encodes the specified ArtifactRecord message. Does not implicitly {@link arrow.cluster.ArtifactRecord.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.ArtifactRecord
             * @static
             * @param {arrow.cluster.ArtifactRecord.$Properties} m ArtifactRecord message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ArtifactRecord.encode = function (m, w, q) {
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
                if (m.manifestDigest != null && $Object.hasOwnProperty.call(m, "manifestDigest") && m.manifestDigest !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.manifestDigest);
                if (m.holders != null && m.holders.length) {
                    for (var i = 0; i < m.holders.length; ++i)
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.holders[i]);
                }
                if (m.modifyIndex != null && $Object.hasOwnProperty.call(m, "modifyIndex") && (typeof m.modifyIndex === "object" ? m.modifyIndex.low || m.modifyIndex.high : m.modifyIndex !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).uint64(m.modifyIndex);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ArtifactRecord message, length delimited. Does not implicitly {@link arrow.cluster.ArtifactRecord.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.ArtifactRecord
             * @static
             * @param {arrow.cluster.ArtifactRecord.$Properties} message ArtifactRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ArtifactRecord.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ArtifactRecord message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.ArtifactRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.ArtifactRecord & arrow.cluster.ArtifactRecord.$Shape} ArtifactRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ArtifactRecord.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.ArtifactRecord();
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
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.manifestDigest = v;
                            else
                                delete m.manifestDigest;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.holders && m.holders.length))
                                m.holders = [];
                            m.holders.push(r.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.modifyIndex = v;
                            else
                                delete m.modifyIndex;
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
             * Decodes an ArtifactRecord message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.ArtifactRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.ArtifactRecord & arrow.cluster.ArtifactRecord.$Shape} ArtifactRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ArtifactRecord.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an ArtifactRecord message.
             * @function verify
             * @memberof arrow.cluster.ArtifactRecord
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ArtifactRecord.verify = function (m, q) {
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
                if (m.manifestDigest != null && $Object.hasOwnProperty.call(m, "manifestDigest")) {
                    if (!$util.isString(m.manifestDigest))
                        return "manifestDigest: string expected";
                }
                if (m.holders != null && $Object.hasOwnProperty.call(m, "holders")) {
                    if (!$Array.isArray(m.holders))
                        return "holders: array expected";
                    for (var i = 0; i < m.holders.length; ++i) {
                        if (!$util.isString(m.holders[i]))
                            return "holders: string[] expected";
                    }
                }
                if (m.modifyIndex != null && $Object.hasOwnProperty.call(m, "modifyIndex")) {
                    if (!$util.isInteger(m.modifyIndex) && !(m.modifyIndex && $util.isInteger(m.modifyIndex.low) && $util.isInteger(m.modifyIndex.high)))
                        return "modifyIndex: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates an ArtifactRecord message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.ArtifactRecord
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.ArtifactRecord} ArtifactRecord
             */
            ArtifactRecord.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.ArtifactRecord)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.ArtifactRecord: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.ArtifactRecord();
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
                if (d.manifestDigest != null) {
                    if (typeof d.manifestDigest !== "string" || d.manifestDigest.length) {
                        m.manifestDigest = $String(d.manifestDigest);
                    }
                }
                if (d.holders) {
                    if (!$Array.isArray(d.holders))
                        throw $TypeError(".arrow.cluster.ArtifactRecord.holders: array expected");
                    m.holders = $Array(d.holders.length);
                    for (var i = 0; i < d.holders.length; ++i) {
                        m.holders[i] = $String(d.holders[i]);
                    }
                }
                if (d.modifyIndex != null) {
                    if (typeof d.modifyIndex === "object" ? d.modifyIndex.low || d.modifyIndex.high : $Number(d.modifyIndex) !== 0) {
                        if ($util.Long)
                            m.modifyIndex = $util.Long.fromValue(d.modifyIndex, true);
                        else if (typeof d.modifyIndex === "string")
                            m.modifyIndex = $parseInt(d.modifyIndex, 10);
                        else if (typeof d.modifyIndex === "number")
                            m.modifyIndex = d.modifyIndex;
                        else if (typeof d.modifyIndex === "object")
                            m.modifyIndex = new $util.LongBits(d.modifyIndex.low >>> 0, d.modifyIndex.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an ArtifactRecord message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.ArtifactRecord
             * @static
             * @param {arrow.cluster.ArtifactRecord} m ArtifactRecord
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ArtifactRecord.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.holders = [];
                }
                if (o.defaults) {
                    d.digest = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.size = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.size = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.manifestDigest = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.modifyIndex = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.modifyIndex = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
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
                if (m.manifestDigest != null && $Object.hasOwnProperty.call(m, "manifestDigest")) {
                    d.manifestDigest = m.manifestDigest;
                }
                if (m.holders && m.holders.length) {
                    d.holders = $Array(m.holders.length);
                    for (var j = 0; j < m.holders.length; ++j) {
                        d.holders[j] = m.holders[j];
                    }
                }
                if (m.modifyIndex != null && $Object.hasOwnProperty.call(m, "modifyIndex")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.modifyIndex = typeof m.modifyIndex === "number" ? $BigInt(m.modifyIndex) : $util.Long.fromBits(m.modifyIndex.low >>> 0, m.modifyIndex.high >>> 0, true).toBigInt();
                    else if (typeof m.modifyIndex === "number")
                        d.modifyIndex = o.longs === $String ? $String(m.modifyIndex) : m.modifyIndex;
                    else
                        d.modifyIndex = o.longs === $String ? $util.Long.prototype.toString.call(m.modifyIndex) : o.longs === $Number ? new $util.LongBits(m.modifyIndex.low >>> 0, m.modifyIndex.high >>> 0).toNumber(true) : m.modifyIndex;
                }
                return d;
            };

            /**
             * Converts this ArtifactRecord to JSON.
             * @function toJSON
             * @memberof arrow.cluster.ArtifactRecord
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ArtifactRecord.prototype.toJSON = function() {
                return ArtifactRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ArtifactRecord
             * @function getTypeUrl
             * @memberof arrow.cluster.ArtifactRecord
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ArtifactRecord.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.ArtifactRecord";
            };

            return ArtifactRecord;
        })();

        cluster.VolumeHolder = (function() {

            /**
             * Properties of a VolumeHolder.
             * @typedef {Object} arrow.cluster.VolumeHolder.$Properties
             * @property {string|null} [node] VolumeHolder node
             * @property {number|null} [seq] VolumeHolder seq
             * @property {string|null} [manifest] VolumeHolder manifest
             * @property {number|null} [createdMs] VolumeHolder createdMs
             * @property {number|null} [logicalBytes] VolumeHolder logicalBytes
             * @property {number|null} [reportedMs] VolumeHolder reportedMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VolumeHolder.
             * @memberof arrow.cluster
             * @interface IVolumeHolder
             * @augments arrow.cluster.VolumeHolder.$Properties
             * @deprecated Use arrow.cluster.VolumeHolder.$Properties instead.
             */

            /**
             * Shape of a VolumeHolder.
             * @typedef {arrow.cluster.VolumeHolder.$Properties} arrow.cluster.VolumeHolder.$Shape
             */

            /**
             * Constructs a new VolumeHolder.
             * @memberof arrow.cluster
             * @classdesc Represents a VolumeHolder.
             * @constructor
             * @param {arrow.cluster.VolumeHolder.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VolumeHolder = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VolumeHolder node.
             * @member {string} node
             * @memberof arrow.cluster.VolumeHolder
             * @instance
             */
            VolumeHolder.prototype.node = "";

            /**
             * VolumeHolder seq.
             * @member {number} seq
             * @memberof arrow.cluster.VolumeHolder
             * @instance
             */
            VolumeHolder.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * VolumeHolder manifest.
             * @member {string} manifest
             * @memberof arrow.cluster.VolumeHolder
             * @instance
             */
            VolumeHolder.prototype.manifest = "";

            /**
             * VolumeHolder createdMs.
             * @member {number} createdMs
             * @memberof arrow.cluster.VolumeHolder
             * @instance
             */
            VolumeHolder.prototype.createdMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * VolumeHolder logicalBytes.
             * @member {number} logicalBytes
             * @memberof arrow.cluster.VolumeHolder
             * @instance
             */
            VolumeHolder.prototype.logicalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * VolumeHolder reportedMs.
             * @member {number} reportedMs
             * @memberof arrow.cluster.VolumeHolder
             * @instance
             */
            VolumeHolder.prototype.reportedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new VolumeHolder instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.VolumeHolder
             * @static
             * @param {arrow.cluster.VolumeHolder.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.VolumeHolder} VolumeHolder instance
             * @type {{
             *   (properties: arrow.cluster.VolumeHolder.$Shape): arrow.cluster.VolumeHolder & arrow.cluster.VolumeHolder.$Shape;
             *   (properties?: arrow.cluster.VolumeHolder.$Properties): arrow.cluster.VolumeHolder;
             * }}
             */
            VolumeHolder.create = function(properties) {
                return new VolumeHolder(properties);
            };

            /**
             * Encodes the specified VolumeHolder message. Does not implicitly {@link arrow.cluster.VolumeHolder.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.VolumeHolder
             * @static
             * @param {arrow.cluster.VolumeHolder.$Properties} m VolumeHolder message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VolumeHolder.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.node != null && $Object.hasOwnProperty.call(m, "node") && m.node !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.node);
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.seq);
                if (m.manifest != null && $Object.hasOwnProperty.call(m, "manifest") && m.manifest !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.manifest);
                if (m.createdMs != null && $Object.hasOwnProperty.call(m, "createdMs") && (typeof m.createdMs === "object" ? m.createdMs.low || m.createdMs.high : m.createdMs !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.createdMs);
                if (m.logicalBytes != null && $Object.hasOwnProperty.call(m, "logicalBytes") && (typeof m.logicalBytes === "object" ? m.logicalBytes.low || m.logicalBytes.high : m.logicalBytes !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).uint64(m.logicalBytes);
                if (m.reportedMs != null && $Object.hasOwnProperty.call(m, "reportedMs") && (typeof m.reportedMs === "object" ? m.reportedMs.low || m.reportedMs.high : m.reportedMs !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).int64(m.reportedMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified VolumeHolder message, length delimited. Does not implicitly {@link arrow.cluster.VolumeHolder.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.VolumeHolder
             * @static
             * @param {arrow.cluster.VolumeHolder.$Properties} message VolumeHolder message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VolumeHolder.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a VolumeHolder message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.VolumeHolder
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.VolumeHolder & arrow.cluster.VolumeHolder.$Shape} VolumeHolder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VolumeHolder.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.VolumeHolder();
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
                                m.node = v;
                            else
                                delete m.node;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.manifest = v;
                            else
                                delete m.manifest;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.createdMs = v;
                            else
                                delete m.createdMs;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.logicalBytes = v;
                            else
                                delete m.logicalBytes;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.reportedMs = v;
                            else
                                delete m.reportedMs;
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
             * Decodes a VolumeHolder message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.VolumeHolder
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.VolumeHolder & arrow.cluster.VolumeHolder.$Shape} VolumeHolder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VolumeHolder.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a VolumeHolder message.
             * @function verify
             * @memberof arrow.cluster.VolumeHolder
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VolumeHolder.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    if (!$util.isString(m.node))
                        return "node: string expected";
                }
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
                if (m.reportedMs != null && $Object.hasOwnProperty.call(m, "reportedMs")) {
                    if (!$util.isInteger(m.reportedMs) && !(m.reportedMs && $util.isInteger(m.reportedMs.low) && $util.isInteger(m.reportedMs.high)))
                        return "reportedMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a VolumeHolder message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.VolumeHolder
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.VolumeHolder} VolumeHolder
             */
            VolumeHolder.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.VolumeHolder)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.VolumeHolder: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.VolumeHolder();
                if (d.node != null) {
                    if (typeof d.node !== "string" || d.node.length) {
                        m.node = $String(d.node);
                    }
                }
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
                            m.createdMs = $util.Long.fromValue(d.createdMs, false);
                        else if (typeof d.createdMs === "string")
                            m.createdMs = $parseInt(d.createdMs, 10);
                        else if (typeof d.createdMs === "number")
                            m.createdMs = d.createdMs;
                        else if (typeof d.createdMs === "object")
                            m.createdMs = new $util.LongBits(d.createdMs.low >>> 0, d.createdMs.high >>> 0).toNumber();
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
                if (d.reportedMs != null) {
                    if (typeof d.reportedMs === "object" ? d.reportedMs.low || d.reportedMs.high : $Number(d.reportedMs) !== 0) {
                        if ($util.Long)
                            m.reportedMs = $util.Long.fromValue(d.reportedMs, false);
                        else if (typeof d.reportedMs === "string")
                            m.reportedMs = $parseInt(d.reportedMs, 10);
                        else if (typeof d.reportedMs === "number")
                            m.reportedMs = d.reportedMs;
                        else if (typeof d.reportedMs === "object")
                            m.reportedMs = new $util.LongBits(d.reportedMs.low >>> 0, d.reportedMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a VolumeHolder message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.VolumeHolder
             * @static
             * @param {arrow.cluster.VolumeHolder} m VolumeHolder
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VolumeHolder.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.node = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.seq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.seq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.manifest = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.createdMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.createdMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.logicalBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.logicalBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.reportedMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.reportedMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    d.node = m.node;
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
                        d.createdMs = typeof m.createdMs === "number" ? $BigInt(m.createdMs) : $util.Long.fromBits(m.createdMs.low >>> 0, m.createdMs.high >>> 0, false).toBigInt();
                    else if (typeof m.createdMs === "number")
                        d.createdMs = o.longs === $String ? $String(m.createdMs) : m.createdMs;
                    else
                        d.createdMs = o.longs === $String ? $util.Long.prototype.toString.call(m.createdMs) : o.longs === $Number ? new $util.LongBits(m.createdMs.low >>> 0, m.createdMs.high >>> 0).toNumber() : m.createdMs;
                }
                if (m.logicalBytes != null && $Object.hasOwnProperty.call(m, "logicalBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.logicalBytes = typeof m.logicalBytes === "number" ? $BigInt(m.logicalBytes) : $util.Long.fromBits(m.logicalBytes.low >>> 0, m.logicalBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.logicalBytes === "number")
                        d.logicalBytes = o.longs === $String ? $String(m.logicalBytes) : m.logicalBytes;
                    else
                        d.logicalBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.logicalBytes) : o.longs === $Number ? new $util.LongBits(m.logicalBytes.low >>> 0, m.logicalBytes.high >>> 0).toNumber(true) : m.logicalBytes;
                }
                if (m.reportedMs != null && $Object.hasOwnProperty.call(m, "reportedMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.reportedMs = typeof m.reportedMs === "number" ? $BigInt(m.reportedMs) : $util.Long.fromBits(m.reportedMs.low >>> 0, m.reportedMs.high >>> 0, false).toBigInt();
                    else if (typeof m.reportedMs === "number")
                        d.reportedMs = o.longs === $String ? $String(m.reportedMs) : m.reportedMs;
                    else
                        d.reportedMs = o.longs === $String ? $util.Long.prototype.toString.call(m.reportedMs) : o.longs === $Number ? new $util.LongBits(m.reportedMs.low >>> 0, m.reportedMs.high >>> 0).toNumber() : m.reportedMs;
                }
                return d;
            };

            /**
             * Converts this VolumeHolder to JSON.
             * @function toJSON
             * @memberof arrow.cluster.VolumeHolder
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VolumeHolder.prototype.toJSON = function() {
                return VolumeHolder.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VolumeHolder
             * @function getTypeUrl
             * @memberof arrow.cluster.VolumeHolder
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VolumeHolder.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.VolumeHolder";
            };

            return VolumeHolder;
        })();

        cluster.VolumeRecord = (function() {

            /**
             * Properties of a VolumeRecord.
             * @typedef {Object} arrow.cluster.VolumeRecord.$Properties
             * @property {string|null} [name] VolumeRecord name
             * @property {number|null} [replicas] VolumeRecord replicas
             * @property {Array.<string>|null} [replicaNodes] VolumeRecord replicaNodes
             * @property {Array.<arrow.cluster.VolumeHolder.$Properties>|null} [holders] VolumeRecord holders
             * @property {number|null} [modifyIndex] VolumeRecord modifyIndex
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VolumeRecord.
             * @memberof arrow.cluster
             * @interface IVolumeRecord
             * @augments arrow.cluster.VolumeRecord.$Properties
             * @deprecated Use arrow.cluster.VolumeRecord.$Properties instead.
             */

            /**
             * Shape of a VolumeRecord.
             * @typedef {arrow.cluster.VolumeRecord.$Properties} arrow.cluster.VolumeRecord.$Shape
             */

            /**
             * Constructs a new VolumeRecord.
             * @memberof arrow.cluster
             * @classdesc Represents a VolumeRecord.
             * @constructor
             * @param {arrow.cluster.VolumeRecord.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VolumeRecord = function (p) {
                this.replicaNodes = [];
                this.holders = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VolumeRecord name.
             * @member {string} name
             * @memberof arrow.cluster.VolumeRecord
             * @instance
             */
            VolumeRecord.prototype.name = "";

            /**
             * VolumeRecord replicas.
             * @member {number} replicas
             * @memberof arrow.cluster.VolumeRecord
             * @instance
             */
            VolumeRecord.prototype.replicas = 0;

            /**
             * VolumeRecord replicaNodes.
             * @member {Array.<string>} replicaNodes
             * @memberof arrow.cluster.VolumeRecord
             * @instance
             */
            VolumeRecord.prototype.replicaNodes = $util.emptyArray;

            /**
             * VolumeRecord holders.
             * @member {Array.<arrow.cluster.VolumeHolder.$Properties>} holders
             * @memberof arrow.cluster.VolumeRecord
             * @instance
             */
            VolumeRecord.prototype.holders = $util.emptyArray;

            /**
             * VolumeRecord modifyIndex.
             * @member {number} modifyIndex
             * @memberof arrow.cluster.VolumeRecord
             * @instance
             */
            VolumeRecord.prototype.modifyIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new VolumeRecord instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.VolumeRecord
             * @static
             * @param {arrow.cluster.VolumeRecord.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.VolumeRecord} VolumeRecord instance
             * @type {{
             *   (properties: arrow.cluster.VolumeRecord.$Shape): arrow.cluster.VolumeRecord & arrow.cluster.VolumeRecord.$Shape;
             *   (properties?: arrow.cluster.VolumeRecord.$Properties): arrow.cluster.VolumeRecord;
             * }}
             */
            VolumeRecord.create = function(properties) {
                return new VolumeRecord(properties);
            };

            /**
             * Encodes the specified VolumeRecord message. Does not implicitly {@link arrow.cluster.VolumeRecord.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.VolumeRecord
             * @static
             * @param {arrow.cluster.VolumeRecord.$Properties} m VolumeRecord message or plain object to encode
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
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.replicas != null && $Object.hasOwnProperty.call(m, "replicas") && m.replicas !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.replicas);
                if (m.replicaNodes != null && m.replicaNodes.length) {
                    for (var i = 0; i < m.replicaNodes.length; ++i)
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.replicaNodes[i]);
                }
                if (m.holders != null && m.holders.length) {
                    for (var i = 0; i < m.holders.length; ++i)
                        $root.arrow.cluster.VolumeHolder.encode(m.holders[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                }
                if (m.modifyIndex != null && $Object.hasOwnProperty.call(m, "modifyIndex") && (typeof m.modifyIndex === "object" ? m.modifyIndex.low || m.modifyIndex.high : m.modifyIndex !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).uint64(m.modifyIndex);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified VolumeRecord message, length delimited. Does not implicitly {@link arrow.cluster.VolumeRecord.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.VolumeRecord
             * @static
             * @param {arrow.cluster.VolumeRecord.$Properties} message VolumeRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VolumeRecord.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a VolumeRecord message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.VolumeRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.VolumeRecord & arrow.cluster.VolumeRecord.$Shape} VolumeRecord
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
                m = g || new $root.arrow.cluster.VolumeRecord();
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
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.replicas = v;
                            else
                                delete m.replicas;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.replicaNodes && m.replicaNodes.length))
                                m.replicaNodes = [];
                            m.replicaNodes.push(r.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.holders && m.holders.length))
                                m.holders = [];
                            m.holders.push($root.arrow.cluster.VolumeHolder.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.modifyIndex = v;
                            else
                                delete m.modifyIndex;
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
             * @memberof arrow.cluster.VolumeRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.VolumeRecord & arrow.cluster.VolumeRecord.$Shape} VolumeRecord
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
             * @memberof arrow.cluster.VolumeRecord
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
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    if (!$util.isString(m.name))
                        return "name: string expected";
                }
                if (m.replicas != null && $Object.hasOwnProperty.call(m, "replicas")) {
                    if (!$util.isInteger(m.replicas))
                        return "replicas: integer expected";
                }
                if (m.replicaNodes != null && $Object.hasOwnProperty.call(m, "replicaNodes")) {
                    if (!$Array.isArray(m.replicaNodes))
                        return "replicaNodes: array expected";
                    for (var i = 0; i < m.replicaNodes.length; ++i) {
                        if (!$util.isString(m.replicaNodes[i]))
                            return "replicaNodes: string[] expected";
                    }
                }
                if (m.holders != null && $Object.hasOwnProperty.call(m, "holders")) {
                    if (!$Array.isArray(m.holders))
                        return "holders: array expected";
                    for (var i = 0; i < m.holders.length; ++i) {
                        {
                            var e = $root.arrow.cluster.VolumeHolder.verify(m.holders[i], q + 1);
                            if (e)
                                return "holders." + e;
                        }
                    }
                }
                if (m.modifyIndex != null && $Object.hasOwnProperty.call(m, "modifyIndex")) {
                    if (!$util.isInteger(m.modifyIndex) && !(m.modifyIndex && $util.isInteger(m.modifyIndex.low) && $util.isInteger(m.modifyIndex.high)))
                        return "modifyIndex: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a VolumeRecord message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.VolumeRecord
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.VolumeRecord} VolumeRecord
             */
            VolumeRecord.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.VolumeRecord)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.VolumeRecord: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.VolumeRecord();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.replicas != null) {
                    if ($Number(d.replicas) !== 0) {
                        m.replicas = d.replicas >>> 0;
                    }
                }
                if (d.replicaNodes) {
                    if (!$Array.isArray(d.replicaNodes))
                        throw $TypeError(".arrow.cluster.VolumeRecord.replicaNodes: array expected");
                    m.replicaNodes = $Array(d.replicaNodes.length);
                    for (var i = 0; i < d.replicaNodes.length; ++i) {
                        m.replicaNodes[i] = $String(d.replicaNodes[i]);
                    }
                }
                if (d.holders) {
                    if (!$Array.isArray(d.holders))
                        throw $TypeError(".arrow.cluster.VolumeRecord.holders: array expected");
                    m.holders = $Array(d.holders.length);
                    for (var i = 0; i < d.holders.length; ++i) {
                        if (!$util.isObject(d.holders[i]))
                            throw $TypeError(".arrow.cluster.VolumeRecord.holders: object expected");
                        m.holders[i] = $root.arrow.cluster.VolumeHolder.fromObject(d.holders[i], q + 1);
                    }
                }
                if (d.modifyIndex != null) {
                    if (typeof d.modifyIndex === "object" ? d.modifyIndex.low || d.modifyIndex.high : $Number(d.modifyIndex) !== 0) {
                        if ($util.Long)
                            m.modifyIndex = $util.Long.fromValue(d.modifyIndex, true);
                        else if (typeof d.modifyIndex === "string")
                            m.modifyIndex = $parseInt(d.modifyIndex, 10);
                        else if (typeof d.modifyIndex === "number")
                            m.modifyIndex = d.modifyIndex;
                        else if (typeof d.modifyIndex === "object")
                            m.modifyIndex = new $util.LongBits(d.modifyIndex.low >>> 0, d.modifyIndex.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a VolumeRecord message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.VolumeRecord
             * @static
             * @param {arrow.cluster.VolumeRecord} m VolumeRecord
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
                if (o.arrays || o.defaults) {
                    d.replicaNodes = [];
                    d.holders = [];
                }
                if (o.defaults) {
                    d.name = "";
                    d.replicas = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.modifyIndex = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.modifyIndex = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.replicas != null && $Object.hasOwnProperty.call(m, "replicas")) {
                    d.replicas = m.replicas;
                }
                if (m.replicaNodes && m.replicaNodes.length) {
                    d.replicaNodes = $Array(m.replicaNodes.length);
                    for (var j = 0; j < m.replicaNodes.length; ++j) {
                        d.replicaNodes[j] = m.replicaNodes[j];
                    }
                }
                if (m.holders && m.holders.length) {
                    d.holders = $Array(m.holders.length);
                    for (var j = 0; j < m.holders.length; ++j) {
                        d.holders[j] = $root.arrow.cluster.VolumeHolder.toObject(m.holders[j], o, q + 1);
                    }
                }
                if (m.modifyIndex != null && $Object.hasOwnProperty.call(m, "modifyIndex")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.modifyIndex = typeof m.modifyIndex === "number" ? $BigInt(m.modifyIndex) : $util.Long.fromBits(m.modifyIndex.low >>> 0, m.modifyIndex.high >>> 0, true).toBigInt();
                    else if (typeof m.modifyIndex === "number")
                        d.modifyIndex = o.longs === $String ? $String(m.modifyIndex) : m.modifyIndex;
                    else
                        d.modifyIndex = o.longs === $String ? $util.Long.prototype.toString.call(m.modifyIndex) : o.longs === $Number ? new $util.LongBits(m.modifyIndex.low >>> 0, m.modifyIndex.high >>> 0).toNumber(true) : m.modifyIndex;
                }
                return d;
            };

            /**
             * Converts this VolumeRecord to JSON.
             * @function toJSON
             * @memberof arrow.cluster.VolumeRecord
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VolumeRecord.prototype.toJSON = function() {
                return VolumeRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VolumeRecord
             * @function getTypeUrl
             * @memberof arrow.cluster.VolumeRecord
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VolumeRecord.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.VolumeRecord";
            };

            return VolumeRecord;
        })();

        cluster.TagRecord = (function() {

            /**
             * Properties of a TagRecord.
             * @typedef {Object} arrow.cluster.TagRecord.$Properties
             * @property {string|null} [name] TagRecord name
             * @property {string|null} [digest] TagRecord digest
             * @property {number|null} [modifyIndex] TagRecord modifyIndex
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TagRecord.
             * @memberof arrow.cluster
             * @interface ITagRecord
             * @augments arrow.cluster.TagRecord.$Properties
             * @deprecated Use arrow.cluster.TagRecord.$Properties instead.
             */

            /**
             * Shape of a TagRecord.
             * @typedef {arrow.cluster.TagRecord.$Properties} arrow.cluster.TagRecord.$Shape
             */

            /**
             * Constructs a new TagRecord.
             * @memberof arrow.cluster
             * @classdesc Represents a TagRecord.
             * @constructor
             * @param {arrow.cluster.TagRecord.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TagRecord = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TagRecord name.
             * @member {string} name
             * @memberof arrow.cluster.TagRecord
             * @instance
             */
            TagRecord.prototype.name = "";

            /**
             * TagRecord digest.
             * @member {string} digest
             * @memberof arrow.cluster.TagRecord
             * @instance
             */
            TagRecord.prototype.digest = "";

            /**
             * TagRecord modifyIndex.
             * @member {number} modifyIndex
             * @memberof arrow.cluster.TagRecord
             * @instance
             */
            TagRecord.prototype.modifyIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new TagRecord instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.TagRecord
             * @static
             * @param {arrow.cluster.TagRecord.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.TagRecord} TagRecord instance
             * @type {{
             *   (properties: arrow.cluster.TagRecord.$Shape): arrow.cluster.TagRecord & arrow.cluster.TagRecord.$Shape;
             *   (properties?: arrow.cluster.TagRecord.$Properties): arrow.cluster.TagRecord;
             * }}
             */
            TagRecord.create = function(properties) {
                return new TagRecord(properties);
            };

            /**
             * Encodes the specified TagRecord message. Does not implicitly {@link arrow.cluster.TagRecord.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.TagRecord
             * @static
             * @param {arrow.cluster.TagRecord.$Properties} m TagRecord message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TagRecord.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.digest != null && $Object.hasOwnProperty.call(m, "digest") && m.digest !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.digest);
                if (m.modifyIndex != null && $Object.hasOwnProperty.call(m, "modifyIndex") && (typeof m.modifyIndex === "object" ? m.modifyIndex.low || m.modifyIndex.high : m.modifyIndex !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.modifyIndex);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified TagRecord message, length delimited. Does not implicitly {@link arrow.cluster.TagRecord.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.TagRecord
             * @static
             * @param {arrow.cluster.TagRecord.$Properties} message TagRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TagRecord.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TagRecord message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.TagRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.TagRecord & arrow.cluster.TagRecord.$Shape} TagRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TagRecord.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.TagRecord();
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
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.digest = v;
                            else
                                delete m.digest;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.modifyIndex = v;
                            else
                                delete m.modifyIndex;
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
             * Decodes a TagRecord message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.TagRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.TagRecord & arrow.cluster.TagRecord.$Shape} TagRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TagRecord.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TagRecord message.
             * @function verify
             * @memberof arrow.cluster.TagRecord
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TagRecord.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    if (!$util.isString(m.name))
                        return "name: string expected";
                }
                if (m.digest != null && $Object.hasOwnProperty.call(m, "digest")) {
                    if (!$util.isString(m.digest))
                        return "digest: string expected";
                }
                if (m.modifyIndex != null && $Object.hasOwnProperty.call(m, "modifyIndex")) {
                    if (!$util.isInteger(m.modifyIndex) && !(m.modifyIndex && $util.isInteger(m.modifyIndex.low) && $util.isInteger(m.modifyIndex.high)))
                        return "modifyIndex: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a TagRecord message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.TagRecord
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.TagRecord} TagRecord
             */
            TagRecord.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.TagRecord)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.TagRecord: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.TagRecord();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.digest != null) {
                    if (typeof d.digest !== "string" || d.digest.length) {
                        m.digest = $String(d.digest);
                    }
                }
                if (d.modifyIndex != null) {
                    if (typeof d.modifyIndex === "object" ? d.modifyIndex.low || d.modifyIndex.high : $Number(d.modifyIndex) !== 0) {
                        if ($util.Long)
                            m.modifyIndex = $util.Long.fromValue(d.modifyIndex, true);
                        else if (typeof d.modifyIndex === "string")
                            m.modifyIndex = $parseInt(d.modifyIndex, 10);
                        else if (typeof d.modifyIndex === "number")
                            m.modifyIndex = d.modifyIndex;
                        else if (typeof d.modifyIndex === "object")
                            m.modifyIndex = new $util.LongBits(d.modifyIndex.low >>> 0, d.modifyIndex.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TagRecord message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.TagRecord
             * @static
             * @param {arrow.cluster.TagRecord} m TagRecord
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TagRecord.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    d.digest = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.modifyIndex = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.modifyIndex = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.digest != null && $Object.hasOwnProperty.call(m, "digest")) {
                    d.digest = m.digest;
                }
                if (m.modifyIndex != null && $Object.hasOwnProperty.call(m, "modifyIndex")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.modifyIndex = typeof m.modifyIndex === "number" ? $BigInt(m.modifyIndex) : $util.Long.fromBits(m.modifyIndex.low >>> 0, m.modifyIndex.high >>> 0, true).toBigInt();
                    else if (typeof m.modifyIndex === "number")
                        d.modifyIndex = o.longs === $String ? $String(m.modifyIndex) : m.modifyIndex;
                    else
                        d.modifyIndex = o.longs === $String ? $util.Long.prototype.toString.call(m.modifyIndex) : o.longs === $Number ? new $util.LongBits(m.modifyIndex.low >>> 0, m.modifyIndex.high >>> 0).toNumber(true) : m.modifyIndex;
                }
                return d;
            };

            /**
             * Converts this TagRecord to JSON.
             * @function toJSON
             * @memberof arrow.cluster.TagRecord
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TagRecord.prototype.toJSON = function() {
                return TagRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TagRecord
             * @function getTypeUrl
             * @memberof arrow.cluster.TagRecord
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TagRecord.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.TagRecord";
            };

            return TagRecord;
        })();

        cluster.RegisterNode = (function() {

            /**
             * Properties of a RegisterNode.
             * @typedef {Object} arrow.cluster.RegisterNode.$Properties
             * @property {arrow.cluster.NodeRecord.$Properties|null} [node] RegisterNode node
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RegisterNode.
             * @memberof arrow.cluster
             * @interface IRegisterNode
             * @augments arrow.cluster.RegisterNode.$Properties
             * @deprecated Use arrow.cluster.RegisterNode.$Properties instead.
             */

            /**
             * Shape of a RegisterNode.
             * @typedef {arrow.cluster.RegisterNode.$Properties} arrow.cluster.RegisterNode.$Shape
             */

            /**
             * Constructs a new RegisterNode.
             * @memberof arrow.cluster
             * @classdesc Represents a RegisterNode.
             * @constructor
             * @param {arrow.cluster.RegisterNode.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RegisterNode = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RegisterNode node.
             * @member {arrow.cluster.NodeRecord.$Properties|null|undefined} node
             * @memberof arrow.cluster.RegisterNode
             * @instance
             */
            RegisterNode.prototype.node = null;

            /**
             * Creates a new RegisterNode instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.RegisterNode
             * @static
             * @param {arrow.cluster.RegisterNode.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.RegisterNode} RegisterNode instance
             * @type {{
             *   (properties: arrow.cluster.RegisterNode.$Shape): arrow.cluster.RegisterNode & arrow.cluster.RegisterNode.$Shape;
             *   (properties?: arrow.cluster.RegisterNode.$Properties): arrow.cluster.RegisterNode;
             * }}
             */
            RegisterNode.create = function(properties) {
                return new RegisterNode(properties);
            };

            /**
             * Encodes the specified RegisterNode message. Does not implicitly {@link arrow.cluster.RegisterNode.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.RegisterNode
             * @static
             * @param {arrow.cluster.RegisterNode.$Properties} m RegisterNode message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegisterNode.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.node != null && $Object.hasOwnProperty.call(m, "node"))
                    $root.arrow.cluster.NodeRecord.encode(m.node, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified RegisterNode message, length delimited. Does not implicitly {@link arrow.cluster.RegisterNode.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.RegisterNode
             * @static
             * @param {arrow.cluster.RegisterNode.$Properties} message RegisterNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegisterNode.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RegisterNode message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.RegisterNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.RegisterNode & arrow.cluster.RegisterNode.$Shape} RegisterNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegisterNode.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.RegisterNode();
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
                            m.node = $root.arrow.cluster.NodeRecord.decode(r, r.size(), $undefined, q + 1, m.node);
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
             * Decodes a RegisterNode message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.RegisterNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.RegisterNode & arrow.cluster.RegisterNode.$Shape} RegisterNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegisterNode.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RegisterNode message.
             * @function verify
             * @memberof arrow.cluster.RegisterNode
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RegisterNode.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    {
                        var e = $root.arrow.cluster.NodeRecord.verify(m.node, q + 1);
                        if (e)
                            return "node." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a RegisterNode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.RegisterNode
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.RegisterNode} RegisterNode
             */
            RegisterNode.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.RegisterNode)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.RegisterNode: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.RegisterNode();
                if (d.node != null) {
                    if (!$util.isObject(d.node))
                        throw $TypeError(".arrow.cluster.RegisterNode.node: object expected");
                    m.node = $root.arrow.cluster.NodeRecord.fromObject(d.node, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a RegisterNode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.RegisterNode
             * @static
             * @param {arrow.cluster.RegisterNode} m RegisterNode
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RegisterNode.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.node = null;
                }
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    d.node = $root.arrow.cluster.NodeRecord.toObject(m.node, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this RegisterNode to JSON.
             * @function toJSON
             * @memberof arrow.cluster.RegisterNode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RegisterNode.prototype.toJSON = function() {
                return RegisterNode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RegisterNode
             * @function getTypeUrl
             * @memberof arrow.cluster.RegisterNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RegisterNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.RegisterNode";
            };

            return RegisterNode;
        })();

        cluster.NodeStatusUpdate = (function() {

            /**
             * Properties of a NodeStatusUpdate.
             * @typedef {Object} arrow.cluster.NodeStatusUpdate.$Properties
             * @property {string|null} [node] NodeStatusUpdate node
             * @property {arrow.cluster.NodeStatus|null} [status] NodeStatusUpdate status
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeStatusUpdate.
             * @memberof arrow.cluster
             * @interface INodeStatusUpdate
             * @augments arrow.cluster.NodeStatusUpdate.$Properties
             * @deprecated Use arrow.cluster.NodeStatusUpdate.$Properties instead.
             */

            /**
             * Shape of a NodeStatusUpdate.
             * @typedef {arrow.cluster.NodeStatusUpdate.$Properties} arrow.cluster.NodeStatusUpdate.$Shape
             */

            /**
             * Constructs a new NodeStatusUpdate.
             * @memberof arrow.cluster
             * @classdesc Represents a NodeStatusUpdate.
             * @constructor
             * @param {arrow.cluster.NodeStatusUpdate.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NodeStatusUpdate = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NodeStatusUpdate node.
             * @member {string} node
             * @memberof arrow.cluster.NodeStatusUpdate
             * @instance
             */
            NodeStatusUpdate.prototype.node = "";

            /**
             * NodeStatusUpdate status.
             * @member {arrow.cluster.NodeStatus} status
             * @memberof arrow.cluster.NodeStatusUpdate
             * @instance
             */
            NodeStatusUpdate.prototype.status = 0;

            /**
             * Creates a new NodeStatusUpdate instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.NodeStatusUpdate
             * @static
             * @param {arrow.cluster.NodeStatusUpdate.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.NodeStatusUpdate} NodeStatusUpdate instance
             * @type {{
             *   (properties: arrow.cluster.NodeStatusUpdate.$Shape): arrow.cluster.NodeStatusUpdate & arrow.cluster.NodeStatusUpdate.$Shape;
             *   (properties?: arrow.cluster.NodeStatusUpdate.$Properties): arrow.cluster.NodeStatusUpdate;
             * }}
             */
            NodeStatusUpdate.create = function(properties) {
                return new NodeStatusUpdate(properties);
            };

            /**
             * Encodes the specified NodeStatusUpdate message. Does not implicitly {@link arrow.cluster.NodeStatusUpdate.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.NodeStatusUpdate
             * @static
             * @param {arrow.cluster.NodeStatusUpdate.$Properties} m NodeStatusUpdate message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeStatusUpdate.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.node != null && $Object.hasOwnProperty.call(m, "node") && m.node !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.node);
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.status);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified NodeStatusUpdate message, length delimited. Does not implicitly {@link arrow.cluster.NodeStatusUpdate.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.NodeStatusUpdate
             * @static
             * @param {arrow.cluster.NodeStatusUpdate.$Properties} message NodeStatusUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeStatusUpdate.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NodeStatusUpdate message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.NodeStatusUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.NodeStatusUpdate & arrow.cluster.NodeStatusUpdate.$Shape} NodeStatusUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeStatusUpdate.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.NodeStatusUpdate();
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
                                m.node = v;
                            else
                                delete m.node;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.status = v;
                            else
                                delete m.status;
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
             * Decodes a NodeStatusUpdate message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.NodeStatusUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.NodeStatusUpdate & arrow.cluster.NodeStatusUpdate.$Shape} NodeStatusUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeStatusUpdate.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NodeStatusUpdate message.
             * @function verify
             * @memberof arrow.cluster.NodeStatusUpdate
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NodeStatusUpdate.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    if (!$util.isString(m.node))
                        return "node: string expected";
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    if (typeof m.status !== "number" || (m.status | 0) !== m.status)
                        return "status: enum value expected";
                }
                return null;
            };

            /**
             * Creates a NodeStatusUpdate message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.NodeStatusUpdate
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.NodeStatusUpdate} NodeStatusUpdate
             */
            NodeStatusUpdate.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.NodeStatusUpdate)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.NodeStatusUpdate: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.NodeStatusUpdate();
                if (d.node != null) {
                    if (typeof d.node !== "string" || d.node.length) {
                        m.node = $String(d.node);
                    }
                }
                if (d.status !== 0 && (typeof d.status !== "string" || $root.arrow.cluster.NodeStatus[d.status] !== 0)) {
                    switch (d.status) {
                    case "READY":
                    case 0:
                        m.status = 0;
                        break;
                    case "DRAINING":
                    case 1:
                        m.status = 1;
                        break;
                    case "DOWN":
                    case 2:
                        m.status = 2;
                        break;
                    default:
                        if (typeof d.status === "number" && (d.status | 0) === d.status)
                            m.status = d.status;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a NodeStatusUpdate message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.NodeStatusUpdate
             * @static
             * @param {arrow.cluster.NodeStatusUpdate} m NodeStatusUpdate
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodeStatusUpdate.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.node = "";
                    d.status = o.enums === $String ? "READY" : 0;
                }
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    d.node = m.node;
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = o.enums === $String ? $root.arrow.cluster.NodeStatus[m.status] === $undefined ? m.status : $root.arrow.cluster.NodeStatus[m.status] : m.status;
                }
                return d;
            };

            /**
             * Converts this NodeStatusUpdate to JSON.
             * @function toJSON
             * @memberof arrow.cluster.NodeStatusUpdate
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodeStatusUpdate.prototype.toJSON = function() {
                return NodeStatusUpdate.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodeStatusUpdate
             * @function getTypeUrl
             * @memberof arrow.cluster.NodeStatusUpdate
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeStatusUpdate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.NodeStatusUpdate";
            };

            return NodeStatusUpdate;
        })();

        cluster.SetNodeStatus = (function() {

            /**
             * Properties of a SetNodeStatus.
             * @typedef {Object} arrow.cluster.SetNodeStatus.$Properties
             * @property {Array.<arrow.cluster.NodeStatusUpdate.$Properties>|null} [updates] SetNodeStatus updates
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetNodeStatus.
             * @memberof arrow.cluster
             * @interface ISetNodeStatus
             * @augments arrow.cluster.SetNodeStatus.$Properties
             * @deprecated Use arrow.cluster.SetNodeStatus.$Properties instead.
             */

            /**
             * Shape of a SetNodeStatus.
             * @typedef {arrow.cluster.SetNodeStatus.$Properties} arrow.cluster.SetNodeStatus.$Shape
             */

            /**
             * Constructs a new SetNodeStatus.
             * @memberof arrow.cluster
             * @classdesc Represents a SetNodeStatus.
             * @constructor
             * @param {arrow.cluster.SetNodeStatus.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetNodeStatus = function (p) {
                this.updates = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SetNodeStatus updates.
             * @member {Array.<arrow.cluster.NodeStatusUpdate.$Properties>} updates
             * @memberof arrow.cluster.SetNodeStatus
             * @instance
             */
            SetNodeStatus.prototype.updates = $util.emptyArray;

            /**
             * Creates a new SetNodeStatus instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.SetNodeStatus
             * @static
             * @param {arrow.cluster.SetNodeStatus.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.SetNodeStatus} SetNodeStatus instance
             * @type {{
             *   (properties: arrow.cluster.SetNodeStatus.$Shape): arrow.cluster.SetNodeStatus & arrow.cluster.SetNodeStatus.$Shape;
             *   (properties?: arrow.cluster.SetNodeStatus.$Properties): arrow.cluster.SetNodeStatus;
             * }}
             */
            SetNodeStatus.create = function(properties) {
                return new SetNodeStatus(properties);
            };

            /**
             * Encodes the specified SetNodeStatus message. Does not implicitly {@link arrow.cluster.SetNodeStatus.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.SetNodeStatus
             * @static
             * @param {arrow.cluster.SetNodeStatus.$Properties} m SetNodeStatus message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetNodeStatus.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.updates != null && m.updates.length) {
                    for (var i = 0; i < m.updates.length; ++i)
                        $root.arrow.cluster.NodeStatusUpdate.encode(m.updates[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SetNodeStatus message, length delimited. Does not implicitly {@link arrow.cluster.SetNodeStatus.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.SetNodeStatus
             * @static
             * @param {arrow.cluster.SetNodeStatus.$Properties} message SetNodeStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetNodeStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SetNodeStatus message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.SetNodeStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.SetNodeStatus & arrow.cluster.SetNodeStatus.$Shape} SetNodeStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetNodeStatus.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.SetNodeStatus();
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
                            if (!(m.updates && m.updates.length))
                                m.updates = [];
                            m.updates.push($root.arrow.cluster.NodeStatusUpdate.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a SetNodeStatus message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.SetNodeStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.SetNodeStatus & arrow.cluster.SetNodeStatus.$Shape} SetNodeStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetNodeStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SetNodeStatus message.
             * @function verify
             * @memberof arrow.cluster.SetNodeStatus
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SetNodeStatus.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.updates != null && $Object.hasOwnProperty.call(m, "updates")) {
                    if (!$Array.isArray(m.updates))
                        return "updates: array expected";
                    for (var i = 0; i < m.updates.length; ++i) {
                        {
                            var e = $root.arrow.cluster.NodeStatusUpdate.verify(m.updates[i], q + 1);
                            if (e)
                                return "updates." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a SetNodeStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.SetNodeStatus
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.SetNodeStatus} SetNodeStatus
             */
            SetNodeStatus.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.SetNodeStatus)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.SetNodeStatus: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.SetNodeStatus();
                if (d.updates) {
                    if (!$Array.isArray(d.updates))
                        throw $TypeError(".arrow.cluster.SetNodeStatus.updates: array expected");
                    m.updates = $Array(d.updates.length);
                    for (var i = 0; i < d.updates.length; ++i) {
                        if (!$util.isObject(d.updates[i]))
                            throw $TypeError(".arrow.cluster.SetNodeStatus.updates: object expected");
                        m.updates[i] = $root.arrow.cluster.NodeStatusUpdate.fromObject(d.updates[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SetNodeStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.SetNodeStatus
             * @static
             * @param {arrow.cluster.SetNodeStatus} m SetNodeStatus
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SetNodeStatus.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.updates = [];
                }
                if (m.updates && m.updates.length) {
                    d.updates = $Array(m.updates.length);
                    for (var j = 0; j < m.updates.length; ++j) {
                        d.updates[j] = $root.arrow.cluster.NodeStatusUpdate.toObject(m.updates[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this SetNodeStatus to JSON.
             * @function toJSON
             * @memberof arrow.cluster.SetNodeStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SetNodeStatus.prototype.toJSON = function() {
                return SetNodeStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SetNodeStatus
             * @function getTypeUrl
             * @memberof arrow.cluster.SetNodeStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SetNodeStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.SetNodeStatus";
            };

            return SetNodeStatus;
        })();

        cluster.SetEligibility = (function() {

            /**
             * Properties of a SetEligibility.
             * @typedef {Object} arrow.cluster.SetEligibility.$Properties
             * @property {string|null} [node] SetEligibility node
             * @property {boolean|null} [eligible] SetEligibility eligible
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetEligibility.
             * @memberof arrow.cluster
             * @interface ISetEligibility
             * @augments arrow.cluster.SetEligibility.$Properties
             * @deprecated Use arrow.cluster.SetEligibility.$Properties instead.
             */

            /**
             * Shape of a SetEligibility.
             * @typedef {arrow.cluster.SetEligibility.$Properties} arrow.cluster.SetEligibility.$Shape
             */

            /**
             * Constructs a new SetEligibility.
             * @memberof arrow.cluster
             * @classdesc Represents a SetEligibility.
             * @constructor
             * @param {arrow.cluster.SetEligibility.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetEligibility = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SetEligibility node.
             * @member {string} node
             * @memberof arrow.cluster.SetEligibility
             * @instance
             */
            SetEligibility.prototype.node = "";

            /**
             * SetEligibility eligible.
             * @member {boolean} eligible
             * @memberof arrow.cluster.SetEligibility
             * @instance
             */
            SetEligibility.prototype.eligible = false;

            /**
             * Creates a new SetEligibility instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.SetEligibility
             * @static
             * @param {arrow.cluster.SetEligibility.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.SetEligibility} SetEligibility instance
             * @type {{
             *   (properties: arrow.cluster.SetEligibility.$Shape): arrow.cluster.SetEligibility & arrow.cluster.SetEligibility.$Shape;
             *   (properties?: arrow.cluster.SetEligibility.$Properties): arrow.cluster.SetEligibility;
             * }}
             */
            SetEligibility.create = function(properties) {
                return new SetEligibility(properties);
            };

            /**
             * Encodes the specified SetEligibility message. Does not implicitly {@link arrow.cluster.SetEligibility.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.SetEligibility
             * @static
             * @param {arrow.cluster.SetEligibility.$Properties} m SetEligibility message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetEligibility.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.node != null && $Object.hasOwnProperty.call(m, "node") && m.node !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.node);
                if (m.eligible != null && $Object.hasOwnProperty.call(m, "eligible") && m.eligible !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.eligible);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SetEligibility message, length delimited. Does not implicitly {@link arrow.cluster.SetEligibility.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.SetEligibility
             * @static
             * @param {arrow.cluster.SetEligibility.$Properties} message SetEligibility message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetEligibility.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SetEligibility message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.SetEligibility
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.SetEligibility & arrow.cluster.SetEligibility.$Shape} SetEligibility
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetEligibility.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.SetEligibility();
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
                                m.node = v;
                            else
                                delete m.node;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.eligible = v;
                            else
                                delete m.eligible;
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
             * Decodes a SetEligibility message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.SetEligibility
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.SetEligibility & arrow.cluster.SetEligibility.$Shape} SetEligibility
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetEligibility.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SetEligibility message.
             * @function verify
             * @memberof arrow.cluster.SetEligibility
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SetEligibility.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    if (!$util.isString(m.node))
                        return "node: string expected";
                }
                if (m.eligible != null && $Object.hasOwnProperty.call(m, "eligible")) {
                    if (typeof m.eligible !== "boolean")
                        return "eligible: boolean expected";
                }
                return null;
            };

            /**
             * Creates a SetEligibility message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.SetEligibility
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.SetEligibility} SetEligibility
             */
            SetEligibility.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.SetEligibility)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.SetEligibility: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.SetEligibility();
                if (d.node != null) {
                    if (typeof d.node !== "string" || d.node.length) {
                        m.node = $String(d.node);
                    }
                }
                if (d.eligible != null) {
                    if (d.eligible) {
                        m.eligible = $Boolean(d.eligible);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SetEligibility message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.SetEligibility
             * @static
             * @param {arrow.cluster.SetEligibility} m SetEligibility
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SetEligibility.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.node = "";
                    d.eligible = false;
                }
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    d.node = m.node;
                }
                if (m.eligible != null && $Object.hasOwnProperty.call(m, "eligible")) {
                    d.eligible = m.eligible;
                }
                return d;
            };

            /**
             * Converts this SetEligibility to JSON.
             * @function toJSON
             * @memberof arrow.cluster.SetEligibility
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SetEligibility.prototype.toJSON = function() {
                return SetEligibility.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SetEligibility
             * @function getTypeUrl
             * @memberof arrow.cluster.SetEligibility
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SetEligibility.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.SetEligibility";
            };

            return SetEligibility;
        })();

        cluster.StartDrain = (function() {

            /**
             * Properties of a StartDrain.
             * @typedef {Object} arrow.cluster.StartDrain.$Properties
             * @property {string|null} [node] StartDrain node
             * @property {arrow.cluster.Drain.$Properties|null} [drain] StartDrain drain
             * @property {boolean|null} [cancel] StartDrain cancel
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StartDrain.
             * @memberof arrow.cluster
             * @interface IStartDrain
             * @augments arrow.cluster.StartDrain.$Properties
             * @deprecated Use arrow.cluster.StartDrain.$Properties instead.
             */

            /**
             * Shape of a StartDrain.
             * @typedef {arrow.cluster.StartDrain.$Properties} arrow.cluster.StartDrain.$Shape
             */

            /**
             * Constructs a new StartDrain.
             * @memberof arrow.cluster
             * @classdesc Represents a StartDrain.
             * @constructor
             * @param {arrow.cluster.StartDrain.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StartDrain = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * StartDrain node.
             * @member {string} node
             * @memberof arrow.cluster.StartDrain
             * @instance
             */
            StartDrain.prototype.node = "";

            /**
             * StartDrain drain.
             * @member {arrow.cluster.Drain.$Properties|null|undefined} drain
             * @memberof arrow.cluster.StartDrain
             * @instance
             */
            StartDrain.prototype.drain = null;

            /**
             * StartDrain cancel.
             * @member {boolean} cancel
             * @memberof arrow.cluster.StartDrain
             * @instance
             */
            StartDrain.prototype.cancel = false;

            /**
             * Creates a new StartDrain instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.StartDrain
             * @static
             * @param {arrow.cluster.StartDrain.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.StartDrain} StartDrain instance
             * @type {{
             *   (properties: arrow.cluster.StartDrain.$Shape): arrow.cluster.StartDrain & arrow.cluster.StartDrain.$Shape;
             *   (properties?: arrow.cluster.StartDrain.$Properties): arrow.cluster.StartDrain;
             * }}
             */
            StartDrain.create = function(properties) {
                return new StartDrain(properties);
            };

            /**
             * Encodes the specified StartDrain message. Does not implicitly {@link arrow.cluster.StartDrain.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.StartDrain
             * @static
             * @param {arrow.cluster.StartDrain.$Properties} m StartDrain message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartDrain.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.node != null && $Object.hasOwnProperty.call(m, "node") && m.node !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.node);
                if (m.drain != null && $Object.hasOwnProperty.call(m, "drain"))
                    $root.arrow.cluster.Drain.encode(m.drain, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.cancel != null && $Object.hasOwnProperty.call(m, "cancel") && m.cancel !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.cancel);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified StartDrain message, length delimited. Does not implicitly {@link arrow.cluster.StartDrain.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.StartDrain
             * @static
             * @param {arrow.cluster.StartDrain.$Properties} message StartDrain message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartDrain.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StartDrain message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.StartDrain
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.StartDrain & arrow.cluster.StartDrain.$Shape} StartDrain
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartDrain.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.StartDrain();
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
                                m.node = v;
                            else
                                delete m.node;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.drain = $root.arrow.cluster.Drain.decode(r, r.size(), $undefined, q + 1, m.drain);
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.cancel = v;
                            else
                                delete m.cancel;
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
             * Decodes a StartDrain message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.StartDrain
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.StartDrain & arrow.cluster.StartDrain.$Shape} StartDrain
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartDrain.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StartDrain message.
             * @function verify
             * @memberof arrow.cluster.StartDrain
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StartDrain.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    if (!$util.isString(m.node))
                        return "node: string expected";
                }
                if (m.drain != null && $Object.hasOwnProperty.call(m, "drain")) {
                    {
                        var e = $root.arrow.cluster.Drain.verify(m.drain, q + 1);
                        if (e)
                            return "drain." + e;
                    }
                }
                if (m.cancel != null && $Object.hasOwnProperty.call(m, "cancel")) {
                    if (typeof m.cancel !== "boolean")
                        return "cancel: boolean expected";
                }
                return null;
            };

            /**
             * Creates a StartDrain message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.StartDrain
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.StartDrain} StartDrain
             */
            StartDrain.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.StartDrain)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.StartDrain: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.StartDrain();
                if (d.node != null) {
                    if (typeof d.node !== "string" || d.node.length) {
                        m.node = $String(d.node);
                    }
                }
                if (d.drain != null) {
                    if (!$util.isObject(d.drain))
                        throw $TypeError(".arrow.cluster.StartDrain.drain: object expected");
                    m.drain = $root.arrow.cluster.Drain.fromObject(d.drain, q + 1);
                }
                if (d.cancel != null) {
                    if (d.cancel) {
                        m.cancel = $Boolean(d.cancel);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a StartDrain message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.StartDrain
             * @static
             * @param {arrow.cluster.StartDrain} m StartDrain
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StartDrain.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.node = "";
                    d.drain = null;
                    d.cancel = false;
                }
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    d.node = m.node;
                }
                if (m.drain != null && $Object.hasOwnProperty.call(m, "drain")) {
                    d.drain = $root.arrow.cluster.Drain.toObject(m.drain, o, q + 1);
                }
                if (m.cancel != null && $Object.hasOwnProperty.call(m, "cancel")) {
                    d.cancel = m.cancel;
                }
                return d;
            };

            /**
             * Converts this StartDrain to JSON.
             * @function toJSON
             * @memberof arrow.cluster.StartDrain
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StartDrain.prototype.toJSON = function() {
                return StartDrain.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StartDrain
             * @function getTypeUrl
             * @memberof arrow.cluster.StartDrain
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StartDrain.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.StartDrain";
            };

            return StartDrain;
        })();

        cluster.PickForDrain = (function() {

            /**
             * Properties of a PickForDrain.
             * @typedef {Object} arrow.cluster.PickForDrain.$Properties
             * @property {string|null} [node] PickForDrain node
             * @property {Array.<string>|null} [allocations] PickForDrain allocations
             * @property {boolean|null} [forceStop] PickForDrain forceStop
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PickForDrain.
             * @memberof arrow.cluster
             * @interface IPickForDrain
             * @augments arrow.cluster.PickForDrain.$Properties
             * @deprecated Use arrow.cluster.PickForDrain.$Properties instead.
             */

            /**
             * Shape of a PickForDrain.
             * @typedef {arrow.cluster.PickForDrain.$Properties} arrow.cluster.PickForDrain.$Shape
             */

            /**
             * Constructs a new PickForDrain.
             * @memberof arrow.cluster
             * @classdesc Represents a PickForDrain.
             * @constructor
             * @param {arrow.cluster.PickForDrain.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PickForDrain = function (p) {
                this.allocations = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PickForDrain node.
             * @member {string} node
             * @memberof arrow.cluster.PickForDrain
             * @instance
             */
            PickForDrain.prototype.node = "";

            /**
             * PickForDrain allocations.
             * @member {Array.<string>} allocations
             * @memberof arrow.cluster.PickForDrain
             * @instance
             */
            PickForDrain.prototype.allocations = $util.emptyArray;

            /**
             * PickForDrain forceStop.
             * @member {boolean} forceStop
             * @memberof arrow.cluster.PickForDrain
             * @instance
             */
            PickForDrain.prototype.forceStop = false;

            /**
             * Creates a new PickForDrain instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.PickForDrain
             * @static
             * @param {arrow.cluster.PickForDrain.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.PickForDrain} PickForDrain instance
             * @type {{
             *   (properties: arrow.cluster.PickForDrain.$Shape): arrow.cluster.PickForDrain & arrow.cluster.PickForDrain.$Shape;
             *   (properties?: arrow.cluster.PickForDrain.$Properties): arrow.cluster.PickForDrain;
             * }}
             */
            PickForDrain.create = function(properties) {
                return new PickForDrain(properties);
            };

            /**
             * Encodes the specified PickForDrain message. Does not implicitly {@link arrow.cluster.PickForDrain.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.PickForDrain
             * @static
             * @param {arrow.cluster.PickForDrain.$Properties} m PickForDrain message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PickForDrain.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.node != null && $Object.hasOwnProperty.call(m, "node") && m.node !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.node);
                if (m.allocations != null && m.allocations.length) {
                    for (var i = 0; i < m.allocations.length; ++i)
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.allocations[i]);
                }
                if (m.forceStop != null && $Object.hasOwnProperty.call(m, "forceStop") && m.forceStop !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.forceStop);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified PickForDrain message, length delimited. Does not implicitly {@link arrow.cluster.PickForDrain.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.PickForDrain
             * @static
             * @param {arrow.cluster.PickForDrain.$Properties} message PickForDrain message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PickForDrain.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PickForDrain message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.PickForDrain
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.PickForDrain & arrow.cluster.PickForDrain.$Shape} PickForDrain
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PickForDrain.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.PickForDrain();
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
                                m.node = v;
                            else
                                delete m.node;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.allocations && m.allocations.length))
                                m.allocations = [];
                            m.allocations.push(r.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.forceStop = v;
                            else
                                delete m.forceStop;
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
             * Decodes a PickForDrain message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.PickForDrain
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.PickForDrain & arrow.cluster.PickForDrain.$Shape} PickForDrain
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PickForDrain.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PickForDrain message.
             * @function verify
             * @memberof arrow.cluster.PickForDrain
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PickForDrain.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    if (!$util.isString(m.node))
                        return "node: string expected";
                }
                if (m.allocations != null && $Object.hasOwnProperty.call(m, "allocations")) {
                    if (!$Array.isArray(m.allocations))
                        return "allocations: array expected";
                    for (var i = 0; i < m.allocations.length; ++i) {
                        if (!$util.isString(m.allocations[i]))
                            return "allocations: string[] expected";
                    }
                }
                if (m.forceStop != null && $Object.hasOwnProperty.call(m, "forceStop")) {
                    if (typeof m.forceStop !== "boolean")
                        return "forceStop: boolean expected";
                }
                return null;
            };

            /**
             * Creates a PickForDrain message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.PickForDrain
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.PickForDrain} PickForDrain
             */
            PickForDrain.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.PickForDrain)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.PickForDrain: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.PickForDrain();
                if (d.node != null) {
                    if (typeof d.node !== "string" || d.node.length) {
                        m.node = $String(d.node);
                    }
                }
                if (d.allocations) {
                    if (!$Array.isArray(d.allocations))
                        throw $TypeError(".arrow.cluster.PickForDrain.allocations: array expected");
                    m.allocations = $Array(d.allocations.length);
                    for (var i = 0; i < d.allocations.length; ++i) {
                        m.allocations[i] = $String(d.allocations[i]);
                    }
                }
                if (d.forceStop != null) {
                    if (d.forceStop) {
                        m.forceStop = $Boolean(d.forceStop);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PickForDrain message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.PickForDrain
             * @static
             * @param {arrow.cluster.PickForDrain} m PickForDrain
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PickForDrain.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.allocations = [];
                }
                if (o.defaults) {
                    d.node = "";
                    d.forceStop = false;
                }
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    d.node = m.node;
                }
                if (m.allocations && m.allocations.length) {
                    d.allocations = $Array(m.allocations.length);
                    for (var j = 0; j < m.allocations.length; ++j) {
                        d.allocations[j] = m.allocations[j];
                    }
                }
                if (m.forceStop != null && $Object.hasOwnProperty.call(m, "forceStop")) {
                    d.forceStop = m.forceStop;
                }
                return d;
            };

            /**
             * Converts this PickForDrain to JSON.
             * @function toJSON
             * @memberof arrow.cluster.PickForDrain
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PickForDrain.prototype.toJSON = function() {
                return PickForDrain.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PickForDrain
             * @function getTypeUrl
             * @memberof arrow.cluster.PickForDrain
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PickForDrain.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.PickForDrain";
            };

            return PickForDrain;
        })();

        cluster.PutArrow = (function() {

            /**
             * Properties of a PutArrow.
             * @typedef {Object} arrow.cluster.PutArrow.$Properties
             * @property {string|null} [definitionJson] PutArrow definitionJson
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PutArrow.
             * @memberof arrow.cluster
             * @interface IPutArrow
             * @augments arrow.cluster.PutArrow.$Properties
             * @deprecated Use arrow.cluster.PutArrow.$Properties instead.
             */

            /**
             * Shape of a PutArrow.
             * @typedef {arrow.cluster.PutArrow.$Properties} arrow.cluster.PutArrow.$Shape
             */

            /**
             * Constructs a new PutArrow.
             * @memberof arrow.cluster
             * @classdesc Represents a PutArrow.
             * @constructor
             * @param {arrow.cluster.PutArrow.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PutArrow = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PutArrow definitionJson.
             * @member {string} definitionJson
             * @memberof arrow.cluster.PutArrow
             * @instance
             */
            PutArrow.prototype.definitionJson = "";

            /**
             * Creates a new PutArrow instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.PutArrow
             * @static
             * @param {arrow.cluster.PutArrow.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.PutArrow} PutArrow instance
             * @type {{
             *   (properties: arrow.cluster.PutArrow.$Shape): arrow.cluster.PutArrow & arrow.cluster.PutArrow.$Shape;
             *   (properties?: arrow.cluster.PutArrow.$Properties): arrow.cluster.PutArrow;
             * }}
             */
            PutArrow.create = function(properties) {
                return new PutArrow(properties);
            };

            /**
             * Encodes the specified PutArrow message. Does not implicitly {@link arrow.cluster.PutArrow.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.PutArrow
             * @static
             * @param {arrow.cluster.PutArrow.$Properties} m PutArrow message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PutArrow.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.definitionJson != null && $Object.hasOwnProperty.call(m, "definitionJson") && m.definitionJson !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.definitionJson);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified PutArrow message, length delimited. Does not implicitly {@link arrow.cluster.PutArrow.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.PutArrow
             * @static
             * @param {arrow.cluster.PutArrow.$Properties} message PutArrow message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PutArrow.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PutArrow message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.PutArrow
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.PutArrow & arrow.cluster.PutArrow.$Shape} PutArrow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PutArrow.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.PutArrow();
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
                                m.definitionJson = v;
                            else
                                delete m.definitionJson;
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
             * Decodes a PutArrow message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.PutArrow
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.PutArrow & arrow.cluster.PutArrow.$Shape} PutArrow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PutArrow.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PutArrow message.
             * @function verify
             * @memberof arrow.cluster.PutArrow
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PutArrow.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.definitionJson != null && $Object.hasOwnProperty.call(m, "definitionJson")) {
                    if (!$util.isString(m.definitionJson))
                        return "definitionJson: string expected";
                }
                return null;
            };

            /**
             * Creates a PutArrow message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.PutArrow
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.PutArrow} PutArrow
             */
            PutArrow.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.PutArrow)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.PutArrow: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.PutArrow();
                if (d.definitionJson != null) {
                    if (typeof d.definitionJson !== "string" || d.definitionJson.length) {
                        m.definitionJson = $String(d.definitionJson);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PutArrow message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.PutArrow
             * @static
             * @param {arrow.cluster.PutArrow} m PutArrow
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PutArrow.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.definitionJson = "";
                }
                if (m.definitionJson != null && $Object.hasOwnProperty.call(m, "definitionJson")) {
                    d.definitionJson = m.definitionJson;
                }
                return d;
            };

            /**
             * Converts this PutArrow to JSON.
             * @function toJSON
             * @memberof arrow.cluster.PutArrow
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PutArrow.prototype.toJSON = function() {
                return PutArrow.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PutArrow
             * @function getTypeUrl
             * @memberof arrow.cluster.PutArrow
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PutArrow.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.PutArrow";
            };

            return PutArrow;
        })();

        cluster.StopArrow = (function() {

            /**
             * Properties of a StopArrow.
             * @typedef {Object} arrow.cluster.StopArrow.$Properties
             * @property {string|null} [name] StopArrow name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StopArrow.
             * @memberof arrow.cluster
             * @interface IStopArrow
             * @augments arrow.cluster.StopArrow.$Properties
             * @deprecated Use arrow.cluster.StopArrow.$Properties instead.
             */

            /**
             * Shape of a StopArrow.
             * @typedef {arrow.cluster.StopArrow.$Properties} arrow.cluster.StopArrow.$Shape
             */

            /**
             * Constructs a new StopArrow.
             * @memberof arrow.cluster
             * @classdesc Represents a StopArrow.
             * @constructor
             * @param {arrow.cluster.StopArrow.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StopArrow = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * StopArrow name.
             * @member {string} name
             * @memberof arrow.cluster.StopArrow
             * @instance
             */
            StopArrow.prototype.name = "";

            /**
             * Creates a new StopArrow instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.StopArrow
             * @static
             * @param {arrow.cluster.StopArrow.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.StopArrow} StopArrow instance
             * @type {{
             *   (properties: arrow.cluster.StopArrow.$Shape): arrow.cluster.StopArrow & arrow.cluster.StopArrow.$Shape;
             *   (properties?: arrow.cluster.StopArrow.$Properties): arrow.cluster.StopArrow;
             * }}
             */
            StopArrow.create = function(properties) {
                return new StopArrow(properties);
            };

            /**
             * Encodes the specified StopArrow message. Does not implicitly {@link arrow.cluster.StopArrow.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.StopArrow
             * @static
             * @param {arrow.cluster.StopArrow.$Properties} m StopArrow message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StopArrow.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified StopArrow message, length delimited. Does not implicitly {@link arrow.cluster.StopArrow.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.StopArrow
             * @static
             * @param {arrow.cluster.StopArrow.$Properties} message StopArrow message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StopArrow.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StopArrow message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.StopArrow
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.StopArrow & arrow.cluster.StopArrow.$Shape} StopArrow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StopArrow.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.StopArrow();
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
                                m.name = v;
                            else
                                delete m.name;
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
             * Decodes a StopArrow message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.StopArrow
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.StopArrow & arrow.cluster.StopArrow.$Shape} StopArrow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StopArrow.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StopArrow message.
             * @function verify
             * @memberof arrow.cluster.StopArrow
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StopArrow.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    if (!$util.isString(m.name))
                        return "name: string expected";
                }
                return null;
            };

            /**
             * Creates a StopArrow message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.StopArrow
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.StopArrow} StopArrow
             */
            StopArrow.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.StopArrow)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.StopArrow: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.StopArrow();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a StopArrow message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.StopArrow
             * @static
             * @param {arrow.cluster.StopArrow} m StopArrow
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StopArrow.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                return d;
            };

            /**
             * Converts this StopArrow to JSON.
             * @function toJSON
             * @memberof arrow.cluster.StopArrow
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StopArrow.prototype.toJSON = function() {
                return StopArrow.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StopArrow
             * @function getTypeUrl
             * @memberof arrow.cluster.StopArrow
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StopArrow.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.StopArrow";
            };

            return StopArrow;
        })();

        cluster.PlanPlacement = (function() {

            /**
             * Properties of a PlanPlacement.
             * @typedef {Object} arrow.cluster.PlanPlacement.$Properties
             * @property {string|null} [allocationId] PlanPlacement allocationId
             * @property {string|null} [node] PlanPlacement node
             * @property {number|null} [cpu] PlanPlacement cpu
             * @property {number|null} [memory] PlanPlacement memory
             * @property {number|null} [priority] PlanPlacement priority
             * @property {number|null} [generation] PlanPlacement generation
             * @property {number|null} [specVersion] PlanPlacement specVersion
             * @property {string|null} [reason] PlanPlacement reason
             * @property {string|null} [replaces] PlanPlacement replaces
             * @property {number|null} [score] PlanPlacement score
             * @property {Array.<string>|null} [hostPorts] PlanPlacement hostPorts
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlanPlacement.
             * @memberof arrow.cluster
             * @interface IPlanPlacement
             * @augments arrow.cluster.PlanPlacement.$Properties
             * @deprecated Use arrow.cluster.PlanPlacement.$Properties instead.
             */

            /**
             * Shape of a PlanPlacement.
             * @typedef {arrow.cluster.PlanPlacement.$Properties} arrow.cluster.PlanPlacement.$Shape
             */

            /**
             * Constructs a new PlanPlacement.
             * @memberof arrow.cluster
             * @classdesc Represents a PlanPlacement.
             * @constructor
             * @param {arrow.cluster.PlanPlacement.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PlanPlacement = function (p) {
                this.hostPorts = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PlanPlacement allocationId.
             * @member {string} allocationId
             * @memberof arrow.cluster.PlanPlacement
             * @instance
             */
            PlanPlacement.prototype.allocationId = "";

            /**
             * PlanPlacement node.
             * @member {string} node
             * @memberof arrow.cluster.PlanPlacement
             * @instance
             */
            PlanPlacement.prototype.node = "";

            /**
             * PlanPlacement cpu.
             * @member {number} cpu
             * @memberof arrow.cluster.PlanPlacement
             * @instance
             */
            PlanPlacement.prototype.cpu = 0;

            /**
             * PlanPlacement memory.
             * @member {number} memory
             * @memberof arrow.cluster.PlanPlacement
             * @instance
             */
            PlanPlacement.prototype.memory = 0;

            /**
             * PlanPlacement priority.
             * @member {number} priority
             * @memberof arrow.cluster.PlanPlacement
             * @instance
             */
            PlanPlacement.prototype.priority = 0;

            /**
             * PlanPlacement generation.
             * @member {number} generation
             * @memberof arrow.cluster.PlanPlacement
             * @instance
             */
            PlanPlacement.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PlanPlacement specVersion.
             * @member {number} specVersion
             * @memberof arrow.cluster.PlanPlacement
             * @instance
             */
            PlanPlacement.prototype.specVersion = 0;

            /**
             * PlanPlacement reason.
             * @member {string} reason
             * @memberof arrow.cluster.PlanPlacement
             * @instance
             */
            PlanPlacement.prototype.reason = "";

            /**
             * PlanPlacement replaces.
             * @member {string} replaces
             * @memberof arrow.cluster.PlanPlacement
             * @instance
             */
            PlanPlacement.prototype.replaces = "";

            /**
             * PlanPlacement score.
             * @member {number} score
             * @memberof arrow.cluster.PlanPlacement
             * @instance
             */
            PlanPlacement.prototype.score = 0;

            /**
             * PlanPlacement hostPorts.
             * @member {Array.<string>} hostPorts
             * @memberof arrow.cluster.PlanPlacement
             * @instance
             */
            PlanPlacement.prototype.hostPorts = $util.emptyArray;

            /**
             * Creates a new PlanPlacement instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.PlanPlacement
             * @static
             * @param {arrow.cluster.PlanPlacement.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.PlanPlacement} PlanPlacement instance
             * @type {{
             *   (properties: arrow.cluster.PlanPlacement.$Shape): arrow.cluster.PlanPlacement & arrow.cluster.PlanPlacement.$Shape;
             *   (properties?: arrow.cluster.PlanPlacement.$Properties): arrow.cluster.PlanPlacement;
             * }}
             */
            PlanPlacement.create = function(properties) {
                return new PlanPlacement(properties);
            };

            /**
             * Encodes the specified PlanPlacement message. Does not implicitly {@link arrow.cluster.PlanPlacement.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.PlanPlacement
             * @static
             * @param {arrow.cluster.PlanPlacement.$Properties} m PlanPlacement message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanPlacement.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.allocationId != null && $Object.hasOwnProperty.call(m, "allocationId") && m.allocationId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.allocationId);
                if (m.node != null && $Object.hasOwnProperty.call(m, "node") && m.node !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.node);
                if (m.cpu != null && $Object.hasOwnProperty.call(m, "cpu") && m.cpu !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.cpu);
                if (m.memory != null && $Object.hasOwnProperty.call(m, "memory") && m.memory !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.memory);
                if (m.priority != null && $Object.hasOwnProperty.call(m, "priority") && m.priority !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.priority);
                if (m.generation != null && $Object.hasOwnProperty.call(m, "generation") && (typeof m.generation === "object" ? m.generation.low || m.generation.high : m.generation !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).uint64(m.generation);
                if (m.specVersion != null && $Object.hasOwnProperty.call(m, "specVersion") && m.specVersion !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).uint32(m.specVersion);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.reason);
                if (m.replaces != null && $Object.hasOwnProperty.call(m, "replaces") && m.replaces !== "")
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.replaces);
                if (m.score != null && $Object.hasOwnProperty.call(m, "score") && !$Object.is(m.score, 0))
                    w.uint32(/* id 10, wireType 1 =*/81).double(m.score);
                if (m.hostPorts != null && m.hostPorts.length) {
                    for (var i = 0; i < m.hostPorts.length; ++i)
                        w.uint32(/* id 11, wireType 2 =*/90).string(m.hostPorts[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified PlanPlacement message, length delimited. Does not implicitly {@link arrow.cluster.PlanPlacement.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.PlanPlacement
             * @static
             * @param {arrow.cluster.PlanPlacement.$Properties} message PlanPlacement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanPlacement.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PlanPlacement message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.PlanPlacement
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.PlanPlacement & arrow.cluster.PlanPlacement.$Shape} PlanPlacement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanPlacement.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.PlanPlacement();
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
                                m.allocationId = v;
                            else
                                delete m.allocationId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.node = v;
                            else
                                delete m.node;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.cpu = v;
                            else
                                delete m.cpu;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.memory = v;
                            else
                                delete m.memory;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.priority = v;
                            else
                                delete m.priority;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.generation = v;
                            else
                                delete m.generation;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.specVersion = v;
                            else
                                delete m.specVersion;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.replaces = v;
                            else
                                delete m.replaces;
                            continue;
                        }
                    case 10: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.score = v;
                            else
                                delete m.score;
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            if (!(m.hostPorts && m.hostPorts.length))
                                m.hostPorts = [];
                            m.hostPorts.push(r.stringVerify());
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
             * Decodes a PlanPlacement message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.PlanPlacement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.PlanPlacement & arrow.cluster.PlanPlacement.$Shape} PlanPlacement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanPlacement.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PlanPlacement message.
             * @function verify
             * @memberof arrow.cluster.PlanPlacement
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PlanPlacement.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.allocationId != null && $Object.hasOwnProperty.call(m, "allocationId")) {
                    if (!$util.isString(m.allocationId))
                        return "allocationId: string expected";
                }
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    if (!$util.isString(m.node))
                        return "node: string expected";
                }
                if (m.cpu != null && $Object.hasOwnProperty.call(m, "cpu")) {
                    if (!$util.isInteger(m.cpu))
                        return "cpu: integer expected";
                }
                if (m.memory != null && $Object.hasOwnProperty.call(m, "memory")) {
                    if (!$util.isInteger(m.memory))
                        return "memory: integer expected";
                }
                if (m.priority != null && $Object.hasOwnProperty.call(m, "priority")) {
                    if (!$util.isInteger(m.priority))
                        return "priority: integer expected";
                }
                if (m.generation != null && $Object.hasOwnProperty.call(m, "generation")) {
                    if (!$util.isInteger(m.generation) && !(m.generation && $util.isInteger(m.generation.low) && $util.isInteger(m.generation.high)))
                        return "generation: integer|Long expected";
                }
                if (m.specVersion != null && $Object.hasOwnProperty.call(m, "specVersion")) {
                    if (!$util.isInteger(m.specVersion))
                        return "specVersion: integer expected";
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    if (!$util.isString(m.reason))
                        return "reason: string expected";
                }
                if (m.replaces != null && $Object.hasOwnProperty.call(m, "replaces")) {
                    if (!$util.isString(m.replaces))
                        return "replaces: string expected";
                }
                if (m.score != null && $Object.hasOwnProperty.call(m, "score")) {
                    if (typeof m.score !== "number")
                        return "score: number expected";
                }
                if (m.hostPorts != null && $Object.hasOwnProperty.call(m, "hostPorts")) {
                    if (!$Array.isArray(m.hostPorts))
                        return "hostPorts: array expected";
                    for (var i = 0; i < m.hostPorts.length; ++i) {
                        if (!$util.isString(m.hostPorts[i]))
                            return "hostPorts: string[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates a PlanPlacement message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.PlanPlacement
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.PlanPlacement} PlanPlacement
             */
            PlanPlacement.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.PlanPlacement)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.PlanPlacement: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.PlanPlacement();
                if (d.allocationId != null) {
                    if (typeof d.allocationId !== "string" || d.allocationId.length) {
                        m.allocationId = $String(d.allocationId);
                    }
                }
                if (d.node != null) {
                    if (typeof d.node !== "string" || d.node.length) {
                        m.node = $String(d.node);
                    }
                }
                if (d.cpu != null) {
                    if ($Number(d.cpu) !== 0) {
                        m.cpu = d.cpu >>> 0;
                    }
                }
                if (d.memory != null) {
                    if ($Number(d.memory) !== 0) {
                        m.memory = d.memory >>> 0;
                    }
                }
                if (d.priority != null) {
                    if ($Number(d.priority) !== 0) {
                        m.priority = d.priority >>> 0;
                    }
                }
                if (d.generation != null) {
                    if (typeof d.generation === "object" ? d.generation.low || d.generation.high : $Number(d.generation) !== 0) {
                        if ($util.Long)
                            m.generation = $util.Long.fromValue(d.generation, true);
                        else if (typeof d.generation === "string")
                            m.generation = $parseInt(d.generation, 10);
                        else if (typeof d.generation === "number")
                            m.generation = d.generation;
                        else if (typeof d.generation === "object")
                            m.generation = new $util.LongBits(d.generation.low >>> 0, d.generation.high >>> 0).toNumber(true);
                    }
                }
                if (d.specVersion != null) {
                    if ($Number(d.specVersion) !== 0) {
                        m.specVersion = d.specVersion >>> 0;
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                if (d.replaces != null) {
                    if (typeof d.replaces !== "string" || d.replaces.length) {
                        m.replaces = $String(d.replaces);
                    }
                }
                if (d.score != null) {
                    if (!$Object.is($Number(d.score), 0)) {
                        m.score = $Number(d.score);
                    }
                }
                if (d.hostPorts) {
                    if (!$Array.isArray(d.hostPorts))
                        throw $TypeError(".arrow.cluster.PlanPlacement.hostPorts: array expected");
                    m.hostPorts = $Array(d.hostPorts.length);
                    for (var i = 0; i < d.hostPorts.length; ++i) {
                        m.hostPorts[i] = $String(d.hostPorts[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PlanPlacement message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.PlanPlacement
             * @static
             * @param {arrow.cluster.PlanPlacement} m PlanPlacement
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PlanPlacement.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.hostPorts = [];
                }
                if (o.defaults) {
                    d.allocationId = "";
                    d.node = "";
                    d.cpu = 0;
                    d.memory = 0;
                    d.priority = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.generation = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.generation = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.specVersion = 0;
                    d.reason = "";
                    d.replaces = "";
                    d.score = 0;
                }
                if (m.allocationId != null && $Object.hasOwnProperty.call(m, "allocationId")) {
                    d.allocationId = m.allocationId;
                }
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    d.node = m.node;
                }
                if (m.cpu != null && $Object.hasOwnProperty.call(m, "cpu")) {
                    d.cpu = m.cpu;
                }
                if (m.memory != null && $Object.hasOwnProperty.call(m, "memory")) {
                    d.memory = m.memory;
                }
                if (m.priority != null && $Object.hasOwnProperty.call(m, "priority")) {
                    d.priority = m.priority;
                }
                if (m.generation != null && $Object.hasOwnProperty.call(m, "generation")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.generation = typeof m.generation === "number" ? $BigInt(m.generation) : $util.Long.fromBits(m.generation.low >>> 0, m.generation.high >>> 0, true).toBigInt();
                    else if (typeof m.generation === "number")
                        d.generation = o.longs === $String ? $String(m.generation) : m.generation;
                    else
                        d.generation = o.longs === $String ? $util.Long.prototype.toString.call(m.generation) : o.longs === $Number ? new $util.LongBits(m.generation.low >>> 0, m.generation.high >>> 0).toNumber(true) : m.generation;
                }
                if (m.specVersion != null && $Object.hasOwnProperty.call(m, "specVersion")) {
                    d.specVersion = m.specVersion;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                if (m.replaces != null && $Object.hasOwnProperty.call(m, "replaces")) {
                    d.replaces = m.replaces;
                }
                if (m.score != null && $Object.hasOwnProperty.call(m, "score")) {
                    d.score = o.json && !$isFinite(m.score) ? $String(m.score) : m.score;
                }
                if (m.hostPorts && m.hostPorts.length) {
                    d.hostPorts = $Array(m.hostPorts.length);
                    for (var j = 0; j < m.hostPorts.length; ++j) {
                        d.hostPorts[j] = m.hostPorts[j];
                    }
                }
                return d;
            };

            /**
             * Converts this PlanPlacement to JSON.
             * @function toJSON
             * @memberof arrow.cluster.PlanPlacement
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PlanPlacement.prototype.toJSON = function() {
                return PlanPlacement.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PlanPlacement
             * @function getTypeUrl
             * @memberof arrow.cluster.PlanPlacement
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PlanPlacement.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.PlanPlacement";
            };

            return PlanPlacement;
        })();

        cluster.PlanStop = (function() {

            /**
             * Properties of a PlanStop.
             * @typedef {Object} arrow.cluster.PlanStop.$Properties
             * @property {string|null} [allocationId] PlanStop allocationId
             * @property {string|null} [node] PlanStop node
             * @property {number|null} [generation] PlanStop generation
             * @property {string|null} [reason] PlanStop reason
             * @property {string|null} [detail] PlanStop detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlanStop.
             * @memberof arrow.cluster
             * @interface IPlanStop
             * @augments arrow.cluster.PlanStop.$Properties
             * @deprecated Use arrow.cluster.PlanStop.$Properties instead.
             */

            /**
             * Shape of a PlanStop.
             * @typedef {arrow.cluster.PlanStop.$Properties} arrow.cluster.PlanStop.$Shape
             */

            /**
             * Constructs a new PlanStop.
             * @memberof arrow.cluster
             * @classdesc Represents a PlanStop.
             * @constructor
             * @param {arrow.cluster.PlanStop.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PlanStop = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PlanStop allocationId.
             * @member {string} allocationId
             * @memberof arrow.cluster.PlanStop
             * @instance
             */
            PlanStop.prototype.allocationId = "";

            /**
             * PlanStop node.
             * @member {string} node
             * @memberof arrow.cluster.PlanStop
             * @instance
             */
            PlanStop.prototype.node = "";

            /**
             * PlanStop generation.
             * @member {number} generation
             * @memberof arrow.cluster.PlanStop
             * @instance
             */
            PlanStop.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PlanStop reason.
             * @member {string} reason
             * @memberof arrow.cluster.PlanStop
             * @instance
             */
            PlanStop.prototype.reason = "";

            /**
             * PlanStop detail.
             * @member {string} detail
             * @memberof arrow.cluster.PlanStop
             * @instance
             */
            PlanStop.prototype.detail = "";

            /**
             * Creates a new PlanStop instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.PlanStop
             * @static
             * @param {arrow.cluster.PlanStop.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.PlanStop} PlanStop instance
             * @type {{
             *   (properties: arrow.cluster.PlanStop.$Shape): arrow.cluster.PlanStop & arrow.cluster.PlanStop.$Shape;
             *   (properties?: arrow.cluster.PlanStop.$Properties): arrow.cluster.PlanStop;
             * }}
             */
            PlanStop.create = function(properties) {
                return new PlanStop(properties);
            };

            /**
             * Encodes the specified PlanStop message. Does not implicitly {@link arrow.cluster.PlanStop.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.PlanStop
             * @static
             * @param {arrow.cluster.PlanStop.$Properties} m PlanStop message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanStop.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.allocationId != null && $Object.hasOwnProperty.call(m, "allocationId") && m.allocationId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.allocationId);
                if (m.node != null && $Object.hasOwnProperty.call(m, "node") && m.node !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.node);
                if (m.generation != null && $Object.hasOwnProperty.call(m, "generation") && (typeof m.generation === "object" ? m.generation.low || m.generation.high : m.generation !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.generation);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.reason);
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail") && m.detail !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.detail);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified PlanStop message, length delimited. Does not implicitly {@link arrow.cluster.PlanStop.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.PlanStop
             * @static
             * @param {arrow.cluster.PlanStop.$Properties} message PlanStop message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanStop.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PlanStop message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.PlanStop
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.PlanStop & arrow.cluster.PlanStop.$Shape} PlanStop
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanStop.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.PlanStop();
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
                                m.allocationId = v;
                            else
                                delete m.allocationId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.node = v;
                            else
                                delete m.node;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.generation = v;
                            else
                                delete m.generation;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.detail = v;
                            else
                                delete m.detail;
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
             * Decodes a PlanStop message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.PlanStop
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.PlanStop & arrow.cluster.PlanStop.$Shape} PlanStop
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanStop.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PlanStop message.
             * @function verify
             * @memberof arrow.cluster.PlanStop
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PlanStop.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.allocationId != null && $Object.hasOwnProperty.call(m, "allocationId")) {
                    if (!$util.isString(m.allocationId))
                        return "allocationId: string expected";
                }
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    if (!$util.isString(m.node))
                        return "node: string expected";
                }
                if (m.generation != null && $Object.hasOwnProperty.call(m, "generation")) {
                    if (!$util.isInteger(m.generation) && !(m.generation && $util.isInteger(m.generation.low) && $util.isInteger(m.generation.high)))
                        return "generation: integer|Long expected";
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    if (!$util.isString(m.reason))
                        return "reason: string expected";
                }
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                    if (!$util.isString(m.detail))
                        return "detail: string expected";
                }
                return null;
            };

            /**
             * Creates a PlanStop message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.PlanStop
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.PlanStop} PlanStop
             */
            PlanStop.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.PlanStop)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.PlanStop: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.PlanStop();
                if (d.allocationId != null) {
                    if (typeof d.allocationId !== "string" || d.allocationId.length) {
                        m.allocationId = $String(d.allocationId);
                    }
                }
                if (d.node != null) {
                    if (typeof d.node !== "string" || d.node.length) {
                        m.node = $String(d.node);
                    }
                }
                if (d.generation != null) {
                    if (typeof d.generation === "object" ? d.generation.low || d.generation.high : $Number(d.generation) !== 0) {
                        if ($util.Long)
                            m.generation = $util.Long.fromValue(d.generation, true);
                        else if (typeof d.generation === "string")
                            m.generation = $parseInt(d.generation, 10);
                        else if (typeof d.generation === "number")
                            m.generation = d.generation;
                        else if (typeof d.generation === "object")
                            m.generation = new $util.LongBits(d.generation.low >>> 0, d.generation.high >>> 0).toNumber(true);
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                if (d.detail != null) {
                    if (typeof d.detail !== "string" || d.detail.length) {
                        m.detail = $String(d.detail);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PlanStop message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.PlanStop
             * @static
             * @param {arrow.cluster.PlanStop} m PlanStop
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PlanStop.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.allocationId = "";
                    d.node = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.generation = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.generation = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.reason = "";
                    d.detail = "";
                }
                if (m.allocationId != null && $Object.hasOwnProperty.call(m, "allocationId")) {
                    d.allocationId = m.allocationId;
                }
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    d.node = m.node;
                }
                if (m.generation != null && $Object.hasOwnProperty.call(m, "generation")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.generation = typeof m.generation === "number" ? $BigInt(m.generation) : $util.Long.fromBits(m.generation.low >>> 0, m.generation.high >>> 0, true).toBigInt();
                    else if (typeof m.generation === "number")
                        d.generation = o.longs === $String ? $String(m.generation) : m.generation;
                    else
                        d.generation = o.longs === $String ? $util.Long.prototype.toString.call(m.generation) : o.longs === $Number ? new $util.LongBits(m.generation.low >>> 0, m.generation.high >>> 0).toNumber(true) : m.generation;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                    d.detail = m.detail;
                }
                return d;
            };

            /**
             * Converts this PlanStop to JSON.
             * @function toJSON
             * @memberof arrow.cluster.PlanStop
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PlanStop.prototype.toJSON = function() {
                return PlanStop.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PlanStop
             * @function getTypeUrl
             * @memberof arrow.cluster.PlanStop
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PlanStop.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.PlanStop";
            };

            return PlanStop;
        })();

        cluster.PlanReplacement = (function() {

            /**
             * Properties of a PlanReplacement.
             * @typedef {Object} arrow.cluster.PlanReplacement.$Properties
             * @property {arrow.cluster.PlanStop.$Properties|null} [previous] PlanReplacement previous
             * @property {arrow.cluster.PlanPlacement.$Properties|null} [placement] PlanReplacement placement
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlanReplacement.
             * @memberof arrow.cluster
             * @interface IPlanReplacement
             * @augments arrow.cluster.PlanReplacement.$Properties
             * @deprecated Use arrow.cluster.PlanReplacement.$Properties instead.
             */

            /**
             * Shape of a PlanReplacement.
             * @typedef {arrow.cluster.PlanReplacement.$Properties} arrow.cluster.PlanReplacement.$Shape
             */

            /**
             * Constructs a new PlanReplacement.
             * @memberof arrow.cluster
             * @classdesc Represents a PlanReplacement.
             * @constructor
             * @param {arrow.cluster.PlanReplacement.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PlanReplacement = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PlanReplacement previous.
             * @member {arrow.cluster.PlanStop.$Properties|null|undefined} previous
             * @memberof arrow.cluster.PlanReplacement
             * @instance
             */
            PlanReplacement.prototype.previous = null;

            /**
             * PlanReplacement placement.
             * @member {arrow.cluster.PlanPlacement.$Properties|null|undefined} placement
             * @memberof arrow.cluster.PlanReplacement
             * @instance
             */
            PlanReplacement.prototype.placement = null;

            /**
             * Creates a new PlanReplacement instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.PlanReplacement
             * @static
             * @param {arrow.cluster.PlanReplacement.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.PlanReplacement} PlanReplacement instance
             * @type {{
             *   (properties: arrow.cluster.PlanReplacement.$Shape): arrow.cluster.PlanReplacement & arrow.cluster.PlanReplacement.$Shape;
             *   (properties?: arrow.cluster.PlanReplacement.$Properties): arrow.cluster.PlanReplacement;
             * }}
             */
            PlanReplacement.create = function(properties) {
                return new PlanReplacement(properties);
            };

            /**
             * Encodes the specified PlanReplacement message. Does not implicitly {@link arrow.cluster.PlanReplacement.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.PlanReplacement
             * @static
             * @param {arrow.cluster.PlanReplacement.$Properties} m PlanReplacement message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanReplacement.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.previous != null && $Object.hasOwnProperty.call(m, "previous"))
                    $root.arrow.cluster.PlanStop.encode(m.previous, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.placement != null && $Object.hasOwnProperty.call(m, "placement"))
                    $root.arrow.cluster.PlanPlacement.encode(m.placement, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified PlanReplacement message, length delimited. Does not implicitly {@link arrow.cluster.PlanReplacement.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.PlanReplacement
             * @static
             * @param {arrow.cluster.PlanReplacement.$Properties} message PlanReplacement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanReplacement.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PlanReplacement message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.PlanReplacement
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.PlanReplacement & arrow.cluster.PlanReplacement.$Shape} PlanReplacement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanReplacement.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.PlanReplacement();
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
                            m.previous = $root.arrow.cluster.PlanStop.decode(r, r.size(), $undefined, q + 1, m.previous);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.placement = $root.arrow.cluster.PlanPlacement.decode(r, r.size(), $undefined, q + 1, m.placement);
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
             * Decodes a PlanReplacement message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.PlanReplacement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.PlanReplacement & arrow.cluster.PlanReplacement.$Shape} PlanReplacement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanReplacement.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PlanReplacement message.
             * @function verify
             * @memberof arrow.cluster.PlanReplacement
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PlanReplacement.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.previous != null && $Object.hasOwnProperty.call(m, "previous")) {
                    {
                        var e = $root.arrow.cluster.PlanStop.verify(m.previous, q + 1);
                        if (e)
                            return "previous." + e;
                    }
                }
                if (m.placement != null && $Object.hasOwnProperty.call(m, "placement")) {
                    {
                        var e = $root.arrow.cluster.PlanPlacement.verify(m.placement, q + 1);
                        if (e)
                            return "placement." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a PlanReplacement message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.PlanReplacement
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.PlanReplacement} PlanReplacement
             */
            PlanReplacement.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.PlanReplacement)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.PlanReplacement: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.PlanReplacement();
                if (d.previous != null) {
                    if (!$util.isObject(d.previous))
                        throw $TypeError(".arrow.cluster.PlanReplacement.previous: object expected");
                    m.previous = $root.arrow.cluster.PlanStop.fromObject(d.previous, q + 1);
                }
                if (d.placement != null) {
                    if (!$util.isObject(d.placement))
                        throw $TypeError(".arrow.cluster.PlanReplacement.placement: object expected");
                    m.placement = $root.arrow.cluster.PlanPlacement.fromObject(d.placement, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a PlanReplacement message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.PlanReplacement
             * @static
             * @param {arrow.cluster.PlanReplacement} m PlanReplacement
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PlanReplacement.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.previous = null;
                    d.placement = null;
                }
                if (m.previous != null && $Object.hasOwnProperty.call(m, "previous")) {
                    d.previous = $root.arrow.cluster.PlanStop.toObject(m.previous, o, q + 1);
                }
                if (m.placement != null && $Object.hasOwnProperty.call(m, "placement")) {
                    d.placement = $root.arrow.cluster.PlanPlacement.toObject(m.placement, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this PlanReplacement to JSON.
             * @function toJSON
             * @memberof arrow.cluster.PlanReplacement
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PlanReplacement.prototype.toJSON = function() {
                return PlanReplacement.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PlanReplacement
             * @function getTypeUrl
             * @memberof arrow.cluster.PlanReplacement
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PlanReplacement.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.PlanReplacement";
            };

            return PlanReplacement;
        })();

        cluster.PlanMigration = (function() {

            /**
             * Properties of a PlanMigration.
             * @typedef {Object} arrow.cluster.PlanMigration.$Properties
             * @property {string|null} [allocationId] PlanMigration allocationId
             * @property {string|null} [from] PlanMigration from
             * @property {string|null} [to] PlanMigration to
             * @property {number|null} [generation] PlanMigration generation
             * @property {number|null} [cpu] PlanMigration cpu
             * @property {number|null} [memory] PlanMigration memory
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlanMigration.
             * @memberof arrow.cluster
             * @interface IPlanMigration
             * @augments arrow.cluster.PlanMigration.$Properties
             * @deprecated Use arrow.cluster.PlanMigration.$Properties instead.
             */

            /**
             * Shape of a PlanMigration.
             * @typedef {arrow.cluster.PlanMigration.$Properties} arrow.cluster.PlanMigration.$Shape
             */

            /**
             * Constructs a new PlanMigration.
             * @memberof arrow.cluster
             * @classdesc Represents a PlanMigration.
             * @constructor
             * @param {arrow.cluster.PlanMigration.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PlanMigration = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PlanMigration allocationId.
             * @member {string} allocationId
             * @memberof arrow.cluster.PlanMigration
             * @instance
             */
            PlanMigration.prototype.allocationId = "";

            /**
             * PlanMigration from.
             * @member {string} from
             * @memberof arrow.cluster.PlanMigration
             * @instance
             */
            PlanMigration.prototype.from = "";

            /**
             * PlanMigration to.
             * @member {string} to
             * @memberof arrow.cluster.PlanMigration
             * @instance
             */
            PlanMigration.prototype.to = "";

            /**
             * PlanMigration generation.
             * @member {number} generation
             * @memberof arrow.cluster.PlanMigration
             * @instance
             */
            PlanMigration.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PlanMigration cpu.
             * @member {number} cpu
             * @memberof arrow.cluster.PlanMigration
             * @instance
             */
            PlanMigration.prototype.cpu = 0;

            /**
             * PlanMigration memory.
             * @member {number} memory
             * @memberof arrow.cluster.PlanMigration
             * @instance
             */
            PlanMigration.prototype.memory = 0;

            /**
             * Creates a new PlanMigration instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.PlanMigration
             * @static
             * @param {arrow.cluster.PlanMigration.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.PlanMigration} PlanMigration instance
             * @type {{
             *   (properties: arrow.cluster.PlanMigration.$Shape): arrow.cluster.PlanMigration & arrow.cluster.PlanMigration.$Shape;
             *   (properties?: arrow.cluster.PlanMigration.$Properties): arrow.cluster.PlanMigration;
             * }}
             */
            PlanMigration.create = function(properties) {
                return new PlanMigration(properties);
            };

            /**
             * Encodes the specified PlanMigration message. Does not implicitly {@link arrow.cluster.PlanMigration.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.PlanMigration
             * @static
             * @param {arrow.cluster.PlanMigration.$Properties} m PlanMigration message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanMigration.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.allocationId != null && $Object.hasOwnProperty.call(m, "allocationId") && m.allocationId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.allocationId);
                if (m.from != null && $Object.hasOwnProperty.call(m, "from") && m.from !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.from);
                if (m.to != null && $Object.hasOwnProperty.call(m, "to") && m.to !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.to);
                if (m.generation != null && $Object.hasOwnProperty.call(m, "generation") && (typeof m.generation === "object" ? m.generation.low || m.generation.high : m.generation !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.generation);
                if (m.cpu != null && $Object.hasOwnProperty.call(m, "cpu") && m.cpu !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.cpu);
                if (m.memory != null && $Object.hasOwnProperty.call(m, "memory") && m.memory !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.memory);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified PlanMigration message, length delimited. Does not implicitly {@link arrow.cluster.PlanMigration.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.PlanMigration
             * @static
             * @param {arrow.cluster.PlanMigration.$Properties} message PlanMigration message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanMigration.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PlanMigration message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.PlanMigration
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.PlanMigration & arrow.cluster.PlanMigration.$Shape} PlanMigration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanMigration.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.PlanMigration();
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
                                m.allocationId = v;
                            else
                                delete m.allocationId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.from = v;
                            else
                                delete m.from;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.to = v;
                            else
                                delete m.to;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.generation = v;
                            else
                                delete m.generation;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.cpu = v;
                            else
                                delete m.cpu;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.memory = v;
                            else
                                delete m.memory;
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
             * Decodes a PlanMigration message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.PlanMigration
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.PlanMigration & arrow.cluster.PlanMigration.$Shape} PlanMigration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanMigration.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PlanMigration message.
             * @function verify
             * @memberof arrow.cluster.PlanMigration
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PlanMigration.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.allocationId != null && $Object.hasOwnProperty.call(m, "allocationId")) {
                    if (!$util.isString(m.allocationId))
                        return "allocationId: string expected";
                }
                if (m.from != null && $Object.hasOwnProperty.call(m, "from")) {
                    if (!$util.isString(m.from))
                        return "from: string expected";
                }
                if (m.to != null && $Object.hasOwnProperty.call(m, "to")) {
                    if (!$util.isString(m.to))
                        return "to: string expected";
                }
                if (m.generation != null && $Object.hasOwnProperty.call(m, "generation")) {
                    if (!$util.isInteger(m.generation) && !(m.generation && $util.isInteger(m.generation.low) && $util.isInteger(m.generation.high)))
                        return "generation: integer|Long expected";
                }
                if (m.cpu != null && $Object.hasOwnProperty.call(m, "cpu")) {
                    if (!$util.isInteger(m.cpu))
                        return "cpu: integer expected";
                }
                if (m.memory != null && $Object.hasOwnProperty.call(m, "memory")) {
                    if (!$util.isInteger(m.memory))
                        return "memory: integer expected";
                }
                return null;
            };

            /**
             * Creates a PlanMigration message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.PlanMigration
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.PlanMigration} PlanMigration
             */
            PlanMigration.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.PlanMigration)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.PlanMigration: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.PlanMigration();
                if (d.allocationId != null) {
                    if (typeof d.allocationId !== "string" || d.allocationId.length) {
                        m.allocationId = $String(d.allocationId);
                    }
                }
                if (d.from != null) {
                    if (typeof d.from !== "string" || d.from.length) {
                        m.from = $String(d.from);
                    }
                }
                if (d.to != null) {
                    if (typeof d.to !== "string" || d.to.length) {
                        m.to = $String(d.to);
                    }
                }
                if (d.generation != null) {
                    if (typeof d.generation === "object" ? d.generation.low || d.generation.high : $Number(d.generation) !== 0) {
                        if ($util.Long)
                            m.generation = $util.Long.fromValue(d.generation, true);
                        else if (typeof d.generation === "string")
                            m.generation = $parseInt(d.generation, 10);
                        else if (typeof d.generation === "number")
                            m.generation = d.generation;
                        else if (typeof d.generation === "object")
                            m.generation = new $util.LongBits(d.generation.low >>> 0, d.generation.high >>> 0).toNumber(true);
                    }
                }
                if (d.cpu != null) {
                    if ($Number(d.cpu) !== 0) {
                        m.cpu = d.cpu >>> 0;
                    }
                }
                if (d.memory != null) {
                    if ($Number(d.memory) !== 0) {
                        m.memory = d.memory >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PlanMigration message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.PlanMigration
             * @static
             * @param {arrow.cluster.PlanMigration} m PlanMigration
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PlanMigration.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.allocationId = "";
                    d.from = "";
                    d.to = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.generation = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.generation = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.cpu = 0;
                    d.memory = 0;
                }
                if (m.allocationId != null && $Object.hasOwnProperty.call(m, "allocationId")) {
                    d.allocationId = m.allocationId;
                }
                if (m.from != null && $Object.hasOwnProperty.call(m, "from")) {
                    d.from = m.from;
                }
                if (m.to != null && $Object.hasOwnProperty.call(m, "to")) {
                    d.to = m.to;
                }
                if (m.generation != null && $Object.hasOwnProperty.call(m, "generation")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.generation = typeof m.generation === "number" ? $BigInt(m.generation) : $util.Long.fromBits(m.generation.low >>> 0, m.generation.high >>> 0, true).toBigInt();
                    else if (typeof m.generation === "number")
                        d.generation = o.longs === $String ? $String(m.generation) : m.generation;
                    else
                        d.generation = o.longs === $String ? $util.Long.prototype.toString.call(m.generation) : o.longs === $Number ? new $util.LongBits(m.generation.low >>> 0, m.generation.high >>> 0).toNumber(true) : m.generation;
                }
                if (m.cpu != null && $Object.hasOwnProperty.call(m, "cpu")) {
                    d.cpu = m.cpu;
                }
                if (m.memory != null && $Object.hasOwnProperty.call(m, "memory")) {
                    d.memory = m.memory;
                }
                return d;
            };

            /**
             * Converts this PlanMigration to JSON.
             * @function toJSON
             * @memberof arrow.cluster.PlanMigration
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PlanMigration.prototype.toJSON = function() {
                return PlanMigration.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PlanMigration
             * @function getTypeUrl
             * @memberof arrow.cluster.PlanMigration
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PlanMigration.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.PlanMigration";
            };

            return PlanMigration;
        })();

        cluster.PlanFailure = (function() {

            /**
             * Properties of a PlanFailure.
             * @typedef {Object} arrow.cluster.PlanFailure.$Properties
             * @property {string|null} [reason] PlanFailure reason
             * @property {number|null} [unplaced] PlanFailure unplaced
             * @property {string|null} [message] PlanFailure message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlanFailure.
             * @memberof arrow.cluster
             * @interface IPlanFailure
             * @augments arrow.cluster.PlanFailure.$Properties
             * @deprecated Use arrow.cluster.PlanFailure.$Properties instead.
             */

            /**
             * Shape of a PlanFailure.
             * @typedef {arrow.cluster.PlanFailure.$Properties} arrow.cluster.PlanFailure.$Shape
             */

            /**
             * Constructs a new PlanFailure.
             * @memberof arrow.cluster
             * @classdesc Represents a PlanFailure.
             * @constructor
             * @param {arrow.cluster.PlanFailure.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PlanFailure = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PlanFailure reason.
             * @member {string} reason
             * @memberof arrow.cluster.PlanFailure
             * @instance
             */
            PlanFailure.prototype.reason = "";

            /**
             * PlanFailure unplaced.
             * @member {number} unplaced
             * @memberof arrow.cluster.PlanFailure
             * @instance
             */
            PlanFailure.prototype.unplaced = 0;

            /**
             * PlanFailure message.
             * @member {string} message
             * @memberof arrow.cluster.PlanFailure
             * @instance
             */
            PlanFailure.prototype.message = "";

            /**
             * Creates a new PlanFailure instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.PlanFailure
             * @static
             * @param {arrow.cluster.PlanFailure.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.PlanFailure} PlanFailure instance
             * @type {{
             *   (properties: arrow.cluster.PlanFailure.$Shape): arrow.cluster.PlanFailure & arrow.cluster.PlanFailure.$Shape;
             *   (properties?: arrow.cluster.PlanFailure.$Properties): arrow.cluster.PlanFailure;
             * }}
             */
            PlanFailure.create = function(properties) {
                return new PlanFailure(properties);
            };

            /**
             * Encodes the specified PlanFailure message. Does not implicitly {@link arrow.cluster.PlanFailure.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.PlanFailure
             * @static
             * @param {arrow.cluster.PlanFailure.$Properties} m PlanFailure message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanFailure.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.reason);
                if (m.unplaced != null && $Object.hasOwnProperty.call(m, "unplaced") && m.unplaced !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.unplaced);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.message);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified PlanFailure message, length delimited. Does not implicitly {@link arrow.cluster.PlanFailure.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.PlanFailure
             * @static
             * @param {arrow.cluster.PlanFailure.$Properties} message PlanFailure message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanFailure.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PlanFailure message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.PlanFailure
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.PlanFailure & arrow.cluster.PlanFailure.$Shape} PlanFailure
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanFailure.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.PlanFailure();
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
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.unplaced = v;
                            else
                                delete m.unplaced;
                            continue;
                        }
                    case 3: {
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
             * Decodes a PlanFailure message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.PlanFailure
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.PlanFailure & arrow.cluster.PlanFailure.$Shape} PlanFailure
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanFailure.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PlanFailure message.
             * @function verify
             * @memberof arrow.cluster.PlanFailure
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PlanFailure.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    if (!$util.isString(m.reason))
                        return "reason: string expected";
                }
                if (m.unplaced != null && $Object.hasOwnProperty.call(m, "unplaced")) {
                    if (!$util.isInteger(m.unplaced))
                        return "unplaced: integer expected";
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    if (!$util.isString(m.message))
                        return "message: string expected";
                }
                return null;
            };

            /**
             * Creates a PlanFailure message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.PlanFailure
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.PlanFailure} PlanFailure
             */
            PlanFailure.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.PlanFailure)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.PlanFailure: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.PlanFailure();
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                if (d.unplaced != null) {
                    if ($Number(d.unplaced) !== 0) {
                        m.unplaced = d.unplaced >>> 0;
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
             * Creates a plain object from a PlanFailure message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.PlanFailure
             * @static
             * @param {arrow.cluster.PlanFailure} m PlanFailure
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PlanFailure.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.reason = "";
                    d.unplaced = 0;
                    d.message = "";
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                if (m.unplaced != null && $Object.hasOwnProperty.call(m, "unplaced")) {
                    d.unplaced = m.unplaced;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                return d;
            };

            /**
             * Converts this PlanFailure to JSON.
             * @function toJSON
             * @memberof arrow.cluster.PlanFailure
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PlanFailure.prototype.toJSON = function() {
                return PlanFailure.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PlanFailure
             * @function getTypeUrl
             * @memberof arrow.cluster.PlanFailure
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PlanFailure.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.PlanFailure";
            };

            return PlanFailure;
        })();

        cluster.Plan = (function() {

            /**
             * Properties of a Plan.
             * @typedef {Object} arrow.cluster.Plan.$Properties
             * @property {string|null} [arrow] Plan arrow
             * @property {number|null} [snapshotIndex] Plan snapshotIndex
             * @property {number|null} [evalTriggerIndex] Plan evalTriggerIndex
             * @property {Array.<arrow.cluster.PlanPlacement.$Properties>|null} [placements] Plan placements
             * @property {Array.<arrow.cluster.PlanStop.$Properties>|null} [stops] Plan stops
             * @property {Array.<arrow.cluster.PlanReplacement.$Properties>|null} [replacements] Plan replacements
             * @property {Array.<arrow.cluster.PlanMigration.$Properties>|null} [migrations] Plan migrations
             * @property {Array.<arrow.cluster.PlanFailure.$Properties>|null} [failures] Plan failures
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Plan.
             * @memberof arrow.cluster
             * @interface IPlan
             * @augments arrow.cluster.Plan.$Properties
             * @deprecated Use arrow.cluster.Plan.$Properties instead.
             */

            /**
             * Shape of a Plan.
             * @typedef {arrow.cluster.Plan.$Properties} arrow.cluster.Plan.$Shape
             */

            /**
             * Constructs a new Plan.
             * @memberof arrow.cluster
             * @classdesc Represents a Plan.
             * @constructor
             * @param {arrow.cluster.Plan.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Plan = function (p) {
                this.placements = [];
                this.stops = [];
                this.replacements = [];
                this.migrations = [];
                this.failures = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Plan arrow.
             * @member {string} arrow
             * @memberof arrow.cluster.Plan
             * @instance
             */
            Plan.prototype.arrow = "";

            /**
             * Plan snapshotIndex.
             * @member {number} snapshotIndex
             * @memberof arrow.cluster.Plan
             * @instance
             */
            Plan.prototype.snapshotIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Plan evalTriggerIndex.
             * @member {number} evalTriggerIndex
             * @memberof arrow.cluster.Plan
             * @instance
             */
            Plan.prototype.evalTriggerIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Plan placements.
             * @member {Array.<arrow.cluster.PlanPlacement.$Properties>} placements
             * @memberof arrow.cluster.Plan
             * @instance
             */
            Plan.prototype.placements = $util.emptyArray;

            /**
             * Plan stops.
             * @member {Array.<arrow.cluster.PlanStop.$Properties>} stops
             * @memberof arrow.cluster.Plan
             * @instance
             */
            Plan.prototype.stops = $util.emptyArray;

            /**
             * Plan replacements.
             * @member {Array.<arrow.cluster.PlanReplacement.$Properties>} replacements
             * @memberof arrow.cluster.Plan
             * @instance
             */
            Plan.prototype.replacements = $util.emptyArray;

            /**
             * Plan migrations.
             * @member {Array.<arrow.cluster.PlanMigration.$Properties>} migrations
             * @memberof arrow.cluster.Plan
             * @instance
             */
            Plan.prototype.migrations = $util.emptyArray;

            /**
             * Plan failures.
             * @member {Array.<arrow.cluster.PlanFailure.$Properties>} failures
             * @memberof arrow.cluster.Plan
             * @instance
             */
            Plan.prototype.failures = $util.emptyArray;

            /**
             * Creates a new Plan instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.Plan
             * @static
             * @param {arrow.cluster.Plan.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.Plan} Plan instance
             * @type {{
             *   (properties: arrow.cluster.Plan.$Shape): arrow.cluster.Plan & arrow.cluster.Plan.$Shape;
             *   (properties?: arrow.cluster.Plan.$Properties): arrow.cluster.Plan;
             * }}
             */
            Plan.create = function(properties) {
                return new Plan(properties);
            };

            /**
             * Encodes the specified Plan message. Does not implicitly {@link arrow.cluster.Plan.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.Plan
             * @static
             * @param {arrow.cluster.Plan.$Properties} m Plan message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Plan.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.arrow != null && $Object.hasOwnProperty.call(m, "arrow") && m.arrow !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.arrow);
                if (m.snapshotIndex != null && $Object.hasOwnProperty.call(m, "snapshotIndex") && (typeof m.snapshotIndex === "object" ? m.snapshotIndex.low || m.snapshotIndex.high : m.snapshotIndex !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.snapshotIndex);
                if (m.evalTriggerIndex != null && $Object.hasOwnProperty.call(m, "evalTriggerIndex") && (typeof m.evalTriggerIndex === "object" ? m.evalTriggerIndex.low || m.evalTriggerIndex.high : m.evalTriggerIndex !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.evalTriggerIndex);
                if (m.placements != null && m.placements.length) {
                    for (var i = 0; i < m.placements.length; ++i)
                        $root.arrow.cluster.PlanPlacement.encode(m.placements[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                }
                if (m.stops != null && m.stops.length) {
                    for (var i = 0; i < m.stops.length; ++i)
                        $root.arrow.cluster.PlanStop.encode(m.stops[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                }
                if (m.replacements != null && m.replacements.length) {
                    for (var i = 0; i < m.replacements.length; ++i)
                        $root.arrow.cluster.PlanReplacement.encode(m.replacements[i], w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                }
                if (m.migrations != null && m.migrations.length) {
                    for (var i = 0; i < m.migrations.length; ++i)
                        $root.arrow.cluster.PlanMigration.encode(m.migrations[i], w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                }
                if (m.failures != null && m.failures.length) {
                    for (var i = 0; i < m.failures.length; ++i)
                        $root.arrow.cluster.PlanFailure.encode(m.failures[i], w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Plan message, length delimited. Does not implicitly {@link arrow.cluster.Plan.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.Plan
             * @static
             * @param {arrow.cluster.Plan.$Properties} message Plan message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Plan.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Plan message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.Plan
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.Plan & arrow.cluster.Plan.$Shape} Plan
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Plan.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.Plan();
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
                                m.arrow = v;
                            else
                                delete m.arrow;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.snapshotIndex = v;
                            else
                                delete m.snapshotIndex;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.evalTriggerIndex = v;
                            else
                                delete m.evalTriggerIndex;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.placements && m.placements.length))
                                m.placements = [];
                            m.placements.push($root.arrow.cluster.PlanPlacement.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.stops && m.stops.length))
                                m.stops = [];
                            m.stops.push($root.arrow.cluster.PlanStop.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if (!(m.replacements && m.replacements.length))
                                m.replacements = [];
                            m.replacements.push($root.arrow.cluster.PlanReplacement.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if (!(m.migrations && m.migrations.length))
                                m.migrations = [];
                            m.migrations.push($root.arrow.cluster.PlanMigration.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if (!(m.failures && m.failures.length))
                                m.failures = [];
                            m.failures.push($root.arrow.cluster.PlanFailure.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a Plan message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.Plan
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.Plan & arrow.cluster.Plan.$Shape} Plan
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Plan.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Plan message.
             * @function verify
             * @memberof arrow.cluster.Plan
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Plan.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.arrow != null && $Object.hasOwnProperty.call(m, "arrow")) {
                    if (!$util.isString(m.arrow))
                        return "arrow: string expected";
                }
                if (m.snapshotIndex != null && $Object.hasOwnProperty.call(m, "snapshotIndex")) {
                    if (!$util.isInteger(m.snapshotIndex) && !(m.snapshotIndex && $util.isInteger(m.snapshotIndex.low) && $util.isInteger(m.snapshotIndex.high)))
                        return "snapshotIndex: integer|Long expected";
                }
                if (m.evalTriggerIndex != null && $Object.hasOwnProperty.call(m, "evalTriggerIndex")) {
                    if (!$util.isInteger(m.evalTriggerIndex) && !(m.evalTriggerIndex && $util.isInteger(m.evalTriggerIndex.low) && $util.isInteger(m.evalTriggerIndex.high)))
                        return "evalTriggerIndex: integer|Long expected";
                }
                if (m.placements != null && $Object.hasOwnProperty.call(m, "placements")) {
                    if (!$Array.isArray(m.placements))
                        return "placements: array expected";
                    for (var i = 0; i < m.placements.length; ++i) {
                        {
                            var e = $root.arrow.cluster.PlanPlacement.verify(m.placements[i], q + 1);
                            if (e)
                                return "placements." + e;
                        }
                    }
                }
                if (m.stops != null && $Object.hasOwnProperty.call(m, "stops")) {
                    if (!$Array.isArray(m.stops))
                        return "stops: array expected";
                    for (var i = 0; i < m.stops.length; ++i) {
                        {
                            var e = $root.arrow.cluster.PlanStop.verify(m.stops[i], q + 1);
                            if (e)
                                return "stops." + e;
                        }
                    }
                }
                if (m.replacements != null && $Object.hasOwnProperty.call(m, "replacements")) {
                    if (!$Array.isArray(m.replacements))
                        return "replacements: array expected";
                    for (var i = 0; i < m.replacements.length; ++i) {
                        {
                            var e = $root.arrow.cluster.PlanReplacement.verify(m.replacements[i], q + 1);
                            if (e)
                                return "replacements." + e;
                        }
                    }
                }
                if (m.migrations != null && $Object.hasOwnProperty.call(m, "migrations")) {
                    if (!$Array.isArray(m.migrations))
                        return "migrations: array expected";
                    for (var i = 0; i < m.migrations.length; ++i) {
                        {
                            var e = $root.arrow.cluster.PlanMigration.verify(m.migrations[i], q + 1);
                            if (e)
                                return "migrations." + e;
                        }
                    }
                }
                if (m.failures != null && $Object.hasOwnProperty.call(m, "failures")) {
                    if (!$Array.isArray(m.failures))
                        return "failures: array expected";
                    for (var i = 0; i < m.failures.length; ++i) {
                        {
                            var e = $root.arrow.cluster.PlanFailure.verify(m.failures[i], q + 1);
                            if (e)
                                return "failures." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a Plan message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.Plan
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.Plan} Plan
             */
            Plan.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.Plan)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.Plan: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.Plan();
                if (d.arrow != null) {
                    if (typeof d.arrow !== "string" || d.arrow.length) {
                        m.arrow = $String(d.arrow);
                    }
                }
                if (d.snapshotIndex != null) {
                    if (typeof d.snapshotIndex === "object" ? d.snapshotIndex.low || d.snapshotIndex.high : $Number(d.snapshotIndex) !== 0) {
                        if ($util.Long)
                            m.snapshotIndex = $util.Long.fromValue(d.snapshotIndex, true);
                        else if (typeof d.snapshotIndex === "string")
                            m.snapshotIndex = $parseInt(d.snapshotIndex, 10);
                        else if (typeof d.snapshotIndex === "number")
                            m.snapshotIndex = d.snapshotIndex;
                        else if (typeof d.snapshotIndex === "object")
                            m.snapshotIndex = new $util.LongBits(d.snapshotIndex.low >>> 0, d.snapshotIndex.high >>> 0).toNumber(true);
                    }
                }
                if (d.evalTriggerIndex != null) {
                    if (typeof d.evalTriggerIndex === "object" ? d.evalTriggerIndex.low || d.evalTriggerIndex.high : $Number(d.evalTriggerIndex) !== 0) {
                        if ($util.Long)
                            m.evalTriggerIndex = $util.Long.fromValue(d.evalTriggerIndex, true);
                        else if (typeof d.evalTriggerIndex === "string")
                            m.evalTriggerIndex = $parseInt(d.evalTriggerIndex, 10);
                        else if (typeof d.evalTriggerIndex === "number")
                            m.evalTriggerIndex = d.evalTriggerIndex;
                        else if (typeof d.evalTriggerIndex === "object")
                            m.evalTriggerIndex = new $util.LongBits(d.evalTriggerIndex.low >>> 0, d.evalTriggerIndex.high >>> 0).toNumber(true);
                    }
                }
                if (d.placements) {
                    if (!$Array.isArray(d.placements))
                        throw $TypeError(".arrow.cluster.Plan.placements: array expected");
                    m.placements = $Array(d.placements.length);
                    for (var i = 0; i < d.placements.length; ++i) {
                        if (!$util.isObject(d.placements[i]))
                            throw $TypeError(".arrow.cluster.Plan.placements: object expected");
                        m.placements[i] = $root.arrow.cluster.PlanPlacement.fromObject(d.placements[i], q + 1);
                    }
                }
                if (d.stops) {
                    if (!$Array.isArray(d.stops))
                        throw $TypeError(".arrow.cluster.Plan.stops: array expected");
                    m.stops = $Array(d.stops.length);
                    for (var i = 0; i < d.stops.length; ++i) {
                        if (!$util.isObject(d.stops[i]))
                            throw $TypeError(".arrow.cluster.Plan.stops: object expected");
                        m.stops[i] = $root.arrow.cluster.PlanStop.fromObject(d.stops[i], q + 1);
                    }
                }
                if (d.replacements) {
                    if (!$Array.isArray(d.replacements))
                        throw $TypeError(".arrow.cluster.Plan.replacements: array expected");
                    m.replacements = $Array(d.replacements.length);
                    for (var i = 0; i < d.replacements.length; ++i) {
                        if (!$util.isObject(d.replacements[i]))
                            throw $TypeError(".arrow.cluster.Plan.replacements: object expected");
                        m.replacements[i] = $root.arrow.cluster.PlanReplacement.fromObject(d.replacements[i], q + 1);
                    }
                }
                if (d.migrations) {
                    if (!$Array.isArray(d.migrations))
                        throw $TypeError(".arrow.cluster.Plan.migrations: array expected");
                    m.migrations = $Array(d.migrations.length);
                    for (var i = 0; i < d.migrations.length; ++i) {
                        if (!$util.isObject(d.migrations[i]))
                            throw $TypeError(".arrow.cluster.Plan.migrations: object expected");
                        m.migrations[i] = $root.arrow.cluster.PlanMigration.fromObject(d.migrations[i], q + 1);
                    }
                }
                if (d.failures) {
                    if (!$Array.isArray(d.failures))
                        throw $TypeError(".arrow.cluster.Plan.failures: array expected");
                    m.failures = $Array(d.failures.length);
                    for (var i = 0; i < d.failures.length; ++i) {
                        if (!$util.isObject(d.failures[i]))
                            throw $TypeError(".arrow.cluster.Plan.failures: object expected");
                        m.failures[i] = $root.arrow.cluster.PlanFailure.fromObject(d.failures[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Plan message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.Plan
             * @static
             * @param {arrow.cluster.Plan} m Plan
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Plan.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.placements = [];
                    d.stops = [];
                    d.replacements = [];
                    d.migrations = [];
                    d.failures = [];
                }
                if (o.defaults) {
                    d.arrow = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.snapshotIndex = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.snapshotIndex = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.evalTriggerIndex = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.evalTriggerIndex = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.arrow != null && $Object.hasOwnProperty.call(m, "arrow")) {
                    d.arrow = m.arrow;
                }
                if (m.snapshotIndex != null && $Object.hasOwnProperty.call(m, "snapshotIndex")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.snapshotIndex = typeof m.snapshotIndex === "number" ? $BigInt(m.snapshotIndex) : $util.Long.fromBits(m.snapshotIndex.low >>> 0, m.snapshotIndex.high >>> 0, true).toBigInt();
                    else if (typeof m.snapshotIndex === "number")
                        d.snapshotIndex = o.longs === $String ? $String(m.snapshotIndex) : m.snapshotIndex;
                    else
                        d.snapshotIndex = o.longs === $String ? $util.Long.prototype.toString.call(m.snapshotIndex) : o.longs === $Number ? new $util.LongBits(m.snapshotIndex.low >>> 0, m.snapshotIndex.high >>> 0).toNumber(true) : m.snapshotIndex;
                }
                if (m.evalTriggerIndex != null && $Object.hasOwnProperty.call(m, "evalTriggerIndex")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.evalTriggerIndex = typeof m.evalTriggerIndex === "number" ? $BigInt(m.evalTriggerIndex) : $util.Long.fromBits(m.evalTriggerIndex.low >>> 0, m.evalTriggerIndex.high >>> 0, true).toBigInt();
                    else if (typeof m.evalTriggerIndex === "number")
                        d.evalTriggerIndex = o.longs === $String ? $String(m.evalTriggerIndex) : m.evalTriggerIndex;
                    else
                        d.evalTriggerIndex = o.longs === $String ? $util.Long.prototype.toString.call(m.evalTriggerIndex) : o.longs === $Number ? new $util.LongBits(m.evalTriggerIndex.low >>> 0, m.evalTriggerIndex.high >>> 0).toNumber(true) : m.evalTriggerIndex;
                }
                if (m.placements && m.placements.length) {
                    d.placements = $Array(m.placements.length);
                    for (var j = 0; j < m.placements.length; ++j) {
                        d.placements[j] = $root.arrow.cluster.PlanPlacement.toObject(m.placements[j], o, q + 1);
                    }
                }
                if (m.stops && m.stops.length) {
                    d.stops = $Array(m.stops.length);
                    for (var j = 0; j < m.stops.length; ++j) {
                        d.stops[j] = $root.arrow.cluster.PlanStop.toObject(m.stops[j], o, q + 1);
                    }
                }
                if (m.replacements && m.replacements.length) {
                    d.replacements = $Array(m.replacements.length);
                    for (var j = 0; j < m.replacements.length; ++j) {
                        d.replacements[j] = $root.arrow.cluster.PlanReplacement.toObject(m.replacements[j], o, q + 1);
                    }
                }
                if (m.migrations && m.migrations.length) {
                    d.migrations = $Array(m.migrations.length);
                    for (var j = 0; j < m.migrations.length; ++j) {
                        d.migrations[j] = $root.arrow.cluster.PlanMigration.toObject(m.migrations[j], o, q + 1);
                    }
                }
                if (m.failures && m.failures.length) {
                    d.failures = $Array(m.failures.length);
                    for (var j = 0; j < m.failures.length; ++j) {
                        d.failures[j] = $root.arrow.cluster.PlanFailure.toObject(m.failures[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this Plan to JSON.
             * @function toJSON
             * @memberof arrow.cluster.Plan
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Plan.prototype.toJSON = function() {
                return Plan.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Plan
             * @function getTypeUrl
             * @memberof arrow.cluster.Plan
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Plan.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.Plan";
            };

            return Plan;
        })();

        cluster.CommitPlans = (function() {

            /**
             * Properties of a CommitPlans.
             * @typedef {Object} arrow.cluster.CommitPlans.$Properties
             * @property {Array.<arrow.cluster.Plan.$Properties>|null} [plans] CommitPlans plans
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommitPlans.
             * @memberof arrow.cluster
             * @interface ICommitPlans
             * @augments arrow.cluster.CommitPlans.$Properties
             * @deprecated Use arrow.cluster.CommitPlans.$Properties instead.
             */

            /**
             * Shape of a CommitPlans.
             * @typedef {arrow.cluster.CommitPlans.$Properties} arrow.cluster.CommitPlans.$Shape
             */

            /**
             * Constructs a new CommitPlans.
             * @memberof arrow.cluster
             * @classdesc Represents a CommitPlans.
             * @constructor
             * @param {arrow.cluster.CommitPlans.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommitPlans = function (p) {
                this.plans = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CommitPlans plans.
             * @member {Array.<arrow.cluster.Plan.$Properties>} plans
             * @memberof arrow.cluster.CommitPlans
             * @instance
             */
            CommitPlans.prototype.plans = $util.emptyArray;

            /**
             * Creates a new CommitPlans instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.CommitPlans
             * @static
             * @param {arrow.cluster.CommitPlans.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.CommitPlans} CommitPlans instance
             * @type {{
             *   (properties: arrow.cluster.CommitPlans.$Shape): arrow.cluster.CommitPlans & arrow.cluster.CommitPlans.$Shape;
             *   (properties?: arrow.cluster.CommitPlans.$Properties): arrow.cluster.CommitPlans;
             * }}
             */
            CommitPlans.create = function(properties) {
                return new CommitPlans(properties);
            };

            /**
             * Encodes the specified CommitPlans message. Does not implicitly {@link arrow.cluster.CommitPlans.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.CommitPlans
             * @static
             * @param {arrow.cluster.CommitPlans.$Properties} m CommitPlans message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommitPlans.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.plans != null && m.plans.length) {
                    for (var i = 0; i < m.plans.length; ++i)
                        $root.arrow.cluster.Plan.encode(m.plans[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified CommitPlans message, length delimited. Does not implicitly {@link arrow.cluster.CommitPlans.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.CommitPlans
             * @static
             * @param {arrow.cluster.CommitPlans.$Properties} message CommitPlans message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommitPlans.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CommitPlans message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.CommitPlans
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.CommitPlans & arrow.cluster.CommitPlans.$Shape} CommitPlans
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommitPlans.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.CommitPlans();
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
                            if (!(m.plans && m.plans.length))
                                m.plans = [];
                            m.plans.push($root.arrow.cluster.Plan.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a CommitPlans message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.CommitPlans
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.CommitPlans & arrow.cluster.CommitPlans.$Shape} CommitPlans
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommitPlans.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CommitPlans message.
             * @function verify
             * @memberof arrow.cluster.CommitPlans
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CommitPlans.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.plans != null && $Object.hasOwnProperty.call(m, "plans")) {
                    if (!$Array.isArray(m.plans))
                        return "plans: array expected";
                    for (var i = 0; i < m.plans.length; ++i) {
                        {
                            var e = $root.arrow.cluster.Plan.verify(m.plans[i], q + 1);
                            if (e)
                                return "plans." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a CommitPlans message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.CommitPlans
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.CommitPlans} CommitPlans
             */
            CommitPlans.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.CommitPlans)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.CommitPlans: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.CommitPlans();
                if (d.plans) {
                    if (!$Array.isArray(d.plans))
                        throw $TypeError(".arrow.cluster.CommitPlans.plans: array expected");
                    m.plans = $Array(d.plans.length);
                    for (var i = 0; i < d.plans.length; ++i) {
                        if (!$util.isObject(d.plans[i]))
                            throw $TypeError(".arrow.cluster.CommitPlans.plans: object expected");
                        m.plans[i] = $root.arrow.cluster.Plan.fromObject(d.plans[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CommitPlans message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.CommitPlans
             * @static
             * @param {arrow.cluster.CommitPlans} m CommitPlans
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CommitPlans.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.plans = [];
                }
                if (m.plans && m.plans.length) {
                    d.plans = $Array(m.plans.length);
                    for (var j = 0; j < m.plans.length; ++j) {
                        d.plans[j] = $root.arrow.cluster.Plan.toObject(m.plans[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this CommitPlans to JSON.
             * @function toJSON
             * @memberof arrow.cluster.CommitPlans
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CommitPlans.prototype.toJSON = function() {
                return CommitPlans.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CommitPlans
             * @function getTypeUrl
             * @memberof arrow.cluster.CommitPlans
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CommitPlans.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.CommitPlans";
            };

            return CommitPlans;
        })();

        cluster.AllocationUpdate = (function() {

            /**
             * Properties of an AllocationUpdate.
             * @typedef {Object} arrow.cluster.AllocationUpdate.$Properties
             * @property {string|null} [node] AllocationUpdate node
             * @property {string|null} [id] AllocationUpdate id
             * @property {number|null} [generation] AllocationUpdate generation
             * @property {arrow.cluster.AllocStatus|null} [status] AllocationUpdate status
             * @property {string|null} [detail] AllocationUpdate detail
             * @property {boolean|null} [hasExitCode] AllocationUpdate hasExitCode
             * @property {number|null} [exitCode] AllocationUpdate exitCode
             * @property {number|null} [restarts] AllocationUpdate restarts
             * @property {Array.<arrow.cluster.PortBinding.$Properties>|null} [ports] AllocationUpdate ports
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AllocationUpdate.
             * @memberof arrow.cluster
             * @interface IAllocationUpdate
             * @augments arrow.cluster.AllocationUpdate.$Properties
             * @deprecated Use arrow.cluster.AllocationUpdate.$Properties instead.
             */

            /**
             * Shape of an AllocationUpdate.
             * @typedef {arrow.cluster.AllocationUpdate.$Properties} arrow.cluster.AllocationUpdate.$Shape
             */

            /**
             * Constructs a new AllocationUpdate.
             * @memberof arrow.cluster
             * @classdesc Represents an AllocationUpdate.
             * @constructor
             * @param {arrow.cluster.AllocationUpdate.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AllocationUpdate = function (p) {
                this.ports = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * AllocationUpdate node.
             * @member {string} node
             * @memberof arrow.cluster.AllocationUpdate
             * @instance
             */
            AllocationUpdate.prototype.node = "";

            /**
             * AllocationUpdate id.
             * @member {string} id
             * @memberof arrow.cluster.AllocationUpdate
             * @instance
             */
            AllocationUpdate.prototype.id = "";

            /**
             * AllocationUpdate generation.
             * @member {number} generation
             * @memberof arrow.cluster.AllocationUpdate
             * @instance
             */
            AllocationUpdate.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AllocationUpdate status.
             * @member {arrow.cluster.AllocStatus} status
             * @memberof arrow.cluster.AllocationUpdate
             * @instance
             */
            AllocationUpdate.prototype.status = 0;

            /**
             * AllocationUpdate detail.
             * @member {string} detail
             * @memberof arrow.cluster.AllocationUpdate
             * @instance
             */
            AllocationUpdate.prototype.detail = "";

            /**
             * AllocationUpdate hasExitCode.
             * @member {boolean} hasExitCode
             * @memberof arrow.cluster.AllocationUpdate
             * @instance
             */
            AllocationUpdate.prototype.hasExitCode = false;

            /**
             * AllocationUpdate exitCode.
             * @member {number} exitCode
             * @memberof arrow.cluster.AllocationUpdate
             * @instance
             */
            AllocationUpdate.prototype.exitCode = 0;

            /**
             * AllocationUpdate restarts.
             * @member {number} restarts
             * @memberof arrow.cluster.AllocationUpdate
             * @instance
             */
            AllocationUpdate.prototype.restarts = 0;

            /**
             * AllocationUpdate ports.
             * @member {Array.<arrow.cluster.PortBinding.$Properties>} ports
             * @memberof arrow.cluster.AllocationUpdate
             * @instance
             */
            AllocationUpdate.prototype.ports = $util.emptyArray;

            /**
             * Creates a new AllocationUpdate instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.AllocationUpdate
             * @static
             * @param {arrow.cluster.AllocationUpdate.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.AllocationUpdate} AllocationUpdate instance
             * @type {{
             *   (properties: arrow.cluster.AllocationUpdate.$Shape): arrow.cluster.AllocationUpdate & arrow.cluster.AllocationUpdate.$Shape;
             *   (properties?: arrow.cluster.AllocationUpdate.$Properties): arrow.cluster.AllocationUpdate;
             * }}
             */
            AllocationUpdate.create = function(properties) {
                return new AllocationUpdate(properties);
            };

            /**
             * Encodes the specified AllocationUpdate message. Does not implicitly {@link arrow.cluster.AllocationUpdate.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.AllocationUpdate
             * @static
             * @param {arrow.cluster.AllocationUpdate.$Properties} m AllocationUpdate message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AllocationUpdate.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.generation != null && $Object.hasOwnProperty.call(m, "generation") && (typeof m.generation === "object" ? m.generation.low || m.generation.high : m.generation !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.generation);
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).int32(m.status);
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail") && m.detail !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.detail);
                if (m.hasExitCode != null && $Object.hasOwnProperty.call(m, "hasExitCode") && m.hasExitCode !== false)
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.hasExitCode);
                if (m.exitCode != null && $Object.hasOwnProperty.call(m, "exitCode") && m.exitCode !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).sint32(m.exitCode);
                if (m.restarts != null && $Object.hasOwnProperty.call(m, "restarts") && m.restarts !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).uint32(m.restarts);
                if (m.ports != null && m.ports.length) {
                    for (var i = 0; i < m.ports.length; ++i)
                        $root.arrow.cluster.PortBinding.encode(m.ports[i], w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                }
                if (m.node != null && $Object.hasOwnProperty.call(m, "node") && m.node !== "")
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.node);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified AllocationUpdate message, length delimited. Does not implicitly {@link arrow.cluster.AllocationUpdate.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.AllocationUpdate
             * @static
             * @param {arrow.cluster.AllocationUpdate.$Properties} message AllocationUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AllocationUpdate.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AllocationUpdate message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.AllocationUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.AllocationUpdate & arrow.cluster.AllocationUpdate.$Shape} AllocationUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AllocationUpdate.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.AllocationUpdate();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.node = v;
                            else
                                delete m.node;
                            continue;
                        }
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.generation = v;
                            else
                                delete m.generation;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.status = v;
                            else
                                delete m.status;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.detail = v;
                            else
                                delete m.detail;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.hasExitCode = v;
                            else
                                delete m.hasExitCode;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.sint32())
                                m.exitCode = v;
                            else
                                delete m.exitCode;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.restarts = v;
                            else
                                delete m.restarts;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if (!(m.ports && m.ports.length))
                                m.ports = [];
                            m.ports.push($root.arrow.cluster.PortBinding.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes an AllocationUpdate message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.AllocationUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.AllocationUpdate & arrow.cluster.AllocationUpdate.$Shape} AllocationUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AllocationUpdate.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AllocationUpdate message.
             * @function verify
             * @memberof arrow.cluster.AllocationUpdate
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AllocationUpdate.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    if (!$util.isString(m.node))
                        return "node: string expected";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (!$util.isString(m.id))
                        return "id: string expected";
                }
                if (m.generation != null && $Object.hasOwnProperty.call(m, "generation")) {
                    if (!$util.isInteger(m.generation) && !(m.generation && $util.isInteger(m.generation.low) && $util.isInteger(m.generation.high)))
                        return "generation: integer|Long expected";
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    if (typeof m.status !== "number" || (m.status | 0) !== m.status)
                        return "status: enum value expected";
                }
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                    if (!$util.isString(m.detail))
                        return "detail: string expected";
                }
                if (m.hasExitCode != null && $Object.hasOwnProperty.call(m, "hasExitCode")) {
                    if (typeof m.hasExitCode !== "boolean")
                        return "hasExitCode: boolean expected";
                }
                if (m.exitCode != null && $Object.hasOwnProperty.call(m, "exitCode")) {
                    if (!$util.isInteger(m.exitCode))
                        return "exitCode: integer expected";
                }
                if (m.restarts != null && $Object.hasOwnProperty.call(m, "restarts")) {
                    if (!$util.isInteger(m.restarts))
                        return "restarts: integer expected";
                }
                if (m.ports != null && $Object.hasOwnProperty.call(m, "ports")) {
                    if (!$Array.isArray(m.ports))
                        return "ports: array expected";
                    for (var i = 0; i < m.ports.length; ++i) {
                        {
                            var e = $root.arrow.cluster.PortBinding.verify(m.ports[i], q + 1);
                            if (e)
                                return "ports." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates an AllocationUpdate message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.AllocationUpdate
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.AllocationUpdate} AllocationUpdate
             */
            AllocationUpdate.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.AllocationUpdate)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.AllocationUpdate: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.AllocationUpdate();
                if (d.node != null) {
                    if (typeof d.node !== "string" || d.node.length) {
                        m.node = $String(d.node);
                    }
                }
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.generation != null) {
                    if (typeof d.generation === "object" ? d.generation.low || d.generation.high : $Number(d.generation) !== 0) {
                        if ($util.Long)
                            m.generation = $util.Long.fromValue(d.generation, true);
                        else if (typeof d.generation === "string")
                            m.generation = $parseInt(d.generation, 10);
                        else if (typeof d.generation === "number")
                            m.generation = d.generation;
                        else if (typeof d.generation === "object")
                            m.generation = new $util.LongBits(d.generation.low >>> 0, d.generation.high >>> 0).toNumber(true);
                    }
                }
                if (d.status !== 0 && (typeof d.status !== "string" || $root.arrow.cluster.AllocStatus[d.status] !== 0)) {
                    switch (d.status) {
                    case "PENDING":
                    case 0:
                        m.status = 0;
                        break;
                    case "PULLING":
                    case 1:
                        m.status = 1;
                        break;
                    case "STARTING":
                    case 2:
                        m.status = 2;
                        break;
                    case "RUNNING":
                    case 3:
                        m.status = 3;
                        break;
                    case "COMPLETE":
                    case 4:
                        m.status = 4;
                        break;
                    case "FAILED":
                    case 5:
                        m.status = 5;
                        break;
                    case "LOST":
                    case 6:
                        m.status = 6;
                        break;
                    case "STOPPED":
                    case 7:
                        m.status = 7;
                        break;
                    default:
                        if (typeof d.status === "number" && (d.status | 0) === d.status)
                            m.status = d.status;
                    }
                }
                if (d.detail != null) {
                    if (typeof d.detail !== "string" || d.detail.length) {
                        m.detail = $String(d.detail);
                    }
                }
                if (d.hasExitCode != null) {
                    if (d.hasExitCode) {
                        m.hasExitCode = $Boolean(d.hasExitCode);
                    }
                }
                if (d.exitCode != null) {
                    if ($Number(d.exitCode) !== 0) {
                        m.exitCode = d.exitCode | 0;
                    }
                }
                if (d.restarts != null) {
                    if ($Number(d.restarts) !== 0) {
                        m.restarts = d.restarts >>> 0;
                    }
                }
                if (d.ports) {
                    if (!$Array.isArray(d.ports))
                        throw $TypeError(".arrow.cluster.AllocationUpdate.ports: array expected");
                    m.ports = $Array(d.ports.length);
                    for (var i = 0; i < d.ports.length; ++i) {
                        if (!$util.isObject(d.ports[i]))
                            throw $TypeError(".arrow.cluster.AllocationUpdate.ports: object expected");
                        m.ports[i] = $root.arrow.cluster.PortBinding.fromObject(d.ports[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an AllocationUpdate message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.AllocationUpdate
             * @static
             * @param {arrow.cluster.AllocationUpdate} m AllocationUpdate
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AllocationUpdate.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.ports = [];
                }
                if (o.defaults) {
                    d.id = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.generation = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.generation = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.status = o.enums === $String ? "PENDING" : 0;
                    d.detail = "";
                    d.hasExitCode = false;
                    d.exitCode = 0;
                    d.restarts = 0;
                    d.node = "";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.generation != null && $Object.hasOwnProperty.call(m, "generation")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.generation = typeof m.generation === "number" ? $BigInt(m.generation) : $util.Long.fromBits(m.generation.low >>> 0, m.generation.high >>> 0, true).toBigInt();
                    else if (typeof m.generation === "number")
                        d.generation = o.longs === $String ? $String(m.generation) : m.generation;
                    else
                        d.generation = o.longs === $String ? $util.Long.prototype.toString.call(m.generation) : o.longs === $Number ? new $util.LongBits(m.generation.low >>> 0, m.generation.high >>> 0).toNumber(true) : m.generation;
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = o.enums === $String ? $root.arrow.cluster.AllocStatus[m.status] === $undefined ? m.status : $root.arrow.cluster.AllocStatus[m.status] : m.status;
                }
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                    d.detail = m.detail;
                }
                if (m.hasExitCode != null && $Object.hasOwnProperty.call(m, "hasExitCode")) {
                    d.hasExitCode = m.hasExitCode;
                }
                if (m.exitCode != null && $Object.hasOwnProperty.call(m, "exitCode")) {
                    d.exitCode = m.exitCode;
                }
                if (m.restarts != null && $Object.hasOwnProperty.call(m, "restarts")) {
                    d.restarts = m.restarts;
                }
                if (m.ports && m.ports.length) {
                    d.ports = $Array(m.ports.length);
                    for (var j = 0; j < m.ports.length; ++j) {
                        d.ports[j] = $root.arrow.cluster.PortBinding.toObject(m.ports[j], o, q + 1);
                    }
                }
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    d.node = m.node;
                }
                return d;
            };

            /**
             * Converts this AllocationUpdate to JSON.
             * @function toJSON
             * @memberof arrow.cluster.AllocationUpdate
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AllocationUpdate.prototype.toJSON = function() {
                return AllocationUpdate.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AllocationUpdate
             * @function getTypeUrl
             * @memberof arrow.cluster.AllocationUpdate
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AllocationUpdate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.AllocationUpdate";
            };

            return AllocationUpdate;
        })();

        cluster.UpdateAllocations = (function() {

            /**
             * Properties of an UpdateAllocations.
             * @typedef {Object} arrow.cluster.UpdateAllocations.$Properties
             * @property {Array.<arrow.cluster.AllocationUpdate.$Properties>|null} [updates] UpdateAllocations updates
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UpdateAllocations.
             * @memberof arrow.cluster
             * @interface IUpdateAllocations
             * @augments arrow.cluster.UpdateAllocations.$Properties
             * @deprecated Use arrow.cluster.UpdateAllocations.$Properties instead.
             */

            /**
             * Shape of an UpdateAllocations.
             * @typedef {arrow.cluster.UpdateAllocations.$Properties} arrow.cluster.UpdateAllocations.$Shape
             */

            /**
             * Constructs a new UpdateAllocations.
             * @memberof arrow.cluster
             * @classdesc Represents an UpdateAllocations.
             * @constructor
             * @param {arrow.cluster.UpdateAllocations.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UpdateAllocations = function (p) {
                this.updates = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * UpdateAllocations updates.
             * @member {Array.<arrow.cluster.AllocationUpdate.$Properties>} updates
             * @memberof arrow.cluster.UpdateAllocations
             * @instance
             */
            UpdateAllocations.prototype.updates = $util.emptyArray;

            /**
             * Creates a new UpdateAllocations instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.UpdateAllocations
             * @static
             * @param {arrow.cluster.UpdateAllocations.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.UpdateAllocations} UpdateAllocations instance
             * @type {{
             *   (properties: arrow.cluster.UpdateAllocations.$Shape): arrow.cluster.UpdateAllocations & arrow.cluster.UpdateAllocations.$Shape;
             *   (properties?: arrow.cluster.UpdateAllocations.$Properties): arrow.cluster.UpdateAllocations;
             * }}
             */
            UpdateAllocations.create = function(properties) {
                return new UpdateAllocations(properties);
            };

            /**
             * Encodes the specified UpdateAllocations message. Does not implicitly {@link arrow.cluster.UpdateAllocations.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.UpdateAllocations
             * @static
             * @param {arrow.cluster.UpdateAllocations.$Properties} m UpdateAllocations message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateAllocations.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.updates != null && m.updates.length) {
                    for (var i = 0; i < m.updates.length; ++i)
                        $root.arrow.cluster.AllocationUpdate.encode(m.updates[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified UpdateAllocations message, length delimited. Does not implicitly {@link arrow.cluster.UpdateAllocations.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.UpdateAllocations
             * @static
             * @param {arrow.cluster.UpdateAllocations.$Properties} message UpdateAllocations message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateAllocations.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an UpdateAllocations message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.UpdateAllocations
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.UpdateAllocations & arrow.cluster.UpdateAllocations.$Shape} UpdateAllocations
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateAllocations.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.UpdateAllocations();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.updates && m.updates.length))
                                m.updates = [];
                            m.updates.push($root.arrow.cluster.AllocationUpdate.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes an UpdateAllocations message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.UpdateAllocations
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.UpdateAllocations & arrow.cluster.UpdateAllocations.$Shape} UpdateAllocations
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateAllocations.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an UpdateAllocations message.
             * @function verify
             * @memberof arrow.cluster.UpdateAllocations
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UpdateAllocations.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.updates != null && $Object.hasOwnProperty.call(m, "updates")) {
                    if (!$Array.isArray(m.updates))
                        return "updates: array expected";
                    for (var i = 0; i < m.updates.length; ++i) {
                        {
                            var e = $root.arrow.cluster.AllocationUpdate.verify(m.updates[i], q + 1);
                            if (e)
                                return "updates." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates an UpdateAllocations message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.UpdateAllocations
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.UpdateAllocations} UpdateAllocations
             */
            UpdateAllocations.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.UpdateAllocations)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.UpdateAllocations: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.UpdateAllocations();
                if (d.updates) {
                    if (!$Array.isArray(d.updates))
                        throw $TypeError(".arrow.cluster.UpdateAllocations.updates: array expected");
                    m.updates = $Array(d.updates.length);
                    for (var i = 0; i < d.updates.length; ++i) {
                        if (!$util.isObject(d.updates[i]))
                            throw $TypeError(".arrow.cluster.UpdateAllocations.updates: object expected");
                        m.updates[i] = $root.arrow.cluster.AllocationUpdate.fromObject(d.updates[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an UpdateAllocations message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.UpdateAllocations
             * @static
             * @param {arrow.cluster.UpdateAllocations} m UpdateAllocations
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UpdateAllocations.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.updates = [];
                }
                if (m.updates && m.updates.length) {
                    d.updates = $Array(m.updates.length);
                    for (var j = 0; j < m.updates.length; ++j) {
                        d.updates[j] = $root.arrow.cluster.AllocationUpdate.toObject(m.updates[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this UpdateAllocations to JSON.
             * @function toJSON
             * @memberof arrow.cluster.UpdateAllocations
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UpdateAllocations.prototype.toJSON = function() {
                return UpdateAllocations.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UpdateAllocations
             * @function getTypeUrl
             * @memberof arrow.cluster.UpdateAllocations
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UpdateAllocations.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.UpdateAllocations";
            };

            return UpdateAllocations;
        })();

        cluster.HolderChange = (function() {

            /**
             * Properties of a HolderChange.
             * @typedef {Object} arrow.cluster.HolderChange.$Properties
             * @property {string|null} [node] HolderChange node
             * @property {string|null} [digest] HolderChange digest
             * @property {number|null} [size] HolderChange size
             * @property {string|null} [manifestDigest] HolderChange manifestDigest
             * @property {boolean|null} [held] HolderChange held
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HolderChange.
             * @memberof arrow.cluster
             * @interface IHolderChange
             * @augments arrow.cluster.HolderChange.$Properties
             * @deprecated Use arrow.cluster.HolderChange.$Properties instead.
             */

            /**
             * Shape of a HolderChange.
             * @typedef {arrow.cluster.HolderChange.$Properties} arrow.cluster.HolderChange.$Shape
             */

            /**
             * Constructs a new HolderChange.
             * @memberof arrow.cluster
             * @classdesc Represents a HolderChange.
             * @constructor
             * @param {arrow.cluster.HolderChange.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HolderChange = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * HolderChange node.
             * @member {string} node
             * @memberof arrow.cluster.HolderChange
             * @instance
             */
            HolderChange.prototype.node = "";

            /**
             * HolderChange digest.
             * @member {string} digest
             * @memberof arrow.cluster.HolderChange
             * @instance
             */
            HolderChange.prototype.digest = "";

            /**
             * HolderChange size.
             * @member {number} size
             * @memberof arrow.cluster.HolderChange
             * @instance
             */
            HolderChange.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HolderChange manifestDigest.
             * @member {string} manifestDigest
             * @memberof arrow.cluster.HolderChange
             * @instance
             */
            HolderChange.prototype.manifestDigest = "";

            /**
             * HolderChange held.
             * @member {boolean} held
             * @memberof arrow.cluster.HolderChange
             * @instance
             */
            HolderChange.prototype.held = false;

            /**
             * Creates a new HolderChange instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.HolderChange
             * @static
             * @param {arrow.cluster.HolderChange.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.HolderChange} HolderChange instance
             * @type {{
             *   (properties: arrow.cluster.HolderChange.$Shape): arrow.cluster.HolderChange & arrow.cluster.HolderChange.$Shape;
             *   (properties?: arrow.cluster.HolderChange.$Properties): arrow.cluster.HolderChange;
             * }}
             */
            HolderChange.create = function(properties) {
                return new HolderChange(properties);
            };

            /**
             * Encodes the specified HolderChange message. Does not implicitly {@link arrow.cluster.HolderChange.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.HolderChange
             * @static
             * @param {arrow.cluster.HolderChange.$Properties} m HolderChange message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HolderChange.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.node != null && $Object.hasOwnProperty.call(m, "node") && m.node !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.node);
                if (m.digest != null && $Object.hasOwnProperty.call(m, "digest") && m.digest !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.digest);
                if (m.size != null && $Object.hasOwnProperty.call(m, "size") && (typeof m.size === "object" ? m.size.low || m.size.high : m.size !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.size);
                if (m.manifestDigest != null && $Object.hasOwnProperty.call(m, "manifestDigest") && m.manifestDigest !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.manifestDigest);
                if (m.held != null && $Object.hasOwnProperty.call(m, "held") && m.held !== false)
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.held);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified HolderChange message, length delimited. Does not implicitly {@link arrow.cluster.HolderChange.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.HolderChange
             * @static
             * @param {arrow.cluster.HolderChange.$Properties} message HolderChange message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HolderChange.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HolderChange message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.HolderChange
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.HolderChange & arrow.cluster.HolderChange.$Shape} HolderChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HolderChange.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.HolderChange();
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
                                m.node = v;
                            else
                                delete m.node;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.digest = v;
                            else
                                delete m.digest;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.size = v;
                            else
                                delete m.size;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.manifestDigest = v;
                            else
                                delete m.manifestDigest;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.held = v;
                            else
                                delete m.held;
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
             * Decodes a HolderChange message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.HolderChange
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.HolderChange & arrow.cluster.HolderChange.$Shape} HolderChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HolderChange.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HolderChange message.
             * @function verify
             * @memberof arrow.cluster.HolderChange
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HolderChange.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    if (!$util.isString(m.node))
                        return "node: string expected";
                }
                if (m.digest != null && $Object.hasOwnProperty.call(m, "digest")) {
                    if (!$util.isString(m.digest))
                        return "digest: string expected";
                }
                if (m.size != null && $Object.hasOwnProperty.call(m, "size")) {
                    if (!$util.isInteger(m.size) && !(m.size && $util.isInteger(m.size.low) && $util.isInteger(m.size.high)))
                        return "size: integer|Long expected";
                }
                if (m.manifestDigest != null && $Object.hasOwnProperty.call(m, "manifestDigest")) {
                    if (!$util.isString(m.manifestDigest))
                        return "manifestDigest: string expected";
                }
                if (m.held != null && $Object.hasOwnProperty.call(m, "held")) {
                    if (typeof m.held !== "boolean")
                        return "held: boolean expected";
                }
                return null;
            };

            /**
             * Creates a HolderChange message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.HolderChange
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.HolderChange} HolderChange
             */
            HolderChange.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.HolderChange)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.HolderChange: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.HolderChange();
                if (d.node != null) {
                    if (typeof d.node !== "string" || d.node.length) {
                        m.node = $String(d.node);
                    }
                }
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
                if (d.manifestDigest != null) {
                    if (typeof d.manifestDigest !== "string" || d.manifestDigest.length) {
                        m.manifestDigest = $String(d.manifestDigest);
                    }
                }
                if (d.held != null) {
                    if (d.held) {
                        m.held = $Boolean(d.held);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a HolderChange message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.HolderChange
             * @static
             * @param {arrow.cluster.HolderChange} m HolderChange
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HolderChange.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.node = "";
                    d.digest = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.size = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.size = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.manifestDigest = "";
                    d.held = false;
                }
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    d.node = m.node;
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
                if (m.manifestDigest != null && $Object.hasOwnProperty.call(m, "manifestDigest")) {
                    d.manifestDigest = m.manifestDigest;
                }
                if (m.held != null && $Object.hasOwnProperty.call(m, "held")) {
                    d.held = m.held;
                }
                return d;
            };

            /**
             * Converts this HolderChange to JSON.
             * @function toJSON
             * @memberof arrow.cluster.HolderChange
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HolderChange.prototype.toJSON = function() {
                return HolderChange.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HolderChange
             * @function getTypeUrl
             * @memberof arrow.cluster.HolderChange
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HolderChange.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.HolderChange";
            };

            return HolderChange;
        })();

        cluster.SetHolders = (function() {

            /**
             * Properties of a SetHolders.
             * @typedef {Object} arrow.cluster.SetHolders.$Properties
             * @property {Array.<arrow.cluster.HolderChange.$Properties>|null} [changes] SetHolders changes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetHolders.
             * @memberof arrow.cluster
             * @interface ISetHolders
             * @augments arrow.cluster.SetHolders.$Properties
             * @deprecated Use arrow.cluster.SetHolders.$Properties instead.
             */

            /**
             * Shape of a SetHolders.
             * @typedef {arrow.cluster.SetHolders.$Properties} arrow.cluster.SetHolders.$Shape
             */

            /**
             * Constructs a new SetHolders.
             * @memberof arrow.cluster
             * @classdesc Represents a SetHolders.
             * @constructor
             * @param {arrow.cluster.SetHolders.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetHolders = function (p) {
                this.changes = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SetHolders changes.
             * @member {Array.<arrow.cluster.HolderChange.$Properties>} changes
             * @memberof arrow.cluster.SetHolders
             * @instance
             */
            SetHolders.prototype.changes = $util.emptyArray;

            /**
             * Creates a new SetHolders instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.SetHolders
             * @static
             * @param {arrow.cluster.SetHolders.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.SetHolders} SetHolders instance
             * @type {{
             *   (properties: arrow.cluster.SetHolders.$Shape): arrow.cluster.SetHolders & arrow.cluster.SetHolders.$Shape;
             *   (properties?: arrow.cluster.SetHolders.$Properties): arrow.cluster.SetHolders;
             * }}
             */
            SetHolders.create = function(properties) {
                return new SetHolders(properties);
            };

            /**
             * Encodes the specified SetHolders message. Does not implicitly {@link arrow.cluster.SetHolders.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.SetHolders
             * @static
             * @param {arrow.cluster.SetHolders.$Properties} m SetHolders message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetHolders.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.changes != null && m.changes.length) {
                    for (var i = 0; i < m.changes.length; ++i)
                        $root.arrow.cluster.HolderChange.encode(m.changes[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SetHolders message, length delimited. Does not implicitly {@link arrow.cluster.SetHolders.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.SetHolders
             * @static
             * @param {arrow.cluster.SetHolders.$Properties} message SetHolders message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetHolders.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SetHolders message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.SetHolders
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.SetHolders & arrow.cluster.SetHolders.$Shape} SetHolders
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetHolders.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.SetHolders();
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
                            if (!(m.changes && m.changes.length))
                                m.changes = [];
                            m.changes.push($root.arrow.cluster.HolderChange.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a SetHolders message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.SetHolders
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.SetHolders & arrow.cluster.SetHolders.$Shape} SetHolders
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetHolders.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SetHolders message.
             * @function verify
             * @memberof arrow.cluster.SetHolders
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SetHolders.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.changes != null && $Object.hasOwnProperty.call(m, "changes")) {
                    if (!$Array.isArray(m.changes))
                        return "changes: array expected";
                    for (var i = 0; i < m.changes.length; ++i) {
                        {
                            var e = $root.arrow.cluster.HolderChange.verify(m.changes[i], q + 1);
                            if (e)
                                return "changes." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a SetHolders message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.SetHolders
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.SetHolders} SetHolders
             */
            SetHolders.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.SetHolders)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.SetHolders: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.SetHolders();
                if (d.changes) {
                    if (!$Array.isArray(d.changes))
                        throw $TypeError(".arrow.cluster.SetHolders.changes: array expected");
                    m.changes = $Array(d.changes.length);
                    for (var i = 0; i < d.changes.length; ++i) {
                        if (!$util.isObject(d.changes[i]))
                            throw $TypeError(".arrow.cluster.SetHolders.changes: object expected");
                        m.changes[i] = $root.arrow.cluster.HolderChange.fromObject(d.changes[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SetHolders message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.SetHolders
             * @static
             * @param {arrow.cluster.SetHolders} m SetHolders
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SetHolders.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.changes = [];
                }
                if (m.changes && m.changes.length) {
                    d.changes = $Array(m.changes.length);
                    for (var j = 0; j < m.changes.length; ++j) {
                        d.changes[j] = $root.arrow.cluster.HolderChange.toObject(m.changes[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this SetHolders to JSON.
             * @function toJSON
             * @memberof arrow.cluster.SetHolders
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SetHolders.prototype.toJSON = function() {
                return SetHolders.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SetHolders
             * @function getTypeUrl
             * @memberof arrow.cluster.SetHolders
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SetHolders.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.SetHolders";
            };

            return SetHolders;
        })();

        cluster.TagArtifact = (function() {

            /**
             * Properties of a TagArtifact.
             * @typedef {Object} arrow.cluster.TagArtifact.$Properties
             * @property {string|null} [name] TagArtifact name
             * @property {string|null} [digest] TagArtifact digest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TagArtifact.
             * @memberof arrow.cluster
             * @interface ITagArtifact
             * @augments arrow.cluster.TagArtifact.$Properties
             * @deprecated Use arrow.cluster.TagArtifact.$Properties instead.
             */

            /**
             * Shape of a TagArtifact.
             * @typedef {arrow.cluster.TagArtifact.$Properties} arrow.cluster.TagArtifact.$Shape
             */

            /**
             * Constructs a new TagArtifact.
             * @memberof arrow.cluster
             * @classdesc Represents a TagArtifact.
             * @constructor
             * @param {arrow.cluster.TagArtifact.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TagArtifact = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TagArtifact name.
             * @member {string} name
             * @memberof arrow.cluster.TagArtifact
             * @instance
             */
            TagArtifact.prototype.name = "";

            /**
             * TagArtifact digest.
             * @member {string} digest
             * @memberof arrow.cluster.TagArtifact
             * @instance
             */
            TagArtifact.prototype.digest = "";

            /**
             * Creates a new TagArtifact instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.TagArtifact
             * @static
             * @param {arrow.cluster.TagArtifact.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.TagArtifact} TagArtifact instance
             * @type {{
             *   (properties: arrow.cluster.TagArtifact.$Shape): arrow.cluster.TagArtifact & arrow.cluster.TagArtifact.$Shape;
             *   (properties?: arrow.cluster.TagArtifact.$Properties): arrow.cluster.TagArtifact;
             * }}
             */
            TagArtifact.create = function(properties) {
                return new TagArtifact(properties);
            };

            /**
             * Encodes the specified TagArtifact message. Does not implicitly {@link arrow.cluster.TagArtifact.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.TagArtifact
             * @static
             * @param {arrow.cluster.TagArtifact.$Properties} m TagArtifact message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TagArtifact.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.digest != null && $Object.hasOwnProperty.call(m, "digest") && m.digest !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.digest);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified TagArtifact message, length delimited. Does not implicitly {@link arrow.cluster.TagArtifact.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.TagArtifact
             * @static
             * @param {arrow.cluster.TagArtifact.$Properties} message TagArtifact message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TagArtifact.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TagArtifact message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.TagArtifact
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.TagArtifact & arrow.cluster.TagArtifact.$Shape} TagArtifact
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TagArtifact.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.TagArtifact();
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
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.digest = v;
                            else
                                delete m.digest;
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
             * Decodes a TagArtifact message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.TagArtifact
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.TagArtifact & arrow.cluster.TagArtifact.$Shape} TagArtifact
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TagArtifact.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TagArtifact message.
             * @function verify
             * @memberof arrow.cluster.TagArtifact
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TagArtifact.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    if (!$util.isString(m.name))
                        return "name: string expected";
                }
                if (m.digest != null && $Object.hasOwnProperty.call(m, "digest")) {
                    if (!$util.isString(m.digest))
                        return "digest: string expected";
                }
                return null;
            };

            /**
             * Creates a TagArtifact message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.TagArtifact
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.TagArtifact} TagArtifact
             */
            TagArtifact.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.TagArtifact)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.TagArtifact: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.TagArtifact();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.digest != null) {
                    if (typeof d.digest !== "string" || d.digest.length) {
                        m.digest = $String(d.digest);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TagArtifact message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.TagArtifact
             * @static
             * @param {arrow.cluster.TagArtifact} m TagArtifact
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TagArtifact.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    d.digest = "";
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.digest != null && $Object.hasOwnProperty.call(m, "digest")) {
                    d.digest = m.digest;
                }
                return d;
            };

            /**
             * Converts this TagArtifact to JSON.
             * @function toJSON
             * @memberof arrow.cluster.TagArtifact
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TagArtifact.prototype.toJSON = function() {
                return TagArtifact.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TagArtifact
             * @function getTypeUrl
             * @memberof arrow.cluster.TagArtifact
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TagArtifact.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.TagArtifact";
            };

            return TagArtifact;
        })();

        cluster.VolumeHolderChange = (function() {

            /**
             * Properties of a VolumeHolderChange.
             * @typedef {Object} arrow.cluster.VolumeHolderChange.$Properties
             * @property {string|null} [node] VolumeHolderChange node
             * @property {string|null} [volume] VolumeHolderChange volume
             * @property {number|null} [seq] VolumeHolderChange seq
             * @property {string|null} [manifest] VolumeHolderChange manifest
             * @property {number|null} [createdMs] VolumeHolderChange createdMs
             * @property {number|null} [logicalBytes] VolumeHolderChange logicalBytes
             * @property {boolean|null} [held] VolumeHolderChange held
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VolumeHolderChange.
             * @memberof arrow.cluster
             * @interface IVolumeHolderChange
             * @augments arrow.cluster.VolumeHolderChange.$Properties
             * @deprecated Use arrow.cluster.VolumeHolderChange.$Properties instead.
             */

            /**
             * Shape of a VolumeHolderChange.
             * @typedef {arrow.cluster.VolumeHolderChange.$Properties} arrow.cluster.VolumeHolderChange.$Shape
             */

            /**
             * Constructs a new VolumeHolderChange.
             * @memberof arrow.cluster
             * @classdesc Represents a VolumeHolderChange.
             * @constructor
             * @param {arrow.cluster.VolumeHolderChange.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VolumeHolderChange = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VolumeHolderChange node.
             * @member {string} node
             * @memberof arrow.cluster.VolumeHolderChange
             * @instance
             */
            VolumeHolderChange.prototype.node = "";

            /**
             * VolumeHolderChange volume.
             * @member {string} volume
             * @memberof arrow.cluster.VolumeHolderChange
             * @instance
             */
            VolumeHolderChange.prototype.volume = "";

            /**
             * VolumeHolderChange seq.
             * @member {number} seq
             * @memberof arrow.cluster.VolumeHolderChange
             * @instance
             */
            VolumeHolderChange.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * VolumeHolderChange manifest.
             * @member {string} manifest
             * @memberof arrow.cluster.VolumeHolderChange
             * @instance
             */
            VolumeHolderChange.prototype.manifest = "";

            /**
             * VolumeHolderChange createdMs.
             * @member {number} createdMs
             * @memberof arrow.cluster.VolumeHolderChange
             * @instance
             */
            VolumeHolderChange.prototype.createdMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * VolumeHolderChange logicalBytes.
             * @member {number} logicalBytes
             * @memberof arrow.cluster.VolumeHolderChange
             * @instance
             */
            VolumeHolderChange.prototype.logicalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * VolumeHolderChange held.
             * @member {boolean} held
             * @memberof arrow.cluster.VolumeHolderChange
             * @instance
             */
            VolumeHolderChange.prototype.held = false;

            /**
             * Creates a new VolumeHolderChange instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.VolumeHolderChange
             * @static
             * @param {arrow.cluster.VolumeHolderChange.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.VolumeHolderChange} VolumeHolderChange instance
             * @type {{
             *   (properties: arrow.cluster.VolumeHolderChange.$Shape): arrow.cluster.VolumeHolderChange & arrow.cluster.VolumeHolderChange.$Shape;
             *   (properties?: arrow.cluster.VolumeHolderChange.$Properties): arrow.cluster.VolumeHolderChange;
             * }}
             */
            VolumeHolderChange.create = function(properties) {
                return new VolumeHolderChange(properties);
            };

            /**
             * Encodes the specified VolumeHolderChange message. Does not implicitly {@link arrow.cluster.VolumeHolderChange.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.VolumeHolderChange
             * @static
             * @param {arrow.cluster.VolumeHolderChange.$Properties} m VolumeHolderChange message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VolumeHolderChange.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.node != null && $Object.hasOwnProperty.call(m, "node") && m.node !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.node);
                if (m.volume != null && $Object.hasOwnProperty.call(m, "volume") && m.volume !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.volume);
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.seq);
                if (m.manifest != null && $Object.hasOwnProperty.call(m, "manifest") && m.manifest !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.manifest);
                if (m.createdMs != null && $Object.hasOwnProperty.call(m, "createdMs") && (typeof m.createdMs === "object" ? m.createdMs.low || m.createdMs.high : m.createdMs !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.createdMs);
                if (m.logicalBytes != null && $Object.hasOwnProperty.call(m, "logicalBytes") && (typeof m.logicalBytes === "object" ? m.logicalBytes.low || m.logicalBytes.high : m.logicalBytes !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).uint64(m.logicalBytes);
                if (m.held != null && $Object.hasOwnProperty.call(m, "held") && m.held !== false)
                    w.uint32(/* id 7, wireType 0 =*/56).bool(m.held);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified VolumeHolderChange message, length delimited. Does not implicitly {@link arrow.cluster.VolumeHolderChange.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.VolumeHolderChange
             * @static
             * @param {arrow.cluster.VolumeHolderChange.$Properties} message VolumeHolderChange message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VolumeHolderChange.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a VolumeHolderChange message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.VolumeHolderChange
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.VolumeHolderChange & arrow.cluster.VolumeHolderChange.$Shape} VolumeHolderChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VolumeHolderChange.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.VolumeHolderChange();
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
                                m.node = v;
                            else
                                delete m.node;
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
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.manifest = v;
                            else
                                delete m.manifest;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.createdMs = v;
                            else
                                delete m.createdMs;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.logicalBytes = v;
                            else
                                delete m.logicalBytes;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.held = v;
                            else
                                delete m.held;
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
             * Decodes a VolumeHolderChange message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.VolumeHolderChange
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.VolumeHolderChange & arrow.cluster.VolumeHolderChange.$Shape} VolumeHolderChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VolumeHolderChange.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a VolumeHolderChange message.
             * @function verify
             * @memberof arrow.cluster.VolumeHolderChange
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VolumeHolderChange.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    if (!$util.isString(m.node))
                        return "node: string expected";
                }
                if (m.volume != null && $Object.hasOwnProperty.call(m, "volume")) {
                    if (!$util.isString(m.volume))
                        return "volume: string expected";
                }
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
                if (m.held != null && $Object.hasOwnProperty.call(m, "held")) {
                    if (typeof m.held !== "boolean")
                        return "held: boolean expected";
                }
                return null;
            };

            /**
             * Creates a VolumeHolderChange message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.VolumeHolderChange
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.VolumeHolderChange} VolumeHolderChange
             */
            VolumeHolderChange.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.VolumeHolderChange)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.VolumeHolderChange: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.VolumeHolderChange();
                if (d.node != null) {
                    if (typeof d.node !== "string" || d.node.length) {
                        m.node = $String(d.node);
                    }
                }
                if (d.volume != null) {
                    if (typeof d.volume !== "string" || d.volume.length) {
                        m.volume = $String(d.volume);
                    }
                }
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
                            m.createdMs = $util.Long.fromValue(d.createdMs, false);
                        else if (typeof d.createdMs === "string")
                            m.createdMs = $parseInt(d.createdMs, 10);
                        else if (typeof d.createdMs === "number")
                            m.createdMs = d.createdMs;
                        else if (typeof d.createdMs === "object")
                            m.createdMs = new $util.LongBits(d.createdMs.low >>> 0, d.createdMs.high >>> 0).toNumber();
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
                if (d.held != null) {
                    if (d.held) {
                        m.held = $Boolean(d.held);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a VolumeHolderChange message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.VolumeHolderChange
             * @static
             * @param {arrow.cluster.VolumeHolderChange} m VolumeHolderChange
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VolumeHolderChange.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.node = "";
                    d.volume = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.seq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.seq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.manifest = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.createdMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.createdMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.logicalBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.logicalBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.held = false;
                }
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    d.node = m.node;
                }
                if (m.volume != null && $Object.hasOwnProperty.call(m, "volume")) {
                    d.volume = m.volume;
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
                        d.createdMs = typeof m.createdMs === "number" ? $BigInt(m.createdMs) : $util.Long.fromBits(m.createdMs.low >>> 0, m.createdMs.high >>> 0, false).toBigInt();
                    else if (typeof m.createdMs === "number")
                        d.createdMs = o.longs === $String ? $String(m.createdMs) : m.createdMs;
                    else
                        d.createdMs = o.longs === $String ? $util.Long.prototype.toString.call(m.createdMs) : o.longs === $Number ? new $util.LongBits(m.createdMs.low >>> 0, m.createdMs.high >>> 0).toNumber() : m.createdMs;
                }
                if (m.logicalBytes != null && $Object.hasOwnProperty.call(m, "logicalBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.logicalBytes = typeof m.logicalBytes === "number" ? $BigInt(m.logicalBytes) : $util.Long.fromBits(m.logicalBytes.low >>> 0, m.logicalBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.logicalBytes === "number")
                        d.logicalBytes = o.longs === $String ? $String(m.logicalBytes) : m.logicalBytes;
                    else
                        d.logicalBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.logicalBytes) : o.longs === $Number ? new $util.LongBits(m.logicalBytes.low >>> 0, m.logicalBytes.high >>> 0).toNumber(true) : m.logicalBytes;
                }
                if (m.held != null && $Object.hasOwnProperty.call(m, "held")) {
                    d.held = m.held;
                }
                return d;
            };

            /**
             * Converts this VolumeHolderChange to JSON.
             * @function toJSON
             * @memberof arrow.cluster.VolumeHolderChange
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VolumeHolderChange.prototype.toJSON = function() {
                return VolumeHolderChange.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VolumeHolderChange
             * @function getTypeUrl
             * @memberof arrow.cluster.VolumeHolderChange
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VolumeHolderChange.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.VolumeHolderChange";
            };

            return VolumeHolderChange;
        })();

        cluster.SetVolumeHolders = (function() {

            /**
             * Properties of a SetVolumeHolders.
             * @typedef {Object} arrow.cluster.SetVolumeHolders.$Properties
             * @property {Array.<arrow.cluster.VolumeHolderChange.$Properties>|null} [changes] SetVolumeHolders changes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetVolumeHolders.
             * @memberof arrow.cluster
             * @interface ISetVolumeHolders
             * @augments arrow.cluster.SetVolumeHolders.$Properties
             * @deprecated Use arrow.cluster.SetVolumeHolders.$Properties instead.
             */

            /**
             * Shape of a SetVolumeHolders.
             * @typedef {arrow.cluster.SetVolumeHolders.$Properties} arrow.cluster.SetVolumeHolders.$Shape
             */

            /**
             * Constructs a new SetVolumeHolders.
             * @memberof arrow.cluster
             * @classdesc Represents a SetVolumeHolders.
             * @constructor
             * @param {arrow.cluster.SetVolumeHolders.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetVolumeHolders = function (p) {
                this.changes = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SetVolumeHolders changes.
             * @member {Array.<arrow.cluster.VolumeHolderChange.$Properties>} changes
             * @memberof arrow.cluster.SetVolumeHolders
             * @instance
             */
            SetVolumeHolders.prototype.changes = $util.emptyArray;

            /**
             * Creates a new SetVolumeHolders instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.SetVolumeHolders
             * @static
             * @param {arrow.cluster.SetVolumeHolders.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.SetVolumeHolders} SetVolumeHolders instance
             * @type {{
             *   (properties: arrow.cluster.SetVolumeHolders.$Shape): arrow.cluster.SetVolumeHolders & arrow.cluster.SetVolumeHolders.$Shape;
             *   (properties?: arrow.cluster.SetVolumeHolders.$Properties): arrow.cluster.SetVolumeHolders;
             * }}
             */
            SetVolumeHolders.create = function(properties) {
                return new SetVolumeHolders(properties);
            };

            /**
             * Encodes the specified SetVolumeHolders message. Does not implicitly {@link arrow.cluster.SetVolumeHolders.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.SetVolumeHolders
             * @static
             * @param {arrow.cluster.SetVolumeHolders.$Properties} m SetVolumeHolders message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetVolumeHolders.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.changes != null && m.changes.length) {
                    for (var i = 0; i < m.changes.length; ++i)
                        $root.arrow.cluster.VolumeHolderChange.encode(m.changes[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SetVolumeHolders message, length delimited. Does not implicitly {@link arrow.cluster.SetVolumeHolders.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.SetVolumeHolders
             * @static
             * @param {arrow.cluster.SetVolumeHolders.$Properties} message SetVolumeHolders message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetVolumeHolders.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SetVolumeHolders message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.SetVolumeHolders
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.SetVolumeHolders & arrow.cluster.SetVolumeHolders.$Shape} SetVolumeHolders
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetVolumeHolders.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.SetVolumeHolders();
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
                            if (!(m.changes && m.changes.length))
                                m.changes = [];
                            m.changes.push($root.arrow.cluster.VolumeHolderChange.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a SetVolumeHolders message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.SetVolumeHolders
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.SetVolumeHolders & arrow.cluster.SetVolumeHolders.$Shape} SetVolumeHolders
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetVolumeHolders.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SetVolumeHolders message.
             * @function verify
             * @memberof arrow.cluster.SetVolumeHolders
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SetVolumeHolders.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.changes != null && $Object.hasOwnProperty.call(m, "changes")) {
                    if (!$Array.isArray(m.changes))
                        return "changes: array expected";
                    for (var i = 0; i < m.changes.length; ++i) {
                        {
                            var e = $root.arrow.cluster.VolumeHolderChange.verify(m.changes[i], q + 1);
                            if (e)
                                return "changes." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a SetVolumeHolders message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.SetVolumeHolders
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.SetVolumeHolders} SetVolumeHolders
             */
            SetVolumeHolders.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.SetVolumeHolders)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.SetVolumeHolders: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.SetVolumeHolders();
                if (d.changes) {
                    if (!$Array.isArray(d.changes))
                        throw $TypeError(".arrow.cluster.SetVolumeHolders.changes: array expected");
                    m.changes = $Array(d.changes.length);
                    for (var i = 0; i < d.changes.length; ++i) {
                        if (!$util.isObject(d.changes[i]))
                            throw $TypeError(".arrow.cluster.SetVolumeHolders.changes: object expected");
                        m.changes[i] = $root.arrow.cluster.VolumeHolderChange.fromObject(d.changes[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SetVolumeHolders message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.SetVolumeHolders
             * @static
             * @param {arrow.cluster.SetVolumeHolders} m SetVolumeHolders
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SetVolumeHolders.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.changes = [];
                }
                if (m.changes && m.changes.length) {
                    d.changes = $Array(m.changes.length);
                    for (var j = 0; j < m.changes.length; ++j) {
                        d.changes[j] = $root.arrow.cluster.VolumeHolderChange.toObject(m.changes[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this SetVolumeHolders to JSON.
             * @function toJSON
             * @memberof arrow.cluster.SetVolumeHolders
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SetVolumeHolders.prototype.toJSON = function() {
                return SetVolumeHolders.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SetVolumeHolders
             * @function getTypeUrl
             * @memberof arrow.cluster.SetVolumeHolders
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SetVolumeHolders.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.SetVolumeHolders";
            };

            return SetVolumeHolders;
        })();

        cluster.SetVolumeReplicas = (function() {

            /**
             * Properties of a SetVolumeReplicas.
             * @typedef {Object} arrow.cluster.SetVolumeReplicas.$Properties
             * @property {string|null} [volume] SetVolumeReplicas volume
             * @property {Array.<string>|null} [nodes] SetVolumeReplicas nodes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetVolumeReplicas.
             * @memberof arrow.cluster
             * @interface ISetVolumeReplicas
             * @augments arrow.cluster.SetVolumeReplicas.$Properties
             * @deprecated Use arrow.cluster.SetVolumeReplicas.$Properties instead.
             */

            /**
             * Shape of a SetVolumeReplicas.
             * @typedef {arrow.cluster.SetVolumeReplicas.$Properties} arrow.cluster.SetVolumeReplicas.$Shape
             */

            /**
             * Constructs a new SetVolumeReplicas.
             * @memberof arrow.cluster
             * @classdesc Represents a SetVolumeReplicas.
             * @constructor
             * @param {arrow.cluster.SetVolumeReplicas.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetVolumeReplicas = function (p) {
                this.nodes = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SetVolumeReplicas volume.
             * @member {string} volume
             * @memberof arrow.cluster.SetVolumeReplicas
             * @instance
             */
            SetVolumeReplicas.prototype.volume = "";

            /**
             * SetVolumeReplicas nodes.
             * @member {Array.<string>} nodes
             * @memberof arrow.cluster.SetVolumeReplicas
             * @instance
             */
            SetVolumeReplicas.prototype.nodes = $util.emptyArray;

            /**
             * Creates a new SetVolumeReplicas instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.SetVolumeReplicas
             * @static
             * @param {arrow.cluster.SetVolumeReplicas.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.SetVolumeReplicas} SetVolumeReplicas instance
             * @type {{
             *   (properties: arrow.cluster.SetVolumeReplicas.$Shape): arrow.cluster.SetVolumeReplicas & arrow.cluster.SetVolumeReplicas.$Shape;
             *   (properties?: arrow.cluster.SetVolumeReplicas.$Properties): arrow.cluster.SetVolumeReplicas;
             * }}
             */
            SetVolumeReplicas.create = function(properties) {
                return new SetVolumeReplicas(properties);
            };

            /**
             * Encodes the specified SetVolumeReplicas message. Does not implicitly {@link arrow.cluster.SetVolumeReplicas.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.SetVolumeReplicas
             * @static
             * @param {arrow.cluster.SetVolumeReplicas.$Properties} m SetVolumeReplicas message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetVolumeReplicas.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.volume != null && $Object.hasOwnProperty.call(m, "volume") && m.volume !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.volume);
                if (m.nodes != null && m.nodes.length) {
                    for (var i = 0; i < m.nodes.length; ++i)
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.nodes[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SetVolumeReplicas message, length delimited. Does not implicitly {@link arrow.cluster.SetVolumeReplicas.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.SetVolumeReplicas
             * @static
             * @param {arrow.cluster.SetVolumeReplicas.$Properties} message SetVolumeReplicas message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetVolumeReplicas.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SetVolumeReplicas message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.SetVolumeReplicas
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.SetVolumeReplicas & arrow.cluster.SetVolumeReplicas.$Shape} SetVolumeReplicas
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetVolumeReplicas.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.SetVolumeReplicas();
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
                            if (u !== 2)
                                break;
                            if (!(m.nodes && m.nodes.length))
                                m.nodes = [];
                            m.nodes.push(r.stringVerify());
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
             * Decodes a SetVolumeReplicas message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.SetVolumeReplicas
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.SetVolumeReplicas & arrow.cluster.SetVolumeReplicas.$Shape} SetVolumeReplicas
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetVolumeReplicas.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SetVolumeReplicas message.
             * @function verify
             * @memberof arrow.cluster.SetVolumeReplicas
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SetVolumeReplicas.verify = function (m, q) {
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
                if (m.nodes != null && $Object.hasOwnProperty.call(m, "nodes")) {
                    if (!$Array.isArray(m.nodes))
                        return "nodes: array expected";
                    for (var i = 0; i < m.nodes.length; ++i) {
                        if (!$util.isString(m.nodes[i]))
                            return "nodes: string[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates a SetVolumeReplicas message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.SetVolumeReplicas
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.SetVolumeReplicas} SetVolumeReplicas
             */
            SetVolumeReplicas.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.SetVolumeReplicas)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.SetVolumeReplicas: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.SetVolumeReplicas();
                if (d.volume != null) {
                    if (typeof d.volume !== "string" || d.volume.length) {
                        m.volume = $String(d.volume);
                    }
                }
                if (d.nodes) {
                    if (!$Array.isArray(d.nodes))
                        throw $TypeError(".arrow.cluster.SetVolumeReplicas.nodes: array expected");
                    m.nodes = $Array(d.nodes.length);
                    for (var i = 0; i < d.nodes.length; ++i) {
                        m.nodes[i] = $String(d.nodes[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SetVolumeReplicas message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.SetVolumeReplicas
             * @static
             * @param {arrow.cluster.SetVolumeReplicas} m SetVolumeReplicas
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SetVolumeReplicas.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.nodes = [];
                }
                if (o.defaults) {
                    d.volume = "";
                }
                if (m.volume != null && $Object.hasOwnProperty.call(m, "volume")) {
                    d.volume = m.volume;
                }
                if (m.nodes && m.nodes.length) {
                    d.nodes = $Array(m.nodes.length);
                    for (var j = 0; j < m.nodes.length; ++j) {
                        d.nodes[j] = m.nodes[j];
                    }
                }
                return d;
            };

            /**
             * Converts this SetVolumeReplicas to JSON.
             * @function toJSON
             * @memberof arrow.cluster.SetVolumeReplicas
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SetVolumeReplicas.prototype.toJSON = function() {
                return SetVolumeReplicas.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SetVolumeReplicas
             * @function getTypeUrl
             * @memberof arrow.cluster.SetVolumeReplicas
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SetVolumeReplicas.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.SetVolumeReplicas";
            };

            return SetVolumeReplicas;
        })();

        cluster.MigrateAllocation = (function() {

            /**
             * Properties of a MigrateAllocation.
             * @typedef {Object} arrow.cluster.MigrateAllocation.$Properties
             * @property {string|null} [allocationId] MigrateAllocation allocationId
             * @property {string|null} [to] MigrateAllocation to
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MigrateAllocation.
             * @memberof arrow.cluster
             * @interface IMigrateAllocation
             * @augments arrow.cluster.MigrateAllocation.$Properties
             * @deprecated Use arrow.cluster.MigrateAllocation.$Properties instead.
             */

            /**
             * Shape of a MigrateAllocation.
             * @typedef {arrow.cluster.MigrateAllocation.$Properties} arrow.cluster.MigrateAllocation.$Shape
             */

            /**
             * Constructs a new MigrateAllocation.
             * @memberof arrow.cluster
             * @classdesc Represents a MigrateAllocation.
             * @constructor
             * @param {arrow.cluster.MigrateAllocation.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MigrateAllocation = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * MigrateAllocation allocationId.
             * @member {string} allocationId
             * @memberof arrow.cluster.MigrateAllocation
             * @instance
             */
            MigrateAllocation.prototype.allocationId = "";

            /**
             * MigrateAllocation to.
             * @member {string} to
             * @memberof arrow.cluster.MigrateAllocation
             * @instance
             */
            MigrateAllocation.prototype.to = "";

            /**
             * Creates a new MigrateAllocation instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.MigrateAllocation
             * @static
             * @param {arrow.cluster.MigrateAllocation.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.MigrateAllocation} MigrateAllocation instance
             * @type {{
             *   (properties: arrow.cluster.MigrateAllocation.$Shape): arrow.cluster.MigrateAllocation & arrow.cluster.MigrateAllocation.$Shape;
             *   (properties?: arrow.cluster.MigrateAllocation.$Properties): arrow.cluster.MigrateAllocation;
             * }}
             */
            MigrateAllocation.create = function(properties) {
                return new MigrateAllocation(properties);
            };

            /**
             * Encodes the specified MigrateAllocation message. Does not implicitly {@link arrow.cluster.MigrateAllocation.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.MigrateAllocation
             * @static
             * @param {arrow.cluster.MigrateAllocation.$Properties} m MigrateAllocation message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MigrateAllocation.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.allocationId != null && $Object.hasOwnProperty.call(m, "allocationId") && m.allocationId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.allocationId);
                if (m.to != null && $Object.hasOwnProperty.call(m, "to") && m.to !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.to);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified MigrateAllocation message, length delimited. Does not implicitly {@link arrow.cluster.MigrateAllocation.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.MigrateAllocation
             * @static
             * @param {arrow.cluster.MigrateAllocation.$Properties} message MigrateAllocation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MigrateAllocation.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MigrateAllocation message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.MigrateAllocation
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.MigrateAllocation & arrow.cluster.MigrateAllocation.$Shape} MigrateAllocation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MigrateAllocation.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.MigrateAllocation();
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
                                m.allocationId = v;
                            else
                                delete m.allocationId;
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
             * Decodes a MigrateAllocation message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.MigrateAllocation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.MigrateAllocation & arrow.cluster.MigrateAllocation.$Shape} MigrateAllocation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MigrateAllocation.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MigrateAllocation message.
             * @function verify
             * @memberof arrow.cluster.MigrateAllocation
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MigrateAllocation.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.allocationId != null && $Object.hasOwnProperty.call(m, "allocationId")) {
                    if (!$util.isString(m.allocationId))
                        return "allocationId: string expected";
                }
                if (m.to != null && $Object.hasOwnProperty.call(m, "to")) {
                    if (!$util.isString(m.to))
                        return "to: string expected";
                }
                return null;
            };

            /**
             * Creates a MigrateAllocation message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.MigrateAllocation
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.MigrateAllocation} MigrateAllocation
             */
            MigrateAllocation.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.MigrateAllocation)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.MigrateAllocation: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.MigrateAllocation();
                if (d.allocationId != null) {
                    if (typeof d.allocationId !== "string" || d.allocationId.length) {
                        m.allocationId = $String(d.allocationId);
                    }
                }
                if (d.to != null) {
                    if (typeof d.to !== "string" || d.to.length) {
                        m.to = $String(d.to);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a MigrateAllocation message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.MigrateAllocation
             * @static
             * @param {arrow.cluster.MigrateAllocation} m MigrateAllocation
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MigrateAllocation.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.allocationId = "";
                    d.to = "";
                }
                if (m.allocationId != null && $Object.hasOwnProperty.call(m, "allocationId")) {
                    d.allocationId = m.allocationId;
                }
                if (m.to != null && $Object.hasOwnProperty.call(m, "to")) {
                    d.to = m.to;
                }
                return d;
            };

            /**
             * Converts this MigrateAllocation to JSON.
             * @function toJSON
             * @memberof arrow.cluster.MigrateAllocation
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MigrateAllocation.prototype.toJSON = function() {
                return MigrateAllocation.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MigrateAllocation
             * @function getTypeUrl
             * @memberof arrow.cluster.MigrateAllocation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MigrateAllocation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.MigrateAllocation";
            };

            return MigrateAllocation;
        })();

        cluster.Command = (function() {

            /**
             * Properties of a Command.
             * @typedef {Object} arrow.cluster.Command.$Properties
             * @property {number|null} [timeMs] Command timeMs
             * @property {arrow.cluster.RegisterNode.$Properties|null} [registerNode] Command registerNode
             * @property {arrow.cluster.SetNodeStatus.$Properties|null} [setNodeStatus] Command setNodeStatus
             * @property {arrow.cluster.SetEligibility.$Properties|null} [setEligibility] Command setEligibility
             * @property {arrow.cluster.StartDrain.$Properties|null} [startDrain] Command startDrain
             * @property {arrow.cluster.PickForDrain.$Properties|null} [pickForDrain] Command pickForDrain
             * @property {arrow.cluster.PutArrow.$Properties|null} [putArrow] Command putArrow
             * @property {arrow.cluster.StopArrow.$Properties|null} [stopArrow] Command stopArrow
             * @property {arrow.cluster.CommitPlans.$Properties|null} [commitPlans] Command commitPlans
             * @property {arrow.cluster.UpdateAllocations.$Properties|null} [updateAllocations] Command updateAllocations
             * @property {arrow.cluster.SetHolders.$Properties|null} [setHolders] Command setHolders
             * @property {arrow.cluster.TagArtifact.$Properties|null} [tagArtifact] Command tagArtifact
             * @property {arrow.cluster.SetVolumeHolders.$Properties|null} [setVolumeHolders] Command setVolumeHolders
             * @property {arrow.cluster.SetVolumeReplicas.$Properties|null} [setVolumeReplicas] Command setVolumeReplicas
             * @property {arrow.cluster.MigrateAllocation.$Properties|null} [migrateAllocation] Command migrateAllocation
             * @property {"registerNode"|"setNodeStatus"|"setEligibility"|"startDrain"|"pickForDrain"|"putArrow"|"stopArrow"|"commitPlans"|"updateAllocations"|"setHolders"|"tagArtifact"|"setVolumeHolders"|"setVolumeReplicas"|"migrateAllocation"} [op] Command op
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Command.
             * @memberof arrow.cluster
             * @interface ICommand
             * @augments arrow.cluster.Command.$Properties
             * @deprecated Use arrow.cluster.Command.$Properties instead.
             */

            /**
             * Narrowed shape of a Command.
             * @typedef {{
             *   timeMs?: number|null;
             *   registerNode?: arrow.cluster.RegisterNode.$Shape|null;
             *   setNodeStatus?: arrow.cluster.SetNodeStatus.$Shape|null;
             *   setEligibility?: arrow.cluster.SetEligibility.$Shape|null;
             *   startDrain?: arrow.cluster.StartDrain.$Shape|null;
             *   pickForDrain?: arrow.cluster.PickForDrain.$Shape|null;
             *   putArrow?: arrow.cluster.PutArrow.$Shape|null;
             *   stopArrow?: arrow.cluster.StopArrow.$Shape|null;
             *   commitPlans?: arrow.cluster.CommitPlans.$Shape|null;
             *   updateAllocations?: arrow.cluster.UpdateAllocations.$Shape|null;
             *   setHolders?: arrow.cluster.SetHolders.$Shape|null;
             *   tagArtifact?: arrow.cluster.TagArtifact.$Shape|null;
             *   setVolumeHolders?: arrow.cluster.SetVolumeHolders.$Shape|null;
             *   setVolumeReplicas?: arrow.cluster.SetVolumeReplicas.$Shape|null;
             *   migrateAllocation?: arrow.cluster.MigrateAllocation.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ op?: undefined; registerNode?: null; setNodeStatus?: null; setEligibility?: null; startDrain?: null; pickForDrain?: null; putArrow?: null; stopArrow?: null; commitPlans?: null; updateAllocations?: null; setHolders?: null; tagArtifact?: null; setVolumeHolders?: null; setVolumeReplicas?: null; migrateAllocation?: null }|{ op?: "registerNode"; registerNode: arrow.cluster.RegisterNode.$Shape; setNodeStatus?: null; setEligibility?: null; startDrain?: null; pickForDrain?: null; putArrow?: null; stopArrow?: null; commitPlans?: null; updateAllocations?: null; setHolders?: null; tagArtifact?: null; setVolumeHolders?: null; setVolumeReplicas?: null; migrateAllocation?: null }|{ op?: "setNodeStatus"; registerNode?: null; setNodeStatus: arrow.cluster.SetNodeStatus.$Shape; setEligibility?: null; startDrain?: null; pickForDrain?: null; putArrow?: null; stopArrow?: null; commitPlans?: null; updateAllocations?: null; setHolders?: null; tagArtifact?: null; setVolumeHolders?: null; setVolumeReplicas?: null; migrateAllocation?: null }|{ op?: "setEligibility"; registerNode?: null; setNodeStatus?: null; setEligibility: arrow.cluster.SetEligibility.$Shape; startDrain?: null; pickForDrain?: null; putArrow?: null; stopArrow?: null; commitPlans?: null; updateAllocations?: null; setHolders?: null; tagArtifact?: null; setVolumeHolders?: null; setVolumeReplicas?: null; migrateAllocation?: null }|{ op?: "startDrain"; registerNode?: null; setNodeStatus?: null; setEligibility?: null; startDrain: arrow.cluster.StartDrain.$Shape; pickForDrain?: null; putArrow?: null; stopArrow?: null; commitPlans?: null; updateAllocations?: null; setHolders?: null; tagArtifact?: null; setVolumeHolders?: null; setVolumeReplicas?: null; migrateAllocation?: null }|{ op?: "pickForDrain"; registerNode?: null; setNodeStatus?: null; setEligibility?: null; startDrain?: null; pickForDrain: arrow.cluster.PickForDrain.$Shape; putArrow?: null; stopArrow?: null; commitPlans?: null; updateAllocations?: null; setHolders?: null; tagArtifact?: null; setVolumeHolders?: null; setVolumeReplicas?: null; migrateAllocation?: null }|{ op?: "putArrow"; registerNode?: null; setNodeStatus?: null; setEligibility?: null; startDrain?: null; pickForDrain?: null; putArrow: arrow.cluster.PutArrow.$Shape; stopArrow?: null; commitPlans?: null; updateAllocations?: null; setHolders?: null; tagArtifact?: null; setVolumeHolders?: null; setVolumeReplicas?: null; migrateAllocation?: null }|{ op?: "stopArrow"; registerNode?: null; setNodeStatus?: null; setEligibility?: null; startDrain?: null; pickForDrain?: null; putArrow?: null; stopArrow: arrow.cluster.StopArrow.$Shape; commitPlans?: null; updateAllocations?: null; setHolders?: null; tagArtifact?: null; setVolumeHolders?: null; setVolumeReplicas?: null; migrateAllocation?: null }|{ op?: "commitPlans"; registerNode?: null; setNodeStatus?: null; setEligibility?: null; startDrain?: null; pickForDrain?: null; putArrow?: null; stopArrow?: null; commitPlans: arrow.cluster.CommitPlans.$Shape; updateAllocations?: null; setHolders?: null; tagArtifact?: null; setVolumeHolders?: null; setVolumeReplicas?: null; migrateAllocation?: null }|{ op?: "updateAllocations"; registerNode?: null; setNodeStatus?: null; setEligibility?: null; startDrain?: null; pickForDrain?: null; putArrow?: null; stopArrow?: null; commitPlans?: null; updateAllocations: arrow.cluster.UpdateAllocations.$Shape; setHolders?: null; tagArtifact?: null; setVolumeHolders?: null; setVolumeReplicas?: null; migrateAllocation?: null }|{ op?: "setHolders"; registerNode?: null; setNodeStatus?: null; setEligibility?: null; startDrain?: null; pickForDrain?: null; putArrow?: null; stopArrow?: null; commitPlans?: null; updateAllocations?: null; setHolders: arrow.cluster.SetHolders.$Shape; tagArtifact?: null; setVolumeHolders?: null; setVolumeReplicas?: null; migrateAllocation?: null }|{ op?: "tagArtifact"; registerNode?: null; setNodeStatus?: null; setEligibility?: null; startDrain?: null; pickForDrain?: null; putArrow?: null; stopArrow?: null; commitPlans?: null; updateAllocations?: null; setHolders?: null; tagArtifact: arrow.cluster.TagArtifact.$Shape; setVolumeHolders?: null; setVolumeReplicas?: null; migrateAllocation?: null }|{ op?: "setVolumeHolders"; registerNode?: null; setNodeStatus?: null; setEligibility?: null; startDrain?: null; pickForDrain?: null; putArrow?: null; stopArrow?: null; commitPlans?: null; updateAllocations?: null; setHolders?: null; tagArtifact?: null; setVolumeHolders: arrow.cluster.SetVolumeHolders.$Shape; setVolumeReplicas?: null; migrateAllocation?: null }|{ op?: "setVolumeReplicas"; registerNode?: null; setNodeStatus?: null; setEligibility?: null; startDrain?: null; pickForDrain?: null; putArrow?: null; stopArrow?: null; commitPlans?: null; updateAllocations?: null; setHolders?: null; tagArtifact?: null; setVolumeHolders?: null; setVolumeReplicas: arrow.cluster.SetVolumeReplicas.$Shape; migrateAllocation?: null }|{ op?: "migrateAllocation"; registerNode?: null; setNodeStatus?: null; setEligibility?: null; startDrain?: null; pickForDrain?: null; putArrow?: null; stopArrow?: null; commitPlans?: null; updateAllocations?: null; setHolders?: null; tagArtifact?: null; setVolumeHolders?: null; setVolumeReplicas?: null; migrateAllocation: arrow.cluster.MigrateAllocation.$Shape })
             * )} arrow.cluster.Command.$Shape
             */

            /**
             * Constructs a new Command.
             * @memberof arrow.cluster
             * @classdesc Represents a Command.
             * @constructor
             * @param {arrow.cluster.Command.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Command = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Command timeMs.
             * @member {number} timeMs
             * @memberof arrow.cluster.Command
             * @instance
             */
            Command.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Command registerNode.
             * @member {arrow.cluster.RegisterNode.$Properties|null|undefined} registerNode
             * @memberof arrow.cluster.Command
             * @instance
             */
            Command.prototype.registerNode = null;

            /**
             * Command setNodeStatus.
             * @member {arrow.cluster.SetNodeStatus.$Properties|null|undefined} setNodeStatus
             * @memberof arrow.cluster.Command
             * @instance
             */
            Command.prototype.setNodeStatus = null;

            /**
             * Command setEligibility.
             * @member {arrow.cluster.SetEligibility.$Properties|null|undefined} setEligibility
             * @memberof arrow.cluster.Command
             * @instance
             */
            Command.prototype.setEligibility = null;

            /**
             * Command startDrain.
             * @member {arrow.cluster.StartDrain.$Properties|null|undefined} startDrain
             * @memberof arrow.cluster.Command
             * @instance
             */
            Command.prototype.startDrain = null;

            /**
             * Command pickForDrain.
             * @member {arrow.cluster.PickForDrain.$Properties|null|undefined} pickForDrain
             * @memberof arrow.cluster.Command
             * @instance
             */
            Command.prototype.pickForDrain = null;

            /**
             * Command putArrow.
             * @member {arrow.cluster.PutArrow.$Properties|null|undefined} putArrow
             * @memberof arrow.cluster.Command
             * @instance
             */
            Command.prototype.putArrow = null;

            /**
             * Command stopArrow.
             * @member {arrow.cluster.StopArrow.$Properties|null|undefined} stopArrow
             * @memberof arrow.cluster.Command
             * @instance
             */
            Command.prototype.stopArrow = null;

            /**
             * Command commitPlans.
             * @member {arrow.cluster.CommitPlans.$Properties|null|undefined} commitPlans
             * @memberof arrow.cluster.Command
             * @instance
             */
            Command.prototype.commitPlans = null;

            /**
             * Command updateAllocations.
             * @member {arrow.cluster.UpdateAllocations.$Properties|null|undefined} updateAllocations
             * @memberof arrow.cluster.Command
             * @instance
             */
            Command.prototype.updateAllocations = null;

            /**
             * Command setHolders.
             * @member {arrow.cluster.SetHolders.$Properties|null|undefined} setHolders
             * @memberof arrow.cluster.Command
             * @instance
             */
            Command.prototype.setHolders = null;

            /**
             * Command tagArtifact.
             * @member {arrow.cluster.TagArtifact.$Properties|null|undefined} tagArtifact
             * @memberof arrow.cluster.Command
             * @instance
             */
            Command.prototype.tagArtifact = null;

            /**
             * Command setVolumeHolders.
             * @member {arrow.cluster.SetVolumeHolders.$Properties|null|undefined} setVolumeHolders
             * @memberof arrow.cluster.Command
             * @instance
             */
            Command.prototype.setVolumeHolders = null;

            /**
             * Command setVolumeReplicas.
             * @member {arrow.cluster.SetVolumeReplicas.$Properties|null|undefined} setVolumeReplicas
             * @memberof arrow.cluster.Command
             * @instance
             */
            Command.prototype.setVolumeReplicas = null;

            /**
             * Command migrateAllocation.
             * @member {arrow.cluster.MigrateAllocation.$Properties|null|undefined} migrateAllocation
             * @memberof arrow.cluster.Command
             * @instance
             */
            Command.prototype.migrateAllocation = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Command op.
             * @member {"registerNode"|"setNodeStatus"|"setEligibility"|"startDrain"|"pickForDrain"|"putArrow"|"stopArrow"|"commitPlans"|"updateAllocations"|"setHolders"|"tagArtifact"|"setVolumeHolders"|"setVolumeReplicas"|"migrateAllocation"|undefined} op
             * @memberof arrow.cluster.Command
             * @instance
             */
            $Object.defineProperty(Command.prototype, "op", {
                get: $util.oneOfGetter($oneOfFields = ["registerNode", "setNodeStatus", "setEligibility", "startDrain", "pickForDrain", "putArrow", "stopArrow", "commitPlans", "updateAllocations", "setHolders", "tagArtifact", "setVolumeHolders", "setVolumeReplicas", "migrateAllocation"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Command instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.Command
             * @static
             * @param {arrow.cluster.Command.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.Command} Command instance
             * @type {{
             *   (properties: arrow.cluster.Command.$Shape): arrow.cluster.Command & arrow.cluster.Command.$Shape;
             *   (properties?: arrow.cluster.Command.$Properties): arrow.cluster.Command;
             * }}
             */
            Command.create = function(properties) {
                return new Command(properties);
            };

            /**
             * Encodes the specified Command message. Does not implicitly {@link arrow.cluster.Command.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.Command
             * @static
             * @param {arrow.cluster.Command.$Properties} m Command message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Command.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.timeMs);
                if (m.registerNode != null && $Object.hasOwnProperty.call(m, "registerNode"))
                    $root.arrow.cluster.RegisterNode.encode(m.registerNode, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.setNodeStatus != null && $Object.hasOwnProperty.call(m, "setNodeStatus"))
                    $root.arrow.cluster.SetNodeStatus.encode(m.setNodeStatus, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.setEligibility != null && $Object.hasOwnProperty.call(m, "setEligibility"))
                    $root.arrow.cluster.SetEligibility.encode(m.setEligibility, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.startDrain != null && $Object.hasOwnProperty.call(m, "startDrain"))
                    $root.arrow.cluster.StartDrain.encode(m.startDrain, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.pickForDrain != null && $Object.hasOwnProperty.call(m, "pickForDrain"))
                    $root.arrow.cluster.PickForDrain.encode(m.pickForDrain, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (m.putArrow != null && $Object.hasOwnProperty.call(m, "putArrow"))
                    $root.arrow.cluster.PutArrow.encode(m.putArrow, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (m.stopArrow != null && $Object.hasOwnProperty.call(m, "stopArrow"))
                    $root.arrow.cluster.StopArrow.encode(m.stopArrow, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (m.commitPlans != null && $Object.hasOwnProperty.call(m, "commitPlans"))
                    $root.arrow.cluster.CommitPlans.encode(m.commitPlans, w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (m.updateAllocations != null && $Object.hasOwnProperty.call(m, "updateAllocations"))
                    $root.arrow.cluster.UpdateAllocations.encode(m.updateAllocations, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (m.setHolders != null && $Object.hasOwnProperty.call(m, "setHolders"))
                    $root.arrow.cluster.SetHolders.encode(m.setHolders, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.tagArtifact != null && $Object.hasOwnProperty.call(m, "tagArtifact"))
                    $root.arrow.cluster.TagArtifact.encode(m.tagArtifact, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (m.setVolumeHolders != null && $Object.hasOwnProperty.call(m, "setVolumeHolders"))
                    $root.arrow.cluster.SetVolumeHolders.encode(m.setVolumeHolders, w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (m.setVolumeReplicas != null && $Object.hasOwnProperty.call(m, "setVolumeReplicas"))
                    $root.arrow.cluster.SetVolumeReplicas.encode(m.setVolumeReplicas, w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (m.migrateAllocation != null && $Object.hasOwnProperty.call(m, "migrateAllocation"))
                    $root.arrow.cluster.MigrateAllocation.encode(m.migrateAllocation, w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Command message, length delimited. Does not implicitly {@link arrow.cluster.Command.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.Command
             * @static
             * @param {arrow.cluster.Command.$Properties} message Command message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Command.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.Command
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.Command & arrow.cluster.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Command.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.cluster.Command();
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
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeMs = v;
                            else
                                delete m.timeMs;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.registerNode = $root.arrow.cluster.RegisterNode.decode(r, r.size(), $undefined, q + 1, m.registerNode);
                            m.op = "registerNode";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.setNodeStatus = $root.arrow.cluster.SetNodeStatus.decode(r, r.size(), $undefined, q + 1, m.setNodeStatus);
                            m.op = "setNodeStatus";
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.setEligibility = $root.arrow.cluster.SetEligibility.decode(r, r.size(), $undefined, q + 1, m.setEligibility);
                            m.op = "setEligibility";
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.startDrain = $root.arrow.cluster.StartDrain.decode(r, r.size(), $undefined, q + 1, m.startDrain);
                            m.op = "startDrain";
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.pickForDrain = $root.arrow.cluster.PickForDrain.decode(r, r.size(), $undefined, q + 1, m.pickForDrain);
                            m.op = "pickForDrain";
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.putArrow = $root.arrow.cluster.PutArrow.decode(r, r.size(), $undefined, q + 1, m.putArrow);
                            m.op = "putArrow";
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.stopArrow = $root.arrow.cluster.StopArrow.decode(r, r.size(), $undefined, q + 1, m.stopArrow);
                            m.op = "stopArrow";
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            m.commitPlans = $root.arrow.cluster.CommitPlans.decode(r, r.size(), $undefined, q + 1, m.commitPlans);
                            m.op = "commitPlans";
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            m.updateAllocations = $root.arrow.cluster.UpdateAllocations.decode(r, r.size(), $undefined, q + 1, m.updateAllocations);
                            m.op = "updateAllocations";
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.setHolders = $root.arrow.cluster.SetHolders.decode(r, r.size(), $undefined, q + 1, m.setHolders);
                            m.op = "setHolders";
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.tagArtifact = $root.arrow.cluster.TagArtifact.decode(r, r.size(), $undefined, q + 1, m.tagArtifact);
                            m.op = "tagArtifact";
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            m.setVolumeHolders = $root.arrow.cluster.SetVolumeHolders.decode(r, r.size(), $undefined, q + 1, m.setVolumeHolders);
                            m.op = "setVolumeHolders";
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            m.setVolumeReplicas = $root.arrow.cluster.SetVolumeReplicas.decode(r, r.size(), $undefined, q + 1, m.setVolumeReplicas);
                            m.op = "setVolumeReplicas";
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.migrateAllocation = $root.arrow.cluster.MigrateAllocation.decode(r, r.size(), $undefined, q + 1, m.migrateAllocation);
                            m.op = "migrateAllocation";
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
             * Decodes a Command message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.cluster.Command
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.Command & arrow.cluster.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Command.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Command message.
             * @function verify
             * @memberof arrow.cluster.Command
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Command.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                        return "timeMs: integer|Long expected";
                }
                if (m.registerNode != null && $Object.hasOwnProperty.call(m, "registerNode")) {
                    p.op = 1;
                    {
                        var e = $root.arrow.cluster.RegisterNode.verify(m.registerNode, q + 1);
                        if (e)
                            return "registerNode." + e;
                    }
                }
                if (m.setNodeStatus != null && $Object.hasOwnProperty.call(m, "setNodeStatus")) {
                    if (p.op === 1)
                        return "op: multiple values";
                    p.op = 1;
                    {
                        var e = $root.arrow.cluster.SetNodeStatus.verify(m.setNodeStatus, q + 1);
                        if (e)
                            return "setNodeStatus." + e;
                    }
                }
                if (m.setEligibility != null && $Object.hasOwnProperty.call(m, "setEligibility")) {
                    if (p.op === 1)
                        return "op: multiple values";
                    p.op = 1;
                    {
                        var e = $root.arrow.cluster.SetEligibility.verify(m.setEligibility, q + 1);
                        if (e)
                            return "setEligibility." + e;
                    }
                }
                if (m.startDrain != null && $Object.hasOwnProperty.call(m, "startDrain")) {
                    if (p.op === 1)
                        return "op: multiple values";
                    p.op = 1;
                    {
                        var e = $root.arrow.cluster.StartDrain.verify(m.startDrain, q + 1);
                        if (e)
                            return "startDrain." + e;
                    }
                }
                if (m.pickForDrain != null && $Object.hasOwnProperty.call(m, "pickForDrain")) {
                    if (p.op === 1)
                        return "op: multiple values";
                    p.op = 1;
                    {
                        var e = $root.arrow.cluster.PickForDrain.verify(m.pickForDrain, q + 1);
                        if (e)
                            return "pickForDrain." + e;
                    }
                }
                if (m.putArrow != null && $Object.hasOwnProperty.call(m, "putArrow")) {
                    if (p.op === 1)
                        return "op: multiple values";
                    p.op = 1;
                    {
                        var e = $root.arrow.cluster.PutArrow.verify(m.putArrow, q + 1);
                        if (e)
                            return "putArrow." + e;
                    }
                }
                if (m.stopArrow != null && $Object.hasOwnProperty.call(m, "stopArrow")) {
                    if (p.op === 1)
                        return "op: multiple values";
                    p.op = 1;
                    {
                        var e = $root.arrow.cluster.StopArrow.verify(m.stopArrow, q + 1);
                        if (e)
                            return "stopArrow." + e;
                    }
                }
                if (m.commitPlans != null && $Object.hasOwnProperty.call(m, "commitPlans")) {
                    if (p.op === 1)
                        return "op: multiple values";
                    p.op = 1;
                    {
                        var e = $root.arrow.cluster.CommitPlans.verify(m.commitPlans, q + 1);
                        if (e)
                            return "commitPlans." + e;
                    }
                }
                if (m.updateAllocations != null && $Object.hasOwnProperty.call(m, "updateAllocations")) {
                    if (p.op === 1)
                        return "op: multiple values";
                    p.op = 1;
                    {
                        var e = $root.arrow.cluster.UpdateAllocations.verify(m.updateAllocations, q + 1);
                        if (e)
                            return "updateAllocations." + e;
                    }
                }
                if (m.setHolders != null && $Object.hasOwnProperty.call(m, "setHolders")) {
                    if (p.op === 1)
                        return "op: multiple values";
                    p.op = 1;
                    {
                        var e = $root.arrow.cluster.SetHolders.verify(m.setHolders, q + 1);
                        if (e)
                            return "setHolders." + e;
                    }
                }
                if (m.tagArtifact != null && $Object.hasOwnProperty.call(m, "tagArtifact")) {
                    if (p.op === 1)
                        return "op: multiple values";
                    p.op = 1;
                    {
                        var e = $root.arrow.cluster.TagArtifact.verify(m.tagArtifact, q + 1);
                        if (e)
                            return "tagArtifact." + e;
                    }
                }
                if (m.setVolumeHolders != null && $Object.hasOwnProperty.call(m, "setVolumeHolders")) {
                    if (p.op === 1)
                        return "op: multiple values";
                    p.op = 1;
                    {
                        var e = $root.arrow.cluster.SetVolumeHolders.verify(m.setVolumeHolders, q + 1);
                        if (e)
                            return "setVolumeHolders." + e;
                    }
                }
                if (m.setVolumeReplicas != null && $Object.hasOwnProperty.call(m, "setVolumeReplicas")) {
                    if (p.op === 1)
                        return "op: multiple values";
                    p.op = 1;
                    {
                        var e = $root.arrow.cluster.SetVolumeReplicas.verify(m.setVolumeReplicas, q + 1);
                        if (e)
                            return "setVolumeReplicas." + e;
                    }
                }
                if (m.migrateAllocation != null && $Object.hasOwnProperty.call(m, "migrateAllocation")) {
                    if (p.op === 1)
                        return "op: multiple values";
                    p.op = 1;
                    {
                        var e = $root.arrow.cluster.MigrateAllocation.verify(m.migrateAllocation, q + 1);
                        if (e)
                            return "migrateAllocation." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a Command message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.Command
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.Command} Command
             */
            Command.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.Command)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.Command: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.Command();
                if (d.timeMs != null) {
                    if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                        if ($util.Long)
                            m.timeMs = $util.Long.fromValue(d.timeMs, false);
                        else if (typeof d.timeMs === "string")
                            m.timeMs = $parseInt(d.timeMs, 10);
                        else if (typeof d.timeMs === "number")
                            m.timeMs = d.timeMs;
                        else if (typeof d.timeMs === "object")
                            m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber();
                    }
                }
                if (d.registerNode != null) {
                    if (!$util.isObject(d.registerNode))
                        throw $TypeError(".arrow.cluster.Command.registerNode: object expected");
                    m.registerNode = $root.arrow.cluster.RegisterNode.fromObject(d.registerNode, q + 1);
                }
                if (d.setNodeStatus != null) {
                    if (!$util.isObject(d.setNodeStatus))
                        throw $TypeError(".arrow.cluster.Command.setNodeStatus: object expected");
                    m.setNodeStatus = $root.arrow.cluster.SetNodeStatus.fromObject(d.setNodeStatus, q + 1);
                }
                if (d.setEligibility != null) {
                    if (!$util.isObject(d.setEligibility))
                        throw $TypeError(".arrow.cluster.Command.setEligibility: object expected");
                    m.setEligibility = $root.arrow.cluster.SetEligibility.fromObject(d.setEligibility, q + 1);
                }
                if (d.startDrain != null) {
                    if (!$util.isObject(d.startDrain))
                        throw $TypeError(".arrow.cluster.Command.startDrain: object expected");
                    m.startDrain = $root.arrow.cluster.StartDrain.fromObject(d.startDrain, q + 1);
                }
                if (d.pickForDrain != null) {
                    if (!$util.isObject(d.pickForDrain))
                        throw $TypeError(".arrow.cluster.Command.pickForDrain: object expected");
                    m.pickForDrain = $root.arrow.cluster.PickForDrain.fromObject(d.pickForDrain, q + 1);
                }
                if (d.putArrow != null) {
                    if (!$util.isObject(d.putArrow))
                        throw $TypeError(".arrow.cluster.Command.putArrow: object expected");
                    m.putArrow = $root.arrow.cluster.PutArrow.fromObject(d.putArrow, q + 1);
                }
                if (d.stopArrow != null) {
                    if (!$util.isObject(d.stopArrow))
                        throw $TypeError(".arrow.cluster.Command.stopArrow: object expected");
                    m.stopArrow = $root.arrow.cluster.StopArrow.fromObject(d.stopArrow, q + 1);
                }
                if (d.commitPlans != null) {
                    if (!$util.isObject(d.commitPlans))
                        throw $TypeError(".arrow.cluster.Command.commitPlans: object expected");
                    m.commitPlans = $root.arrow.cluster.CommitPlans.fromObject(d.commitPlans, q + 1);
                }
                if (d.updateAllocations != null) {
                    if (!$util.isObject(d.updateAllocations))
                        throw $TypeError(".arrow.cluster.Command.updateAllocations: object expected");
                    m.updateAllocations = $root.arrow.cluster.UpdateAllocations.fromObject(d.updateAllocations, q + 1);
                }
                if (d.setHolders != null) {
                    if (!$util.isObject(d.setHolders))
                        throw $TypeError(".arrow.cluster.Command.setHolders: object expected");
                    m.setHolders = $root.arrow.cluster.SetHolders.fromObject(d.setHolders, q + 1);
                }
                if (d.tagArtifact != null) {
                    if (!$util.isObject(d.tagArtifact))
                        throw $TypeError(".arrow.cluster.Command.tagArtifact: object expected");
                    m.tagArtifact = $root.arrow.cluster.TagArtifact.fromObject(d.tagArtifact, q + 1);
                }
                if (d.setVolumeHolders != null) {
                    if (!$util.isObject(d.setVolumeHolders))
                        throw $TypeError(".arrow.cluster.Command.setVolumeHolders: object expected");
                    m.setVolumeHolders = $root.arrow.cluster.SetVolumeHolders.fromObject(d.setVolumeHolders, q + 1);
                }
                if (d.setVolumeReplicas != null) {
                    if (!$util.isObject(d.setVolumeReplicas))
                        throw $TypeError(".arrow.cluster.Command.setVolumeReplicas: object expected");
                    m.setVolumeReplicas = $root.arrow.cluster.SetVolumeReplicas.fromObject(d.setVolumeReplicas, q + 1);
                }
                if (d.migrateAllocation != null) {
                    if (!$util.isObject(d.migrateAllocation))
                        throw $TypeError(".arrow.cluster.Command.migrateAllocation: object expected");
                    m.migrateAllocation = $root.arrow.cluster.MigrateAllocation.fromObject(d.migrateAllocation, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Command message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.Command
             * @static
             * @param {arrow.cluster.Command} m Command
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Command.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.timeMs === "number")
                        d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                    else
                        d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
                }
                if (m.registerNode != null && $Object.hasOwnProperty.call(m, "registerNode")) {
                    d.registerNode = $root.arrow.cluster.RegisterNode.toObject(m.registerNode, o, q + 1);
                    if (o.oneofs)
                        d.op = "registerNode";
                }
                if (m.setNodeStatus != null && $Object.hasOwnProperty.call(m, "setNodeStatus")) {
                    d.setNodeStatus = $root.arrow.cluster.SetNodeStatus.toObject(m.setNodeStatus, o, q + 1);
                    if (o.oneofs)
                        d.op = "setNodeStatus";
                }
                if (m.setEligibility != null && $Object.hasOwnProperty.call(m, "setEligibility")) {
                    d.setEligibility = $root.arrow.cluster.SetEligibility.toObject(m.setEligibility, o, q + 1);
                    if (o.oneofs)
                        d.op = "setEligibility";
                }
                if (m.startDrain != null && $Object.hasOwnProperty.call(m, "startDrain")) {
                    d.startDrain = $root.arrow.cluster.StartDrain.toObject(m.startDrain, o, q + 1);
                    if (o.oneofs)
                        d.op = "startDrain";
                }
                if (m.pickForDrain != null && $Object.hasOwnProperty.call(m, "pickForDrain")) {
                    d.pickForDrain = $root.arrow.cluster.PickForDrain.toObject(m.pickForDrain, o, q + 1);
                    if (o.oneofs)
                        d.op = "pickForDrain";
                }
                if (m.putArrow != null && $Object.hasOwnProperty.call(m, "putArrow")) {
                    d.putArrow = $root.arrow.cluster.PutArrow.toObject(m.putArrow, o, q + 1);
                    if (o.oneofs)
                        d.op = "putArrow";
                }
                if (m.stopArrow != null && $Object.hasOwnProperty.call(m, "stopArrow")) {
                    d.stopArrow = $root.arrow.cluster.StopArrow.toObject(m.stopArrow, o, q + 1);
                    if (o.oneofs)
                        d.op = "stopArrow";
                }
                if (m.commitPlans != null && $Object.hasOwnProperty.call(m, "commitPlans")) {
                    d.commitPlans = $root.arrow.cluster.CommitPlans.toObject(m.commitPlans, o, q + 1);
                    if (o.oneofs)
                        d.op = "commitPlans";
                }
                if (m.updateAllocations != null && $Object.hasOwnProperty.call(m, "updateAllocations")) {
                    d.updateAllocations = $root.arrow.cluster.UpdateAllocations.toObject(m.updateAllocations, o, q + 1);
                    if (o.oneofs)
                        d.op = "updateAllocations";
                }
                if (m.setHolders != null && $Object.hasOwnProperty.call(m, "setHolders")) {
                    d.setHolders = $root.arrow.cluster.SetHolders.toObject(m.setHolders, o, q + 1);
                    if (o.oneofs)
                        d.op = "setHolders";
                }
                if (m.tagArtifact != null && $Object.hasOwnProperty.call(m, "tagArtifact")) {
                    d.tagArtifact = $root.arrow.cluster.TagArtifact.toObject(m.tagArtifact, o, q + 1);
                    if (o.oneofs)
                        d.op = "tagArtifact";
                }
                if (m.setVolumeHolders != null && $Object.hasOwnProperty.call(m, "setVolumeHolders")) {
                    d.setVolumeHolders = $root.arrow.cluster.SetVolumeHolders.toObject(m.setVolumeHolders, o, q + 1);
                    if (o.oneofs)
                        d.op = "setVolumeHolders";
                }
                if (m.setVolumeReplicas != null && $Object.hasOwnProperty.call(m, "setVolumeReplicas")) {
                    d.setVolumeReplicas = $root.arrow.cluster.SetVolumeReplicas.toObject(m.setVolumeReplicas, o, q + 1);
                    if (o.oneofs)
                        d.op = "setVolumeReplicas";
                }
                if (m.migrateAllocation != null && $Object.hasOwnProperty.call(m, "migrateAllocation")) {
                    d.migrateAllocation = $root.arrow.cluster.MigrateAllocation.toObject(m.migrateAllocation, o, q + 1);
                    if (o.oneofs)
                        d.op = "migrateAllocation";
                }
                return d;
            };

            /**
             * Converts this Command to JSON.
             * @function toJSON
             * @memberof arrow.cluster.Command
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Command.prototype.toJSON = function() {
                return Command.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Command
             * @function getTypeUrl
             * @memberof arrow.cluster.Command
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Command.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.Command";
            };

            return Command;
        })();

        cluster.Snapshot = (function() {

            /**
             * Properties of a Snapshot.
             * @typedef {Object} arrow.cluster.Snapshot.$Properties
             * @property {number|null} [format] Snapshot format
             * @property {number|null} [index] Snapshot index
             * @property {Array.<arrow.cluster.NodeRecord.$Properties>|null} [nodes] Snapshot nodes
             * @property {Array.<arrow.cluster.ArrowRecord.$Properties>|null} [arrows] Snapshot arrows
             * @property {Array.<arrow.cluster.AllocationRecord.$Properties>|null} [allocations] Snapshot allocations
             * @property {Array.<arrow.cluster.EvaluationRecord.$Properties>|null} [evaluations] Snapshot evaluations
             * @property {Array.<arrow.cluster.ArtifactRecord.$Properties>|null} [artifacts] Snapshot artifacts
             * @property {Array.<arrow.cluster.TagRecord.$Properties>|null} [tags] Snapshot tags
             * @property {Array.<arrow.cluster.VolumeRecord.$Properties>|null} [volumes] Snapshot volumes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Snapshot.
             * @memberof arrow.cluster
             * @interface ISnapshot
             * @augments arrow.cluster.Snapshot.$Properties
             * @deprecated Use arrow.cluster.Snapshot.$Properties instead.
             */

            /**
             * Shape of a Snapshot.
             * @typedef {arrow.cluster.Snapshot.$Properties} arrow.cluster.Snapshot.$Shape
             */

            /**
             * Constructs a new Snapshot.
             * @memberof arrow.cluster
             * @classdesc Represents a Snapshot.
             * @constructor
             * @param {arrow.cluster.Snapshot.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Snapshot = function (p) {
                this.nodes = [];
                this.arrows = [];
                this.allocations = [];
                this.evaluations = [];
                this.artifacts = [];
                this.tags = [];
                this.volumes = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Snapshot format.
             * @member {number} format
             * @memberof arrow.cluster.Snapshot
             * @instance
             */
            Snapshot.prototype.format = 0;

            /**
             * Snapshot index.
             * @member {number} index
             * @memberof arrow.cluster.Snapshot
             * @instance
             */
            Snapshot.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Snapshot nodes.
             * @member {Array.<arrow.cluster.NodeRecord.$Properties>} nodes
             * @memberof arrow.cluster.Snapshot
             * @instance
             */
            Snapshot.prototype.nodes = $util.emptyArray;

            /**
             * Snapshot arrows.
             * @member {Array.<arrow.cluster.ArrowRecord.$Properties>} arrows
             * @memberof arrow.cluster.Snapshot
             * @instance
             */
            Snapshot.prototype.arrows = $util.emptyArray;

            /**
             * Snapshot allocations.
             * @member {Array.<arrow.cluster.AllocationRecord.$Properties>} allocations
             * @memberof arrow.cluster.Snapshot
             * @instance
             */
            Snapshot.prototype.allocations = $util.emptyArray;

            /**
             * Snapshot evaluations.
             * @member {Array.<arrow.cluster.EvaluationRecord.$Properties>} evaluations
             * @memberof arrow.cluster.Snapshot
             * @instance
             */
            Snapshot.prototype.evaluations = $util.emptyArray;

            /**
             * Snapshot artifacts.
             * @member {Array.<arrow.cluster.ArtifactRecord.$Properties>} artifacts
             * @memberof arrow.cluster.Snapshot
             * @instance
             */
            Snapshot.prototype.artifacts = $util.emptyArray;

            /**
             * Snapshot tags.
             * @member {Array.<arrow.cluster.TagRecord.$Properties>} tags
             * @memberof arrow.cluster.Snapshot
             * @instance
             */
            Snapshot.prototype.tags = $util.emptyArray;

            /**
             * Snapshot volumes.
             * @member {Array.<arrow.cluster.VolumeRecord.$Properties>} volumes
             * @memberof arrow.cluster.Snapshot
             * @instance
             */
            Snapshot.prototype.volumes = $util.emptyArray;

            /**
             * Creates a new Snapshot instance using the specified properties.
             * @function create
             * @memberof arrow.cluster.Snapshot
             * @static
             * @param {arrow.cluster.Snapshot.$Properties=} [properties] Properties to set
             * @returns {arrow.cluster.Snapshot} Snapshot instance
             * @type {{
             *   (properties: arrow.cluster.Snapshot.$Shape): arrow.cluster.Snapshot & arrow.cluster.Snapshot.$Shape;
             *   (properties?: arrow.cluster.Snapshot.$Properties): arrow.cluster.Snapshot;
             * }}
             */
            Snapshot.create = function(properties) {
                return new Snapshot(properties);
            };

            /**
             * Encodes the specified Snapshot message. Does not implicitly {@link arrow.cluster.Snapshot.verify|verify} messages.
             * @function encode
             * @memberof arrow.cluster.Snapshot
             * @static
             * @param {arrow.cluster.Snapshot.$Properties} m Snapshot message or plain object to encode
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
                if (m.format != null && $Object.hasOwnProperty.call(m, "format") && m.format !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.format);
                if (m.index != null && $Object.hasOwnProperty.call(m, "index") && (typeof m.index === "object" ? m.index.low || m.index.high : m.index !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.index);
                if (m.nodes != null && m.nodes.length) {
                    for (var i = 0; i < m.nodes.length; ++i)
                        $root.arrow.cluster.NodeRecord.encode(m.nodes[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.arrows != null && m.arrows.length) {
                    for (var i = 0; i < m.arrows.length; ++i)
                        $root.arrow.cluster.ArrowRecord.encode(m.arrows[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                }
                if (m.allocations != null && m.allocations.length) {
                    for (var i = 0; i < m.allocations.length; ++i)
                        $root.arrow.cluster.AllocationRecord.encode(m.allocations[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                }
                if (m.evaluations != null && m.evaluations.length) {
                    for (var i = 0; i < m.evaluations.length; ++i)
                        $root.arrow.cluster.EvaluationRecord.encode(m.evaluations[i], w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                }
                if (m.artifacts != null && m.artifacts.length) {
                    for (var i = 0; i < m.artifacts.length; ++i)
                        $root.arrow.cluster.ArtifactRecord.encode(m.artifacts[i], w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                }
                if (m.tags != null && m.tags.length) {
                    for (var i = 0; i < m.tags.length; ++i)
                        $root.arrow.cluster.TagRecord.encode(m.tags[i], w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                }
                if (m.volumes != null && m.volumes.length) {
                    for (var i = 0; i < m.volumes.length; ++i)
                        $root.arrow.cluster.VolumeRecord.encode(m.volumes[i], w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Snapshot message, length delimited. Does not implicitly {@link arrow.cluster.Snapshot.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.cluster.Snapshot
             * @static
             * @param {arrow.cluster.Snapshot.$Properties} message Snapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Snapshot.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Snapshot message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.cluster.Snapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.cluster.Snapshot & arrow.cluster.Snapshot.$Shape} Snapshot
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
                m = g || new $root.arrow.cluster.Snapshot();
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
                                m.format = v;
                            else
                                delete m.format;
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
                            if (u !== 2)
                                break;
                            if (!(m.nodes && m.nodes.length))
                                m.nodes = [];
                            m.nodes.push($root.arrow.cluster.NodeRecord.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.arrows && m.arrows.length))
                                m.arrows = [];
                            m.arrows.push($root.arrow.cluster.ArrowRecord.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.allocations && m.allocations.length))
                                m.allocations = [];
                            m.allocations.push($root.arrow.cluster.AllocationRecord.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if (!(m.evaluations && m.evaluations.length))
                                m.evaluations = [];
                            m.evaluations.push($root.arrow.cluster.EvaluationRecord.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if (!(m.artifacts && m.artifacts.length))
                                m.artifacts = [];
                            m.artifacts.push($root.arrow.cluster.ArtifactRecord.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if (!(m.tags && m.tags.length))
                                m.tags = [];
                            m.tags.push($root.arrow.cluster.TagRecord.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if (!(m.volumes && m.volumes.length))
                                m.volumes = [];
                            m.volumes.push($root.arrow.cluster.VolumeRecord.decode(r, r.size(), $undefined, q + 1));
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
             * @memberof arrow.cluster.Snapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.cluster.Snapshot & arrow.cluster.Snapshot.$Shape} Snapshot
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
             * @memberof arrow.cluster.Snapshot
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
                if (m.format != null && $Object.hasOwnProperty.call(m, "format")) {
                    if (!$util.isInteger(m.format))
                        return "format: integer expected";
                }
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    if (!$util.isInteger(m.index) && !(m.index && $util.isInteger(m.index.low) && $util.isInteger(m.index.high)))
                        return "index: integer|Long expected";
                }
                if (m.nodes != null && $Object.hasOwnProperty.call(m, "nodes")) {
                    if (!$Array.isArray(m.nodes))
                        return "nodes: array expected";
                    for (var i = 0; i < m.nodes.length; ++i) {
                        {
                            var e = $root.arrow.cluster.NodeRecord.verify(m.nodes[i], q + 1);
                            if (e)
                                return "nodes." + e;
                        }
                    }
                }
                if (m.arrows != null && $Object.hasOwnProperty.call(m, "arrows")) {
                    if (!$Array.isArray(m.arrows))
                        return "arrows: array expected";
                    for (var i = 0; i < m.arrows.length; ++i) {
                        {
                            var e = $root.arrow.cluster.ArrowRecord.verify(m.arrows[i], q + 1);
                            if (e)
                                return "arrows." + e;
                        }
                    }
                }
                if (m.allocations != null && $Object.hasOwnProperty.call(m, "allocations")) {
                    if (!$Array.isArray(m.allocations))
                        return "allocations: array expected";
                    for (var i = 0; i < m.allocations.length; ++i) {
                        {
                            var e = $root.arrow.cluster.AllocationRecord.verify(m.allocations[i], q + 1);
                            if (e)
                                return "allocations." + e;
                        }
                    }
                }
                if (m.evaluations != null && $Object.hasOwnProperty.call(m, "evaluations")) {
                    if (!$Array.isArray(m.evaluations))
                        return "evaluations: array expected";
                    for (var i = 0; i < m.evaluations.length; ++i) {
                        {
                            var e = $root.arrow.cluster.EvaluationRecord.verify(m.evaluations[i], q + 1);
                            if (e)
                                return "evaluations." + e;
                        }
                    }
                }
                if (m.artifacts != null && $Object.hasOwnProperty.call(m, "artifacts")) {
                    if (!$Array.isArray(m.artifacts))
                        return "artifacts: array expected";
                    for (var i = 0; i < m.artifacts.length; ++i) {
                        {
                            var e = $root.arrow.cluster.ArtifactRecord.verify(m.artifacts[i], q + 1);
                            if (e)
                                return "artifacts." + e;
                        }
                    }
                }
                if (m.tags != null && $Object.hasOwnProperty.call(m, "tags")) {
                    if (!$Array.isArray(m.tags))
                        return "tags: array expected";
                    for (var i = 0; i < m.tags.length; ++i) {
                        {
                            var e = $root.arrow.cluster.TagRecord.verify(m.tags[i], q + 1);
                            if (e)
                                return "tags." + e;
                        }
                    }
                }
                if (m.volumes != null && $Object.hasOwnProperty.call(m, "volumes")) {
                    if (!$Array.isArray(m.volumes))
                        return "volumes: array expected";
                    for (var i = 0; i < m.volumes.length; ++i) {
                        {
                            var e = $root.arrow.cluster.VolumeRecord.verify(m.volumes[i], q + 1);
                            if (e)
                                return "volumes." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a Snapshot message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.cluster.Snapshot
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.cluster.Snapshot} Snapshot
             */
            Snapshot.fromObject = function (d, q) {
                if (d instanceof $root.arrow.cluster.Snapshot)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.cluster.Snapshot: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.cluster.Snapshot();
                if (d.format != null) {
                    if ($Number(d.format) !== 0) {
                        m.format = d.format >>> 0;
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
                if (d.nodes) {
                    if (!$Array.isArray(d.nodes))
                        throw $TypeError(".arrow.cluster.Snapshot.nodes: array expected");
                    m.nodes = $Array(d.nodes.length);
                    for (var i = 0; i < d.nodes.length; ++i) {
                        if (!$util.isObject(d.nodes[i]))
                            throw $TypeError(".arrow.cluster.Snapshot.nodes: object expected");
                        m.nodes[i] = $root.arrow.cluster.NodeRecord.fromObject(d.nodes[i], q + 1);
                    }
                }
                if (d.arrows) {
                    if (!$Array.isArray(d.arrows))
                        throw $TypeError(".arrow.cluster.Snapshot.arrows: array expected");
                    m.arrows = $Array(d.arrows.length);
                    for (var i = 0; i < d.arrows.length; ++i) {
                        if (!$util.isObject(d.arrows[i]))
                            throw $TypeError(".arrow.cluster.Snapshot.arrows: object expected");
                        m.arrows[i] = $root.arrow.cluster.ArrowRecord.fromObject(d.arrows[i], q + 1);
                    }
                }
                if (d.allocations) {
                    if (!$Array.isArray(d.allocations))
                        throw $TypeError(".arrow.cluster.Snapshot.allocations: array expected");
                    m.allocations = $Array(d.allocations.length);
                    for (var i = 0; i < d.allocations.length; ++i) {
                        if (!$util.isObject(d.allocations[i]))
                            throw $TypeError(".arrow.cluster.Snapshot.allocations: object expected");
                        m.allocations[i] = $root.arrow.cluster.AllocationRecord.fromObject(d.allocations[i], q + 1);
                    }
                }
                if (d.evaluations) {
                    if (!$Array.isArray(d.evaluations))
                        throw $TypeError(".arrow.cluster.Snapshot.evaluations: array expected");
                    m.evaluations = $Array(d.evaluations.length);
                    for (var i = 0; i < d.evaluations.length; ++i) {
                        if (!$util.isObject(d.evaluations[i]))
                            throw $TypeError(".arrow.cluster.Snapshot.evaluations: object expected");
                        m.evaluations[i] = $root.arrow.cluster.EvaluationRecord.fromObject(d.evaluations[i], q + 1);
                    }
                }
                if (d.artifacts) {
                    if (!$Array.isArray(d.artifacts))
                        throw $TypeError(".arrow.cluster.Snapshot.artifacts: array expected");
                    m.artifacts = $Array(d.artifacts.length);
                    for (var i = 0; i < d.artifacts.length; ++i) {
                        if (!$util.isObject(d.artifacts[i]))
                            throw $TypeError(".arrow.cluster.Snapshot.artifacts: object expected");
                        m.artifacts[i] = $root.arrow.cluster.ArtifactRecord.fromObject(d.artifacts[i], q + 1);
                    }
                }
                if (d.tags) {
                    if (!$Array.isArray(d.tags))
                        throw $TypeError(".arrow.cluster.Snapshot.tags: array expected");
                    m.tags = $Array(d.tags.length);
                    for (var i = 0; i < d.tags.length; ++i) {
                        if (!$util.isObject(d.tags[i]))
                            throw $TypeError(".arrow.cluster.Snapshot.tags: object expected");
                        m.tags[i] = $root.arrow.cluster.TagRecord.fromObject(d.tags[i], q + 1);
                    }
                }
                if (d.volumes) {
                    if (!$Array.isArray(d.volumes))
                        throw $TypeError(".arrow.cluster.Snapshot.volumes: array expected");
                    m.volumes = $Array(d.volumes.length);
                    for (var i = 0; i < d.volumes.length; ++i) {
                        if (!$util.isObject(d.volumes[i]))
                            throw $TypeError(".arrow.cluster.Snapshot.volumes: object expected");
                        m.volumes[i] = $root.arrow.cluster.VolumeRecord.fromObject(d.volumes[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Snapshot message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.cluster.Snapshot
             * @static
             * @param {arrow.cluster.Snapshot} m Snapshot
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
                if (o.arrays || o.defaults) {
                    d.nodes = [];
                    d.arrows = [];
                    d.allocations = [];
                    d.evaluations = [];
                    d.artifacts = [];
                    d.tags = [];
                    d.volumes = [];
                }
                if (o.defaults) {
                    d.format = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.index = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.index = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.format != null && $Object.hasOwnProperty.call(m, "format")) {
                    d.format = m.format;
                }
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.index = typeof m.index === "number" ? $BigInt(m.index) : $util.Long.fromBits(m.index.low >>> 0, m.index.high >>> 0, true).toBigInt();
                    else if (typeof m.index === "number")
                        d.index = o.longs === $String ? $String(m.index) : m.index;
                    else
                        d.index = o.longs === $String ? $util.Long.prototype.toString.call(m.index) : o.longs === $Number ? new $util.LongBits(m.index.low >>> 0, m.index.high >>> 0).toNumber(true) : m.index;
                }
                if (m.nodes && m.nodes.length) {
                    d.nodes = $Array(m.nodes.length);
                    for (var j = 0; j < m.nodes.length; ++j) {
                        d.nodes[j] = $root.arrow.cluster.NodeRecord.toObject(m.nodes[j], o, q + 1);
                    }
                }
                if (m.arrows && m.arrows.length) {
                    d.arrows = $Array(m.arrows.length);
                    for (var j = 0; j < m.arrows.length; ++j) {
                        d.arrows[j] = $root.arrow.cluster.ArrowRecord.toObject(m.arrows[j], o, q + 1);
                    }
                }
                if (m.allocations && m.allocations.length) {
                    d.allocations = $Array(m.allocations.length);
                    for (var j = 0; j < m.allocations.length; ++j) {
                        d.allocations[j] = $root.arrow.cluster.AllocationRecord.toObject(m.allocations[j], o, q + 1);
                    }
                }
                if (m.evaluations && m.evaluations.length) {
                    d.evaluations = $Array(m.evaluations.length);
                    for (var j = 0; j < m.evaluations.length; ++j) {
                        d.evaluations[j] = $root.arrow.cluster.EvaluationRecord.toObject(m.evaluations[j], o, q + 1);
                    }
                }
                if (m.artifacts && m.artifacts.length) {
                    d.artifacts = $Array(m.artifacts.length);
                    for (var j = 0; j < m.artifacts.length; ++j) {
                        d.artifacts[j] = $root.arrow.cluster.ArtifactRecord.toObject(m.artifacts[j], o, q + 1);
                    }
                }
                if (m.tags && m.tags.length) {
                    d.tags = $Array(m.tags.length);
                    for (var j = 0; j < m.tags.length; ++j) {
                        d.tags[j] = $root.arrow.cluster.TagRecord.toObject(m.tags[j], o, q + 1);
                    }
                }
                if (m.volumes && m.volumes.length) {
                    d.volumes = $Array(m.volumes.length);
                    for (var j = 0; j < m.volumes.length; ++j) {
                        d.volumes[j] = $root.arrow.cluster.VolumeRecord.toObject(m.volumes[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this Snapshot to JSON.
             * @function toJSON
             * @memberof arrow.cluster.Snapshot
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Snapshot.prototype.toJSON = function() {
                return Snapshot.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Snapshot
             * @function getTypeUrl
             * @memberof arrow.cluster.Snapshot
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Snapshot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.cluster.Snapshot";
            };

            return Snapshot;
        })();

        return cluster;
    })();

    return arrow;
})();

export {
  $root as default
};
