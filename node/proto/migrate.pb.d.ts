import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace arrow {

    namespace migrate {

        interface IVmSpec extends arrow.migrate.VmSpec.$Properties {
        }

        class VmSpec {
            constructor(p?: arrow.migrate.VmSpec.$Properties);
            $unknowns?: Uint8Array[];
            kernelDigest: string;
            initrdDigest: string;
            cmdline: string;
            memoryMib: number;
            cpus: number;
            accelerator: string;
            network: string;
            restoresUserNetwork: boolean;
            namedRam: boolean;
            freePageReporting: boolean;
            translationCacheMib: number;
            qemuVersion: string;
            static create(properties: arrow.migrate.VmSpec.$Shape): arrow.migrate.VmSpec & arrow.migrate.VmSpec.$Shape;
            static create(properties?: arrow.migrate.VmSpec.$Properties): arrow.migrate.VmSpec;
            static encode(m: arrow.migrate.VmSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.migrate.VmSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.migrate.VmSpec & arrow.migrate.VmSpec.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.migrate.VmSpec & arrow.migrate.VmSpec.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.migrate.VmSpec;
            static toObject(m: arrow.migrate.VmSpec, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace VmSpec {
            interface $Properties {
                kernelDigest?: (string|null);
                initrdDigest?: (string|null);
                cmdline?: (string|null);
                memoryMib?: (number|null);
                cpus?: (number|null);
                accelerator?: (string|null);
                network?: (string|null);
                restoresUserNetwork?: (boolean|null);
                namedRam?: (boolean|null);
                freePageReporting?: (boolean|null);
                translationCacheMib?: (number|null);
                qemuVersion?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.migrate.VmSpec.$Properties;
        }

        interface IHeader extends arrow.migrate.Header.$Properties {
        }

        class Header {
            constructor(p?: arrow.migrate.Header.$Properties);
            $unknowns?: Uint8Array[];
            arrow: string;
            vm?: (arrow.migrate.VmSpec.$Properties|null);
            static create(properties: arrow.migrate.Header.$Shape): arrow.migrate.Header & arrow.migrate.Header.$Shape;
            static create(properties?: arrow.migrate.Header.$Properties): arrow.migrate.Header;
            static encode(m: arrow.migrate.Header.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.migrate.Header.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.migrate.Header & arrow.migrate.Header.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.migrate.Header & arrow.migrate.Header.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.migrate.Header;
            static toObject(m: arrow.migrate.Header, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Header {
            interface $Properties {
                arrow?: (string|null);
                vm?: (arrow.migrate.VmSpec.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.migrate.Header.$Properties;
        }

        interface ISourceMessage extends arrow.migrate.SourceMessage.$Properties {
        }

        class SourceMessage {
            constructor(p?: arrow.migrate.SourceMessage.$Properties);
            $unknowns?: Uint8Array[];
            header?: (arrow.migrate.Header.$Properties|null);
            ram?: (Uint8Array|null);
            ramEnd?: (arrow.migrate.RamEnd.$Properties|null);
            go?: (arrow.migrate.Go.$Properties|null);
            abort?: (arrow.migrate.Abort.$Properties|null);
            body?: ("header"|"ram"|"ramEnd"|"go"|"abort");
            static create(properties: arrow.migrate.SourceMessage.$Shape): arrow.migrate.SourceMessage & arrow.migrate.SourceMessage.$Shape;
            static create(properties?: arrow.migrate.SourceMessage.$Properties): arrow.migrate.SourceMessage;
            static encode(m: arrow.migrate.SourceMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.migrate.SourceMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.migrate.SourceMessage & arrow.migrate.SourceMessage.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.migrate.SourceMessage & arrow.migrate.SourceMessage.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.migrate.SourceMessage;
            static toObject(m: arrow.migrate.SourceMessage, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SourceMessage {
            interface $Properties {
                header?: (arrow.migrate.Header.$Properties|null);
                ram?: (Uint8Array|null);
                ramEnd?: (arrow.migrate.RamEnd.$Properties|null);
                go?: (arrow.migrate.Go.$Properties|null);
                abort?: (arrow.migrate.Abort.$Properties|null);
                body?: ("header"|"ram"|"ramEnd"|"go"|"abort");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              header?: arrow.migrate.Header.$Shape|null;
              ram?: Uint8Array|null;
              ramEnd?: arrow.migrate.RamEnd.$Shape|null;
              go?: arrow.migrate.Go.$Shape|null;
              abort?: arrow.migrate.Abort.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; header?: null; ram?: null; ramEnd?: null; go?: null; abort?: null }|{ body?: "header"; header: arrow.migrate.Header.$Shape; ram?: null; ramEnd?: null; go?: null; abort?: null }|{ body?: "ram"; header?: null; ram: Uint8Array; ramEnd?: null; go?: null; abort?: null }|{ body?: "ramEnd"; header?: null; ram?: null; ramEnd: arrow.migrate.RamEnd.$Shape; go?: null; abort?: null }|{ body?: "go"; header?: null; ram?: null; ramEnd?: null; go: arrow.migrate.Go.$Shape; abort?: null }|{ body?: "abort"; header?: null; ram?: null; ramEnd?: null; go?: null; abort: arrow.migrate.Abort.$Shape })
            );
        }

        interface IRamEnd extends arrow.migrate.RamEnd.$Properties {
        }

        class RamEnd {
            constructor(p?: arrow.migrate.RamEnd.$Properties);
            $unknowns?: Uint8Array[];
            bytes: number;
            sha256: Uint8Array;
            static create(properties: arrow.migrate.RamEnd.$Shape): arrow.migrate.RamEnd & arrow.migrate.RamEnd.$Shape;
            static create(properties?: arrow.migrate.RamEnd.$Properties): arrow.migrate.RamEnd;
            static encode(m: arrow.migrate.RamEnd.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.migrate.RamEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.migrate.RamEnd & arrow.migrate.RamEnd.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.migrate.RamEnd & arrow.migrate.RamEnd.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.migrate.RamEnd;
            static toObject(m: arrow.migrate.RamEnd, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RamEnd {
            interface $Properties {
                bytes?: (number|null);
                sha256?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.migrate.RamEnd.$Properties;
        }

        interface IGo extends arrow.migrate.Go.$Properties {
        }

        class Go {
            constructor(p?: arrow.migrate.Go.$Properties);
            $unknowns?: Uint8Array[];
            channelReceived: number;
            static create(properties: arrow.migrate.Go.$Shape): arrow.migrate.Go & arrow.migrate.Go.$Shape;
            static create(properties?: arrow.migrate.Go.$Properties): arrow.migrate.Go;
            static encode(m: arrow.migrate.Go.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.migrate.Go.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.migrate.Go & arrow.migrate.Go.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.migrate.Go & arrow.migrate.Go.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.migrate.Go;
            static toObject(m: arrow.migrate.Go, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Go {
            interface $Properties {
                channelReceived?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.migrate.Go.$Properties;
        }

        interface IAbort extends arrow.migrate.Abort.$Properties {
        }

        class Abort {
            constructor(p?: arrow.migrate.Abort.$Properties);
            $unknowns?: Uint8Array[];
            reason: string;
            static create(properties: arrow.migrate.Abort.$Shape): arrow.migrate.Abort & arrow.migrate.Abort.$Shape;
            static create(properties?: arrow.migrate.Abort.$Properties): arrow.migrate.Abort;
            static encode(m: arrow.migrate.Abort.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.migrate.Abort.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.migrate.Abort & arrow.migrate.Abort.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.migrate.Abort & arrow.migrate.Abort.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.migrate.Abort;
            static toObject(m: arrow.migrate.Abort, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Abort {
            interface $Properties {
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.migrate.Abort.$Properties;
        }

        interface ITargetMessage extends arrow.migrate.TargetMessage.$Properties {
        }

        class TargetMessage {
            constructor(p?: arrow.migrate.TargetMessage.$Properties);
            $unknowns?: Uint8Array[];
            ready?: (arrow.migrate.Ready.$Properties|null);
            loaded?: (arrow.migrate.Loaded.$Properties|null);
            done?: (arrow.migrate.Done.$Properties|null);
            body?: ("ready"|"loaded"|"done");
            static create(properties: arrow.migrate.TargetMessage.$Shape): arrow.migrate.TargetMessage & arrow.migrate.TargetMessage.$Shape;
            static create(properties?: arrow.migrate.TargetMessage.$Properties): arrow.migrate.TargetMessage;
            static encode(m: arrow.migrate.TargetMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.migrate.TargetMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.migrate.TargetMessage & arrow.migrate.TargetMessage.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.migrate.TargetMessage & arrow.migrate.TargetMessage.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.migrate.TargetMessage;
            static toObject(m: arrow.migrate.TargetMessage, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TargetMessage {
            interface $Properties {
                ready?: (arrow.migrate.Ready.$Properties|null);
                loaded?: (arrow.migrate.Loaded.$Properties|null);
                done?: (arrow.migrate.Done.$Properties|null);
                body?: ("ready"|"loaded"|"done");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              ready?: arrow.migrate.Ready.$Shape|null;
              loaded?: arrow.migrate.Loaded.$Shape|null;
              done?: arrow.migrate.Done.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; ready?: null; loaded?: null; done?: null }|{ body?: "ready"; ready: arrow.migrate.Ready.$Shape; loaded?: null; done?: null }|{ body?: "loaded"; ready?: null; loaded: arrow.migrate.Loaded.$Shape; done?: null }|{ body?: "done"; ready?: null; loaded?: null; done: arrow.migrate.Done.$Shape })
            );
        }

        interface IReady extends arrow.migrate.Ready.$Properties {
        }

        class Ready {
            constructor(p?: arrow.migrate.Ready.$Properties);
            $unknowns?: Uint8Array[];
            accepted: boolean;
            reason: string;
            static create(properties: arrow.migrate.Ready.$Shape): arrow.migrate.Ready & arrow.migrate.Ready.$Shape;
            static create(properties?: arrow.migrate.Ready.$Properties): arrow.migrate.Ready;
            static encode(m: arrow.migrate.Ready.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.migrate.Ready.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.migrate.Ready & arrow.migrate.Ready.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.migrate.Ready & arrow.migrate.Ready.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.migrate.Ready;
            static toObject(m: arrow.migrate.Ready, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ready {
            interface $Properties {
                accepted?: (boolean|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.migrate.Ready.$Properties;
        }

        interface ILoaded extends arrow.migrate.Loaded.$Properties {
        }

        class Loaded {
            constructor(p?: arrow.migrate.Loaded.$Properties);
            $unknowns?: Uint8Array[];
            ok: boolean;
            reason: string;
            bytes: number;
            static create(properties: arrow.migrate.Loaded.$Shape): arrow.migrate.Loaded & arrow.migrate.Loaded.$Shape;
            static create(properties?: arrow.migrate.Loaded.$Properties): arrow.migrate.Loaded;
            static encode(m: arrow.migrate.Loaded.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.migrate.Loaded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.migrate.Loaded & arrow.migrate.Loaded.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.migrate.Loaded & arrow.migrate.Loaded.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.migrate.Loaded;
            static toObject(m: arrow.migrate.Loaded, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Loaded {
            interface $Properties {
                ok?: (boolean|null);
                reason?: (string|null);
                bytes?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.migrate.Loaded.$Properties;
        }

        interface IDone extends arrow.migrate.Done.$Properties {
        }

        class Done {
            constructor(p?: arrow.migrate.Done.$Properties);
            $unknowns?: Uint8Array[];
            ok: boolean;
            reason: string;
            static create(properties: arrow.migrate.Done.$Shape): arrow.migrate.Done & arrow.migrate.Done.$Shape;
            static create(properties?: arrow.migrate.Done.$Properties): arrow.migrate.Done;
            static encode(m: arrow.migrate.Done.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.migrate.Done.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.migrate.Done & arrow.migrate.Done.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.migrate.Done & arrow.migrate.Done.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.migrate.Done;
            static toObject(m: arrow.migrate.Done, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Done {
            interface $Properties {
                ok?: (boolean|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.migrate.Done.$Properties;
        }
    }
}
