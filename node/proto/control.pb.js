/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";
if ($protobuf.util.Long) { $protobuf.util.Long = undefined; $protobuf.configure(); }

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Boolean = $util.global.Boolean, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["node_control"] || ($protobuf.roots["node_control"] = {});

export const arrow = $root.arrow = (() => {

    /**
     * Namespace arrow.
     * @exports arrow
     * @namespace
     */
    const arrow = {};

    arrow.control = (function() {

        /**
         * Namespace control.
         * @memberof arrow
         * @namespace
         */
        const control = {};

        control.JoinRequest = (function() {

            /**
             * Properties of a JoinRequest.
             * @typedef {Object} arrow.control.JoinRequest.$Properties
             * @property {Uint8Array|null} [registration] JoinRequest registration
             * @property {boolean|null} [server] JoinRequest server
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JoinRequest.
             * @memberof arrow.control
             * @interface IJoinRequest
             * @augments arrow.control.JoinRequest.$Properties
             * @deprecated Use arrow.control.JoinRequest.$Properties instead.
             */

            /**
             * Shape of a JoinRequest.
             * @typedef {arrow.control.JoinRequest.$Properties} arrow.control.JoinRequest.$Shape
             */

            /**
             * Constructs a new JoinRequest.
             * @memberof arrow.control
             * @classdesc Represents a JoinRequest.
             * @constructor
             * @param {arrow.control.JoinRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JoinRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * JoinRequest registration.
             * @member {Uint8Array} registration
             * @memberof arrow.control.JoinRequest
             * @instance
             */
            JoinRequest.prototype.registration = $util.newBuffer([]);

            /**
             * JoinRequest server.
             * @member {boolean} server
             * @memberof arrow.control.JoinRequest
             * @instance
             */
            JoinRequest.prototype.server = false;

            /**
             * Creates a new JoinRequest instance using the specified properties.
             * @function create
             * @memberof arrow.control.JoinRequest
             * @static
             * @param {arrow.control.JoinRequest.$Properties=} [properties] Properties to set
             * @returns {arrow.control.JoinRequest} JoinRequest instance
             * @type {{
             *   (properties: arrow.control.JoinRequest.$Shape): arrow.control.JoinRequest & arrow.control.JoinRequest.$Shape;
             *   (properties?: arrow.control.JoinRequest.$Properties): arrow.control.JoinRequest;
             * }}
             */
            JoinRequest.create = function(properties) {
                return new JoinRequest(properties);
            };

            /**
             * Encodes the specified JoinRequest message. Does not implicitly {@link arrow.control.JoinRequest.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.JoinRequest
             * @static
             * @param {arrow.control.JoinRequest.$Properties} m JoinRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JoinRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.registration != null && $Object.hasOwnProperty.call(m, "registration") && m.registration.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.registration);
                if (m.server != null && $Object.hasOwnProperty.call(m, "server") && m.server !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.server);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified JoinRequest message, length delimited. Does not implicitly {@link arrow.control.JoinRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.JoinRequest
             * @static
             * @param {arrow.control.JoinRequest.$Properties} message JoinRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JoinRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a JoinRequest message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.JoinRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.JoinRequest & arrow.control.JoinRequest.$Shape} JoinRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JoinRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.control.JoinRequest();
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
                                m.registration = v;
                            else
                                delete m.registration;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.server = v;
                            else
                                delete m.server;
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
             * Decodes a JoinRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.control.JoinRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.JoinRequest & arrow.control.JoinRequest.$Shape} JoinRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JoinRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a JoinRequest message.
             * @function verify
             * @memberof arrow.control.JoinRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            JoinRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.registration != null && $Object.hasOwnProperty.call(m, "registration")) {
                    if (!(m.registration && typeof m.registration.length === "number" || $util.isString(m.registration)))
                        return "registration: buffer expected";
                }
                if (m.server != null && $Object.hasOwnProperty.call(m, "server")) {
                    if (typeof m.server !== "boolean")
                        return "server: boolean expected";
                }
                return null;
            };

            /**
             * Creates a JoinRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.JoinRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.JoinRequest} JoinRequest
             */
            JoinRequest.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.JoinRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.JoinRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.control.JoinRequest();
                if (d.registration != null) {
                    if (d.registration.length) {
                        if (typeof d.registration === "string")
                            $util.base64.decode(d.registration, m.registration = $util.newBuffer($util.base64.length(d.registration)), 0);
                        else if (d.registration.length >= 0)
                            m.registration = d.registration;
                    }
                }
                if (d.server != null) {
                    if (d.server) {
                        m.server = $Boolean(d.server);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a JoinRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.JoinRequest
             * @static
             * @param {arrow.control.JoinRequest} m JoinRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            JoinRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.registration = "";
                    else {
                        d.registration = [];
                        if (o.bytes !== $Array)
                            d.registration = $util.newBuffer(d.registration);
                    }
                    d.server = false;
                }
                if (m.registration != null && $Object.hasOwnProperty.call(m, "registration")) {
                    d.registration = o.bytes === $String ? $util.base64.encode(m.registration, 0, m.registration.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.registration) : m.registration;
                }
                if (m.server != null && $Object.hasOwnProperty.call(m, "server")) {
                    d.server = m.server;
                }
                return d;
            };

            /**
             * Converts this JoinRequest to JSON.
             * @function toJSON
             * @memberof arrow.control.JoinRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            JoinRequest.prototype.toJSON = function() {
                return JoinRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for JoinRequest
             * @function getTypeUrl
             * @memberof arrow.control.JoinRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            JoinRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.JoinRequest";
            };

            return JoinRequest;
        })();

        control.ServerInfo = (function() {

            /**
             * Properties of a ServerInfo.
             * @typedef {Object} arrow.control.ServerInfo.$Properties
             * @property {string|null} [peerId] ServerInfo peerId
             * @property {Array.<string>|null} [addrs] ServerInfo addrs
             * @property {boolean|null} [voter] ServerInfo voter
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ServerInfo.
             * @memberof arrow.control
             * @interface IServerInfo
             * @augments arrow.control.ServerInfo.$Properties
             * @deprecated Use arrow.control.ServerInfo.$Properties instead.
             */

            /**
             * Shape of a ServerInfo.
             * @typedef {arrow.control.ServerInfo.$Properties} arrow.control.ServerInfo.$Shape
             */

            /**
             * Constructs a new ServerInfo.
             * @memberof arrow.control
             * @classdesc Represents a ServerInfo.
             * @constructor
             * @param {arrow.control.ServerInfo.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ServerInfo = function (p) {
                this.addrs = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ServerInfo peerId.
             * @member {string} peerId
             * @memberof arrow.control.ServerInfo
             * @instance
             */
            ServerInfo.prototype.peerId = "";

            /**
             * ServerInfo addrs.
             * @member {Array.<string>} addrs
             * @memberof arrow.control.ServerInfo
             * @instance
             */
            ServerInfo.prototype.addrs = $util.emptyArray;

            /**
             * ServerInfo voter.
             * @member {boolean} voter
             * @memberof arrow.control.ServerInfo
             * @instance
             */
            ServerInfo.prototype.voter = false;

            /**
             * Creates a new ServerInfo instance using the specified properties.
             * @function create
             * @memberof arrow.control.ServerInfo
             * @static
             * @param {arrow.control.ServerInfo.$Properties=} [properties] Properties to set
             * @returns {arrow.control.ServerInfo} ServerInfo instance
             * @type {{
             *   (properties: arrow.control.ServerInfo.$Shape): arrow.control.ServerInfo & arrow.control.ServerInfo.$Shape;
             *   (properties?: arrow.control.ServerInfo.$Properties): arrow.control.ServerInfo;
             * }}
             */
            ServerInfo.create = function(properties) {
                return new ServerInfo(properties);
            };

            /**
             * Encodes the specified ServerInfo message. Does not implicitly {@link arrow.control.ServerInfo.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.ServerInfo
             * @static
             * @param {arrow.control.ServerInfo.$Properties} m ServerInfo message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServerInfo.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.peerId);
                if (m.addrs != null && m.addrs.length) {
                    for (var i = 0; i < m.addrs.length; ++i)
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.addrs[i]);
                }
                if (m.voter != null && $Object.hasOwnProperty.call(m, "voter") && m.voter !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.voter);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ServerInfo message, length delimited. Does not implicitly {@link arrow.control.ServerInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.ServerInfo
             * @static
             * @param {arrow.control.ServerInfo.$Properties} message ServerInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServerInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ServerInfo message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.ServerInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.ServerInfo & arrow.control.ServerInfo.$Shape} ServerInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServerInfo.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.control.ServerInfo();
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
                                m.peerId = v;
                            else
                                delete m.peerId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.addrs && m.addrs.length))
                                m.addrs = [];
                            m.addrs.push(r.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.voter = v;
                            else
                                delete m.voter;
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
             * Decodes a ServerInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.control.ServerInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.ServerInfo & arrow.control.ServerInfo.$Shape} ServerInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServerInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ServerInfo message.
             * @function verify
             * @memberof arrow.control.ServerInfo
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ServerInfo.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
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
                if (m.voter != null && $Object.hasOwnProperty.call(m, "voter")) {
                    if (typeof m.voter !== "boolean")
                        return "voter: boolean expected";
                }
                return null;
            };

            /**
             * Creates a ServerInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.ServerInfo
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.ServerInfo} ServerInfo
             */
            ServerInfo.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.ServerInfo)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.ServerInfo: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.control.ServerInfo();
                if (d.peerId != null) {
                    if (typeof d.peerId !== "string" || d.peerId.length) {
                        m.peerId = $String(d.peerId);
                    }
                }
                if (d.addrs) {
                    if (!$Array.isArray(d.addrs))
                        throw $TypeError(".arrow.control.ServerInfo.addrs: array expected");
                    m.addrs = $Array(d.addrs.length);
                    for (var i = 0; i < d.addrs.length; ++i) {
                        m.addrs[i] = $String(d.addrs[i]);
                    }
                }
                if (d.voter != null) {
                    if (d.voter) {
                        m.voter = $Boolean(d.voter);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ServerInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.ServerInfo
             * @static
             * @param {arrow.control.ServerInfo} m ServerInfo
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ServerInfo.toObject = function (m, o, q) {
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
                if (o.defaults) {
                    d.peerId = "";
                    d.voter = false;
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
                if (m.voter != null && $Object.hasOwnProperty.call(m, "voter")) {
                    d.voter = m.voter;
                }
                return d;
            };

            /**
             * Converts this ServerInfo to JSON.
             * @function toJSON
             * @memberof arrow.control.ServerInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ServerInfo.prototype.toJSON = function() {
                return ServerInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ServerInfo
             * @function getTypeUrl
             * @memberof arrow.control.ServerInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ServerInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.ServerInfo";
            };

            return ServerInfo;
        })();

        control.JoinResponse = (function() {

            /**
             * Properties of a JoinResponse.
             * @typedef {Object} arrow.control.JoinResponse.$Properties
             * @property {Array.<arrow.control.ServerInfo.$Properties>|null} [servers] JoinResponse servers
             * @property {string|null} [leader] JoinResponse leader
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JoinResponse.
             * @memberof arrow.control
             * @interface IJoinResponse
             * @augments arrow.control.JoinResponse.$Properties
             * @deprecated Use arrow.control.JoinResponse.$Properties instead.
             */

            /**
             * Shape of a JoinResponse.
             * @typedef {arrow.control.JoinResponse.$Properties} arrow.control.JoinResponse.$Shape
             */

            /**
             * Constructs a new JoinResponse.
             * @memberof arrow.control
             * @classdesc Represents a JoinResponse.
             * @constructor
             * @param {arrow.control.JoinResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JoinResponse = function (p) {
                this.servers = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * JoinResponse servers.
             * @member {Array.<arrow.control.ServerInfo.$Properties>} servers
             * @memberof arrow.control.JoinResponse
             * @instance
             */
            JoinResponse.prototype.servers = $util.emptyArray;

            /**
             * JoinResponse leader.
             * @member {string} leader
             * @memberof arrow.control.JoinResponse
             * @instance
             */
            JoinResponse.prototype.leader = "";

            /**
             * Creates a new JoinResponse instance using the specified properties.
             * @function create
             * @memberof arrow.control.JoinResponse
             * @static
             * @param {arrow.control.JoinResponse.$Properties=} [properties] Properties to set
             * @returns {arrow.control.JoinResponse} JoinResponse instance
             * @type {{
             *   (properties: arrow.control.JoinResponse.$Shape): arrow.control.JoinResponse & arrow.control.JoinResponse.$Shape;
             *   (properties?: arrow.control.JoinResponse.$Properties): arrow.control.JoinResponse;
             * }}
             */
            JoinResponse.create = function(properties) {
                return new JoinResponse(properties);
            };

            /**
             * Encodes the specified JoinResponse message. Does not implicitly {@link arrow.control.JoinResponse.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.JoinResponse
             * @static
             * @param {arrow.control.JoinResponse.$Properties} m JoinResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JoinResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.servers != null && m.servers.length) {
                    for (var i = 0; i < m.servers.length; ++i)
                        $root.arrow.control.ServerInfo.encode(m.servers[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.leader != null && $Object.hasOwnProperty.call(m, "leader") && m.leader !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.leader);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified JoinResponse message, length delimited. Does not implicitly {@link arrow.control.JoinResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.JoinResponse
             * @static
             * @param {arrow.control.JoinResponse.$Properties} message JoinResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JoinResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a JoinResponse message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.JoinResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.JoinResponse & arrow.control.JoinResponse.$Shape} JoinResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JoinResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.control.JoinResponse();
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
                            if (!(m.servers && m.servers.length))
                                m.servers = [];
                            m.servers.push($root.arrow.control.ServerInfo.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.leader = v;
                            else
                                delete m.leader;
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
             * Decodes a JoinResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.control.JoinResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.JoinResponse & arrow.control.JoinResponse.$Shape} JoinResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JoinResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a JoinResponse message.
             * @function verify
             * @memberof arrow.control.JoinResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            JoinResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.servers != null && $Object.hasOwnProperty.call(m, "servers")) {
                    if (!$Array.isArray(m.servers))
                        return "servers: array expected";
                    for (var i = 0; i < m.servers.length; ++i) {
                        {
                            var e = $root.arrow.control.ServerInfo.verify(m.servers[i], q + 1);
                            if (e)
                                return "servers." + e;
                        }
                    }
                }
                if (m.leader != null && $Object.hasOwnProperty.call(m, "leader")) {
                    if (!$util.isString(m.leader))
                        return "leader: string expected";
                }
                return null;
            };

            /**
             * Creates a JoinResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.JoinResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.JoinResponse} JoinResponse
             */
            JoinResponse.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.JoinResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.JoinResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.control.JoinResponse();
                if (d.servers) {
                    if (!$Array.isArray(d.servers))
                        throw $TypeError(".arrow.control.JoinResponse.servers: array expected");
                    m.servers = $Array(d.servers.length);
                    for (var i = 0; i < d.servers.length; ++i) {
                        if (!$util.isObject(d.servers[i]))
                            throw $TypeError(".arrow.control.JoinResponse.servers: object expected");
                        m.servers[i] = $root.arrow.control.ServerInfo.fromObject(d.servers[i], q + 1);
                    }
                }
                if (d.leader != null) {
                    if (typeof d.leader !== "string" || d.leader.length) {
                        m.leader = $String(d.leader);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a JoinResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.JoinResponse
             * @static
             * @param {arrow.control.JoinResponse} m JoinResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            JoinResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.servers = [];
                }
                if (o.defaults) {
                    d.leader = "";
                }
                if (m.servers && m.servers.length) {
                    d.servers = $Array(m.servers.length);
                    for (var j = 0; j < m.servers.length; ++j) {
                        d.servers[j] = $root.arrow.control.ServerInfo.toObject(m.servers[j], o, q + 1);
                    }
                }
                if (m.leader != null && $Object.hasOwnProperty.call(m, "leader")) {
                    d.leader = m.leader;
                }
                return d;
            };

            /**
             * Converts this JoinResponse to JSON.
             * @function toJSON
             * @memberof arrow.control.JoinResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            JoinResponse.prototype.toJSON = function() {
                return JoinResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for JoinResponse
             * @function getTypeUrl
             * @memberof arrow.control.JoinResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            JoinResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.JoinResponse";
            };

            return JoinResponse;
        })();

        control.HeartbeatRequest = (function() {

            /**
             * Properties of a HeartbeatRequest.
             * @typedef {Object} arrow.control.HeartbeatRequest.$Properties
             * @property {Array.<string>|null} [nodes] HeartbeatRequest nodes
             * @property {number|null} [awayMs] HeartbeatRequest awayMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HeartbeatRequest.
             * @memberof arrow.control
             * @interface IHeartbeatRequest
             * @augments arrow.control.HeartbeatRequest.$Properties
             * @deprecated Use arrow.control.HeartbeatRequest.$Properties instead.
             */

            /**
             * Shape of a HeartbeatRequest.
             * @typedef {arrow.control.HeartbeatRequest.$Properties} arrow.control.HeartbeatRequest.$Shape
             */

            /**
             * Constructs a new HeartbeatRequest.
             * @memberof arrow.control
             * @classdesc Represents a HeartbeatRequest.
             * @constructor
             * @param {arrow.control.HeartbeatRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HeartbeatRequest = function (p) {
                this.nodes = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * HeartbeatRequest nodes.
             * @member {Array.<string>} nodes
             * @memberof arrow.control.HeartbeatRequest
             * @instance
             */
            HeartbeatRequest.prototype.nodes = $util.emptyArray;

            /**
             * HeartbeatRequest awayMs.
             * @member {number} awayMs
             * @memberof arrow.control.HeartbeatRequest
             * @instance
             */
            HeartbeatRequest.prototype.awayMs = 0;

            /**
             * Creates a new HeartbeatRequest instance using the specified properties.
             * @function create
             * @memberof arrow.control.HeartbeatRequest
             * @static
             * @param {arrow.control.HeartbeatRequest.$Properties=} [properties] Properties to set
             * @returns {arrow.control.HeartbeatRequest} HeartbeatRequest instance
             * @type {{
             *   (properties: arrow.control.HeartbeatRequest.$Shape): arrow.control.HeartbeatRequest & arrow.control.HeartbeatRequest.$Shape;
             *   (properties?: arrow.control.HeartbeatRequest.$Properties): arrow.control.HeartbeatRequest;
             * }}
             */
            HeartbeatRequest.create = function(properties) {
                return new HeartbeatRequest(properties);
            };

            /**
             * Encodes the specified HeartbeatRequest message. Does not implicitly {@link arrow.control.HeartbeatRequest.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.HeartbeatRequest
             * @static
             * @param {arrow.control.HeartbeatRequest.$Properties} m HeartbeatRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HeartbeatRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nodes != null && m.nodes.length) {
                    for (var i = 0; i < m.nodes.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.nodes[i]);
                }
                if (m.awayMs != null && $Object.hasOwnProperty.call(m, "awayMs") && m.awayMs !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.awayMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified HeartbeatRequest message, length delimited. Does not implicitly {@link arrow.control.HeartbeatRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.HeartbeatRequest
             * @static
             * @param {arrow.control.HeartbeatRequest.$Properties} message HeartbeatRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HeartbeatRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HeartbeatRequest message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.HeartbeatRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.HeartbeatRequest & arrow.control.HeartbeatRequest.$Shape} HeartbeatRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HeartbeatRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.control.HeartbeatRequest();
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
                            if (!(m.nodes && m.nodes.length))
                                m.nodes = [];
                            m.nodes.push(r.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.awayMs = v;
                            else
                                delete m.awayMs;
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
             * Decodes a HeartbeatRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.control.HeartbeatRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.HeartbeatRequest & arrow.control.HeartbeatRequest.$Shape} HeartbeatRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HeartbeatRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HeartbeatRequest message.
             * @function verify
             * @memberof arrow.control.HeartbeatRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HeartbeatRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.nodes != null && $Object.hasOwnProperty.call(m, "nodes")) {
                    if (!$Array.isArray(m.nodes))
                        return "nodes: array expected";
                    for (var i = 0; i < m.nodes.length; ++i) {
                        if (!$util.isString(m.nodes[i]))
                            return "nodes: string[] expected";
                    }
                }
                if (m.awayMs != null && $Object.hasOwnProperty.call(m, "awayMs")) {
                    if (!$util.isInteger(m.awayMs))
                        return "awayMs: integer expected";
                }
                return null;
            };

            /**
             * Creates a HeartbeatRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.HeartbeatRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.HeartbeatRequest} HeartbeatRequest
             */
            HeartbeatRequest.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.HeartbeatRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.HeartbeatRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.control.HeartbeatRequest();
                if (d.nodes) {
                    if (!$Array.isArray(d.nodes))
                        throw $TypeError(".arrow.control.HeartbeatRequest.nodes: array expected");
                    m.nodes = $Array(d.nodes.length);
                    for (var i = 0; i < d.nodes.length; ++i) {
                        m.nodes[i] = $String(d.nodes[i]);
                    }
                }
                if (d.awayMs != null) {
                    if ($Number(d.awayMs) !== 0) {
                        m.awayMs = d.awayMs >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a HeartbeatRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.HeartbeatRequest
             * @static
             * @param {arrow.control.HeartbeatRequest} m HeartbeatRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HeartbeatRequest.toObject = function (m, o, q) {
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
                    d.awayMs = 0;
                }
                if (m.nodes && m.nodes.length) {
                    d.nodes = $Array(m.nodes.length);
                    for (var j = 0; j < m.nodes.length; ++j) {
                        d.nodes[j] = m.nodes[j];
                    }
                }
                if (m.awayMs != null && $Object.hasOwnProperty.call(m, "awayMs")) {
                    d.awayMs = m.awayMs;
                }
                return d;
            };

            /**
             * Converts this HeartbeatRequest to JSON.
             * @function toJSON
             * @memberof arrow.control.HeartbeatRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HeartbeatRequest.prototype.toJSON = function() {
                return HeartbeatRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HeartbeatRequest
             * @function getTypeUrl
             * @memberof arrow.control.HeartbeatRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HeartbeatRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.HeartbeatRequest";
            };

            return HeartbeatRequest;
        })();

        control.HeartbeatResponse = (function() {

            /**
             * Properties of a HeartbeatResponse.
             * @typedef {Object} arrow.control.HeartbeatResponse.$Properties
             * @property {number|null} [ttlMs] HeartbeatResponse ttlMs
             * @property {number|null} [intervalMs] HeartbeatResponse intervalMs
             * @property {Array.<string>|null} [unknown] HeartbeatResponse unknown
             * @property {Array.<arrow.control.ServerInfo.$Properties>|null} [servers] HeartbeatResponse servers
             * @property {Array.<string>|null} [down] HeartbeatResponse down
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HeartbeatResponse.
             * @memberof arrow.control
             * @interface IHeartbeatResponse
             * @augments arrow.control.HeartbeatResponse.$Properties
             * @deprecated Use arrow.control.HeartbeatResponse.$Properties instead.
             */

            /**
             * Shape of a HeartbeatResponse.
             * @typedef {arrow.control.HeartbeatResponse.$Properties} arrow.control.HeartbeatResponse.$Shape
             */

            /**
             * Constructs a new HeartbeatResponse.
             * @memberof arrow.control
             * @classdesc Represents a HeartbeatResponse.
             * @constructor
             * @param {arrow.control.HeartbeatResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HeartbeatResponse = function (p) {
                this.unknown = [];
                this.servers = [];
                this.down = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * HeartbeatResponse ttlMs.
             * @member {number} ttlMs
             * @memberof arrow.control.HeartbeatResponse
             * @instance
             */
            HeartbeatResponse.prototype.ttlMs = 0;

            /**
             * HeartbeatResponse intervalMs.
             * @member {number} intervalMs
             * @memberof arrow.control.HeartbeatResponse
             * @instance
             */
            HeartbeatResponse.prototype.intervalMs = 0;

            /**
             * HeartbeatResponse unknown.
             * @member {Array.<string>} unknown
             * @memberof arrow.control.HeartbeatResponse
             * @instance
             */
            HeartbeatResponse.prototype.unknown = $util.emptyArray;

            /**
             * HeartbeatResponse servers.
             * @member {Array.<arrow.control.ServerInfo.$Properties>} servers
             * @memberof arrow.control.HeartbeatResponse
             * @instance
             */
            HeartbeatResponse.prototype.servers = $util.emptyArray;

            /**
             * HeartbeatResponse down.
             * @member {Array.<string>} down
             * @memberof arrow.control.HeartbeatResponse
             * @instance
             */
            HeartbeatResponse.prototype.down = $util.emptyArray;

            /**
             * Creates a new HeartbeatResponse instance using the specified properties.
             * @function create
             * @memberof arrow.control.HeartbeatResponse
             * @static
             * @param {arrow.control.HeartbeatResponse.$Properties=} [properties] Properties to set
             * @returns {arrow.control.HeartbeatResponse} HeartbeatResponse instance
             * @type {{
             *   (properties: arrow.control.HeartbeatResponse.$Shape): arrow.control.HeartbeatResponse & arrow.control.HeartbeatResponse.$Shape;
             *   (properties?: arrow.control.HeartbeatResponse.$Properties): arrow.control.HeartbeatResponse;
             * }}
             */
            HeartbeatResponse.create = function(properties) {
                return new HeartbeatResponse(properties);
            };

            /**
             * Encodes the specified HeartbeatResponse message. Does not implicitly {@link arrow.control.HeartbeatResponse.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.HeartbeatResponse
             * @static
             * @param {arrow.control.HeartbeatResponse.$Properties} m HeartbeatResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HeartbeatResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ttlMs != null && $Object.hasOwnProperty.call(m, "ttlMs") && m.ttlMs !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.ttlMs);
                if (m.intervalMs != null && $Object.hasOwnProperty.call(m, "intervalMs") && m.intervalMs !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.intervalMs);
                if (m.unknown != null && m.unknown.length) {
                    for (var i = 0; i < m.unknown.length; ++i)
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.unknown[i]);
                }
                if (m.servers != null && m.servers.length) {
                    for (var i = 0; i < m.servers.length; ++i)
                        $root.arrow.control.ServerInfo.encode(m.servers[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                }
                if (m.down != null && m.down.length) {
                    for (var i = 0; i < m.down.length; ++i)
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.down[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified HeartbeatResponse message, length delimited. Does not implicitly {@link arrow.control.HeartbeatResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.HeartbeatResponse
             * @static
             * @param {arrow.control.HeartbeatResponse.$Properties} message HeartbeatResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HeartbeatResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HeartbeatResponse message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.HeartbeatResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.HeartbeatResponse & arrow.control.HeartbeatResponse.$Shape} HeartbeatResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HeartbeatResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.control.HeartbeatResponse();
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
                                m.ttlMs = v;
                            else
                                delete m.ttlMs;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.intervalMs = v;
                            else
                                delete m.intervalMs;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.unknown && m.unknown.length))
                                m.unknown = [];
                            m.unknown.push(r.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.servers && m.servers.length))
                                m.servers = [];
                            m.servers.push($root.arrow.control.ServerInfo.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.down && m.down.length))
                                m.down = [];
                            m.down.push(r.stringVerify());
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
             * Decodes a HeartbeatResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.control.HeartbeatResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.HeartbeatResponse & arrow.control.HeartbeatResponse.$Shape} HeartbeatResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HeartbeatResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HeartbeatResponse message.
             * @function verify
             * @memberof arrow.control.HeartbeatResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HeartbeatResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.ttlMs != null && $Object.hasOwnProperty.call(m, "ttlMs")) {
                    if (!$util.isInteger(m.ttlMs))
                        return "ttlMs: integer expected";
                }
                if (m.intervalMs != null && $Object.hasOwnProperty.call(m, "intervalMs")) {
                    if (!$util.isInteger(m.intervalMs))
                        return "intervalMs: integer expected";
                }
                if (m.unknown != null && $Object.hasOwnProperty.call(m, "unknown")) {
                    if (!$Array.isArray(m.unknown))
                        return "unknown: array expected";
                    for (var i = 0; i < m.unknown.length; ++i) {
                        if (!$util.isString(m.unknown[i]))
                            return "unknown: string[] expected";
                    }
                }
                if (m.servers != null && $Object.hasOwnProperty.call(m, "servers")) {
                    if (!$Array.isArray(m.servers))
                        return "servers: array expected";
                    for (var i = 0; i < m.servers.length; ++i) {
                        {
                            var e = $root.arrow.control.ServerInfo.verify(m.servers[i], q + 1);
                            if (e)
                                return "servers." + e;
                        }
                    }
                }
                if (m.down != null && $Object.hasOwnProperty.call(m, "down")) {
                    if (!$Array.isArray(m.down))
                        return "down: array expected";
                    for (var i = 0; i < m.down.length; ++i) {
                        if (!$util.isString(m.down[i]))
                            return "down: string[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates a HeartbeatResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.HeartbeatResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.HeartbeatResponse} HeartbeatResponse
             */
            HeartbeatResponse.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.HeartbeatResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.HeartbeatResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.control.HeartbeatResponse();
                if (d.ttlMs != null) {
                    if ($Number(d.ttlMs) !== 0) {
                        m.ttlMs = d.ttlMs >>> 0;
                    }
                }
                if (d.intervalMs != null) {
                    if ($Number(d.intervalMs) !== 0) {
                        m.intervalMs = d.intervalMs >>> 0;
                    }
                }
                if (d.unknown) {
                    if (!$Array.isArray(d.unknown))
                        throw $TypeError(".arrow.control.HeartbeatResponse.unknown: array expected");
                    m.unknown = $Array(d.unknown.length);
                    for (var i = 0; i < d.unknown.length; ++i) {
                        m.unknown[i] = $String(d.unknown[i]);
                    }
                }
                if (d.servers) {
                    if (!$Array.isArray(d.servers))
                        throw $TypeError(".arrow.control.HeartbeatResponse.servers: array expected");
                    m.servers = $Array(d.servers.length);
                    for (var i = 0; i < d.servers.length; ++i) {
                        if (!$util.isObject(d.servers[i]))
                            throw $TypeError(".arrow.control.HeartbeatResponse.servers: object expected");
                        m.servers[i] = $root.arrow.control.ServerInfo.fromObject(d.servers[i], q + 1);
                    }
                }
                if (d.down) {
                    if (!$Array.isArray(d.down))
                        throw $TypeError(".arrow.control.HeartbeatResponse.down: array expected");
                    m.down = $Array(d.down.length);
                    for (var i = 0; i < d.down.length; ++i) {
                        m.down[i] = $String(d.down[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a HeartbeatResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.HeartbeatResponse
             * @static
             * @param {arrow.control.HeartbeatResponse} m HeartbeatResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HeartbeatResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.unknown = [];
                    d.servers = [];
                    d.down = [];
                }
                if (o.defaults) {
                    d.ttlMs = 0;
                    d.intervalMs = 0;
                }
                if (m.ttlMs != null && $Object.hasOwnProperty.call(m, "ttlMs")) {
                    d.ttlMs = m.ttlMs;
                }
                if (m.intervalMs != null && $Object.hasOwnProperty.call(m, "intervalMs")) {
                    d.intervalMs = m.intervalMs;
                }
                if (m.unknown && m.unknown.length) {
                    d.unknown = $Array(m.unknown.length);
                    for (var j = 0; j < m.unknown.length; ++j) {
                        d.unknown[j] = m.unknown[j];
                    }
                }
                if (m.servers && m.servers.length) {
                    d.servers = $Array(m.servers.length);
                    for (var j = 0; j < m.servers.length; ++j) {
                        d.servers[j] = $root.arrow.control.ServerInfo.toObject(m.servers[j], o, q + 1);
                    }
                }
                if (m.down && m.down.length) {
                    d.down = $Array(m.down.length);
                    for (var j = 0; j < m.down.length; ++j) {
                        d.down[j] = m.down[j];
                    }
                }
                return d;
            };

            /**
             * Converts this HeartbeatResponse to JSON.
             * @function toJSON
             * @memberof arrow.control.HeartbeatResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HeartbeatResponse.prototype.toJSON = function() {
                return HeartbeatResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HeartbeatResponse
             * @function getTypeUrl
             * @memberof arrow.control.HeartbeatResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HeartbeatResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.HeartbeatResponse";
            };

            return HeartbeatResponse;
        })();

        control.WatchRequest = (function() {

            /**
             * Properties of a WatchRequest.
             * @typedef {Object} arrow.control.WatchRequest.$Properties
             * @property {string|null} [node] WatchRequest node
             * @property {number|null} [sinceIndex] WatchRequest sinceIndex
             * @property {number|null} [waitMs] WatchRequest waitMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WatchRequest.
             * @memberof arrow.control
             * @interface IWatchRequest
             * @augments arrow.control.WatchRequest.$Properties
             * @deprecated Use arrow.control.WatchRequest.$Properties instead.
             */

            /**
             * Shape of a WatchRequest.
             * @typedef {arrow.control.WatchRequest.$Properties} arrow.control.WatchRequest.$Shape
             */

            /**
             * Constructs a new WatchRequest.
             * @memberof arrow.control
             * @classdesc Represents a WatchRequest.
             * @constructor
             * @param {arrow.control.WatchRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WatchRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * WatchRequest node.
             * @member {string} node
             * @memberof arrow.control.WatchRequest
             * @instance
             */
            WatchRequest.prototype.node = "";

            /**
             * WatchRequest sinceIndex.
             * @member {number} sinceIndex
             * @memberof arrow.control.WatchRequest
             * @instance
             */
            WatchRequest.prototype.sinceIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * WatchRequest waitMs.
             * @member {number} waitMs
             * @memberof arrow.control.WatchRequest
             * @instance
             */
            WatchRequest.prototype.waitMs = 0;

            /**
             * Creates a new WatchRequest instance using the specified properties.
             * @function create
             * @memberof arrow.control.WatchRequest
             * @static
             * @param {arrow.control.WatchRequest.$Properties=} [properties] Properties to set
             * @returns {arrow.control.WatchRequest} WatchRequest instance
             * @type {{
             *   (properties: arrow.control.WatchRequest.$Shape): arrow.control.WatchRequest & arrow.control.WatchRequest.$Shape;
             *   (properties?: arrow.control.WatchRequest.$Properties): arrow.control.WatchRequest;
             * }}
             */
            WatchRequest.create = function(properties) {
                return new WatchRequest(properties);
            };

            /**
             * Encodes the specified WatchRequest message. Does not implicitly {@link arrow.control.WatchRequest.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.WatchRequest
             * @static
             * @param {arrow.control.WatchRequest.$Properties} m WatchRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WatchRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.node != null && $Object.hasOwnProperty.call(m, "node") && m.node !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.node);
                if (m.sinceIndex != null && $Object.hasOwnProperty.call(m, "sinceIndex") && (typeof m.sinceIndex === "object" ? m.sinceIndex.low || m.sinceIndex.high : m.sinceIndex !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.sinceIndex);
                if (m.waitMs != null && $Object.hasOwnProperty.call(m, "waitMs") && m.waitMs !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.waitMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified WatchRequest message, length delimited. Does not implicitly {@link arrow.control.WatchRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.WatchRequest
             * @static
             * @param {arrow.control.WatchRequest.$Properties} message WatchRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WatchRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WatchRequest message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.WatchRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.WatchRequest & arrow.control.WatchRequest.$Shape} WatchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WatchRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.control.WatchRequest();
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
                                m.sinceIndex = v;
                            else
                                delete m.sinceIndex;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.waitMs = v;
                            else
                                delete m.waitMs;
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
             * Decodes a WatchRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.control.WatchRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.WatchRequest & arrow.control.WatchRequest.$Shape} WatchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WatchRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WatchRequest message.
             * @function verify
             * @memberof arrow.control.WatchRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WatchRequest.verify = function (m, q) {
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
                if (m.sinceIndex != null && $Object.hasOwnProperty.call(m, "sinceIndex")) {
                    if (!$util.isInteger(m.sinceIndex) && !(m.sinceIndex && $util.isInteger(m.sinceIndex.low) && $util.isInteger(m.sinceIndex.high)))
                        return "sinceIndex: integer|Long expected";
                }
                if (m.waitMs != null && $Object.hasOwnProperty.call(m, "waitMs")) {
                    if (!$util.isInteger(m.waitMs))
                        return "waitMs: integer expected";
                }
                return null;
            };

            /**
             * Creates a WatchRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.WatchRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.WatchRequest} WatchRequest
             */
            WatchRequest.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.WatchRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.WatchRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.control.WatchRequest();
                if (d.node != null) {
                    if (typeof d.node !== "string" || d.node.length) {
                        m.node = $String(d.node);
                    }
                }
                if (d.sinceIndex != null) {
                    if (typeof d.sinceIndex === "object" ? d.sinceIndex.low || d.sinceIndex.high : $Number(d.sinceIndex) !== 0) {
                        if ($util.Long)
                            m.sinceIndex = $util.Long.fromValue(d.sinceIndex, true);
                        else if (typeof d.sinceIndex === "string")
                            m.sinceIndex = $parseInt(d.sinceIndex, 10);
                        else if (typeof d.sinceIndex === "number")
                            m.sinceIndex = d.sinceIndex;
                        else if (typeof d.sinceIndex === "object")
                            m.sinceIndex = new $util.LongBits(d.sinceIndex.low >>> 0, d.sinceIndex.high >>> 0).toNumber(true);
                    }
                }
                if (d.waitMs != null) {
                    if ($Number(d.waitMs) !== 0) {
                        m.waitMs = d.waitMs >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a WatchRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.WatchRequest
             * @static
             * @param {arrow.control.WatchRequest} m WatchRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WatchRequest.toObject = function (m, o, q) {
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
                        d.sinceIndex = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.sinceIndex = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.waitMs = 0;
                }
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    d.node = m.node;
                }
                if (m.sinceIndex != null && $Object.hasOwnProperty.call(m, "sinceIndex")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.sinceIndex = typeof m.sinceIndex === "number" ? $BigInt(m.sinceIndex) : $util.Long.fromBits(m.sinceIndex.low >>> 0, m.sinceIndex.high >>> 0, true).toBigInt();
                    else if (typeof m.sinceIndex === "number")
                        d.sinceIndex = o.longs === $String ? $String(m.sinceIndex) : m.sinceIndex;
                    else
                        d.sinceIndex = o.longs === $String ? $util.Long.prototype.toString.call(m.sinceIndex) : o.longs === $Number ? new $util.LongBits(m.sinceIndex.low >>> 0, m.sinceIndex.high >>> 0).toNumber(true) : m.sinceIndex;
                }
                if (m.waitMs != null && $Object.hasOwnProperty.call(m, "waitMs")) {
                    d.waitMs = m.waitMs;
                }
                return d;
            };

            /**
             * Converts this WatchRequest to JSON.
             * @function toJSON
             * @memberof arrow.control.WatchRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WatchRequest.prototype.toJSON = function() {
                return WatchRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WatchRequest
             * @function getTypeUrl
             * @memberof arrow.control.WatchRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WatchRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.WatchRequest";
            };

            return WatchRequest;
        })();

        control.WatchResponse = (function() {

            /**
             * Properties of a WatchResponse.
             * @typedef {Object} arrow.control.WatchResponse.$Properties
             * @property {number|null} [index] WatchResponse index
             * @property {Uint8Array|null} [records] WatchResponse records
             * @property {Array.<arrow.control.VolumeView.$Properties>|null} [volumes] WatchResponse volumes
             * @property {Array.<arrow.control.PeerRef.$Properties>|null} [peers] WatchResponse peers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WatchResponse.
             * @memberof arrow.control
             * @interface IWatchResponse
             * @augments arrow.control.WatchResponse.$Properties
             * @deprecated Use arrow.control.WatchResponse.$Properties instead.
             */

            /**
             * Shape of a WatchResponse.
             * @typedef {arrow.control.WatchResponse.$Properties} arrow.control.WatchResponse.$Shape
             */

            /**
             * Constructs a new WatchResponse.
             * @memberof arrow.control
             * @classdesc Represents a WatchResponse.
             * @constructor
             * @param {arrow.control.WatchResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WatchResponse = function (p) {
                this.volumes = [];
                this.peers = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * WatchResponse index.
             * @member {number} index
             * @memberof arrow.control.WatchResponse
             * @instance
             */
            WatchResponse.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * WatchResponse records.
             * @member {Uint8Array} records
             * @memberof arrow.control.WatchResponse
             * @instance
             */
            WatchResponse.prototype.records = $util.newBuffer([]);

            /**
             * WatchResponse volumes.
             * @member {Array.<arrow.control.VolumeView.$Properties>} volumes
             * @memberof arrow.control.WatchResponse
             * @instance
             */
            WatchResponse.prototype.volumes = $util.emptyArray;

            /**
             * WatchResponse peers.
             * @member {Array.<arrow.control.PeerRef.$Properties>} peers
             * @memberof arrow.control.WatchResponse
             * @instance
             */
            WatchResponse.prototype.peers = $util.emptyArray;

            /**
             * Creates a new WatchResponse instance using the specified properties.
             * @function create
             * @memberof arrow.control.WatchResponse
             * @static
             * @param {arrow.control.WatchResponse.$Properties=} [properties] Properties to set
             * @returns {arrow.control.WatchResponse} WatchResponse instance
             * @type {{
             *   (properties: arrow.control.WatchResponse.$Shape): arrow.control.WatchResponse & arrow.control.WatchResponse.$Shape;
             *   (properties?: arrow.control.WatchResponse.$Properties): arrow.control.WatchResponse;
             * }}
             */
            WatchResponse.create = function(properties) {
                return new WatchResponse(properties);
            };

            /**
             * Encodes the specified WatchResponse message. Does not implicitly {@link arrow.control.WatchResponse.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.WatchResponse
             * @static
             * @param {arrow.control.WatchResponse.$Properties} m WatchResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WatchResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.index != null && $Object.hasOwnProperty.call(m, "index") && (typeof m.index === "object" ? m.index.low || m.index.high : m.index !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.index);
                if (m.records != null && $Object.hasOwnProperty.call(m, "records") && m.records.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.records);
                if (m.volumes != null && m.volumes.length) {
                    for (var i = 0; i < m.volumes.length; ++i)
                        $root.arrow.control.VolumeView.encode(m.volumes[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.peers != null && m.peers.length) {
                    for (var i = 0; i < m.peers.length; ++i)
                        $root.arrow.control.PeerRef.encode(m.peers[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified WatchResponse message, length delimited. Does not implicitly {@link arrow.control.WatchResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.WatchResponse
             * @static
             * @param {arrow.control.WatchResponse.$Properties} message WatchResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WatchResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WatchResponse message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.WatchResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.WatchResponse & arrow.control.WatchResponse.$Shape} WatchResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WatchResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.control.WatchResponse();
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
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.records = v;
                            else
                                delete m.records;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.volumes && m.volumes.length))
                                m.volumes = [];
                            m.volumes.push($root.arrow.control.VolumeView.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.peers && m.peers.length))
                                m.peers = [];
                            m.peers.push($root.arrow.control.PeerRef.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a WatchResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.control.WatchResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.WatchResponse & arrow.control.WatchResponse.$Shape} WatchResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WatchResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WatchResponse message.
             * @function verify
             * @memberof arrow.control.WatchResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WatchResponse.verify = function (m, q) {
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
                if (m.records != null && $Object.hasOwnProperty.call(m, "records")) {
                    if (!(m.records && typeof m.records.length === "number" || $util.isString(m.records)))
                        return "records: buffer expected";
                }
                if (m.volumes != null && $Object.hasOwnProperty.call(m, "volumes")) {
                    if (!$Array.isArray(m.volumes))
                        return "volumes: array expected";
                    for (var i = 0; i < m.volumes.length; ++i) {
                        {
                            var e = $root.arrow.control.VolumeView.verify(m.volumes[i], q + 1);
                            if (e)
                                return "volumes." + e;
                        }
                    }
                }
                if (m.peers != null && $Object.hasOwnProperty.call(m, "peers")) {
                    if (!$Array.isArray(m.peers))
                        return "peers: array expected";
                    for (var i = 0; i < m.peers.length; ++i) {
                        {
                            var e = $root.arrow.control.PeerRef.verify(m.peers[i], q + 1);
                            if (e)
                                return "peers." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a WatchResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.WatchResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.WatchResponse} WatchResponse
             */
            WatchResponse.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.WatchResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.WatchResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.control.WatchResponse();
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
                if (d.records != null) {
                    if (d.records.length) {
                        if (typeof d.records === "string")
                            $util.base64.decode(d.records, m.records = $util.newBuffer($util.base64.length(d.records)), 0);
                        else if (d.records.length >= 0)
                            m.records = d.records;
                    }
                }
                if (d.volumes) {
                    if (!$Array.isArray(d.volumes))
                        throw $TypeError(".arrow.control.WatchResponse.volumes: array expected");
                    m.volumes = $Array(d.volumes.length);
                    for (var i = 0; i < d.volumes.length; ++i) {
                        if (!$util.isObject(d.volumes[i]))
                            throw $TypeError(".arrow.control.WatchResponse.volumes: object expected");
                        m.volumes[i] = $root.arrow.control.VolumeView.fromObject(d.volumes[i], q + 1);
                    }
                }
                if (d.peers) {
                    if (!$Array.isArray(d.peers))
                        throw $TypeError(".arrow.control.WatchResponse.peers: array expected");
                    m.peers = $Array(d.peers.length);
                    for (var i = 0; i < d.peers.length; ++i) {
                        if (!$util.isObject(d.peers[i]))
                            throw $TypeError(".arrow.control.WatchResponse.peers: object expected");
                        m.peers[i] = $root.arrow.control.PeerRef.fromObject(d.peers[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a WatchResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.WatchResponse
             * @static
             * @param {arrow.control.WatchResponse} m WatchResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WatchResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.volumes = [];
                    d.peers = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.index = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.index = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if (o.bytes === $String)
                        d.records = "";
                    else {
                        d.records = [];
                        if (o.bytes !== $Array)
                            d.records = $util.newBuffer(d.records);
                    }
                }
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.index = typeof m.index === "number" ? $BigInt(m.index) : $util.Long.fromBits(m.index.low >>> 0, m.index.high >>> 0, true).toBigInt();
                    else if (typeof m.index === "number")
                        d.index = o.longs === $String ? $String(m.index) : m.index;
                    else
                        d.index = o.longs === $String ? $util.Long.prototype.toString.call(m.index) : o.longs === $Number ? new $util.LongBits(m.index.low >>> 0, m.index.high >>> 0).toNumber(true) : m.index;
                }
                if (m.records != null && $Object.hasOwnProperty.call(m, "records")) {
                    d.records = o.bytes === $String ? $util.base64.encode(m.records, 0, m.records.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.records) : m.records;
                }
                if (m.volumes && m.volumes.length) {
                    d.volumes = $Array(m.volumes.length);
                    for (var j = 0; j < m.volumes.length; ++j) {
                        d.volumes[j] = $root.arrow.control.VolumeView.toObject(m.volumes[j], o, q + 1);
                    }
                }
                if (m.peers && m.peers.length) {
                    d.peers = $Array(m.peers.length);
                    for (var j = 0; j < m.peers.length; ++j) {
                        d.peers[j] = $root.arrow.control.PeerRef.toObject(m.peers[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this WatchResponse to JSON.
             * @function toJSON
             * @memberof arrow.control.WatchResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WatchResponse.prototype.toJSON = function() {
                return WatchResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WatchResponse
             * @function getTypeUrl
             * @memberof arrow.control.WatchResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WatchResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.WatchResponse";
            };

            return WatchResponse;
        })();

        control.PeerRef = (function() {

            /**
             * Properties of a PeerRef.
             * @typedef {Object} arrow.control.PeerRef.$Properties
             * @property {string|null} [node] PeerRef node
             * @property {string|null} [peerId] PeerRef peerId
             * @property {Array.<string>|null} [addrs] PeerRef addrs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PeerRef.
             * @memberof arrow.control
             * @interface IPeerRef
             * @augments arrow.control.PeerRef.$Properties
             * @deprecated Use arrow.control.PeerRef.$Properties instead.
             */

            /**
             * Shape of a PeerRef.
             * @typedef {arrow.control.PeerRef.$Properties} arrow.control.PeerRef.$Shape
             */

            /**
             * Constructs a new PeerRef.
             * @memberof arrow.control
             * @classdesc Represents a PeerRef.
             * @constructor
             * @param {arrow.control.PeerRef.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PeerRef = function (p) {
                this.addrs = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PeerRef node.
             * @member {string} node
             * @memberof arrow.control.PeerRef
             * @instance
             */
            PeerRef.prototype.node = "";

            /**
             * PeerRef peerId.
             * @member {string} peerId
             * @memberof arrow.control.PeerRef
             * @instance
             */
            PeerRef.prototype.peerId = "";

            /**
             * PeerRef addrs.
             * @member {Array.<string>} addrs
             * @memberof arrow.control.PeerRef
             * @instance
             */
            PeerRef.prototype.addrs = $util.emptyArray;

            /**
             * Creates a new PeerRef instance using the specified properties.
             * @function create
             * @memberof arrow.control.PeerRef
             * @static
             * @param {arrow.control.PeerRef.$Properties=} [properties] Properties to set
             * @returns {arrow.control.PeerRef} PeerRef instance
             * @type {{
             *   (properties: arrow.control.PeerRef.$Shape): arrow.control.PeerRef & arrow.control.PeerRef.$Shape;
             *   (properties?: arrow.control.PeerRef.$Properties): arrow.control.PeerRef;
             * }}
             */
            PeerRef.create = function(properties) {
                return new PeerRef(properties);
            };

            /**
             * Encodes the specified PeerRef message. Does not implicitly {@link arrow.control.PeerRef.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.PeerRef
             * @static
             * @param {arrow.control.PeerRef.$Properties} m PeerRef message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeerRef.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.node != null && $Object.hasOwnProperty.call(m, "node") && m.node !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.node);
                if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.peerId);
                if (m.addrs != null && m.addrs.length) {
                    for (var i = 0; i < m.addrs.length; ++i)
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.addrs[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified PeerRef message, length delimited. Does not implicitly {@link arrow.control.PeerRef.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.PeerRef
             * @static
             * @param {arrow.control.PeerRef.$Properties} message PeerRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeerRef.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PeerRef message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.PeerRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.PeerRef & arrow.control.PeerRef.$Shape} PeerRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeerRef.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.control.PeerRef();
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
                                m.peerId = v;
                            else
                                delete m.peerId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.addrs && m.addrs.length))
                                m.addrs = [];
                            m.addrs.push(r.stringVerify());
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
             * Decodes a PeerRef message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.control.PeerRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.PeerRef & arrow.control.PeerRef.$Shape} PeerRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeerRef.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PeerRef message.
             * @function verify
             * @memberof arrow.control.PeerRef
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PeerRef.verify = function (m, q) {
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
                return null;
            };

            /**
             * Creates a PeerRef message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.PeerRef
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.PeerRef} PeerRef
             */
            PeerRef.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.PeerRef)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.PeerRef: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.control.PeerRef();
                if (d.node != null) {
                    if (typeof d.node !== "string" || d.node.length) {
                        m.node = $String(d.node);
                    }
                }
                if (d.peerId != null) {
                    if (typeof d.peerId !== "string" || d.peerId.length) {
                        m.peerId = $String(d.peerId);
                    }
                }
                if (d.addrs) {
                    if (!$Array.isArray(d.addrs))
                        throw $TypeError(".arrow.control.PeerRef.addrs: array expected");
                    m.addrs = $Array(d.addrs.length);
                    for (var i = 0; i < d.addrs.length; ++i) {
                        m.addrs[i] = $String(d.addrs[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PeerRef message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.PeerRef
             * @static
             * @param {arrow.control.PeerRef} m PeerRef
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PeerRef.toObject = function (m, o, q) {
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
                if (o.defaults) {
                    d.node = "";
                    d.peerId = "";
                }
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    d.node = m.node;
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
                return d;
            };

            /**
             * Converts this PeerRef to JSON.
             * @function toJSON
             * @memberof arrow.control.PeerRef
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PeerRef.prototype.toJSON = function() {
                return PeerRef.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PeerRef
             * @function getTypeUrl
             * @memberof arrow.control.PeerRef
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PeerRef.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.PeerRef";
            };

            return PeerRef;
        })();

        control.VolumeHolderView = (function() {

            /**
             * Properties of a VolumeHolderView.
             * @typedef {Object} arrow.control.VolumeHolderView.$Properties
             * @property {string|null} [node] VolumeHolderView node
             * @property {number|null} [seq] VolumeHolderView seq
             * @property {string|null} [manifest] VolumeHolderView manifest
             * @property {number|null} [createdMs] VolumeHolderView createdMs
             * @property {number|null} [logicalBytes] VolumeHolderView logicalBytes
             * @property {number|null} [reportedMs] VolumeHolderView reportedMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VolumeHolderView.
             * @memberof arrow.control
             * @interface IVolumeHolderView
             * @augments arrow.control.VolumeHolderView.$Properties
             * @deprecated Use arrow.control.VolumeHolderView.$Properties instead.
             */

            /**
             * Shape of a VolumeHolderView.
             * @typedef {arrow.control.VolumeHolderView.$Properties} arrow.control.VolumeHolderView.$Shape
             */

            /**
             * Constructs a new VolumeHolderView.
             * @memberof arrow.control
             * @classdesc Represents a VolumeHolderView.
             * @constructor
             * @param {arrow.control.VolumeHolderView.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VolumeHolderView = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VolumeHolderView node.
             * @member {string} node
             * @memberof arrow.control.VolumeHolderView
             * @instance
             */
            VolumeHolderView.prototype.node = "";

            /**
             * VolumeHolderView seq.
             * @member {number} seq
             * @memberof arrow.control.VolumeHolderView
             * @instance
             */
            VolumeHolderView.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * VolumeHolderView manifest.
             * @member {string} manifest
             * @memberof arrow.control.VolumeHolderView
             * @instance
             */
            VolumeHolderView.prototype.manifest = "";

            /**
             * VolumeHolderView createdMs.
             * @member {number} createdMs
             * @memberof arrow.control.VolumeHolderView
             * @instance
             */
            VolumeHolderView.prototype.createdMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * VolumeHolderView logicalBytes.
             * @member {number} logicalBytes
             * @memberof arrow.control.VolumeHolderView
             * @instance
             */
            VolumeHolderView.prototype.logicalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * VolumeHolderView reportedMs.
             * @member {number} reportedMs
             * @memberof arrow.control.VolumeHolderView
             * @instance
             */
            VolumeHolderView.prototype.reportedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new VolumeHolderView instance using the specified properties.
             * @function create
             * @memberof arrow.control.VolumeHolderView
             * @static
             * @param {arrow.control.VolumeHolderView.$Properties=} [properties] Properties to set
             * @returns {arrow.control.VolumeHolderView} VolumeHolderView instance
             * @type {{
             *   (properties: arrow.control.VolumeHolderView.$Shape): arrow.control.VolumeHolderView & arrow.control.VolumeHolderView.$Shape;
             *   (properties?: arrow.control.VolumeHolderView.$Properties): arrow.control.VolumeHolderView;
             * }}
             */
            VolumeHolderView.create = function(properties) {
                return new VolumeHolderView(properties);
            };

            /**
             * Encodes the specified VolumeHolderView message. Does not implicitly {@link arrow.control.VolumeHolderView.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.VolumeHolderView
             * @static
             * @param {arrow.control.VolumeHolderView.$Properties} m VolumeHolderView message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VolumeHolderView.encode = function (m, w, q) {
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
             * Encodes the specified VolumeHolderView message, length delimited. Does not implicitly {@link arrow.control.VolumeHolderView.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.VolumeHolderView
             * @static
             * @param {arrow.control.VolumeHolderView.$Properties} message VolumeHolderView message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VolumeHolderView.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a VolumeHolderView message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.VolumeHolderView
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.VolumeHolderView & arrow.control.VolumeHolderView.$Shape} VolumeHolderView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VolumeHolderView.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.control.VolumeHolderView();
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
             * Decodes a VolumeHolderView message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.control.VolumeHolderView
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.VolumeHolderView & arrow.control.VolumeHolderView.$Shape} VolumeHolderView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VolumeHolderView.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a VolumeHolderView message.
             * @function verify
             * @memberof arrow.control.VolumeHolderView
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VolumeHolderView.verify = function (m, q) {
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
             * Creates a VolumeHolderView message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.VolumeHolderView
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.VolumeHolderView} VolumeHolderView
             */
            VolumeHolderView.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.VolumeHolderView)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.VolumeHolderView: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.control.VolumeHolderView();
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
             * Creates a plain object from a VolumeHolderView message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.VolumeHolderView
             * @static
             * @param {arrow.control.VolumeHolderView} m VolumeHolderView
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VolumeHolderView.toObject = function (m, o, q) {
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
             * Converts this VolumeHolderView to JSON.
             * @function toJSON
             * @memberof arrow.control.VolumeHolderView
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VolumeHolderView.prototype.toJSON = function() {
                return VolumeHolderView.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VolumeHolderView
             * @function getTypeUrl
             * @memberof arrow.control.VolumeHolderView
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VolumeHolderView.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.VolumeHolderView";
            };

            return VolumeHolderView;
        })();

        control.VolumeView = (function() {

            /**
             * Properties of a VolumeView.
             * @typedef {Object} arrow.control.VolumeView.$Properties
             * @property {string|null} [name] VolumeView name
             * @property {number|null} [replicas] VolumeView replicas
             * @property {arrow.control.PeerRef.$Properties|null} [primary] VolumeView primary
             * @property {Array.<arrow.control.PeerRef.$Properties>|null} [replicaNodes] VolumeView replicaNodes
             * @property {Array.<arrow.control.VolumeHolderView.$Properties>|null} [holders] VolumeView holders
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VolumeView.
             * @memberof arrow.control
             * @interface IVolumeView
             * @augments arrow.control.VolumeView.$Properties
             * @deprecated Use arrow.control.VolumeView.$Properties instead.
             */

            /**
             * Shape of a VolumeView.
             * @typedef {arrow.control.VolumeView.$Properties} arrow.control.VolumeView.$Shape
             */

            /**
             * Constructs a new VolumeView.
             * @memberof arrow.control
             * @classdesc Represents a VolumeView.
             * @constructor
             * @param {arrow.control.VolumeView.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VolumeView = function (p) {
                this.replicaNodes = [];
                this.holders = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VolumeView name.
             * @member {string} name
             * @memberof arrow.control.VolumeView
             * @instance
             */
            VolumeView.prototype.name = "";

            /**
             * VolumeView replicas.
             * @member {number} replicas
             * @memberof arrow.control.VolumeView
             * @instance
             */
            VolumeView.prototype.replicas = 0;

            /**
             * VolumeView primary.
             * @member {arrow.control.PeerRef.$Properties|null|undefined} primary
             * @memberof arrow.control.VolumeView
             * @instance
             */
            VolumeView.prototype.primary = null;

            /**
             * VolumeView replicaNodes.
             * @member {Array.<arrow.control.PeerRef.$Properties>} replicaNodes
             * @memberof arrow.control.VolumeView
             * @instance
             */
            VolumeView.prototype.replicaNodes = $util.emptyArray;

            /**
             * VolumeView holders.
             * @member {Array.<arrow.control.VolumeHolderView.$Properties>} holders
             * @memberof arrow.control.VolumeView
             * @instance
             */
            VolumeView.prototype.holders = $util.emptyArray;

            /**
             * Creates a new VolumeView instance using the specified properties.
             * @function create
             * @memberof arrow.control.VolumeView
             * @static
             * @param {arrow.control.VolumeView.$Properties=} [properties] Properties to set
             * @returns {arrow.control.VolumeView} VolumeView instance
             * @type {{
             *   (properties: arrow.control.VolumeView.$Shape): arrow.control.VolumeView & arrow.control.VolumeView.$Shape;
             *   (properties?: arrow.control.VolumeView.$Properties): arrow.control.VolumeView;
             * }}
             */
            VolumeView.create = function(properties) {
                return new VolumeView(properties);
            };

            /**
             * Encodes the specified VolumeView message. Does not implicitly {@link arrow.control.VolumeView.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.VolumeView
             * @static
             * @param {arrow.control.VolumeView.$Properties} m VolumeView message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VolumeView.encode = function (m, w, q) {
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
                if (m.primary != null && $Object.hasOwnProperty.call(m, "primary"))
                    $root.arrow.control.PeerRef.encode(m.primary, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.replicaNodes != null && m.replicaNodes.length) {
                    for (var i = 0; i < m.replicaNodes.length; ++i)
                        $root.arrow.control.PeerRef.encode(m.replicaNodes[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                }
                if (m.holders != null && m.holders.length) {
                    for (var i = 0; i < m.holders.length; ++i)
                        $root.arrow.control.VolumeHolderView.encode(m.holders[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified VolumeView message, length delimited. Does not implicitly {@link arrow.control.VolumeView.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.VolumeView
             * @static
             * @param {arrow.control.VolumeView.$Properties} message VolumeView message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VolumeView.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a VolumeView message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.VolumeView
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.VolumeView & arrow.control.VolumeView.$Shape} VolumeView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VolumeView.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.control.VolumeView();
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
                            m.primary = $root.arrow.control.PeerRef.decode(r, r.size(), $undefined, q + 1, m.primary);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.replicaNodes && m.replicaNodes.length))
                                m.replicaNodes = [];
                            m.replicaNodes.push($root.arrow.control.PeerRef.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.holders && m.holders.length))
                                m.holders = [];
                            m.holders.push($root.arrow.control.VolumeHolderView.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a VolumeView message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.control.VolumeView
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.VolumeView & arrow.control.VolumeView.$Shape} VolumeView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VolumeView.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a VolumeView message.
             * @function verify
             * @memberof arrow.control.VolumeView
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VolumeView.verify = function (m, q) {
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
                if (m.primary != null && $Object.hasOwnProperty.call(m, "primary")) {
                    {
                        var e = $root.arrow.control.PeerRef.verify(m.primary, q + 1);
                        if (e)
                            return "primary." + e;
                    }
                }
                if (m.replicaNodes != null && $Object.hasOwnProperty.call(m, "replicaNodes")) {
                    if (!$Array.isArray(m.replicaNodes))
                        return "replicaNodes: array expected";
                    for (var i = 0; i < m.replicaNodes.length; ++i) {
                        {
                            var e = $root.arrow.control.PeerRef.verify(m.replicaNodes[i], q + 1);
                            if (e)
                                return "replicaNodes." + e;
                        }
                    }
                }
                if (m.holders != null && $Object.hasOwnProperty.call(m, "holders")) {
                    if (!$Array.isArray(m.holders))
                        return "holders: array expected";
                    for (var i = 0; i < m.holders.length; ++i) {
                        {
                            var e = $root.arrow.control.VolumeHolderView.verify(m.holders[i], q + 1);
                            if (e)
                                return "holders." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a VolumeView message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.VolumeView
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.VolumeView} VolumeView
             */
            VolumeView.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.VolumeView)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.VolumeView: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.control.VolumeView();
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
                if (d.primary != null) {
                    if (!$util.isObject(d.primary))
                        throw $TypeError(".arrow.control.VolumeView.primary: object expected");
                    m.primary = $root.arrow.control.PeerRef.fromObject(d.primary, q + 1);
                }
                if (d.replicaNodes) {
                    if (!$Array.isArray(d.replicaNodes))
                        throw $TypeError(".arrow.control.VolumeView.replicaNodes: array expected");
                    m.replicaNodes = $Array(d.replicaNodes.length);
                    for (var i = 0; i < d.replicaNodes.length; ++i) {
                        if (!$util.isObject(d.replicaNodes[i]))
                            throw $TypeError(".arrow.control.VolumeView.replicaNodes: object expected");
                        m.replicaNodes[i] = $root.arrow.control.PeerRef.fromObject(d.replicaNodes[i], q + 1);
                    }
                }
                if (d.holders) {
                    if (!$Array.isArray(d.holders))
                        throw $TypeError(".arrow.control.VolumeView.holders: array expected");
                    m.holders = $Array(d.holders.length);
                    for (var i = 0; i < d.holders.length; ++i) {
                        if (!$util.isObject(d.holders[i]))
                            throw $TypeError(".arrow.control.VolumeView.holders: object expected");
                        m.holders[i] = $root.arrow.control.VolumeHolderView.fromObject(d.holders[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a VolumeView message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.VolumeView
             * @static
             * @param {arrow.control.VolumeView} m VolumeView
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VolumeView.toObject = function (m, o, q) {
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
                    d.primary = null;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.replicas != null && $Object.hasOwnProperty.call(m, "replicas")) {
                    d.replicas = m.replicas;
                }
                if (m.primary != null && $Object.hasOwnProperty.call(m, "primary")) {
                    d.primary = $root.arrow.control.PeerRef.toObject(m.primary, o, q + 1);
                }
                if (m.replicaNodes && m.replicaNodes.length) {
                    d.replicaNodes = $Array(m.replicaNodes.length);
                    for (var j = 0; j < m.replicaNodes.length; ++j) {
                        d.replicaNodes[j] = $root.arrow.control.PeerRef.toObject(m.replicaNodes[j], o, q + 1);
                    }
                }
                if (m.holders && m.holders.length) {
                    d.holders = $Array(m.holders.length);
                    for (var j = 0; j < m.holders.length; ++j) {
                        d.holders[j] = $root.arrow.control.VolumeHolderView.toObject(m.holders[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this VolumeView to JSON.
             * @function toJSON
             * @memberof arrow.control.VolumeView
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VolumeView.prototype.toJSON = function() {
                return VolumeView.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VolumeView
             * @function getTypeUrl
             * @memberof arrow.control.VolumeView
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VolumeView.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.VolumeView";
            };

            return VolumeView;
        })();

        control.RegisterRequest = (function() {

            /**
             * Properties of a RegisterRequest.
             * @typedef {Object} arrow.control.RegisterRequest.$Properties
             * @property {Uint8Array|null} [registration] RegisterRequest registration
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RegisterRequest.
             * @memberof arrow.control
             * @interface IRegisterRequest
             * @augments arrow.control.RegisterRequest.$Properties
             * @deprecated Use arrow.control.RegisterRequest.$Properties instead.
             */

            /**
             * Shape of a RegisterRequest.
             * @typedef {arrow.control.RegisterRequest.$Properties} arrow.control.RegisterRequest.$Shape
             */

            /**
             * Constructs a new RegisterRequest.
             * @memberof arrow.control
             * @classdesc Represents a RegisterRequest.
             * @constructor
             * @param {arrow.control.RegisterRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RegisterRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RegisterRequest registration.
             * @member {Uint8Array} registration
             * @memberof arrow.control.RegisterRequest
             * @instance
             */
            RegisterRequest.prototype.registration = $util.newBuffer([]);

            /**
             * Creates a new RegisterRequest instance using the specified properties.
             * @function create
             * @memberof arrow.control.RegisterRequest
             * @static
             * @param {arrow.control.RegisterRequest.$Properties=} [properties] Properties to set
             * @returns {arrow.control.RegisterRequest} RegisterRequest instance
             * @type {{
             *   (properties: arrow.control.RegisterRequest.$Shape): arrow.control.RegisterRequest & arrow.control.RegisterRequest.$Shape;
             *   (properties?: arrow.control.RegisterRequest.$Properties): arrow.control.RegisterRequest;
             * }}
             */
            RegisterRequest.create = function(properties) {
                return new RegisterRequest(properties);
            };

            /**
             * Encodes the specified RegisterRequest message. Does not implicitly {@link arrow.control.RegisterRequest.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.RegisterRequest
             * @static
             * @param {arrow.control.RegisterRequest.$Properties} m RegisterRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegisterRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.registration != null && $Object.hasOwnProperty.call(m, "registration") && m.registration.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.registration);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified RegisterRequest message, length delimited. Does not implicitly {@link arrow.control.RegisterRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.RegisterRequest
             * @static
             * @param {arrow.control.RegisterRequest.$Properties} message RegisterRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegisterRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RegisterRequest message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.RegisterRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.RegisterRequest & arrow.control.RegisterRequest.$Shape} RegisterRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegisterRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.control.RegisterRequest();
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
                                m.registration = v;
                            else
                                delete m.registration;
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
             * Decodes a RegisterRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.control.RegisterRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.RegisterRequest & arrow.control.RegisterRequest.$Shape} RegisterRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegisterRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RegisterRequest message.
             * @function verify
             * @memberof arrow.control.RegisterRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RegisterRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.registration != null && $Object.hasOwnProperty.call(m, "registration")) {
                    if (!(m.registration && typeof m.registration.length === "number" || $util.isString(m.registration)))
                        return "registration: buffer expected";
                }
                return null;
            };

            /**
             * Creates a RegisterRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.RegisterRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.RegisterRequest} RegisterRequest
             */
            RegisterRequest.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.RegisterRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.RegisterRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.control.RegisterRequest();
                if (d.registration != null) {
                    if (d.registration.length) {
                        if (typeof d.registration === "string")
                            $util.base64.decode(d.registration, m.registration = $util.newBuffer($util.base64.length(d.registration)), 0);
                        else if (d.registration.length >= 0)
                            m.registration = d.registration;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RegisterRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.RegisterRequest
             * @static
             * @param {arrow.control.RegisterRequest} m RegisterRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RegisterRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.registration = "";
                    else {
                        d.registration = [];
                        if (o.bytes !== $Array)
                            d.registration = $util.newBuffer(d.registration);
                    }
                }
                if (m.registration != null && $Object.hasOwnProperty.call(m, "registration")) {
                    d.registration = o.bytes === $String ? $util.base64.encode(m.registration, 0, m.registration.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.registration) : m.registration;
                }
                return d;
            };

            /**
             * Converts this RegisterRequest to JSON.
             * @function toJSON
             * @memberof arrow.control.RegisterRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RegisterRequest.prototype.toJSON = function() {
                return RegisterRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RegisterRequest
             * @function getTypeUrl
             * @memberof arrow.control.RegisterRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RegisterRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.RegisterRequest";
            };

            return RegisterRequest;
        })();

        control.RegisterResponse = (function() {

            /**
             * Properties of a RegisterResponse.
             * @typedef {Object} arrow.control.RegisterResponse.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RegisterResponse.
             * @memberof arrow.control
             * @interface IRegisterResponse
             * @augments arrow.control.RegisterResponse.$Properties
             * @deprecated Use arrow.control.RegisterResponse.$Properties instead.
             */

            /**
             * Shape of a RegisterResponse.
             * @typedef {arrow.control.RegisterResponse.$Properties} arrow.control.RegisterResponse.$Shape
             */

            /**
             * Constructs a new RegisterResponse.
             * @memberof arrow.control
             * @classdesc Represents a RegisterResponse.
             * @constructor
             * @param {arrow.control.RegisterResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RegisterResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new RegisterResponse instance using the specified properties.
             * @function create
             * @memberof arrow.control.RegisterResponse
             * @static
             * @param {arrow.control.RegisterResponse.$Properties=} [properties] Properties to set
             * @returns {arrow.control.RegisterResponse} RegisterResponse instance
             * @type {{
             *   (properties: arrow.control.RegisterResponse.$Shape): arrow.control.RegisterResponse & arrow.control.RegisterResponse.$Shape;
             *   (properties?: arrow.control.RegisterResponse.$Properties): arrow.control.RegisterResponse;
             * }}
             */
            RegisterResponse.create = function(properties) {
                return new RegisterResponse(properties);
            };

            /**
             * Encodes the specified RegisterResponse message. Does not implicitly {@link arrow.control.RegisterResponse.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.RegisterResponse
             * @static
             * @param {arrow.control.RegisterResponse.$Properties} m RegisterResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegisterResponse.encode = function (m, w, q) {
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
             * Encodes the specified RegisterResponse message, length delimited. Does not implicitly {@link arrow.control.RegisterResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.RegisterResponse
             * @static
             * @param {arrow.control.RegisterResponse.$Properties} message RegisterResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegisterResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RegisterResponse message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.RegisterResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.RegisterResponse & arrow.control.RegisterResponse.$Shape} RegisterResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegisterResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.control.RegisterResponse();
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
             * Decodes a RegisterResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.control.RegisterResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.RegisterResponse & arrow.control.RegisterResponse.$Shape} RegisterResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegisterResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RegisterResponse message.
             * @function verify
             * @memberof arrow.control.RegisterResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RegisterResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a RegisterResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.RegisterResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.RegisterResponse} RegisterResponse
             */
            RegisterResponse.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.RegisterResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.RegisterResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.arrow.control.RegisterResponse();
            };

            /**
             * Creates a plain object from a RegisterResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.RegisterResponse
             * @static
             * @param {arrow.control.RegisterResponse} m RegisterResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RegisterResponse.toObject = function () {
                return {};
            };

            /**
             * Converts this RegisterResponse to JSON.
             * @function toJSON
             * @memberof arrow.control.RegisterResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RegisterResponse.prototype.toJSON = function() {
                return RegisterResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RegisterResponse
             * @function getTypeUrl
             * @memberof arrow.control.RegisterResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RegisterResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.RegisterResponse";
            };

            return RegisterResponse;
        })();

        control.ReportRequest = (function() {

            /**
             * Properties of a ReportRequest.
             * @typedef {Object} arrow.control.ReportRequest.$Properties
             * @property {Uint8Array|null} [command] ReportRequest command
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReportRequest.
             * @memberof arrow.control
             * @interface IReportRequest
             * @augments arrow.control.ReportRequest.$Properties
             * @deprecated Use arrow.control.ReportRequest.$Properties instead.
             */

            /**
             * Shape of a ReportRequest.
             * @typedef {arrow.control.ReportRequest.$Properties} arrow.control.ReportRequest.$Shape
             */

            /**
             * Constructs a new ReportRequest.
             * @memberof arrow.control
             * @classdesc Represents a ReportRequest.
             * @constructor
             * @param {arrow.control.ReportRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReportRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ReportRequest command.
             * @member {Uint8Array} command
             * @memberof arrow.control.ReportRequest
             * @instance
             */
            ReportRequest.prototype.command = $util.newBuffer([]);

            /**
             * Creates a new ReportRequest instance using the specified properties.
             * @function create
             * @memberof arrow.control.ReportRequest
             * @static
             * @param {arrow.control.ReportRequest.$Properties=} [properties] Properties to set
             * @returns {arrow.control.ReportRequest} ReportRequest instance
             * @type {{
             *   (properties: arrow.control.ReportRequest.$Shape): arrow.control.ReportRequest & arrow.control.ReportRequest.$Shape;
             *   (properties?: arrow.control.ReportRequest.$Properties): arrow.control.ReportRequest;
             * }}
             */
            ReportRequest.create = function(properties) {
                return new ReportRequest(properties);
            };

            /**
             * Encodes the specified ReportRequest message. Does not implicitly {@link arrow.control.ReportRequest.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.ReportRequest
             * @static
             * @param {arrow.control.ReportRequest.$Properties} m ReportRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReportRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.command != null && $Object.hasOwnProperty.call(m, "command") && m.command.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.command);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ReportRequest message, length delimited. Does not implicitly {@link arrow.control.ReportRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.ReportRequest
             * @static
             * @param {arrow.control.ReportRequest.$Properties} message ReportRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReportRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ReportRequest message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.ReportRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.ReportRequest & arrow.control.ReportRequest.$Shape} ReportRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReportRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.control.ReportRequest();
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
             * Decodes a ReportRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.control.ReportRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.ReportRequest & arrow.control.ReportRequest.$Shape} ReportRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReportRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ReportRequest message.
             * @function verify
             * @memberof arrow.control.ReportRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReportRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.command != null && $Object.hasOwnProperty.call(m, "command")) {
                    if (!(m.command && typeof m.command.length === "number" || $util.isString(m.command)))
                        return "command: buffer expected";
                }
                return null;
            };

            /**
             * Creates a ReportRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.ReportRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.ReportRequest} ReportRequest
             */
            ReportRequest.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.ReportRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.ReportRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.control.ReportRequest();
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
             * Creates a plain object from a ReportRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.ReportRequest
             * @static
             * @param {arrow.control.ReportRequest} m ReportRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReportRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.command = "";
                    else {
                        d.command = [];
                        if (o.bytes !== $Array)
                            d.command = $util.newBuffer(d.command);
                    }
                }
                if (m.command != null && $Object.hasOwnProperty.call(m, "command")) {
                    d.command = o.bytes === $String ? $util.base64.encode(m.command, 0, m.command.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.command) : m.command;
                }
                return d;
            };

            /**
             * Converts this ReportRequest to JSON.
             * @function toJSON
             * @memberof arrow.control.ReportRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReportRequest.prototype.toJSON = function() {
                return ReportRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReportRequest
             * @function getTypeUrl
             * @memberof arrow.control.ReportRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReportRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.ReportRequest";
            };

            return ReportRequest;
        })();

        control.Ignored = (function() {

            /**
             * Properties of an Ignored.
             * @typedef {Object} arrow.control.Ignored.$Properties
             * @property {string|null} [id] Ignored id
             * @property {string|null} [reason] Ignored reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ignored.
             * @memberof arrow.control
             * @interface IIgnored
             * @augments arrow.control.Ignored.$Properties
             * @deprecated Use arrow.control.Ignored.$Properties instead.
             */

            /**
             * Shape of an Ignored.
             * @typedef {arrow.control.Ignored.$Properties} arrow.control.Ignored.$Shape
             */

            /**
             * Constructs a new Ignored.
             * @memberof arrow.control
             * @classdesc Represents an Ignored.
             * @constructor
             * @param {arrow.control.Ignored.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ignored = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Ignored id.
             * @member {string} id
             * @memberof arrow.control.Ignored
             * @instance
             */
            Ignored.prototype.id = "";

            /**
             * Ignored reason.
             * @member {string} reason
             * @memberof arrow.control.Ignored
             * @instance
             */
            Ignored.prototype.reason = "";

            /**
             * Creates a new Ignored instance using the specified properties.
             * @function create
             * @memberof arrow.control.Ignored
             * @static
             * @param {arrow.control.Ignored.$Properties=} [properties] Properties to set
             * @returns {arrow.control.Ignored} Ignored instance
             * @type {{
             *   (properties: arrow.control.Ignored.$Shape): arrow.control.Ignored & arrow.control.Ignored.$Shape;
             *   (properties?: arrow.control.Ignored.$Properties): arrow.control.Ignored;
             * }}
             */
            Ignored.create = function(properties) {
                return new Ignored(properties);
            };

            /**
             * Encodes the specified Ignored message. Does not implicitly {@link arrow.control.Ignored.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.Ignored
             * @static
             * @param {arrow.control.Ignored.$Properties} m Ignored message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ignored.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.reason);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Ignored message, length delimited. Does not implicitly {@link arrow.control.Ignored.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.Ignored
             * @static
             * @param {arrow.control.Ignored.$Properties} message Ignored message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ignored.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Ignored message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.Ignored
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.Ignored & arrow.control.Ignored.$Shape} Ignored
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ignored.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.control.Ignored();
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
             * Decodes an Ignored message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.control.Ignored
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.Ignored & arrow.control.Ignored.$Shape} Ignored
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ignored.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Ignored message.
             * @function verify
             * @memberof arrow.control.Ignored
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Ignored.verify = function (m, q) {
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
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    if (!$util.isString(m.reason))
                        return "reason: string expected";
                }
                return null;
            };

            /**
             * Creates an Ignored message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.Ignored
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.Ignored} Ignored
             */
            Ignored.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.Ignored)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.Ignored: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.control.Ignored();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
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
             * Creates a plain object from an Ignored message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.Ignored
             * @static
             * @param {arrow.control.Ignored} m Ignored
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ignored.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.id = "";
                    d.reason = "";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                return d;
            };

            /**
             * Converts this Ignored to JSON.
             * @function toJSON
             * @memberof arrow.control.Ignored
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ignored.prototype.toJSON = function() {
                return Ignored.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ignored
             * @function getTypeUrl
             * @memberof arrow.control.Ignored
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ignored.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.Ignored";
            };

            return Ignored;
        })();

        control.ReportResponse = (function() {

            /**
             * Properties of a ReportResponse.
             * @typedef {Object} arrow.control.ReportResponse.$Properties
             * @property {Array.<arrow.control.Ignored.$Properties>|null} [ignored] ReportResponse ignored
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReportResponse.
             * @memberof arrow.control
             * @interface IReportResponse
             * @augments arrow.control.ReportResponse.$Properties
             * @deprecated Use arrow.control.ReportResponse.$Properties instead.
             */

            /**
             * Shape of a ReportResponse.
             * @typedef {arrow.control.ReportResponse.$Properties} arrow.control.ReportResponse.$Shape
             */

            /**
             * Constructs a new ReportResponse.
             * @memberof arrow.control
             * @classdesc Represents a ReportResponse.
             * @constructor
             * @param {arrow.control.ReportResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReportResponse = function (p) {
                this.ignored = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ReportResponse ignored.
             * @member {Array.<arrow.control.Ignored.$Properties>} ignored
             * @memberof arrow.control.ReportResponse
             * @instance
             */
            ReportResponse.prototype.ignored = $util.emptyArray;

            /**
             * Creates a new ReportResponse instance using the specified properties.
             * @function create
             * @memberof arrow.control.ReportResponse
             * @static
             * @param {arrow.control.ReportResponse.$Properties=} [properties] Properties to set
             * @returns {arrow.control.ReportResponse} ReportResponse instance
             * @type {{
             *   (properties: arrow.control.ReportResponse.$Shape): arrow.control.ReportResponse & arrow.control.ReportResponse.$Shape;
             *   (properties?: arrow.control.ReportResponse.$Properties): arrow.control.ReportResponse;
             * }}
             */
            ReportResponse.create = function(properties) {
                return new ReportResponse(properties);
            };

            /**
             * Encodes the specified ReportResponse message. Does not implicitly {@link arrow.control.ReportResponse.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.ReportResponse
             * @static
             * @param {arrow.control.ReportResponse.$Properties} m ReportResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReportResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ignored != null && m.ignored.length) {
                    for (var i = 0; i < m.ignored.length; ++i)
                        $root.arrow.control.Ignored.encode(m.ignored[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ReportResponse message, length delimited. Does not implicitly {@link arrow.control.ReportResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.ReportResponse
             * @static
             * @param {arrow.control.ReportResponse.$Properties} message ReportResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReportResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ReportResponse message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.ReportResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.ReportResponse & arrow.control.ReportResponse.$Shape} ReportResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReportResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.control.ReportResponse();
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
                            if (!(m.ignored && m.ignored.length))
                                m.ignored = [];
                            m.ignored.push($root.arrow.control.Ignored.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a ReportResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.control.ReportResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.ReportResponse & arrow.control.ReportResponse.$Shape} ReportResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReportResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ReportResponse message.
             * @function verify
             * @memberof arrow.control.ReportResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReportResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.ignored != null && $Object.hasOwnProperty.call(m, "ignored")) {
                    if (!$Array.isArray(m.ignored))
                        return "ignored: array expected";
                    for (var i = 0; i < m.ignored.length; ++i) {
                        {
                            var e = $root.arrow.control.Ignored.verify(m.ignored[i], q + 1);
                            if (e)
                                return "ignored." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a ReportResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.ReportResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.ReportResponse} ReportResponse
             */
            ReportResponse.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.ReportResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.ReportResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.control.ReportResponse();
                if (d.ignored) {
                    if (!$Array.isArray(d.ignored))
                        throw $TypeError(".arrow.control.ReportResponse.ignored: array expected");
                    m.ignored = $Array(d.ignored.length);
                    for (var i = 0; i < d.ignored.length; ++i) {
                        if (!$util.isObject(d.ignored[i]))
                            throw $TypeError(".arrow.control.ReportResponse.ignored: object expected");
                        m.ignored[i] = $root.arrow.control.Ignored.fromObject(d.ignored[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ReportResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.ReportResponse
             * @static
             * @param {arrow.control.ReportResponse} m ReportResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReportResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.ignored = [];
                }
                if (m.ignored && m.ignored.length) {
                    d.ignored = $Array(m.ignored.length);
                    for (var j = 0; j < m.ignored.length; ++j) {
                        d.ignored[j] = $root.arrow.control.Ignored.toObject(m.ignored[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this ReportResponse to JSON.
             * @function toJSON
             * @memberof arrow.control.ReportResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReportResponse.prototype.toJSON = function() {
                return ReportResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReportResponse
             * @function getTypeUrl
             * @memberof arrow.control.ReportResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReportResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.ReportResponse";
            };

            return ReportResponse;
        })();

        control.ArtifactRequest = (function() {

            /**
             * Properties of an ArtifactRequest.
             * @typedef {Object} arrow.control.ArtifactRequest.$Properties
             * @property {string|null} [ref] ArtifactRequest ref
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ArtifactRequest.
             * @memberof arrow.control
             * @interface IArtifactRequest
             * @augments arrow.control.ArtifactRequest.$Properties
             * @deprecated Use arrow.control.ArtifactRequest.$Properties instead.
             */

            /**
             * Shape of an ArtifactRequest.
             * @typedef {arrow.control.ArtifactRequest.$Properties} arrow.control.ArtifactRequest.$Shape
             */

            /**
             * Constructs a new ArtifactRequest.
             * @memberof arrow.control
             * @classdesc Represents an ArtifactRequest.
             * @constructor
             * @param {arrow.control.ArtifactRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ArtifactRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ArtifactRequest ref.
             * @member {string} ref
             * @memberof arrow.control.ArtifactRequest
             * @instance
             */
            ArtifactRequest.prototype.ref = "";

            /**
             * Creates a new ArtifactRequest instance using the specified properties.
             * @function create
             * @memberof arrow.control.ArtifactRequest
             * @static
             * @param {arrow.control.ArtifactRequest.$Properties=} [properties] Properties to set
             * @returns {arrow.control.ArtifactRequest} ArtifactRequest instance
             * @type {{
             *   (properties: arrow.control.ArtifactRequest.$Shape): arrow.control.ArtifactRequest & arrow.control.ArtifactRequest.$Shape;
             *   (properties?: arrow.control.ArtifactRequest.$Properties): arrow.control.ArtifactRequest;
             * }}
             */
            ArtifactRequest.create = function(properties) {
                return new ArtifactRequest(properties);
            };

            /**
             * Encodes the specified ArtifactRequest message. Does not implicitly {@link arrow.control.ArtifactRequest.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.ArtifactRequest
             * @static
             * @param {arrow.control.ArtifactRequest.$Properties} m ArtifactRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ArtifactRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ref != null && $Object.hasOwnProperty.call(m, "ref") && m.ref !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.ref);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ArtifactRequest message, length delimited. Does not implicitly {@link arrow.control.ArtifactRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.ArtifactRequest
             * @static
             * @param {arrow.control.ArtifactRequest.$Properties} message ArtifactRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ArtifactRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ArtifactRequest message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.ArtifactRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.ArtifactRequest & arrow.control.ArtifactRequest.$Shape} ArtifactRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ArtifactRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.control.ArtifactRequest();
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
                                m.ref = v;
                            else
                                delete m.ref;
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
             * Decodes an ArtifactRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.control.ArtifactRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.ArtifactRequest & arrow.control.ArtifactRequest.$Shape} ArtifactRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ArtifactRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an ArtifactRequest message.
             * @function verify
             * @memberof arrow.control.ArtifactRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ArtifactRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.ref != null && $Object.hasOwnProperty.call(m, "ref")) {
                    if (!$util.isString(m.ref))
                        return "ref: string expected";
                }
                return null;
            };

            /**
             * Creates an ArtifactRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.ArtifactRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.ArtifactRequest} ArtifactRequest
             */
            ArtifactRequest.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.ArtifactRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.ArtifactRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.control.ArtifactRequest();
                if (d.ref != null) {
                    if (typeof d.ref !== "string" || d.ref.length) {
                        m.ref = $String(d.ref);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an ArtifactRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.ArtifactRequest
             * @static
             * @param {arrow.control.ArtifactRequest} m ArtifactRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ArtifactRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.ref = "";
                }
                if (m.ref != null && $Object.hasOwnProperty.call(m, "ref")) {
                    d.ref = m.ref;
                }
                return d;
            };

            /**
             * Converts this ArtifactRequest to JSON.
             * @function toJSON
             * @memberof arrow.control.ArtifactRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ArtifactRequest.prototype.toJSON = function() {
                return ArtifactRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ArtifactRequest
             * @function getTypeUrl
             * @memberof arrow.control.ArtifactRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ArtifactRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.ArtifactRequest";
            };

            return ArtifactRequest;
        })();

        control.ArtifactHolder = (function() {

            /**
             * Properties of an ArtifactHolder.
             * @typedef {Object} arrow.control.ArtifactHolder.$Properties
             * @property {string|null} [node] ArtifactHolder node
             * @property {string|null} [peerId] ArtifactHolder peerId
             * @property {Array.<string>|null} [addrs] ArtifactHolder addrs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ArtifactHolder.
             * @memberof arrow.control
             * @interface IArtifactHolder
             * @augments arrow.control.ArtifactHolder.$Properties
             * @deprecated Use arrow.control.ArtifactHolder.$Properties instead.
             */

            /**
             * Shape of an ArtifactHolder.
             * @typedef {arrow.control.ArtifactHolder.$Properties} arrow.control.ArtifactHolder.$Shape
             */

            /**
             * Constructs a new ArtifactHolder.
             * @memberof arrow.control
             * @classdesc Represents an ArtifactHolder.
             * @constructor
             * @param {arrow.control.ArtifactHolder.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ArtifactHolder = function (p) {
                this.addrs = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ArtifactHolder node.
             * @member {string} node
             * @memberof arrow.control.ArtifactHolder
             * @instance
             */
            ArtifactHolder.prototype.node = "";

            /**
             * ArtifactHolder peerId.
             * @member {string} peerId
             * @memberof arrow.control.ArtifactHolder
             * @instance
             */
            ArtifactHolder.prototype.peerId = "";

            /**
             * ArtifactHolder addrs.
             * @member {Array.<string>} addrs
             * @memberof arrow.control.ArtifactHolder
             * @instance
             */
            ArtifactHolder.prototype.addrs = $util.emptyArray;

            /**
             * Creates a new ArtifactHolder instance using the specified properties.
             * @function create
             * @memberof arrow.control.ArtifactHolder
             * @static
             * @param {arrow.control.ArtifactHolder.$Properties=} [properties] Properties to set
             * @returns {arrow.control.ArtifactHolder} ArtifactHolder instance
             * @type {{
             *   (properties: arrow.control.ArtifactHolder.$Shape): arrow.control.ArtifactHolder & arrow.control.ArtifactHolder.$Shape;
             *   (properties?: arrow.control.ArtifactHolder.$Properties): arrow.control.ArtifactHolder;
             * }}
             */
            ArtifactHolder.create = function(properties) {
                return new ArtifactHolder(properties);
            };

            /**
             * Encodes the specified ArtifactHolder message. Does not implicitly {@link arrow.control.ArtifactHolder.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.ArtifactHolder
             * @static
             * @param {arrow.control.ArtifactHolder.$Properties} m ArtifactHolder message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ArtifactHolder.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.node != null && $Object.hasOwnProperty.call(m, "node") && m.node !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.node);
                if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.peerId);
                if (m.addrs != null && m.addrs.length) {
                    for (var i = 0; i < m.addrs.length; ++i)
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.addrs[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ArtifactHolder message, length delimited. Does not implicitly {@link arrow.control.ArtifactHolder.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.ArtifactHolder
             * @static
             * @param {arrow.control.ArtifactHolder.$Properties} message ArtifactHolder message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ArtifactHolder.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ArtifactHolder message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.ArtifactHolder
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.ArtifactHolder & arrow.control.ArtifactHolder.$Shape} ArtifactHolder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ArtifactHolder.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.control.ArtifactHolder();
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
                                m.peerId = v;
                            else
                                delete m.peerId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.addrs && m.addrs.length))
                                m.addrs = [];
                            m.addrs.push(r.stringVerify());
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
             * Decodes an ArtifactHolder message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.control.ArtifactHolder
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.ArtifactHolder & arrow.control.ArtifactHolder.$Shape} ArtifactHolder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ArtifactHolder.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an ArtifactHolder message.
             * @function verify
             * @memberof arrow.control.ArtifactHolder
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ArtifactHolder.verify = function (m, q) {
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
                return null;
            };

            /**
             * Creates an ArtifactHolder message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.ArtifactHolder
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.ArtifactHolder} ArtifactHolder
             */
            ArtifactHolder.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.ArtifactHolder)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.ArtifactHolder: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.control.ArtifactHolder();
                if (d.node != null) {
                    if (typeof d.node !== "string" || d.node.length) {
                        m.node = $String(d.node);
                    }
                }
                if (d.peerId != null) {
                    if (typeof d.peerId !== "string" || d.peerId.length) {
                        m.peerId = $String(d.peerId);
                    }
                }
                if (d.addrs) {
                    if (!$Array.isArray(d.addrs))
                        throw $TypeError(".arrow.control.ArtifactHolder.addrs: array expected");
                    m.addrs = $Array(d.addrs.length);
                    for (var i = 0; i < d.addrs.length; ++i) {
                        m.addrs[i] = $String(d.addrs[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an ArtifactHolder message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.ArtifactHolder
             * @static
             * @param {arrow.control.ArtifactHolder} m ArtifactHolder
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ArtifactHolder.toObject = function (m, o, q) {
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
                if (o.defaults) {
                    d.node = "";
                    d.peerId = "";
                }
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    d.node = m.node;
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
                return d;
            };

            /**
             * Converts this ArtifactHolder to JSON.
             * @function toJSON
             * @memberof arrow.control.ArtifactHolder
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ArtifactHolder.prototype.toJSON = function() {
                return ArtifactHolder.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ArtifactHolder
             * @function getTypeUrl
             * @memberof arrow.control.ArtifactHolder
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ArtifactHolder.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.ArtifactHolder";
            };

            return ArtifactHolder;
        })();

        control.ArtifactResponse = (function() {

            /**
             * Properties of an ArtifactResponse.
             * @typedef {Object} arrow.control.ArtifactResponse.$Properties
             * @property {boolean|null} [known] ArtifactResponse known
             * @property {string|null} [digest] ArtifactResponse digest
             * @property {number|null} [size] ArtifactResponse size
             * @property {string|null} [manifestDigest] ArtifactResponse manifestDigest
             * @property {Array.<arrow.control.ArtifactHolder.$Properties>|null} [holders] ArtifactResponse holders
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ArtifactResponse.
             * @memberof arrow.control
             * @interface IArtifactResponse
             * @augments arrow.control.ArtifactResponse.$Properties
             * @deprecated Use arrow.control.ArtifactResponse.$Properties instead.
             */

            /**
             * Shape of an ArtifactResponse.
             * @typedef {arrow.control.ArtifactResponse.$Properties} arrow.control.ArtifactResponse.$Shape
             */

            /**
             * Constructs a new ArtifactResponse.
             * @memberof arrow.control
             * @classdesc Represents an ArtifactResponse.
             * @constructor
             * @param {arrow.control.ArtifactResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ArtifactResponse = function (p) {
                this.holders = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ArtifactResponse known.
             * @member {boolean} known
             * @memberof arrow.control.ArtifactResponse
             * @instance
             */
            ArtifactResponse.prototype.known = false;

            /**
             * ArtifactResponse digest.
             * @member {string} digest
             * @memberof arrow.control.ArtifactResponse
             * @instance
             */
            ArtifactResponse.prototype.digest = "";

            /**
             * ArtifactResponse size.
             * @member {number} size
             * @memberof arrow.control.ArtifactResponse
             * @instance
             */
            ArtifactResponse.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ArtifactResponse manifestDigest.
             * @member {string} manifestDigest
             * @memberof arrow.control.ArtifactResponse
             * @instance
             */
            ArtifactResponse.prototype.manifestDigest = "";

            /**
             * ArtifactResponse holders.
             * @member {Array.<arrow.control.ArtifactHolder.$Properties>} holders
             * @memberof arrow.control.ArtifactResponse
             * @instance
             */
            ArtifactResponse.prototype.holders = $util.emptyArray;

            /**
             * Creates a new ArtifactResponse instance using the specified properties.
             * @function create
             * @memberof arrow.control.ArtifactResponse
             * @static
             * @param {arrow.control.ArtifactResponse.$Properties=} [properties] Properties to set
             * @returns {arrow.control.ArtifactResponse} ArtifactResponse instance
             * @type {{
             *   (properties: arrow.control.ArtifactResponse.$Shape): arrow.control.ArtifactResponse & arrow.control.ArtifactResponse.$Shape;
             *   (properties?: arrow.control.ArtifactResponse.$Properties): arrow.control.ArtifactResponse;
             * }}
             */
            ArtifactResponse.create = function(properties) {
                return new ArtifactResponse(properties);
            };

            /**
             * Encodes the specified ArtifactResponse message. Does not implicitly {@link arrow.control.ArtifactResponse.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.ArtifactResponse
             * @static
             * @param {arrow.control.ArtifactResponse.$Properties} m ArtifactResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ArtifactResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.known != null && $Object.hasOwnProperty.call(m, "known") && m.known !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.known);
                if (m.digest != null && $Object.hasOwnProperty.call(m, "digest") && m.digest !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.digest);
                if (m.size != null && $Object.hasOwnProperty.call(m, "size") && (typeof m.size === "object" ? m.size.low || m.size.high : m.size !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.size);
                if (m.manifestDigest != null && $Object.hasOwnProperty.call(m, "manifestDigest") && m.manifestDigest !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.manifestDigest);
                if (m.holders != null && m.holders.length) {
                    for (var i = 0; i < m.holders.length; ++i)
                        $root.arrow.control.ArtifactHolder.encode(m.holders[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ArtifactResponse message, length delimited. Does not implicitly {@link arrow.control.ArtifactResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.ArtifactResponse
             * @static
             * @param {arrow.control.ArtifactResponse.$Properties} message ArtifactResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ArtifactResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ArtifactResponse message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.ArtifactResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.ArtifactResponse & arrow.control.ArtifactResponse.$Shape} ArtifactResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ArtifactResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.control.ArtifactResponse();
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
                            if (u !== 2)
                                break;
                            if (!(m.holders && m.holders.length))
                                m.holders = [];
                            m.holders.push($root.arrow.control.ArtifactHolder.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes an ArtifactResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.control.ArtifactResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.ArtifactResponse & arrow.control.ArtifactResponse.$Shape} ArtifactResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ArtifactResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an ArtifactResponse message.
             * @function verify
             * @memberof arrow.control.ArtifactResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ArtifactResponse.verify = function (m, q) {
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
                        {
                            var e = $root.arrow.control.ArtifactHolder.verify(m.holders[i], q + 1);
                            if (e)
                                return "holders." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates an ArtifactResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.ArtifactResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.ArtifactResponse} ArtifactResponse
             */
            ArtifactResponse.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.ArtifactResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.ArtifactResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.control.ArtifactResponse();
                if (d.known != null) {
                    if (d.known) {
                        m.known = $Boolean(d.known);
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
                if (d.holders) {
                    if (!$Array.isArray(d.holders))
                        throw $TypeError(".arrow.control.ArtifactResponse.holders: array expected");
                    m.holders = $Array(d.holders.length);
                    for (var i = 0; i < d.holders.length; ++i) {
                        if (!$util.isObject(d.holders[i]))
                            throw $TypeError(".arrow.control.ArtifactResponse.holders: object expected");
                        m.holders[i] = $root.arrow.control.ArtifactHolder.fromObject(d.holders[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an ArtifactResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.ArtifactResponse
             * @static
             * @param {arrow.control.ArtifactResponse} m ArtifactResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ArtifactResponse.toObject = function (m, o, q) {
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
                    d.known = false;
                    d.digest = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.size = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.size = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.manifestDigest = "";
                }
                if (m.known != null && $Object.hasOwnProperty.call(m, "known")) {
                    d.known = m.known;
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
                        d.holders[j] = $root.arrow.control.ArtifactHolder.toObject(m.holders[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this ArtifactResponse to JSON.
             * @function toJSON
             * @memberof arrow.control.ArtifactResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ArtifactResponse.prototype.toJSON = function() {
                return ArtifactResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ArtifactResponse
             * @function getTypeUrl
             * @memberof arrow.control.ArtifactResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ArtifactResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.ArtifactResponse";
            };

            return ArtifactResponse;
        })();

        control.ClaimRequest = (function() {

            /**
             * Properties of a ClaimRequest.
             * @typedef {Object} arrow.control.ClaimRequest.$Properties
             * @property {string|null} [node] ClaimRequest node
             * @property {string|null} [name] ClaimRequest name
             * @property {boolean|null} [release] ClaimRequest release
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClaimRequest.
             * @memberof arrow.control
             * @interface IClaimRequest
             * @augments arrow.control.ClaimRequest.$Properties
             * @deprecated Use arrow.control.ClaimRequest.$Properties instead.
             */

            /**
             * Shape of a ClaimRequest.
             * @typedef {arrow.control.ClaimRequest.$Properties} arrow.control.ClaimRequest.$Shape
             */

            /**
             * Constructs a new ClaimRequest.
             * @memberof arrow.control
             * @classdesc Represents a ClaimRequest.
             * @constructor
             * @param {arrow.control.ClaimRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClaimRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ClaimRequest node.
             * @member {string} node
             * @memberof arrow.control.ClaimRequest
             * @instance
             */
            ClaimRequest.prototype.node = "";

            /**
             * ClaimRequest name.
             * @member {string} name
             * @memberof arrow.control.ClaimRequest
             * @instance
             */
            ClaimRequest.prototype.name = "";

            /**
             * ClaimRequest release.
             * @member {boolean} release
             * @memberof arrow.control.ClaimRequest
             * @instance
             */
            ClaimRequest.prototype.release = false;

            /**
             * Creates a new ClaimRequest instance using the specified properties.
             * @function create
             * @memberof arrow.control.ClaimRequest
             * @static
             * @param {arrow.control.ClaimRequest.$Properties=} [properties] Properties to set
             * @returns {arrow.control.ClaimRequest} ClaimRequest instance
             * @type {{
             *   (properties: arrow.control.ClaimRequest.$Shape): arrow.control.ClaimRequest & arrow.control.ClaimRequest.$Shape;
             *   (properties?: arrow.control.ClaimRequest.$Properties): arrow.control.ClaimRequest;
             * }}
             */
            ClaimRequest.create = function(properties) {
                return new ClaimRequest(properties);
            };

            /**
             * Encodes the specified ClaimRequest message. Does not implicitly {@link arrow.control.ClaimRequest.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.ClaimRequest
             * @static
             * @param {arrow.control.ClaimRequest.$Properties} m ClaimRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClaimRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.node != null && $Object.hasOwnProperty.call(m, "node") && m.node !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.node);
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
                if (m.release != null && $Object.hasOwnProperty.call(m, "release") && m.release !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.release);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ClaimRequest message, length delimited. Does not implicitly {@link arrow.control.ClaimRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.ClaimRequest
             * @static
             * @param {arrow.control.ClaimRequest.$Properties} message ClaimRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClaimRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ClaimRequest message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.ClaimRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.ClaimRequest & arrow.control.ClaimRequest.$Shape} ClaimRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClaimRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.control.ClaimRequest();
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
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.release = v;
                            else
                                delete m.release;
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
             * Decodes a ClaimRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.control.ClaimRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.ClaimRequest & arrow.control.ClaimRequest.$Shape} ClaimRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClaimRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ClaimRequest message.
             * @function verify
             * @memberof arrow.control.ClaimRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClaimRequest.verify = function (m, q) {
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
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    if (!$util.isString(m.name))
                        return "name: string expected";
                }
                if (m.release != null && $Object.hasOwnProperty.call(m, "release")) {
                    if (typeof m.release !== "boolean")
                        return "release: boolean expected";
                }
                return null;
            };

            /**
             * Creates a ClaimRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.ClaimRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.ClaimRequest} ClaimRequest
             */
            ClaimRequest.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.ClaimRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.ClaimRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.control.ClaimRequest();
                if (d.node != null) {
                    if (typeof d.node !== "string" || d.node.length) {
                        m.node = $String(d.node);
                    }
                }
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.release != null) {
                    if (d.release) {
                        m.release = $Boolean(d.release);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ClaimRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.ClaimRequest
             * @static
             * @param {arrow.control.ClaimRequest} m ClaimRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClaimRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.node = "";
                    d.name = "";
                    d.release = false;
                }
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    d.node = m.node;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.release != null && $Object.hasOwnProperty.call(m, "release")) {
                    d.release = m.release;
                }
                return d;
            };

            /**
             * Converts this ClaimRequest to JSON.
             * @function toJSON
             * @memberof arrow.control.ClaimRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClaimRequest.prototype.toJSON = function() {
                return ClaimRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClaimRequest
             * @function getTypeUrl
             * @memberof arrow.control.ClaimRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClaimRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.ClaimRequest";
            };

            return ClaimRequest;
        })();

        control.ClaimResponse = (function() {

            /**
             * Properties of a ClaimResponse.
             * @typedef {Object} arrow.control.ClaimResponse.$Properties
             * @property {boolean|null} [granted] ClaimResponse granted
             * @property {string|null} [holder] ClaimResponse holder
             * @property {number|null} [leaseMs] ClaimResponse leaseMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClaimResponse.
             * @memberof arrow.control
             * @interface IClaimResponse
             * @augments arrow.control.ClaimResponse.$Properties
             * @deprecated Use arrow.control.ClaimResponse.$Properties instead.
             */

            /**
             * Shape of a ClaimResponse.
             * @typedef {arrow.control.ClaimResponse.$Properties} arrow.control.ClaimResponse.$Shape
             */

            /**
             * Constructs a new ClaimResponse.
             * @memberof arrow.control
             * @classdesc Represents a ClaimResponse.
             * @constructor
             * @param {arrow.control.ClaimResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClaimResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ClaimResponse granted.
             * @member {boolean} granted
             * @memberof arrow.control.ClaimResponse
             * @instance
             */
            ClaimResponse.prototype.granted = false;

            /**
             * ClaimResponse holder.
             * @member {string} holder
             * @memberof arrow.control.ClaimResponse
             * @instance
             */
            ClaimResponse.prototype.holder = "";

            /**
             * ClaimResponse leaseMs.
             * @member {number} leaseMs
             * @memberof arrow.control.ClaimResponse
             * @instance
             */
            ClaimResponse.prototype.leaseMs = 0;

            /**
             * Creates a new ClaimResponse instance using the specified properties.
             * @function create
             * @memberof arrow.control.ClaimResponse
             * @static
             * @param {arrow.control.ClaimResponse.$Properties=} [properties] Properties to set
             * @returns {arrow.control.ClaimResponse} ClaimResponse instance
             * @type {{
             *   (properties: arrow.control.ClaimResponse.$Shape): arrow.control.ClaimResponse & arrow.control.ClaimResponse.$Shape;
             *   (properties?: arrow.control.ClaimResponse.$Properties): arrow.control.ClaimResponse;
             * }}
             */
            ClaimResponse.create = function(properties) {
                return new ClaimResponse(properties);
            };

            /**
             * Encodes the specified ClaimResponse message. Does not implicitly {@link arrow.control.ClaimResponse.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.ClaimResponse
             * @static
             * @param {arrow.control.ClaimResponse.$Properties} m ClaimResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClaimResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.granted != null && $Object.hasOwnProperty.call(m, "granted") && m.granted !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.granted);
                if (m.holder != null && $Object.hasOwnProperty.call(m, "holder") && m.holder !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.holder);
                if (m.leaseMs != null && $Object.hasOwnProperty.call(m, "leaseMs") && m.leaseMs !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.leaseMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ClaimResponse message, length delimited. Does not implicitly {@link arrow.control.ClaimResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.ClaimResponse
             * @static
             * @param {arrow.control.ClaimResponse.$Properties} message ClaimResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClaimResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ClaimResponse message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.ClaimResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.ClaimResponse & arrow.control.ClaimResponse.$Shape} ClaimResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClaimResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.control.ClaimResponse();
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
                                m.granted = v;
                            else
                                delete m.granted;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.holder = v;
                            else
                                delete m.holder;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.leaseMs = v;
                            else
                                delete m.leaseMs;
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
             * Decodes a ClaimResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.control.ClaimResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.ClaimResponse & arrow.control.ClaimResponse.$Shape} ClaimResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClaimResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ClaimResponse message.
             * @function verify
             * @memberof arrow.control.ClaimResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClaimResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.granted != null && $Object.hasOwnProperty.call(m, "granted")) {
                    if (typeof m.granted !== "boolean")
                        return "granted: boolean expected";
                }
                if (m.holder != null && $Object.hasOwnProperty.call(m, "holder")) {
                    if (!$util.isString(m.holder))
                        return "holder: string expected";
                }
                if (m.leaseMs != null && $Object.hasOwnProperty.call(m, "leaseMs")) {
                    if (!$util.isInteger(m.leaseMs))
                        return "leaseMs: integer expected";
                }
                return null;
            };

            /**
             * Creates a ClaimResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.ClaimResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.ClaimResponse} ClaimResponse
             */
            ClaimResponse.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.ClaimResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.ClaimResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.control.ClaimResponse();
                if (d.granted != null) {
                    if (d.granted) {
                        m.granted = $Boolean(d.granted);
                    }
                }
                if (d.holder != null) {
                    if (typeof d.holder !== "string" || d.holder.length) {
                        m.holder = $String(d.holder);
                    }
                }
                if (d.leaseMs != null) {
                    if ($Number(d.leaseMs) !== 0) {
                        m.leaseMs = d.leaseMs >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ClaimResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.ClaimResponse
             * @static
             * @param {arrow.control.ClaimResponse} m ClaimResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClaimResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.granted = false;
                    d.holder = "";
                    d.leaseMs = 0;
                }
                if (m.granted != null && $Object.hasOwnProperty.call(m, "granted")) {
                    d.granted = m.granted;
                }
                if (m.holder != null && $Object.hasOwnProperty.call(m, "holder")) {
                    d.holder = m.holder;
                }
                if (m.leaseMs != null && $Object.hasOwnProperty.call(m, "leaseMs")) {
                    d.leaseMs = m.leaseMs;
                }
                return d;
            };

            /**
             * Converts this ClaimResponse to JSON.
             * @function toJSON
             * @memberof arrow.control.ClaimResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClaimResponse.prototype.toJSON = function() {
                return ClaimResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClaimResponse
             * @function getTypeUrl
             * @memberof arrow.control.ClaimResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClaimResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.ClaimResponse";
            };

            return ClaimResponse;
        })();

        control.NetworkViewRequest = (function() {

            /**
             * Properties of a NetworkViewRequest.
             * @typedef {Object} arrow.control.NetworkViewRequest.$Properties
             * @property {number|null} [sinceIndex] NetworkViewRequest sinceIndex
             * @property {number|null} [waitMs] NetworkViewRequest waitMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NetworkViewRequest.
             * @memberof arrow.control
             * @interface INetworkViewRequest
             * @augments arrow.control.NetworkViewRequest.$Properties
             * @deprecated Use arrow.control.NetworkViewRequest.$Properties instead.
             */

            /**
             * Shape of a NetworkViewRequest.
             * @typedef {arrow.control.NetworkViewRequest.$Properties} arrow.control.NetworkViewRequest.$Shape
             */

            /**
             * Constructs a new NetworkViewRequest.
             * @memberof arrow.control
             * @classdesc Represents a NetworkViewRequest.
             * @constructor
             * @param {arrow.control.NetworkViewRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NetworkViewRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NetworkViewRequest sinceIndex.
             * @member {number} sinceIndex
             * @memberof arrow.control.NetworkViewRequest
             * @instance
             */
            NetworkViewRequest.prototype.sinceIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NetworkViewRequest waitMs.
             * @member {number} waitMs
             * @memberof arrow.control.NetworkViewRequest
             * @instance
             */
            NetworkViewRequest.prototype.waitMs = 0;

            /**
             * Creates a new NetworkViewRequest instance using the specified properties.
             * @function create
             * @memberof arrow.control.NetworkViewRequest
             * @static
             * @param {arrow.control.NetworkViewRequest.$Properties=} [properties] Properties to set
             * @returns {arrow.control.NetworkViewRequest} NetworkViewRequest instance
             * @type {{
             *   (properties: arrow.control.NetworkViewRequest.$Shape): arrow.control.NetworkViewRequest & arrow.control.NetworkViewRequest.$Shape;
             *   (properties?: arrow.control.NetworkViewRequest.$Properties): arrow.control.NetworkViewRequest;
             * }}
             */
            NetworkViewRequest.create = function(properties) {
                return new NetworkViewRequest(properties);
            };

            /**
             * Encodes the specified NetworkViewRequest message. Does not implicitly {@link arrow.control.NetworkViewRequest.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.NetworkViewRequest
             * @static
             * @param {arrow.control.NetworkViewRequest.$Properties} m NetworkViewRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetworkViewRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.sinceIndex != null && $Object.hasOwnProperty.call(m, "sinceIndex") && (typeof m.sinceIndex === "object" ? m.sinceIndex.low || m.sinceIndex.high : m.sinceIndex !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.sinceIndex);
                if (m.waitMs != null && $Object.hasOwnProperty.call(m, "waitMs") && m.waitMs !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.waitMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified NetworkViewRequest message, length delimited. Does not implicitly {@link arrow.control.NetworkViewRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.NetworkViewRequest
             * @static
             * @param {arrow.control.NetworkViewRequest.$Properties} message NetworkViewRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetworkViewRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NetworkViewRequest message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.NetworkViewRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.NetworkViewRequest & arrow.control.NetworkViewRequest.$Shape} NetworkViewRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetworkViewRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.control.NetworkViewRequest();
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
                                m.sinceIndex = v;
                            else
                                delete m.sinceIndex;
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
             * Decodes a NetworkViewRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.control.NetworkViewRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.NetworkViewRequest & arrow.control.NetworkViewRequest.$Shape} NetworkViewRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetworkViewRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NetworkViewRequest message.
             * @function verify
             * @memberof arrow.control.NetworkViewRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NetworkViewRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.sinceIndex != null && $Object.hasOwnProperty.call(m, "sinceIndex")) {
                    if (!$util.isInteger(m.sinceIndex) && !(m.sinceIndex && $util.isInteger(m.sinceIndex.low) && $util.isInteger(m.sinceIndex.high)))
                        return "sinceIndex: integer|Long expected";
                }
                if (m.waitMs != null && $Object.hasOwnProperty.call(m, "waitMs")) {
                    if (!$util.isInteger(m.waitMs))
                        return "waitMs: integer expected";
                }
                return null;
            };

            /**
             * Creates a NetworkViewRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.NetworkViewRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.NetworkViewRequest} NetworkViewRequest
             */
            NetworkViewRequest.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.NetworkViewRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.NetworkViewRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.control.NetworkViewRequest();
                if (d.sinceIndex != null) {
                    if (typeof d.sinceIndex === "object" ? d.sinceIndex.low || d.sinceIndex.high : $Number(d.sinceIndex) !== 0) {
                        if ($util.Long)
                            m.sinceIndex = $util.Long.fromValue(d.sinceIndex, true);
                        else if (typeof d.sinceIndex === "string")
                            m.sinceIndex = $parseInt(d.sinceIndex, 10);
                        else if (typeof d.sinceIndex === "number")
                            m.sinceIndex = d.sinceIndex;
                        else if (typeof d.sinceIndex === "object")
                            m.sinceIndex = new $util.LongBits(d.sinceIndex.low >>> 0, d.sinceIndex.high >>> 0).toNumber(true);
                    }
                }
                if (d.waitMs != null) {
                    if ($Number(d.waitMs) !== 0) {
                        m.waitMs = d.waitMs >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a NetworkViewRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.NetworkViewRequest
             * @static
             * @param {arrow.control.NetworkViewRequest} m NetworkViewRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetworkViewRequest.toObject = function (m, o, q) {
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
                        d.sinceIndex = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.sinceIndex = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.waitMs = 0;
                }
                if (m.sinceIndex != null && $Object.hasOwnProperty.call(m, "sinceIndex")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.sinceIndex = typeof m.sinceIndex === "number" ? $BigInt(m.sinceIndex) : $util.Long.fromBits(m.sinceIndex.low >>> 0, m.sinceIndex.high >>> 0, true).toBigInt();
                    else if (typeof m.sinceIndex === "number")
                        d.sinceIndex = o.longs === $String ? $String(m.sinceIndex) : m.sinceIndex;
                    else
                        d.sinceIndex = o.longs === $String ? $util.Long.prototype.toString.call(m.sinceIndex) : o.longs === $Number ? new $util.LongBits(m.sinceIndex.low >>> 0, m.sinceIndex.high >>> 0).toNumber(true) : m.sinceIndex;
                }
                if (m.waitMs != null && $Object.hasOwnProperty.call(m, "waitMs")) {
                    d.waitMs = m.waitMs;
                }
                return d;
            };

            /**
             * Converts this NetworkViewRequest to JSON.
             * @function toJSON
             * @memberof arrow.control.NetworkViewRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetworkViewRequest.prototype.toJSON = function() {
                return NetworkViewRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NetworkViewRequest
             * @function getTypeUrl
             * @memberof arrow.control.NetworkViewRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NetworkViewRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.NetworkViewRequest";
            };

            return NetworkViewRequest;
        })();

        control.NetworkOverlay = (function() {

            /**
             * Properties of a NetworkOverlay.
             * @typedef {Object} arrow.control.NetworkOverlay.$Properties
             * @property {string|null} [publicKey] NetworkOverlay publicKey
             * @property {string|null} [endpoint] NetworkOverlay endpoint
             * @property {string|null} [mode] NetworkOverlay mode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NetworkOverlay.
             * @memberof arrow.control
             * @interface INetworkOverlay
             * @augments arrow.control.NetworkOverlay.$Properties
             * @deprecated Use arrow.control.NetworkOverlay.$Properties instead.
             */

            /**
             * Shape of a NetworkOverlay.
             * @typedef {arrow.control.NetworkOverlay.$Properties} arrow.control.NetworkOverlay.$Shape
             */

            /**
             * Constructs a new NetworkOverlay.
             * @memberof arrow.control
             * @classdesc Represents a NetworkOverlay.
             * @constructor
             * @param {arrow.control.NetworkOverlay.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NetworkOverlay = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NetworkOverlay publicKey.
             * @member {string} publicKey
             * @memberof arrow.control.NetworkOverlay
             * @instance
             */
            NetworkOverlay.prototype.publicKey = "";

            /**
             * NetworkOverlay endpoint.
             * @member {string} endpoint
             * @memberof arrow.control.NetworkOverlay
             * @instance
             */
            NetworkOverlay.prototype.endpoint = "";

            /**
             * NetworkOverlay mode.
             * @member {string} mode
             * @memberof arrow.control.NetworkOverlay
             * @instance
             */
            NetworkOverlay.prototype.mode = "";

            /**
             * Creates a new NetworkOverlay instance using the specified properties.
             * @function create
             * @memberof arrow.control.NetworkOverlay
             * @static
             * @param {arrow.control.NetworkOverlay.$Properties=} [properties] Properties to set
             * @returns {arrow.control.NetworkOverlay} NetworkOverlay instance
             * @type {{
             *   (properties: arrow.control.NetworkOverlay.$Shape): arrow.control.NetworkOverlay & arrow.control.NetworkOverlay.$Shape;
             *   (properties?: arrow.control.NetworkOverlay.$Properties): arrow.control.NetworkOverlay;
             * }}
             */
            NetworkOverlay.create = function(properties) {
                return new NetworkOverlay(properties);
            };

            /**
             * Encodes the specified NetworkOverlay message. Does not implicitly {@link arrow.control.NetworkOverlay.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.NetworkOverlay
             * @static
             * @param {arrow.control.NetworkOverlay.$Properties} m NetworkOverlay message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetworkOverlay.encode = function (m, w, q) {
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
             * Encodes the specified NetworkOverlay message, length delimited. Does not implicitly {@link arrow.control.NetworkOverlay.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.NetworkOverlay
             * @static
             * @param {arrow.control.NetworkOverlay.$Properties} message NetworkOverlay message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetworkOverlay.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NetworkOverlay message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.NetworkOverlay
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.NetworkOverlay & arrow.control.NetworkOverlay.$Shape} NetworkOverlay
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetworkOverlay.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.control.NetworkOverlay();
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
             * Decodes a NetworkOverlay message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.control.NetworkOverlay
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.NetworkOverlay & arrow.control.NetworkOverlay.$Shape} NetworkOverlay
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetworkOverlay.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NetworkOverlay message.
             * @function verify
             * @memberof arrow.control.NetworkOverlay
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NetworkOverlay.verify = function (m, q) {
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
             * Creates a NetworkOverlay message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.NetworkOverlay
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.NetworkOverlay} NetworkOverlay
             */
            NetworkOverlay.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.NetworkOverlay)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.NetworkOverlay: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.control.NetworkOverlay();
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
             * Creates a plain object from a NetworkOverlay message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.NetworkOverlay
             * @static
             * @param {arrow.control.NetworkOverlay} m NetworkOverlay
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetworkOverlay.toObject = function (m, o, q) {
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
             * Converts this NetworkOverlay to JSON.
             * @function toJSON
             * @memberof arrow.control.NetworkOverlay
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetworkOverlay.prototype.toJSON = function() {
                return NetworkOverlay.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NetworkOverlay
             * @function getTypeUrl
             * @memberof arrow.control.NetworkOverlay
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NetworkOverlay.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.NetworkOverlay";
            };

            return NetworkOverlay;
        })();

        control.NetworkNode = (function() {

            /**
             * Properties of a NetworkNode.
             * @typedef {Object} arrow.control.NetworkNode.$Properties
             * @property {string|null} [id] NetworkNode id
             * @property {string|null} [subnet] NetworkNode subnet
             * @property {arrow.control.NetworkOverlay.$Properties|null} [overlay] NetworkNode overlay
             * @property {string|null} [status] NetworkNode status
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NetworkNode.
             * @memberof arrow.control
             * @interface INetworkNode
             * @augments arrow.control.NetworkNode.$Properties
             * @deprecated Use arrow.control.NetworkNode.$Properties instead.
             */

            /**
             * Shape of a NetworkNode.
             * @typedef {arrow.control.NetworkNode.$Properties} arrow.control.NetworkNode.$Shape
             */

            /**
             * Constructs a new NetworkNode.
             * @memberof arrow.control
             * @classdesc Represents a NetworkNode.
             * @constructor
             * @param {arrow.control.NetworkNode.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NetworkNode = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NetworkNode id.
             * @member {string} id
             * @memberof arrow.control.NetworkNode
             * @instance
             */
            NetworkNode.prototype.id = "";

            /**
             * NetworkNode subnet.
             * @member {string} subnet
             * @memberof arrow.control.NetworkNode
             * @instance
             */
            NetworkNode.prototype.subnet = "";

            /**
             * NetworkNode overlay.
             * @member {arrow.control.NetworkOverlay.$Properties|null|undefined} overlay
             * @memberof arrow.control.NetworkNode
             * @instance
             */
            NetworkNode.prototype.overlay = null;

            /**
             * NetworkNode status.
             * @member {string} status
             * @memberof arrow.control.NetworkNode
             * @instance
             */
            NetworkNode.prototype.status = "";

            /**
             * Creates a new NetworkNode instance using the specified properties.
             * @function create
             * @memberof arrow.control.NetworkNode
             * @static
             * @param {arrow.control.NetworkNode.$Properties=} [properties] Properties to set
             * @returns {arrow.control.NetworkNode} NetworkNode instance
             * @type {{
             *   (properties: arrow.control.NetworkNode.$Shape): arrow.control.NetworkNode & arrow.control.NetworkNode.$Shape;
             *   (properties?: arrow.control.NetworkNode.$Properties): arrow.control.NetworkNode;
             * }}
             */
            NetworkNode.create = function(properties) {
                return new NetworkNode(properties);
            };

            /**
             * Encodes the specified NetworkNode message. Does not implicitly {@link arrow.control.NetworkNode.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.NetworkNode
             * @static
             * @param {arrow.control.NetworkNode.$Properties} m NetworkNode message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetworkNode.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.subnet != null && $Object.hasOwnProperty.call(m, "subnet") && m.subnet !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.subnet);
                if (m.overlay != null && $Object.hasOwnProperty.call(m, "overlay"))
                    $root.arrow.control.NetworkOverlay.encode(m.overlay, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.status);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified NetworkNode message, length delimited. Does not implicitly {@link arrow.control.NetworkNode.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.NetworkNode
             * @static
             * @param {arrow.control.NetworkNode.$Properties} message NetworkNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetworkNode.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NetworkNode message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.NetworkNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.NetworkNode & arrow.control.NetworkNode.$Shape} NetworkNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetworkNode.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.control.NetworkNode();
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
                                m.subnet = v;
                            else
                                delete m.subnet;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.overlay = $root.arrow.control.NetworkOverlay.decode(r, r.size(), $undefined, q + 1, m.overlay);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
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
             * Decodes a NetworkNode message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.control.NetworkNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.NetworkNode & arrow.control.NetworkNode.$Shape} NetworkNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetworkNode.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NetworkNode message.
             * @function verify
             * @memberof arrow.control.NetworkNode
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NetworkNode.verify = function (m, q) {
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
                if (m.subnet != null && $Object.hasOwnProperty.call(m, "subnet")) {
                    if (!$util.isString(m.subnet))
                        return "subnet: string expected";
                }
                if (m.overlay != null && $Object.hasOwnProperty.call(m, "overlay")) {
                    {
                        var e = $root.arrow.control.NetworkOverlay.verify(m.overlay, q + 1);
                        if (e)
                            return "overlay." + e;
                    }
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    if (!$util.isString(m.status))
                        return "status: string expected";
                }
                return null;
            };

            /**
             * Creates a NetworkNode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.NetworkNode
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.NetworkNode} NetworkNode
             */
            NetworkNode.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.NetworkNode)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.NetworkNode: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.control.NetworkNode();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.subnet != null) {
                    if (typeof d.subnet !== "string" || d.subnet.length) {
                        m.subnet = $String(d.subnet);
                    }
                }
                if (d.overlay != null) {
                    if (!$util.isObject(d.overlay))
                        throw $TypeError(".arrow.control.NetworkNode.overlay: object expected");
                    m.overlay = $root.arrow.control.NetworkOverlay.fromObject(d.overlay, q + 1);
                }
                if (d.status != null) {
                    if (typeof d.status !== "string" || d.status.length) {
                        m.status = $String(d.status);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a NetworkNode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.NetworkNode
             * @static
             * @param {arrow.control.NetworkNode} m NetworkNode
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetworkNode.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.id = "";
                    d.subnet = "";
                    d.overlay = null;
                    d.status = "";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.subnet != null && $Object.hasOwnProperty.call(m, "subnet")) {
                    d.subnet = m.subnet;
                }
                if (m.overlay != null && $Object.hasOwnProperty.call(m, "overlay")) {
                    d.overlay = $root.arrow.control.NetworkOverlay.toObject(m.overlay, o, q + 1);
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = m.status;
                }
                return d;
            };

            /**
             * Converts this NetworkNode to JSON.
             * @function toJSON
             * @memberof arrow.control.NetworkNode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetworkNode.prototype.toJSON = function() {
                return NetworkNode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NetworkNode
             * @function getTypeUrl
             * @memberof arrow.control.NetworkNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NetworkNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.NetworkNode";
            };

            return NetworkNode;
        })();

        control.NetworkPort = (function() {

            /**
             * Properties of a NetworkPort.
             * @typedef {Object} arrow.control.NetworkPort.$Properties
             * @property {string|null} [protocol] NetworkPort protocol
             * @property {number|null} [host] NetworkPort host
             * @property {number|null} [guest] NetworkPort guest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NetworkPort.
             * @memberof arrow.control
             * @interface INetworkPort
             * @augments arrow.control.NetworkPort.$Properties
             * @deprecated Use arrow.control.NetworkPort.$Properties instead.
             */

            /**
             * Shape of a NetworkPort.
             * @typedef {arrow.control.NetworkPort.$Properties} arrow.control.NetworkPort.$Shape
             */

            /**
             * Constructs a new NetworkPort.
             * @memberof arrow.control
             * @classdesc Represents a NetworkPort.
             * @constructor
             * @param {arrow.control.NetworkPort.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NetworkPort = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NetworkPort protocol.
             * @member {string} protocol
             * @memberof arrow.control.NetworkPort
             * @instance
             */
            NetworkPort.prototype.protocol = "";

            /**
             * NetworkPort host.
             * @member {number} host
             * @memberof arrow.control.NetworkPort
             * @instance
             */
            NetworkPort.prototype.host = 0;

            /**
             * NetworkPort guest.
             * @member {number} guest
             * @memberof arrow.control.NetworkPort
             * @instance
             */
            NetworkPort.prototype.guest = 0;

            /**
             * Creates a new NetworkPort instance using the specified properties.
             * @function create
             * @memberof arrow.control.NetworkPort
             * @static
             * @param {arrow.control.NetworkPort.$Properties=} [properties] Properties to set
             * @returns {arrow.control.NetworkPort} NetworkPort instance
             * @type {{
             *   (properties: arrow.control.NetworkPort.$Shape): arrow.control.NetworkPort & arrow.control.NetworkPort.$Shape;
             *   (properties?: arrow.control.NetworkPort.$Properties): arrow.control.NetworkPort;
             * }}
             */
            NetworkPort.create = function(properties) {
                return new NetworkPort(properties);
            };

            /**
             * Encodes the specified NetworkPort message. Does not implicitly {@link arrow.control.NetworkPort.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.NetworkPort
             * @static
             * @param {arrow.control.NetworkPort.$Properties} m NetworkPort message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetworkPort.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.protocol != null && $Object.hasOwnProperty.call(m, "protocol") && m.protocol !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.protocol);
                if (m.host != null && $Object.hasOwnProperty.call(m, "host") && m.host !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.host);
                if (m.guest != null && $Object.hasOwnProperty.call(m, "guest") && m.guest !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.guest);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified NetworkPort message, length delimited. Does not implicitly {@link arrow.control.NetworkPort.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.NetworkPort
             * @static
             * @param {arrow.control.NetworkPort.$Properties} message NetworkPort message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetworkPort.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NetworkPort message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.NetworkPort
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.NetworkPort & arrow.control.NetworkPort.$Shape} NetworkPort
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetworkPort.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.control.NetworkPort();
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
                                m.protocol = v;
                            else
                                delete m.protocol;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.host = v;
                            else
                                delete m.host;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.guest = v;
                            else
                                delete m.guest;
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
             * Decodes a NetworkPort message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.control.NetworkPort
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.NetworkPort & arrow.control.NetworkPort.$Shape} NetworkPort
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetworkPort.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NetworkPort message.
             * @function verify
             * @memberof arrow.control.NetworkPort
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NetworkPort.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.protocol != null && $Object.hasOwnProperty.call(m, "protocol")) {
                    if (!$util.isString(m.protocol))
                        return "protocol: string expected";
                }
                if (m.host != null && $Object.hasOwnProperty.call(m, "host")) {
                    if (!$util.isInteger(m.host))
                        return "host: integer expected";
                }
                if (m.guest != null && $Object.hasOwnProperty.call(m, "guest")) {
                    if (!$util.isInteger(m.guest))
                        return "guest: integer expected";
                }
                return null;
            };

            /**
             * Creates a NetworkPort message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.NetworkPort
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.NetworkPort} NetworkPort
             */
            NetworkPort.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.NetworkPort)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.NetworkPort: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.control.NetworkPort();
                if (d.protocol != null) {
                    if (typeof d.protocol !== "string" || d.protocol.length) {
                        m.protocol = $String(d.protocol);
                    }
                }
                if (d.host != null) {
                    if ($Number(d.host) !== 0) {
                        m.host = d.host >>> 0;
                    }
                }
                if (d.guest != null) {
                    if ($Number(d.guest) !== 0) {
                        m.guest = d.guest >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a NetworkPort message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.NetworkPort
             * @static
             * @param {arrow.control.NetworkPort} m NetworkPort
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetworkPort.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.protocol = "";
                    d.host = 0;
                    d.guest = 0;
                }
                if (m.protocol != null && $Object.hasOwnProperty.call(m, "protocol")) {
                    d.protocol = m.protocol;
                }
                if (m.host != null && $Object.hasOwnProperty.call(m, "host")) {
                    d.host = m.host;
                }
                if (m.guest != null && $Object.hasOwnProperty.call(m, "guest")) {
                    d.guest = m.guest;
                }
                return d;
            };

            /**
             * Converts this NetworkPort to JSON.
             * @function toJSON
             * @memberof arrow.control.NetworkPort
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetworkPort.prototype.toJSON = function() {
                return NetworkPort.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NetworkPort
             * @function getTypeUrl
             * @memberof arrow.control.NetworkPort
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NetworkPort.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.NetworkPort";
            };

            return NetworkPort;
        })();

        control.NetworkService = (function() {

            /**
             * Properties of a NetworkService.
             * @typedef {Object} arrow.control.NetworkService.$Properties
             * @property {string|null} [arrow] NetworkService arrow
             * @property {string|null} [network] NetworkService network
             * @property {Array.<string>|null} [addresses] NetworkService addresses
             * @property {Array.<arrow.control.NetworkPort.$Properties>|null} [staticPorts] NetworkService staticPorts
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NetworkService.
             * @memberof arrow.control
             * @interface INetworkService
             * @augments arrow.control.NetworkService.$Properties
             * @deprecated Use arrow.control.NetworkService.$Properties instead.
             */

            /**
             * Shape of a NetworkService.
             * @typedef {arrow.control.NetworkService.$Properties} arrow.control.NetworkService.$Shape
             */

            /**
             * Constructs a new NetworkService.
             * @memberof arrow.control
             * @classdesc Represents a NetworkService.
             * @constructor
             * @param {arrow.control.NetworkService.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NetworkService = function (p) {
                this.addresses = [];
                this.staticPorts = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NetworkService arrow.
             * @member {string} arrow
             * @memberof arrow.control.NetworkService
             * @instance
             */
            NetworkService.prototype.arrow = "";

            /**
             * NetworkService network.
             * @member {string} network
             * @memberof arrow.control.NetworkService
             * @instance
             */
            NetworkService.prototype.network = "";

            /**
             * NetworkService addresses.
             * @member {Array.<string>} addresses
             * @memberof arrow.control.NetworkService
             * @instance
             */
            NetworkService.prototype.addresses = $util.emptyArray;

            /**
             * NetworkService staticPorts.
             * @member {Array.<arrow.control.NetworkPort.$Properties>} staticPorts
             * @memberof arrow.control.NetworkService
             * @instance
             */
            NetworkService.prototype.staticPorts = $util.emptyArray;

            /**
             * Creates a new NetworkService instance using the specified properties.
             * @function create
             * @memberof arrow.control.NetworkService
             * @static
             * @param {arrow.control.NetworkService.$Properties=} [properties] Properties to set
             * @returns {arrow.control.NetworkService} NetworkService instance
             * @type {{
             *   (properties: arrow.control.NetworkService.$Shape): arrow.control.NetworkService & arrow.control.NetworkService.$Shape;
             *   (properties?: arrow.control.NetworkService.$Properties): arrow.control.NetworkService;
             * }}
             */
            NetworkService.create = function(properties) {
                return new NetworkService(properties);
            };

            /**
             * Encodes the specified NetworkService message. Does not implicitly {@link arrow.control.NetworkService.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.NetworkService
             * @static
             * @param {arrow.control.NetworkService.$Properties} m NetworkService message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetworkService.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.arrow != null && $Object.hasOwnProperty.call(m, "arrow") && m.arrow !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.arrow);
                if (m.network != null && $Object.hasOwnProperty.call(m, "network") && m.network !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.network);
                if (m.addresses != null && m.addresses.length) {
                    for (var i = 0; i < m.addresses.length; ++i)
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.addresses[i]);
                }
                if (m.staticPorts != null && m.staticPorts.length) {
                    for (var i = 0; i < m.staticPorts.length; ++i)
                        $root.arrow.control.NetworkPort.encode(m.staticPorts[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified NetworkService message, length delimited. Does not implicitly {@link arrow.control.NetworkService.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.NetworkService
             * @static
             * @param {arrow.control.NetworkService.$Properties} message NetworkService message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetworkService.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NetworkService message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.NetworkService
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.NetworkService & arrow.control.NetworkService.$Shape} NetworkService
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetworkService.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.control.NetworkService();
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
                                m.network = v;
                            else
                                delete m.network;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.addresses && m.addresses.length))
                                m.addresses = [];
                            m.addresses.push(r.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.staticPorts && m.staticPorts.length))
                                m.staticPorts = [];
                            m.staticPorts.push($root.arrow.control.NetworkPort.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a NetworkService message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.control.NetworkService
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.NetworkService & arrow.control.NetworkService.$Shape} NetworkService
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetworkService.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NetworkService message.
             * @function verify
             * @memberof arrow.control.NetworkService
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NetworkService.verify = function (m, q) {
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
                if (m.network != null && $Object.hasOwnProperty.call(m, "network")) {
                    if (!$util.isString(m.network))
                        return "network: string expected";
                }
                if (m.addresses != null && $Object.hasOwnProperty.call(m, "addresses")) {
                    if (!$Array.isArray(m.addresses))
                        return "addresses: array expected";
                    for (var i = 0; i < m.addresses.length; ++i) {
                        if (!$util.isString(m.addresses[i]))
                            return "addresses: string[] expected";
                    }
                }
                if (m.staticPorts != null && $Object.hasOwnProperty.call(m, "staticPorts")) {
                    if (!$Array.isArray(m.staticPorts))
                        return "staticPorts: array expected";
                    for (var i = 0; i < m.staticPorts.length; ++i) {
                        {
                            var e = $root.arrow.control.NetworkPort.verify(m.staticPorts[i], q + 1);
                            if (e)
                                return "staticPorts." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a NetworkService message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.NetworkService
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.NetworkService} NetworkService
             */
            NetworkService.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.NetworkService)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.NetworkService: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.control.NetworkService();
                if (d.arrow != null) {
                    if (typeof d.arrow !== "string" || d.arrow.length) {
                        m.arrow = $String(d.arrow);
                    }
                }
                if (d.network != null) {
                    if (typeof d.network !== "string" || d.network.length) {
                        m.network = $String(d.network);
                    }
                }
                if (d.addresses) {
                    if (!$Array.isArray(d.addresses))
                        throw $TypeError(".arrow.control.NetworkService.addresses: array expected");
                    m.addresses = $Array(d.addresses.length);
                    for (var i = 0; i < d.addresses.length; ++i) {
                        m.addresses[i] = $String(d.addresses[i]);
                    }
                }
                if (d.staticPorts) {
                    if (!$Array.isArray(d.staticPorts))
                        throw $TypeError(".arrow.control.NetworkService.staticPorts: array expected");
                    m.staticPorts = $Array(d.staticPorts.length);
                    for (var i = 0; i < d.staticPorts.length; ++i) {
                        if (!$util.isObject(d.staticPorts[i]))
                            throw $TypeError(".arrow.control.NetworkService.staticPorts: object expected");
                        m.staticPorts[i] = $root.arrow.control.NetworkPort.fromObject(d.staticPorts[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a NetworkService message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.NetworkService
             * @static
             * @param {arrow.control.NetworkService} m NetworkService
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetworkService.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.addresses = [];
                    d.staticPorts = [];
                }
                if (o.defaults) {
                    d.arrow = "";
                    d.network = "";
                }
                if (m.arrow != null && $Object.hasOwnProperty.call(m, "arrow")) {
                    d.arrow = m.arrow;
                }
                if (m.network != null && $Object.hasOwnProperty.call(m, "network")) {
                    d.network = m.network;
                }
                if (m.addresses && m.addresses.length) {
                    d.addresses = $Array(m.addresses.length);
                    for (var j = 0; j < m.addresses.length; ++j) {
                        d.addresses[j] = m.addresses[j];
                    }
                }
                if (m.staticPorts && m.staticPorts.length) {
                    d.staticPorts = $Array(m.staticPorts.length);
                    for (var j = 0; j < m.staticPorts.length; ++j) {
                        d.staticPorts[j] = $root.arrow.control.NetworkPort.toObject(m.staticPorts[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this NetworkService to JSON.
             * @function toJSON
             * @memberof arrow.control.NetworkService
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetworkService.prototype.toJSON = function() {
                return NetworkService.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NetworkService
             * @function getTypeUrl
             * @memberof arrow.control.NetworkService
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NetworkService.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.NetworkService";
            };

            return NetworkService;
        })();

        control.NetworkViewResponse = (function() {

            /**
             * Properties of a NetworkViewResponse.
             * @typedef {Object} arrow.control.NetworkViewResponse.$Properties
             * @property {number|null} [index] NetworkViewResponse index
             * @property {Array.<arrow.control.NetworkNode.$Properties>|null} [nodes] NetworkViewResponse nodes
             * @property {Array.<arrow.control.NetworkService.$Properties>|null} [services] NetworkViewResponse services
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NetworkViewResponse.
             * @memberof arrow.control
             * @interface INetworkViewResponse
             * @augments arrow.control.NetworkViewResponse.$Properties
             * @deprecated Use arrow.control.NetworkViewResponse.$Properties instead.
             */

            /**
             * Shape of a NetworkViewResponse.
             * @typedef {arrow.control.NetworkViewResponse.$Properties} arrow.control.NetworkViewResponse.$Shape
             */

            /**
             * Constructs a new NetworkViewResponse.
             * @memberof arrow.control
             * @classdesc Represents a NetworkViewResponse.
             * @constructor
             * @param {arrow.control.NetworkViewResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NetworkViewResponse = function (p) {
                this.nodes = [];
                this.services = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NetworkViewResponse index.
             * @member {number} index
             * @memberof arrow.control.NetworkViewResponse
             * @instance
             */
            NetworkViewResponse.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NetworkViewResponse nodes.
             * @member {Array.<arrow.control.NetworkNode.$Properties>} nodes
             * @memberof arrow.control.NetworkViewResponse
             * @instance
             */
            NetworkViewResponse.prototype.nodes = $util.emptyArray;

            /**
             * NetworkViewResponse services.
             * @member {Array.<arrow.control.NetworkService.$Properties>} services
             * @memberof arrow.control.NetworkViewResponse
             * @instance
             */
            NetworkViewResponse.prototype.services = $util.emptyArray;

            /**
             * Creates a new NetworkViewResponse instance using the specified properties.
             * @function create
             * @memberof arrow.control.NetworkViewResponse
             * @static
             * @param {arrow.control.NetworkViewResponse.$Properties=} [properties] Properties to set
             * @returns {arrow.control.NetworkViewResponse} NetworkViewResponse instance
             * @type {{
             *   (properties: arrow.control.NetworkViewResponse.$Shape): arrow.control.NetworkViewResponse & arrow.control.NetworkViewResponse.$Shape;
             *   (properties?: arrow.control.NetworkViewResponse.$Properties): arrow.control.NetworkViewResponse;
             * }}
             */
            NetworkViewResponse.create = function(properties) {
                return new NetworkViewResponse(properties);
            };

            /**
             * Encodes the specified NetworkViewResponse message. Does not implicitly {@link arrow.control.NetworkViewResponse.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.NetworkViewResponse
             * @static
             * @param {arrow.control.NetworkViewResponse.$Properties} m NetworkViewResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetworkViewResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.index != null && $Object.hasOwnProperty.call(m, "index") && (typeof m.index === "object" ? m.index.low || m.index.high : m.index !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.index);
                if (m.nodes != null && m.nodes.length) {
                    for (var i = 0; i < m.nodes.length; ++i)
                        $root.arrow.control.NetworkNode.encode(m.nodes[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.services != null && m.services.length) {
                    for (var i = 0; i < m.services.length; ++i)
                        $root.arrow.control.NetworkService.encode(m.services[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified NetworkViewResponse message, length delimited. Does not implicitly {@link arrow.control.NetworkViewResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.NetworkViewResponse
             * @static
             * @param {arrow.control.NetworkViewResponse.$Properties} message NetworkViewResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetworkViewResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NetworkViewResponse message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.NetworkViewResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.NetworkViewResponse & arrow.control.NetworkViewResponse.$Shape} NetworkViewResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetworkViewResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.control.NetworkViewResponse();
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
                            if (u !== 2)
                                break;
                            if (!(m.nodes && m.nodes.length))
                                m.nodes = [];
                            m.nodes.push($root.arrow.control.NetworkNode.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.services && m.services.length))
                                m.services = [];
                            m.services.push($root.arrow.control.NetworkService.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a NetworkViewResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.control.NetworkViewResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.NetworkViewResponse & arrow.control.NetworkViewResponse.$Shape} NetworkViewResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetworkViewResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NetworkViewResponse message.
             * @function verify
             * @memberof arrow.control.NetworkViewResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NetworkViewResponse.verify = function (m, q) {
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
                if (m.nodes != null && $Object.hasOwnProperty.call(m, "nodes")) {
                    if (!$Array.isArray(m.nodes))
                        return "nodes: array expected";
                    for (var i = 0; i < m.nodes.length; ++i) {
                        {
                            var e = $root.arrow.control.NetworkNode.verify(m.nodes[i], q + 1);
                            if (e)
                                return "nodes." + e;
                        }
                    }
                }
                if (m.services != null && $Object.hasOwnProperty.call(m, "services")) {
                    if (!$Array.isArray(m.services))
                        return "services: array expected";
                    for (var i = 0; i < m.services.length; ++i) {
                        {
                            var e = $root.arrow.control.NetworkService.verify(m.services[i], q + 1);
                            if (e)
                                return "services." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a NetworkViewResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.NetworkViewResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.NetworkViewResponse} NetworkViewResponse
             */
            NetworkViewResponse.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.NetworkViewResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.NetworkViewResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.control.NetworkViewResponse();
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
                        throw $TypeError(".arrow.control.NetworkViewResponse.nodes: array expected");
                    m.nodes = $Array(d.nodes.length);
                    for (var i = 0; i < d.nodes.length; ++i) {
                        if (!$util.isObject(d.nodes[i]))
                            throw $TypeError(".arrow.control.NetworkViewResponse.nodes: object expected");
                        m.nodes[i] = $root.arrow.control.NetworkNode.fromObject(d.nodes[i], q + 1);
                    }
                }
                if (d.services) {
                    if (!$Array.isArray(d.services))
                        throw $TypeError(".arrow.control.NetworkViewResponse.services: array expected");
                    m.services = $Array(d.services.length);
                    for (var i = 0; i < d.services.length; ++i) {
                        if (!$util.isObject(d.services[i]))
                            throw $TypeError(".arrow.control.NetworkViewResponse.services: object expected");
                        m.services[i] = $root.arrow.control.NetworkService.fromObject(d.services[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a NetworkViewResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.NetworkViewResponse
             * @static
             * @param {arrow.control.NetworkViewResponse} m NetworkViewResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetworkViewResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.nodes = [];
                    d.services = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.index = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.index = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
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
                        d.nodes[j] = $root.arrow.control.NetworkNode.toObject(m.nodes[j], o, q + 1);
                    }
                }
                if (m.services && m.services.length) {
                    d.services = $Array(m.services.length);
                    for (var j = 0; j < m.services.length; ++j) {
                        d.services[j] = $root.arrow.control.NetworkService.toObject(m.services[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this NetworkViewResponse to JSON.
             * @function toJSON
             * @memberof arrow.control.NetworkViewResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetworkViewResponse.prototype.toJSON = function() {
                return NetworkViewResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NetworkViewResponse
             * @function getTypeUrl
             * @memberof arrow.control.NetworkViewResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NetworkViewResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.NetworkViewResponse";
            };

            return NetworkViewResponse;
        })();

        control.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} arrow.control.Request.$Properties
             * @property {arrow.control.JoinRequest.$Properties|null} [join] Request join
             * @property {arrow.control.HeartbeatRequest.$Properties|null} [heartbeat] Request heartbeat
             * @property {arrow.control.WatchRequest.$Properties|null} [watch] Request watch
             * @property {arrow.control.ReportRequest.$Properties|null} [report] Request report
             * @property {arrow.control.RegisterRequest.$Properties|null} [register] Request register
             * @property {arrow.control.ArtifactRequest.$Properties|null} [artifact] Request artifact
             * @property {arrow.control.ClaimRequest.$Properties|null} [claim] Request claim
             * @property {arrow.control.NetworkViewRequest.$Properties|null} [networkView] Request networkView
             * @property {"join"|"heartbeat"|"watch"|"report"|"register"|"artifact"|"claim"|"networkView"} [call] Request call
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof arrow.control
             * @interface IRequest
             * @augments arrow.control.Request.$Properties
             * @deprecated Use arrow.control.Request.$Properties instead.
             */

            /**
             * Narrowed shape of a Request.
             * @typedef {{
             *   join?: arrow.control.JoinRequest.$Shape|null;
             *   heartbeat?: arrow.control.HeartbeatRequest.$Shape|null;
             *   watch?: arrow.control.WatchRequest.$Shape|null;
             *   report?: arrow.control.ReportRequest.$Shape|null;
             *   register?: arrow.control.RegisterRequest.$Shape|null;
             *   artifact?: arrow.control.ArtifactRequest.$Shape|null;
             *   claim?: arrow.control.ClaimRequest.$Shape|null;
             *   networkView?: arrow.control.NetworkViewRequest.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ call?: undefined; join?: null; heartbeat?: null; watch?: null; report?: null; register?: null; artifact?: null; claim?: null; networkView?: null }|{ call?: "join"; join: arrow.control.JoinRequest.$Shape; heartbeat?: null; watch?: null; report?: null; register?: null; artifact?: null; claim?: null; networkView?: null }|{ call?: "heartbeat"; join?: null; heartbeat: arrow.control.HeartbeatRequest.$Shape; watch?: null; report?: null; register?: null; artifact?: null; claim?: null; networkView?: null }|{ call?: "watch"; join?: null; heartbeat?: null; watch: arrow.control.WatchRequest.$Shape; report?: null; register?: null; artifact?: null; claim?: null; networkView?: null }|{ call?: "report"; join?: null; heartbeat?: null; watch?: null; report: arrow.control.ReportRequest.$Shape; register?: null; artifact?: null; claim?: null; networkView?: null }|{ call?: "register"; join?: null; heartbeat?: null; watch?: null; report?: null; register: arrow.control.RegisterRequest.$Shape; artifact?: null; claim?: null; networkView?: null }|{ call?: "artifact"; join?: null; heartbeat?: null; watch?: null; report?: null; register?: null; artifact: arrow.control.ArtifactRequest.$Shape; claim?: null; networkView?: null }|{ call?: "claim"; join?: null; heartbeat?: null; watch?: null; report?: null; register?: null; artifact?: null; claim: arrow.control.ClaimRequest.$Shape; networkView?: null }|{ call?: "networkView"; join?: null; heartbeat?: null; watch?: null; report?: null; register?: null; artifact?: null; claim?: null; networkView: arrow.control.NetworkViewRequest.$Shape })
             * )} arrow.control.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof arrow.control
             * @classdesc Represents a Request.
             * @constructor
             * @param {arrow.control.Request.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Request = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Request join.
             * @member {arrow.control.JoinRequest.$Properties|null|undefined} join
             * @memberof arrow.control.Request
             * @instance
             */
            Request.prototype.join = null;

            /**
             * Request heartbeat.
             * @member {arrow.control.HeartbeatRequest.$Properties|null|undefined} heartbeat
             * @memberof arrow.control.Request
             * @instance
             */
            Request.prototype.heartbeat = null;

            /**
             * Request watch.
             * @member {arrow.control.WatchRequest.$Properties|null|undefined} watch
             * @memberof arrow.control.Request
             * @instance
             */
            Request.prototype.watch = null;

            /**
             * Request report.
             * @member {arrow.control.ReportRequest.$Properties|null|undefined} report
             * @memberof arrow.control.Request
             * @instance
             */
            Request.prototype.report = null;

            /**
             * Request register.
             * @member {arrow.control.RegisterRequest.$Properties|null|undefined} register
             * @memberof arrow.control.Request
             * @instance
             */
            Request.prototype.register = null;

            /**
             * Request artifact.
             * @member {arrow.control.ArtifactRequest.$Properties|null|undefined} artifact
             * @memberof arrow.control.Request
             * @instance
             */
            Request.prototype.artifact = null;

            /**
             * Request claim.
             * @member {arrow.control.ClaimRequest.$Properties|null|undefined} claim
             * @memberof arrow.control.Request
             * @instance
             */
            Request.prototype.claim = null;

            /**
             * Request networkView.
             * @member {arrow.control.NetworkViewRequest.$Properties|null|undefined} networkView
             * @memberof arrow.control.Request
             * @instance
             */
            Request.prototype.networkView = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Request call.
             * @member {"join"|"heartbeat"|"watch"|"report"|"register"|"artifact"|"claim"|"networkView"|undefined} call
             * @memberof arrow.control.Request
             * @instance
             */
            $Object.defineProperty(Request.prototype, "call", {
                get: $util.oneOfGetter($oneOfFields = ["join", "heartbeat", "watch", "report", "register", "artifact", "claim", "networkView"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof arrow.control.Request
             * @static
             * @param {arrow.control.Request.$Properties=} [properties] Properties to set
             * @returns {arrow.control.Request} Request instance
             * @type {{
             *   (properties: arrow.control.Request.$Shape): arrow.control.Request & arrow.control.Request.$Shape;
             *   (properties?: arrow.control.Request.$Properties): arrow.control.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link arrow.control.Request.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.Request
             * @static
             * @param {arrow.control.Request.$Properties} m Request message or plain object to encode
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
                if (m.join != null && $Object.hasOwnProperty.call(m, "join"))
                    $root.arrow.control.JoinRequest.encode(m.join, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.heartbeat != null && $Object.hasOwnProperty.call(m, "heartbeat"))
                    $root.arrow.control.HeartbeatRequest.encode(m.heartbeat, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.watch != null && $Object.hasOwnProperty.call(m, "watch"))
                    $root.arrow.control.WatchRequest.encode(m.watch, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.report != null && $Object.hasOwnProperty.call(m, "report"))
                    $root.arrow.control.ReportRequest.encode(m.report, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.register != null && $Object.hasOwnProperty.call(m, "register"))
                    $root.arrow.control.RegisterRequest.encode(m.register, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.artifact != null && $Object.hasOwnProperty.call(m, "artifact"))
                    $root.arrow.control.ArtifactRequest.encode(m.artifact, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (m.claim != null && $Object.hasOwnProperty.call(m, "claim"))
                    $root.arrow.control.ClaimRequest.encode(m.claim, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (m.networkView != null && $Object.hasOwnProperty.call(m, "networkView"))
                    $root.arrow.control.NetworkViewRequest.encode(m.networkView, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Request message, length delimited. Does not implicitly {@link arrow.control.Request.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.Request
             * @static
             * @param {arrow.control.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.Request & arrow.control.Request.$Shape} Request
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
                m = g || new $root.arrow.control.Request();
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
                            m.join = $root.arrow.control.JoinRequest.decode(r, r.size(), $undefined, q + 1, m.join);
                            m.call = "join";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.heartbeat = $root.arrow.control.HeartbeatRequest.decode(r, r.size(), $undefined, q + 1, m.heartbeat);
                            m.call = "heartbeat";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.watch = $root.arrow.control.WatchRequest.decode(r, r.size(), $undefined, q + 1, m.watch);
                            m.call = "watch";
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.report = $root.arrow.control.ReportRequest.decode(r, r.size(), $undefined, q + 1, m.report);
                            m.call = "report";
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.register = $root.arrow.control.RegisterRequest.decode(r, r.size(), $undefined, q + 1, m.register);
                            m.call = "register";
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.artifact = $root.arrow.control.ArtifactRequest.decode(r, r.size(), $undefined, q + 1, m.artifact);
                            m.call = "artifact";
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.claim = $root.arrow.control.ClaimRequest.decode(r, r.size(), $undefined, q + 1, m.claim);
                            m.call = "claim";
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.networkView = $root.arrow.control.NetworkViewRequest.decode(r, r.size(), $undefined, q + 1, m.networkView);
                            m.call = "networkView";
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
             * @memberof arrow.control.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.Request & arrow.control.Request.$Shape} Request
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
             * @memberof arrow.control.Request
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
                if (m.join != null && $Object.hasOwnProperty.call(m, "join")) {
                    p.call = 1;
                    {
                        var e = $root.arrow.control.JoinRequest.verify(m.join, q + 1);
                        if (e)
                            return "join." + e;
                    }
                }
                if (m.heartbeat != null && $Object.hasOwnProperty.call(m, "heartbeat")) {
                    if (p.call === 1)
                        return "call: multiple values";
                    p.call = 1;
                    {
                        var e = $root.arrow.control.HeartbeatRequest.verify(m.heartbeat, q + 1);
                        if (e)
                            return "heartbeat." + e;
                    }
                }
                if (m.watch != null && $Object.hasOwnProperty.call(m, "watch")) {
                    if (p.call === 1)
                        return "call: multiple values";
                    p.call = 1;
                    {
                        var e = $root.arrow.control.WatchRequest.verify(m.watch, q + 1);
                        if (e)
                            return "watch." + e;
                    }
                }
                if (m.report != null && $Object.hasOwnProperty.call(m, "report")) {
                    if (p.call === 1)
                        return "call: multiple values";
                    p.call = 1;
                    {
                        var e = $root.arrow.control.ReportRequest.verify(m.report, q + 1);
                        if (e)
                            return "report." + e;
                    }
                }
                if (m.register != null && $Object.hasOwnProperty.call(m, "register")) {
                    if (p.call === 1)
                        return "call: multiple values";
                    p.call = 1;
                    {
                        var e = $root.arrow.control.RegisterRequest.verify(m.register, q + 1);
                        if (e)
                            return "register." + e;
                    }
                }
                if (m.artifact != null && $Object.hasOwnProperty.call(m, "artifact")) {
                    if (p.call === 1)
                        return "call: multiple values";
                    p.call = 1;
                    {
                        var e = $root.arrow.control.ArtifactRequest.verify(m.artifact, q + 1);
                        if (e)
                            return "artifact." + e;
                    }
                }
                if (m.claim != null && $Object.hasOwnProperty.call(m, "claim")) {
                    if (p.call === 1)
                        return "call: multiple values";
                    p.call = 1;
                    {
                        var e = $root.arrow.control.ClaimRequest.verify(m.claim, q + 1);
                        if (e)
                            return "claim." + e;
                    }
                }
                if (m.networkView != null && $Object.hasOwnProperty.call(m, "networkView")) {
                    if (p.call === 1)
                        return "call: multiple values";
                    p.call = 1;
                    {
                        var e = $root.arrow.control.NetworkViewRequest.verify(m.networkView, q + 1);
                        if (e)
                            return "networkView." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a Request message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.Request
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.Request} Request
             */
            Request.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.Request)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.Request: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.control.Request();
                if (d.join != null) {
                    if (!$util.isObject(d.join))
                        throw $TypeError(".arrow.control.Request.join: object expected");
                    m.join = $root.arrow.control.JoinRequest.fromObject(d.join, q + 1);
                }
                if (d.heartbeat != null) {
                    if (!$util.isObject(d.heartbeat))
                        throw $TypeError(".arrow.control.Request.heartbeat: object expected");
                    m.heartbeat = $root.arrow.control.HeartbeatRequest.fromObject(d.heartbeat, q + 1);
                }
                if (d.watch != null) {
                    if (!$util.isObject(d.watch))
                        throw $TypeError(".arrow.control.Request.watch: object expected");
                    m.watch = $root.arrow.control.WatchRequest.fromObject(d.watch, q + 1);
                }
                if (d.report != null) {
                    if (!$util.isObject(d.report))
                        throw $TypeError(".arrow.control.Request.report: object expected");
                    m.report = $root.arrow.control.ReportRequest.fromObject(d.report, q + 1);
                }
                if (d.register != null) {
                    if (!$util.isObject(d.register))
                        throw $TypeError(".arrow.control.Request.register: object expected");
                    m.register = $root.arrow.control.RegisterRequest.fromObject(d.register, q + 1);
                }
                if (d.artifact != null) {
                    if (!$util.isObject(d.artifact))
                        throw $TypeError(".arrow.control.Request.artifact: object expected");
                    m.artifact = $root.arrow.control.ArtifactRequest.fromObject(d.artifact, q + 1);
                }
                if (d.claim != null) {
                    if (!$util.isObject(d.claim))
                        throw $TypeError(".arrow.control.Request.claim: object expected");
                    m.claim = $root.arrow.control.ClaimRequest.fromObject(d.claim, q + 1);
                }
                if (d.networkView != null) {
                    if (!$util.isObject(d.networkView))
                        throw $TypeError(".arrow.control.Request.networkView: object expected");
                    m.networkView = $root.arrow.control.NetworkViewRequest.fromObject(d.networkView, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Request message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.Request
             * @static
             * @param {arrow.control.Request} m Request
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
                if (m.join != null && $Object.hasOwnProperty.call(m, "join")) {
                    d.join = $root.arrow.control.JoinRequest.toObject(m.join, o, q + 1);
                    if (o.oneofs)
                        d.call = "join";
                }
                if (m.heartbeat != null && $Object.hasOwnProperty.call(m, "heartbeat")) {
                    d.heartbeat = $root.arrow.control.HeartbeatRequest.toObject(m.heartbeat, o, q + 1);
                    if (o.oneofs)
                        d.call = "heartbeat";
                }
                if (m.watch != null && $Object.hasOwnProperty.call(m, "watch")) {
                    d.watch = $root.arrow.control.WatchRequest.toObject(m.watch, o, q + 1);
                    if (o.oneofs)
                        d.call = "watch";
                }
                if (m.report != null && $Object.hasOwnProperty.call(m, "report")) {
                    d.report = $root.arrow.control.ReportRequest.toObject(m.report, o, q + 1);
                    if (o.oneofs)
                        d.call = "report";
                }
                if (m.register != null && $Object.hasOwnProperty.call(m, "register")) {
                    d.register = $root.arrow.control.RegisterRequest.toObject(m.register, o, q + 1);
                    if (o.oneofs)
                        d.call = "register";
                }
                if (m.artifact != null && $Object.hasOwnProperty.call(m, "artifact")) {
                    d.artifact = $root.arrow.control.ArtifactRequest.toObject(m.artifact, o, q + 1);
                    if (o.oneofs)
                        d.call = "artifact";
                }
                if (m.claim != null && $Object.hasOwnProperty.call(m, "claim")) {
                    d.claim = $root.arrow.control.ClaimRequest.toObject(m.claim, o, q + 1);
                    if (o.oneofs)
                        d.call = "claim";
                }
                if (m.networkView != null && $Object.hasOwnProperty.call(m, "networkView")) {
                    d.networkView = $root.arrow.control.NetworkViewRequest.toObject(m.networkView, o, q + 1);
                    if (o.oneofs)
                        d.call = "networkView";
                }
                return d;
            };

            /**
             * Converts this Request to JSON.
             * @function toJSON
             * @memberof arrow.control.Request
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Request.prototype.toJSON = function() {
                return Request.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Request
             * @function getTypeUrl
             * @memberof arrow.control.Request
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Request.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.Request";
            };

            return Request;
        })();

        control.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} arrow.control.Response.$Properties
             * @property {arrow.control.JoinResponse.$Properties|null} [join] Response join
             * @property {arrow.control.HeartbeatResponse.$Properties|null} [heartbeat] Response heartbeat
             * @property {arrow.control.WatchResponse.$Properties|null} [watch] Response watch
             * @property {arrow.control.ReportResponse.$Properties|null} [report] Response report
             * @property {arrow.control.RegisterResponse.$Properties|null} [register] Response register
             * @property {arrow.control.ArtifactResponse.$Properties|null} [artifact] Response artifact
             * @property {arrow.control.ClaimResponse.$Properties|null} [claim] Response claim
             * @property {arrow.control.NetworkViewResponse.$Properties|null} [networkView] Response networkView
             * @property {string|null} [error] Response error
             * @property {string|null} [notLeader] Response notLeader
             * @property {string|null} [unavailable] Response unavailable
             * @property {"join"|"heartbeat"|"watch"|"report"|"register"|"artifact"|"claim"|"networkView"|"error"|"notLeader"|"unavailable"} [answer] Response answer
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof arrow.control
             * @interface IResponse
             * @augments arrow.control.Response.$Properties
             * @deprecated Use arrow.control.Response.$Properties instead.
             */

            /**
             * Narrowed shape of a Response.
             * @typedef {{
             *   join?: arrow.control.JoinResponse.$Shape|null;
             *   heartbeat?: arrow.control.HeartbeatResponse.$Shape|null;
             *   watch?: arrow.control.WatchResponse.$Shape|null;
             *   report?: arrow.control.ReportResponse.$Shape|null;
             *   register?: arrow.control.RegisterResponse.$Shape|null;
             *   artifact?: arrow.control.ArtifactResponse.$Shape|null;
             *   claim?: arrow.control.ClaimResponse.$Shape|null;
             *   networkView?: arrow.control.NetworkViewResponse.$Shape|null;
             *   error?: string|null;
             *   notLeader?: string|null;
             *   unavailable?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ answer?: undefined; join?: null; heartbeat?: null; watch?: null; report?: null; register?: null; artifact?: null; claim?: null; networkView?: null; error?: null; notLeader?: null; unavailable?: null }|{ answer?: "join"; join: arrow.control.JoinResponse.$Shape; heartbeat?: null; watch?: null; report?: null; register?: null; artifact?: null; claim?: null; networkView?: null; error?: null; notLeader?: null; unavailable?: null }|{ answer?: "heartbeat"; join?: null; heartbeat: arrow.control.HeartbeatResponse.$Shape; watch?: null; report?: null; register?: null; artifact?: null; claim?: null; networkView?: null; error?: null; notLeader?: null; unavailable?: null }|{ answer?: "watch"; join?: null; heartbeat?: null; watch: arrow.control.WatchResponse.$Shape; report?: null; register?: null; artifact?: null; claim?: null; networkView?: null; error?: null; notLeader?: null; unavailable?: null }|{ answer?: "report"; join?: null; heartbeat?: null; watch?: null; report: arrow.control.ReportResponse.$Shape; register?: null; artifact?: null; claim?: null; networkView?: null; error?: null; notLeader?: null; unavailable?: null }|{ answer?: "register"; join?: null; heartbeat?: null; watch?: null; report?: null; register: arrow.control.RegisterResponse.$Shape; artifact?: null; claim?: null; networkView?: null; error?: null; notLeader?: null; unavailable?: null }|{ answer?: "artifact"; join?: null; heartbeat?: null; watch?: null; report?: null; register?: null; artifact: arrow.control.ArtifactResponse.$Shape; claim?: null; networkView?: null; error?: null; notLeader?: null; unavailable?: null }|{ answer?: "claim"; join?: null; heartbeat?: null; watch?: null; report?: null; register?: null; artifact?: null; claim: arrow.control.ClaimResponse.$Shape; networkView?: null; error?: null; notLeader?: null; unavailable?: null }|{ answer?: "networkView"; join?: null; heartbeat?: null; watch?: null; report?: null; register?: null; artifact?: null; claim?: null; networkView: arrow.control.NetworkViewResponse.$Shape; error?: null; notLeader?: null; unavailable?: null }|{ answer?: "error"; join?: null; heartbeat?: null; watch?: null; report?: null; register?: null; artifact?: null; claim?: null; networkView?: null; error: string; notLeader?: null; unavailable?: null }|{ answer?: "notLeader"; join?: null; heartbeat?: null; watch?: null; report?: null; register?: null; artifact?: null; claim?: null; networkView?: null; error?: null; notLeader: string; unavailable?: null }|{ answer?: "unavailable"; join?: null; heartbeat?: null; watch?: null; report?: null; register?: null; artifact?: null; claim?: null; networkView?: null; error?: null; notLeader?: null; unavailable: string })
             * )} arrow.control.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof arrow.control
             * @classdesc Represents a Response.
             * @constructor
             * @param {arrow.control.Response.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Response = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Response join.
             * @member {arrow.control.JoinResponse.$Properties|null|undefined} join
             * @memberof arrow.control.Response
             * @instance
             */
            Response.prototype.join = null;

            /**
             * Response heartbeat.
             * @member {arrow.control.HeartbeatResponse.$Properties|null|undefined} heartbeat
             * @memberof arrow.control.Response
             * @instance
             */
            Response.prototype.heartbeat = null;

            /**
             * Response watch.
             * @member {arrow.control.WatchResponse.$Properties|null|undefined} watch
             * @memberof arrow.control.Response
             * @instance
             */
            Response.prototype.watch = null;

            /**
             * Response report.
             * @member {arrow.control.ReportResponse.$Properties|null|undefined} report
             * @memberof arrow.control.Response
             * @instance
             */
            Response.prototype.report = null;

            /**
             * Response register.
             * @member {arrow.control.RegisterResponse.$Properties|null|undefined} register
             * @memberof arrow.control.Response
             * @instance
             */
            Response.prototype.register = null;

            /**
             * Response artifact.
             * @member {arrow.control.ArtifactResponse.$Properties|null|undefined} artifact
             * @memberof arrow.control.Response
             * @instance
             */
            Response.prototype.artifact = null;

            /**
             * Response claim.
             * @member {arrow.control.ClaimResponse.$Properties|null|undefined} claim
             * @memberof arrow.control.Response
             * @instance
             */
            Response.prototype.claim = null;

            /**
             * Response networkView.
             * @member {arrow.control.NetworkViewResponse.$Properties|null|undefined} networkView
             * @memberof arrow.control.Response
             * @instance
             */
            Response.prototype.networkView = null;

            /**
             * Response error.
             * @member {string|null|undefined} error
             * @memberof arrow.control.Response
             * @instance
             */
            Response.prototype.error = null;

            /**
             * Response notLeader.
             * @member {string|null|undefined} notLeader
             * @memberof arrow.control.Response
             * @instance
             */
            Response.prototype.notLeader = null;

            /**
             * Response unavailable.
             * @member {string|null|undefined} unavailable
             * @memberof arrow.control.Response
             * @instance
             */
            Response.prototype.unavailable = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Response answer.
             * @member {"join"|"heartbeat"|"watch"|"report"|"register"|"artifact"|"claim"|"networkView"|"error"|"notLeader"|"unavailable"|undefined} answer
             * @memberof arrow.control.Response
             * @instance
             */
            $Object.defineProperty(Response.prototype, "answer", {
                get: $util.oneOfGetter($oneOfFields = ["join", "heartbeat", "watch", "report", "register", "artifact", "claim", "networkView", "error", "notLeader", "unavailable"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Response instance using the specified properties.
             * @function create
             * @memberof arrow.control.Response
             * @static
             * @param {arrow.control.Response.$Properties=} [properties] Properties to set
             * @returns {arrow.control.Response} Response instance
             * @type {{
             *   (properties: arrow.control.Response.$Shape): arrow.control.Response & arrow.control.Response.$Shape;
             *   (properties?: arrow.control.Response.$Properties): arrow.control.Response;
             * }}
             */
            Response.create = function(properties) {
                return new Response(properties);
            };

            /**
             * Encodes the specified Response message. Does not implicitly {@link arrow.control.Response.verify|verify} messages.
             * @function encode
             * @memberof arrow.control.Response
             * @static
             * @param {arrow.control.Response.$Properties} m Response message or plain object to encode
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
                if (m.join != null && $Object.hasOwnProperty.call(m, "join"))
                    $root.arrow.control.JoinResponse.encode(m.join, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.heartbeat != null && $Object.hasOwnProperty.call(m, "heartbeat"))
                    $root.arrow.control.HeartbeatResponse.encode(m.heartbeat, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.watch != null && $Object.hasOwnProperty.call(m, "watch"))
                    $root.arrow.control.WatchResponse.encode(m.watch, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.report != null && $Object.hasOwnProperty.call(m, "report"))
                    $root.arrow.control.ReportResponse.encode(m.report, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.register != null && $Object.hasOwnProperty.call(m, "register"))
                    $root.arrow.control.RegisterResponse.encode(m.register, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.artifact != null && $Object.hasOwnProperty.call(m, "artifact"))
                    $root.arrow.control.ArtifactResponse.encode(m.artifact, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (m.claim != null && $Object.hasOwnProperty.call(m, "claim"))
                    $root.arrow.control.ClaimResponse.encode(m.claim, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (m.networkView != null && $Object.hasOwnProperty.call(m, "networkView"))
                    $root.arrow.control.NetworkViewResponse.encode(m.networkView, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                    w.uint32(/* id 10, wireType 2 =*/82).string(m.error);
                if (m.notLeader != null && $Object.hasOwnProperty.call(m, "notLeader"))
                    w.uint32(/* id 11, wireType 2 =*/90).string(m.notLeader);
                if (m.unavailable != null && $Object.hasOwnProperty.call(m, "unavailable"))
                    w.uint32(/* id 12, wireType 2 =*/98).string(m.unavailable);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Response message, length delimited. Does not implicitly {@link arrow.control.Response.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.control.Response
             * @static
             * @param {arrow.control.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.control.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.control.Response & arrow.control.Response.$Shape} Response
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
                m = g || new $root.arrow.control.Response();
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
                            m.join = $root.arrow.control.JoinResponse.decode(r, r.size(), $undefined, q + 1, m.join);
                            m.answer = "join";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.heartbeat = $root.arrow.control.HeartbeatResponse.decode(r, r.size(), $undefined, q + 1, m.heartbeat);
                            m.answer = "heartbeat";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.watch = $root.arrow.control.WatchResponse.decode(r, r.size(), $undefined, q + 1, m.watch);
                            m.answer = "watch";
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.report = $root.arrow.control.ReportResponse.decode(r, r.size(), $undefined, q + 1, m.report);
                            m.answer = "report";
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.register = $root.arrow.control.RegisterResponse.decode(r, r.size(), $undefined, q + 1, m.register);
                            m.answer = "register";
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.artifact = $root.arrow.control.ArtifactResponse.decode(r, r.size(), $undefined, q + 1, m.artifact);
                            m.answer = "artifact";
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.claim = $root.arrow.control.ClaimResponse.decode(r, r.size(), $undefined, q + 1, m.claim);
                            m.answer = "claim";
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.networkView = $root.arrow.control.NetworkViewResponse.decode(r, r.size(), $undefined, q + 1, m.networkView);
                            m.answer = "networkView";
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            m.error = r.stringVerify();
                            m.answer = "error";
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.notLeader = r.stringVerify();
                            m.answer = "notLeader";
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.unavailable = r.stringVerify();
                            m.answer = "unavailable";
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
             * @memberof arrow.control.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.control.Response & arrow.control.Response.$Shape} Response
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
             * @memberof arrow.control.Response
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
                if (m.join != null && $Object.hasOwnProperty.call(m, "join")) {
                    p.answer = 1;
                    {
                        var e = $root.arrow.control.JoinResponse.verify(m.join, q + 1);
                        if (e)
                            return "join." + e;
                    }
                }
                if (m.heartbeat != null && $Object.hasOwnProperty.call(m, "heartbeat")) {
                    if (p.answer === 1)
                        return "answer: multiple values";
                    p.answer = 1;
                    {
                        var e = $root.arrow.control.HeartbeatResponse.verify(m.heartbeat, q + 1);
                        if (e)
                            return "heartbeat." + e;
                    }
                }
                if (m.watch != null && $Object.hasOwnProperty.call(m, "watch")) {
                    if (p.answer === 1)
                        return "answer: multiple values";
                    p.answer = 1;
                    {
                        var e = $root.arrow.control.WatchResponse.verify(m.watch, q + 1);
                        if (e)
                            return "watch." + e;
                    }
                }
                if (m.report != null && $Object.hasOwnProperty.call(m, "report")) {
                    if (p.answer === 1)
                        return "answer: multiple values";
                    p.answer = 1;
                    {
                        var e = $root.arrow.control.ReportResponse.verify(m.report, q + 1);
                        if (e)
                            return "report." + e;
                    }
                }
                if (m.register != null && $Object.hasOwnProperty.call(m, "register")) {
                    if (p.answer === 1)
                        return "answer: multiple values";
                    p.answer = 1;
                    {
                        var e = $root.arrow.control.RegisterResponse.verify(m.register, q + 1);
                        if (e)
                            return "register." + e;
                    }
                }
                if (m.artifact != null && $Object.hasOwnProperty.call(m, "artifact")) {
                    if (p.answer === 1)
                        return "answer: multiple values";
                    p.answer = 1;
                    {
                        var e = $root.arrow.control.ArtifactResponse.verify(m.artifact, q + 1);
                        if (e)
                            return "artifact." + e;
                    }
                }
                if (m.claim != null && $Object.hasOwnProperty.call(m, "claim")) {
                    if (p.answer === 1)
                        return "answer: multiple values";
                    p.answer = 1;
                    {
                        var e = $root.arrow.control.ClaimResponse.verify(m.claim, q + 1);
                        if (e)
                            return "claim." + e;
                    }
                }
                if (m.networkView != null && $Object.hasOwnProperty.call(m, "networkView")) {
                    if (p.answer === 1)
                        return "answer: multiple values";
                    p.answer = 1;
                    {
                        var e = $root.arrow.control.NetworkViewResponse.verify(m.networkView, q + 1);
                        if (e)
                            return "networkView." + e;
                    }
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    if (p.answer === 1)
                        return "answer: multiple values";
                    p.answer = 1;
                    if (!$util.isString(m.error))
                        return "error: string expected";
                }
                if (m.notLeader != null && $Object.hasOwnProperty.call(m, "notLeader")) {
                    if (p.answer === 1)
                        return "answer: multiple values";
                    p.answer = 1;
                    if (!$util.isString(m.notLeader))
                        return "notLeader: string expected";
                }
                if (m.unavailable != null && $Object.hasOwnProperty.call(m, "unavailable")) {
                    if (p.answer === 1)
                        return "answer: multiple values";
                    p.answer = 1;
                    if (!$util.isString(m.unavailable))
                        return "unavailable: string expected";
                }
                return null;
            };

            /**
             * Creates a Response message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.control.Response
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.control.Response} Response
             */
            Response.fromObject = function (d, q) {
                if (d instanceof $root.arrow.control.Response)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.control.Response: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.control.Response();
                if (d.join != null) {
                    if (!$util.isObject(d.join))
                        throw $TypeError(".arrow.control.Response.join: object expected");
                    m.join = $root.arrow.control.JoinResponse.fromObject(d.join, q + 1);
                }
                if (d.heartbeat != null) {
                    if (!$util.isObject(d.heartbeat))
                        throw $TypeError(".arrow.control.Response.heartbeat: object expected");
                    m.heartbeat = $root.arrow.control.HeartbeatResponse.fromObject(d.heartbeat, q + 1);
                }
                if (d.watch != null) {
                    if (!$util.isObject(d.watch))
                        throw $TypeError(".arrow.control.Response.watch: object expected");
                    m.watch = $root.arrow.control.WatchResponse.fromObject(d.watch, q + 1);
                }
                if (d.report != null) {
                    if (!$util.isObject(d.report))
                        throw $TypeError(".arrow.control.Response.report: object expected");
                    m.report = $root.arrow.control.ReportResponse.fromObject(d.report, q + 1);
                }
                if (d.register != null) {
                    if (!$util.isObject(d.register))
                        throw $TypeError(".arrow.control.Response.register: object expected");
                    m.register = $root.arrow.control.RegisterResponse.fromObject(d.register, q + 1);
                }
                if (d.artifact != null) {
                    if (!$util.isObject(d.artifact))
                        throw $TypeError(".arrow.control.Response.artifact: object expected");
                    m.artifact = $root.arrow.control.ArtifactResponse.fromObject(d.artifact, q + 1);
                }
                if (d.claim != null) {
                    if (!$util.isObject(d.claim))
                        throw $TypeError(".arrow.control.Response.claim: object expected");
                    m.claim = $root.arrow.control.ClaimResponse.fromObject(d.claim, q + 1);
                }
                if (d.networkView != null) {
                    if (!$util.isObject(d.networkView))
                        throw $TypeError(".arrow.control.Response.networkView: object expected");
                    m.networkView = $root.arrow.control.NetworkViewResponse.fromObject(d.networkView, q + 1);
                }
                if (d.error != null) {
                    m.error = $String(d.error);
                }
                if (d.notLeader != null) {
                    m.notLeader = $String(d.notLeader);
                }
                if (d.unavailable != null) {
                    m.unavailable = $String(d.unavailable);
                }
                return m;
            };

            /**
             * Creates a plain object from a Response message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.control.Response
             * @static
             * @param {arrow.control.Response} m Response
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
                if (m.join != null && $Object.hasOwnProperty.call(m, "join")) {
                    d.join = $root.arrow.control.JoinResponse.toObject(m.join, o, q + 1);
                    if (o.oneofs)
                        d.answer = "join";
                }
                if (m.heartbeat != null && $Object.hasOwnProperty.call(m, "heartbeat")) {
                    d.heartbeat = $root.arrow.control.HeartbeatResponse.toObject(m.heartbeat, o, q + 1);
                    if (o.oneofs)
                        d.answer = "heartbeat";
                }
                if (m.watch != null && $Object.hasOwnProperty.call(m, "watch")) {
                    d.watch = $root.arrow.control.WatchResponse.toObject(m.watch, o, q + 1);
                    if (o.oneofs)
                        d.answer = "watch";
                }
                if (m.report != null && $Object.hasOwnProperty.call(m, "report")) {
                    d.report = $root.arrow.control.ReportResponse.toObject(m.report, o, q + 1);
                    if (o.oneofs)
                        d.answer = "report";
                }
                if (m.register != null && $Object.hasOwnProperty.call(m, "register")) {
                    d.register = $root.arrow.control.RegisterResponse.toObject(m.register, o, q + 1);
                    if (o.oneofs)
                        d.answer = "register";
                }
                if (m.artifact != null && $Object.hasOwnProperty.call(m, "artifact")) {
                    d.artifact = $root.arrow.control.ArtifactResponse.toObject(m.artifact, o, q + 1);
                    if (o.oneofs)
                        d.answer = "artifact";
                }
                if (m.claim != null && $Object.hasOwnProperty.call(m, "claim")) {
                    d.claim = $root.arrow.control.ClaimResponse.toObject(m.claim, o, q + 1);
                    if (o.oneofs)
                        d.answer = "claim";
                }
                if (m.networkView != null && $Object.hasOwnProperty.call(m, "networkView")) {
                    d.networkView = $root.arrow.control.NetworkViewResponse.toObject(m.networkView, o, q + 1);
                    if (o.oneofs)
                        d.answer = "networkView";
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = m.error;
                    if (o.oneofs)
                        d.answer = "error";
                }
                if (m.notLeader != null && $Object.hasOwnProperty.call(m, "notLeader")) {
                    d.notLeader = m.notLeader;
                    if (o.oneofs)
                        d.answer = "notLeader";
                }
                if (m.unavailable != null && $Object.hasOwnProperty.call(m, "unavailable")) {
                    d.unavailable = m.unavailable;
                    if (o.oneofs)
                        d.answer = "unavailable";
                }
                return d;
            };

            /**
             * Converts this Response to JSON.
             * @function toJSON
             * @memberof arrow.control.Response
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Response.prototype.toJSON = function() {
                return Response.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Response
             * @function getTypeUrl
             * @memberof arrow.control.Response
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Response.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.control.Response";
            };

            return Response;
        })();

        return control;
    })();

    return arrow;
})();

export {
  $root as default
};
