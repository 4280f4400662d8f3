import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace arrow {

    namespace channel {

        interface IFrame extends arrow.channel.Frame.$Properties {
        }

        class Frame {
            constructor(p?: arrow.channel.Frame.$Properties);
            $unknowns?: Uint8Array[];
            seq: number;
            ack: number;
            hello?: (arrow.channel.Hello.$Properties|null);
            start?: (arrow.channel.Start.$Properties|null);
            output?: (arrow.channel.Output.$Properties|null);
            exited?: (arrow.channel.Exited.$Properties|null);
            stop?: (arrow.channel.Stop.$Properties|null);
            log?: (arrow.channel.Log.$Properties|null);
            error?: (arrow.channel.Error.$Properties|null);
            warm?: (arrow.channel.Warm.$Properties|null);
            warmed?: (arrow.channel.Warmed.$Properties|null);
            resume?: (arrow.channel.Resume.$Properties|null);
            resumed?: (arrow.channel.Resumed.$Properties|null);
            volumeFile?: (arrow.channel.VolumeFile.$Properties|null);
            volumeReady?: (arrow.channel.VolumeReady.$Properties|null);
            volumeChange?: (arrow.channel.VolumeChange.$Properties|null);
            volumeRescan?: (arrow.channel.VolumeRescan.$Properties|null);
            networkChange?: (arrow.channel.Network.$Properties|null);
            body?: ("hello"|"start"|"output"|"exited"|"stop"|"log"|"error"|"warm"|"warmed"|"resume"|"resumed"|"volumeFile"|"volumeReady"|"volumeChange"|"volumeRescan"|"networkChange");
            static create(properties: arrow.channel.Frame.$Shape): arrow.channel.Frame & arrow.channel.Frame.$Shape;
            static create(properties?: arrow.channel.Frame.$Properties): arrow.channel.Frame;
            static encode(m: arrow.channel.Frame.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.channel.Frame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.channel.Frame & arrow.channel.Frame.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.channel.Frame & arrow.channel.Frame.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.channel.Frame;
            static toObject(m: arrow.channel.Frame, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Frame {
            interface $Properties {
                seq?: (number|null);
                ack?: (number|null);
                hello?: (arrow.channel.Hello.$Properties|null);
                start?: (arrow.channel.Start.$Properties|null);
                output?: (arrow.channel.Output.$Properties|null);
                exited?: (arrow.channel.Exited.$Properties|null);
                stop?: (arrow.channel.Stop.$Properties|null);
                log?: (arrow.channel.Log.$Properties|null);
                error?: (arrow.channel.Error.$Properties|null);
                warm?: (arrow.channel.Warm.$Properties|null);
                warmed?: (arrow.channel.Warmed.$Properties|null);
                resume?: (arrow.channel.Resume.$Properties|null);
                resumed?: (arrow.channel.Resumed.$Properties|null);
                volumeFile?: (arrow.channel.VolumeFile.$Properties|null);
                volumeReady?: (arrow.channel.VolumeReady.$Properties|null);
                volumeChange?: (arrow.channel.VolumeChange.$Properties|null);
                volumeRescan?: (arrow.channel.VolumeRescan.$Properties|null);
                networkChange?: (arrow.channel.Network.$Properties|null);
                body?: ("hello"|"start"|"output"|"exited"|"stop"|"log"|"error"|"warm"|"warmed"|"resume"|"resumed"|"volumeFile"|"volumeReady"|"volumeChange"|"volumeRescan"|"networkChange");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              seq?: number|null;
              ack?: number|null;
              hello?: arrow.channel.Hello.$Shape|null;
              start?: arrow.channel.Start.$Shape|null;
              output?: arrow.channel.Output.$Shape|null;
              exited?: arrow.channel.Exited.$Shape|null;
              stop?: arrow.channel.Stop.$Shape|null;
              log?: arrow.channel.Log.$Shape|null;
              error?: arrow.channel.Error.$Shape|null;
              warm?: arrow.channel.Warm.$Shape|null;
              warmed?: arrow.channel.Warmed.$Shape|null;
              resume?: arrow.channel.Resume.$Shape|null;
              resumed?: arrow.channel.Resumed.$Shape|null;
              volumeFile?: arrow.channel.VolumeFile.$Shape|null;
              volumeReady?: arrow.channel.VolumeReady.$Shape|null;
              volumeChange?: arrow.channel.VolumeChange.$Shape|null;
              volumeRescan?: arrow.channel.VolumeRescan.$Shape|null;
              networkChange?: arrow.channel.Network.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; hello?: null; start?: null; output?: null; exited?: null; stop?: null; log?: null; error?: null; warm?: null; warmed?: null; resume?: null; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "hello"; hello: arrow.channel.Hello.$Shape; start?: null; output?: null; exited?: null; stop?: null; log?: null; error?: null; warm?: null; warmed?: null; resume?: null; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "start"; hello?: null; start: arrow.channel.Start.$Shape; output?: null; exited?: null; stop?: null; log?: null; error?: null; warm?: null; warmed?: null; resume?: null; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "output"; hello?: null; start?: null; output: arrow.channel.Output.$Shape; exited?: null; stop?: null; log?: null; error?: null; warm?: null; warmed?: null; resume?: null; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "exited"; hello?: null; start?: null; output?: null; exited: arrow.channel.Exited.$Shape; stop?: null; log?: null; error?: null; warm?: null; warmed?: null; resume?: null; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "stop"; hello?: null; start?: null; output?: null; exited?: null; stop: arrow.channel.Stop.$Shape; log?: null; error?: null; warm?: null; warmed?: null; resume?: null; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "log"; hello?: null; start?: null; output?: null; exited?: null; stop?: null; log: arrow.channel.Log.$Shape; error?: null; warm?: null; warmed?: null; resume?: null; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "error"; hello?: null; start?: null; output?: null; exited?: null; stop?: null; log?: null; error: arrow.channel.Error.$Shape; warm?: null; warmed?: null; resume?: null; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "warm"; hello?: null; start?: null; output?: null; exited?: null; stop?: null; log?: null; error?: null; warm: arrow.channel.Warm.$Shape; warmed?: null; resume?: null; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "warmed"; hello?: null; start?: null; output?: null; exited?: null; stop?: null; log?: null; error?: null; warm?: null; warmed: arrow.channel.Warmed.$Shape; resume?: null; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "resume"; hello?: null; start?: null; output?: null; exited?: null; stop?: null; log?: null; error?: null; warm?: null; warmed?: null; resume: arrow.channel.Resume.$Shape; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "resumed"; hello?: null; start?: null; output?: null; exited?: null; stop?: null; log?: null; error?: null; warm?: null; warmed?: null; resume?: null; resumed: arrow.channel.Resumed.$Shape; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "volumeFile"; hello?: null; start?: null; output?: null; exited?: null; stop?: null; log?: null; error?: null; warm?: null; warmed?: null; resume?: null; resumed?: null; volumeFile: arrow.channel.VolumeFile.$Shape; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "volumeReady"; hello?: null; start?: null; output?: null; exited?: null; stop?: null; log?: null; error?: null; warm?: null; warmed?: null; resume?: null; resumed?: null; volumeFile?: null; volumeReady: arrow.channel.VolumeReady.$Shape; volumeChange?: null; volumeRescan?: null; networkChange?: null }|{ body?: "volumeChange"; hello?: null; start?: null; output?: null; exited?: null; stop?: null; log?: null; error?: null; warm?: null; warmed?: null; resume?: null; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange: arrow.channel.VolumeChange.$Shape; volumeRescan?: null; networkChange?: null }|{ body?: "volumeRescan"; hello?: null; start?: null; output?: null; exited?: null; stop?: null; log?: null; error?: null; warm?: null; warmed?: null; resume?: null; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan: arrow.channel.VolumeRescan.$Shape; networkChange?: null }|{ body?: "networkChange"; hello?: null; start?: null; output?: null; exited?: null; stop?: null; log?: null; error?: null; warm?: null; warmed?: null; resume?: null; resumed?: null; volumeFile?: null; volumeReady?: null; volumeChange?: null; volumeRescan?: null; networkChange: arrow.channel.Network.$Shape })
            );
        }

        interface IHello extends arrow.channel.Hello.$Properties {
        }

        class Hello {
            constructor(p?: arrow.channel.Hello.$Properties);
            $unknowns?: Uint8Array[];
            ainitVersion: string;
            bootMs: number;
            static create(properties: arrow.channel.Hello.$Shape): arrow.channel.Hello & arrow.channel.Hello.$Shape;
            static create(properties?: arrow.channel.Hello.$Properties): arrow.channel.Hello;
            static encode(m: arrow.channel.Hello.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.channel.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.channel.Hello & arrow.channel.Hello.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.channel.Hello & arrow.channel.Hello.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.channel.Hello;
            static toObject(m: arrow.channel.Hello, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Hello {
            interface $Properties {
                ainitVersion?: (string|null);
                bootMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.channel.Hello.$Properties;
        }

        interface IFile extends arrow.channel.File.$Properties {
        }

        class File {
            constructor(p?: arrow.channel.File.$Properties);
            $unknowns?: Uint8Array[];
            path: string;
            content: Uint8Array;
            mode: number;
            static create(properties: arrow.channel.File.$Shape): arrow.channel.File & arrow.channel.File.$Shape;
            static create(properties?: arrow.channel.File.$Properties): arrow.channel.File;
            static encode(m: arrow.channel.File.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.channel.File.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.channel.File & arrow.channel.File.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.channel.File & arrow.channel.File.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.channel.File;
            static toObject(m: arrow.channel.File, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace File {
            interface $Properties {
                path?: (string|null);
                content?: (Uint8Array|null);
                mode?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.channel.File.$Properties;
        }

        interface IStart extends arrow.channel.Start.$Properties {
        }

        class Start {
            constructor(p?: arrow.channel.Start.$Properties);
            $unknowns?: Uint8Array[];
            argv: string[];
            env: string[];
            files: arrow.channel.File.$Properties[];
            cwd: string;
            clockUnixUs: number;
            rngSeed: Uint8Array;
            macAddress: Uint8Array;
            network?: (arrow.channel.Network.$Properties|null);
            volume?: (arrow.channel.Volume.$Properties|null);
            static create(properties: arrow.channel.Start.$Shape): arrow.channel.Start & arrow.channel.Start.$Shape;
            static create(properties?: arrow.channel.Start.$Properties): arrow.channel.Start;
            static encode(m: arrow.channel.Start.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.channel.Start.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.channel.Start & arrow.channel.Start.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.channel.Start & arrow.channel.Start.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.channel.Start;
            static toObject(m: arrow.channel.Start, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Start {
            interface $Properties {
                argv?: (string[]|null);
                env?: (string[]|null);
                files?: (arrow.channel.File.$Properties[]|null);
                cwd?: (string|null);
                clockUnixUs?: (number|null);
                rngSeed?: (Uint8Array|null);
                macAddress?: (Uint8Array|null);
                network?: (arrow.channel.Network.$Properties|null);
                volume?: (arrow.channel.Volume.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.channel.Start.$Properties;
        }

        interface IVolume extends arrow.channel.Volume.$Properties {
        }

        class Volume {
            constructor(p?: arrow.channel.Volume.$Properties);
            $unknowns?: Uint8Array[];
            path: string;
            sizeLimit: number;
            static create(properties: arrow.channel.Volume.$Shape): arrow.channel.Volume & arrow.channel.Volume.$Shape;
            static create(properties?: arrow.channel.Volume.$Properties): arrow.channel.Volume;
            static encode(m: arrow.channel.Volume.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.channel.Volume.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.channel.Volume & arrow.channel.Volume.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.channel.Volume & arrow.channel.Volume.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.channel.Volume;
            static toObject(m: arrow.channel.Volume, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Volume {
            interface $Properties {
                path?: (string|null);
                sizeLimit?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.channel.Volume.$Properties;
        }

        interface IVolumeFile extends arrow.channel.VolumeFile.$Properties {
        }

        class VolumeFile {
            constructor(p?: arrow.channel.VolumeFile.$Properties);
            $unknowns?: Uint8Array[];
            path: string;
            directory: boolean;
            mode: number;
            offset: number;
            data: Uint8Array;
            static create(properties: arrow.channel.VolumeFile.$Shape): arrow.channel.VolumeFile & arrow.channel.VolumeFile.$Shape;
            static create(properties?: arrow.channel.VolumeFile.$Properties): arrow.channel.VolumeFile;
            static encode(m: arrow.channel.VolumeFile.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.channel.VolumeFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.channel.VolumeFile & arrow.channel.VolumeFile.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.channel.VolumeFile & arrow.channel.VolumeFile.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.channel.VolumeFile;
            static toObject(m: arrow.channel.VolumeFile, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace VolumeFile {
            interface $Properties {
                path?: (string|null);
                directory?: (boolean|null);
                mode?: (number|null);
                offset?: (number|null);
                data?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.channel.VolumeFile.$Properties;
        }

        interface IVolumeReady extends arrow.channel.VolumeReady.$Properties {
        }

        class VolumeReady {
            constructor(p?: arrow.channel.VolumeReady.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: arrow.channel.VolumeReady.$Shape): arrow.channel.VolumeReady & arrow.channel.VolumeReady.$Shape;
            static create(properties?: arrow.channel.VolumeReady.$Properties): arrow.channel.VolumeReady;
            static encode(m: arrow.channel.VolumeReady.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.channel.VolumeReady.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.channel.VolumeReady & arrow.channel.VolumeReady.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.channel.VolumeReady & arrow.channel.VolumeReady.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.channel.VolumeReady;
            static toObject(m: arrow.channel.VolumeReady, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace VolumeReady {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.channel.VolumeReady.$Properties;
        }

        interface IVolumeRescan extends arrow.channel.VolumeRescan.$Properties {
        }

        class VolumeRescan {
            constructor(p?: arrow.channel.VolumeRescan.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: arrow.channel.VolumeRescan.$Shape): arrow.channel.VolumeRescan & arrow.channel.VolumeRescan.$Shape;
            static create(properties?: arrow.channel.VolumeRescan.$Properties): arrow.channel.VolumeRescan;
            static encode(m: arrow.channel.VolumeRescan.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.channel.VolumeRescan.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.channel.VolumeRescan & arrow.channel.VolumeRescan.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.channel.VolumeRescan & arrow.channel.VolumeRescan.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.channel.VolumeRescan;
            static toObject(m: arrow.channel.VolumeRescan, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace VolumeRescan {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.channel.VolumeRescan.$Properties;
        }

        interface IVolumeChange extends arrow.channel.VolumeChange.$Properties {
        }

        class VolumeChange {
            constructor(p?: arrow.channel.VolumeChange.$Properties);
            $unknowns?: Uint8Array[];
            kind: arrow.channel.VolumeChange.Kind;
            path: string;
            mode: number;
            offset: number;
            data: Uint8Array;
            last: boolean;
            static create(properties: arrow.channel.VolumeChange.$Shape): arrow.channel.VolumeChange & arrow.channel.VolumeChange.$Shape;
            static create(properties?: arrow.channel.VolumeChange.$Properties): arrow.channel.VolumeChange;
            static encode(m: arrow.channel.VolumeChange.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.channel.VolumeChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.channel.VolumeChange & arrow.channel.VolumeChange.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.channel.VolumeChange & arrow.channel.VolumeChange.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.channel.VolumeChange;
            static toObject(m: arrow.channel.VolumeChange, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace VolumeChange {
            interface $Properties {
                kind?: (arrow.channel.VolumeChange.Kind|null);
                path?: (string|null);
                mode?: (number|null);
                offset?: (number|null);
                data?: (Uint8Array|null);
                last?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.channel.VolumeChange.$Properties;

            enum Kind {
                UNKNOWN = 0,
                WRITE = 1,
                DELETE = 2,
                MKDIR = 3,
                RESCAN_BEGIN = 4,
                RESCAN_END = 5
            }
        }

        interface INetwork extends arrow.channel.Network.$Properties {
        }

        class Network {
            constructor(p?: arrow.channel.Network.$Properties);
            $unknowns?: Uint8Array[];
            address: string;
            gateway: string;
            mtu: number;
            nameservers: string[];
            static create(properties: arrow.channel.Network.$Shape): arrow.channel.Network & arrow.channel.Network.$Shape;
            static create(properties?: arrow.channel.Network.$Properties): arrow.channel.Network;
            static encode(m: arrow.channel.Network.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.channel.Network.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.channel.Network & arrow.channel.Network.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.channel.Network & arrow.channel.Network.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.channel.Network;
            static toObject(m: arrow.channel.Network, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Network {
            interface $Properties {
                address?: (string|null);
                gateway?: (string|null);
                mtu?: (number|null);
                nameservers?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.channel.Network.$Properties;
        }

        interface IOutput extends arrow.channel.Output.$Properties {
        }

        class Output {
            constructor(p?: arrow.channel.Output.$Properties);
            $unknowns?: Uint8Array[];
            stream: arrow.channel.Output.Stream;
            data: Uint8Array;
            static create(properties: arrow.channel.Output.$Shape): arrow.channel.Output & arrow.channel.Output.$Shape;
            static create(properties?: arrow.channel.Output.$Properties): arrow.channel.Output;
            static encode(m: arrow.channel.Output.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.channel.Output.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.channel.Output & arrow.channel.Output.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.channel.Output & arrow.channel.Output.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.channel.Output;
            static toObject(m: arrow.channel.Output, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Output {
            interface $Properties {
                stream?: (arrow.channel.Output.Stream|null);
                data?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.channel.Output.$Properties;

            enum Stream {
                UNKNOWN = 0,
                STDOUT = 1,
                STDERR = 2
            }
        }

        interface IExited extends arrow.channel.Exited.$Properties {
        }

        class Exited {
            constructor(p?: arrow.channel.Exited.$Properties);
            $unknowns?: Uint8Array[];
            code: number;
            signal: number;
            static create(properties: arrow.channel.Exited.$Shape): arrow.channel.Exited & arrow.channel.Exited.$Shape;
            static create(properties?: arrow.channel.Exited.$Properties): arrow.channel.Exited;
            static encode(m: arrow.channel.Exited.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.channel.Exited.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.channel.Exited & arrow.channel.Exited.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.channel.Exited & arrow.channel.Exited.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.channel.Exited;
            static toObject(m: arrow.channel.Exited, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Exited {
            interface $Properties {
                code?: (number|null);
                signal?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.channel.Exited.$Properties;
        }

        interface IStop extends arrow.channel.Stop.$Properties {
        }

        class Stop {
            constructor(p?: arrow.channel.Stop.$Properties);
            $unknowns?: Uint8Array[];
            graceMs: number;
            static create(properties: arrow.channel.Stop.$Shape): arrow.channel.Stop & arrow.channel.Stop.$Shape;
            static create(properties?: arrow.channel.Stop.$Properties): arrow.channel.Stop;
            static encode(m: arrow.channel.Stop.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.channel.Stop.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.channel.Stop & arrow.channel.Stop.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.channel.Stop & arrow.channel.Stop.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.channel.Stop;
            static toObject(m: arrow.channel.Stop, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Stop {
            interface $Properties {
                graceMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.channel.Stop.$Properties;
        }

        interface ILog extends arrow.channel.Log.$Properties {
        }

        class Log {
            constructor(p?: arrow.channel.Log.$Properties);
            $unknowns?: Uint8Array[];
            message: string;
            static create(properties: arrow.channel.Log.$Shape): arrow.channel.Log & arrow.channel.Log.$Shape;
            static create(properties?: arrow.channel.Log.$Properties): arrow.channel.Log;
            static encode(m: arrow.channel.Log.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.channel.Log.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.channel.Log & arrow.channel.Log.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.channel.Log & arrow.channel.Log.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.channel.Log;
            static toObject(m: arrow.channel.Log, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Log {
            interface $Properties {
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.channel.Log.$Properties;
        }

        interface IError extends arrow.channel.Error.$Properties {
        }

        class Error {
            constructor(p?: arrow.channel.Error.$Properties);
            $unknowns?: Uint8Array[];
            message: string;
            static create(properties: arrow.channel.Error.$Shape): arrow.channel.Error & arrow.channel.Error.$Shape;
            static create(properties?: arrow.channel.Error.$Properties): arrow.channel.Error;
            static encode(m: arrow.channel.Error.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.channel.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.channel.Error & arrow.channel.Error.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.channel.Error & arrow.channel.Error.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.channel.Error;
            static toObject(m: arrow.channel.Error, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {
            interface $Properties {
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.channel.Error.$Properties;
        }

        interface IWarm extends arrow.channel.Warm.$Properties {
        }

        class Warm {
            constructor(p?: arrow.channel.Warm.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: arrow.channel.Warm.$Shape): arrow.channel.Warm & arrow.channel.Warm.$Shape;
            static create(properties?: arrow.channel.Warm.$Properties): arrow.channel.Warm;
            static encode(m: arrow.channel.Warm.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.channel.Warm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.channel.Warm & arrow.channel.Warm.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.channel.Warm & arrow.channel.Warm.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.channel.Warm;
            static toObject(m: arrow.channel.Warm, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Warm {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.channel.Warm.$Properties;
        }

        interface IWarmed extends arrow.channel.Warmed.$Properties {
        }

        class Warmed {
            constructor(p?: arrow.channel.Warmed.$Properties);
            $unknowns?: Uint8Array[];
            ms: number;
            static create(properties: arrow.channel.Warmed.$Shape): arrow.channel.Warmed & arrow.channel.Warmed.$Shape;
            static create(properties?: arrow.channel.Warmed.$Properties): arrow.channel.Warmed;
            static encode(m: arrow.channel.Warmed.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.channel.Warmed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.channel.Warmed & arrow.channel.Warmed.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.channel.Warmed & arrow.channel.Warmed.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.channel.Warmed;
            static toObject(m: arrow.channel.Warmed, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Warmed {
            interface $Properties {
                ms?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.channel.Warmed.$Properties;
        }

        interface IResume extends arrow.channel.Resume.$Properties {
        }

        class Resume {
            constructor(p?: arrow.channel.Resume.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: arrow.channel.Resume.$Shape): arrow.channel.Resume & arrow.channel.Resume.$Shape;
            static create(properties?: arrow.channel.Resume.$Properties): arrow.channel.Resume;
            static encode(m: arrow.channel.Resume.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.channel.Resume.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.channel.Resume & arrow.channel.Resume.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.channel.Resume & arrow.channel.Resume.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.channel.Resume;
            static toObject(m: arrow.channel.Resume, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Resume {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.channel.Resume.$Properties;
        }

        interface IResumed extends arrow.channel.Resumed.$Properties {
        }

        class Resumed {
            constructor(p?: arrow.channel.Resumed.$Properties);
            $unknowns?: Uint8Array[];
            first: number;
            static create(properties: arrow.channel.Resumed.$Shape): arrow.channel.Resumed & arrow.channel.Resumed.$Shape;
            static create(properties?: arrow.channel.Resumed.$Properties): arrow.channel.Resumed;
            static encode(m: arrow.channel.Resumed.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.channel.Resumed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.channel.Resumed & arrow.channel.Resumed.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.channel.Resumed & arrow.channel.Resumed.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.channel.Resumed;
            static toObject(m: arrow.channel.Resumed, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Resumed {
            interface $Properties {
                first?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.channel.Resumed.$Properties;
        }
    }
}
