import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace arrow {

    namespace raft {

        enum EntryType {
            NORMAL = 0,
            CONF_CHANGE = 1
        }

        interface IEntry extends arrow.raft.Entry.$Properties {
        }

        class Entry {
            constructor(p?: arrow.raft.Entry.$Properties);
            $unknowns?: Uint8Array[];
            term: number;
            index: number;
            type: arrow.raft.EntryType;
            data: Uint8Array;
            static create(properties: arrow.raft.Entry.$Shape): arrow.raft.Entry & arrow.raft.Entry.$Shape;
            static create(properties?: arrow.raft.Entry.$Properties): arrow.raft.Entry;
            static encode(m: arrow.raft.Entry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.raft.Entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.raft.Entry & arrow.raft.Entry.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.raft.Entry & arrow.raft.Entry.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.raft.Entry;
            static toObject(m: arrow.raft.Entry, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Entry {
            interface $Properties {
                term?: (number|null);
                index?: (number|null);
                type?: (arrow.raft.EntryType|null);
                data?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.raft.Entry.$Properties;
        }

        interface IEntryRun extends arrow.raft.EntryRun.$Properties {
        }

        class EntryRun {
            constructor(p?: arrow.raft.EntryRun.$Properties);
            $unknowns?: Uint8Array[];
            entries: arrow.raft.Entry.$Properties[];
            static create(properties: arrow.raft.EntryRun.$Shape): arrow.raft.EntryRun & arrow.raft.EntryRun.$Shape;
            static create(properties?: arrow.raft.EntryRun.$Properties): arrow.raft.EntryRun;
            static encode(m: arrow.raft.EntryRun.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.raft.EntryRun.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.raft.EntryRun & arrow.raft.EntryRun.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.raft.EntryRun & arrow.raft.EntryRun.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.raft.EntryRun;
            static toObject(m: arrow.raft.EntryRun, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace EntryRun {
            interface $Properties {
                entries?: (arrow.raft.Entry.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.raft.EntryRun.$Properties;
        }

        interface IHardState extends arrow.raft.HardState.$Properties {
        }

        class HardState {
            constructor(p?: arrow.raft.HardState.$Properties);
            $unknowns?: Uint8Array[];
            term: number;
            vote: string;
            commit: number;
            static create(properties: arrow.raft.HardState.$Shape): arrow.raft.HardState & arrow.raft.HardState.$Shape;
            static create(properties?: arrow.raft.HardState.$Properties): arrow.raft.HardState;
            static encode(m: arrow.raft.HardState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.raft.HardState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.raft.HardState & arrow.raft.HardState.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.raft.HardState & arrow.raft.HardState.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.raft.HardState;
            static toObject(m: arrow.raft.HardState, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HardState {
            interface $Properties {
                term?: (number|null);
                vote?: (string|null);
                commit?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.raft.HardState.$Properties;
        }

        interface IConfState extends arrow.raft.ConfState.$Properties {
        }

        class ConfState {
            constructor(p?: arrow.raft.ConfState.$Properties);
            $unknowns?: Uint8Array[];
            voters: string[];
            learners: string[];
            static create(properties: arrow.raft.ConfState.$Shape): arrow.raft.ConfState & arrow.raft.ConfState.$Shape;
            static create(properties?: arrow.raft.ConfState.$Properties): arrow.raft.ConfState;
            static encode(m: arrow.raft.ConfState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.raft.ConfState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.raft.ConfState & arrow.raft.ConfState.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.raft.ConfState & arrow.raft.ConfState.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.raft.ConfState;
            static toObject(m: arrow.raft.ConfState, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfState {
            interface $Properties {
                voters?: (string[]|null);
                learners?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.raft.ConfState.$Properties;
        }

        enum ConfChangeType {
            ADD_LEARNER = 0,
            PROMOTE = 1,
            REMOVE = 2
        }

        interface IConfChange extends arrow.raft.ConfChange.$Properties {
        }

        class ConfChange {
            constructor(p?: arrow.raft.ConfChange.$Properties);
            $unknowns?: Uint8Array[];
            type: arrow.raft.ConfChangeType;
            member: string;
            context: Uint8Array;
            static create(properties: arrow.raft.ConfChange.$Shape): arrow.raft.ConfChange & arrow.raft.ConfChange.$Shape;
            static create(properties?: arrow.raft.ConfChange.$Properties): arrow.raft.ConfChange;
            static encode(m: arrow.raft.ConfChange.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.raft.ConfChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.raft.ConfChange & arrow.raft.ConfChange.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.raft.ConfChange & arrow.raft.ConfChange.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.raft.ConfChange;
            static toObject(m: arrow.raft.ConfChange, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfChange {
            interface $Properties {
                type?: (arrow.raft.ConfChangeType|null);
                member?: (string|null);
                context?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.raft.ConfChange.$Properties;
        }

        interface ISnapshotMetadata extends arrow.raft.SnapshotMetadata.$Properties {
        }

        class SnapshotMetadata {
            constructor(p?: arrow.raft.SnapshotMetadata.$Properties);
            $unknowns?: Uint8Array[];
            index: number;
            term: number;
            confState?: (arrow.raft.ConfState.$Properties|null);
            static create(properties: arrow.raft.SnapshotMetadata.$Shape): arrow.raft.SnapshotMetadata & arrow.raft.SnapshotMetadata.$Shape;
            static create(properties?: arrow.raft.SnapshotMetadata.$Properties): arrow.raft.SnapshotMetadata;
            static encode(m: arrow.raft.SnapshotMetadata.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.raft.SnapshotMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.raft.SnapshotMetadata & arrow.raft.SnapshotMetadata.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.raft.SnapshotMetadata & arrow.raft.SnapshotMetadata.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.raft.SnapshotMetadata;
            static toObject(m: arrow.raft.SnapshotMetadata, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotMetadata {
            interface $Properties {
                index?: (number|null);
                term?: (number|null);
                confState?: (arrow.raft.ConfState.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.raft.SnapshotMetadata.$Properties;
        }

        interface ISnapshot extends arrow.raft.Snapshot.$Properties {
        }

        class Snapshot {
            constructor(p?: arrow.raft.Snapshot.$Properties);
            $unknowns?: Uint8Array[];
            metadata?: (arrow.raft.SnapshotMetadata.$Properties|null);
            data: Uint8Array;
            static create(properties: arrow.raft.Snapshot.$Shape): arrow.raft.Snapshot & arrow.raft.Snapshot.$Shape;
            static create(properties?: arrow.raft.Snapshot.$Properties): arrow.raft.Snapshot;
            static encode(m: arrow.raft.Snapshot.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.raft.Snapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.raft.Snapshot & arrow.raft.Snapshot.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.raft.Snapshot & arrow.raft.Snapshot.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.raft.Snapshot;
            static toObject(m: arrow.raft.Snapshot, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Snapshot {
            interface $Properties {
                metadata?: (arrow.raft.SnapshotMetadata.$Properties|null);
                data?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.raft.Snapshot.$Properties;
        }

        enum MessageType {
            HUP = 0,
            BEAT = 1,
            PROP = 2,
            APP = 3,
            APP_RESP = 4,
            VOTE = 5,
            VOTE_RESP = 6,
            PRE_VOTE = 7,
            PRE_VOTE_RESP = 8,
            SNAP = 9,
            HEARTBEAT = 10,
            HEARTBEAT_RESP = 11,
            READ_INDEX = 12,
            READ_INDEX_RESP = 13,
            TRANSFER_LEADER = 14,
            TIMEOUT_NOW = 15,
            SNAP_STATUS = 16,
            UNREACHABLE = 17,
            CHECK_QUORUM = 18
        }

        interface IMessage extends arrow.raft.Message.$Properties {
        }

        class Message {
            constructor(p?: arrow.raft.Message.$Properties);
            $unknowns?: Uint8Array[];
            type: arrow.raft.MessageType;
            to: string;
            from: string;
            term: number;
            logTerm: number;
            index: number;
            entries: arrow.raft.Entry.$Properties[];
            commit: number;
            snapshot?: (arrow.raft.Snapshot.$Properties|null);
            reject: boolean;
            rejectHint: number;
            context: Uint8Array;
            static create(properties: arrow.raft.Message.$Shape): arrow.raft.Message & arrow.raft.Message.$Shape;
            static create(properties?: arrow.raft.Message.$Properties): arrow.raft.Message;
            static encode(m: arrow.raft.Message.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.raft.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.raft.Message & arrow.raft.Message.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.raft.Message & arrow.raft.Message.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.raft.Message;
            static toObject(m: arrow.raft.Message, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Message {
            interface $Properties {
                type?: (arrow.raft.MessageType|null);
                to?: (string|null);
                from?: (string|null);
                term?: (number|null);
                logTerm?: (number|null);
                index?: (number|null);
                entries?: (arrow.raft.Entry.$Properties[]|null);
                commit?: (number|null);
                snapshot?: (arrow.raft.Snapshot.$Properties|null);
                reject?: (boolean|null);
                rejectHint?: (number|null);
                context?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.raft.Message.$Properties;
        }

        interface IDriverProposal extends arrow.raft.DriverProposal.$Properties {
        }

        class DriverProposal {
            constructor(p?: arrow.raft.DriverProposal.$Properties);
            $unknowns?: Uint8Array[];
            proposer: string;
            request: number;
            command: Uint8Array;
            static create(properties: arrow.raft.DriverProposal.$Shape): arrow.raft.DriverProposal & arrow.raft.DriverProposal.$Shape;
            static create(properties?: arrow.raft.DriverProposal.$Properties): arrow.raft.DriverProposal;
            static encode(m: arrow.raft.DriverProposal.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.raft.DriverProposal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.raft.DriverProposal & arrow.raft.DriverProposal.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.raft.DriverProposal & arrow.raft.DriverProposal.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.raft.DriverProposal;
            static toObject(m: arrow.raft.DriverProposal, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DriverProposal {
            interface $Properties {
                proposer?: (string|null);
                request?: (number|null);
                command?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.raft.DriverProposal.$Properties;
        }

        interface IMemberAddress extends arrow.raft.MemberAddress.$Properties {
        }

        class MemberAddress {
            constructor(p?: arrow.raft.MemberAddress.$Properties);
            $unknowns?: Uint8Array[];
            member: string;
            address: string;
            static create(properties: arrow.raft.MemberAddress.$Shape): arrow.raft.MemberAddress & arrow.raft.MemberAddress.$Shape;
            static create(properties?: arrow.raft.MemberAddress.$Properties): arrow.raft.MemberAddress;
            static encode(m: arrow.raft.MemberAddress.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.raft.MemberAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.raft.MemberAddress & arrow.raft.MemberAddress.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.raft.MemberAddress & arrow.raft.MemberAddress.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.raft.MemberAddress;
            static toObject(m: arrow.raft.MemberAddress, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemberAddress {
            interface $Properties {
                member?: (string|null);
                address?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.raft.MemberAddress.$Properties;
        }

        interface IDriverSnapshotData extends arrow.raft.DriverSnapshotData.$Properties {
        }

        class DriverSnapshotData {
            constructor(p?: arrow.raft.DriverSnapshotData.$Properties);
            $unknowns?: Uint8Array[];
            addresses: arrow.raft.MemberAddress.$Properties[];
            state: Uint8Array;
            static create(properties: arrow.raft.DriverSnapshotData.$Shape): arrow.raft.DriverSnapshotData & arrow.raft.DriverSnapshotData.$Shape;
            static create(properties?: arrow.raft.DriverSnapshotData.$Properties): arrow.raft.DriverSnapshotData;
            static encode(m: arrow.raft.DriverSnapshotData.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.raft.DriverSnapshotData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.raft.DriverSnapshotData & arrow.raft.DriverSnapshotData.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.raft.DriverSnapshotData & arrow.raft.DriverSnapshotData.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.raft.DriverSnapshotData;
            static toObject(m: arrow.raft.DriverSnapshotData, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DriverSnapshotData {
            interface $Properties {
                addresses?: (arrow.raft.MemberAddress.$Properties[]|null);
                state?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.raft.DriverSnapshotData.$Properties;
        }

        interface IClientRequest extends arrow.raft.ClientRequest.$Properties {
        }

        class ClientRequest {
            constructor(p?: arrow.raft.ClientRequest.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            command?: (Uint8Array|null);
            get?: (string|null);
            dump?: (boolean|null);
            status?: (boolean|null);
            body?: ("command"|"get"|"dump"|"status");
            static create(properties: arrow.raft.ClientRequest.$Shape): arrow.raft.ClientRequest & arrow.raft.ClientRequest.$Shape;
            static create(properties?: arrow.raft.ClientRequest.$Properties): arrow.raft.ClientRequest;
            static encode(m: arrow.raft.ClientRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.raft.ClientRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.raft.ClientRequest & arrow.raft.ClientRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.raft.ClientRequest & arrow.raft.ClientRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.raft.ClientRequest;
            static toObject(m: arrow.raft.ClientRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClientRequest {
            interface $Properties {
                id?: (number|null);
                command?: (Uint8Array|null);
                get?: (string|null);
                dump?: (boolean|null);
                status?: (boolean|null);
                body?: ("command"|"get"|"dump"|"status");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              id?: number|null;
              command?: Uint8Array|null;
              get?: string|null;
              dump?: boolean|null;
              status?: boolean|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; command?: null; get?: null; dump?: null; status?: null }|{ body?: "command"; command: Uint8Array; get?: null; dump?: null; status?: null }|{ body?: "get"; command?: null; get: string; dump?: null; status?: null }|{ body?: "dump"; command?: null; get?: null; dump: boolean; status?: null }|{ body?: "status"; command?: null; get?: null; dump?: null; status: boolean })
            );
        }

        interface IClientResponse extends arrow.raft.ClientResponse.$Properties {
        }

        class ClientResponse {
            constructor(p?: arrow.raft.ClientResponse.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            error: string;
            leader: string;
            result: Uint8Array;
            found: boolean;
            fingerprint: string;
            applied: number;
            index: number;
            role: string;
            term: number;
            commit: number;
            static create(properties: arrow.raft.ClientResponse.$Shape): arrow.raft.ClientResponse & arrow.raft.ClientResponse.$Shape;
            static create(properties?: arrow.raft.ClientResponse.$Properties): arrow.raft.ClientResponse;
            static encode(m: arrow.raft.ClientResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.raft.ClientResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.raft.ClientResponse & arrow.raft.ClientResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.raft.ClientResponse & arrow.raft.ClientResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.raft.ClientResponse;
            static toObject(m: arrow.raft.ClientResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClientResponse {
            interface $Properties {
                id?: (number|null);
                error?: (string|null);
                leader?: (string|null);
                result?: (Uint8Array|null);
                found?: (boolean|null);
                fingerprint?: (string|null);
                applied?: (number|null);
                index?: (number|null);
                role?: (string|null);
                term?: (number|null);
                commit?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.raft.ClientResponse.$Properties;
        }
    }
}
