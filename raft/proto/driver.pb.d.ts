import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace arrow {

    namespace raftdriver {

        interface IProposal extends arrow.raftdriver.Proposal.$Properties {
        }

        class Proposal {
            constructor(p?: arrow.raftdriver.Proposal.$Properties);
            $unknowns?: Uint8Array[];
            proposer: string;
            request: number;
            command: Uint8Array;
            static create(properties: arrow.raftdriver.Proposal.$Shape): arrow.raftdriver.Proposal & arrow.raftdriver.Proposal.$Shape;
            static create(properties?: arrow.raftdriver.Proposal.$Properties): arrow.raftdriver.Proposal;
            static encode(m: arrow.raftdriver.Proposal.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.raftdriver.Proposal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.raftdriver.Proposal & arrow.raftdriver.Proposal.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.raftdriver.Proposal & arrow.raftdriver.Proposal.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.raftdriver.Proposal;
            static toObject(m: arrow.raftdriver.Proposal, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Proposal {
            interface $Properties {
                proposer?: (string|null);
                request?: (number|null);
                command?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.raftdriver.Proposal.$Properties;
        }

        interface IAddressEntry extends arrow.raftdriver.AddressEntry.$Properties {
        }

        class AddressEntry {
            constructor(p?: arrow.raftdriver.AddressEntry.$Properties);
            $unknowns?: Uint8Array[];
            member: string;
            address: string;
            static create(properties: arrow.raftdriver.AddressEntry.$Shape): arrow.raftdriver.AddressEntry & arrow.raftdriver.AddressEntry.$Shape;
            static create(properties?: arrow.raftdriver.AddressEntry.$Properties): arrow.raftdriver.AddressEntry;
            static encode(m: arrow.raftdriver.AddressEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.raftdriver.AddressEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.raftdriver.AddressEntry & arrow.raftdriver.AddressEntry.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.raftdriver.AddressEntry & arrow.raftdriver.AddressEntry.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.raftdriver.AddressEntry;
            static toObject(m: arrow.raftdriver.AddressEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AddressEntry {
            interface $Properties {
                member?: (string|null);
                address?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.raftdriver.AddressEntry.$Properties;
        }

        interface ISnapshotData extends arrow.raftdriver.SnapshotData.$Properties {
        }

        class SnapshotData {
            constructor(p?: arrow.raftdriver.SnapshotData.$Properties);
            $unknowns?: Uint8Array[];
            addresses: arrow.raftdriver.AddressEntry.$Properties[];
            state: Uint8Array;
            static create(properties: arrow.raftdriver.SnapshotData.$Shape): arrow.raftdriver.SnapshotData & arrow.raftdriver.SnapshotData.$Shape;
            static create(properties?: arrow.raftdriver.SnapshotData.$Properties): arrow.raftdriver.SnapshotData;
            static encode(m: arrow.raftdriver.SnapshotData.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.raftdriver.SnapshotData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.raftdriver.SnapshotData & arrow.raftdriver.SnapshotData.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.raftdriver.SnapshotData & arrow.raftdriver.SnapshotData.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.raftdriver.SnapshotData;
            static toObject(m: arrow.raftdriver.SnapshotData, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotData {
            interface $Properties {
                addresses?: (arrow.raftdriver.AddressEntry.$Properties[]|null);
                state?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.raftdriver.SnapshotData.$Properties;
        }

        interface IKvCommand extends arrow.raftdriver.KvCommand.$Properties {
        }

        class KvCommand {
            constructor(p?: arrow.raftdriver.KvCommand.$Properties);
            $unknowns?: Uint8Array[];
            key: string;
            value: Uint8Array;
            static create(properties: arrow.raftdriver.KvCommand.$Shape): arrow.raftdriver.KvCommand & arrow.raftdriver.KvCommand.$Shape;
            static create(properties?: arrow.raftdriver.KvCommand.$Properties): arrow.raftdriver.KvCommand;
            static encode(m: arrow.raftdriver.KvCommand.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.raftdriver.KvCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.raftdriver.KvCommand & arrow.raftdriver.KvCommand.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.raftdriver.KvCommand & arrow.raftdriver.KvCommand.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.raftdriver.KvCommand;
            static toObject(m: arrow.raftdriver.KvCommand, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace KvCommand {
            interface $Properties {
                key?: (string|null);
                value?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.raftdriver.KvCommand.$Properties;
        }

        interface IKvPair extends arrow.raftdriver.KvPair.$Properties {
        }

        class KvPair {
            constructor(p?: arrow.raftdriver.KvPair.$Properties);
            $unknowns?: Uint8Array[];
            key: string;
            value: Uint8Array;
            static create(properties: arrow.raftdriver.KvPair.$Shape): arrow.raftdriver.KvPair & arrow.raftdriver.KvPair.$Shape;
            static create(properties?: arrow.raftdriver.KvPair.$Properties): arrow.raftdriver.KvPair;
            static encode(m: arrow.raftdriver.KvPair.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.raftdriver.KvPair.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.raftdriver.KvPair & arrow.raftdriver.KvPair.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.raftdriver.KvPair & arrow.raftdriver.KvPair.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.raftdriver.KvPair;
            static toObject(m: arrow.raftdriver.KvPair, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace KvPair {
            interface $Properties {
                key?: (string|null);
                value?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.raftdriver.KvPair.$Properties;
        }

        interface IKvSnapshot extends arrow.raftdriver.KvSnapshot.$Properties {
        }

        class KvSnapshot {
            constructor(p?: arrow.raftdriver.KvSnapshot.$Properties);
            $unknowns?: Uint8Array[];
            pairs: arrow.raftdriver.KvPair.$Properties[];
            static create(properties: arrow.raftdriver.KvSnapshot.$Shape): arrow.raftdriver.KvSnapshot & arrow.raftdriver.KvSnapshot.$Shape;
            static create(properties?: arrow.raftdriver.KvSnapshot.$Properties): arrow.raftdriver.KvSnapshot;
            static encode(m: arrow.raftdriver.KvSnapshot.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.raftdriver.KvSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.raftdriver.KvSnapshot & arrow.raftdriver.KvSnapshot.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.raftdriver.KvSnapshot & arrow.raftdriver.KvSnapshot.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.raftdriver.KvSnapshot;
            static toObject(m: arrow.raftdriver.KvSnapshot, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace KvSnapshot {
            interface $Properties {
                pairs?: (arrow.raftdriver.KvPair.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.raftdriver.KvSnapshot.$Properties;
        }

        interface IClientRequest extends arrow.raftdriver.ClientRequest.$Properties {
        }

        class ClientRequest {
            constructor(p?: arrow.raftdriver.ClientRequest.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            put?: (arrow.raftdriver.KvCommand.$Properties|null);
            get?: (string|null);
            dump?: (boolean|null);
            status?: (boolean|null);
            body?: ("put"|"get"|"dump"|"status");
            static create(properties: arrow.raftdriver.ClientRequest.$Shape): arrow.raftdriver.ClientRequest & arrow.raftdriver.ClientRequest.$Shape;
            static create(properties?: arrow.raftdriver.ClientRequest.$Properties): arrow.raftdriver.ClientRequest;
            static encode(m: arrow.raftdriver.ClientRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.raftdriver.ClientRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.raftdriver.ClientRequest & arrow.raftdriver.ClientRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.raftdriver.ClientRequest & arrow.raftdriver.ClientRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.raftdriver.ClientRequest;
            static toObject(m: arrow.raftdriver.ClientRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClientRequest {
            interface $Properties {
                id?: (number|null);
                put?: (arrow.raftdriver.KvCommand.$Properties|null);
                get?: (string|null);
                dump?: (boolean|null);
                status?: (boolean|null);
                body?: ("put"|"get"|"dump"|"status");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              id?: number|null;
              put?: arrow.raftdriver.KvCommand.$Shape|null;
              get?: string|null;
              dump?: boolean|null;
              status?: boolean|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; put?: null; get?: null; dump?: null; status?: null }|{ body?: "put"; put: arrow.raftdriver.KvCommand.$Shape; get?: null; dump?: null; status?: null }|{ body?: "get"; put?: null; get: string; dump?: null; status?: null }|{ body?: "dump"; put?: null; get?: null; dump: boolean; status?: null }|{ body?: "status"; put?: null; get?: null; dump?: null; status: boolean })
            );
        }

        interface IClientResponse extends arrow.raftdriver.ClientResponse.$Properties {
        }

        class ClientResponse {
            constructor(p?: arrow.raftdriver.ClientResponse.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            error: string;
            leader: string;
            found: boolean;
            value: Uint8Array;
            pairs: arrow.raftdriver.KvPair.$Properties[];
            applied: number;
            putIndex: number;
            role: string;
            term: number;
            commit: number;
            static create(properties: arrow.raftdriver.ClientResponse.$Shape): arrow.raftdriver.ClientResponse & arrow.raftdriver.ClientResponse.$Shape;
            static create(properties?: arrow.raftdriver.ClientResponse.$Properties): arrow.raftdriver.ClientResponse;
            static encode(m: arrow.raftdriver.ClientResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.raftdriver.ClientResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.raftdriver.ClientResponse & arrow.raftdriver.ClientResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.raftdriver.ClientResponse & arrow.raftdriver.ClientResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.raftdriver.ClientResponse;
            static toObject(m: arrow.raftdriver.ClientResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClientResponse {
            interface $Properties {
                id?: (number|null);
                error?: (string|null);
                leader?: (string|null);
                found?: (boolean|null);
                value?: (Uint8Array|null);
                pairs?: (arrow.raftdriver.KvPair.$Properties[]|null);
                applied?: (number|null);
                putIndex?: (number|null);
                role?: (string|null);
                term?: (number|null);
                commit?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.raftdriver.ClientResponse.$Properties;
        }
    }
}
