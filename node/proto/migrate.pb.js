/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";
if ($protobuf.util.Long) { $protobuf.util.Long = undefined; $protobuf.configure(); }

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $Boolean = $util.global.Boolean, $Array = $util.global.Array, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["node_migrate"] || ($protobuf.roots["node_migrate"] = {});

export const arrow = $root.arrow = (() => {

    /**
     * Namespace arrow.
     * @exports arrow
     * @namespace
     */
    const arrow = {};

    arrow.migrate = (function() {

        /**
         * Namespace migrate.
         * @memberof arrow
         * @namespace
         */
        const migrate = {};

        migrate.VmSpec = (function() {

            /**
             * Properties of a VmSpec.
             * @typedef {Object} arrow.migrate.VmSpec.$Properties
             * @property {string|null} [kernelDigest] VmSpec kernelDigest
             * @property {string|null} [initrdDigest] VmSpec initrdDigest
             * @property {string|null} [cmdline] VmSpec cmdline
             * @property {number|null} [memoryMib] VmSpec memoryMib
             * @property {number|null} [cpus] VmSpec cpus
             * @property {string|null} [accelerator] VmSpec accelerator
             * @property {string|null} [network] VmSpec network
             * @property {boolean|null} [restoresUserNetwork] VmSpec restoresUserNetwork
             * @property {boolean|null} [namedRam] VmSpec namedRam
             * @property {boolean|null} [freePageReporting] VmSpec freePageReporting
             * @property {number|null} [translationCacheMib] VmSpec translationCacheMib
             * @property {string|null} [qemuVersion] VmSpec qemuVersion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VmSpec.
             * @memberof arrow.migrate
             * @interface IVmSpec
             * @augments arrow.migrate.VmSpec.$Properties
             * @deprecated Use arrow.migrate.VmSpec.$Properties instead.
             */

            /**
             * Shape of a VmSpec.
             * @typedef {arrow.migrate.VmSpec.$Properties} arrow.migrate.VmSpec.$Shape
             */

            /**
             * Constructs a new VmSpec.
             * @memberof arrow.migrate
             * @classdesc Represents a VmSpec.
             * @constructor
             * @param {arrow.migrate.VmSpec.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VmSpec = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VmSpec kernelDigest.
             * @member {string} kernelDigest
             * @memberof arrow.migrate.VmSpec
             * @instance
             */
            VmSpec.prototype.kernelDigest = "";

            /**
             * VmSpec initrdDigest.
             * @member {string} initrdDigest
             * @memberof arrow.migrate.VmSpec
             * @instance
             */
            VmSpec.prototype.initrdDigest = "";

            /**
             * VmSpec cmdline.
             * @member {string} cmdline
             * @memberof arrow.migrate.VmSpec
             * @instance
             */
            VmSpec.prototype.cmdline = "";

            /**
             * VmSpec memoryMib.
             * @member {number} memoryMib
             * @memberof arrow.migrate.VmSpec
             * @instance
             */
            VmSpec.prototype.memoryMib = 0;

            /**
             * VmSpec cpus.
             * @member {number} cpus
             * @memberof arrow.migrate.VmSpec
             * @instance
             */
            VmSpec.prototype.cpus = 0;

            /**
             * VmSpec accelerator.
             * @member {string} accelerator
             * @memberof arrow.migrate.VmSpec
             * @instance
             */
            VmSpec.prototype.accelerator = "";

            /**
             * VmSpec network.
             * @member {string} network
             * @memberof arrow.migrate.VmSpec
             * @instance
             */
            VmSpec.prototype.network = "";

            /**
             * VmSpec restoresUserNetwork.
             * @member {boolean} restoresUserNetwork
             * @memberof arrow.migrate.VmSpec
             * @instance
             */
            VmSpec.prototype.restoresUserNetwork = false;

            /**
             * VmSpec namedRam.
             * @member {boolean} namedRam
             * @memberof arrow.migrate.VmSpec
             * @instance
             */
            VmSpec.prototype.namedRam = false;

            /**
             * VmSpec freePageReporting.
             * @member {boolean} freePageReporting
             * @memberof arrow.migrate.VmSpec
             * @instance
             */
            VmSpec.prototype.freePageReporting = false;

            /**
             * VmSpec translationCacheMib.
             * @member {number} translationCacheMib
             * @memberof arrow.migrate.VmSpec
             * @instance
             */
            VmSpec.prototype.translationCacheMib = 0;

            /**
             * VmSpec qemuVersion.
             * @member {string} qemuVersion
             * @memberof arrow.migrate.VmSpec
             * @instance
             */
            VmSpec.prototype.qemuVersion = "";

            /**
             * Creates a new VmSpec instance using the specified properties.
             * @function create
             * @memberof arrow.migrate.VmSpec
             * @static
             * @param {arrow.migrate.VmSpec.$Properties=} [properties] Properties to set
             * @returns {arrow.migrate.VmSpec} VmSpec instance
             * @type {{
             *   (properties: arrow.migrate.VmSpec.$Shape): arrow.migrate.VmSpec & arrow.migrate.VmSpec.$Shape;
             *   (properties?: arrow.migrate.VmSpec.$Properties): arrow.migrate.VmSpec;
             * }}
             */
            VmSpec.create = function(properties) {
                return new VmSpec(properties);
            };

            /**
             * Encodes the specified VmSpec message. Does not implicitly {@link arrow.migrate.VmSpec.verify|verify} messages.
             * @function encode
             * @memberof arrow.migrate.VmSpec
             * @static
             * @param {arrow.migrate.VmSpec.$Properties} m VmSpec message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VmSpec.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.kernelDigest != null && $Object.hasOwnProperty.call(m, "kernelDigest") && m.kernelDigest !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.kernelDigest);
                if (m.initrdDigest != null && $Object.hasOwnProperty.call(m, "initrdDigest") && m.initrdDigest !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.initrdDigest);
                if (m.cmdline != null && $Object.hasOwnProperty.call(m, "cmdline") && m.cmdline !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.cmdline);
                if (m.memoryMib != null && $Object.hasOwnProperty.call(m, "memoryMib") && m.memoryMib !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.memoryMib);
                if (m.cpus != null && $Object.hasOwnProperty.call(m, "cpus") && m.cpus !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.cpus);
                if (m.accelerator != null && $Object.hasOwnProperty.call(m, "accelerator") && m.accelerator !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.accelerator);
                if (m.network != null && $Object.hasOwnProperty.call(m, "network") && m.network !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.network);
                if (m.restoresUserNetwork != null && $Object.hasOwnProperty.call(m, "restoresUserNetwork") && m.restoresUserNetwork !== false)
                    w.uint32(/* id 8, wireType 0 =*/64).bool(m.restoresUserNetwork);
                if (m.namedRam != null && $Object.hasOwnProperty.call(m, "namedRam") && m.namedRam !== false)
                    w.uint32(/* id 9, wireType 0 =*/72).bool(m.namedRam);
                if (m.freePageReporting != null && $Object.hasOwnProperty.call(m, "freePageReporting") && m.freePageReporting !== false)
                    w.uint32(/* id 10, wireType 0 =*/80).bool(m.freePageReporting);
                if (m.translationCacheMib != null && $Object.hasOwnProperty.call(m, "translationCacheMib") && m.translationCacheMib !== 0)
                    w.uint32(/* id 11, wireType 0 =*/88).uint32(m.translationCacheMib);
                if (m.qemuVersion != null && $Object.hasOwnProperty.call(m, "qemuVersion") && m.qemuVersion !== "")
                    w.uint32(/* id 12, wireType 2 =*/98).string(m.qemuVersion);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified VmSpec message, length delimited. Does not implicitly {@link arrow.migrate.VmSpec.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.migrate.VmSpec
             * @static
             * @param {arrow.migrate.VmSpec.$Properties} message VmSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VmSpec.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a VmSpec message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.migrate.VmSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.migrate.VmSpec & arrow.migrate.VmSpec.$Shape} VmSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VmSpec.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.migrate.VmSpec();
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
                                m.kernelDigest = v;
                            else
                                delete m.kernelDigest;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.initrdDigest = v;
                            else
                                delete m.initrdDigest;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.cmdline = v;
                            else
                                delete m.cmdline;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.memoryMib = v;
                            else
                                delete m.memoryMib;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.cpus = v;
                            else
                                delete m.cpus;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.accelerator = v;
                            else
                                delete m.accelerator;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.network = v;
                            else
                                delete m.network;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.restoresUserNetwork = v;
                            else
                                delete m.restoresUserNetwork;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.namedRam = v;
                            else
                                delete m.namedRam;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.freePageReporting = v;
                            else
                                delete m.freePageReporting;
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.translationCacheMib = v;
                            else
                                delete m.translationCacheMib;
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.qemuVersion = v;
                            else
                                delete m.qemuVersion;
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
             * Decodes a VmSpec message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.migrate.VmSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.migrate.VmSpec & arrow.migrate.VmSpec.$Shape} VmSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VmSpec.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a VmSpec message.
             * @function verify
             * @memberof arrow.migrate.VmSpec
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VmSpec.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.kernelDigest != null && $Object.hasOwnProperty.call(m, "kernelDigest")) {
                    if (!$util.isString(m.kernelDigest))
                        return "kernelDigest: string expected";
                }
                if (m.initrdDigest != null && $Object.hasOwnProperty.call(m, "initrdDigest")) {
                    if (!$util.isString(m.initrdDigest))
                        return "initrdDigest: string expected";
                }
                if (m.cmdline != null && $Object.hasOwnProperty.call(m, "cmdline")) {
                    if (!$util.isString(m.cmdline))
                        return "cmdline: string expected";
                }
                if (m.memoryMib != null && $Object.hasOwnProperty.call(m, "memoryMib")) {
                    if (!$util.isInteger(m.memoryMib))
                        return "memoryMib: integer expected";
                }
                if (m.cpus != null && $Object.hasOwnProperty.call(m, "cpus")) {
                    if (!$util.isInteger(m.cpus))
                        return "cpus: integer expected";
                }
                if (m.accelerator != null && $Object.hasOwnProperty.call(m, "accelerator")) {
                    if (!$util.isString(m.accelerator))
                        return "accelerator: string expected";
                }
                if (m.network != null && $Object.hasOwnProperty.call(m, "network")) {
                    if (!$util.isString(m.network))
                        return "network: string expected";
                }
                if (m.restoresUserNetwork != null && $Object.hasOwnProperty.call(m, "restoresUserNetwork")) {
                    if (typeof m.restoresUserNetwork !== "boolean")
                        return "restoresUserNetwork: boolean expected";
                }
                if (m.namedRam != null && $Object.hasOwnProperty.call(m, "namedRam")) {
                    if (typeof m.namedRam !== "boolean")
                        return "namedRam: boolean expected";
                }
                if (m.freePageReporting != null && $Object.hasOwnProperty.call(m, "freePageReporting")) {
                    if (typeof m.freePageReporting !== "boolean")
                        return "freePageReporting: boolean expected";
                }
                if (m.translationCacheMib != null && $Object.hasOwnProperty.call(m, "translationCacheMib")) {
                    if (!$util.isInteger(m.translationCacheMib))
                        return "translationCacheMib: integer expected";
                }
                if (m.qemuVersion != null && $Object.hasOwnProperty.call(m, "qemuVersion")) {
                    if (!$util.isString(m.qemuVersion))
                        return "qemuVersion: string expected";
                }
                return null;
            };

            /**
             * Creates a VmSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.migrate.VmSpec
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.migrate.VmSpec} VmSpec
             */
            VmSpec.fromObject = function (d, q) {
                if (d instanceof $root.arrow.migrate.VmSpec)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.migrate.VmSpec: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.migrate.VmSpec();
                if (d.kernelDigest != null) {
                    if (typeof d.kernelDigest !== "string" || d.kernelDigest.length) {
                        m.kernelDigest = $String(d.kernelDigest);
                    }
                }
                if (d.initrdDigest != null) {
                    if (typeof d.initrdDigest !== "string" || d.initrdDigest.length) {
                        m.initrdDigest = $String(d.initrdDigest);
                    }
                }
                if (d.cmdline != null) {
                    if (typeof d.cmdline !== "string" || d.cmdline.length) {
                        m.cmdline = $String(d.cmdline);
                    }
                }
                if (d.memoryMib != null) {
                    if ($Number(d.memoryMib) !== 0) {
                        m.memoryMib = d.memoryMib >>> 0;
                    }
                }
                if (d.cpus != null) {
                    if ($Number(d.cpus) !== 0) {
                        m.cpus = d.cpus >>> 0;
                    }
                }
                if (d.accelerator != null) {
                    if (typeof d.accelerator !== "string" || d.accelerator.length) {
                        m.accelerator = $String(d.accelerator);
                    }
                }
                if (d.network != null) {
                    if (typeof d.network !== "string" || d.network.length) {
                        m.network = $String(d.network);
                    }
                }
                if (d.restoresUserNetwork != null) {
                    if (d.restoresUserNetwork) {
                        m.restoresUserNetwork = $Boolean(d.restoresUserNetwork);
                    }
                }
                if (d.namedRam != null) {
                    if (d.namedRam) {
                        m.namedRam = $Boolean(d.namedRam);
                    }
                }
                if (d.freePageReporting != null) {
                    if (d.freePageReporting) {
                        m.freePageReporting = $Boolean(d.freePageReporting);
                    }
                }
                if (d.translationCacheMib != null) {
                    if ($Number(d.translationCacheMib) !== 0) {
                        m.translationCacheMib = d.translationCacheMib >>> 0;
                    }
                }
                if (d.qemuVersion != null) {
                    if (typeof d.qemuVersion !== "string" || d.qemuVersion.length) {
                        m.qemuVersion = $String(d.qemuVersion);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a VmSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.migrate.VmSpec
             * @static
             * @param {arrow.migrate.VmSpec} m VmSpec
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VmSpec.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.kernelDigest = "";
                    d.initrdDigest = "";
                    d.cmdline = "";
                    d.memoryMib = 0;
                    d.cpus = 0;
                    d.accelerator = "";
                    d.network = "";
                    d.restoresUserNetwork = false;
                    d.namedRam = false;
                    d.freePageReporting = false;
                    d.translationCacheMib = 0;
                    d.qemuVersion = "";
                }
                if (m.kernelDigest != null && $Object.hasOwnProperty.call(m, "kernelDigest")) {
                    d.kernelDigest = m.kernelDigest;
                }
                if (m.initrdDigest != null && $Object.hasOwnProperty.call(m, "initrdDigest")) {
                    d.initrdDigest = m.initrdDigest;
                }
                if (m.cmdline != null && $Object.hasOwnProperty.call(m, "cmdline")) {
                    d.cmdline = m.cmdline;
                }
                if (m.memoryMib != null && $Object.hasOwnProperty.call(m, "memoryMib")) {
                    d.memoryMib = m.memoryMib;
                }
                if (m.cpus != null && $Object.hasOwnProperty.call(m, "cpus")) {
                    d.cpus = m.cpus;
                }
                if (m.accelerator != null && $Object.hasOwnProperty.call(m, "accelerator")) {
                    d.accelerator = m.accelerator;
                }
                if (m.network != null && $Object.hasOwnProperty.call(m, "network")) {
                    d.network = m.network;
                }
                if (m.restoresUserNetwork != null && $Object.hasOwnProperty.call(m, "restoresUserNetwork")) {
                    d.restoresUserNetwork = m.restoresUserNetwork;
                }
                if (m.namedRam != null && $Object.hasOwnProperty.call(m, "namedRam")) {
                    d.namedRam = m.namedRam;
                }
                if (m.freePageReporting != null && $Object.hasOwnProperty.call(m, "freePageReporting")) {
                    d.freePageReporting = m.freePageReporting;
                }
                if (m.translationCacheMib != null && $Object.hasOwnProperty.call(m, "translationCacheMib")) {
                    d.translationCacheMib = m.translationCacheMib;
                }
                if (m.qemuVersion != null && $Object.hasOwnProperty.call(m, "qemuVersion")) {
                    d.qemuVersion = m.qemuVersion;
                }
                return d;
            };

            /**
             * Converts this VmSpec to JSON.
             * @function toJSON
             * @memberof arrow.migrate.VmSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VmSpec.prototype.toJSON = function() {
                return VmSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VmSpec
             * @function getTypeUrl
             * @memberof arrow.migrate.VmSpec
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VmSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.migrate.VmSpec";
            };

            return VmSpec;
        })();

        migrate.Header = (function() {

            /**
             * Properties of a Header.
             * @typedef {Object} arrow.migrate.Header.$Properties
             * @property {string|null} [arrow] Header arrow
             * @property {arrow.migrate.VmSpec.$Properties|null} [vm] Header vm
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Header.
             * @memberof arrow.migrate
             * @interface IHeader
             * @augments arrow.migrate.Header.$Properties
             * @deprecated Use arrow.migrate.Header.$Properties instead.
             */

            /**
             * Shape of a Header.
             * @typedef {arrow.migrate.Header.$Properties} arrow.migrate.Header.$Shape
             */

            /**
             * Constructs a new Header.
             * @memberof arrow.migrate
             * @classdesc Represents a Header.
             * @constructor
             * @param {arrow.migrate.Header.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Header = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Header arrow.
             * @member {string} arrow
             * @memberof arrow.migrate.Header
             * @instance
             */
            Header.prototype.arrow = "";

            /**
             * Header vm.
             * @member {arrow.migrate.VmSpec.$Properties|null|undefined} vm
             * @memberof arrow.migrate.Header
             * @instance
             */
            Header.prototype.vm = null;

            /**
             * Creates a new Header instance using the specified properties.
             * @function create
             * @memberof arrow.migrate.Header
             * @static
             * @param {arrow.migrate.Header.$Properties=} [properties] Properties to set
             * @returns {arrow.migrate.Header} Header instance
             * @type {{
             *   (properties: arrow.migrate.Header.$Shape): arrow.migrate.Header & arrow.migrate.Header.$Shape;
             *   (properties?: arrow.migrate.Header.$Properties): arrow.migrate.Header;
             * }}
             */
            Header.create = function(properties) {
                return new Header(properties);
            };

            /**
             * Encodes the specified Header message. Does not implicitly {@link arrow.migrate.Header.verify|verify} messages.
             * @function encode
             * @memberof arrow.migrate.Header
             * @static
             * @param {arrow.migrate.Header.$Properties} m Header message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Header.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.arrow != null && $Object.hasOwnProperty.call(m, "arrow") && m.arrow !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.arrow);
                if (m.vm != null && $Object.hasOwnProperty.call(m, "vm"))
                    $root.arrow.migrate.VmSpec.encode(m.vm, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Header message, length delimited. Does not implicitly {@link arrow.migrate.Header.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.migrate.Header
             * @static
             * @param {arrow.migrate.Header.$Properties} message Header message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Header.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Header message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.migrate.Header
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.migrate.Header & arrow.migrate.Header.$Shape} Header
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Header.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.migrate.Header();
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
                            m.vm = $root.arrow.migrate.VmSpec.decode(r, r.size(), $undefined, q + 1, m.vm);
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
             * Decodes a Header message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.migrate.Header
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.migrate.Header & arrow.migrate.Header.$Shape} Header
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Header.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Header message.
             * @function verify
             * @memberof arrow.migrate.Header
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Header.verify = function (m, q) {
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
                if (m.vm != null && $Object.hasOwnProperty.call(m, "vm")) {
                    {
                        var e = $root.arrow.migrate.VmSpec.verify(m.vm, q + 1);
                        if (e)
                            return "vm." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a Header message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.migrate.Header
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.migrate.Header} Header
             */
            Header.fromObject = function (d, q) {
                if (d instanceof $root.arrow.migrate.Header)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.migrate.Header: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.migrate.Header();
                if (d.arrow != null) {
                    if (typeof d.arrow !== "string" || d.arrow.length) {
                        m.arrow = $String(d.arrow);
                    }
                }
                if (d.vm != null) {
                    if (!$util.isObject(d.vm))
                        throw $TypeError(".arrow.migrate.Header.vm: object expected");
                    m.vm = $root.arrow.migrate.VmSpec.fromObject(d.vm, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Header message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.migrate.Header
             * @static
             * @param {arrow.migrate.Header} m Header
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Header.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.arrow = "";
                    d.vm = null;
                }
                if (m.arrow != null && $Object.hasOwnProperty.call(m, "arrow")) {
                    d.arrow = m.arrow;
                }
                if (m.vm != null && $Object.hasOwnProperty.call(m, "vm")) {
                    d.vm = $root.arrow.migrate.VmSpec.toObject(m.vm, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this Header to JSON.
             * @function toJSON
             * @memberof arrow.migrate.Header
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Header.prototype.toJSON = function() {
                return Header.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Header
             * @function getTypeUrl
             * @memberof arrow.migrate.Header
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Header.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.migrate.Header";
            };

            return Header;
        })();

        migrate.SourceMessage = (function() {

            /**
             * Properties of a SourceMessage.
             * @typedef {Object} arrow.migrate.SourceMessage.$Properties
             * @property {arrow.migrate.Header.$Properties|null} [header] SourceMessage header
             * @property {Uint8Array|null} [ram] SourceMessage ram
             * @property {arrow.migrate.RamEnd.$Properties|null} [ramEnd] SourceMessage ramEnd
             * @property {arrow.migrate.Go.$Properties|null} [go] SourceMessage go
             * @property {arrow.migrate.Abort.$Properties|null} [abort] SourceMessage abort
             * @property {"header"|"ram"|"ramEnd"|"go"|"abort"} [body] SourceMessage body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SourceMessage.
             * @memberof arrow.migrate
             * @interface ISourceMessage
             * @augments arrow.migrate.SourceMessage.$Properties
             * @deprecated Use arrow.migrate.SourceMessage.$Properties instead.
             */

            /**
             * Narrowed shape of a SourceMessage.
             * @typedef {{
             *   header?: arrow.migrate.Header.$Shape|null;
             *   ram?: Uint8Array|null;
             *   ramEnd?: arrow.migrate.RamEnd.$Shape|null;
             *   go?: arrow.migrate.Go.$Shape|null;
             *   abort?: arrow.migrate.Abort.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; header?: null; ram?: null; ramEnd?: null; go?: null; abort?: null }|{ body?: "header"; header: arrow.migrate.Header.$Shape; ram?: null; ramEnd?: null; go?: null; abort?: null }|{ body?: "ram"; header?: null; ram: Uint8Array; ramEnd?: null; go?: null; abort?: null }|{ body?: "ramEnd"; header?: null; ram?: null; ramEnd: arrow.migrate.RamEnd.$Shape; go?: null; abort?: null }|{ body?: "go"; header?: null; ram?: null; ramEnd?: null; go: arrow.migrate.Go.$Shape; abort?: null }|{ body?: "abort"; header?: null; ram?: null; ramEnd?: null; go?: null; abort: arrow.migrate.Abort.$Shape })
             * )} arrow.migrate.SourceMessage.$Shape
             */

            /**
             * Constructs a new SourceMessage.
             * @memberof arrow.migrate
             * @classdesc Represents a SourceMessage.
             * @constructor
             * @param {arrow.migrate.SourceMessage.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SourceMessage = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SourceMessage header.
             * @member {arrow.migrate.Header.$Properties|null|undefined} header
             * @memberof arrow.migrate.SourceMessage
             * @instance
             */
            SourceMessage.prototype.header = null;

            /**
             * SourceMessage ram.
             * @member {Uint8Array|null|undefined} ram
             * @memberof arrow.migrate.SourceMessage
             * @instance
             */
            SourceMessage.prototype.ram = null;

            /**
             * SourceMessage ramEnd.
             * @member {arrow.migrate.RamEnd.$Properties|null|undefined} ramEnd
             * @memberof arrow.migrate.SourceMessage
             * @instance
             */
            SourceMessage.prototype.ramEnd = null;

            /**
             * SourceMessage go.
             * @member {arrow.migrate.Go.$Properties|null|undefined} go
             * @memberof arrow.migrate.SourceMessage
             * @instance
             */
            SourceMessage.prototype.go = null;

            /**
             * SourceMessage abort.
             * @member {arrow.migrate.Abort.$Properties|null|undefined} abort
             * @memberof arrow.migrate.SourceMessage
             * @instance
             */
            SourceMessage.prototype.abort = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * SourceMessage body.
             * @member {"header"|"ram"|"ramEnd"|"go"|"abort"|undefined} body
             * @memberof arrow.migrate.SourceMessage
             * @instance
             */
            $Object.defineProperty(SourceMessage.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["header", "ram", "ramEnd", "go", "abort"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SourceMessage instance using the specified properties.
             * @function create
             * @memberof arrow.migrate.SourceMessage
             * @static
             * @param {arrow.migrate.SourceMessage.$Properties=} [properties] Properties to set
             * @returns {arrow.migrate.SourceMessage} SourceMessage instance
             * @type {{
             *   (properties: arrow.migrate.SourceMessage.$Shape): arrow.migrate.SourceMessage & arrow.migrate.SourceMessage.$Shape;
             *   (properties?: arrow.migrate.SourceMessage.$Properties): arrow.migrate.SourceMessage;
             * }}
             */
            SourceMessage.create = function(properties) {
                return new SourceMessage(properties);
            };

            /**
             * Encodes the specified SourceMessage message. Does not implicitly {@link arrow.migrate.SourceMessage.verify|verify} messages.
             * @function encode
             * @memberof arrow.migrate.SourceMessage
             * @static
             * @param {arrow.migrate.SourceMessage.$Properties} m SourceMessage message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SourceMessage.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.header != null && $Object.hasOwnProperty.call(m, "header"))
                    $root.arrow.migrate.Header.encode(m.header, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.ram != null && $Object.hasOwnProperty.call(m, "ram"))
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.ram);
                if (m.ramEnd != null && $Object.hasOwnProperty.call(m, "ramEnd"))
                    $root.arrow.migrate.RamEnd.encode(m.ramEnd, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.go != null && $Object.hasOwnProperty.call(m, "go"))
                    $root.arrow.migrate.Go.encode(m.go, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.abort != null && $Object.hasOwnProperty.call(m, "abort"))
                    $root.arrow.migrate.Abort.encode(m.abort, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SourceMessage message, length delimited. Does not implicitly {@link arrow.migrate.SourceMessage.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.migrate.SourceMessage
             * @static
             * @param {arrow.migrate.SourceMessage.$Properties} message SourceMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SourceMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SourceMessage message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.migrate.SourceMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.migrate.SourceMessage & arrow.migrate.SourceMessage.$Shape} SourceMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SourceMessage.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.migrate.SourceMessage();
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
                            m.header = $root.arrow.migrate.Header.decode(r, r.size(), $undefined, q + 1, m.header);
                            m.body = "header";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.ram = r.bytes();
                            m.body = "ram";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.ramEnd = $root.arrow.migrate.RamEnd.decode(r, r.size(), $undefined, q + 1, m.ramEnd);
                            m.body = "ramEnd";
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.go = $root.arrow.migrate.Go.decode(r, r.size(), $undefined, q + 1, m.go);
                            m.body = "go";
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.abort = $root.arrow.migrate.Abort.decode(r, r.size(), $undefined, q + 1, m.abort);
                            m.body = "abort";
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
             * Decodes a SourceMessage message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.migrate.SourceMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.migrate.SourceMessage & arrow.migrate.SourceMessage.$Shape} SourceMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SourceMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SourceMessage message.
             * @function verify
             * @memberof arrow.migrate.SourceMessage
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SourceMessage.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.header != null && $Object.hasOwnProperty.call(m, "header")) {
                    p.body = 1;
                    {
                        var e = $root.arrow.migrate.Header.verify(m.header, q + 1);
                        if (e)
                            return "header." + e;
                    }
                }
                if (m.ram != null && $Object.hasOwnProperty.call(m, "ram")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    if (!(m.ram && typeof m.ram.length === "number" || $util.isString(m.ram)))
                        return "ram: buffer expected";
                }
                if (m.ramEnd != null && $Object.hasOwnProperty.call(m, "ramEnd")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.arrow.migrate.RamEnd.verify(m.ramEnd, q + 1);
                        if (e)
                            return "ramEnd." + e;
                    }
                }
                if (m.go != null && $Object.hasOwnProperty.call(m, "go")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.arrow.migrate.Go.verify(m.go, q + 1);
                        if (e)
                            return "go." + e;
                    }
                }
                if (m.abort != null && $Object.hasOwnProperty.call(m, "abort")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.arrow.migrate.Abort.verify(m.abort, q + 1);
                        if (e)
                            return "abort." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a SourceMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.migrate.SourceMessage
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.migrate.SourceMessage} SourceMessage
             */
            SourceMessage.fromObject = function (d, q) {
                if (d instanceof $root.arrow.migrate.SourceMessage)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.migrate.SourceMessage: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.migrate.SourceMessage();
                if (d.header != null) {
                    if (!$util.isObject(d.header))
                        throw $TypeError(".arrow.migrate.SourceMessage.header: object expected");
                    m.header = $root.arrow.migrate.Header.fromObject(d.header, q + 1);
                }
                if (d.ram != null) {
                    if (typeof d.ram === "string")
                        $util.base64.decode(d.ram, m.ram = $util.newBuffer($util.base64.length(d.ram)), 0);
                    else if (d.ram.length >= 0)
                        m.ram = d.ram;
                }
                if (d.ramEnd != null) {
                    if (!$util.isObject(d.ramEnd))
                        throw $TypeError(".arrow.migrate.SourceMessage.ramEnd: object expected");
                    m.ramEnd = $root.arrow.migrate.RamEnd.fromObject(d.ramEnd, q + 1);
                }
                if (d.go != null) {
                    if (!$util.isObject(d.go))
                        throw $TypeError(".arrow.migrate.SourceMessage.go: object expected");
                    m.go = $root.arrow.migrate.Go.fromObject(d.go, q + 1);
                }
                if (d.abort != null) {
                    if (!$util.isObject(d.abort))
                        throw $TypeError(".arrow.migrate.SourceMessage.abort: object expected");
                    m.abort = $root.arrow.migrate.Abort.fromObject(d.abort, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a SourceMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.migrate.SourceMessage
             * @static
             * @param {arrow.migrate.SourceMessage} m SourceMessage
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SourceMessage.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.header != null && $Object.hasOwnProperty.call(m, "header")) {
                    d.header = $root.arrow.migrate.Header.toObject(m.header, o, q + 1);
                    if (o.oneofs)
                        d.body = "header";
                }
                if (m.ram != null && $Object.hasOwnProperty.call(m, "ram")) {
                    d.ram = o.bytes === $String ? $util.base64.encode(m.ram, 0, m.ram.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.ram) : m.ram;
                    if (o.oneofs)
                        d.body = "ram";
                }
                if (m.ramEnd != null && $Object.hasOwnProperty.call(m, "ramEnd")) {
                    d.ramEnd = $root.arrow.migrate.RamEnd.toObject(m.ramEnd, o, q + 1);
                    if (o.oneofs)
                        d.body = "ramEnd";
                }
                if (m.go != null && $Object.hasOwnProperty.call(m, "go")) {
                    d.go = $root.arrow.migrate.Go.toObject(m.go, o, q + 1);
                    if (o.oneofs)
                        d.body = "go";
                }
                if (m.abort != null && $Object.hasOwnProperty.call(m, "abort")) {
                    d.abort = $root.arrow.migrate.Abort.toObject(m.abort, o, q + 1);
                    if (o.oneofs)
                        d.body = "abort";
                }
                return d;
            };

            /**
             * Converts this SourceMessage to JSON.
             * @function toJSON
             * @memberof arrow.migrate.SourceMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SourceMessage.prototype.toJSON = function() {
                return SourceMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SourceMessage
             * @function getTypeUrl
             * @memberof arrow.migrate.SourceMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SourceMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.migrate.SourceMessage";
            };

            return SourceMessage;
        })();

        migrate.RamEnd = (function() {

            /**
             * Properties of a RamEnd.
             * @typedef {Object} arrow.migrate.RamEnd.$Properties
             * @property {number|null} [bytes] RamEnd bytes
             * @property {Uint8Array|null} [sha256] RamEnd sha256
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RamEnd.
             * @memberof arrow.migrate
             * @interface IRamEnd
             * @augments arrow.migrate.RamEnd.$Properties
             * @deprecated Use arrow.migrate.RamEnd.$Properties instead.
             */

            /**
             * Shape of a RamEnd.
             * @typedef {arrow.migrate.RamEnd.$Properties} arrow.migrate.RamEnd.$Shape
             */

            /**
             * Constructs a new RamEnd.
             * @memberof arrow.migrate
             * @classdesc Represents a RamEnd.
             * @constructor
             * @param {arrow.migrate.RamEnd.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RamEnd = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RamEnd bytes.
             * @member {number} bytes
             * @memberof arrow.migrate.RamEnd
             * @instance
             */
            RamEnd.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RamEnd sha256.
             * @member {Uint8Array} sha256
             * @memberof arrow.migrate.RamEnd
             * @instance
             */
            RamEnd.prototype.sha256 = $util.newBuffer([]);

            /**
             * Creates a new RamEnd instance using the specified properties.
             * @function create
             * @memberof arrow.migrate.RamEnd
             * @static
             * @param {arrow.migrate.RamEnd.$Properties=} [properties] Properties to set
             * @returns {arrow.migrate.RamEnd} RamEnd instance
             * @type {{
             *   (properties: arrow.migrate.RamEnd.$Shape): arrow.migrate.RamEnd & arrow.migrate.RamEnd.$Shape;
             *   (properties?: arrow.migrate.RamEnd.$Properties): arrow.migrate.RamEnd;
             * }}
             */
            RamEnd.create = function(properties) {
                return new RamEnd(properties);
            };

            /**
             * Encodes the specified RamEnd message. Does not implicitly {@link arrow.migrate.RamEnd.verify|verify} messages.
             * @function encode
             * @memberof arrow.migrate.RamEnd
             * @static
             * @param {arrow.migrate.RamEnd.$Properties} m RamEnd message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RamEnd.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes") && (typeof m.bytes === "object" ? m.bytes.low || m.bytes.high : m.bytes !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.bytes);
                if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256") && m.sha256.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.sha256);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified RamEnd message, length delimited. Does not implicitly {@link arrow.migrate.RamEnd.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.migrate.RamEnd
             * @static
             * @param {arrow.migrate.RamEnd.$Properties} message RamEnd message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RamEnd.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RamEnd message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.migrate.RamEnd
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.migrate.RamEnd & arrow.migrate.RamEnd.$Shape} RamEnd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RamEnd.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.migrate.RamEnd();
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
                                m.bytes = v;
                            else
                                delete m.bytes;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.sha256 = v;
                            else
                                delete m.sha256;
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
             * Decodes a RamEnd message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.migrate.RamEnd
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.migrate.RamEnd & arrow.migrate.RamEnd.$Shape} RamEnd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RamEnd.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RamEnd message.
             * @function verify
             * @memberof arrow.migrate.RamEnd
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RamEnd.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes")) {
                    if (!$util.isInteger(m.bytes) && !(m.bytes && $util.isInteger(m.bytes.low) && $util.isInteger(m.bytes.high)))
                        return "bytes: integer|Long expected";
                }
                if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256")) {
                    if (!(m.sha256 && typeof m.sha256.length === "number" || $util.isString(m.sha256)))
                        return "sha256: buffer expected";
                }
                return null;
            };

            /**
             * Creates a RamEnd message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.migrate.RamEnd
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.migrate.RamEnd} RamEnd
             */
            RamEnd.fromObject = function (d, q) {
                if (d instanceof $root.arrow.migrate.RamEnd)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.migrate.RamEnd: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.migrate.RamEnd();
                if (d.bytes != null) {
                    if (typeof d.bytes === "object" ? d.bytes.low || d.bytes.high : $Number(d.bytes) !== 0) {
                        if ($util.Long)
                            m.bytes = $util.Long.fromValue(d.bytes, true);
                        else if (typeof d.bytes === "string")
                            m.bytes = $parseInt(d.bytes, 10);
                        else if (typeof d.bytes === "number")
                            m.bytes = d.bytes;
                        else if (typeof d.bytes === "object")
                            m.bytes = new $util.LongBits(d.bytes.low >>> 0, d.bytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.sha256 != null) {
                    if (d.sha256.length) {
                        if (typeof d.sha256 === "string")
                            $util.base64.decode(d.sha256, m.sha256 = $util.newBuffer($util.base64.length(d.sha256)), 0);
                        else if (d.sha256.length >= 0)
                            m.sha256 = d.sha256;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RamEnd message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.migrate.RamEnd
             * @static
             * @param {arrow.migrate.RamEnd} m RamEnd
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RamEnd.toObject = function (m, o, q) {
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
                        d.bytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.bytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if (o.bytes === $String)
                        d.sha256 = "";
                    else {
                        d.sha256 = [];
                        if (o.bytes !== $Array)
                            d.sha256 = $util.newBuffer(d.sha256);
                    }
                }
                if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.bytes = typeof m.bytes === "number" ? $BigInt(m.bytes) : $util.Long.fromBits(m.bytes.low >>> 0, m.bytes.high >>> 0, true).toBigInt();
                    else if (typeof m.bytes === "number")
                        d.bytes = o.longs === $String ? $String(m.bytes) : m.bytes;
                    else
                        d.bytes = o.longs === $String ? $util.Long.prototype.toString.call(m.bytes) : o.longs === $Number ? new $util.LongBits(m.bytes.low >>> 0, m.bytes.high >>> 0).toNumber(true) : m.bytes;
                }
                if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256")) {
                    d.sha256 = o.bytes === $String ? $util.base64.encode(m.sha256, 0, m.sha256.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.sha256) : m.sha256;
                }
                return d;
            };

            /**
             * Converts this RamEnd to JSON.
             * @function toJSON
             * @memberof arrow.migrate.RamEnd
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RamEnd.prototype.toJSON = function() {
                return RamEnd.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RamEnd
             * @function getTypeUrl
             * @memberof arrow.migrate.RamEnd
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RamEnd.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.migrate.RamEnd";
            };

            return RamEnd;
        })();

        migrate.Go = (function() {

            /**
             * Properties of a Go.
             * @typedef {Object} arrow.migrate.Go.$Properties
             * @property {number|null} [channelReceived] Go channelReceived
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Go.
             * @memberof arrow.migrate
             * @interface IGo
             * @augments arrow.migrate.Go.$Properties
             * @deprecated Use arrow.migrate.Go.$Properties instead.
             */

            /**
             * Shape of a Go.
             * @typedef {arrow.migrate.Go.$Properties} arrow.migrate.Go.$Shape
             */

            /**
             * Constructs a new Go.
             * @memberof arrow.migrate
             * @classdesc Represents a Go.
             * @constructor
             * @param {arrow.migrate.Go.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Go = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Go channelReceived.
             * @member {number} channelReceived
             * @memberof arrow.migrate.Go
             * @instance
             */
            Go.prototype.channelReceived = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Go instance using the specified properties.
             * @function create
             * @memberof arrow.migrate.Go
             * @static
             * @param {arrow.migrate.Go.$Properties=} [properties] Properties to set
             * @returns {arrow.migrate.Go} Go instance
             * @type {{
             *   (properties: arrow.migrate.Go.$Shape): arrow.migrate.Go & arrow.migrate.Go.$Shape;
             *   (properties?: arrow.migrate.Go.$Properties): arrow.migrate.Go;
             * }}
             */
            Go.create = function(properties) {
                return new Go(properties);
            };

            /**
             * Encodes the specified Go message. Does not implicitly {@link arrow.migrate.Go.verify|verify} messages.
             * @function encode
             * @memberof arrow.migrate.Go
             * @static
             * @param {arrow.migrate.Go.$Properties} m Go message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Go.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.channelReceived != null && $Object.hasOwnProperty.call(m, "channelReceived") && (typeof m.channelReceived === "object" ? m.channelReceived.low || m.channelReceived.high : m.channelReceived !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.channelReceived);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Go message, length delimited. Does not implicitly {@link arrow.migrate.Go.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.migrate.Go
             * @static
             * @param {arrow.migrate.Go.$Properties} message Go message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Go.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Go message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.migrate.Go
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.migrate.Go & arrow.migrate.Go.$Shape} Go
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Go.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.migrate.Go();
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
                                m.channelReceived = v;
                            else
                                delete m.channelReceived;
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
             * Decodes a Go message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.migrate.Go
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.migrate.Go & arrow.migrate.Go.$Shape} Go
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Go.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Go message.
             * @function verify
             * @memberof arrow.migrate.Go
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Go.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.channelReceived != null && $Object.hasOwnProperty.call(m, "channelReceived")) {
                    if (!$util.isInteger(m.channelReceived) && !(m.channelReceived && $util.isInteger(m.channelReceived.low) && $util.isInteger(m.channelReceived.high)))
                        return "channelReceived: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a Go message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.migrate.Go
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.migrate.Go} Go
             */
            Go.fromObject = function (d, q) {
                if (d instanceof $root.arrow.migrate.Go)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.migrate.Go: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.migrate.Go();
                if (d.channelReceived != null) {
                    if (typeof d.channelReceived === "object" ? d.channelReceived.low || d.channelReceived.high : $Number(d.channelReceived) !== 0) {
                        if ($util.Long)
                            m.channelReceived = $util.Long.fromValue(d.channelReceived, true);
                        else if (typeof d.channelReceived === "string")
                            m.channelReceived = $parseInt(d.channelReceived, 10);
                        else if (typeof d.channelReceived === "number")
                            m.channelReceived = d.channelReceived;
                        else if (typeof d.channelReceived === "object")
                            m.channelReceived = new $util.LongBits(d.channelReceived.low >>> 0, d.channelReceived.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Go message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.migrate.Go
             * @static
             * @param {arrow.migrate.Go} m Go
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Go.toObject = function (m, o, q) {
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
                        d.channelReceived = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.channelReceived = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.channelReceived != null && $Object.hasOwnProperty.call(m, "channelReceived")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.channelReceived = typeof m.channelReceived === "number" ? $BigInt(m.channelReceived) : $util.Long.fromBits(m.channelReceived.low >>> 0, m.channelReceived.high >>> 0, true).toBigInt();
                    else if (typeof m.channelReceived === "number")
                        d.channelReceived = o.longs === $String ? $String(m.channelReceived) : m.channelReceived;
                    else
                        d.channelReceived = o.longs === $String ? $util.Long.prototype.toString.call(m.channelReceived) : o.longs === $Number ? new $util.LongBits(m.channelReceived.low >>> 0, m.channelReceived.high >>> 0).toNumber(true) : m.channelReceived;
                }
                return d;
            };

            /**
             * Converts this Go to JSON.
             * @function toJSON
             * @memberof arrow.migrate.Go
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Go.prototype.toJSON = function() {
                return Go.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Go
             * @function getTypeUrl
             * @memberof arrow.migrate.Go
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Go.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.migrate.Go";
            };

            return Go;
        })();

        migrate.Abort = (function() {

            /**
             * Properties of an Abort.
             * @typedef {Object} arrow.migrate.Abort.$Properties
             * @property {string|null} [reason] Abort reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Abort.
             * @memberof arrow.migrate
             * @interface IAbort
             * @augments arrow.migrate.Abort.$Properties
             * @deprecated Use arrow.migrate.Abort.$Properties instead.
             */

            /**
             * Shape of an Abort.
             * @typedef {arrow.migrate.Abort.$Properties} arrow.migrate.Abort.$Shape
             */

            /**
             * Constructs a new Abort.
             * @memberof arrow.migrate
             * @classdesc Represents an Abort.
             * @constructor
             * @param {arrow.migrate.Abort.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Abort = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Abort reason.
             * @member {string} reason
             * @memberof arrow.migrate.Abort
             * @instance
             */
            Abort.prototype.reason = "";

            /**
             * Creates a new Abort instance using the specified properties.
             * @function create
             * @memberof arrow.migrate.Abort
             * @static
             * @param {arrow.migrate.Abort.$Properties=} [properties] Properties to set
             * @returns {arrow.migrate.Abort} Abort instance
             * @type {{
             *   (properties: arrow.migrate.Abort.$Shape): arrow.migrate.Abort & arrow.migrate.Abort.$Shape;
             *   (properties?: arrow.migrate.Abort.$Properties): arrow.migrate.Abort;
             * }}
             */
            Abort.create = function(properties) {
                return new Abort(properties);
            };

            /**
             * Encodes the specified Abort message. Does not implicitly {@link arrow.migrate.Abort.verify|verify} messages.
             * @function encode
             * @memberof arrow.migrate.Abort
             * @static
             * @param {arrow.migrate.Abort.$Properties} m Abort message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Abort.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.reason);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Abort message, length delimited. Does not implicitly {@link arrow.migrate.Abort.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.migrate.Abort
             * @static
             * @param {arrow.migrate.Abort.$Properties} message Abort message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Abort.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Abort message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.migrate.Abort
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.migrate.Abort & arrow.migrate.Abort.$Shape} Abort
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Abort.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.migrate.Abort();
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
             * Decodes an Abort message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.migrate.Abort
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.migrate.Abort & arrow.migrate.Abort.$Shape} Abort
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Abort.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Abort message.
             * @function verify
             * @memberof arrow.migrate.Abort
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Abort.verify = function (m, q) {
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
                return null;
            };

            /**
             * Creates an Abort message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.migrate.Abort
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.migrate.Abort} Abort
             */
            Abort.fromObject = function (d, q) {
                if (d instanceof $root.arrow.migrate.Abort)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.migrate.Abort: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.migrate.Abort();
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Abort message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.migrate.Abort
             * @static
             * @param {arrow.migrate.Abort} m Abort
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Abort.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.reason = "";
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                return d;
            };

            /**
             * Converts this Abort to JSON.
             * @function toJSON
             * @memberof arrow.migrate.Abort
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Abort.prototype.toJSON = function() {
                return Abort.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Abort
             * @function getTypeUrl
             * @memberof arrow.migrate.Abort
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Abort.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.migrate.Abort";
            };

            return Abort;
        })();

        migrate.TargetMessage = (function() {

            /**
             * Properties of a TargetMessage.
             * @typedef {Object} arrow.migrate.TargetMessage.$Properties
             * @property {arrow.migrate.Ready.$Properties|null} [ready] TargetMessage ready
             * @property {arrow.migrate.Loaded.$Properties|null} [loaded] TargetMessage loaded
             * @property {arrow.migrate.Done.$Properties|null} [done] TargetMessage done
             * @property {"ready"|"loaded"|"done"} [body] TargetMessage body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TargetMessage.
             * @memberof arrow.migrate
             * @interface ITargetMessage
             * @augments arrow.migrate.TargetMessage.$Properties
             * @deprecated Use arrow.migrate.TargetMessage.$Properties instead.
             */

            /**
             * Narrowed shape of a TargetMessage.
             * @typedef {{
             *   ready?: arrow.migrate.Ready.$Shape|null;
             *   loaded?: arrow.migrate.Loaded.$Shape|null;
             *   done?: arrow.migrate.Done.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; ready?: null; loaded?: null; done?: null }|{ body?: "ready"; ready: arrow.migrate.Ready.$Shape; loaded?: null; done?: null }|{ body?: "loaded"; ready?: null; loaded: arrow.migrate.Loaded.$Shape; done?: null }|{ body?: "done"; ready?: null; loaded?: null; done: arrow.migrate.Done.$Shape })
             * )} arrow.migrate.TargetMessage.$Shape
             */

            /**
             * Constructs a new TargetMessage.
             * @memberof arrow.migrate
             * @classdesc Represents a TargetMessage.
             * @constructor
             * @param {arrow.migrate.TargetMessage.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TargetMessage = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TargetMessage ready.
             * @member {arrow.migrate.Ready.$Properties|null|undefined} ready
             * @memberof arrow.migrate.TargetMessage
             * @instance
             */
            TargetMessage.prototype.ready = null;

            /**
             * TargetMessage loaded.
             * @member {arrow.migrate.Loaded.$Properties|null|undefined} loaded
             * @memberof arrow.migrate.TargetMessage
             * @instance
             */
            TargetMessage.prototype.loaded = null;

            /**
             * TargetMessage done.
             * @member {arrow.migrate.Done.$Properties|null|undefined} done
             * @memberof arrow.migrate.TargetMessage
             * @instance
             */
            TargetMessage.prototype.done = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * TargetMessage body.
             * @member {"ready"|"loaded"|"done"|undefined} body
             * @memberof arrow.migrate.TargetMessage
             * @instance
             */
            $Object.defineProperty(TargetMessage.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["ready", "loaded", "done"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new TargetMessage instance using the specified properties.
             * @function create
             * @memberof arrow.migrate.TargetMessage
             * @static
             * @param {arrow.migrate.TargetMessage.$Properties=} [properties] Properties to set
             * @returns {arrow.migrate.TargetMessage} TargetMessage instance
             * @type {{
             *   (properties: arrow.migrate.TargetMessage.$Shape): arrow.migrate.TargetMessage & arrow.migrate.TargetMessage.$Shape;
             *   (properties?: arrow.migrate.TargetMessage.$Properties): arrow.migrate.TargetMessage;
             * }}
             */
            TargetMessage.create = function(properties) {
                return new TargetMessage(properties);
            };

            /**
             * Encodes the specified TargetMessage message. Does not implicitly {@link arrow.migrate.TargetMessage.verify|verify} messages.
             * @function encode
             * @memberof arrow.migrate.TargetMessage
             * @static
             * @param {arrow.migrate.TargetMessage.$Properties} m TargetMessage message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TargetMessage.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ready != null && $Object.hasOwnProperty.call(m, "ready"))
                    $root.arrow.migrate.Ready.encode(m.ready, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.loaded != null && $Object.hasOwnProperty.call(m, "loaded"))
                    $root.arrow.migrate.Loaded.encode(m.loaded, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.done != null && $Object.hasOwnProperty.call(m, "done"))
                    $root.arrow.migrate.Done.encode(m.done, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified TargetMessage message, length delimited. Does not implicitly {@link arrow.migrate.TargetMessage.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.migrate.TargetMessage
             * @static
             * @param {arrow.migrate.TargetMessage.$Properties} message TargetMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TargetMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TargetMessage message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.migrate.TargetMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.migrate.TargetMessage & arrow.migrate.TargetMessage.$Shape} TargetMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TargetMessage.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.migrate.TargetMessage();
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
                            m.ready = $root.arrow.migrate.Ready.decode(r, r.size(), $undefined, q + 1, m.ready);
                            m.body = "ready";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.loaded = $root.arrow.migrate.Loaded.decode(r, r.size(), $undefined, q + 1, m.loaded);
                            m.body = "loaded";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.done = $root.arrow.migrate.Done.decode(r, r.size(), $undefined, q + 1, m.done);
                            m.body = "done";
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
             * Decodes a TargetMessage message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.migrate.TargetMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.migrate.TargetMessage & arrow.migrate.TargetMessage.$Shape} TargetMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TargetMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TargetMessage message.
             * @function verify
             * @memberof arrow.migrate.TargetMessage
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TargetMessage.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.ready != null && $Object.hasOwnProperty.call(m, "ready")) {
                    p.body = 1;
                    {
                        var e = $root.arrow.migrate.Ready.verify(m.ready, q + 1);
                        if (e)
                            return "ready." + e;
                    }
                }
                if (m.loaded != null && $Object.hasOwnProperty.call(m, "loaded")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.arrow.migrate.Loaded.verify(m.loaded, q + 1);
                        if (e)
                            return "loaded." + e;
                    }
                }
                if (m.done != null && $Object.hasOwnProperty.call(m, "done")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.arrow.migrate.Done.verify(m.done, q + 1);
                        if (e)
                            return "done." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a TargetMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.migrate.TargetMessage
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.migrate.TargetMessage} TargetMessage
             */
            TargetMessage.fromObject = function (d, q) {
                if (d instanceof $root.arrow.migrate.TargetMessage)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.migrate.TargetMessage: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.migrate.TargetMessage();
                if (d.ready != null) {
                    if (!$util.isObject(d.ready))
                        throw $TypeError(".arrow.migrate.TargetMessage.ready: object expected");
                    m.ready = $root.arrow.migrate.Ready.fromObject(d.ready, q + 1);
                }
                if (d.loaded != null) {
                    if (!$util.isObject(d.loaded))
                        throw $TypeError(".arrow.migrate.TargetMessage.loaded: object expected");
                    m.loaded = $root.arrow.migrate.Loaded.fromObject(d.loaded, q + 1);
                }
                if (d.done != null) {
                    if (!$util.isObject(d.done))
                        throw $TypeError(".arrow.migrate.TargetMessage.done: object expected");
                    m.done = $root.arrow.migrate.Done.fromObject(d.done, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a TargetMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.migrate.TargetMessage
             * @static
             * @param {arrow.migrate.TargetMessage} m TargetMessage
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TargetMessage.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.ready != null && $Object.hasOwnProperty.call(m, "ready")) {
                    d.ready = $root.arrow.migrate.Ready.toObject(m.ready, o, q + 1);
                    if (o.oneofs)
                        d.body = "ready";
                }
                if (m.loaded != null && $Object.hasOwnProperty.call(m, "loaded")) {
                    d.loaded = $root.arrow.migrate.Loaded.toObject(m.loaded, o, q + 1);
                    if (o.oneofs)
                        d.body = "loaded";
                }
                if (m.done != null && $Object.hasOwnProperty.call(m, "done")) {
                    d.done = $root.arrow.migrate.Done.toObject(m.done, o, q + 1);
                    if (o.oneofs)
                        d.body = "done";
                }
                return d;
            };

            /**
             * Converts this TargetMessage to JSON.
             * @function toJSON
             * @memberof arrow.migrate.TargetMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TargetMessage.prototype.toJSON = function() {
                return TargetMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TargetMessage
             * @function getTypeUrl
             * @memberof arrow.migrate.TargetMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TargetMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.migrate.TargetMessage";
            };

            return TargetMessage;
        })();

        migrate.Ready = (function() {

            /**
             * Properties of a Ready.
             * @typedef {Object} arrow.migrate.Ready.$Properties
             * @property {boolean|null} [accepted] Ready accepted
             * @property {string|null} [reason] Ready reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Ready.
             * @memberof arrow.migrate
             * @interface IReady
             * @augments arrow.migrate.Ready.$Properties
             * @deprecated Use arrow.migrate.Ready.$Properties instead.
             */

            /**
             * Shape of a Ready.
             * @typedef {arrow.migrate.Ready.$Properties} arrow.migrate.Ready.$Shape
             */

            /**
             * Constructs a new Ready.
             * @memberof arrow.migrate
             * @classdesc Represents a Ready.
             * @constructor
             * @param {arrow.migrate.Ready.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ready = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Ready accepted.
             * @member {boolean} accepted
             * @memberof arrow.migrate.Ready
             * @instance
             */
            Ready.prototype.accepted = false;

            /**
             * Ready reason.
             * @member {string} reason
             * @memberof arrow.migrate.Ready
             * @instance
             */
            Ready.prototype.reason = "";

            /**
             * Creates a new Ready instance using the specified properties.
             * @function create
             * @memberof arrow.migrate.Ready
             * @static
             * @param {arrow.migrate.Ready.$Properties=} [properties] Properties to set
             * @returns {arrow.migrate.Ready} Ready instance
             * @type {{
             *   (properties: arrow.migrate.Ready.$Shape): arrow.migrate.Ready & arrow.migrate.Ready.$Shape;
             *   (properties?: arrow.migrate.Ready.$Properties): arrow.migrate.Ready;
             * }}
             */
            Ready.create = function(properties) {
                return new Ready(properties);
            };

            /**
             * Encodes the specified Ready message. Does not implicitly {@link arrow.migrate.Ready.verify|verify} messages.
             * @function encode
             * @memberof arrow.migrate.Ready
             * @static
             * @param {arrow.migrate.Ready.$Properties} m Ready message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ready.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.accepted != null && $Object.hasOwnProperty.call(m, "accepted") && m.accepted !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.accepted);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.reason);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Ready message, length delimited. Does not implicitly {@link arrow.migrate.Ready.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.migrate.Ready
             * @static
             * @param {arrow.migrate.Ready.$Properties} message Ready message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ready.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Ready message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.migrate.Ready
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.migrate.Ready & arrow.migrate.Ready.$Shape} Ready
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ready.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.migrate.Ready();
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
                                m.accepted = v;
                            else
                                delete m.accepted;
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
             * Decodes a Ready message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.migrate.Ready
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.migrate.Ready & arrow.migrate.Ready.$Shape} Ready
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ready.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Ready message.
             * @function verify
             * @memberof arrow.migrate.Ready
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Ready.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.accepted != null && $Object.hasOwnProperty.call(m, "accepted")) {
                    if (typeof m.accepted !== "boolean")
                        return "accepted: boolean expected";
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    if (!$util.isString(m.reason))
                        return "reason: string expected";
                }
                return null;
            };

            /**
             * Creates a Ready message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.migrate.Ready
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.migrate.Ready} Ready
             */
            Ready.fromObject = function (d, q) {
                if (d instanceof $root.arrow.migrate.Ready)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.migrate.Ready: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.migrate.Ready();
                if (d.accepted != null) {
                    if (d.accepted) {
                        m.accepted = $Boolean(d.accepted);
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
             * Creates a plain object from a Ready message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.migrate.Ready
             * @static
             * @param {arrow.migrate.Ready} m Ready
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ready.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.accepted = false;
                    d.reason = "";
                }
                if (m.accepted != null && $Object.hasOwnProperty.call(m, "accepted")) {
                    d.accepted = m.accepted;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                return d;
            };

            /**
             * Converts this Ready to JSON.
             * @function toJSON
             * @memberof arrow.migrate.Ready
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ready.prototype.toJSON = function() {
                return Ready.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ready
             * @function getTypeUrl
             * @memberof arrow.migrate.Ready
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ready.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.migrate.Ready";
            };

            return Ready;
        })();

        migrate.Loaded = (function() {

            /**
             * Properties of a Loaded.
             * @typedef {Object} arrow.migrate.Loaded.$Properties
             * @property {boolean|null} [ok] Loaded ok
             * @property {string|null} [reason] Loaded reason
             * @property {number|null} [bytes] Loaded bytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Loaded.
             * @memberof arrow.migrate
             * @interface ILoaded
             * @augments arrow.migrate.Loaded.$Properties
             * @deprecated Use arrow.migrate.Loaded.$Properties instead.
             */

            /**
             * Shape of a Loaded.
             * @typedef {arrow.migrate.Loaded.$Properties} arrow.migrate.Loaded.$Shape
             */

            /**
             * Constructs a new Loaded.
             * @memberof arrow.migrate
             * @classdesc Represents a Loaded.
             * @constructor
             * @param {arrow.migrate.Loaded.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Loaded = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Loaded ok.
             * @member {boolean} ok
             * @memberof arrow.migrate.Loaded
             * @instance
             */
            Loaded.prototype.ok = false;

            /**
             * Loaded reason.
             * @member {string} reason
             * @memberof arrow.migrate.Loaded
             * @instance
             */
            Loaded.prototype.reason = "";

            /**
             * Loaded bytes.
             * @member {number} bytes
             * @memberof arrow.migrate.Loaded
             * @instance
             */
            Loaded.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Loaded instance using the specified properties.
             * @function create
             * @memberof arrow.migrate.Loaded
             * @static
             * @param {arrow.migrate.Loaded.$Properties=} [properties] Properties to set
             * @returns {arrow.migrate.Loaded} Loaded instance
             * @type {{
             *   (properties: arrow.migrate.Loaded.$Shape): arrow.migrate.Loaded & arrow.migrate.Loaded.$Shape;
             *   (properties?: arrow.migrate.Loaded.$Properties): arrow.migrate.Loaded;
             * }}
             */
            Loaded.create = function(properties) {
                return new Loaded(properties);
            };

            /**
             * Encodes the specified Loaded message. Does not implicitly {@link arrow.migrate.Loaded.verify|verify} messages.
             * @function encode
             * @memberof arrow.migrate.Loaded
             * @static
             * @param {arrow.migrate.Loaded.$Properties} m Loaded message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Loaded.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ok != null && $Object.hasOwnProperty.call(m, "ok") && m.ok !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.ok);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.reason);
                if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes") && (typeof m.bytes === "object" ? m.bytes.low || m.bytes.high : m.bytes !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.bytes);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Loaded message, length delimited. Does not implicitly {@link arrow.migrate.Loaded.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.migrate.Loaded
             * @static
             * @param {arrow.migrate.Loaded.$Properties} message Loaded message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Loaded.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Loaded message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.migrate.Loaded
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.migrate.Loaded & arrow.migrate.Loaded.$Shape} Loaded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Loaded.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.migrate.Loaded();
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
                                m.ok = v;
                            else
                                delete m.ok;
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
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.bytes = v;
                            else
                                delete m.bytes;
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
             * Decodes a Loaded message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.migrate.Loaded
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.migrate.Loaded & arrow.migrate.Loaded.$Shape} Loaded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Loaded.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Loaded message.
             * @function verify
             * @memberof arrow.migrate.Loaded
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Loaded.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                    if (typeof m.ok !== "boolean")
                        return "ok: boolean expected";
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    if (!$util.isString(m.reason))
                        return "reason: string expected";
                }
                if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes")) {
                    if (!$util.isInteger(m.bytes) && !(m.bytes && $util.isInteger(m.bytes.low) && $util.isInteger(m.bytes.high)))
                        return "bytes: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a Loaded message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.migrate.Loaded
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.migrate.Loaded} Loaded
             */
            Loaded.fromObject = function (d, q) {
                if (d instanceof $root.arrow.migrate.Loaded)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.migrate.Loaded: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.migrate.Loaded();
                if (d.ok != null) {
                    if (d.ok) {
                        m.ok = $Boolean(d.ok);
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                if (d.bytes != null) {
                    if (typeof d.bytes === "object" ? d.bytes.low || d.bytes.high : $Number(d.bytes) !== 0) {
                        if ($util.Long)
                            m.bytes = $util.Long.fromValue(d.bytes, true);
                        else if (typeof d.bytes === "string")
                            m.bytes = $parseInt(d.bytes, 10);
                        else if (typeof d.bytes === "number")
                            m.bytes = d.bytes;
                        else if (typeof d.bytes === "object")
                            m.bytes = new $util.LongBits(d.bytes.low >>> 0, d.bytes.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Loaded message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.migrate.Loaded
             * @static
             * @param {arrow.migrate.Loaded} m Loaded
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Loaded.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.ok = false;
                    d.reason = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.bytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.bytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                    d.ok = m.ok;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.bytes = typeof m.bytes === "number" ? $BigInt(m.bytes) : $util.Long.fromBits(m.bytes.low >>> 0, m.bytes.high >>> 0, true).toBigInt();
                    else if (typeof m.bytes === "number")
                        d.bytes = o.longs === $String ? $String(m.bytes) : m.bytes;
                    else
                        d.bytes = o.longs === $String ? $util.Long.prototype.toString.call(m.bytes) : o.longs === $Number ? new $util.LongBits(m.bytes.low >>> 0, m.bytes.high >>> 0).toNumber(true) : m.bytes;
                }
                return d;
            };

            /**
             * Converts this Loaded to JSON.
             * @function toJSON
             * @memberof arrow.migrate.Loaded
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Loaded.prototype.toJSON = function() {
                return Loaded.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Loaded
             * @function getTypeUrl
             * @memberof arrow.migrate.Loaded
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Loaded.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.migrate.Loaded";
            };

            return Loaded;
        })();

        migrate.Done = (function() {

            /**
             * Properties of a Done.
             * @typedef {Object} arrow.migrate.Done.$Properties
             * @property {boolean|null} [ok] Done ok
             * @property {string|null} [reason] Done reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Done.
             * @memberof arrow.migrate
             * @interface IDone
             * @augments arrow.migrate.Done.$Properties
             * @deprecated Use arrow.migrate.Done.$Properties instead.
             */

            /**
             * Shape of a Done.
             * @typedef {arrow.migrate.Done.$Properties} arrow.migrate.Done.$Shape
             */

            /**
             * Constructs a new Done.
             * @memberof arrow.migrate
             * @classdesc Represents a Done.
             * @constructor
             * @param {arrow.migrate.Done.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Done = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Done ok.
             * @member {boolean} ok
             * @memberof arrow.migrate.Done
             * @instance
             */
            Done.prototype.ok = false;

            /**
             * Done reason.
             * @member {string} reason
             * @memberof arrow.migrate.Done
             * @instance
             */
            Done.prototype.reason = "";

            /**
             * Creates a new Done instance using the specified properties.
             * @function create
             * @memberof arrow.migrate.Done
             * @static
             * @param {arrow.migrate.Done.$Properties=} [properties] Properties to set
             * @returns {arrow.migrate.Done} Done instance
             * @type {{
             *   (properties: arrow.migrate.Done.$Shape): arrow.migrate.Done & arrow.migrate.Done.$Shape;
             *   (properties?: arrow.migrate.Done.$Properties): arrow.migrate.Done;
             * }}
             */
            Done.create = function(properties) {
                return new Done(properties);
            };

            /**
             * Encodes the specified Done message. Does not implicitly {@link arrow.migrate.Done.verify|verify} messages.
             * @function encode
             * @memberof arrow.migrate.Done
             * @static
             * @param {arrow.migrate.Done.$Properties} m Done message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Done.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ok != null && $Object.hasOwnProperty.call(m, "ok") && m.ok !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.ok);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.reason);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Done message, length delimited. Does not implicitly {@link arrow.migrate.Done.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.migrate.Done
             * @static
             * @param {arrow.migrate.Done.$Properties} message Done message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Done.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Done message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.migrate.Done
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.migrate.Done & arrow.migrate.Done.$Shape} Done
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Done.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.migrate.Done();
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
                                m.ok = v;
                            else
                                delete m.ok;
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
             * Decodes a Done message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.migrate.Done
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.migrate.Done & arrow.migrate.Done.$Shape} Done
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Done.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Done message.
             * @function verify
             * @memberof arrow.migrate.Done
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Done.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                    if (typeof m.ok !== "boolean")
                        return "ok: boolean expected";
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    if (!$util.isString(m.reason))
                        return "reason: string expected";
                }
                return null;
            };

            /**
             * Creates a Done message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.migrate.Done
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.migrate.Done} Done
             */
            Done.fromObject = function (d, q) {
                if (d instanceof $root.arrow.migrate.Done)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.migrate.Done: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.migrate.Done();
                if (d.ok != null) {
                    if (d.ok) {
                        m.ok = $Boolean(d.ok);
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
             * Creates a plain object from a Done message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.migrate.Done
             * @static
             * @param {arrow.migrate.Done} m Done
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Done.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.ok = false;
                    d.reason = "";
                }
                if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                    d.ok = m.ok;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                return d;
            };

            /**
             * Converts this Done to JSON.
             * @function toJSON
             * @memberof arrow.migrate.Done
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Done.prototype.toJSON = function() {
                return Done.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Done
             * @function getTypeUrl
             * @memberof arrow.migrate.Done
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Done.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.migrate.Done";
            };

            return Done;
        })();

        return migrate;
    })();

    return arrow;
})();

export {
  $root as default
};
