/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";
if ($protobuf.util.Long) { $protobuf.util.Long = undefined; $protobuf.configure(); }

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["kernel_channel"] || ($protobuf.roots["kernel_channel"] = {});

export const arrow = $root.arrow = (() => {

    /**
     * Namespace arrow.
     * @exports arrow
     * @namespace
     */
    const arrow = {};

    arrow.channel = (function() {

        /**
         * Namespace channel.
         * @memberof arrow
         * @namespace
         */
        const channel = {};

        channel.Frame = (function() {

            /**
             * Properties of a Frame.
             * @typedef {Object} arrow.channel.Frame.$Properties
             * @property {number|null} [seq] Frame seq
             * @property {number|null} [ack] Frame ack
             * @property {arrow.channel.Hello.$Properties|null} [hello] Frame hello
             * @property {arrow.channel.Start.$Properties|null} [start] Frame start
             * @property {arrow.channel.Output.$Properties|null} [output] Frame output
             * @property {arrow.channel.Exited.$Properties|null} [exited] Frame exited
             * @property {arrow.channel.Stop.$Properties|null} [stop] Frame stop
             * @property {arrow.channel.Log.$Properties|null} [log] Frame log
             * @property {arrow.channel.Error.$Properties|null} [error] Frame error
             * @property {arrow.channel.Warm.$Properties|null} [warm] Frame warm
             * @property {arrow.channel.Warmed.$Properties|null} [warmed] Frame warmed
             * @property {arrow.channel.Resume.$Properties|null} [resume] Frame resume
             * @property {arrow.channel.Resumed.$Properties|null} [resumed] Frame resumed
             * @property {arrow.channel.VolumeFile.$Properties|null} [volumeFile] Frame volumeFile
             * @property {arrow.channel.VolumeReady.$Properties|null} [volumeReady] Frame volumeReady
             * @property {arrow.channel.VolumeChange.$Properties|null} [volumeChange] Frame volumeChange
             * @property {arrow.channel.VolumeRescan.$Properties|null} [volumeRescan] Frame volumeRescan
             * @property {arrow.channel.Network.$Properties|null} [networkChange] Frame networkChange
             * @property {"hello"|"start"|"output"|"exited"|"stop"|"log"|"error"|"warm"|"warmed"|"resume"|"resumed"|"volumeFile"|"volumeReady"|"volumeChange"|"volumeRescan"|"networkChange"} [body] Frame body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Frame.
             * @memberof arrow.channel
             * @interface IFrame
             * @augments arrow.channel.Frame.$Properties
             * @deprecated Use arrow.channel.Frame.$Properties instead.
             */

            /**
             * Narrowed shape of a Frame.
             * @typedef {{
             *   seq?: number|null;
             *   ack?: number|null;
             *   hello?: arrow.channel.Hello.$Shape|null;
             *   start?: arrow.channel.Start.$Shape|null;
             *   output?: arrow.channel.Output.$Shape|null;
             *   exited?: arrow.channel.Exited.$Shape|null;
             *   stop?: arrow.channel.Stop.$Shape|null;
             *   log?: arrow.channel.Log.$Shape|null;
             *   error?: arrow.channel.Error.$Shape|null;
             *   warm?: arrow.channel.Warm.$Shape|null;
             *   warmed?: arrow.channel.Warmed.$Shape|null;
             *   resume?: arrow.channel.Resume.$Shape|null;
             *   resumed?: arrow.channel.Resumed.$Shape|null;
             *   volumeFile?: arrow.channel.VolumeFile.$Shape|null;
             *   volumeReady?: arrow.channel.VolumeReady.$Shape|null;
             *   volumeChange?: arrow.channel.VolumeChange.$Shape|null;
             *   volumeRescan?: arrow.channel.VolumeRescan.$Shape|null;
             *   networkChange?: arrow.channel.Network.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; hello?: null; start?: null; output?: null; exited?: null; stop?: null; log?: null; error?: null; warm?: null; warmed?: null; resume?: null; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "hello"; hello: arrow.channel.Hello.$Shape; start?: null; output?: null; exited?: null; stop?: null; log?: null; error?: null; warm?: null; warmed?: null; resume?: null; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "start"; hello?: null; start: arrow.channel.Start.$Shape; output?: null; exited?: null; stop?: null; log?: null; error?: null; warm?: null; warmed?: null; resume?: null; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "output"; hello?: null; start?: null; output: arrow.channel.Output.$Shape; exited?: null; stop?: null; log?: null; error?: null; warm?: null; warmed?: null; resume?: null; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "exited"; hello?: null; start?: null; output?: null; exited: arrow.channel.Exited.$Shape; stop?: null; log?: null; error?: null; warm?: null; warmed?: null; resume?: null; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "stop"; hello?: null; start?: null; output?: null; exited?: null; stop: arrow.channel.Stop.$Shape; log?: null; error?: null; warm?: null; warmed?: null; resume?: null; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "log"; hello?: null; start?: null; output?: null; exited?: null; stop?: null; log: arrow.channel.Log.$Shape; error?: null; warm?: null; warmed?: null; resume?: null; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "error"; hello?: null; start?: null; output?: null; exited?: null; stop?: null; log?: null; error: arrow.channel.Error.$Shape; warm?: null; warmed?: null; resume?: null; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "warm"; hello?: null; start?: null; output?: null; exited?: null; stop?: null; log?: null; error?: null; warm: arrow.channel.Warm.$Shape; warmed?: null; resume?: null; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "warmed"; hello?: null; start?: null; output?: null; exited?: null; stop?: null; log?: null; error?: null; warm?: null; warmed: arrow.channel.Warmed.$Shape; resume?: null; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "resume"; hello?: null; start?: null; output?: null; exited?: null; stop?: null; log?: null; error?: null; warm?: null; warmed?: null; resume: arrow.channel.Resume.$Shape; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "resumed"; hello?: null; start?: null; output?: null; exited?: null; stop?: null; log?: null; error?: null; warm?: null; warmed?: null; resume?: null; resumed: arrow.channel.Resumed.$Shape; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "volumeFile"; hello?: null; start?: null; output?: null; exited?: null; stop?: null; log?: null; error?: null; warm?: null; warmed?: null; resume?: null; resumed?: null; volumeFile: arrow.channel.VolumeFile.$Shape; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "volumeReady"; hello?: null; start?: null; output?: null; exited?: null; stop?: null; log?: null; error?: null; warm?: null; warmed?: null; resume?: null; resumed?: null; volumeFile?: null; volumeReady: arrow.channel.VolumeReady.$Shape; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "volumeChange"; hello?: null; start?: null; output?: null; exited?: null; stop?: null; log?: null; error?: null; warm?: null; warmed?: null; resume?: null; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange: arrow.channel.VolumeChange.$Shape; volumeRescan?: null; networkChange?: null }|{ body?: "volumeRescan"; hello?: null; start?: null; output?: null; exited?: null; stop?: null; log?: null; error?: null; warm?: null; warmed?: null; resume?: null; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan: arrow.channel.VolumeRescan.$Shape; networkChange?: null }|{ body?: "networkChange"; hello?: null; start?: null; output?: null; exited?: null; stop?: null; log?: null; error?: null; warm?: null; warmed?: null; resume?: null; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange: arrow.channel.Network.$Shape })
             * )} arrow.channel.Frame.$Shape
             */

            /**
             * Constructs a new Frame.
             * @memberof arrow.channel
             * @classdesc Represents a Frame.
             * @constructor
             * @param {arrow.channel.Frame.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Frame = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Frame seq.
             * @member {number} seq
             * @memberof arrow.channel.Frame
             * @instance
             */
            Frame.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Frame ack.
             * @member {number} ack
             * @memberof arrow.channel.Frame
             * @instance
             */
            Frame.prototype.ack = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Frame hello.
             * @member {arrow.channel.Hello.$Properties|null|undefined} hello
             * @memberof arrow.channel.Frame
             * @instance
             */
            Frame.prototype.hello = null;

            /**
             * Frame start.
             * @member {arrow.channel.Start.$Properties|null|undefined} start
             * @memberof arrow.channel.Frame
             * @instance
             */
            Frame.prototype.start = null;

            /**
             * Frame output.
             * @member {arrow.channel.Output.$Properties|null|undefined} output
             * @memberof arrow.channel.Frame
             * @instance
             */
            Frame.prototype.output = null;

            /**
             * Frame exited.
             * @member {arrow.channel.Exited.$Properties|null|undefined} exited
             * @memberof arrow.channel.Frame
             * @instance
             */
            Frame.prototype.exited = null;

            /**
             * Frame stop.
             * @member {arrow.channel.Stop.$Properties|null|undefined} stop
             * @memberof arrow.channel.Frame
             * @instance
             */
            Frame.prototype.stop = null;

            /**
             * Frame log.
             * @member {arrow.channel.Log.$Properties|null|undefined} log
             * @memberof arrow.channel.Frame
             * @instance
             */
            Frame.prototype.log = null;

            /**
             * Frame error.
             * @member {arrow.channel.Error.$Properties|null|undefined} error
             * @memberof arrow.channel.Frame
             * @instance
             */
            Frame.prototype.error = null;

            /**
             * Frame warm.
             * @member {arrow.channel.Warm.$Properties|null|undefined} warm
             * @memberof arrow.channel.Frame
             * @instance
             */
            Frame.prototype.warm = null;

            /**
             * Frame warmed.
             * @member {arrow.channel.Warmed.$Properties|null|undefined} warmed
             * @memberof arrow.channel.Frame
             * @instance
             */
            Frame.prototype.warmed = null;

            /**
             * Frame resume.
             * @member {arrow.channel.Resume.$Properties|null|undefined} resume
             * @memberof arrow.channel.Frame
             * @instance
             */
            Frame.prototype.resume = null;

            /**
             * Frame resumed.
             * @member {arrow.channel.Resumed.$Properties|null|undefined} resumed
             * @memberof arrow.channel.Frame
             * @instance
             */
            Frame.prototype.resumed = null;

            /**
             * Frame volumeFile.
             * @member {arrow.channel.VolumeFile.$Properties|null|undefined} volumeFile
             * @memberof arrow.channel.Frame
             * @instance
             */
            Frame.prototype.volumeFile = null;

            /**
             * Frame volumeReady.
             * @member {arrow.channel.VolumeReady.$Properties|null|undefined} volumeReady
             * @memberof arrow.channel.Frame
             * @instance
             */
            Frame.prototype.volumeReady = null;

            /**
             * Frame volumeChange.
             * @member {arrow.channel.VolumeChange.$Properties|null|undefined} volumeChange
             * @memberof arrow.channel.Frame
             * @instance
             */
            Frame.prototype.volumeChange = null;

            /**
             * Frame volumeRescan.
             * @member {arrow.channel.VolumeRescan.$Properties|null|undefined} volumeRescan
             * @memberof arrow.channel.Frame
             * @instance
             */
            Frame.prototype.volumeRescan = null;

            /**
             * Frame networkChange.
             * @member {arrow.channel.Network.$Properties|null|undefined} networkChange
             * @memberof arrow.channel.Frame
             * @instance
             */
            Frame.prototype.networkChange = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Frame body.
             * @member {"hello"|"start"|"output"|"exited"|"stop"|"log"|"error"|"warm"|"warmed"|"resume"|"resumed"|"volumeFile"|"volumeReady"|"volumeChange"|"volumeRescan"|"networkChange"|undefined} body
             * @memberof arrow.channel.Frame
             * @instance
             */
            $Object.defineProperty(Frame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "start", "output", "exited", "stop", "log", "error", "warm", "warmed", "resume", "resumed", "volumeFile", "volumeReady", "volumeChange", "volumeRescan", "networkChange"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Frame instance using the specified properties.
             * @function create
             * @memberof arrow.channel.Frame
             * @static
             * @param {arrow.channel.Frame.$Properties=} [properties] Properties to set
             * @returns {arrow.channel.Frame} Frame instance
             * @type {{
             *   (properties: arrow.channel.Frame.$Shape): arrow.channel.Frame & arrow.channel.Frame.$Shape;
             *   (properties?: arrow.channel.Frame.$Properties): arrow.channel.Frame;
             * }}
             */
            Frame.create = function(properties) {
                return new Frame(properties);
            };

            /**
             * Encodes the specified Frame message. Does not implicitly {@link arrow.channel.Frame.verify|verify} messages.
             * @function encode
             * @memberof arrow.channel.Frame
             * @static
             * @param {arrow.channel.Frame.$Properties} m Frame message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Frame.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.seq);
                if (m.ack != null && $Object.hasOwnProperty.call(m, "ack") && (typeof m.ack === "object" ? m.ack.low || m.ack.high : m.ack !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.ack);
                if (m.hello != null && $Object.hasOwnProperty.call(m, "hello"))
                    $root.arrow.channel.Hello.encode(m.hello, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (m.start != null && $Object.hasOwnProperty.call(m, "start"))
                    $root.arrow.channel.Start.encode(m.start, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.output != null && $Object.hasOwnProperty.call(m, "output"))
                    $root.arrow.channel.Output.encode(m.output, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (m.exited != null && $Object.hasOwnProperty.call(m, "exited"))
                    $root.arrow.channel.Exited.encode(m.exited, w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (m.stop != null && $Object.hasOwnProperty.call(m, "stop"))
                    $root.arrow.channel.Stop.encode(m.stop, w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (m.log != null && $Object.hasOwnProperty.call(m, "log"))
                    $root.arrow.channel.Log.encode(m.log, w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                    $root.arrow.channel.Error.encode(m.error, w.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
                if (m.warm != null && $Object.hasOwnProperty.call(m, "warm"))
                    $root.arrow.channel.Warm.encode(m.warm, w.uint32(/* id 17, wireType 2 =*/138).fork(), q + 1).ldelim();
                if (m.warmed != null && $Object.hasOwnProperty.call(m, "warmed"))
                    $root.arrow.channel.Warmed.encode(m.warmed, w.uint32(/* id 18, wireType 2 =*/146).fork(), q + 1).ldelim();
                if (m.resume != null && $Object.hasOwnProperty.call(m, "resume"))
                    $root.arrow.channel.Resume.encode(m.resume, w.uint32(/* id 19, wireType 2 =*/154).fork(), q + 1).ldelim();
                if (m.resumed != null && $Object.hasOwnProperty.call(m, "resumed"))
                    $root.arrow.channel.Resumed.encode(m.resumed, w.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
                if (m.volumeFile != null && $Object.hasOwnProperty.call(m, "volumeFile"))
                    $root.arrow.channel.VolumeFile.encode(m.volumeFile, w.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
                if (m.volumeReady != null && $Object.hasOwnProperty.call(m, "volumeReady"))
                    $root.arrow.channel.VolumeReady.encode(m.volumeReady, w.uint32(/* id 22, wireType 2 =*/178).fork(), q + 1).ldelim();
                if (m.volumeChange != null && $Object.hasOwnProperty.call(m, "volumeChange"))
                    $root.arrow.channel.VolumeChange.encode(m.volumeChange, w.uint32(/* id 23, wireType 2 =*/186).fork(), q + 1).ldelim();
                if (m.volumeRescan != null && $Object.hasOwnProperty.call(m, "volumeRescan"))
                    $root.arrow.channel.VolumeRescan.encode(m.volumeRescan, w.uint32(/* id 24, wireType 2 =*/194).fork(), q + 1).ldelim();
                if (m.networkChange != null && $Object.hasOwnProperty.call(m, "networkChange"))
                    $root.arrow.channel.Network.encode(m.networkChange, w.uint32(/* id 25, wireType 2 =*/202).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Frame message, length delimited. Does not implicitly {@link arrow.channel.Frame.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.channel.Frame
             * @static
             * @param {arrow.channel.Frame.$Properties} message Frame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Frame.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Frame message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.channel.Frame
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.channel.Frame & arrow.channel.Frame.$Shape} Frame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Frame.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.channel.Frame();
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
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.ack = v;
                            else
                                delete m.ack;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            m.hello = $root.arrow.channel.Hello.decode(r, r.size(), $undefined, q + 1, m.hello);
                            m.body = "hello";
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.start = $root.arrow.channel.Start.decode(r, r.size(), $undefined, q + 1, m.start);
                            m.body = "start";
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.output = $root.arrow.channel.Output.decode(r, r.size(), $undefined, q + 1, m.output);
                            m.body = "output";
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            m.exited = $root.arrow.channel.Exited.decode(r, r.size(), $undefined, q + 1, m.exited);
                            m.body = "exited";
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            m.stop = $root.arrow.channel.Stop.decode(r, r.size(), $undefined, q + 1, m.stop);
                            m.body = "stop";
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.log = $root.arrow.channel.Log.decode(r, r.size(), $undefined, q + 1, m.log);
                            m.body = "log";
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            m.error = $root.arrow.channel.Error.decode(r, r.size(), $undefined, q + 1, m.error);
                            m.body = "error";
                            continue;
                        }
                    case 17: {
                            if (u !== 2)
                                break;
                            m.warm = $root.arrow.channel.Warm.decode(r, r.size(), $undefined, q + 1, m.warm);
                            m.body = "warm";
                            continue;
                        }
                    case 18: {
                            if (u !== 2)
                                break;
                            m.warmed = $root.arrow.channel.Warmed.decode(r, r.size(), $undefined, q + 1, m.warmed);
                            m.body = "warmed";
                            continue;
                        }
                    case 19: {
                            if (u !== 2)
                                break;
                            m.resume = $root.arrow.channel.Resume.decode(r, r.size(), $undefined, q + 1, m.resume);
                            m.body = "resume";
                            continue;
                        }
                    case 20: {
                            if (u !== 2)
                                break;
                            m.resumed = $root.arrow.channel.Resumed.decode(r, r.size(), $undefined, q + 1, m.resumed);
                            m.body = "resumed";
                            continue;
                        }
                    case 21: {
                            if (u !== 2)
                                break;
                            m.volumeFile = $root.arrow.channel.VolumeFile.decode(r, r.size(), $undefined, q + 1, m.volumeFile);
                            m.body = "volumeFile";
                            continue;
                        }
                    case 22: {
                            if (u !== 2)
                                break;
                            m.volumeReady = $root.arrow.channel.VolumeReady.decode(r, r.size(), $undefined, q + 1, m.volumeReady);
                            m.body = "volumeReady";
                            continue;
                        }
                    case 23: {
                            if (u !== 2)
                                break;
                            m.volumeChange = $root.arrow.channel.VolumeChange.decode(r, r.size(), $undefined, q + 1, m.volumeChange);
                            m.body = "volumeChange";
                            continue;
                        }
                    case 24: {
                            if (u !== 2)
                                break;
                            m.volumeRescan = $root.arrow.channel.VolumeRescan.decode(r, r.size(), $undefined, q + 1, m.volumeRescan);
                            m.body = "volumeRescan";
                            continue;
                        }
                    case 25: {
                            if (u !== 2)
                                break;
                            m.networkChange = $root.arrow.channel.Network.decode(r, r.size(), $undefined, q + 1, m.networkChange);
                            m.body = "networkChange";
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
             * Decodes a Frame message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.channel.Frame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.channel.Frame & arrow.channel.Frame.$Shape} Frame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Frame.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Frame message.
             * @function verify
             * @memberof arrow.channel.Frame
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Frame.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (!$util.isInteger(m.seq) && !(m.seq && $util.isInteger(m.seq.low) && $util.isInteger(m.seq.high)))
                        return "seq: integer|Long expected";
                }
                if (m.ack != null && $Object.hasOwnProperty.call(m, "ack")) {
                    if (!$util.isInteger(m.ack) && !(m.ack && $util.isInteger(m.ack.low) && $util.isInteger(m.ack.high)))
                        return "ack: integer|Long expected";
                }
                if (m.hello != null && $Object.hasOwnProperty.call(m, "hello")) {
                    p.body = 1;
                    {
                        var e = $root.arrow.channel.Hello.verify(m.hello, q + 1);
                        if (e)
                            return "hello." + e;
                    }
                }
                if (m.start != null && $Object.hasOwnProperty.call(m, "start")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.arrow.channel.Start.verify(m.start, q + 1);
                        if (e)
                            return "start." + e;
                    }
                }
                if (m.output != null && $Object.hasOwnProperty.call(m, "output")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.arrow.channel.Output.verify(m.output, q + 1);
                        if (e)
                            return "output." + e;
                    }
                }
                if (m.exited != null && $Object.hasOwnProperty.call(m, "exited")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.arrow.channel.Exited.verify(m.exited, q + 1);
                        if (e)
                            return "exited." + e;
                    }
                }
                if (m.stop != null && $Object.hasOwnProperty.call(m, "stop")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.arrow.channel.Stop.verify(m.stop, q + 1);
                        if (e)
                            return "stop." + e;
                    }
                }
                if (m.log != null && $Object.hasOwnProperty.call(m, "log")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.arrow.channel.Log.verify(m.log, q + 1);
                        if (e)
                            return "log." + e;
                    }
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.arrow.channel.Error.verify(m.error, q + 1);
                        if (e)
                            return "error." + e;
                    }
                }
                if (m.warm != null && $Object.hasOwnProperty.call(m, "warm")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.arrow.channel.Warm.verify(m.warm, q + 1);
                        if (e)
                            return "warm." + e;
                    }
                }
                if (m.warmed != null && $Object.hasOwnProperty.call(m, "warmed")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.arrow.channel.Warmed.verify(m.warmed, q + 1);
                        if (e)
                            return "warmed." + e;
                    }
                }
                if (m.resume != null && $Object.hasOwnProperty.call(m, "resume")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.arrow.channel.Resume.verify(m.resume, q + 1);
                        if (e)
                            return "resume." + e;
                    }
                }
                if (m.resumed != null && $Object.hasOwnProperty.call(m, "resumed")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.arrow.channel.Resumed.verify(m.resumed, q + 1);
                        if (e)
                            return "resumed." + e;
                    }
                }
                if (m.volumeFile != null && $Object.hasOwnProperty.call(m, "volumeFile")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.arrow.channel.VolumeFile.verify(m.volumeFile, q + 1);
                        if (e)
                            return "volumeFile." + e;
                    }
                }
                if (m.volumeReady != null && $Object.hasOwnProperty.call(m, "volumeReady")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.arrow.channel.VolumeReady.verify(m.volumeReady, q + 1);
                        if (e)
                            return "volumeReady." + e;
                    }
                }
                if (m.volumeChange != null && $Object.hasOwnProperty.call(m, "volumeChange")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.arrow.channel.VolumeChange.verify(m.volumeChange, q + 1);
                        if (e)
                            return "volumeChange." + e;
                    }
                }
                if (m.volumeRescan != null && $Object.hasOwnProperty.call(m, "volumeRescan")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.arrow.channel.VolumeRescan.verify(m.volumeRescan, q + 1);
                        if (e)
                            return "volumeRescan." + e;
                    }
                }
                if (m.networkChange != null && $Object.hasOwnProperty.call(m, "networkChange")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.arrow.channel.Network.verify(m.networkChange, q + 1);
                        if (e)
                            return "networkChange." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a Frame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.channel.Frame
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.channel.Frame} Frame
             */
            Frame.fromObject = function (d, q) {
                if (d instanceof $root.arrow.channel.Frame)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.channel.Frame: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.channel.Frame();
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
                if (d.ack != null) {
                    if (typeof d.ack === "object" ? d.ack.low || d.ack.high : $Number(d.ack) !== 0) {
                        if ($util.Long)
                            m.ack = $util.Long.fromValue(d.ack, true);
                        else if (typeof d.ack === "string")
                            m.ack = $parseInt(d.ack, 10);
                        else if (typeof d.ack === "number")
                            m.ack = d.ack;
                        else if (typeof d.ack === "object")
                            m.ack = new $util.LongBits(d.ack.low >>> 0, d.ack.high >>> 0).toNumber(true);
                    }
                }
                if (d.hello != null) {
                    if (!$util.isObject(d.hello))
                        throw $TypeError(".arrow.channel.Frame.hello: object expected");
                    m.hello = $root.arrow.channel.Hello.fromObject(d.hello, q + 1);
                }
                if (d.start != null) {
                    if (!$util.isObject(d.start))
                        throw $TypeError(".arrow.channel.Frame.start: object expected");
                    m.start = $root.arrow.channel.Start.fromObject(d.start, q + 1);
                }
                if (d.output != null) {
                    if (!$util.isObject(d.output))
                        throw $TypeError(".arrow.channel.Frame.output: object expected");
                    m.output = $root.arrow.channel.Output.fromObject(d.output, q + 1);
                }
                if (d.exited != null) {
                    if (!$util.isObject(d.exited))
                        throw $TypeError(".arrow.channel.Frame.exited: object expected");
                    m.exited = $root.arrow.channel.Exited.fromObject(d.exited, q + 1);
                }
                if (d.stop != null) {
                    if (!$util.isObject(d.stop))
                        throw $TypeError(".arrow.channel.Frame.stop: object expected");
                    m.stop = $root.arrow.channel.Stop.fromObject(d.stop, q + 1);
                }
                if (d.log != null) {
                    if (!$util.isObject(d.log))
                        throw $TypeError(".arrow.channel.Frame.log: object expected");
                    m.log = $root.arrow.channel.Log.fromObject(d.log, q + 1);
                }
                if (d.error != null) {
                    if (!$util.isObject(d.error))
                        throw $TypeError(".arrow.channel.Frame.error: object expected");
                    m.error = $root.arrow.channel.Error.fromObject(d.error, q + 1);
                }
                if (d.warm != null) {
                    if (!$util.isObject(d.warm))
                        throw $TypeError(".arrow.channel.Frame.warm: object expected");
                    m.warm = $root.arrow.channel.Warm.fromObject(d.warm, q + 1);
                }
                if (d.warmed != null) {
                    if (!$util.isObject(d.warmed))
                        throw $TypeError(".arrow.channel.Frame.warmed: object expected");
                    m.warmed = $root.arrow.channel.Warmed.fromObject(d.warmed, q + 1);
                }
                if (d.resume != null) {
                    if (!$util.isObject(d.resume))
                        throw $TypeError(".arrow.channel.Frame.resume: object expected");
                    m.resume = $root.arrow.channel.Resume.fromObject(d.resume, q + 1);
                }
                if (d.resumed != null) {
                    if (!$util.isObject(d.resumed))
                        throw $TypeError(".arrow.channel.Frame.resumed: object expected");
                    m.resumed = $root.arrow.channel.Resumed.fromObject(d.resumed, q + 1);
                }
                if (d.volumeFile != null) {
                    if (!$util.isObject(d.volumeFile))
                        throw $TypeError(".arrow.channel.Frame.volumeFile: object expected");
                    m.volumeFile = $root.arrow.channel.VolumeFile.fromObject(d.volumeFile, q + 1);
                }
                if (d.volumeReady != null) {
                    if (!$util.isObject(d.volumeReady))
                        throw $TypeError(".arrow.channel.Frame.volumeReady: object expected");
                    m.volumeReady = $root.arrow.channel.VolumeReady.fromObject(d.volumeReady, q + 1);
                }
                if (d.volumeChange != null) {
                    if (!$util.isObject(d.volumeChange))
                        throw $TypeError(".arrow.channel.Frame.volumeChange: object expected");
                    m.volumeChange = $root.arrow.channel.VolumeChange.fromObject(d.volumeChange, q + 1);
                }
                if (d.volumeRescan != null) {
                    if (!$util.isObject(d.volumeRescan))
                        throw $TypeError(".arrow.channel.Frame.volumeRescan: object expected");
                    m.volumeRescan = $root.arrow.channel.VolumeRescan.fromObject(d.volumeRescan, q + 1);
                }
                if (d.networkChange != null) {
                    if (!$util.isObject(d.networkChange))
                        throw $TypeError(".arrow.channel.Frame.networkChange: object expected");
                    m.networkChange = $root.arrow.channel.Network.fromObject(d.networkChange, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Frame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.channel.Frame
             * @static
             * @param {arrow.channel.Frame} m Frame
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Frame.toObject = function (m, o, q) {
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
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.ack = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.ack = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.seq = typeof m.seq === "number" ? $BigInt(m.seq) : $util.Long.fromBits(m.seq.low >>> 0, m.seq.high >>> 0, true).toBigInt();
                    else if (typeof m.seq === "number")
                        d.seq = o.longs === $String ? $String(m.seq) : m.seq;
                    else
                        d.seq = o.longs === $String ? $util.Long.prototype.toString.call(m.seq) : o.longs === $Number ? new $util.LongBits(m.seq.low >>> 0, m.seq.high >>> 0).toNumber(true) : m.seq;
                }
                if (m.ack != null && $Object.hasOwnProperty.call(m, "ack")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.ack = typeof m.ack === "number" ? $BigInt(m.ack) : $util.Long.fromBits(m.ack.low >>> 0, m.ack.high >>> 0, true).toBigInt();
                    else if (typeof m.ack === "number")
                        d.ack = o.longs === $String ? $String(m.ack) : m.ack;
                    else
                        d.ack = o.longs === $String ? $util.Long.prototype.toString.call(m.ack) : o.longs === $Number ? new $util.LongBits(m.ack.low >>> 0, m.ack.high >>> 0).toNumber(true) : m.ack;
                }
                if (m.hello != null && $Object.hasOwnProperty.call(m, "hello")) {
                    d.hello = $root.arrow.channel.Hello.toObject(m.hello, o, q + 1);
                    if (o.oneofs)
                        d.body = "hello";
                }
                if (m.start != null && $Object.hasOwnProperty.call(m, "start")) {
                    d.start = $root.arrow.channel.Start.toObject(m.start, o, q + 1);
                    if (o.oneofs)
                        d.body = "start";
                }
                if (m.output != null && $Object.hasOwnProperty.call(m, "output")) {
                    d.output = $root.arrow.channel.Output.toObject(m.output, o, q + 1);
                    if (o.oneofs)
                        d.body = "output";
                }
                if (m.exited != null && $Object.hasOwnProperty.call(m, "exited")) {
                    d.exited = $root.arrow.channel.Exited.toObject(m.exited, o, q + 1);
                    if (o.oneofs)
                        d.body = "exited";
                }
                if (m.stop != null && $Object.hasOwnProperty.call(m, "stop")) {
                    d.stop = $root.arrow.channel.Stop.toObject(m.stop, o, q + 1);
                    if (o.oneofs)
                        d.body = "stop";
                }
                if (m.log != null && $Object.hasOwnProperty.call(m, "log")) {
                    d.log = $root.arrow.channel.Log.toObject(m.log, o, q + 1);
                    if (o.oneofs)
                        d.body = "log";
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = $root.arrow.channel.Error.toObject(m.error, o, q + 1);
                    if (o.oneofs)
                        d.body = "error";
                }
                if (m.warm != null && $Object.hasOwnProperty.call(m, "warm")) {
                    d.warm = $root.arrow.channel.Warm.toObject(m.warm, o, q + 1);
                    if (o.oneofs)
                        d.body = "warm";
                }
                if (m.warmed != null && $Object.hasOwnProperty.call(m, "warmed")) {
                    d.warmed = $root.arrow.channel.Warmed.toObject(m.warmed, o, q + 1);
                    if (o.oneofs)
                        d.body = "warmed";
                }
                if (m.resume != null && $Object.hasOwnProperty.call(m, "resume")) {
                    d.resume = $root.arrow.channel.Resume.toObject(m.resume, o, q + 1);
                    if (o.oneofs)
                        d.body = "resume";
                }
                if (m.resumed != null && $Object.hasOwnProperty.call(m, "resumed")) {
                    d.resumed = $root.arrow.channel.Resumed.toObject(m.resumed, o, q + 1);
                    if (o.oneofs)
                        d.body = "resumed";
                }
                if (m.volumeFile != null && $Object.hasOwnProperty.call(m, "volumeFile")) {
                    d.volumeFile = $root.arrow.channel.VolumeFile.toObject(m.volumeFile, o, q + 1);
                    if (o.oneofs)
                        d.body = "volumeFile";
                }
                if (m.volumeReady != null && $Object.hasOwnProperty.call(m, "volumeReady")) {
                    d.volumeReady = $root.arrow.channel.VolumeReady.toObject(m.volumeReady, o, q + 1);
                    if (o.oneofs)
                        d.body = "volumeReady";
                }
                if (m.volumeChange != null && $Object.hasOwnProperty.call(m, "volumeChange")) {
                    d.volumeChange = $root.arrow.channel.VolumeChange.toObject(m.volumeChange, o, q + 1);
                    if (o.oneofs)
                        d.body = "volumeChange";
                }
                if (m.volumeRescan != null && $Object.hasOwnProperty.call(m, "volumeRescan")) {
                    d.volumeRescan = $root.arrow.channel.VolumeRescan.toObject(m.volumeRescan, o, q + 1);
                    if (o.oneofs)
                        d.body = "volumeRescan";
                }
                if (m.networkChange != null && $Object.hasOwnProperty.call(m, "networkChange")) {
                    d.networkChange = $root.arrow.channel.Network.toObject(m.networkChange, o, q + 1);
                    if (o.oneofs)
                        d.body = "networkChange";
                }
                return d;
            };

            /**
             * Converts this Frame to JSON.
             * @function toJSON
             * @memberof arrow.channel.Frame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Frame.prototype.toJSON = function() {
                return Frame.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Frame
             * @function getTypeUrl
             * @memberof arrow.channel.Frame
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Frame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.channel.Frame";
            };

            return Frame;
        })();

        channel.Hello = (function() {

            /**
             * Properties of a Hello.
             * @typedef {Object} arrow.channel.Hello.$Properties
             * @property {string|null} [ainitVersion] Hello ainitVersion
             * @property {number|null} [bootMs] Hello bootMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hello.
             * @memberof arrow.channel
             * @interface IHello
             * @augments arrow.channel.Hello.$Properties
             * @deprecated Use arrow.channel.Hello.$Properties instead.
             */

            /**
             * Shape of a Hello.
             * @typedef {arrow.channel.Hello.$Properties} arrow.channel.Hello.$Shape
             */

            /**
             * Constructs a new Hello.
             * @memberof arrow.channel
             * @classdesc Represents a Hello.
             * @constructor
             * @param {arrow.channel.Hello.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Hello = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Hello ainitVersion.
             * @member {string} ainitVersion
             * @memberof arrow.channel.Hello
             * @instance
             */
            Hello.prototype.ainitVersion = "";

            /**
             * Hello bootMs.
             * @member {number} bootMs
             * @memberof arrow.channel.Hello
             * @instance
             */
            Hello.prototype.bootMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Hello instance using the specified properties.
             * @function create
             * @memberof arrow.channel.Hello
             * @static
             * @param {arrow.channel.Hello.$Properties=} [properties] Properties to set
             * @returns {arrow.channel.Hello} Hello instance
             * @type {{
             *   (properties: arrow.channel.Hello.$Shape): arrow.channel.Hello & arrow.channel.Hello.$Shape;
             *   (properties?: arrow.channel.Hello.$Properties): arrow.channel.Hello;
             * }}
             */
            Hello.create = function(properties) {
                return new Hello(properties);
            };

            /**
             * Encodes the specified Hello message. Does not implicitly {@link arrow.channel.Hello.verify|verify} messages.
             * @function encode
             * @memberof arrow.channel.Hello
             * @static
             * @param {arrow.channel.Hello.$Properties} m Hello message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ainitVersion != null && $Object.hasOwnProperty.call(m, "ainitVersion") && m.ainitVersion !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.ainitVersion);
                if (m.bootMs != null && $Object.hasOwnProperty.call(m, "bootMs") && (typeof m.bootMs === "object" ? m.bootMs.low || m.bootMs.high : m.bootMs !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.bootMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Hello message, length delimited. Does not implicitly {@link arrow.channel.Hello.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.channel.Hello
             * @static
             * @param {arrow.channel.Hello.$Properties} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.channel.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.channel.Hello & arrow.channel.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.channel.Hello();
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
                                m.ainitVersion = v;
                            else
                                delete m.ainitVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.bootMs = v;
                            else
                                delete m.bootMs;
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
             * Decodes a Hello message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.channel.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.channel.Hello & arrow.channel.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Hello message.
             * @function verify
             * @memberof arrow.channel.Hello
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Hello.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.ainitVersion != null && $Object.hasOwnProperty.call(m, "ainitVersion")) {
                    if (!$util.isString(m.ainitVersion))
                        return "ainitVersion: string expected";
                }
                if (m.bootMs != null && $Object.hasOwnProperty.call(m, "bootMs")) {
                    if (!$util.isInteger(m.bootMs) && !(m.bootMs && $util.isInteger(m.bootMs.low) && $util.isInteger(m.bootMs.high)))
                        return "bootMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.channel.Hello
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.channel.Hello} Hello
             */
            Hello.fromObject = function (d, q) {
                if (d instanceof $root.arrow.channel.Hello)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.channel.Hello: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.channel.Hello();
                if (d.ainitVersion != null) {
                    if (typeof d.ainitVersion !== "string" || d.ainitVersion.length) {
                        m.ainitVersion = $String(d.ainitVersion);
                    }
                }
                if (d.bootMs != null) {
                    if (typeof d.bootMs === "object" ? d.bootMs.low || d.bootMs.high : $Number(d.bootMs) !== 0) {
                        if ($util.Long)
                            m.bootMs = $util.Long.fromValue(d.bootMs, true);
                        else if (typeof d.bootMs === "string")
                            m.bootMs = $parseInt(d.bootMs, 10);
                        else if (typeof d.bootMs === "number")
                            m.bootMs = d.bootMs;
                        else if (typeof d.bootMs === "object")
                            m.bootMs = new $util.LongBits(d.bootMs.low >>> 0, d.bootMs.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.channel.Hello
             * @static
             * @param {arrow.channel.Hello} m Hello
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Hello.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.ainitVersion = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.bootMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.bootMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.ainitVersion != null && $Object.hasOwnProperty.call(m, "ainitVersion")) {
                    d.ainitVersion = m.ainitVersion;
                }
                if (m.bootMs != null && $Object.hasOwnProperty.call(m, "bootMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.bootMs = typeof m.bootMs === "number" ? $BigInt(m.bootMs) : $util.Long.fromBits(m.bootMs.low >>> 0, m.bootMs.high >>> 0, true).toBigInt();
                    else if (typeof m.bootMs === "number")
                        d.bootMs = o.longs === $String ? $String(m.bootMs) : m.bootMs;
                    else
                        d.bootMs = o.longs === $String ? $util.Long.prototype.toString.call(m.bootMs) : o.longs === $Number ? new $util.LongBits(m.bootMs.low >>> 0, m.bootMs.high >>> 0).toNumber(true) : m.bootMs;
                }
                return d;
            };

            /**
             * Converts this Hello to JSON.
             * @function toJSON
             * @memberof arrow.channel.Hello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Hello.prototype.toJSON = function() {
                return Hello.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Hello
             * @function getTypeUrl
             * @memberof arrow.channel.Hello
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Hello.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.channel.Hello";
            };

            return Hello;
        })();

        channel.File = (function() {

            /**
             * Properties of a File.
             * @typedef {Object} arrow.channel.File.$Properties
             * @property {string|null} [path] File path
             * @property {Uint8Array|null} [content] File content
             * @property {number|null} [mode] File mode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a File.
             * @memberof arrow.channel
             * @interface IFile
             * @augments arrow.channel.File.$Properties
             * @deprecated Use arrow.channel.File.$Properties instead.
             */

            /**
             * Shape of a File.
             * @typedef {arrow.channel.File.$Properties} arrow.channel.File.$Shape
             */

            /**
             * Constructs a new File.
             * @memberof arrow.channel
             * @classdesc Represents a File.
             * @constructor
             * @param {arrow.channel.File.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const File = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * File path.
             * @member {string} path
             * @memberof arrow.channel.File
             * @instance
             */
            File.prototype.path = "";

            /**
             * File content.
             * @member {Uint8Array} content
             * @memberof arrow.channel.File
             * @instance
             */
            File.prototype.content = $util.newBuffer([]);

            /**
             * File mode.
             * @member {number} mode
             * @memberof arrow.channel.File
             * @instance
             */
            File.prototype.mode = 0;

            /**
             * Creates a new File instance using the specified properties.
             * @function create
             * @memberof arrow.channel.File
             * @static
             * @param {arrow.channel.File.$Properties=} [properties] Properties to set
             * @returns {arrow.channel.File} File instance
             * @type {{
             *   (properties: arrow.channel.File.$Shape): arrow.channel.File & arrow.channel.File.$Shape;
             *   (properties?: arrow.channel.File.$Properties): arrow.channel.File;
             * }}
             */
            File.create = function(properties) {
                return new File(properties);
            };

            /**
             * Encodes the specified File message. Does not implicitly {@link arrow.channel.File.verify|verify} messages.
             * @function encode
             * @memberof arrow.channel.File
             * @static
             * @param {arrow.channel.File.$Properties} m File message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            File.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.path != null && $Object.hasOwnProperty.call(m, "path") && m.path !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.path);
                if (m.content != null && $Object.hasOwnProperty.call(m, "content") && m.content.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.content);
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode") && m.mode !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.mode);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified File message, length delimited. Does not implicitly {@link arrow.channel.File.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.channel.File
             * @static
             * @param {arrow.channel.File.$Properties} message File message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            File.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a File message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.channel.File
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.channel.File & arrow.channel.File.$Shape} File
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            File.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.channel.File();
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
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.content = v;
                            else
                                delete m.content;
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
             * Decodes a File message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.channel.File
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.channel.File & arrow.channel.File.$Shape} File
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            File.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a File message.
             * @function verify
             * @memberof arrow.channel.File
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            File.verify = function (m, q) {
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
                if (m.content != null && $Object.hasOwnProperty.call(m, "content")) {
                    if (!(m.content && typeof m.content.length === "number" || $util.isString(m.content)))
                        return "content: buffer expected";
                }
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode")) {
                    if (!$util.isInteger(m.mode))
                        return "mode: integer expected";
                }
                return null;
            };

            /**
             * Creates a File message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.channel.File
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.channel.File} File
             */
            File.fromObject = function (d, q) {
                if (d instanceof $root.arrow.channel.File)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.channel.File: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.channel.File();
                if (d.path != null) {
                    if (typeof d.path !== "string" || d.path.length) {
                        m.path = $String(d.path);
                    }
                }
                if (d.content != null) {
                    if (d.content.length) {
                        if (typeof d.content === "string")
                            $util.base64.decode(d.content, m.content = $util.newBuffer($util.base64.length(d.content)), 0);
                        else if (d.content.length >= 0)
                            m.content = d.content;
                    }
                }
                if (d.mode != null) {
                    if ($Number(d.mode) !== 0) {
                        m.mode = d.mode >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a File message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.channel.File
             * @static
             * @param {arrow.channel.File} m File
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            File.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.path = "";
                    if (o.bytes === $String)
                        d.content = "";
                    else {
                        d.content = [];
                        if (o.bytes !== $Array)
                            d.content = $util.newBuffer(d.content);
                    }
                    d.mode = 0;
                }
                if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                    d.path = m.path;
                }
                if (m.content != null && $Object.hasOwnProperty.call(m, "content")) {
                    d.content = o.bytes === $String ? $util.base64.encode(m.content, 0, m.content.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.content) : m.content;
                }
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode")) {
                    d.mode = m.mode;
                }
                return d;
            };

            /**
             * Converts this File to JSON.
             * @function toJSON
             * @memberof arrow.channel.File
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            File.prototype.toJSON = function() {
                return File.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for File
             * @function getTypeUrl
             * @memberof arrow.channel.File
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            File.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.channel.File";
            };

            return File;
        })();

        channel.Start = (function() {

            /**
             * Properties of a Start.
             * @typedef {Object} arrow.channel.Start.$Properties
             * @property {Array.<string>|null} [argv] Start argv
             * @property {Array.<string>|null} [env] Start env
             * @property {Array.<arrow.channel.File.$Properties>|null} [files] Start files
             * @property {string|null} [cwd] Start cwd
             * @property {number|null} [clockUnixUs] Start clockUnixUs
             * @property {Uint8Array|null} [rngSeed] Start rngSeed
             * @property {Uint8Array|null} [macAddress] Start macAddress
             * @property {arrow.channel.Network.$Properties|null} [network] Start network
             * @property {arrow.channel.Volume.$Properties|null} [volume] Start volume
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Start.
             * @memberof arrow.channel
             * @interface IStart
             * @augments arrow.channel.Start.$Properties
             * @deprecated Use arrow.channel.Start.$Properties instead.
             */

            /**
             * Shape of a Start.
             * @typedef {arrow.channel.Start.$Properties} arrow.channel.Start.$Shape
             */

            /**
             * Constructs a new Start.
             * @memberof arrow.channel
             * @classdesc Represents a Start.
             * @constructor
             * @param {arrow.channel.Start.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Start = function (p) {
                this.argv = [];
                this.env = [];
                this.files = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Start argv.
             * @member {Array.<string>} argv
             * @memberof arrow.channel.Start
             * @instance
             */
            Start.prototype.argv = $util.emptyArray;

            /**
             * Start env.
             * @member {Array.<string>} env
             * @memberof arrow.channel.Start
             * @instance
             */
            Start.prototype.env = $util.emptyArray;

            /**
             * Start files.
             * @member {Array.<arrow.channel.File.$Properties>} files
             * @memberof arrow.channel.Start
             * @instance
             */
            Start.prototype.files = $util.emptyArray;

            /**
             * Start cwd.
             * @member {string} cwd
             * @memberof arrow.channel.Start
             * @instance
             */
            Start.prototype.cwd = "";

            /**
             * Start clockUnixUs.
             * @member {number} clockUnixUs
             * @memberof arrow.channel.Start
             * @instance
             */
            Start.prototype.clockUnixUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Start rngSeed.
             * @member {Uint8Array} rngSeed
             * @memberof arrow.channel.Start
             * @instance
             */
            Start.prototype.rngSeed = $util.newBuffer([]);

            /**
             * Start macAddress.
             * @member {Uint8Array} macAddress
             * @memberof arrow.channel.Start
             * @instance
             */
            Start.prototype.macAddress = $util.newBuffer([]);

            /**
             * Start network.
             * @member {arrow.channel.Network.$Properties|null|undefined} network
             * @memberof arrow.channel.Start
             * @instance
             */
            Start.prototype.network = null;

            /**
             * Start volume.
             * @member {arrow.channel.Volume.$Properties|null|undefined} volume
             * @memberof arrow.channel.Start
             * @instance
             */
            Start.prototype.volume = null;

            /**
             * Creates a new Start instance using the specified properties.
             * @function create
             * @memberof arrow.channel.Start
             * @static
             * @param {arrow.channel.Start.$Properties=} [properties] Properties to set
             * @returns {arrow.channel.Start} Start instance
             * @type {{
             *   (properties: arrow.channel.Start.$Shape): arrow.channel.Start & arrow.channel.Start.$Shape;
             *   (properties?: arrow.channel.Start.$Properties): arrow.channel.Start;
             * }}
             */
            Start.create = function(properties) {
                return new Start(properties);
            };

            /**
             * Encodes the specified Start message. Does not implicitly {@link arrow.channel.Start.verify|verify} messages.
             * @function encode
             * @memberof arrow.channel.Start
             * @static
             * @param {arrow.channel.Start.$Properties} m Start message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Start.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.argv != null && m.argv.length) {
                    for (var i = 0; i < m.argv.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.argv[i]);
                }
                if (m.env != null && m.env.length) {
                    for (var i = 0; i < m.env.length; ++i)
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.env[i]);
                }
                if (m.files != null && m.files.length) {
                    for (var i = 0; i < m.files.length; ++i)
                        $root.arrow.channel.File.encode(m.files[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.cwd != null && $Object.hasOwnProperty.call(m, "cwd") && m.cwd !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.cwd);
                if (m.clockUnixUs != null && $Object.hasOwnProperty.call(m, "clockUnixUs") && (typeof m.clockUnixUs === "object" ? m.clockUnixUs.low || m.clockUnixUs.high : m.clockUnixUs !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).uint64(m.clockUnixUs);
                if (m.rngSeed != null && $Object.hasOwnProperty.call(m, "rngSeed") && m.rngSeed.length)
                    w.uint32(/* id 6, wireType 2 =*/50).bytes(m.rngSeed);
                if (m.macAddress != null && $Object.hasOwnProperty.call(m, "macAddress") && m.macAddress.length)
                    w.uint32(/* id 7, wireType 2 =*/58).bytes(m.macAddress);
                if (m.network != null && $Object.hasOwnProperty.call(m, "network"))
                    $root.arrow.channel.Network.encode(m.network, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (m.volume != null && $Object.hasOwnProperty.call(m, "volume"))
                    $root.arrow.channel.Volume.encode(m.volume, w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Start message, length delimited. Does not implicitly {@link arrow.channel.Start.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.channel.Start
             * @static
             * @param {arrow.channel.Start.$Properties} message Start message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Start.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Start message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.channel.Start
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.channel.Start & arrow.channel.Start.$Shape} Start
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Start.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.channel.Start();
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
                            if (!(m.argv && m.argv.length))
                                m.argv = [];
                            m.argv.push(r.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.env && m.env.length))
                                m.env = [];
                            m.env.push(r.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.files && m.files.length))
                                m.files = [];
                            m.files.push($root.arrow.channel.File.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.cwd = v;
                            else
                                delete m.cwd;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.clockUnixUs = v;
                            else
                                delete m.clockUnixUs;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.rngSeed = v;
                            else
                                delete m.rngSeed;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.macAddress = v;
                            else
                                delete m.macAddress;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.network = $root.arrow.channel.Network.decode(r, r.size(), $undefined, q + 1, m.network);
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            m.volume = $root.arrow.channel.Volume.decode(r, r.size(), $undefined, q + 1, m.volume);
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
             * Decodes a Start message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.channel.Start
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.channel.Start & arrow.channel.Start.$Shape} Start
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Start.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Start message.
             * @function verify
             * @memberof arrow.channel.Start
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Start.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.argv != null && $Object.hasOwnProperty.call(m, "argv")) {
                    if (!$Array.isArray(m.argv))
                        return "argv: array expected";
                    for (var i = 0; i < m.argv.length; ++i) {
                        if (!$util.isString(m.argv[i]))
                            return "argv: string[] expected";
                    }
                }
                if (m.env != null && $Object.hasOwnProperty.call(m, "env")) {
                    if (!$Array.isArray(m.env))
                        return "env: array expected";
                    for (var i = 0; i < m.env.length; ++i) {
                        if (!$util.isString(m.env[i]))
                            return "env: string[] expected";
                    }
                }
                if (m.files != null && $Object.hasOwnProperty.call(m, "files")) {
                    if (!$Array.isArray(m.files))
                        return "files: array expected";
                    for (var i = 0; i < m.files.length; ++i) {
                        {
                            var e = $root.arrow.channel.File.verify(m.files[i], q + 1);
                            if (e)
                                return "files." + e;
                        }
                    }
                }
                if (m.cwd != null && $Object.hasOwnProperty.call(m, "cwd")) {
                    if (!$util.isString(m.cwd))
                        return "cwd: string expected";
                }
                if (m.clockUnixUs != null && $Object.hasOwnProperty.call(m, "clockUnixUs")) {
                    if (!$util.isInteger(m.clockUnixUs) && !(m.clockUnixUs && $util.isInteger(m.clockUnixUs.low) && $util.isInteger(m.clockUnixUs.high)))
                        return "clockUnixUs: integer|Long expected";
                }
                if (m.rngSeed != null && $Object.hasOwnProperty.call(m, "rngSeed")) {
                    if (!(m.rngSeed && typeof m.rngSeed.length === "number" || $util.isString(m.rngSeed)))
                        return "rngSeed: buffer expected";
                }
                if (m.macAddress != null && $Object.hasOwnProperty.call(m, "macAddress")) {
                    if (!(m.macAddress && typeof m.macAddress.length === "number" || $util.isString(m.macAddress)))
                        return "macAddress: buffer expected";
                }
                if (m.network != null && $Object.hasOwnProperty.call(m, "network")) {
                    {
                        var e = $root.arrow.channel.Network.verify(m.network, q + 1);
                        if (e)
                            return "network." + e;
                    }
                }
                if (m.volume != null && $Object.hasOwnProperty.call(m, "volume")) {
                    {
                        var e = $root.arrow.channel.Volume.verify(m.volume, q + 1);
                        if (e)
                            return "volume." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a Start message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.channel.Start
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.channel.Start} Start
             */
            Start.fromObject = function (d, q) {
                if (d instanceof $root.arrow.channel.Start)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.channel.Start: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.channel.Start();
                if (d.argv) {
                    if (!$Array.isArray(d.argv))
                        throw $TypeError(".arrow.channel.Start.argv: array expected");
                    m.argv = $Array(d.argv.length);
                    for (var i = 0; i < d.argv.length; ++i) {
                        m.argv[i] = $String(d.argv[i]);
                    }
                }
                if (d.env) {
                    if (!$Array.isArray(d.env))
                        throw $TypeError(".arrow.channel.Start.env: array expected");
                    m.env = $Array(d.env.length);
                    for (var i = 0; i < d.env.length; ++i) {
                        m.env[i] = $String(d.env[i]);
                    }
                }
                if (d.files) {
                    if (!$Array.isArray(d.files))
                        throw $TypeError(".arrow.channel.Start.files: array expected");
                    m.files = $Array(d.files.length);
                    for (var i = 0; i < d.files.length; ++i) {
                        if (!$util.isObject(d.files[i]))
                            throw $TypeError(".arrow.channel.Start.files: object expected");
                        m.files[i] = $root.arrow.channel.File.fromObject(d.files[i], q + 1);
                    }
                }
                if (d.cwd != null) {
                    if (typeof d.cwd !== "string" || d.cwd.length) {
                        m.cwd = $String(d.cwd);
                    }
                }
                if (d.clockUnixUs != null) {
                    if (typeof d.clockUnixUs === "object" ? d.clockUnixUs.low || d.clockUnixUs.high : $Number(d.clockUnixUs) !== 0) {
                        if ($util.Long)
                            m.clockUnixUs = $util.Long.fromValue(d.clockUnixUs, true);
                        else if (typeof d.clockUnixUs === "string")
                            m.clockUnixUs = $parseInt(d.clockUnixUs, 10);
                        else if (typeof d.clockUnixUs === "number")
                            m.clockUnixUs = d.clockUnixUs;
                        else if (typeof d.clockUnixUs === "object")
                            m.clockUnixUs = new $util.LongBits(d.clockUnixUs.low >>> 0, d.clockUnixUs.high >>> 0).toNumber(true);
                    }
                }
                if (d.rngSeed != null) {
                    if (d.rngSeed.length) {
                        if (typeof d.rngSeed === "string")
                            $util.base64.decode(d.rngSeed, m.rngSeed = $util.newBuffer($util.base64.length(d.rngSeed)), 0);
                        else if (d.rngSeed.length >= 0)
                            m.rngSeed = d.rngSeed;
                    }
                }
                if (d.macAddress != null) {
                    if (d.macAddress.length) {
                        if (typeof d.macAddress === "string")
                            $util.base64.decode(d.macAddress, m.macAddress = $util.newBuffer($util.base64.length(d.macAddress)), 0);
                        else if (d.macAddress.length >= 0)
                            m.macAddress = d.macAddress;
                    }
                }
                if (d.network != null) {
                    if (!$util.isObject(d.network))
                        throw $TypeError(".arrow.channel.Start.network: object expected");
                    m.network = $root.arrow.channel.Network.fromObject(d.network, q + 1);
                }
                if (d.volume != null) {
                    if (!$util.isObject(d.volume))
                        throw $TypeError(".arrow.channel.Start.volume: object expected");
                    m.volume = $root.arrow.channel.Volume.fromObject(d.volume, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Start message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.channel.Start
             * @static
             * @param {arrow.channel.Start} m Start
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Start.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.argv = [];
                    d.env = [];
                    d.files = [];
                }
                if (o.defaults) {
                    d.cwd = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.clockUnixUs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.clockUnixUs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if (o.bytes === $String)
                        d.rngSeed = "";
                    else {
                        d.rngSeed = [];
                        if (o.bytes !== $Array)
                            d.rngSeed = $util.newBuffer(d.rngSeed);
                    }
                    if (o.bytes === $String)
                        d.macAddress = "";
                    else {
                        d.macAddress = [];
                        if (o.bytes !== $Array)
                            d.macAddress = $util.newBuffer(d.macAddress);
                    }
                    d.network = null;
                    d.volume = null;
                }
                if (m.argv && m.argv.length) {
                    d.argv = $Array(m.argv.length);
                    for (var j = 0; j < m.argv.length; ++j) {
                        d.argv[j] = m.argv[j];
                    }
                }
                if (m.env && m.env.length) {
                    d.env = $Array(m.env.length);
                    for (var j = 0; j < m.env.length; ++j) {
                        d.env[j] = m.env[j];
                    }
                }
                if (m.files && m.files.length) {
                    d.files = $Array(m.files.length);
                    for (var j = 0; j < m.files.length; ++j) {
                        d.files[j] = $root.arrow.channel.File.toObject(m.files[j], o, q + 1);
                    }
                }
                if (m.cwd != null && $Object.hasOwnProperty.call(m, "cwd")) {
                    d.cwd = m.cwd;
                }
                if (m.clockUnixUs != null && $Object.hasOwnProperty.call(m, "clockUnixUs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.clockUnixUs = typeof m.clockUnixUs === "number" ? $BigInt(m.clockUnixUs) : $util.Long.fromBits(m.clockUnixUs.low >>> 0, m.clockUnixUs.high >>> 0, true).toBigInt();
                    else if (typeof m.clockUnixUs === "number")
                        d.clockUnixUs = o.longs === $String ? $String(m.clockUnixUs) : m.clockUnixUs;
                    else
                        d.clockUnixUs = o.longs === $String ? $util.Long.prototype.toString.call(m.clockUnixUs) : o.longs === $Number ? new $util.LongBits(m.clockUnixUs.low >>> 0, m.clockUnixUs.high >>> 0).toNumber(true) : m.clockUnixUs;
                }
                if (m.rngSeed != null && $Object.hasOwnProperty.call(m, "rngSeed")) {
                    d.rngSeed = o.bytes === $String ? $util.base64.encode(m.rngSeed, 0, m.rngSeed.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.rngSeed) : m.rngSeed;
                }
                if (m.macAddress != null && $Object.hasOwnProperty.call(m, "macAddress")) {
                    d.macAddress = o.bytes === $String ? $util.base64.encode(m.macAddress, 0, m.macAddress.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.macAddress) : m.macAddress;
                }
                if (m.network != null && $Object.hasOwnProperty.call(m, "network")) {
                    d.network = $root.arrow.channel.Network.toObject(m.network, o, q + 1);
                }
                if (m.volume != null && $Object.hasOwnProperty.call(m, "volume")) {
                    d.volume = $root.arrow.channel.Volume.toObject(m.volume, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this Start to JSON.
             * @function toJSON
             * @memberof arrow.channel.Start
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Start.prototype.toJSON = function() {
                return Start.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Start
             * @function getTypeUrl
             * @memberof arrow.channel.Start
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Start.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.channel.Start";
            };

            return Start;
        })();

        channel.Volume = (function() {

            /**
             * Properties of a Volume.
             * @typedef {Object} arrow.channel.Volume.$Properties
             * @property {string|null} [path] Volume path
             * @property {number|null} [sizeLimit] Volume sizeLimit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Volume.
             * @memberof arrow.channel
             * @interface IVolume
             * @augments arrow.channel.Volume.$Properties
             * @deprecated Use arrow.channel.Volume.$Properties instead.
             */

            /**
             * Shape of a Volume.
             * @typedef {arrow.channel.Volume.$Properties} arrow.channel.Volume.$Shape
             */

            /**
             * Constructs a new Volume.
             * @memberof arrow.channel
             * @classdesc Represents a Volume.
             * @constructor
             * @param {arrow.channel.Volume.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Volume = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Volume path.
             * @member {string} path
             * @memberof arrow.channel.Volume
             * @instance
             */
            Volume.prototype.path = "";

            /**
             * Volume sizeLimit.
             * @member {number} sizeLimit
             * @memberof arrow.channel.Volume
             * @instance
             */
            Volume.prototype.sizeLimit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Volume instance using the specified properties.
             * @function create
             * @memberof arrow.channel.Volume
             * @static
             * @param {arrow.channel.Volume.$Properties=} [properties] Properties to set
             * @returns {arrow.channel.Volume} Volume instance
             * @type {{
             *   (properties: arrow.channel.Volume.$Shape): arrow.channel.Volume & arrow.channel.Volume.$Shape;
             *   (properties?: arrow.channel.Volume.$Properties): arrow.channel.Volume;
             * }}
             */
            Volume.create = function(properties) {
                return new Volume(properties);
            };

            /**
             * Encodes the specified Volume message. Does not implicitly {@link arrow.channel.Volume.verify|verify} messages.
             * @function encode
             * @memberof arrow.channel.Volume
             * @static
             * @param {arrow.channel.Volume.$Properties} m Volume message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Volume.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.path != null && $Object.hasOwnProperty.call(m, "path") && m.path !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.path);
                if (m.sizeLimit != null && $Object.hasOwnProperty.call(m, "sizeLimit") && (typeof m.sizeLimit === "object" ? m.sizeLimit.low || m.sizeLimit.high : m.sizeLimit !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.sizeLimit);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Volume message, length delimited. Does not implicitly {@link arrow.channel.Volume.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.channel.Volume
             * @static
             * @param {arrow.channel.Volume.$Properties} message Volume message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Volume.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Volume message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.channel.Volume
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.channel.Volume & arrow.channel.Volume.$Shape} Volume
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Volume.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.channel.Volume();
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
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.sizeLimit = v;
                            else
                                delete m.sizeLimit;
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
             * Decodes a Volume message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.channel.Volume
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.channel.Volume & arrow.channel.Volume.$Shape} Volume
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Volume.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Volume message.
             * @function verify
             * @memberof arrow.channel.Volume
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Volume.verify = function (m, q) {
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
                if (m.sizeLimit != null && $Object.hasOwnProperty.call(m, "sizeLimit")) {
                    if (!$util.isInteger(m.sizeLimit) && !(m.sizeLimit && $util.isInteger(m.sizeLimit.low) && $util.isInteger(m.sizeLimit.high)))
                        return "sizeLimit: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a Volume message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.channel.Volume
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.channel.Volume} Volume
             */
            Volume.fromObject = function (d, q) {
                if (d instanceof $root.arrow.channel.Volume)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.channel.Volume: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.channel.Volume();
                if (d.path != null) {
                    if (typeof d.path !== "string" || d.path.length) {
                        m.path = $String(d.path);
                    }
                }
                if (d.sizeLimit != null) {
                    if (typeof d.sizeLimit === "object" ? d.sizeLimit.low || d.sizeLimit.high : $Number(d.sizeLimit) !== 0) {
                        if ($util.Long)
                            m.sizeLimit = $util.Long.fromValue(d.sizeLimit, true);
                        else if (typeof d.sizeLimit === "string")
                            m.sizeLimit = $parseInt(d.sizeLimit, 10);
                        else if (typeof d.sizeLimit === "number")
                            m.sizeLimit = d.sizeLimit;
                        else if (typeof d.sizeLimit === "object")
                            m.sizeLimit = new $util.LongBits(d.sizeLimit.low >>> 0, d.sizeLimit.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Volume message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.channel.Volume
             * @static
             * @param {arrow.channel.Volume} m Volume
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Volume.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.path = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.sizeLimit = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.sizeLimit = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                    d.path = m.path;
                }
                if (m.sizeLimit != null && $Object.hasOwnProperty.call(m, "sizeLimit")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.sizeLimit = typeof m.sizeLimit === "number" ? $BigInt(m.sizeLimit) : $util.Long.fromBits(m.sizeLimit.low >>> 0, m.sizeLimit.high >>> 0, true).toBigInt();
                    else if (typeof m.sizeLimit === "number")
                        d.sizeLimit = o.longs === $String ? $String(m.sizeLimit) : m.sizeLimit;
                    else
                        d.sizeLimit = o.longs === $String ? $util.Long.prototype.toString.call(m.sizeLimit) : o.longs === $Number ? new $util.LongBits(m.sizeLimit.low >>> 0, m.sizeLimit.high >>> 0).toNumber(true) : m.sizeLimit;
                }
                return d;
            };

            /**
             * Converts this Volume to JSON.
             * @function toJSON
             * @memberof arrow.channel.Volume
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Volume.prototype.toJSON = function() {
                return Volume.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Volume
             * @function getTypeUrl
             * @memberof arrow.channel.Volume
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Volume.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.channel.Volume";
            };

            return Volume;
        })();

        channel.VolumeFile = (function() {

            /**
             * Properties of a VolumeFile.
             * @typedef {Object} arrow.channel.VolumeFile.$Properties
             * @property {string|null} [path] VolumeFile path
             * @property {boolean|null} [directory] VolumeFile directory
             * @property {number|null} [mode] VolumeFile mode
             * @property {number|null} [offset] VolumeFile offset
             * @property {Uint8Array|null} [data] VolumeFile data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VolumeFile.
             * @memberof arrow.channel
             * @interface IVolumeFile
             * @augments arrow.channel.VolumeFile.$Properties
             * @deprecated Use arrow.channel.VolumeFile.$Properties instead.
             */

            /**
             * Shape of a VolumeFile.
             * @typedef {arrow.channel.VolumeFile.$Properties} arrow.channel.VolumeFile.$Shape
             */

            /**
             * Constructs a new VolumeFile.
             * @memberof arrow.channel
             * @classdesc Represents a VolumeFile.
             * @constructor
             * @param {arrow.channel.VolumeFile.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VolumeFile = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VolumeFile path.
             * @member {string} path
             * @memberof arrow.channel.VolumeFile
             * @instance
             */
            VolumeFile.prototype.path = "";

            /**
             * VolumeFile directory.
             * @member {boolean} directory
             * @memberof arrow.channel.VolumeFile
             * @instance
             */
            VolumeFile.prototype.directory = false;

            /**
             * VolumeFile mode.
             * @member {number} mode
             * @memberof arrow.channel.VolumeFile
             * @instance
             */
            VolumeFile.prototype.mode = 0;

            /**
             * VolumeFile offset.
             * @member {number} offset
             * @memberof arrow.channel.VolumeFile
             * @instance
             */
            VolumeFile.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * VolumeFile data.
             * @member {Uint8Array} data
             * @memberof arrow.channel.VolumeFile
             * @instance
             */
            VolumeFile.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new VolumeFile instance using the specified properties.
             * @function create
             * @memberof arrow.channel.VolumeFile
             * @static
             * @param {arrow.channel.VolumeFile.$Properties=} [properties] Properties to set
             * @returns {arrow.channel.VolumeFile} VolumeFile instance
             * @type {{
             *   (properties: arrow.channel.VolumeFile.$Shape): arrow.channel.VolumeFile & arrow.channel.VolumeFile.$Shape;
             *   (properties?: arrow.channel.VolumeFile.$Properties): arrow.channel.VolumeFile;
             * }}
             */
            VolumeFile.create = function(properties) {
                return new VolumeFile(properties);
            };

            /**
             * Encodes the specified VolumeFile message. Does not implicitly {@link arrow.channel.VolumeFile.verify|verify} messages.
             * @function encode
             * @memberof arrow.channel.VolumeFile
             * @static
             * @param {arrow.channel.VolumeFile.$Properties} m VolumeFile message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VolumeFile.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.path != null && $Object.hasOwnProperty.call(m, "path") && m.path !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.path);
                if (m.directory != null && $Object.hasOwnProperty.call(m, "directory") && m.directory !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.directory);
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode") && m.mode !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.mode);
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset") && (typeof m.offset === "object" ? m.offset.low || m.offset.high : m.offset !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.offset);
                if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                    w.uint32(/* id 5, wireType 2 =*/42).bytes(m.data);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified VolumeFile message, length delimited. Does not implicitly {@link arrow.channel.VolumeFile.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.channel.VolumeFile
             * @static
             * @param {arrow.channel.VolumeFile.$Properties} message VolumeFile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VolumeFile.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a VolumeFile message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.channel.VolumeFile
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.channel.VolumeFile & arrow.channel.VolumeFile.$Shape} VolumeFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VolumeFile.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.channel.VolumeFile();
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
                            if (v = r.bool())
                                m.directory = v;
                            else
                                delete m.directory;
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
                                m.offset = v;
                            else
                                delete m.offset;
                            continue;
                        }
                    case 5: {
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
             * Decodes a VolumeFile message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.channel.VolumeFile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.channel.VolumeFile & arrow.channel.VolumeFile.$Shape} VolumeFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VolumeFile.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a VolumeFile message.
             * @function verify
             * @memberof arrow.channel.VolumeFile
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VolumeFile.verify = function (m, q) {
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
                if (m.directory != null && $Object.hasOwnProperty.call(m, "directory")) {
                    if (typeof m.directory !== "boolean")
                        return "directory: boolean expected";
                }
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode")) {
                    if (!$util.isInteger(m.mode))
                        return "mode: integer expected";
                }
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                    if (!$util.isInteger(m.offset) && !(m.offset && $util.isInteger(m.offset.low) && $util.isInteger(m.offset.high)))
                        return "offset: integer|Long expected";
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    if (!(m.data && typeof m.data.length === "number" || $util.isString(m.data)))
                        return "data: buffer expected";
                }
                return null;
            };

            /**
             * Creates a VolumeFile message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.channel.VolumeFile
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.channel.VolumeFile} VolumeFile
             */
            VolumeFile.fromObject = function (d, q) {
                if (d instanceof $root.arrow.channel.VolumeFile)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.channel.VolumeFile: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.channel.VolumeFile();
                if (d.path != null) {
                    if (typeof d.path !== "string" || d.path.length) {
                        m.path = $String(d.path);
                    }
                }
                if (d.directory != null) {
                    if (d.directory) {
                        m.directory = $Boolean(d.directory);
                    }
                }
                if (d.mode != null) {
                    if ($Number(d.mode) !== 0) {
                        m.mode = d.mode >>> 0;
                    }
                }
                if (d.offset != null) {
                    if (typeof d.offset === "object" ? d.offset.low || d.offset.high : $Number(d.offset) !== 0) {
                        if ($util.Long)
                            m.offset = $util.Long.fromValue(d.offset, true);
                        else if (typeof d.offset === "string")
                            m.offset = $parseInt(d.offset, 10);
                        else if (typeof d.offset === "number")
                            m.offset = d.offset;
                        else if (typeof d.offset === "object")
                            m.offset = new $util.LongBits(d.offset.low >>> 0, d.offset.high >>> 0).toNumber(true);
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
             * Creates a plain object from a VolumeFile message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.channel.VolumeFile
             * @static
             * @param {arrow.channel.VolumeFile} m VolumeFile
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VolumeFile.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.path = "";
                    d.directory = false;
                    d.mode = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.offset = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.offset = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if (o.bytes === $String)
                        d.data = "";
                    else {
                        d.data = [];
                        if (o.bytes !== $Array)
                            d.data = $util.newBuffer(d.data);
                    }
                }
                if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                    d.path = m.path;
                }
                if (m.directory != null && $Object.hasOwnProperty.call(m, "directory")) {
                    d.directory = m.directory;
                }
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode")) {
                    d.mode = m.mode;
                }
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.offset = typeof m.offset === "number" ? $BigInt(m.offset) : $util.Long.fromBits(m.offset.low >>> 0, m.offset.high >>> 0, true).toBigInt();
                    else if (typeof m.offset === "number")
                        d.offset = o.longs === $String ? $String(m.offset) : m.offset;
                    else
                        d.offset = o.longs === $String ? $util.Long.prototype.toString.call(m.offset) : o.longs === $Number ? new $util.LongBits(m.offset.low >>> 0, m.offset.high >>> 0).toNumber(true) : m.offset;
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                }
                return d;
            };

            /**
             * Converts this VolumeFile to JSON.
             * @function toJSON
             * @memberof arrow.channel.VolumeFile
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VolumeFile.prototype.toJSON = function() {
                return VolumeFile.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VolumeFile
             * @function getTypeUrl
             * @memberof arrow.channel.VolumeFile
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VolumeFile.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.channel.VolumeFile";
            };

            return VolumeFile;
        })();

        channel.VolumeReady = (function() {

            /**
             * Properties of a VolumeReady.
             * @typedef {Object} arrow.channel.VolumeReady.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VolumeReady.
             * @memberof arrow.channel
             * @interface IVolumeReady
             * @augments arrow.channel.VolumeReady.$Properties
             * @deprecated Use arrow.channel.VolumeReady.$Properties instead.
             */

            /**
             * Shape of a VolumeReady.
             * @typedef {arrow.channel.VolumeReady.$Properties} arrow.channel.VolumeReady.$Shape
             */

            /**
             * Constructs a new VolumeReady.
             * @memberof arrow.channel
             * @classdesc Represents a VolumeReady.
             * @constructor
             * @param {arrow.channel.VolumeReady.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VolumeReady = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new VolumeReady instance using the specified properties.
             * @function create
             * @memberof arrow.channel.VolumeReady
             * @static
             * @param {arrow.channel.VolumeReady.$Properties=} [properties] Properties to set
             * @returns {arrow.channel.VolumeReady} VolumeReady instance
             * @type {{
             *   (properties: arrow.channel.VolumeReady.$Shape): arrow.channel.VolumeReady & arrow.channel.VolumeReady.$Shape;
             *   (properties?: arrow.channel.VolumeReady.$Properties): arrow.channel.VolumeReady;
             * }}
             */
            VolumeReady.create = function(properties) {
                return new VolumeReady(properties);
            };

            /**
             * Encodes the specified VolumeReady message. Does not implicitly {@link arrow.channel.VolumeReady.verify|verify} messages.
             * @function encode
             * @memberof arrow.channel.VolumeReady
             * @static
             * @param {arrow.channel.VolumeReady.$Properties} m VolumeReady message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VolumeReady.encode = function (m, w, q) {
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
             * Encodes the specified VolumeReady message, length delimited. Does not implicitly {@link arrow.channel.VolumeReady.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.channel.VolumeReady
             * @static
             * @param {arrow.channel.VolumeReady.$Properties} message VolumeReady message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VolumeReady.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a VolumeReady message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.channel.VolumeReady
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.channel.VolumeReady & arrow.channel.VolumeReady.$Shape} VolumeReady
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VolumeReady.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.channel.VolumeReady();
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
             * Decodes a VolumeReady message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.channel.VolumeReady
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.channel.VolumeReady & arrow.channel.VolumeReady.$Shape} VolumeReady
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VolumeReady.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a VolumeReady message.
             * @function verify
             * @memberof arrow.channel.VolumeReady
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VolumeReady.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a VolumeReady message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.channel.VolumeReady
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.channel.VolumeReady} VolumeReady
             */
            VolumeReady.fromObject = function (d, q) {
                if (d instanceof $root.arrow.channel.VolumeReady)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.channel.VolumeReady: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.arrow.channel.VolumeReady();
            };

            /**
             * Creates a plain object from a VolumeReady message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.channel.VolumeReady
             * @static
             * @param {arrow.channel.VolumeReady} m VolumeReady
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VolumeReady.toObject = function () {
                return {};
            };

            /**
             * Converts this VolumeReady to JSON.
             * @function toJSON
             * @memberof arrow.channel.VolumeReady
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VolumeReady.prototype.toJSON = function() {
                return VolumeReady.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VolumeReady
             * @function getTypeUrl
             * @memberof arrow.channel.VolumeReady
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VolumeReady.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.channel.VolumeReady";
            };

            return VolumeReady;
        })();

        channel.VolumeRescan = (function() {

            /**
             * Properties of a VolumeRescan.
             * @typedef {Object} arrow.channel.VolumeRescan.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VolumeRescan.
             * @memberof arrow.channel
             * @interface IVolumeRescan
             * @augments arrow.channel.VolumeRescan.$Properties
             * @deprecated Use arrow.channel.VolumeRescan.$Properties instead.
             */

            /**
             * Shape of a VolumeRescan.
             * @typedef {arrow.channel.VolumeRescan.$Properties} arrow.channel.VolumeRescan.$Shape
             */

            /**
             * Constructs a new VolumeRescan.
             * @memberof arrow.channel
             * @classdesc Represents a VolumeRescan.
             * @constructor
             * @param {arrow.channel.VolumeRescan.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VolumeRescan = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new VolumeRescan instance using the specified properties.
             * @function create
             * @memberof arrow.channel.VolumeRescan
             * @static
             * @param {arrow.channel.VolumeRescan.$Properties=} [properties] Properties to set
             * @returns {arrow.channel.VolumeRescan} VolumeRescan instance
             * @type {{
             *   (properties: arrow.channel.VolumeRescan.$Shape): arrow.channel.VolumeRescan & arrow.channel.VolumeRescan.$Shape;
             *   (properties?: arrow.channel.VolumeRescan.$Properties): arrow.channel.VolumeRescan;
             * }}
             */
            VolumeRescan.create = function(properties) {
                return new VolumeRescan(properties);
            };

            /**
             * Encodes the specified VolumeRescan message. Does not implicitly {@link arrow.channel.VolumeRescan.verify|verify} messages.
             * @function encode
             * @memberof arrow.channel.VolumeRescan
             * @static
             * @param {arrow.channel.VolumeRescan.$Properties} m VolumeRescan message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VolumeRescan.encode = function (m, w, q) {
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
             * Encodes the specified VolumeRescan message, length delimited. Does not implicitly {@link arrow.channel.VolumeRescan.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.channel.VolumeRescan
             * @static
             * @param {arrow.channel.VolumeRescan.$Properties} message VolumeRescan message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VolumeRescan.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a VolumeRescan message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.channel.VolumeRescan
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.channel.VolumeRescan & arrow.channel.VolumeRescan.$Shape} VolumeRescan
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VolumeRescan.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.channel.VolumeRescan();
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
             * Decodes a VolumeRescan message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.channel.VolumeRescan
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.channel.VolumeRescan & arrow.channel.VolumeRescan.$Shape} VolumeRescan
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VolumeRescan.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a VolumeRescan message.
             * @function verify
             * @memberof arrow.channel.VolumeRescan
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VolumeRescan.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a VolumeRescan message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.channel.VolumeRescan
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.channel.VolumeRescan} VolumeRescan
             */
            VolumeRescan.fromObject = function (d, q) {
                if (d instanceof $root.arrow.channel.VolumeRescan)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.channel.VolumeRescan: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.arrow.channel.VolumeRescan();
            };

            /**
             * Creates a plain object from a VolumeRescan message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.channel.VolumeRescan
             * @static
             * @param {arrow.channel.VolumeRescan} m VolumeRescan
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VolumeRescan.toObject = function () {
                return {};
            };

            /**
             * Converts this VolumeRescan to JSON.
             * @function toJSON
             * @memberof arrow.channel.VolumeRescan
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VolumeRescan.prototype.toJSON = function() {
                return VolumeRescan.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VolumeRescan
             * @function getTypeUrl
             * @memberof arrow.channel.VolumeRescan
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VolumeRescan.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.channel.VolumeRescan";
            };

            return VolumeRescan;
        })();

        channel.VolumeChange = (function() {

            /**
             * Properties of a VolumeChange.
             * @typedef {Object} arrow.channel.VolumeChange.$Properties
             * @property {arrow.channel.VolumeChange.Kind|null} [kind] VolumeChange kind
             * @property {string|null} [path] VolumeChange path
             * @property {number|null} [mode] VolumeChange mode
             * @property {number|null} [offset] VolumeChange offset
             * @property {Uint8Array|null} [data] VolumeChange data
             * @property {boolean|null} [last] VolumeChange last
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VolumeChange.
             * @memberof arrow.channel
             * @interface IVolumeChange
             * @augments arrow.channel.VolumeChange.$Properties
             * @deprecated Use arrow.channel.VolumeChange.$Properties instead.
             */

            /**
             * Shape of a VolumeChange.
             * @typedef {arrow.channel.VolumeChange.$Properties} arrow.channel.VolumeChange.$Shape
             */

            /**
             * Constructs a new VolumeChange.
             * @memberof arrow.channel
             * @classdesc Represents a VolumeChange.
             * @constructor
             * @param {arrow.channel.VolumeChange.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VolumeChange = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VolumeChange kind.
             * @member {arrow.channel.VolumeChange.Kind} kind
             * @memberof arrow.channel.VolumeChange
             * @instance
             */
            VolumeChange.prototype.kind = 0;

            /**
             * VolumeChange path.
             * @member {string} path
             * @memberof arrow.channel.VolumeChange
             * @instance
             */
            VolumeChange.prototype.path = "";

            /**
             * VolumeChange mode.
             * @member {number} mode
             * @memberof arrow.channel.VolumeChange
             * @instance
             */
            VolumeChange.prototype.mode = 0;

            /**
             * VolumeChange offset.
             * @member {number} offset
             * @memberof arrow.channel.VolumeChange
             * @instance
             */
            VolumeChange.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * VolumeChange data.
             * @member {Uint8Array} data
             * @memberof arrow.channel.VolumeChange
             * @instance
             */
            VolumeChange.prototype.data = $util.newBuffer([]);

            /**
             * VolumeChange last.
             * @member {boolean} last
             * @memberof arrow.channel.VolumeChange
             * @instance
             */
            VolumeChange.prototype.last = false;

            /**
             * Creates a new VolumeChange instance using the specified properties.
             * @function create
             * @memberof arrow.channel.VolumeChange
             * @static
             * @param {arrow.channel.VolumeChange.$Properties=} [properties] Properties to set
             * @returns {arrow.channel.VolumeChange} VolumeChange instance
             * @type {{
             *   (properties: arrow.channel.VolumeChange.$Shape): arrow.channel.VolumeChange & arrow.channel.VolumeChange.$Shape;
             *   (properties?: arrow.channel.VolumeChange.$Properties): arrow.channel.VolumeChange;
             * }}
             */
            VolumeChange.create = function(properties) {
                return new VolumeChange(properties);
            };

            /**
             * Encodes the specified VolumeChange message. Does not implicitly {@link arrow.channel.VolumeChange.verify|verify} messages.
             * @function encode
             * @memberof arrow.channel.VolumeChange
             * @static
             * @param {arrow.channel.VolumeChange.$Properties} m VolumeChange message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VolumeChange.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.kind);
                if (m.path != null && $Object.hasOwnProperty.call(m, "path") && m.path !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.path);
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode") && m.mode !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.mode);
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset") && (typeof m.offset === "object" ? m.offset.low || m.offset.high : m.offset !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.offset);
                if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                    w.uint32(/* id 5, wireType 2 =*/42).bytes(m.data);
                if (m.last != null && $Object.hasOwnProperty.call(m, "last") && m.last !== false)
                    w.uint32(/* id 6, wireType 0 =*/48).bool(m.last);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified VolumeChange message, length delimited. Does not implicitly {@link arrow.channel.VolumeChange.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.channel.VolumeChange
             * @static
             * @param {arrow.channel.VolumeChange.$Properties} message VolumeChange message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VolumeChange.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a VolumeChange message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.channel.VolumeChange
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.channel.VolumeChange & arrow.channel.VolumeChange.$Shape} VolumeChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VolumeChange.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.channel.VolumeChange();
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
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.path = v;
                            else
                                delete m.path;
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
                                m.offset = v;
                            else
                                delete m.offset;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.data = v;
                            else
                                delete m.data;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.last = v;
                            else
                                delete m.last;
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
             * Decodes a VolumeChange message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.channel.VolumeChange
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.channel.VolumeChange & arrow.channel.VolumeChange.$Shape} VolumeChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VolumeChange.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a VolumeChange message.
             * @function verify
             * @memberof arrow.channel.VolumeChange
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VolumeChange.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    if (typeof m.kind !== "number" || (m.kind | 0) !== m.kind)
                        return "kind: enum value expected";
                }
                if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                    if (!$util.isString(m.path))
                        return "path: string expected";
                }
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode")) {
                    if (!$util.isInteger(m.mode))
                        return "mode: integer expected";
                }
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                    if (!$util.isInteger(m.offset) && !(m.offset && $util.isInteger(m.offset.low) && $util.isInteger(m.offset.high)))
                        return "offset: integer|Long expected";
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    if (!(m.data && typeof m.data.length === "number" || $util.isString(m.data)))
                        return "data: buffer expected";
                }
                if (m.last != null && $Object.hasOwnProperty.call(m, "last")) {
                    if (typeof m.last !== "boolean")
                        return "last: boolean expected";
                }
                return null;
            };

            /**
             * Creates a VolumeChange message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.channel.VolumeChange
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.channel.VolumeChange} VolumeChange
             */
            VolumeChange.fromObject = function (d, q) {
                if (d instanceof $root.arrow.channel.VolumeChange)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.channel.VolumeChange: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.channel.VolumeChange();
                if (d.kind !== 0 && (typeof d.kind !== "string" || $root.arrow.channel.VolumeChange.Kind[d.kind] !== 0)) {
                    switch (d.kind) {
                    case "UNKNOWN":
                    case 0:
                        m.kind = 0;
                        break;
                    case "WRITE":
                    case 1:
                        m.kind = 1;
                        break;
                    case "DELETE":
                    case 2:
                        m.kind = 2;
                        break;
                    case "MKDIR":
                    case 3:
                        m.kind = 3;
                        break;
                    case "RESCAN_BEGIN":
                    case 4:
                        m.kind = 4;
                        break;
                    case "RESCAN_END":
                    case 5:
                        m.kind = 5;
                        break;
                    default:
                        if (typeof d.kind === "number" && (d.kind | 0) === d.kind)
                            m.kind = d.kind;
                    }
                }
                if (d.path != null) {
                    if (typeof d.path !== "string" || d.path.length) {
                        m.path = $String(d.path);
                    }
                }
                if (d.mode != null) {
                    if ($Number(d.mode) !== 0) {
                        m.mode = d.mode >>> 0;
                    }
                }
                if (d.offset != null) {
                    if (typeof d.offset === "object" ? d.offset.low || d.offset.high : $Number(d.offset) !== 0) {
                        if ($util.Long)
                            m.offset = $util.Long.fromValue(d.offset, true);
                        else if (typeof d.offset === "string")
                            m.offset = $parseInt(d.offset, 10);
                        else if (typeof d.offset === "number")
                            m.offset = d.offset;
                        else if (typeof d.offset === "object")
                            m.offset = new $util.LongBits(d.offset.low >>> 0, d.offset.high >>> 0).toNumber(true);
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
                if (d.last != null) {
                    if (d.last) {
                        m.last = $Boolean(d.last);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a VolumeChange message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.channel.VolumeChange
             * @static
             * @param {arrow.channel.VolumeChange} m VolumeChange
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VolumeChange.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.kind = o.enums === $String ? "UNKNOWN" : 0;
                    d.path = "";
                    d.mode = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.offset = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.offset = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if (o.bytes === $String)
                        d.data = "";
                    else {
                        d.data = [];
                        if (o.bytes !== $Array)
                            d.data = $util.newBuffer(d.data);
                    }
                    d.last = false;
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    d.kind = o.enums === $String ? $root.arrow.channel.VolumeChange.Kind[m.kind] === $undefined ? m.kind : $root.arrow.channel.VolumeChange.Kind[m.kind] : m.kind;
                }
                if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                    d.path = m.path;
                }
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode")) {
                    d.mode = m.mode;
                }
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.offset = typeof m.offset === "number" ? $BigInt(m.offset) : $util.Long.fromBits(m.offset.low >>> 0, m.offset.high >>> 0, true).toBigInt();
                    else if (typeof m.offset === "number")
                        d.offset = o.longs === $String ? $String(m.offset) : m.offset;
                    else
                        d.offset = o.longs === $String ? $util.Long.prototype.toString.call(m.offset) : o.longs === $Number ? new $util.LongBits(m.offset.low >>> 0, m.offset.high >>> 0).toNumber(true) : m.offset;
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                }
                if (m.last != null && $Object.hasOwnProperty.call(m, "last")) {
                    d.last = m.last;
                }
                return d;
            };

            /**
             * Converts this VolumeChange to JSON.
             * @function toJSON
             * @memberof arrow.channel.VolumeChange
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VolumeChange.prototype.toJSON = function() {
                return VolumeChange.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VolumeChange
             * @function getTypeUrl
             * @memberof arrow.channel.VolumeChange
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VolumeChange.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.channel.VolumeChange";
            };

            /**
             * Kind enum.
             * @name arrow.channel.VolumeChange.Kind
             * @enum {number}
             * @property {number} UNKNOWN=0 UNKNOWN value
             * @property {number} WRITE=1 WRITE value
             * @property {number} DELETE=2 DELETE value
             * @property {number} MKDIR=3 MKDIR value
             * @property {number} RESCAN_BEGIN=4 RESCAN_BEGIN value
             * @property {number} RESCAN_END=5 RESCAN_END value
             */
            VolumeChange.Kind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "UNKNOWN"] = 0;
                values[valuesById[1] = "WRITE"] = 1;
                values[valuesById[2] = "DELETE"] = 2;
                values[valuesById[3] = "MKDIR"] = 3;
                values[valuesById[4] = "RESCAN_BEGIN"] = 4;
                values[valuesById[5] = "RESCAN_END"] = 5;
                return values;
            })();

            return VolumeChange;
        })();

        channel.Network = (function() {

            /**
             * Properties of a Network.
             * @typedef {Object} arrow.channel.Network.$Properties
             * @property {string|null} [address] Network address
             * @property {string|null} [gateway] Network gateway
             * @property {number|null} [mtu] Network mtu
             * @property {Array.<string>|null} [nameservers] Network nameservers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Network.
             * @memberof arrow.channel
             * @interface INetwork
             * @augments arrow.channel.Network.$Properties
             * @deprecated Use arrow.channel.Network.$Properties instead.
             */

            /**
             * Shape of a Network.
             * @typedef {arrow.channel.Network.$Properties} arrow.channel.Network.$Shape
             */

            /**
             * Constructs a new Network.
             * @memberof arrow.channel
             * @classdesc Represents a Network.
             * @constructor
             * @param {arrow.channel.Network.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Network = function (p) {
                this.nameservers = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Network address.
             * @member {string} address
             * @memberof arrow.channel.Network
             * @instance
             */
            Network.prototype.address = "";

            /**
             * Network gateway.
             * @member {string} gateway
             * @memberof arrow.channel.Network
             * @instance
             */
            Network.prototype.gateway = "";

            /**
             * Network mtu.
             * @member {number} mtu
             * @memberof arrow.channel.Network
             * @instance
             */
            Network.prototype.mtu = 0;

            /**
             * Network nameservers.
             * @member {Array.<string>} nameservers
             * @memberof arrow.channel.Network
             * @instance
             */
            Network.prototype.nameservers = $util.emptyArray;

            /**
             * Creates a new Network instance using the specified properties.
             * @function create
             * @memberof arrow.channel.Network
             * @static
             * @param {arrow.channel.Network.$Properties=} [properties] Properties to set
             * @returns {arrow.channel.Network} Network instance
             * @type {{
             *   (properties: arrow.channel.Network.$Shape): arrow.channel.Network & arrow.channel.Network.$Shape;
             *   (properties?: arrow.channel.Network.$Properties): arrow.channel.Network;
             * }}
             */
            Network.create = function(properties) {
                return new Network(properties);
            };

            /**
             * Encodes the specified Network message. Does not implicitly {@link arrow.channel.Network.verify|verify} messages.
             * @function encode
             * @memberof arrow.channel.Network
             * @static
             * @param {arrow.channel.Network.$Properties} m Network message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Network.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.address != null && $Object.hasOwnProperty.call(m, "address") && m.address !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.address);
                if (m.gateway != null && $Object.hasOwnProperty.call(m, "gateway") && m.gateway !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.gateway);
                if (m.mtu != null && $Object.hasOwnProperty.call(m, "mtu") && m.mtu !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.mtu);
                if (m.nameservers != null && m.nameservers.length) {
                    for (var i = 0; i < m.nameservers.length; ++i)
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.nameservers[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Network message, length delimited. Does not implicitly {@link arrow.channel.Network.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.channel.Network
             * @static
             * @param {arrow.channel.Network.$Properties} message Network message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Network.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Network message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.channel.Network
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.channel.Network & arrow.channel.Network.$Shape} Network
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Network.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.channel.Network();
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
                                m.address = v;
                            else
                                delete m.address;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.gateway = v;
                            else
                                delete m.gateway;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.mtu = v;
                            else
                                delete m.mtu;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.nameservers && m.nameservers.length))
                                m.nameservers = [];
                            m.nameservers.push(r.stringVerify());
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
             * Decodes a Network message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.channel.Network
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.channel.Network & arrow.channel.Network.$Shape} Network
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Network.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Network message.
             * @function verify
             * @memberof arrow.channel.Network
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Network.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                    if (!$util.isString(m.address))
                        return "address: string expected";
                }
                if (m.gateway != null && $Object.hasOwnProperty.call(m, "gateway")) {
                    if (!$util.isString(m.gateway))
                        return "gateway: string expected";
                }
                if (m.mtu != null && $Object.hasOwnProperty.call(m, "mtu")) {
                    if (!$util.isInteger(m.mtu))
                        return "mtu: integer expected";
                }
                if (m.nameservers != null && $Object.hasOwnProperty.call(m, "nameservers")) {
                    if (!$Array.isArray(m.nameservers))
                        return "nameservers: array expected";
                    for (var i = 0; i < m.nameservers.length; ++i) {
                        if (!$util.isString(m.nameservers[i]))
                            return "nameservers: string[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates a Network message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.channel.Network
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.channel.Network} Network
             */
            Network.fromObject = function (d, q) {
                if (d instanceof $root.arrow.channel.Network)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.channel.Network: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.channel.Network();
                if (d.address != null) {
                    if (typeof d.address !== "string" || d.address.length) {
                        m.address = $String(d.address);
                    }
                }
                if (d.gateway != null) {
                    if (typeof d.gateway !== "string" || d.gateway.length) {
                        m.gateway = $String(d.gateway);
                    }
                }
                if (d.mtu != null) {
                    if ($Number(d.mtu) !== 0) {
                        m.mtu = d.mtu >>> 0;
                    }
                }
                if (d.nameservers) {
                    if (!$Array.isArray(d.nameservers))
                        throw $TypeError(".arrow.channel.Network.nameservers: array expected");
                    m.nameservers = $Array(d.nameservers.length);
                    for (var i = 0; i < d.nameservers.length; ++i) {
                        m.nameservers[i] = $String(d.nameservers[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Network message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.channel.Network
             * @static
             * @param {arrow.channel.Network} m Network
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Network.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.nameservers = [];
                }
                if (o.defaults) {
                    d.address = "";
                    d.gateway = "";
                    d.mtu = 0;
                }
                if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                    d.address = m.address;
                }
                if (m.gateway != null && $Object.hasOwnProperty.call(m, "gateway")) {
                    d.gateway = m.gateway;
                }
                if (m.mtu != null && $Object.hasOwnProperty.call(m, "mtu")) {
                    d.mtu = m.mtu;
                }
                if (m.nameservers && m.nameservers.length) {
                    d.nameservers = $Array(m.nameservers.length);
                    for (var j = 0; j < m.nameservers.length; ++j) {
                        d.nameservers[j] = m.nameservers[j];
                    }
                }
                return d;
            };

            /**
             * Converts this Network to JSON.
             * @function toJSON
             * @memberof arrow.channel.Network
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Network.prototype.toJSON = function() {
                return Network.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Network
             * @function getTypeUrl
             * @memberof arrow.channel.Network
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Network.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.channel.Network";
            };

            return Network;
        })();

        channel.Output = (function() {

            /**
             * Properties of an Output.
             * @typedef {Object} arrow.channel.Output.$Properties
             * @property {arrow.channel.Output.Stream|null} [stream] Output stream
             * @property {Uint8Array|null} [data] Output data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Output.
             * @memberof arrow.channel
             * @interface IOutput
             * @augments arrow.channel.Output.$Properties
             * @deprecated Use arrow.channel.Output.$Properties instead.
             */

            /**
             * Shape of an Output.
             * @typedef {arrow.channel.Output.$Properties} arrow.channel.Output.$Shape
             */

            /**
             * Constructs a new Output.
             * @memberof arrow.channel
             * @classdesc Represents an Output.
             * @constructor
             * @param {arrow.channel.Output.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Output = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Output stream.
             * @member {arrow.channel.Output.Stream} stream
             * @memberof arrow.channel.Output
             * @instance
             */
            Output.prototype.stream = 0;

            /**
             * Output data.
             * @member {Uint8Array} data
             * @memberof arrow.channel.Output
             * @instance
             */
            Output.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new Output instance using the specified properties.
             * @function create
             * @memberof arrow.channel.Output
             * @static
             * @param {arrow.channel.Output.$Properties=} [properties] Properties to set
             * @returns {arrow.channel.Output} Output instance
             * @type {{
             *   (properties: arrow.channel.Output.$Shape): arrow.channel.Output & arrow.channel.Output.$Shape;
             *   (properties?: arrow.channel.Output.$Properties): arrow.channel.Output;
             * }}
             */
            Output.create = function(properties) {
                return new Output(properties);
            };

            /**
             * Encodes the specified Output message. Does not implicitly {@link arrow.channel.Output.verify|verify} messages.
             * @function encode
             * @memberof arrow.channel.Output
             * @static
             * @param {arrow.channel.Output.$Properties} m Output message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Output.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.stream != null && $Object.hasOwnProperty.call(m, "stream") && m.stream !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.stream);
                if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.data);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Output message, length delimited. Does not implicitly {@link arrow.channel.Output.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.channel.Output
             * @static
             * @param {arrow.channel.Output.$Properties} message Output message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Output.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Output message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.channel.Output
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.channel.Output & arrow.channel.Output.$Shape} Output
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Output.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.channel.Output();
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
                                m.stream = v;
                            else
                                delete m.stream;
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
             * Decodes an Output message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.channel.Output
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.channel.Output & arrow.channel.Output.$Shape} Output
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Output.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Output message.
             * @function verify
             * @memberof arrow.channel.Output
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Output.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.stream != null && $Object.hasOwnProperty.call(m, "stream")) {
                    if (typeof m.stream !== "number" || (m.stream | 0) !== m.stream)
                        return "stream: enum value expected";
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    if (!(m.data && typeof m.data.length === "number" || $util.isString(m.data)))
                        return "data: buffer expected";
                }
                return null;
            };

            /**
             * Creates an Output message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.channel.Output
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.channel.Output} Output
             */
            Output.fromObject = function (d, q) {
                if (d instanceof $root.arrow.channel.Output)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.channel.Output: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.channel.Output();
                if (d.stream !== 0 && (typeof d.stream !== "string" || $root.arrow.channel.Output.Stream[d.stream] !== 0)) {
                    switch (d.stream) {
                    case "UNKNOWN":
                    case 0:
                        m.stream = 0;
                        break;
                    case "STDOUT":
                    case 1:
                        m.stream = 1;
                        break;
                    case "STDERR":
                    case 2:
                        m.stream = 2;
                        break;
                    default:
                        if (typeof d.stream === "number" && (d.stream | 0) === d.stream)
                            m.stream = d.stream;
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
             * Creates a plain object from an Output message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.channel.Output
             * @static
             * @param {arrow.channel.Output} m Output
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Output.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.stream = o.enums === $String ? "UNKNOWN" : 0;
                    if (o.bytes === $String)
                        d.data = "";
                    else {
                        d.data = [];
                        if (o.bytes !== $Array)
                            d.data = $util.newBuffer(d.data);
                    }
                }
                if (m.stream != null && $Object.hasOwnProperty.call(m, "stream")) {
                    d.stream = o.enums === $String ? $root.arrow.channel.Output.Stream[m.stream] === $undefined ? m.stream : $root.arrow.channel.Output.Stream[m.stream] : m.stream;
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                }
                return d;
            };

            /**
             * Converts this Output to JSON.
             * @function toJSON
             * @memberof arrow.channel.Output
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Output.prototype.toJSON = function() {
                return Output.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Output
             * @function getTypeUrl
             * @memberof arrow.channel.Output
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Output.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.channel.Output";
            };

            /**
             * Stream enum.
             * @name arrow.channel.Output.Stream
             * @enum {number}
             * @property {number} UNKNOWN=0 UNKNOWN value
             * @property {number} STDOUT=1 STDOUT value
             * @property {number} STDERR=2 STDERR value
             */
            Output.Stream = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "UNKNOWN"] = 0;
                values[valuesById[1] = "STDOUT"] = 1;
                values[valuesById[2] = "STDERR"] = 2;
                return values;
            })();

            return Output;
        })();

        channel.Exited = (function() {

            /**
             * Properties of an Exited.
             * @typedef {Object} arrow.channel.Exited.$Properties
             * @property {number|null} [code] Exited code
             * @property {number|null} [signal] Exited signal
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Exited.
             * @memberof arrow.channel
             * @interface IExited
             * @augments arrow.channel.Exited.$Properties
             * @deprecated Use arrow.channel.Exited.$Properties instead.
             */

            /**
             * Shape of an Exited.
             * @typedef {arrow.channel.Exited.$Properties} arrow.channel.Exited.$Shape
             */

            /**
             * Constructs a new Exited.
             * @memberof arrow.channel
             * @classdesc Represents an Exited.
             * @constructor
             * @param {arrow.channel.Exited.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Exited = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Exited code.
             * @member {number} code
             * @memberof arrow.channel.Exited
             * @instance
             */
            Exited.prototype.code = 0;

            /**
             * Exited signal.
             * @member {number} signal
             * @memberof arrow.channel.Exited
             * @instance
             */
            Exited.prototype.signal = 0;

            /**
             * Creates a new Exited instance using the specified properties.
             * @function create
             * @memberof arrow.channel.Exited
             * @static
             * @param {arrow.channel.Exited.$Properties=} [properties] Properties to set
             * @returns {arrow.channel.Exited} Exited instance
             * @type {{
             *   (properties: arrow.channel.Exited.$Shape): arrow.channel.Exited & arrow.channel.Exited.$Shape;
             *   (properties?: arrow.channel.Exited.$Properties): arrow.channel.Exited;
             * }}
             */
            Exited.create = function(properties) {
                return new Exited(properties);
            };

            /**
             * Encodes the specified Exited message. Does not implicitly {@link arrow.channel.Exited.verify|verify} messages.
             * @function encode
             * @memberof arrow.channel.Exited
             * @static
             * @param {arrow.channel.Exited.$Properties} m Exited message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Exited.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.code);
                if (m.signal != null && $Object.hasOwnProperty.call(m, "signal") && m.signal !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.signal);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Exited message, length delimited. Does not implicitly {@link arrow.channel.Exited.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.channel.Exited
             * @static
             * @param {arrow.channel.Exited.$Properties} message Exited message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Exited.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Exited message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.channel.Exited
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.channel.Exited & arrow.channel.Exited.$Shape} Exited
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Exited.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.channel.Exited();
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
                                m.code = v;
                            else
                                delete m.code;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.signal = v;
                            else
                                delete m.signal;
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
             * Decodes an Exited message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.channel.Exited
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.channel.Exited & arrow.channel.Exited.$Shape} Exited
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Exited.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Exited message.
             * @function verify
             * @memberof arrow.channel.Exited
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Exited.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                    if (!$util.isInteger(m.code))
                        return "code: integer expected";
                }
                if (m.signal != null && $Object.hasOwnProperty.call(m, "signal")) {
                    if (!$util.isInteger(m.signal))
                        return "signal: integer expected";
                }
                return null;
            };

            /**
             * Creates an Exited message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.channel.Exited
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.channel.Exited} Exited
             */
            Exited.fromObject = function (d, q) {
                if (d instanceof $root.arrow.channel.Exited)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.channel.Exited: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.channel.Exited();
                if (d.code != null) {
                    if ($Number(d.code) !== 0) {
                        m.code = d.code | 0;
                    }
                }
                if (d.signal != null) {
                    if ($Number(d.signal) !== 0) {
                        m.signal = d.signal | 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Exited message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.channel.Exited
             * @static
             * @param {arrow.channel.Exited} m Exited
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Exited.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.code = 0;
                    d.signal = 0;
                }
                if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                    d.code = m.code;
                }
                if (m.signal != null && $Object.hasOwnProperty.call(m, "signal")) {
                    d.signal = m.signal;
                }
                return d;
            };

            /**
             * Converts this Exited to JSON.
             * @function toJSON
             * @memberof arrow.channel.Exited
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Exited.prototype.toJSON = function() {
                return Exited.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Exited
             * @function getTypeUrl
             * @memberof arrow.channel.Exited
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Exited.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.channel.Exited";
            };

            return Exited;
        })();

        channel.Stop = (function() {

            /**
             * Properties of a Stop.
             * @typedef {Object} arrow.channel.Stop.$Properties
             * @property {number|null} [graceMs] Stop graceMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Stop.
             * @memberof arrow.channel
             * @interface IStop
             * @augments arrow.channel.Stop.$Properties
             * @deprecated Use arrow.channel.Stop.$Properties instead.
             */

            /**
             * Shape of a Stop.
             * @typedef {arrow.channel.Stop.$Properties} arrow.channel.Stop.$Shape
             */

            /**
             * Constructs a new Stop.
             * @memberof arrow.channel
             * @classdesc Represents a Stop.
             * @constructor
             * @param {arrow.channel.Stop.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Stop = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Stop graceMs.
             * @member {number} graceMs
             * @memberof arrow.channel.Stop
             * @instance
             */
            Stop.prototype.graceMs = 0;

            /**
             * Creates a new Stop instance using the specified properties.
             * @function create
             * @memberof arrow.channel.Stop
             * @static
             * @param {arrow.channel.Stop.$Properties=} [properties] Properties to set
             * @returns {arrow.channel.Stop} Stop instance
             * @type {{
             *   (properties: arrow.channel.Stop.$Shape): arrow.channel.Stop & arrow.channel.Stop.$Shape;
             *   (properties?: arrow.channel.Stop.$Properties): arrow.channel.Stop;
             * }}
             */
            Stop.create = function(properties) {
                return new Stop(properties);
            };

            /**
             * Encodes the specified Stop message. Does not implicitly {@link arrow.channel.Stop.verify|verify} messages.
             * @function encode
             * @memberof arrow.channel.Stop
             * @static
             * @param {arrow.channel.Stop.$Properties} m Stop message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Stop.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.graceMs != null && $Object.hasOwnProperty.call(m, "graceMs") && m.graceMs !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.graceMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Stop message, length delimited. Does not implicitly {@link arrow.channel.Stop.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.channel.Stop
             * @static
             * @param {arrow.channel.Stop.$Properties} message Stop message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Stop.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Stop message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.channel.Stop
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.channel.Stop & arrow.channel.Stop.$Shape} Stop
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Stop.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.channel.Stop();
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
                                m.graceMs = v;
                            else
                                delete m.graceMs;
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
             * Decodes a Stop message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.channel.Stop
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.channel.Stop & arrow.channel.Stop.$Shape} Stop
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Stop.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Stop message.
             * @function verify
             * @memberof arrow.channel.Stop
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Stop.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.graceMs != null && $Object.hasOwnProperty.call(m, "graceMs")) {
                    if (!$util.isInteger(m.graceMs))
                        return "graceMs: integer expected";
                }
                return null;
            };

            /**
             * Creates a Stop message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.channel.Stop
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.channel.Stop} Stop
             */
            Stop.fromObject = function (d, q) {
                if (d instanceof $root.arrow.channel.Stop)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.channel.Stop: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.channel.Stop();
                if (d.graceMs != null) {
                    if ($Number(d.graceMs) !== 0) {
                        m.graceMs = d.graceMs >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Stop message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.channel.Stop
             * @static
             * @param {arrow.channel.Stop} m Stop
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Stop.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.graceMs = 0;
                }
                if (m.graceMs != null && $Object.hasOwnProperty.call(m, "graceMs")) {
                    d.graceMs = m.graceMs;
                }
                return d;
            };

            /**
             * Converts this Stop to JSON.
             * @function toJSON
             * @memberof arrow.channel.Stop
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Stop.prototype.toJSON = function() {
                return Stop.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Stop
             * @function getTypeUrl
             * @memberof arrow.channel.Stop
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Stop.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.channel.Stop";
            };

            return Stop;
        })();

        channel.Log = (function() {

            /**
             * Properties of a Log.
             * @typedef {Object} arrow.channel.Log.$Properties
             * @property {string|null} [message] Log message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Log.
             * @memberof arrow.channel
             * @interface ILog
             * @augments arrow.channel.Log.$Properties
             * @deprecated Use arrow.channel.Log.$Properties instead.
             */

            /**
             * Shape of a Log.
             * @typedef {arrow.channel.Log.$Properties} arrow.channel.Log.$Shape
             */

            /**
             * Constructs a new Log.
             * @memberof arrow.channel
             * @classdesc Represents a Log.
             * @constructor
             * @param {arrow.channel.Log.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Log = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Log message.
             * @member {string} message
             * @memberof arrow.channel.Log
             * @instance
             */
            Log.prototype.message = "";

            /**
             * Creates a new Log instance using the specified properties.
             * @function create
             * @memberof arrow.channel.Log
             * @static
             * @param {arrow.channel.Log.$Properties=} [properties] Properties to set
             * @returns {arrow.channel.Log} Log instance
             * @type {{
             *   (properties: arrow.channel.Log.$Shape): arrow.channel.Log & arrow.channel.Log.$Shape;
             *   (properties?: arrow.channel.Log.$Properties): arrow.channel.Log;
             * }}
             */
            Log.create = function(properties) {
                return new Log(properties);
            };

            /**
             * Encodes the specified Log message. Does not implicitly {@link arrow.channel.Log.verify|verify} messages.
             * @function encode
             * @memberof arrow.channel.Log
             * @static
             * @param {arrow.channel.Log.$Properties} m Log message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Log.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.message);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Log message, length delimited. Does not implicitly {@link arrow.channel.Log.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.channel.Log
             * @static
             * @param {arrow.channel.Log.$Properties} message Log message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Log.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Log message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.channel.Log
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.channel.Log & arrow.channel.Log.$Shape} Log
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Log.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.channel.Log();
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
             * Decodes a Log message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.channel.Log
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.channel.Log & arrow.channel.Log.$Shape} Log
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Log.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Log message.
             * @function verify
             * @memberof arrow.channel.Log
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Log.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    if (!$util.isString(m.message))
                        return "message: string expected";
                }
                return null;
            };

            /**
             * Creates a Log message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.channel.Log
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.channel.Log} Log
             */
            Log.fromObject = function (d, q) {
                if (d instanceof $root.arrow.channel.Log)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.channel.Log: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.channel.Log();
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Log message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.channel.Log
             * @static
             * @param {arrow.channel.Log} m Log
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Log.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.message = "";
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                return d;
            };

            /**
             * Converts this Log to JSON.
             * @function toJSON
             * @memberof arrow.channel.Log
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Log.prototype.toJSON = function() {
                return Log.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Log
             * @function getTypeUrl
             * @memberof arrow.channel.Log
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Log.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.channel.Log";
            };

            return Log;
        })();

        channel.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} arrow.channel.Error.$Properties
             * @property {string|null} [message] Error message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof arrow.channel
             * @interface IError
             * @augments arrow.channel.Error.$Properties
             * @deprecated Use arrow.channel.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {arrow.channel.Error.$Properties} arrow.channel.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof arrow.channel
             * @classdesc Represents an Error.
             * @constructor
             * @param {arrow.channel.Error.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Error message.
             * @member {string} message
             * @memberof arrow.channel.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof arrow.channel.Error
             * @static
             * @param {arrow.channel.Error.$Properties=} [properties] Properties to set
             * @returns {arrow.channel.Error} Error instance
             * @type {{
             *   (properties: arrow.channel.Error.$Shape): arrow.channel.Error & arrow.channel.Error.$Shape;
             *   (properties?: arrow.channel.Error.$Properties): arrow.channel.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link arrow.channel.Error.verify|verify} messages.
             * @function encode
             * @memberof arrow.channel.Error
             * @static
             * @param {arrow.channel.Error.$Properties} m Error message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.message);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Error message, length delimited. Does not implicitly {@link arrow.channel.Error.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.channel.Error
             * @static
             * @param {arrow.channel.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.channel.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.channel.Error & arrow.channel.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.channel.Error();
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
             * Decodes an Error message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.channel.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.channel.Error & arrow.channel.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Error message.
             * @function verify
             * @memberof arrow.channel.Error
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Error.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    if (!$util.isString(m.message))
                        return "message: string expected";
                }
                return null;
            };

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.channel.Error
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.channel.Error} Error
             */
            Error.fromObject = function (d, q) {
                if (d instanceof $root.arrow.channel.Error)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.channel.Error: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.channel.Error();
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.channel.Error
             * @static
             * @param {arrow.channel.Error} m Error
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Error.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.message = "";
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                return d;
            };

            /**
             * Converts this Error to JSON.
             * @function toJSON
             * @memberof arrow.channel.Error
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Error
             * @function getTypeUrl
             * @memberof arrow.channel.Error
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.channel.Error";
            };

            return Error;
        })();

        channel.Warm = (function() {

            /**
             * Properties of a Warm.
             * @typedef {Object} arrow.channel.Warm.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Warm.
             * @memberof arrow.channel
             * @interface IWarm
             * @augments arrow.channel.Warm.$Properties
             * @deprecated Use arrow.channel.Warm.$Properties instead.
             */

            /**
             * Shape of a Warm.
             * @typedef {arrow.channel.Warm.$Properties} arrow.channel.Warm.$Shape
             */

            /**
             * Constructs a new Warm.
             * @memberof arrow.channel
             * @classdesc Represents a Warm.
             * @constructor
             * @param {arrow.channel.Warm.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Warm = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new Warm instance using the specified properties.
             * @function create
             * @memberof arrow.channel.Warm
             * @static
             * @param {arrow.channel.Warm.$Properties=} [properties] Properties to set
             * @returns {arrow.channel.Warm} Warm instance
             * @type {{
             *   (properties: arrow.channel.Warm.$Shape): arrow.channel.Warm & arrow.channel.Warm.$Shape;
             *   (properties?: arrow.channel.Warm.$Properties): arrow.channel.Warm;
             * }}
             */
            Warm.create = function(properties) {
                return new Warm(properties);
            };

            /**
             * Encodes the specified Warm message. Does not implicitly {@link arrow.channel.Warm.verify|verify} messages.
             * @function encode
             * @memberof arrow.channel.Warm
             * @static
             * @param {arrow.channel.Warm.$Properties} m Warm message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Warm.encode = function (m, w, q) {
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
             * Encodes the specified Warm message, length delimited. Does not implicitly {@link arrow.channel.Warm.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.channel.Warm
             * @static
             * @param {arrow.channel.Warm.$Properties} message Warm message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Warm.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Warm message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.channel.Warm
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.channel.Warm & arrow.channel.Warm.$Shape} Warm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Warm.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.channel.Warm();
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
             * Decodes a Warm message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.channel.Warm
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.channel.Warm & arrow.channel.Warm.$Shape} Warm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Warm.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Warm message.
             * @function verify
             * @memberof arrow.channel.Warm
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Warm.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a Warm message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.channel.Warm
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.channel.Warm} Warm
             */
            Warm.fromObject = function (d, q) {
                if (d instanceof $root.arrow.channel.Warm)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.channel.Warm: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.arrow.channel.Warm();
            };

            /**
             * Creates a plain object from a Warm message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.channel.Warm
             * @static
             * @param {arrow.channel.Warm} m Warm
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Warm.toObject = function () {
                return {};
            };

            /**
             * Converts this Warm to JSON.
             * @function toJSON
             * @memberof arrow.channel.Warm
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Warm.prototype.toJSON = function() {
                return Warm.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Warm
             * @function getTypeUrl
             * @memberof arrow.channel.Warm
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Warm.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.channel.Warm";
            };

            return Warm;
        })();

        channel.Warmed = (function() {

            /**
             * Properties of a Warmed.
             * @typedef {Object} arrow.channel.Warmed.$Properties
             * @property {number|null} [ms] Warmed ms
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Warmed.
             * @memberof arrow.channel
             * @interface IWarmed
             * @augments arrow.channel.Warmed.$Properties
             * @deprecated Use arrow.channel.Warmed.$Properties instead.
             */

            /**
             * Shape of a Warmed.
             * @typedef {arrow.channel.Warmed.$Properties} arrow.channel.Warmed.$Shape
             */

            /**
             * Constructs a new Warmed.
             * @memberof arrow.channel
             * @classdesc Represents a Warmed.
             * @constructor
             * @param {arrow.channel.Warmed.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Warmed = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Warmed ms.
             * @member {number} ms
             * @memberof arrow.channel.Warmed
             * @instance
             */
            Warmed.prototype.ms = 0;

            /**
             * Creates a new Warmed instance using the specified properties.
             * @function create
             * @memberof arrow.channel.Warmed
             * @static
             * @param {arrow.channel.Warmed.$Properties=} [properties] Properties to set
             * @returns {arrow.channel.Warmed} Warmed instance
             * @type {{
             *   (properties: arrow.channel.Warmed.$Shape): arrow.channel.Warmed & arrow.channel.Warmed.$Shape;
             *   (properties?: arrow.channel.Warmed.$Properties): arrow.channel.Warmed;
             * }}
             */
            Warmed.create = function(properties) {
                return new Warmed(properties);
            };

            /**
             * Encodes the specified Warmed message. Does not implicitly {@link arrow.channel.Warmed.verify|verify} messages.
             * @function encode
             * @memberof arrow.channel.Warmed
             * @static
             * @param {arrow.channel.Warmed.$Properties} m Warmed message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Warmed.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ms != null && $Object.hasOwnProperty.call(m, "ms") && m.ms !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.ms);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Warmed message, length delimited. Does not implicitly {@link arrow.channel.Warmed.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.channel.Warmed
             * @static
             * @param {arrow.channel.Warmed.$Properties} message Warmed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Warmed.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Warmed message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.channel.Warmed
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.channel.Warmed & arrow.channel.Warmed.$Shape} Warmed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Warmed.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.channel.Warmed();
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
                                m.ms = v;
                            else
                                delete m.ms;
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
             * Decodes a Warmed message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.channel.Warmed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.channel.Warmed & arrow.channel.Warmed.$Shape} Warmed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Warmed.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Warmed message.
             * @function verify
             * @memberof arrow.channel.Warmed
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Warmed.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.ms != null && $Object.hasOwnProperty.call(m, "ms")) {
                    if (!$util.isInteger(m.ms))
                        return "ms: integer expected";
                }
                return null;
            };

            /**
             * Creates a Warmed message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.channel.Warmed
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.channel.Warmed} Warmed
             */
            Warmed.fromObject = function (d, q) {
                if (d instanceof $root.arrow.channel.Warmed)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.channel.Warmed: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.channel.Warmed();
                if (d.ms != null) {
                    if ($Number(d.ms) !== 0) {
                        m.ms = d.ms >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Warmed message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.channel.Warmed
             * @static
             * @param {arrow.channel.Warmed} m Warmed
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Warmed.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.ms = 0;
                }
                if (m.ms != null && $Object.hasOwnProperty.call(m, "ms")) {
                    d.ms = m.ms;
                }
                return d;
            };

            /**
             * Converts this Warmed to JSON.
             * @function toJSON
             * @memberof arrow.channel.Warmed
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Warmed.prototype.toJSON = function() {
                return Warmed.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Warmed
             * @function getTypeUrl
             * @memberof arrow.channel.Warmed
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Warmed.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.channel.Warmed";
            };

            return Warmed;
        })();

        channel.Resume = (function() {

            /**
             * Properties of a Resume.
             * @typedef {Object} arrow.channel.Resume.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Resume.
             * @memberof arrow.channel
             * @interface IResume
             * @augments arrow.channel.Resume.$Properties
             * @deprecated Use arrow.channel.Resume.$Properties instead.
             */

            /**
             * Shape of a Resume.
             * @typedef {arrow.channel.Resume.$Properties} arrow.channel.Resume.$Shape
             */

            /**
             * Constructs a new Resume.
             * @memberof arrow.channel
             * @classdesc Represents a Resume.
             * @constructor
             * @param {arrow.channel.Resume.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Resume = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new Resume instance using the specified properties.
             * @function create
             * @memberof arrow.channel.Resume
             * @static
             * @param {arrow.channel.Resume.$Properties=} [properties] Properties to set
             * @returns {arrow.channel.Resume} Resume instance
             * @type {{
             *   (properties: arrow.channel.Resume.$Shape): arrow.channel.Resume & arrow.channel.Resume.$Shape;
             *   (properties?: arrow.channel.Resume.$Properties): arrow.channel.Resume;
             * }}
             */
            Resume.create = function(properties) {
                return new Resume(properties);
            };

            /**
             * Encodes the specified Resume message. Does not implicitly {@link arrow.channel.Resume.verify|verify} messages.
             * @function encode
             * @memberof arrow.channel.Resume
             * @static
             * @param {arrow.channel.Resume.$Properties} m Resume message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Resume.encode = function (m, w, q) {
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
             * Encodes the specified Resume message, length delimited. Does not implicitly {@link arrow.channel.Resume.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.channel.Resume
             * @static
             * @param {arrow.channel.Resume.$Properties} message Resume message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Resume.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Resume message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.channel.Resume
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.channel.Resume & arrow.channel.Resume.$Shape} Resume
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Resume.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.channel.Resume();
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
             * Decodes a Resume message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.channel.Resume
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.channel.Resume & arrow.channel.Resume.$Shape} Resume
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Resume.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Resume message.
             * @function verify
             * @memberof arrow.channel.Resume
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Resume.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a Resume message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.channel.Resume
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.channel.Resume} Resume
             */
            Resume.fromObject = function (d, q) {
                if (d instanceof $root.arrow.channel.Resume)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.channel.Resume: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.arrow.channel.Resume();
            };

            /**
             * Creates a plain object from a Resume message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.channel.Resume
             * @static
             * @param {arrow.channel.Resume} m Resume
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Resume.toObject = function () {
                return {};
            };

            /**
             * Converts this Resume to JSON.
             * @function toJSON
             * @memberof arrow.channel.Resume
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Resume.prototype.toJSON = function() {
                return Resume.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Resume
             * @function getTypeUrl
             * @memberof arrow.channel.Resume
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Resume.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.channel.Resume";
            };

            return Resume;
        })();

        channel.Resumed = (function() {

            /**
             * Properties of a Resumed.
             * @typedef {Object} arrow.channel.Resumed.$Properties
             * @property {number|null} [first] Resumed first
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Resumed.
             * @memberof arrow.channel
             * @interface IResumed
             * @augments arrow.channel.Resumed.$Properties
             * @deprecated Use arrow.channel.Resumed.$Properties instead.
             */

            /**
             * Shape of a Resumed.
             * @typedef {arrow.channel.Resumed.$Properties} arrow.channel.Resumed.$Shape
             */

            /**
             * Constructs a new Resumed.
             * @memberof arrow.channel
             * @classdesc Represents a Resumed.
             * @constructor
             * @param {arrow.channel.Resumed.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Resumed = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Resumed first.
             * @member {number} first
             * @memberof arrow.channel.Resumed
             * @instance
             */
            Resumed.prototype.first = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Resumed instance using the specified properties.
             * @function create
             * @memberof arrow.channel.Resumed
             * @static
             * @param {arrow.channel.Resumed.$Properties=} [properties] Properties to set
             * @returns {arrow.channel.Resumed} Resumed instance
             * @type {{
             *   (properties: arrow.channel.Resumed.$Shape): arrow.channel.Resumed & arrow.channel.Resumed.$Shape;
             *   (properties?: arrow.channel.Resumed.$Properties): arrow.channel.Resumed;
             * }}
             */
            Resumed.create = function(properties) {
                return new Resumed(properties);
            };

            /**
             * Encodes the specified Resumed message. Does not implicitly {@link arrow.channel.Resumed.verify|verify} messages.
             * @function encode
             * @memberof arrow.channel.Resumed
             * @static
             * @param {arrow.channel.Resumed.$Properties} m Resumed message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Resumed.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.first != null && $Object.hasOwnProperty.call(m, "first") && (typeof m.first === "object" ? m.first.low || m.first.high : m.first !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.first);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Resumed message, length delimited. Does not implicitly {@link arrow.channel.Resumed.verify|verify} messages.
             * @function encodeDelimited
             * @memberof arrow.channel.Resumed
             * @static
             * @param {arrow.channel.Resumed.$Properties} message Resumed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Resumed.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Resumed message from the specified reader or buffer.
             * @function decode
             * @memberof arrow.channel.Resumed
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {arrow.channel.Resumed & arrow.channel.Resumed.$Shape} Resumed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Resumed.decode = function (r, l, z, q, g) {
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
                m = g || new $root.arrow.channel.Resumed();
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
                                m.first = v;
                            else
                                delete m.first;
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
             * Decodes a Resumed message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof arrow.channel.Resumed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {arrow.channel.Resumed & arrow.channel.Resumed.$Shape} Resumed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Resumed.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Resumed message.
             * @function verify
             * @memberof arrow.channel.Resumed
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Resumed.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.first != null && $Object.hasOwnProperty.call(m, "first")) {
                    if (!$util.isInteger(m.first) && !(m.first && $util.isInteger(m.first.low) && $util.isInteger(m.first.high)))
                        return "first: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a Resumed message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof arrow.channel.Resumed
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {arrow.channel.Resumed} Resumed
             */
            Resumed.fromObject = function (d, q) {
                if (d instanceof $root.arrow.channel.Resumed)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".arrow.channel.Resumed: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.arrow.channel.Resumed();
                if (d.first != null) {
                    if (typeof d.first === "object" ? d.first.low || d.first.high : $Number(d.first) !== 0) {
                        if ($util.Long)
                            m.first = $util.Long.fromValue(d.first, true);
                        else if (typeof d.first === "string")
                            m.first = $parseInt(d.first, 10);
                        else if (typeof d.first === "number")
                            m.first = d.first;
                        else if (typeof d.first === "object")
                            m.first = new $util.LongBits(d.first.low >>> 0, d.first.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Resumed message. Also converts values to other types if specified.
             * @function toObject
             * @memberof arrow.channel.Resumed
             * @static
             * @param {arrow.channel.Resumed} m Resumed
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Resumed.toObject = function (m, o, q) {
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
                        d.first = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.first = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.first != null && $Object.hasOwnProperty.call(m, "first")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.first = typeof m.first === "number" ? $BigInt(m.first) : $util.Long.fromBits(m.first.low >>> 0, m.first.high >>> 0, true).toBigInt();
                    else if (typeof m.first === "number")
                        d.first = o.longs === $String ? $String(m.first) : m.first;
                    else
                        d.first = o.longs === $String ? $util.Long.prototype.toString.call(m.first) : o.longs === $Number ? new $util.LongBits(m.first.low >>> 0, m.first.high >>> 0).toNumber(true) : m.first;
                }
                return d;
            };

            /**
             * Converts this Resumed to JSON.
             * @function toJSON
             * @memberof arrow.channel.Resumed
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Resumed.prototype.toJSON = function() {
                return Resumed.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Resumed
             * @function getTypeUrl
             * @memberof arrow.channel.Resumed
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Resumed.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/arrow.channel.Resumed";
            };

            return Resumed;
        })();

        return channel;
    })();

    return arrow;
})();

export {
  $root as default
};
