/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";
if ($protobuf.util.Long) { $protobuf.util.Long = undefined; $protobuf.configure(); }

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const arrow = $root.arrow = (() => {

    /**
     * Namespace arrow.
     * @exports arrow
     * @namespace
     */
    const arrow = {};

    arrow.raftdriver = (function() {

        /**
         * Namespace raftdriver.
         * @memberof arrow
         * @namespace
         */
        const raftdriver = {};

        raftdriver.Proposal = (function() {

            /**
             * Properties of a Proposal.
             * @typedef {Object} arrow.raftdriver.Proposal.$Properties
             * @property {string|null} [proposer] Proposal proposer
             * @property {number|null} [request] Proposal request
             * @property {Uint8Array|null} [command] Proposal command
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Proposal.
             * @memberof arrow.raftdriver
             * @interface IProposal
             * @augments arrow.raftdriver.Proposal.$Properties
             * @deprecated Use arrow.raftdriver.Proposal.$Properties instead.
             */

            /**
             * Shape of a Proposal.
             * @typedef {arrow.raftdriver.Proposal.$Properties} arrow.raftdriver.Proposal.$Shape
             */

            /**
             * Constructs a new Proposal.
             * @memberof arrow.raftdriver
             * @classdesc Represents a Proposal.
             * @constructor
             * @param {arrow.raftdriver.Proposal.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Proposal = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Proposal proposer.
             * @member {string} proposer
             * @memberof arrow.raftdriver.Proposal
             * @instance
             */
            Proposal.prototype.proposer = "";

            /**
             * Proposal request.
             * @member {number} request
             * @memberof arrow.raftdriver.Proposal
             * @instance
             */
            Proposal.prototype.request = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Proposal command.
             * @member {Uint8Array} command
             * @memberof arrow.raftdriver.Proposal
             * @instance
             */
            Proposal.prototype.command = $util.newBuffer([]);

            /**
             * Creates a new Proposal instance using the specified properties.
             * @function create
             * @memberof arrow.raftdriver.Proposal
             * @static
             * @param {arrow.raftdriver.Proposal.$Properties=} [properties] Properties to set
             * @returns {arrow.raftdriver.Proposal} Proposal instance
             * @type {{
             *   (properties: arrow.raftdriver.Proposal.$Shape): arrow.raftdriver.Proposal & arrow.raftdriver.Proposal.$Shape;
             *   (properties?: arrow.raftdriver.Proposal.$Properties): arrow.raftdriver.Proposal;
             * }}
             */
            Proposal.create = function(properties) {
                return new Proposal(properties);
            };

            /**
             * Encodes the specified Proposal message. Does not implicitly {@link arrow.raftdriver.Proposal.verify|verify} messages.
             * @function encode
             * @memberof arrow.raftdriver.Proposal
             * @static
             * @param {arrow.raftdriver.Proposal.$Properties} m Proposal message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Proposal.encode = function (m, w, q) {
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
             * Encodes the specified Proposal message, length delimited. Does not implicitly {@link arrow.raftdriver.Proposal.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.raftdriver.Proposal
             * @static
             * @param {arrow.raftdriver.Proposal.$Properties} message Proposal message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Proposal.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Proposal message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.raftdriver.Proposal
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.raftdriver.Proposal & arrow.raftdriver.Proposal.$Shape} Proposal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Proposal.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.raftdriver.Proposal();
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
             * Decodes a Proposal message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.raftdriver.Proposal
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.raftdriver.Proposal & arrow.raftdriver.Proposal.$Shape} Proposal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Proposal.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Proposal message.
             * @function verify
             * @memberof arrow.raftdriver.Proposal
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Proposal.verify = function (m, q) {
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
             * Creates a Proposal message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.raftdriver.Proposal
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.raftdriver.Proposal} Proposal
             */
            Proposal.fromObject = function (d, q) {
                if (d instanceof $root.arrow.raftdriver.Proposal)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.raftdriver.Proposal: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.raftdriver.Proposal();
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
             * Creates a plain object from a Proposal message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.raftdriver.Proposal
             * @static
             * @param {arrow.raftdriver.Proposal} m Proposal
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Proposal.toObject = function (m, o, q) {
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
             * Converts this Proposal to JSON.
             * @function toJSON
             * @memberof arrow.raftdriver.Proposal
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Proposal.prototype.toJSON = function() {
                return Proposal.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Proposal
             * @function getTypeUrl
             * @memberof arrow.raftdriver.Proposal
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Proposal.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.raftdriver.Proposal";
            };

            return Proposal;
        })();

        raftdriver.AddressEntry = (function() {

            /**
             * Properties of an AddressEntry.
             * @typedef {Object} arrow.raftdriver.AddressEntry.$Properties
             * @property {string|null} [member] AddressEntry member
             * @property {string|null} [address] AddressEntry address
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AddressEntry.
             * @memberof arrow.raftdriver
             * @interface IAddressEntry
             * @augments arrow.raftdriver.AddressEntry.$Properties
             * @deprecated Use arrow.raftdriver.AddressEntry.$Properties instead.
             */

            /**
             * Shape of an AddressEntry.
             * @typedef {arrow.raftdriver.AddressEntry.$Properties} arrow.raftdriver.AddressEntry.$Shape
             */

            /**
             * Constructs a new AddressEntry.
             * @memberof arrow.raftdriver
             * @classdesc Represents an AddressEntry.
             * @constructor
             * @param {arrow.raftdriver.AddressEntry.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AddressEntry = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * AddressEntry member.
             * @member {string} member
             * @memberof arrow.raftdriver.AddressEntry
             * @instance
             */
            AddressEntry.prototype.member = "";

            /**
             * AddressEntry address.
             * @member {string} address
             * @memberof arrow.raftdriver.AddressEntry
             * @instance
             */
            AddressEntry.prototype.address = "";

            /**
             * Creates a new AddressEntry instance using the specified properties.
             * @function create
             * @memberof arrow.raftdriver.AddressEntry
             * @static
             * @param {arrow.raftdriver.AddressEntry.$Properties=} [properties] Properties to set
             * @returns {arrow.raftdriver.AddressEntry} AddressEntry instance
             * @type {{
             *   (properties: arrow.raftdriver.AddressEntry.$Shape): arrow.raftdriver.AddressEntry & arrow.raftdriver.AddressEntry.$Shape;
             *   (properties?: arrow.raftdriver.AddressEntry.$Properties): arrow.raftdriver.AddressEntry;
             * }}
             */
            AddressEntry.create = function(properties) {
                return new AddressEntry(properties);
            };

            /**
             * Encodes the specified AddressEntry message. Does not implicitly {@link arrow.raftdriver.AddressEntry.verify|verify} messages.
             * @function encode
             * @memberof arrow.raftdriver.AddressEntry
             * @static
             * @param {arrow.raftdriver.AddressEntry.$Properties} m AddressEntry message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AddressEntry.encode = function (m, w, q) {
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
             * Encodes the specified AddressEntry message, length delimited. Does not implicitly {@link arrow.raftdriver.AddressEntry.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.raftdriver.AddressEntry
             * @static
             * @param {arrow.raftdriver.AddressEntry.$Properties} message AddressEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AddressEntry.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AddressEntry message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.raftdriver.AddressEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.raftdriver.AddressEntry & arrow.raftdriver.AddressEntry.$Shape} AddressEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AddressEntry.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.raftdriver.AddressEntry();
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
             * Decodes an AddressEntry message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.raftdriver.AddressEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.raftdriver.AddressEntry & arrow.raftdriver.AddressEntry.$Shape} AddressEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AddressEntry.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AddressEntry message.
             * @function verify
             * @memberof arrow.raftdriver.AddressEntry
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AddressEntry.verify = function (m, q) {
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
             * Creates an AddressEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.raftdriver.AddressEntry
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.raftdriver.AddressEntry} AddressEntry
             */
            AddressEntry.fromObject = function (d, q) {
                if (d instanceof $root.arrow.raftdriver.AddressEntry)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.raftdriver.AddressEntry: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.raftdriver.AddressEntry();
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
             * Creates a plain object from an AddressEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.raftdriver.AddressEntry
             * @static
             * @param {arrow.raftdriver.AddressEntry} m AddressEntry
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AddressEntry.toObject = function (m, o, q) {
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
             * Converts this AddressEntry to JSON.
             * @function toJSON
             * @memberof arrow.raftdriver.AddressEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AddressEntry.prototype.toJSON = function() {
                return AddressEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AddressEntry
             * @function getTypeUrl
             * @memberof arrow.raftdriver.AddressEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AddressEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.raftdriver.AddressEntry";
            };

            return AddressEntry;
        })();

        raftdriver.SnapshotData = (function() {

            /**
             * Properties of a SnapshotData.
             * @typedef {Object} arrow.raftdriver.SnapshotData.$Properties
             * @property {Array.<arrow.raftdriver.AddressEntry.$Properties>|null} [addresses] SnapshotData addresses
             * @property {Uint8Array|null} [state] SnapshotData state
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotData.
             * @memberof arrow.raftdriver
             * @interface ISnapshotData
             * @augments arrow.raftdriver.SnapshotData.$Properties
             * @deprecated Use arrow.raftdriver.SnapshotData.$Properties instead.
             */

            /**
             * Shape of a SnapshotData.
             * @typedef {arrow.raftdriver.SnapshotData.$Properties} arrow.raftdriver.SnapshotData.$Shape
             */

            /**
             * Constructs a new SnapshotData.
             * @memberof arrow.raftdriver
             * @classdesc Represents a SnapshotData.
             * @constructor
             * @param {arrow.raftdriver.SnapshotData.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotData = function (p) {
                this.addresses = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SnapshotData addresses.
             * @member {Array.<arrow.raftdriver.AddressEntry.$Properties>} addresses
             * @memberof arrow.raftdriver.SnapshotData
             * @instance
             */
            SnapshotData.prototype.addresses = $util.emptyArray;

            /**
             * SnapshotData state.
             * @member {Uint8Array} state
             * @memberof arrow.raftdriver.SnapshotData
             * @instance
             */
            SnapshotData.prototype.state = $util.newBuffer([]);

            /**
             * Creates a new SnapshotData instance using the specified properties.
             * @function create
             * @memberof arrow.raftdriver.SnapshotData
             * @static
             * @param {arrow.raftdriver.SnapshotData.$Properties=} [properties] Properties to set
             * @returns {arrow.raftdriver.SnapshotData} SnapshotData instance
             * @type {{
             *   (properties: arrow.raftdriver.SnapshotData.$Shape): arrow.raftdriver.SnapshotData & arrow.raftdriver.SnapshotData.$Shape;
             *   (properties?: arrow.raftdriver.SnapshotData.$Properties): arrow.raftdriver.SnapshotData;
             * }}
             */
            SnapshotData.create = function(properties) {
                return new SnapshotData(properties);
            };

            /**
             * Encodes the specified SnapshotData message. Does not implicitly {@link arrow.raftdriver.SnapshotData.verify|verify} messages.
             * @function encode
             * @memberof arrow.raftdriver.SnapshotData
             * @static
             * @param {arrow.raftdriver.SnapshotData.$Properties} m SnapshotData message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotData.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.addresses != null && m.addresses.length) {
                    for (var i = 0; i < m.addresses.length; ++i)
                        $root.arrow.raftdriver.AddressEntry.encode(m.addresses[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.state);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SnapshotData message, length delimited. Does not implicitly {@link arrow.raftdriver.SnapshotData.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.raftdriver.SnapshotData
             * @static
             * @param {arrow.raftdriver.SnapshotData.$Properties} message SnapshotData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotData.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SnapshotData message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.raftdriver.SnapshotData
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.raftdriver.SnapshotData & arrow.raftdriver.SnapshotData.$Shape} SnapshotData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotData.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.raftdriver.SnapshotData();
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
                            m.addresses.push($root.arrow.raftdriver.AddressEntry.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a SnapshotData message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.raftdriver.SnapshotData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.raftdriver.SnapshotData & arrow.raftdriver.SnapshotData.$Shape} SnapshotData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotData.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SnapshotData message.
             * @function verify
             * @memberof arrow.raftdriver.SnapshotData
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SnapshotData.verify = function (m, q) {
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
                            var e = $root.arrow.raftdriver.AddressEntry.verify(m.addresses[i], q + 1);
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
             * Creates a SnapshotData message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.raftdriver.SnapshotData
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.raftdriver.SnapshotData} SnapshotData
             */
            SnapshotData.fromObject = function (d, q) {
                if (d instanceof $root.arrow.raftdriver.SnapshotData)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.raftdriver.SnapshotData: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.raftdriver.SnapshotData();
                if (d.addresses) {
                    if (!$Array.isArray(d.addresses))
                        throw $TypeError(".arrow.raftdriver.SnapshotData.addresses: array expected");
                    m.addresses = $Array(d.addresses.length);
                    for (var i = 0; i < d.addresses.length; ++i) {
                        if (!$util.isObject(d.addresses[i]))
                            throw $TypeError(".arrow.raftdriver.SnapshotData.addresses: object expected");
                        m.addresses[i] = $root.arrow.raftdriver.AddressEntry.fromObject(d.addresses[i], q + 1);
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
             * Creates a plain object from a SnapshotData message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.raftdriver.SnapshotData
             * @static
             * @param {arrow.raftdriver.SnapshotData} m SnapshotData
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SnapshotData.toObject = function (m, o, q) {
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
                        d.addresses[j] = $root.arrow.raftdriver.AddressEntry.toObject(m.addresses[j], o, q + 1);
                    }
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = o.bytes === $String ? $util.base64.encode(m.state, 0, m.state.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.state) : m.state;
                }
                return d;
            };

            /**
             * Converts this SnapshotData to JSON.
             * @function toJSON
             * @memberof arrow.raftdriver.SnapshotData
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SnapshotData.prototype.toJSON = function() {
                return SnapshotData.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SnapshotData
             * @function getTypeUrl
             * @memberof arrow.raftdriver.SnapshotData
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SnapshotData.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.raftdriver.SnapshotData";
            };

            return SnapshotData;
        })();

        raftdriver.KvCommand = (function() {

            /**
             * Properties of a KvCommand.
             * @typedef {Object} arrow.raftdriver.KvCommand.$Properties
             * @property {string|null} [key] KvCommand key
             * @property {Uint8Array|null} [value] KvCommand value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KvCommand.
             * @memberof arrow.raftdriver
             * @interface IKvCommand
             * @augments arrow.raftdriver.KvCommand.$Properties
             * @deprecated Use arrow.raftdriver.KvCommand.$Properties instead.
             */

            /**
             * Shape of a KvCommand.
             * @typedef {arrow.raftdriver.KvCommand.$Properties} arrow.raftdriver.KvCommand.$Shape
             */

            /**
             * Constructs a new KvCommand.
             * @memberof arrow.raftdriver
             * @classdesc Represents a KvCommand.
             * @constructor
             * @param {arrow.raftdriver.KvCommand.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KvCommand = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * KvCommand key.
             * @member {string} key
             * @memberof arrow.raftdriver.KvCommand
             * @instance
             */
            KvCommand.prototype.key = "";

            /**
             * KvCommand value.
             * @member {Uint8Array} value
             * @memberof arrow.raftdriver.KvCommand
             * @instance
             */
            KvCommand.prototype.value = $util.newBuffer([]);

            /**
             * Creates a new KvCommand instance using the specified properties.
             * @function create
             * @memberof arrow.raftdriver.KvCommand
             * @static
             * @param {arrow.raftdriver.KvCommand.$Properties=} [properties] Properties to set
             * @returns {arrow.raftdriver.KvCommand} KvCommand instance
             * @type {{
             *   (properties: arrow.raftdriver.KvCommand.$Shape): arrow.raftdriver.KvCommand & arrow.raftdriver.KvCommand.$Shape;
             *   (properties?: arrow.raftdriver.KvCommand.$Properties): arrow.raftdriver.KvCommand;
             * }}
             */
            KvCommand.create = function(properties) {
                return new KvCommand(properties);
            };

            /**
             * Encodes the specified KvCommand message. Does not implicitly {@link arrow.raftdriver.KvCommand.verify|verify} messages.
             * @function encode
             * @memberof arrow.raftdriver.KvCommand
             * @static
             * @param {arrow.raftdriver.KvCommand.$Properties} m KvCommand message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KvCommand.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.key);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.value);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified KvCommand message, length delimited. Does not implicitly {@link arrow.raftdriver.KvCommand.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.raftdriver.KvCommand
             * @static
             * @param {arrow.raftdriver.KvCommand.$Properties} message KvCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KvCommand.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a KvCommand message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.raftdriver.KvCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.raftdriver.KvCommand & arrow.raftdriver.KvCommand.$Shape} KvCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KvCommand.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.raftdriver.KvCommand();
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
                                m.key = v;
                            else
                                delete m.key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.value = v;
                            else
                                delete m.value;
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
             * Decodes a KvCommand message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.raftdriver.KvCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.raftdriver.KvCommand & arrow.raftdriver.KvCommand.$Shape} KvCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KvCommand.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a KvCommand message.
             * @function verify
             * @memberof arrow.raftdriver.KvCommand
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            KvCommand.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                    if (!$util.isString(m.key))
                        return "key: string expected";
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    if (!(m.value && typeof m.value.length === "number" || $util.isString(m.value)))
                        return "value: buffer expected";
                }
                return null;
            };

            /**
             * Creates a KvCommand message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.raftdriver.KvCommand
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.raftdriver.KvCommand} KvCommand
             */
            KvCommand.fromObject = function (d, q) {
                if (d instanceof $root.arrow.raftdriver.KvCommand)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.raftdriver.KvCommand: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.raftdriver.KvCommand();
                if (d.key != null) {
                    if (typeof d.key !== "string" || d.key.length) {
                        m.key = $String(d.key);
                    }
                }
                if (d.value != null) {
                    if (d.value.length) {
                        if (typeof d.value === "string")
                            $util.base64.decode(d.value, m.value = $util.newBuffer($util.base64.length(d.value)), 0);
                        else if (d.value.length >= 0)
                            m.value = d.value;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a KvCommand message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.raftdriver.KvCommand
             * @static
             * @param {arrow.raftdriver.KvCommand} m KvCommand
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KvCommand.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.key = "";
                    if (o.bytes === $String)
                        d.value = "";
                    else {
                        d.value = [];
                        if (o.bytes !== $Array)
                            d.value = $util.newBuffer(d.value);
                    }
                }
                if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                    d.key = m.key;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = o.bytes === $String ? $util.base64.encode(m.value, 0, m.value.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.value) : m.value;
                }
                return d;
            };

            /**
             * Converts this KvCommand to JSON.
             * @function toJSON
             * @memberof arrow.raftdriver.KvCommand
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KvCommand.prototype.toJSON = function() {
                return KvCommand.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for KvCommand
             * @function getTypeUrl
             * @memberof arrow.raftdriver.KvCommand
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KvCommand.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.raftdriver.KvCommand";
            };

            return KvCommand;
        })();

        raftdriver.KvPair = (function() {

            /**
             * Properties of a KvPair.
             * @typedef {Object} arrow.raftdriver.KvPair.$Properties
             * @property {string|null} [key] KvPair key
             * @property {Uint8Array|null} [value] KvPair value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KvPair.
             * @memberof arrow.raftdriver
             * @interface IKvPair
             * @augments arrow.raftdriver.KvPair.$Properties
             * @deprecated Use arrow.raftdriver.KvPair.$Properties instead.
             */

            /**
             * Shape of a KvPair.
             * @typedef {arrow.raftdriver.KvPair.$Properties} arrow.raftdriver.KvPair.$Shape
             */

            /**
             * Constructs a new KvPair.
             * @memberof arrow.raftdriver
             * @classdesc Represents a KvPair.
             * @constructor
             * @param {arrow.raftdriver.KvPair.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KvPair = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * KvPair key.
             * @member {string} key
             * @memberof arrow.raftdriver.KvPair
             * @instance
             */
            KvPair.prototype.key = "";

            /**
             * KvPair value.
             * @member {Uint8Array} value
             * @memberof arrow.raftdriver.KvPair
             * @instance
             */
            KvPair.prototype.value = $util.newBuffer([]);

            /**
             * Creates a new KvPair instance using the specified properties.
             * @function create
             * @memberof arrow.raftdriver.KvPair
             * @static
             * @param {arrow.raftdriver.KvPair.$Properties=} [properties] Properties to set
             * @returns {arrow.raftdriver.KvPair} KvPair instance
             * @type {{
             *   (properties: arrow.raftdriver.KvPair.$Shape): arrow.raftdriver.KvPair & arrow.raftdriver.KvPair.$Shape;
             *   (properties?: arrow.raftdriver.KvPair.$Properties): arrow.raftdriver.KvPair;
             * }}
             */
            KvPair.create = function(properties) {
                return new KvPair(properties);
            };

            /**
             * Encodes the specified KvPair message. Does not implicitly {@link arrow.raftdriver.KvPair.verify|verify} messages.
             * @function encode
             * @memberof arrow.raftdriver.KvPair
             * @static
             * @param {arrow.raftdriver.KvPair.$Properties} m KvPair message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KvPair.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.key);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.value);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified KvPair message, length delimited. Does not implicitly {@link arrow.raftdriver.KvPair.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.raftdriver.KvPair
             * @static
             * @param {arrow.raftdriver.KvPair.$Properties} message KvPair message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KvPair.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a KvPair message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.raftdriver.KvPair
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.raftdriver.KvPair & arrow.raftdriver.KvPair.$Shape} KvPair
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KvPair.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.raftdriver.KvPair();
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
                                m.key = v;
                            else
                                delete m.key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.value = v;
                            else
                                delete m.value;
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
             * Decodes a KvPair message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.raftdriver.KvPair
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.raftdriver.KvPair & arrow.raftdriver.KvPair.$Shape} KvPair
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KvPair.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a KvPair message.
             * @function verify
             * @memberof arrow.raftdriver.KvPair
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            KvPair.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                    if (!$util.isString(m.key))
                        return "key: string expected";
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    if (!(m.value && typeof m.value.length === "number" || $util.isString(m.value)))
                        return "value: buffer expected";
                }
                return null;
            };

            /**
             * Creates a KvPair message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.raftdriver.KvPair
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.raftdriver.KvPair} KvPair
             */
            KvPair.fromObject = function (d, q) {
                if (d instanceof $root.arrow.raftdriver.KvPair)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.raftdriver.KvPair: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.raftdriver.KvPair();
                if (d.key != null) {
                    if (typeof d.key !== "string" || d.key.length) {
                        m.key = $String(d.key);
                    }
                }
                if (d.value != null) {
                    if (d.value.length) {
                        if (typeof d.value === "string")
                            $util.base64.decode(d.value, m.value = $util.newBuffer($util.base64.length(d.value)), 0);
                        else if (d.value.length >= 0)
                            m.value = d.value;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a KvPair message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.raftdriver.KvPair
             * @static
             * @param {arrow.raftdriver.KvPair} m KvPair
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KvPair.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.key = "";
                    if (o.bytes === $String)
                        d.value = "";
                    else {
                        d.value = [];
                        if (o.bytes !== $Array)
                            d.value = $util.newBuffer(d.value);
                    }
                }
                if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                    d.key = m.key;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = o.bytes === $String ? $util.base64.encode(m.value, 0, m.value.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.value) : m.value;
                }
                return d;
            };

            /**
             * Converts this KvPair to JSON.
             * @function toJSON
             * @memberof arrow.raftdriver.KvPair
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KvPair.prototype.toJSON = function() {
                return KvPair.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for KvPair
             * @function getTypeUrl
             * @memberof arrow.raftdriver.KvPair
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KvPair.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.raftdriver.KvPair";
            };

            return KvPair;
        })();

        raftdriver.KvSnapshot = (function() {

            /**
             * Properties of a KvSnapshot.
             * @typedef {Object} arrow.raftdriver.KvSnapshot.$Properties
             * @property {Array.<arrow.raftdriver.KvPair.$Properties>|null} [pairs] KvSnapshot pairs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KvSnapshot.
             * @memberof arrow.raftdriver
             * @interface IKvSnapshot
             * @augments arrow.raftdriver.KvSnapshot.$Properties
             * @deprecated Use arrow.raftdriver.KvSnapshot.$Properties instead.
             */

            /**
             * Shape of a KvSnapshot.
             * @typedef {arrow.raftdriver.KvSnapshot.$Properties} arrow.raftdriver.KvSnapshot.$Shape
             */

            /**
             * Constructs a new KvSnapshot.
             * @memberof arrow.raftdriver
             * @classdesc Represents a KvSnapshot.
             * @constructor
             * @param {arrow.raftdriver.KvSnapshot.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KvSnapshot = function (p) {
                this.pairs = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * KvSnapshot pairs.
             * @member {Array.<arrow.raftdriver.KvPair.$Properties>} pairs
             * @memberof arrow.raftdriver.KvSnapshot
             * @instance
             */
            KvSnapshot.prototype.pairs = $util.emptyArray;

            /**
             * Creates a new KvSnapshot instance using the specified properties.
             * @function create
             * @memberof arrow.raftdriver.KvSnapshot
             * @static
             * @param {arrow.raftdriver.KvSnapshot.$Properties=} [properties] Properties to set
             * @returns {arrow.raftdriver.KvSnapshot} KvSnapshot instance
             * @type {{
             *   (properties: arrow.raftdriver.KvSnapshot.$Shape): arrow.raftdriver.KvSnapshot & arrow.raftdriver.KvSnapshot.$Shape;
             *   (properties?: arrow.raftdriver.KvSnapshot.$Properties): arrow.raftdriver.KvSnapshot;
             * }}
             */
            KvSnapshot.create = function(properties) {
                return new KvSnapshot(properties);
            };

            /**
             * Encodes the specified KvSnapshot message. Does not implicitly {@link arrow.raftdriver.KvSnapshot.verify|verify} messages.
             * @function encode
             * @memberof arrow.raftdriver.KvSnapshot
             * @static
             * @param {arrow.raftdriver.KvSnapshot.$Properties} m KvSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KvSnapshot.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.pairs != null && m.pairs.length) {
                    for (var i = 0; i < m.pairs.length; ++i)
                        $root.arrow.raftdriver.KvPair.encode(m.pairs[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified KvSnapshot message, length delimited. Does not implicitly {@link arrow.raftdriver.KvSnapshot.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.raftdriver.KvSnapshot
             * @static
             * @param {arrow.raftdriver.KvSnapshot.$Properties} message KvSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KvSnapshot.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a KvSnapshot message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.raftdriver.KvSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.raftdriver.KvSnapshot & arrow.raftdriver.KvSnapshot.$Shape} KvSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KvSnapshot.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.raftdriver.KvSnapshot();
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
                            if (!(m.pairs && m.pairs.length))
                                m.pairs = [];
                            m.pairs.push($root.arrow.raftdriver.KvPair.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a KvSnapshot message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.raftdriver.KvSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.raftdriver.KvSnapshot & arrow.raftdriver.KvSnapshot.$Shape} KvSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KvSnapshot.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a KvSnapshot message.
             * @function verify
             * @memberof arrow.raftdriver.KvSnapshot
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            KvSnapshot.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.pairs != null && $Object.hasOwnProperty.call(m, "pairs")) {
                    if (!$Array.isArray(m.pairs))
                        return "pairs: array expected";
                    for (var i = 0; i < m.pairs.length; ++i) {
                        {
                            var e = $root.arrow.raftdriver.KvPair.verify(m.pairs[i], q + 1);
                            if (e)
                                return "pairs." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a KvSnapshot message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.raftdriver.KvSnapshot
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.raftdriver.KvSnapshot} KvSnapshot
             */
            KvSnapshot.fromObject = function (d, q) {
                if (d instanceof $root.arrow.raftdriver.KvSnapshot)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.raftdriver.KvSnapshot: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.raftdriver.KvSnapshot();
                if (d.pairs) {
                    if (!$Array.isArray(d.pairs))
                        throw $TypeError(".arrow.raftdriver.KvSnapshot.pairs: array expected");
                    m.pairs = $Array(d.pairs.length);
                    for (var i = 0; i < d.pairs.length; ++i) {
                        if (!$util.isObject(d.pairs[i]))
                            throw $TypeError(".arrow.raftdriver.KvSnapshot.pairs: object expected");
                        m.pairs[i] = $root.arrow.raftdriver.KvPair.fromObject(d.pairs[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a KvSnapshot message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.raftdriver.KvSnapshot
             * @static
             * @param {arrow.raftdriver.KvSnapshot} m KvSnapshot
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KvSnapshot.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.pairs = [];
                }
                if (m.pairs && m.pairs.length) {
                    d.pairs = $Array(m.pairs.length);
                    for (var j = 0; j < m.pairs.length; ++j) {
                        d.pairs[j] = $root.arrow.raftdriver.KvPair.toObject(m.pairs[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this KvSnapshot to JSON.
             * @function toJSON
             * @memberof arrow.raftdriver.KvSnapshot
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KvSnapshot.prototype.toJSON = function() {
                return KvSnapshot.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for KvSnapshot
             * @function getTypeUrl
             * @memberof arrow.raftdriver.KvSnapshot
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KvSnapshot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.raftdriver.KvSnapshot";
            };

            return KvSnapshot;
        })();

        raftdriver.ClientRequest = (function() {

            /**
             * Properties of a ClientRequest.
             * @typedef {Object} arrow.raftdriver.ClientRequest.$Properties
             * @property {number|null} [id] ClientRequest id
             * @property {arrow.raftdriver.KvCommand.$Properties|null} [put] ClientRequest put
             * @property {string|null} [get] ClientRequest get
             * @property {boolean|null} [dump] ClientRequest dump
             * @property {boolean|null} [status] ClientRequest status
             * @property {"put"|"get"|"dump"|"status"} [body] ClientRequest body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClientRequest.
             * @memberof arrow.raftdriver
             * @interface IClientRequest
             * @augments arrow.raftdriver.ClientRequest.$Properties
             * @deprecated Use arrow.raftdriver.ClientRequest.$Properties instead.
             */

            /**
             * Narrowed shape of a ClientRequest.
             * @typedef {{
             *   id?: number|null;
             *   put?: arrow.raftdriver.KvCommand.$Shape|null;
             *   get?: string|null;
             *   dump?: boolean|null;
             *   status?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; put?: null; get?: null; dump?: null; status?: null }|{ body?: "put"; put: arrow.raftdriver.KvCommand.$Shape; get?: null; dump?: null; status?: null }|{ body?: "get"; put?: null; get: string; dump?: null; status?: null }|{ body?: "dump"; put?: null; get?: null; dump: boolean; status?: null }|{ body?: "status"; put?: null; get?: null; dump?: null; status: boolean })
             * )} arrow.raftdriver.ClientRequest.$Shape
             */

            /**
             * Constructs a new ClientRequest.
             * @memberof arrow.raftdriver
             * @classdesc Represents a ClientRequest.
             * @constructor
             * @param {arrow.raftdriver.ClientRequest.$Properties=} [p] Properties to set
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
             * @memberof arrow.raftdriver.ClientRequest
             * @instance
             */
            ClientRequest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ClientRequest put.
             * @member {arrow.raftdriver.KvCommand.$Properties|null|undefined} put
             * @memberof arrow.raftdriver.ClientRequest
             * @instance
             */
            ClientRequest.prototype.put = null;

            /**
             * ClientRequest get.
             * @member {string|null|undefined} get
             * @memberof arrow.raftdriver.ClientRequest
             * @instance
             */
            ClientRequest.prototype.get = null;

            /**
             * ClientRequest dump.
             * @member {boolean|null|undefined} dump
             * @memberof arrow.raftdriver.ClientRequest
             * @instance
             */
            ClientRequest.prototype.dump = null;

            /**
             * ClientRequest status.
             * @member {boolean|null|undefined} status
             * @memberof arrow.raftdriver.ClientRequest
             * @instance
             */
            ClientRequest.prototype.status = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ClientRequest body.
             * @member {"put"|"get"|"dump"|"status"|undefined} body
             * @memberof arrow.raftdriver.ClientRequest
             * @instance
             */
            $Object.defineProperty(ClientRequest.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["put", "get", "dump", "status"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ClientRequest instance using the specified properties.
             * @function create
             * @memberof arrow.raftdriver.ClientRequest
             * @static
             * @param {arrow.raftdriver.ClientRequest.$Properties=} [properties] Properties to set
             * @returns {arrow.raftdriver.ClientRequest} ClientRequest instance
             * @type {{
             *   (properties: arrow.raftdriver.ClientRequest.$Shape): arrow.raftdriver.ClientRequest & arrow.raftdriver.ClientRequest.$Shape;
             *   (properties?: arrow.raftdriver.ClientRequest.$Properties): arrow.raftdriver.ClientRequest;
             * }}
             */
            ClientRequest.create = function(properties) {
                return new ClientRequest(properties);
            };

            /**
             * Encodes the specified ClientRequest message. Does not implicitly {@link arrow.raftdriver.ClientRequest.verify|verify} messages.
             * @function encode
             * @memberof arrow.raftdriver.ClientRequest
             * @static
             * @param {arrow.raftdriver.ClientRequest.$Properties} m ClientRequest message or plain object to encode
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
                if (m.put != null && $Object.hasOwnProperty.call(m, "put"))
                    $root.arrow.raftdriver.KvCommand.encode(m.put, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
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
             * Encodes the specified ClientRequest message, length delimited. Does not implicitly {@link arrow.raftdriver.ClientRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.raftdriver.ClientRequest
             * @static
             * @param {arrow.raftdriver.ClientRequest.$Properties} message ClientRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ClientRequest message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.raftdriver.ClientRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.raftdriver.ClientRequest & arrow.raftdriver.ClientRequest.$Shape} ClientRequest
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
                m = g || new $root.arrow.raftdriver.ClientRequest();
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
                            m.put = $root.arrow.raftdriver.KvCommand.decode(r, r.size(), $undefined, q + 1, m.put);
                            m.body = "put";
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
             * @memberof arrow.raftdriver.ClientRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.raftdriver.ClientRequest & arrow.raftdriver.ClientRequest.$Shape} ClientRequest
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
             * @memberof arrow.raftdriver.ClientRequest
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
                if (m.put != null && $Object.hasOwnProperty.call(m, "put")) {
                    p.body = 1;
                    {
                        var e = $root.arrow.raftdriver.KvCommand.verify(m.put, q + 1);
                        if (e)
                            return "put." + e;
                    }
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
             * @memberof arrow.raftdriver.ClientRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.raftdriver.ClientRequest} ClientRequest
             */
            ClientRequest.fromObject = function (d, q) {
                if (d instanceof $root.arrow.raftdriver.ClientRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.raftdriver.ClientRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.raftdriver.ClientRequest();
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
                if (d.put != null) {
                    if (!$util.isObject(d.put))
                        throw $TypeError(".arrow.raftdriver.ClientRequest.put: object expected");
                    m.put = $root.arrow.raftdriver.KvCommand.fromObject(d.put, q + 1);
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
             * @memberof arrow.raftdriver.ClientRequest
             * @static
             * @param {arrow.raftdriver.ClientRequest} m ClientRequest
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
                if (m.put != null && $Object.hasOwnProperty.call(m, "put")) {
                    d.put = $root.arrow.raftdriver.KvCommand.toObject(m.put, o, q + 1);
                    if (o.oneofs)
                        d.body = "put";
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
             * @memberof arrow.raftdriver.ClientRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClientRequest.prototype.toJSON = function() {
                return ClientRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClientRequest
             * @function getTypeUrl
             * @memberof arrow.raftdriver.ClientRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClientRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.raftdriver.ClientRequest";
            };

            return ClientRequest;
        })();

        raftdriver.ClientResponse = (function() {

            /**
             * Properties of a ClientResponse.
             * @typedef {Object} arrow.raftdriver.ClientResponse.$Properties
             * @property {number|null} [id] ClientResponse id
             * @property {string|null} [error] ClientResponse error
             * @property {string|null} [leader] ClientResponse leader
             * @property {boolean|null} [found] ClientResponse found
             * @property {Uint8Array|null} [value] ClientResponse value
             * @property {Array.<arrow.raftdriver.KvPair.$Properties>|null} [pairs] ClientResponse pairs
             * @property {number|null} [applied] ClientResponse applied
             * @property {number|null} [putIndex] ClientResponse putIndex
             * @property {string|null} [role] ClientResponse role
             * @property {number|null} [term] ClientResponse term
             * @property {number|null} [commit] ClientResponse commit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClientResponse.
             * @memberof arrow.raftdriver
             * @interface IClientResponse
             * @augments arrow.raftdriver.ClientResponse.$Properties
             * @deprecated Use arrow.raftdriver.ClientResponse.$Properties instead.
             */

            /**
             * Shape of a ClientResponse.
             * @typedef {arrow.raftdriver.ClientResponse.$Properties} arrow.raftdriver.ClientResponse.$Shape
             */

            /**
             * Constructs a new ClientResponse.
             * @memberof arrow.raftdriver
             * @classdesc Represents a ClientResponse.
             * @constructor
             * @param {arrow.raftdriver.ClientResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClientResponse = function (p) {
                this.pairs = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ClientResponse id.
             * @member {number} id
             * @memberof arrow.raftdriver.ClientResponse
             * @instance
             */
            ClientResponse.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ClientResponse error.
             * @member {string} error
             * @memberof arrow.raftdriver.ClientResponse
             * @instance
             */
            ClientResponse.prototype.error = "";

            /**
             * ClientResponse leader.
             * @member {string} leader
             * @memberof arrow.raftdriver.ClientResponse
             * @instance
             */
            ClientResponse.prototype.leader = "";

            /**
             * ClientResponse found.
             * @member {boolean} found
             * @memberof arrow.raftdriver.ClientResponse
             * @instance
             */
            ClientResponse.prototype.found = false;

            /**
             * ClientResponse value.
             * @member {Uint8Array} value
             * @memberof arrow.raftdriver.ClientResponse
             * @instance
             */
            ClientResponse.prototype.value = $util.newBuffer([]);

            /**
             * ClientResponse pairs.
             * @member {Array.<arrow.raftdriver.KvPair.$Properties>} pairs
             * @memberof arrow.raftdriver.ClientResponse
             * @instance
             */
            ClientResponse.prototype.pairs = $util.emptyArray;

            /**
             * ClientResponse applied.
             * @member {number} applied
             * @memberof arrow.raftdriver.ClientResponse
             * @instance
             */
            ClientResponse.prototype.applied = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ClientResponse putIndex.
             * @member {number} putIndex
             * @memberof arrow.raftdriver.ClientResponse
             * @instance
             */
            ClientResponse.prototype.putIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ClientResponse role.
             * @member {string} role
             * @memberof arrow.raftdriver.ClientResponse
             * @instance
             */
            ClientResponse.prototype.role = "";

            /**
             * ClientResponse term.
             * @member {number} term
             * @memberof arrow.raftdriver.ClientResponse
             * @instance
             */
            ClientResponse.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ClientResponse commit.
             * @member {number} commit
             * @memberof arrow.raftdriver.ClientResponse
             * @instance
             */
            ClientResponse.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ClientResponse instance using the specified properties.
             * @function create
             * @memberof arrow.raftdriver.ClientResponse
             * @static
             * @param {arrow.raftdriver.ClientResponse.$Properties=} [properties] Properties to set
             * @returns {arrow.raftdriver.ClientResponse} ClientResponse instance
             * @type {{
             *   (properties: arrow.raftdriver.ClientResponse.$Shape): arrow.raftdriver.ClientResponse & arrow.raftdriver.ClientResponse.$Shape;
             *   (properties?: arrow.raftdriver.ClientResponse.$Properties): arrow.raftdriver.ClientResponse;
             * }}
             */
            ClientResponse.create = function(properties) {
                return new ClientResponse(properties);
            };

            /**
             * Encodes the specified ClientResponse message. Does not implicitly {@link arrow.raftdriver.ClientResponse.verify|verify} messages.
             * @function encode
             * @memberof arrow.raftdriver.ClientResponse
             * @static
             * @param {arrow.raftdriver.ClientResponse.$Properties} m ClientResponse message or plain object to encode
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
                if (m.found != null && $Object.hasOwnProperty.call(m, "found") && m.found !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.found);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value.length)
                    w.uint32(/* id 5, wireType 2 =*/42).bytes(m.value);
                if (m.pairs != null && m.pairs.length) {
                    for (var i = 0; i < m.pairs.length; ++i)
                        $root.arrow.raftdriver.KvPair.encode(m.pairs[i], w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                }
                if (m.applied != null && $Object.hasOwnProperty.call(m, "applied") && (typeof m.applied === "object" ? m.applied.low || m.applied.high : m.applied !== 0))
                    w.uint32(/* id 7, wireType 0 =*/56).uint64(m.applied);
                if (m.putIndex != null && $Object.hasOwnProperty.call(m, "putIndex") && (typeof m.putIndex === "object" ? m.putIndex.low || m.putIndex.high : m.putIndex !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).uint64(m.putIndex);
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
             * Encodes the specified ClientResponse message, length delimited. Does not implicitly {@link arrow.raftdriver.ClientResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.raftdriver.ClientResponse
             * @static
             * @param {arrow.raftdriver.ClientResponse.$Properties} message ClientResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ClientResponse message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.raftdriver.ClientResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.raftdriver.ClientResponse & arrow.raftdriver.ClientResponse.$Shape} ClientResponse
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
                m = g || new $root.arrow.raftdriver.ClientResponse();
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
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.found = v;
                            else
                                delete m.found;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.value = v;
                            else
                                delete m.value;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if (!(m.pairs && m.pairs.length))
                                m.pairs = [];
                            m.pairs.push($root.arrow.raftdriver.KvPair.decode(r, r.size(), $undefined, q + 1));
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
                                m.putIndex = v;
                            else
                                delete m.putIndex;
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
             * @memberof arrow.raftdriver.ClientResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.raftdriver.ClientResponse & arrow.raftdriver.ClientResponse.$Shape} ClientResponse
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
             * @memberof arrow.raftdriver.ClientResponse
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
                if (m.found != null && $Object.hasOwnProperty.call(m, "found")) {
                    if (typeof m.found !== "boolean")
                        return "found: boolean expected";
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    if (!(m.value && typeof m.value.length === "number" || $util.isString(m.value)))
                        return "value: buffer expected";
                }
                if (m.pairs != null && $Object.hasOwnProperty.call(m, "pairs")) {
                    if (!$Array.isArray(m.pairs))
                        return "pairs: array expected";
                    for (var i = 0; i < m.pairs.length; ++i) {
                        {
                            var e = $root.arrow.raftdriver.KvPair.verify(m.pairs[i], q + 1);
                            if (e)
                                return "pairs." + e;
                        }
                    }
                }
                if (m.applied != null && $Object.hasOwnProperty.call(m, "applied")) {
                    if (!$util.isInteger(m.applied) && !(m.applied && $util.isInteger(m.applied.low) && $util.isInteger(m.applied.high)))
                        return "applied: integer|Long expected";
                }
                if (m.putIndex != null && $Object.hasOwnProperty.call(m, "putIndex")) {
                    if (!$util.isInteger(m.putIndex) && !(m.putIndex && $util.isInteger(m.putIndex.low) && $util.isInteger(m.putIndex.high)))
                        return "putIndex: integer|Long expected";
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
             * @memberof arrow.raftdriver.ClientResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.raftdriver.ClientResponse} ClientResponse
             */
            ClientResponse.fromObject = function (d, q) {
                if (d instanceof $root.arrow.raftdriver.ClientResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.raftdriver.ClientResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.raftdriver.ClientResponse();
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
                if (d.found != null) {
                    if (d.found) {
                        m.found = $Boolean(d.found);
                    }
                }
                if (d.value != null) {
                    if (d.value.length) {
                        if (typeof d.value === "string")
                            $util.base64.decode(d.value, m.value = $util.newBuffer($util.base64.length(d.value)), 0);
                        else if (d.value.length >= 0)
                            m.value = d.value;
                    }
                }
                if (d.pairs) {
                    if (!$Array.isArray(d.pairs))
                        throw $TypeError(".arrow.raftdriver.ClientResponse.pairs: array expected");
                    m.pairs = $Array(d.pairs.length);
                    for (var i = 0; i < d.pairs.length; ++i) {
                        if (!$util.isObject(d.pairs[i]))
                            throw $TypeError(".arrow.raftdriver.ClientResponse.pairs: object expected");
                        m.pairs[i] = $root.arrow.raftdriver.KvPair.fromObject(d.pairs[i], q + 1);
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
                if (d.putIndex != null) {
                    if (typeof d.putIndex === "object" ? d.putIndex.low || d.putIndex.high : $Number(d.putIndex) !== 0) {
                        if ($util.Long)
                            m.putIndex = $util.Long.fromValue(d.putIndex, true);
                        else if (typeof d.putIndex === "string")
                            m.putIndex = $parseInt(d.putIndex, 10);
                        else if (typeof d.putIndex === "number")
                            m.putIndex = d.putIndex;
                        else if (typeof d.putIndex === "object")
                            m.putIndex = new $util.LongBits(d.putIndex.low >>> 0, d.putIndex.high >>> 0).toNumber(true);
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
             * @memberof arrow.raftdriver.ClientResponse
             * @static
             * @param {arrow.raftdriver.ClientResponse} m ClientResponse
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
                if (o.arrays || o.defaults) {
                    d.pairs = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.id = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.id = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.error = "";
                    d.leader = "";
                    d.found = false;
                    if (o.bytes === $String)
                        d.value = "";
                    else {
                        d.value = [];
                        if (o.bytes !== $Array)
                            d.value = $util.newBuffer(d.value);
                    }
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.applied = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.applied = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.putIndex = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.putIndex = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
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
                if (m.found != null && $Object.hasOwnProperty.call(m, "found")) {
                    d.found = m.found;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = o.bytes === $String ? $util.base64.encode(m.value, 0, m.value.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.value) : m.value;
                }
                if (m.pairs && m.pairs.length) {
                    d.pairs = $Array(m.pairs.length);
                    for (var j = 0; j < m.pairs.length; ++j) {
                        d.pairs[j] = $root.arrow.raftdriver.KvPair.toObject(m.pairs[j], o, q + 1);
                    }
                }
                if (m.applied != null && $Object.hasOwnProperty.call(m, "applied")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.applied = typeof m.applied === "number" ? $BigInt(m.applied) : $util.Long.fromBits(m.applied.low >>> 0, m.applied.high >>> 0, true).toBigInt();
                    else if (typeof m.applied === "number")
                        d.applied = o.longs === $String ? $String(m.applied) : m.applied;
                    else
                        d.applied = o.longs === $String ? $util.Long.prototype.toString.call(m.applied) : o.longs === $Number ? new $util.LongBits(m.applied.low >>> 0, m.applied.high >>> 0).toNumber(true) : m.applied;
                }
                if (m.putIndex != null && $Object.hasOwnProperty.call(m, "putIndex")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.putIndex = typeof m.putIndex === "number" ? $BigInt(m.putIndex) : $util.Long.fromBits(m.putIndex.low >>> 0, m.putIndex.high >>> 0, true).toBigInt();
                    else if (typeof m.putIndex === "number")
                        d.putIndex = o.longs === $String ? $String(m.putIndex) : m.putIndex;
                    else
                        d.putIndex = o.longs === $String ? $util.Long.prototype.toString.call(m.putIndex) : o.longs === $Number ? new $util.LongBits(m.putIndex.low >>> 0, m.putIndex.high >>> 0).toNumber(true) : m.putIndex;
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
             * @memberof arrow.raftdriver.ClientResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClientResponse.prototype.toJSON = function() {
                return ClientResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClientResponse
             * @function getTypeUrl
             * @memberof arrow.raftdriver.ClientResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClientResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.raftdriver.ClientResponse";
            };

            return ClientResponse;
        })();

        return raftdriver;
    })();

    return arrow;
})();

export {
  $root as default
};
