import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace arrow {

    namespace shadowfs {

        namespace replicate {

            interface IPusherMessage extends arrow.shadowfs.replicate.PusherMessage.$Properties {
            }

            class PusherMessage {
                constructor(p?: arrow.shadowfs.replicate.PusherMessage.$Properties);
                $unknowns?: Uint8Array[];
                offer?: (arrow.shadowfs.replicate.Offer.$Properties|null);
                manifestPart?: (arrow.shadowfs.replicate.ManifestPart.$Properties|null);
                chunk?: (arrow.shadowfs.replicate.Chunk.$Properties|null);
                body?: ("offer"|"manifestPart"|"chunk");
                static create(properties: arrow.shadowfs.replicate.PusherMessage.$Shape): arrow.shadowfs.replicate.PusherMessage & arrow.shadowfs.replicate.PusherMessage.$Shape;
                static create(properties?: arrow.shadowfs.replicate.PusherMessage.$Properties): arrow.shadowfs.replicate.PusherMessage;
                static encode(m: arrow.shadowfs.replicate.PusherMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: arrow.shadowfs.replicate.PusherMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.shadowfs.replicate.PusherMessage & arrow.shadowfs.replicate.PusherMessage.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.shadowfs.replicate.PusherMessage & arrow.shadowfs.replicate.PusherMessage.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): arrow.shadowfs.replicate.PusherMessage;
                static toObject(m: arrow.shadowfs.replicate.PusherMessage, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PusherMessage {
                interface $Properties {
                    offer?: (arrow.shadowfs.replicate.Offer.$Properties|null);
                    manifestPart?: (arrow.shadowfs.replicate.ManifestPart.$Properties|null);
                    chunk?: (arrow.shadowfs.replicate.Chunk.$Properties|null);
                    body?: ("offer"|"manifestPart"|"chunk");
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  offer?: arrow.shadowfs.replicate.Offer.$Shape|null;
                  manifestPart?: arrow.shadowfs.replicate.ManifestPart.$Shape|null;
                  chunk?: arrow.shadowfs.replicate.Chunk.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; offer?: null; manifestPart?: null; chunk?: null }|{ body?: "offer"; offer: arrow.shadowfs.replicate.Offer.$Shape; manifestPart?: null; chunk?: null }|{ body?: "manifestPart"; offer?: null; manifestPart: arrow.shadowfs.replicate.ManifestPart.$Shape; chunk?: null }|{ body?: "chunk"; offer?: null; manifestPart?: null; chunk: arrow.shadowfs.replicate.Chunk.$Shape })
                );
            }

            interface IOffer extends arrow.shadowfs.replicate.Offer.$Properties {
            }

            class Offer {
                constructor(p?: arrow.shadowfs.replicate.Offer.$Properties);
                $unknowns?: Uint8Array[];
                volume: string;
                createdMs: number;
                manifestDigest: Uint8Array;
                manifestSize: number;
                static create(properties: arrow.shadowfs.replicate.Offer.$Shape): arrow.shadowfs.replicate.Offer & arrow.shadowfs.replicate.Offer.$Shape;
                static create(properties?: arrow.shadowfs.replicate.Offer.$Properties): arrow.shadowfs.replicate.Offer;
                static encode(m: arrow.shadowfs.replicate.Offer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: arrow.shadowfs.replicate.Offer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.shadowfs.replicate.Offer & arrow.shadowfs.replicate.Offer.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.shadowfs.replicate.Offer & arrow.shadowfs.replicate.Offer.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): arrow.shadowfs.replicate.Offer;
                static toObject(m: arrow.shadowfs.replicate.Offer, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Offer {
                interface $Properties {
                    volume?: (string|null);
                    createdMs?: (number|null);
                    manifestDigest?: (Uint8Array|null);
                    manifestSize?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = arrow.shadowfs.replicate.Offer.$Properties;
            }

            interface IManifestPart extends arrow.shadowfs.replicate.ManifestPart.$Properties {
            }

            class ManifestPart {
                constructor(p?: arrow.shadowfs.replicate.ManifestPart.$Properties);
                $unknowns?: Uint8Array[];
                data: Uint8Array;
                static create(properties: arrow.shadowfs.replicate.ManifestPart.$Shape): arrow.shadowfs.replicate.ManifestPart & arrow.shadowfs.replicate.ManifestPart.$Shape;
                static create(properties?: arrow.shadowfs.replicate.ManifestPart.$Properties): arrow.shadowfs.replicate.ManifestPart;
                static encode(m: arrow.shadowfs.replicate.ManifestPart.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: arrow.shadowfs.replicate.ManifestPart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.shadowfs.replicate.ManifestPart & arrow.shadowfs.replicate.ManifestPart.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.shadowfs.replicate.ManifestPart & arrow.shadowfs.replicate.ManifestPart.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): arrow.shadowfs.replicate.ManifestPart;
                static toObject(m: arrow.shadowfs.replicate.ManifestPart, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ManifestPart {
                interface $Properties {
                    data?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = arrow.shadowfs.replicate.ManifestPart.$Properties;
            }

            interface IChunk extends arrow.shadowfs.replicate.Chunk.$Properties {
            }

            class Chunk {
                constructor(p?: arrow.shadowfs.replicate.Chunk.$Properties);
                $unknowns?: Uint8Array[];
                digest: Uint8Array;
                data: Uint8Array;
                static create(properties: arrow.shadowfs.replicate.Chunk.$Shape): arrow.shadowfs.replicate.Chunk & arrow.shadowfs.replicate.Chunk.$Shape;
                static create(properties?: arrow.shadowfs.replicate.Chunk.$Properties): arrow.shadowfs.replicate.Chunk;
                static encode(m: arrow.shadowfs.replicate.Chunk.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: arrow.shadowfs.replicate.Chunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.shadowfs.replicate.Chunk & arrow.shadowfs.replicate.Chunk.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.shadowfs.replicate.Chunk & arrow.shadowfs.replicate.Chunk.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): arrow.shadowfs.replicate.Chunk;
                static toObject(m: arrow.shadowfs.replicate.Chunk, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Chunk {
                interface $Properties {
                    digest?: (Uint8Array|null);
                    data?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = arrow.shadowfs.replicate.Chunk.$Properties;
            }

            interface IReplicaMessage extends arrow.shadowfs.replicate.ReplicaMessage.$Properties {
            }

            class ReplicaMessage {
                constructor(p?: arrow.shadowfs.replicate.ReplicaMessage.$Properties);
                $unknowns?: Uint8Array[];
                refused?: (arrow.shadowfs.replicate.Refused.$Properties|null);
                held?: (arrow.shadowfs.replicate.Held.$Properties|null);
                sendManifest?: (arrow.shadowfs.replicate.SendManifest.$Properties|null);
                want?: (arrow.shadowfs.replicate.Want.$Properties|null);
                adopted?: (arrow.shadowfs.replicate.Adopted.$Properties|null);
                body?: ("refused"|"held"|"sendManifest"|"want"|"adopted");
                static create(properties: arrow.shadowfs.replicate.ReplicaMessage.$Shape): arrow.shadowfs.replicate.ReplicaMessage & arrow.shadowfs.replicate.ReplicaMessage.$Shape;
                static create(properties?: arrow.shadowfs.replicate.ReplicaMessage.$Properties): arrow.shadowfs.replicate.ReplicaMessage;
                static encode(m: arrow.shadowfs.replicate.ReplicaMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: arrow.shadowfs.replicate.ReplicaMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.shadowfs.replicate.ReplicaMessage & arrow.shadowfs.replicate.ReplicaMessage.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.shadowfs.replicate.ReplicaMessage & arrow.shadowfs.replicate.ReplicaMessage.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): arrow.shadowfs.replicate.ReplicaMessage;
                static toObject(m: arrow.shadowfs.replicate.ReplicaMessage, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReplicaMessage {
                interface $Properties {
                    refused?: (arrow.shadowfs.replicate.Refused.$Properties|null);
                    held?: (arrow.shadowfs.replicate.Held.$Properties|null);
                    sendManifest?: (arrow.shadowfs.replicate.SendManifest.$Properties|null);
                    want?: (arrow.shadowfs.replicate.Want.$Properties|null);
                    adopted?: (arrow.shadowfs.replicate.Adopted.$Properties|null);
                    body?: ("refused"|"held"|"sendManifest"|"want"|"adopted");
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  refused?: arrow.shadowfs.replicate.Refused.$Shape|null;
                  held?: arrow.shadowfs.replicate.Held.$Shape|null;
                  sendManifest?: arrow.shadowfs.replicate.SendManifest.$Shape|null;
                  want?: arrow.shadowfs.replicate.Want.$Shape|null;
                  adopted?: arrow.shadowfs.replicate.Adopted.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; refused?: null; held?: null; sendManifest?: null; want?: null; adopted?: null }|{ body?: "refused"; refused: arrow.shadowfs.replicate.Refused.$Shape; held?: null; sendManifest?: null; want?: null; adopted?: null }|{ body?: "held"; refused?: null; held: arrow.shadowfs.replicate.Held.$Shape; sendManifest?: null; want?: null; adopted?: null }|{ body?: "sendManifest"; refused?: null; held?: null; sendManifest: arrow.shadowfs.replicate.SendManifest.$Shape; want?: null; adopted?: null }|{ body?: "want"; refused?: null; held?: null; sendManifest?: null; want: arrow.shadowfs.replicate.Want.$Shape; adopted?: null }|{ body?: "adopted"; refused?: null; held?: null; sendManifest?: null; want?: null; adopted: arrow.shadowfs.replicate.Adopted.$Shape })
                );
            }

            interface IRefused extends arrow.shadowfs.replicate.Refused.$Properties {
            }

            class Refused {
                constructor(p?: arrow.shadowfs.replicate.Refused.$Properties);
                $unknowns?: Uint8Array[];
                code: string;
                reason: string;
                static create(properties: arrow.shadowfs.replicate.Refused.$Shape): arrow.shadowfs.replicate.Refused & arrow.shadowfs.replicate.Refused.$Shape;
                static create(properties?: arrow.shadowfs.replicate.Refused.$Properties): arrow.shadowfs.replicate.Refused;
                static encode(m: arrow.shadowfs.replicate.Refused.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: arrow.shadowfs.replicate.Refused.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.shadowfs.replicate.Refused & arrow.shadowfs.replicate.Refused.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.shadowfs.replicate.Refused & arrow.shadowfs.replicate.Refused.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): arrow.shadowfs.replicate.Refused;
                static toObject(m: arrow.shadowfs.replicate.Refused, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Refused {
                interface $Properties {
                    code?: (string|null);
                    reason?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = arrow.shadowfs.replicate.Refused.$Properties;
            }

            interface IHeld extends arrow.shadowfs.replicate.Held.$Properties {
            }

            class Held {
                constructor(p?: arrow.shadowfs.replicate.Held.$Properties);
                $unknowns?: Uint8Array[];
                seq: number;
                static create(properties: arrow.shadowfs.replicate.Held.$Shape): arrow.shadowfs.replicate.Held & arrow.shadowfs.replicate.Held.$Shape;
                static create(properties?: arrow.shadowfs.replicate.Held.$Properties): arrow.shadowfs.replicate.Held;
                static encode(m: arrow.shadowfs.replicate.Held.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: arrow.shadowfs.replicate.Held.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.shadowfs.replicate.Held & arrow.shadowfs.replicate.Held.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.shadowfs.replicate.Held & arrow.shadowfs.replicate.Held.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): arrow.shadowfs.replicate.Held;
                static toObject(m: arrow.shadowfs.replicate.Held, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Held {
                interface $Properties {
                    seq?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = arrow.shadowfs.replicate.Held.$Properties;
            }

            interface ISendManifest extends arrow.shadowfs.replicate.SendManifest.$Properties {
            }

            class SendManifest {
                constructor(p?: arrow.shadowfs.replicate.SendManifest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: arrow.shadowfs.replicate.SendManifest.$Shape): arrow.shadowfs.replicate.SendManifest & arrow.shadowfs.replicate.SendManifest.$Shape;
                static create(properties?: arrow.shadowfs.replicate.SendManifest.$Properties): arrow.shadowfs.replicate.SendManifest;
                static encode(m: arrow.shadowfs.replicate.SendManifest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: arrow.shadowfs.replicate.SendManifest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.shadowfs.replicate.SendManifest & arrow.shadowfs.replicate.SendManifest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.shadowfs.replicate.SendManifest & arrow.shadowfs.replicate.SendManifest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): arrow.shadowfs.replicate.SendManifest;
                static toObject(m: arrow.shadowfs.replicate.SendManifest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SendManifest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = arrow.shadowfs.replicate.SendManifest.$Properties;
            }

            interface IWant extends arrow.shadowfs.replicate.Want.$Properties {
            }

            class Want {
                constructor(p?: arrow.shadowfs.replicate.Want.$Properties);
                $unknowns?: Uint8Array[];
                chunks: Uint8Array;
                static create(properties: arrow.shadowfs.replicate.Want.$Shape): arrow.shadowfs.replicate.Want & arrow.shadowfs.replicate.Want.$Shape;
                static create(properties?: arrow.shadowfs.replicate.Want.$Properties): arrow.shadowfs.replicate.Want;
                static encode(m: arrow.shadowfs.replicate.Want.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: arrow.shadowfs.replicate.Want.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.shadowfs.replicate.Want & arrow.shadowfs.replicate.Want.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.shadowfs.replicate.Want & arrow.shadowfs.replicate.Want.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): arrow.shadowfs.replicate.Want;
                static toObject(m: arrow.shadowfs.replicate.Want, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Want {
                interface $Properties {
                    chunks?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = arrow.shadowfs.replicate.Want.$Properties;
            }

            interface IAdopted extends arrow.shadowfs.replicate.Adopted.$Properties {
            }

            class Adopted {
                constructor(p?: arrow.shadowfs.replicate.Adopted.$Properties);
                $unknowns?: Uint8Array[];
                seq: number;
                static create(properties: arrow.shadowfs.replicate.Adopted.$Shape): arrow.shadowfs.replicate.Adopted & arrow.shadowfs.replicate.Adopted.$Shape;
                static create(properties?: arrow.shadowfs.replicate.Adopted.$Properties): arrow.shadowfs.replicate.Adopted;
                static encode(m: arrow.shadowfs.replicate.Adopted.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: arrow.shadowfs.replicate.Adopted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.shadowfs.replicate.Adopted & arrow.shadowfs.replicate.Adopted.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.shadowfs.replicate.Adopted & arrow.shadowfs.replicate.Adopted.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): arrow.shadowfs.replicate.Adopted;
                static toObject(m: arrow.shadowfs.replicate.Adopted, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Adopted {
                interface $Properties {
                    seq?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = arrow.shadowfs.replicate.Adopted.$Properties;
            }
        }
    }
}
