import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace arrow {

    namespace shadowfs {

        interface IManifest extends arrow.shadowfs.Manifest.$Properties {
        }

        class Manifest {
            constructor(p?: arrow.shadowfs.Manifest.$Properties);
            $unknowns?: Uint8Array[];
            version: number;
            rootMode: number;
            entries: arrow.shadowfs.Entry.$Properties[];
            static create(properties: arrow.shadowfs.Manifest.$Shape): arrow.shadowfs.Manifest & arrow.shadowfs.Manifest.$Shape;
            static create(properties?: arrow.shadowfs.Manifest.$Properties): arrow.shadowfs.Manifest;
            static encode(m: arrow.shadowfs.Manifest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.shadowfs.Manifest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.shadowfs.Manifest & arrow.shadowfs.Manifest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.shadowfs.Manifest & arrow.shadowfs.Manifest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.shadowfs.Manifest;
            static toObject(m: arrow.shadowfs.Manifest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Manifest {
            interface $Properties {
                version?: (number|null);
                rootMode?: (number|null);
                entries?: (arrow.shadowfs.Entry.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.shadowfs.Manifest.$Properties;
        }

        interface IEntry extends arrow.shadowfs.Entry.$Properties {
        }

        class Entry {
            constructor(p?: arrow.shadowfs.Entry.$Properties);
            $unknowns?: Uint8Array[];
            path: string;
            type: number;
            mode: number;
            size: number;
            mtimeSec: number;
            mtimeNsec: number;
            chunks: arrow.shadowfs.ChunkRef.$Properties[];
            target: string;
            static create(properties: arrow.shadowfs.Entry.$Shape): arrow.shadowfs.Entry & arrow.shadowfs.Entry.$Shape;
            static create(properties?: arrow.shadowfs.Entry.$Properties): arrow.shadowfs.Entry;
            static encode(m: arrow.shadowfs.Entry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.shadowfs.Entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.shadowfs.Entry & arrow.shadowfs.Entry.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.shadowfs.Entry & arrow.shadowfs.Entry.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.shadowfs.Entry;
            static toObject(m: arrow.shadowfs.Entry, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Entry {
            interface $Properties {
                path?: (string|null);
                type?: (number|null);
                mode?: (number|null);
                size?: (number|null);
                mtimeSec?: (number|null);
                mtimeNsec?: (number|null);
                chunks?: (arrow.shadowfs.ChunkRef.$Properties[]|null);
                target?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.shadowfs.Entry.$Properties;
        }

        interface IChunkRef extends arrow.shadowfs.ChunkRef.$Properties {
        }

        class ChunkRef {
            constructor(p?: arrow.shadowfs.ChunkRef.$Properties);
            $unknowns?: Uint8Array[];
            sha256: Uint8Array;
            size: number;
            static create(properties: arrow.shadowfs.ChunkRef.$Shape): arrow.shadowfs.ChunkRef & arrow.shadowfs.ChunkRef.$Shape;
            static create(properties?: arrow.shadowfs.ChunkRef.$Properties): arrow.shadowfs.ChunkRef;
            static encode(m: arrow.shadowfs.ChunkRef.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.shadowfs.ChunkRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.shadowfs.ChunkRef & arrow.shadowfs.ChunkRef.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.shadowfs.ChunkRef & arrow.shadowfs.ChunkRef.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.shadowfs.ChunkRef;
            static toObject(m: arrow.shadowfs.ChunkRef, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ChunkRef {
            interface $Properties {
                sha256?: (Uint8Array|null);
                size?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.shadowfs.ChunkRef.$Properties;
        }

        interface ISnapshotRecord extends arrow.shadowfs.SnapshotRecord.$Properties {
        }

        class SnapshotRecord {
            constructor(p?: arrow.shadowfs.SnapshotRecord.$Properties);
            $unknowns?: Uint8Array[];
            seq: number;
            manifest: string;
            createdMs: number;
            logicalBytes: number;
            newBytes: number;
            entries: number;
            chunks: number;
            static create(properties: arrow.shadowfs.SnapshotRecord.$Shape): arrow.shadowfs.SnapshotRecord & arrow.shadowfs.SnapshotRecord.$Shape;
            static create(properties?: arrow.shadowfs.SnapshotRecord.$Properties): arrow.shadowfs.SnapshotRecord;
            static encode(m: arrow.shadowfs.SnapshotRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.shadowfs.SnapshotRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.shadowfs.SnapshotRecord & arrow.shadowfs.SnapshotRecord.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.shadowfs.SnapshotRecord & arrow.shadowfs.SnapshotRecord.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.shadowfs.SnapshotRecord;
            static toObject(m: arrow.shadowfs.SnapshotRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotRecord {
            interface $Properties {
                seq?: (number|null);
                manifest?: (string|null);
                createdMs?: (number|null);
                logicalBytes?: (number|null);
                newBytes?: (number|null);
                entries?: (number|null);
                chunks?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.shadowfs.SnapshotRecord.$Properties;
        }

        interface IVolumeRecord extends arrow.shadowfs.VolumeRecord.$Properties {
        }

        class VolumeRecord {
            constructor(p?: arrow.shadowfs.VolumeRecord.$Properties);
            $unknowns?: Uint8Array[];
            nextSeq: number;
            static create(properties: arrow.shadowfs.VolumeRecord.$Shape): arrow.shadowfs.VolumeRecord & arrow.shadowfs.VolumeRecord.$Shape;
            static create(properties?: arrow.shadowfs.VolumeRecord.$Properties): arrow.shadowfs.VolumeRecord;
            static encode(m: arrow.shadowfs.VolumeRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.shadowfs.VolumeRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.shadowfs.VolumeRecord & arrow.shadowfs.VolumeRecord.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.shadowfs.VolumeRecord & arrow.shadowfs.VolumeRecord.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.shadowfs.VolumeRecord;
            static toObject(m: arrow.shadowfs.VolumeRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace VolumeRecord {
            interface $Properties {
                nextSeq?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.shadowfs.VolumeRecord.$Properties;
        }

        interface IPendingRelease extends arrow.shadowfs.PendingRelease.$Properties {
        }

        class PendingRelease {
            constructor(p?: arrow.shadowfs.PendingRelease.$Properties);
            $unknowns?: Uint8Array[];
            manifests: string[];
            volume: string;
            static create(properties: arrow.shadowfs.PendingRelease.$Shape): arrow.shadowfs.PendingRelease & arrow.shadowfs.PendingRelease.$Shape;
            static create(properties?: arrow.shadowfs.PendingRelease.$Properties): arrow.shadowfs.PendingRelease;
            static encode(m: arrow.shadowfs.PendingRelease.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.shadowfs.PendingRelease.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.shadowfs.PendingRelease & arrow.shadowfs.PendingRelease.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.shadowfs.PendingRelease & arrow.shadowfs.PendingRelease.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.shadowfs.PendingRelease;
            static toObject(m: arrow.shadowfs.PendingRelease, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PendingRelease {
            interface $Properties {
                manifests?: (string[]|null);
                volume?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.shadowfs.PendingRelease.$Properties;
        }
    }
}
